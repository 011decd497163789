// client-crate form of vstd/cell/pcell_maybe_uninit.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod cell {
pub mod pcell_maybe_uninit {


use verus as verus_;
verus_! {

/**
Variant of [`pcell::PCell<V>`](super::pcell::PCell) for potentially uninitialized data.

See the [`pcell::PCell<V>`](super::pcell::PCell) docs for a high-level overview.

### Example

```rust,ignore
use vstd::prelude::*;
use vstd::cell::pcell_maybe_uninit as un;
use vstd::raw_ptr::MemContents;

verus! {

fn example_pcell_maybe_uninit() {
    let (cell, Tracked(mut points_to)) = un::PCell::new(5);

    assert(points_to.id() == cell.id());
    assert(points_to.mem_contents() == MemContents::Init(5));

    let x = cell.take(Tracked(&mut points_to));
    assert(x == 5);

    assert(points_to.id() == cell.id());
    assert(points_to.mem_contents() == MemContents::Uninit);

    cell.put(Tracked(&mut points_to), 17);

    assert(points_to.id() == cell.id());
    assert(points_to.mem_contents() == MemContents::Init(17));
}

} // verus!
*/

pub struct PCell<V>(pc::PCell<MaybeUninit<V>>);

/// Permission object associated with a [`PCell<V>`].
///
/// See the documentation of [`PCell<V>`] for more information.
pub tracked struct PointsTo<V>(pc::PointsTo<MaybeUninit<V>>);

impl<V> PointsTo<V> {
    /// The [`CellId`] of the [`PCell`] this permission is associated with.
    pub closed spec fn id(&self) -> CellId {
        self.0.id()
    }

    /// The contents of the cell.
    pub closed spec fn mem_contents(&self) -> MemContents<V> {
        self.0.value().mem_contents()
    }

    /// Is this cell initialized?
    #[verifier::inline]
    pub open spec fn is_init(&self) -> bool {
        self.mem_contents().is_init()
    }

    /// Value of the cell (if initialized)
    #[verifier::inline]
    pub open spec fn value(&self) -> V
        recommends
            self.is_init(),
    {
        self.mem_contents().value()
    }

    }

impl<V> PCell<V> {
    /// A unique ID for the cell.
    pub closed spec fn id(&self) -> CellId {
        self.0.id()
    }

    #[inline(always)]
    pub fn take(&self, Tracked(perm): Tracked<&mut PointsTo<V>>) -> (out_v: V)
        requires
            self.id() == old(perm).id(),
            old(perm).is_init(),
        ensures
            final(perm).id() == old(perm).id(),
            final(perm).mem_contents() == MemContents::Uninit,
            out_v == old(perm).value(),
        opens_invariants none
        no_unwind
    {
        unsafe {
            self.0.replace(Tracked(&mut perm.0), MaybeUninit::uninit()).assume_init()
        }
    }

    #[inline(always)]
    pub fn replace(&self, Tracked(perm): Tracked<&mut PointsTo<V>>, in_v: V) -> (out_v: V)
        requires
            self.id() == old(perm).id(),
            old(perm).is_init(),
        ensures
            final(perm).id() == old(perm).id(),
            final(perm).mem_contents() == MemContents::Init(in_v),
            out_v == old(perm).value(),
        opens_invariants none
        no_unwind
    {
        unsafe {
            self.0.replace(Tracked(&mut perm.0), MaybeUninit::new(in_v)).assume_init()
        }
    }

    }

}

#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::raw_ptr::MemContents;
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
