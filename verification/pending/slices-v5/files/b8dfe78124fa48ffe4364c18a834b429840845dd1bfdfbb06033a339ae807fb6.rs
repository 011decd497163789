// client-crate form of vstd/resource/combinators/frac.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod combinators {
pub mod frac {

verus! {











pub proof fn take<T>(tracked self_: &mut FracGhost<T>) -> (tracked result: FracGhost<T>)
        ensures
            result == *old(self_),
    {
        self_.bounded();
        let tracked mut mself = FracGhost::<T>::dummy();
        tracked_swap(self_, &mut mself);
        mself
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
