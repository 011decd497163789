// client-crate form of vstd/resource/combinators/frac.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod combinators {
pub mod frac {

verus! {












pub proof fn split<T>(tracked self_: &mut FracGhost<T>) -> (tracked result: FracGhost<T>)
        ensures
            final(self_).id() == old(self_).id(),
            result.id() == final(self_).id(),
            final(self_)@ == old(self_)@,
            result@ == old(self_)@,
            final(self_).frac() == old(self_).frac() / 2 as real,
            result.frac() == old(self_).frac() / 2 as real,
    {
        self_.bounded();
        self_.split_to(self_.frac() / 2 as real)
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
