// client-crate form of vstd/resource/impls/seq.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod impls {
pub mod seq {

verus! {

broadcast use super::super::super::group_vstd_default;









pub proof fn update<V>(
        tracked self_: &mut GhostSubseq<V>,
        tracked auth: &mut GhostSeqAuth<V>,
        v: Seq<V>,
    )
        requires
            old(self_).id() == old(auth).id(),
            v.len() == old(self_)@.len(),
        ensures
            final(self_).id() == final(auth).id(),
            final(self_).off() == old(self_).off(),
            final(auth).id() == old(auth).id(),
            final(self_)@ =~= v,
            final(auth)@ =~= old(auth)@.update_subrange_with(
                final(self_).off() - final(auth).off(),
                v,
            ),
            final(self_).off() == old(self_).off(),
            final(auth).off() == old(auth).off(),
    {
        use_type_invariant(&*self_);
        use_type_invariant(&*auth);

        self_.update_map(&mut auth.auth, v);
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
