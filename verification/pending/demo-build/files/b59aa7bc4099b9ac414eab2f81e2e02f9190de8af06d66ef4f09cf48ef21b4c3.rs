// verusbench demo: a boolean result equivalent to a forall, with early exit (verified: unchecked)
use vstd::prelude::*;

verus! {

spec fn all_pos(s: Seq<i64>) -> bool {
    forall|i: int| 0 <= i < s.len() ==> #[trigger] s[i] > 0
}

fn check_all_positive(v: &Vec<i64>) -> (b: bool)
    ensures
        b == all_pos(v@),
{
    let mut i: usize = 0;
    while i < v.len()
        invariant
            i <= v.len(),
            forall|j: int| 0 <= j < i ==> #[trigger] v[j] > 0,
    {
        if v[i] <= 0 {
            assert(!(v@[i as int] > 0));
            return false;
        }
        i = i + 1;
    }
    true
}

fn first_non_positive(v: &Vec<i64>) -> (r: usize)
    ensures
        r <= v.len(),
        forall|j: int| 0 <= j < r ==> #[trigger] v[j] > 0,
        r < v.len() ==> v[r as int] <= 0,
{
    let mut i: usize = 0;
    loop
        invariant
            i <= v.len(),
            forall|j: int| 0 <= j < i ==> #[trigger] v[j] > 0,
        ensures
            i <= v.len(),
            forall|j: int| 0 <= j < i ==> #[trigger] v[j] > 0,
            i < v.len() ==> v[i as int] <= 0,
        decreases v.len() - i,
    {
        if i == v.len() || v[i] <= 0 {
            break;
        }
        i = i + 1;
    }
    i
}

} // verus!

fn main() {}
