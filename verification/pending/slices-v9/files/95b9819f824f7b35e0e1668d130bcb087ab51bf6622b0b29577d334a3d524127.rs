// client-crate form of vstd/cell/pcell.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod cell {
pub mod pcell {


use verus as verus_;
verus_! {







#[inline(always)]
    pub fn write<T: ?Sized>(self_: &PCell<T>, Tracked(perm): Tracked<&mut PointsTo<T>>, in_v: T)
        where T: Sized
        requires
            self_.id() == old(perm).id()
        ensures
            final(perm).id() == old(perm).id(),
            *final(perm).value() == in_v,
        opens_invariants none
        no_unwind
    {
        let _out = self_.replace(Tracked(&mut *perm), in_v);
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
