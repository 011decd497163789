// client-crate form of vstd/resource/impls/seq.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod impls {
pub mod seq {

verus! {

broadcast use super::super::super::group_vstd_default;







pub proof fn dummy<V>() -> (tracked result: GhostSeqAuth<V>) {
        let tracked (auth, subseq) = GhostSeqAuth::<V>::new(Seq::empty(), 0);
        auth
    }



} // verus!

#[allow(unused_imports)]
use vstd::modes::*;
use vstd::prelude::*;
use vstd::resource::imap::*;
#[allow(unused_imports)]
use vstd::resource::seq::*;
} // mod seq
} // mod impls
#[allow(unused_imports)]
pub use vstd::resource::*;
} // mod resource
#[allow(unused_imports)]
pub use vstd::*;
