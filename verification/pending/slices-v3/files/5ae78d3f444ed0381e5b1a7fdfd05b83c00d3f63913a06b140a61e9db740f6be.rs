// examples of using the multiset, sorted_by lemmas in seq lib
use vstd::prelude::*;
use vstd::relations::sorted_by;
use vstd::seq_lib::*;

verus! {


proof fn multiset_ext_eq2() {
    broadcast use group_to_multiset_ensures;
    let a: Seq<int> = seq![3, 2, 1, 1, 2, 3];
    let b: Seq<int> = seq![1, 2, 3, 1, 2, 3];
    // These two assertions trigger quantifiers relating sequence contents to multiset counts
    assert(a =~= seq![3].push(2).push(1).push(1).push(2).push(3));
    assert(b =~= seq![1].push(2).push(3).push(1).push(2).push(3));
    assert(a.to_multiset() =~= b.to_multiset());
}


} // verus!
