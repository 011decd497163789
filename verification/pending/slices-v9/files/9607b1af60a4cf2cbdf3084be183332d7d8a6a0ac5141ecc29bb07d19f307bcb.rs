// client-crate form of vstd/cell/pcell_maybe_uninit.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod cell {
pub mod pcell_maybe_uninit {


use verus as verus_;
verus_! {


/// Permission object associated with a [`PCell<V>`].
///
/// See the documentation of [`PCell<V>`] for more information.
pub tracked struct PointsTo<V>(pc::PointsTo<MaybeUninit<V>>);

impl<V> PointsTo<V> {
    /// The [`CellId`] of the [`PCell`] this permission is associated with.
    pub closed spec fn id(&self) -> CellId {
        self.0.id()
    }

    /// Guarantees that two permissions can not be associated with the same `CellId`.
    pub proof fn is_exclusive(tracked &mut self, tracked other: &PointsTo<V>)
    ensures
        *final(self) == *old(self),
        final(self).id() != other.id(),
    {
        self.0.is_exclusive(&other.0);
    }
}


}

#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::cell::CellId;
use vstd::cell::pcell as pc;
use core::mem::MaybeUninit;
#[allow(unused_imports)]
use vstd::cell::pcell_maybe_uninit::*;
} // mod pcell_maybe_uninit
#[allow(unused_imports)]
pub use vstd::cell::*;
} // mod cell
#[allow(unused_imports)]
pub use vstd::*;
