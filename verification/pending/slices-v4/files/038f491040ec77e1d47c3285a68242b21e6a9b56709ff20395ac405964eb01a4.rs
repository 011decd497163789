// client-crate form of vstd/resource/relations.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod relations {

verus! {










pub proof fn lemma_frame_preserving_update_nondeterministic_opt<RA: ResourceAlgebra>(
    a: RA,
    bs: ISet<RA>,
)
    requires
        frame_preserving_update_nondeterministic_opt::<RA>(a, bs),
    ensures
        frame_preserving_update_nondeterministic::<Option<RA>>(Some(a), bs.map(|b| Some(b))),
{
    broadcast use super::super::iset::group_iset_lemmas;

    let bs_mapped = bs.map(|b| Some(b));
    assert forall|c|
        #![trigger Option::<RA>::op(Some(a), c)]
        Option::<RA>::op(Some(a), c).valid() implies exists|b| #[trigger]
        bs_mapped.contains(b) && Option::<RA>::op(b, c).valid() by {
        let b = choose|b| #[trigger] bs.contains(b) && Option::<RA>::op(Some(b), c).valid();
        assert(bs_mapped.contains(Some(b)));
    }
}

} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::resource::algebra::ResourceAlgebra;
#[allow(unused_imports)]
use vstd::resource::relations::*;
} // mod relations
#[allow(unused_imports)]
pub use vstd::resource::*;
} // mod resource
#[allow(unused_imports)]
pub use vstd::*;
