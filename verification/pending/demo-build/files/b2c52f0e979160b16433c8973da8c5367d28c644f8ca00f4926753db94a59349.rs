// verusbench demo: adjacent vs pairwise sortedness, assert forall ... by with an inductive lemma (verified: unchecked)
use vstd::prelude::*;

verus! {

spec fn adjacent_sorted(s: Seq<i32>) -> bool {
    forall|i: int| 0 <= i < s.len() - 1 ==> #[trigger] s[i] <= s[i + 1]
}

spec fn pairwise_sorted(s: Seq<i32>) -> bool {
    forall|i: int, j: int| 0 <= i <= j < s.len() ==> #[trigger] s[i] <= #[trigger] s[j]
}

proof fn lemma_adjacent_to_pairwise_from(s: Seq<i32>, i: int, j: int)
    requires
        adjacent_sorted(s),
        0 <= i <= j < s.len(),
    ensures
        s[i] <= s[j],
    decreases j - i,
{
    if i < j {
        lemma_adjacent_to_pairwise_from(s, i, j - 1);
        assert(s[j - 1] <= s[j - 1 + 1]);
    }
}

proof fn lemma_adjacent_to_pairwise(s: Seq<i32>)
    requires
        adjacent_sorted(s),
    ensures
        pairwise_sorted(s),
{
    assert forall|i: int, j: int| 0 <= i <= j < s.len() implies #[trigger] s[i] <= #[trigger] s[j] by {
        lemma_adjacent_to_pairwise_from(s, i, j);
    }
}

fn is_sorted(v: &Vec<i32>) -> (b: bool)
    ensures
        b == pairwise_sorted(v@),
{
    if v.len() == 0 {
        return true;
    }
    let mut i: usize = 1;
    while i < v.len()
        invariant
            1 <= i <= v.len(),
            forall|k: int| 0 <= k < i - 1 ==> #[trigger] v[k] <= v[k + 1],
        decreases v.len() - i,
    {
        if v[i - 1] > v[i] {
            return false;
        }
        i = i + 1;
    }
    proof {
        assert(adjacent_sorted(v@));
        lemma_adjacent_to_pairwise(v@);
    }
    true
}

} // verus!

fn main() {}
