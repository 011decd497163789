// examples of using `CheckedU32` and `CheckedU64`
use vstd::prelude::*;
use vstd::arithmetic::overflow::*;

verus! {




fn checked_u32_calculations(a: u32, b: u32, c: u32, d: u32, e: u32) -> (result: Option<u32>)
    ensures
        match result {
            Some(v) => v == a * b + c * d + e,
            None => a * b + c * d + e > u32::MAX,
        }
{
    let a_times_b = CheckedU32::new(a).mul_value(b);
    let c_times_d = CheckedU32::new(c).mul_value(d);
    let sum_of_products = a_times_b.add_checked(&c_times_d);
    let f = sum_of_products.add_value(e);
    f.to_option()
}

} // verus!
