// client-crate form of vstd/cell/pcell_maybe_uninit.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod cell {
pub mod pcell_maybe_uninit {


use verus as verus_;
verus_! {





#[inline(always)]
    pub fn into_inner<V>(self_: PCell<V>, Tracked(perm): Tracked<PointsTo<V>>) -> (v: V)
        requires
            self_.id() == perm.id(),
            perm.is_init(),
        ensures
            v == perm.value(),
        opens_invariants none
        no_unwind
    {
        let tracked mut perm = perm;
        self_.take(Tracked(&mut perm))
    }


}

#[allow(unused_imports)]
use vstd::prelude::*;
#[allow(unused_imports)]
use vstd::cell::pcell_maybe_uninit::*;
} // mod pcell_maybe_uninit
#[allow(unused_imports)]
pub use vstd::cell::*;
} // mod cell
#[allow(unused_imports)]
pub use vstd::*;
