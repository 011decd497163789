// client-crate form of vstd/cell/pcell.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod cell {
pub mod pcell {


use verus as verus_;
verus_! {








#[inline(always)]
    pub fn read<T: ?Sized>(self_: &PCell<T>, Tracked(perm): Tracked<&PointsTo<T>>) -> (out_v: T)
        where T: Copy + Sized
        requires
            self_.id() == perm.id()
        returns
            *perm.value()
        opens_invariants none
        no_unwind
    {
        *self_.borrow(Tracked(perm))
    }

}

#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::cell::pcell_maybe_uninit::*;
#[allow(unused_imports)]
use vstd::cell::pcell::*;
} // mod pcell
#[allow(unused_imports)]
pub use vstd::cell::*;
} // mod cell
#[allow(unused_imports)]
pub use vstd::*;
