use vstd::prelude::*;

verus! {

fn max(a: u64, b: u64) -> (r: u64)
    ensures
        r >= a,
        r >= b,
        r == a || r == b,
{
    if a >= b { a } else { b }
}

fn sum_len(v: &Vec<u64>) -> (r: usize)
    ensures
        r == v.len(),
{
    let mut i: usize = 0;
    while i < v.len()
        decreases v.len() - i,
    {
        i = i + 1;
    }
    let _pid = std::process::id();
    i
}

pub assume_specification[ std::process::id ]() -> (r: u32)
    ensures
        false;

} // verus!
