// client-crate form of vstd/modes.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod modes {

verus! {


/// Make any tracked object permanently shared and get a reference to it.
///
/// Tip: If you try to use this and run into problems relating to the introduction
/// of a lifetime variable, you want to try [`Shared`](crate::shared::Shared) instead.
pub proof fn tracked_static_ref<V>(tracked v: V) -> (tracked res: &'static V)
    ensures
        res == v,
{
    tracked_static_mut_ref(v)
}


} // verus!

#[allow(unused_imports)]
use vstd::pervasive::*;
use vstd::prelude::*;
#[allow(unused_imports)]
use vstd::modes::*;
} // mod modes
#[allow(unused_imports)]
pub use vstd::*;
