// verusbench demo: overflow-guarded arithmetic on machine integers (verified: unchecked)
use vstd::prelude::*;

verus! {

fn checked_add(a: u32, b: u32) -> (r: Option<u32>)
    ensures
        match r {
            Some(s) => s == a + b,
            None => a + b > u32::MAX,
        },
{
    if a <= u32::MAX - b {
        Some(a + b)
    } else {
        None
    }
}

fn midpoint(lo: u64, hi: u64) -> (m: u64)
    requires
        lo <= hi,
    ensures
        lo <= m <= hi,
        m == lo + (hi - lo) / 2,
{
    lo + (hi - lo) / 2
}

fn abs_diff(a: i64, b: i64) -> (r: u64)
    ensures
        r == if a >= b { a - b } else { b - a },
{
    if a >= b {
        (a as i128 - b as i128) as u64
    } else {
        (b as i128 - a as i128) as u64
    }
}

fn sum_bounded(v: &Vec<u8>) -> (s: u64)
    requires
        v.len() <= 1_000_000,
    ensures
        s <= 255 * v.len(),
{
    let mut s: u64 = 0;
    for i in 0..v.len()
        invariant
            s <= 255 * i,
    {
        s = s + v[i] as u64;
    }
    s
}

} // verus!

fn main() {}
