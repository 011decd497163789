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

#[test]
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
    i
}

} // verus!
