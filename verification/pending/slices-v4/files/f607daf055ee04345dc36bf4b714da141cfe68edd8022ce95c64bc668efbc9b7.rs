// client-crate form of vstd/relations.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod relations {
//! Provides specifications for spec closures as relations.

verus! {


















pub proof fn lemma_new_first_element_still_sorted_by<T>(
    x: T,
    s: Seq<T>,
    less_than: spec_fn(T, T) -> bool,
)
    requires
        sorted_by(s, less_than),
        s.len() == 0 || less_than(x, s[0]),
        total_ordering(less_than),
    ensures
        sorted_by(seq![x].add(s), less_than),
{
    broadcast use group_seq_lemmas;

    if s.len() > 1 {
        assert forall|index: int| 0 < index < s.len() implies #[trigger] less_than(x, s[index]) by {
            assert(less_than(s[0], s[index]));
        };
    }
}

} // verus!

#[allow(unused_imports)]
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::seq::*;
#[allow(unused_imports)]
use vstd::relations::*;
} // mod relations
#[allow(unused_imports)]
pub use vstd::*;
