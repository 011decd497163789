// verusbench demo: for loop over a range with invariants and an exists witness (verified: unchecked)
use vstd::prelude::*;

verus! {

fn max_element(v: &Vec<u32>) -> (m: u32)
    requires
        v.len() > 0,
    ensures
        forall|i: int| 0 <= i < v.len() ==> #[trigger] v[i] <= m,
        exists|i: int| 0 <= i < v.len() && #[trigger] v[i] == m,
{
    let mut m = v[0];
    let ghost mut witness: int = 0;
    for i in 1..v.len()
        invariant
            v.len() > 0,
            0 <= witness < v.len(),
            v[witness] == m,
            forall|j: int| 0 <= j < i ==> #[trigger] v[j] <= m,
    {
        if v[i] > m {
            m = v[i];
            proof {
                witness = i as int;
            }
        }
    }
    assert(v[witness] == m);
    m
}

fn min_max(v: &Vec<u32>) -> (r: (u32, u32))
    requires
        v.len() > 0,
    ensures
        r.0 <= r.1,
        forall|i: int| 0 <= i < v.len() ==> r.0 <= #[trigger] v[i] && v[i] <= r.1,
{
    let mut lo = v[0];
    let mut hi = v[0];
    for i in 1..v.len()
        invariant
            v.len() > 0,
            lo <= hi,
            forall|j: int| 0 <= j <= i ==> lo <= #[trigger] v[j] && v[j] <= hi,
    {
        if v[i] < lo {
            lo = v[i];
        }
        if v[i] > hi {
            hi = v[i];
        }
    }
    (lo, hi)
}

} // verus!

fn main() {}
