// client-crate form of vstd/multiset_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod multiset_lib {

verus! {

broadcast use super::multiset::group_multiset_axioms;






pub proof fn lemma_is_singleton<A>(s: Multiset<A>)
        ensures
            s.is_singleton() <==> (s.len() == 1),
    {
        if s.is_singleton() {
            s.lemma_singleton_size();
        }
        if s.len() == 1 {
            assert forall|x: A, y: A| s.contains(x) && s.contains(y) implies x == y by {
                assert(s.remove(x).len() == 0);
                if x != y {
                    assert(s.remove(x).count(y) == 0);
                    assert(s.remove(x).insert(x) =~= s);
                }
            }
        }
    }

} // verus!

#[allow(unused_imports)]
use vstd::multiset::Multiset;
use vstd::prelude::*;
#[allow(unused_imports)]
use vstd::multiset_lib::*;
} // mod multiset_lib
#[allow(unused_imports)]
pub use vstd::*;
