use vstd::multiset::*;
use vstd::prelude::*;
use vstd::seq_lib::group_seq_properties;

verus! {




proof fn lemma_subrange_push(s1: Seq<u64>, start: int, end: int)
    requires
        0 <= start <= end < s1.len(),
    ensures
        s1.subrange(start, end).push(s1[end]) =~= s1.subrange(start, end + 1),
{
}





} // verus!
