// verusbench demo: proof-only lemmas about Seq: push, subrange, reverse (verified: unchecked)
use vstd::prelude::*;

verus! {

spec fn rev(s: Seq<int>) -> Seq<int>
    decreases s.len(),
{
    if s.len() == 0 { Seq::empty() } else { rev(s.drop_first()).push(s[0]) }
}

proof fn lemma_rev_len(s: Seq<int>)
    ensures
        rev(s).len() == s.len(),
    decreases s.len(),
{
    if s.len() > 0 {
        lemma_rev_len(s.drop_first());
    }
}

proof fn lemma_push_preserves_prefix(s: Seq<int>, x: int)
    ensures
        s.push(x).len() == s.len() + 1,
        s.push(x)[s.len() as int] == x,
        forall|i: int| 0 <= i < s.len() ==> #[trigger] s.push(x)[i] == s[i],
{
    assert forall|i: int| 0 <= i < s.len() implies #[trigger] s.push(x)[i] == s[i] by {
        assert(s.push(x)[i] == s[i]);
    }
}

proof fn lemma_subrange_concat(s: Seq<int>, k: int)
    requires
        0 <= k <= s.len(),
    ensures
        s.subrange(0, k) + s.subrange(k, s.len() as int) == s,
{
}

proof fn lemma_rev_last(s: Seq<int>)
    requires
        s.len() > 0,
    ensures
        rev(s)[s.len() - 1] == s[0],
{
    assert(rev(s)[s.len() - 1] == s[0]) by {
        lemma_rev_len(s.drop_first());
        assert(rev(s) == rev(s.drop_first()).push(s[0]));
    }
}

} // verus!

fn main() {}
