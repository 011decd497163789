// client-crate form of vstd/cell.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod cell {




// note that almost everything in this module is now deprecated and will be deleted

verus! {

broadcast use {super::imap::group_imap_lemmas, super::iset::group_iset_lemmas};




/// Permission object associated with a [`PCell<V>`].
///
/// See the documentation of [`PCell<V>`] for more information.
// PointsTo<V>, on the other hand, needs to inherit both Send and Sync from the V,
// which it does by default in the given definition.
// (Note: this depends on the current behavior that #[verifier::spec] fields are still counted for marker traits)









#[inline(always)]
    pub fn into_inner<V>(self_: PCell<V>, Tracked(perm): Tracked<PointsTo<V>>) -> (v: V)
        requires
            self_.id() == perm@.pcell,
            perm.is_init(),
        ensures
            v == perm.value(),
        opens_invariants none
        no_unwind
    {
        let tracked mut perm = perm;
        self_.take(Tracked(&mut perm))
    }









} // verus!

#[allow(unused_imports)]
use vstd::invariant::*;
use vstd::iset::*;
use vstd::modes::*;
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::*;
#[allow(unused_imports)]
use vstd::cell::*;
} // mod cell
#[allow(unused_imports)]
pub use vstd::*;
