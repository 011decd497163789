// examples of using `CheckedU32` and `CheckedU64`
use vstd::prelude::*;
use vstd::arithmetic::overflow::*;

verus! {


fn checked_u64_calculations(a: u64, b: u64, c: u64, d: u64) -> (result: Option<u64>)
    ensures
        match result {
            Some(v) => v == a * b + c * d,
            None => a * b + c * d > u64::MAX,
        }
{
    let a_times_b = CheckedU64::new(a).mul_value(b);
    let c_times_d = CheckedU64::new(c).mul_value(d);
    let sum_of_products = a_times_b.add_checked(&c_times_d);
    if sum_of_products.is_overflowed() {
        assert(a * b + c * d > u64::MAX);
        None
    }
    else {
        let i: u64 = sum_of_products.unwrap();
        assert(i == a * b + c * d);
        Some(i)
    }
}



} // verus!
