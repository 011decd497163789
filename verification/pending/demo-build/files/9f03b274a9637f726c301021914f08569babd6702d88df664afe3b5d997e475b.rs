// verusbench demo: binary search over a sorted Vec with a decreasing measure (verified: unchecked)
use vstd::prelude::*;

verus! {

spec fn sorted(s: Seq<u64>) -> bool {
    forall|i: int, j: int| 0 <= i <= j < s.len() ==> #[trigger] s[i] <= #[trigger] s[j]
}

fn binary_search(v: &Vec<u64>, k: u64) -> (r: Option<usize>)
    requires
        sorted(v@),
    ensures
        match r {
            Some(idx) => idx < v.len() && v[idx as int] == k,
            None => forall|i: int| 0 <= i < v.len() ==> #[trigger] v[i] != k,
        },
{
    let mut lo: usize = 0;
    let mut hi: usize = v.len();
    while lo < hi
        invariant
            lo <= hi <= v.len(),
            sorted(v@),
            forall|i: int| 0 <= i < lo ==> #[trigger] v[i] < k,
            forall|i: int| hi <= i < v.len() ==> #[trigger] v[i] > k,
    {
        let mid = lo + (hi - lo) / 2;
        if v[mid] == k {
            return Some(mid);
        } else if v[mid] < k {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    None
}

} // verus!

fn main() {}
