// client-crate form of vstd/resource/combinators/frac.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod combinators {
pub mod frac {

verus! {













pub proof fn update_with<T>(tracked self_: &mut FracGhost<T>, tracked other: &mut FracGhost<T>, v: T)
        requires
            old(self_).id() == old(other).id(),
            old(self_).frac() + old(other).frac() == 1 as real,
        ensures
            final(self_).id() == old(self_).id(),
            final(other).id() == old(other).id(),
            final(self_).frac() == old(self_).frac(),
            final(other).frac() == old(other).frac(),
            old(self_)@ == old(other)@,
            final(self_)@ == v,
            final(other)@ == v,
    {
        let ghost other_frac = other.frac();
        other.bounded();

        let tracked mut xother = FracGhost::<T>::dummy();
        tracked_swap(other, &mut xother);
        self_.bounded();
        self_.combine(xother);
        self_.update(v);

        let tracked mut xother = self_.split_to(other_frac);
        tracked_swap(other, &mut xother);
    }


} // verus!

#[allow(unused_imports)]
use vstd::modes::*;
use vstd::prelude::*;
use vstd::resource::storage_protocol::*;
use vstd::resource::*;
#[allow(unused_imports)]
use vstd::resource::frac::*;
} // mod frac
} // mod combinators
#[allow(unused_imports)]
pub use vstd::resource::*;
} // mod resource
#[allow(unused_imports)]
pub use vstd::*;
