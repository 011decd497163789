// client-crate form of vstd/resource/combinators/option.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod combinators {
pub mod option {

verus! {





pub proof fn lemma_set_op_opt<RA: ResourceAlgebra>(s: ISet<RA>, t: RA)
    ensures
        set_op(s, t).map(|b| Some(b)) == set_op(s.map(|x| Some(x)), Some(t)),
{
    broadcast use super::super::super::iset::group_iset_lemmas;

    let s_mapped = s.map(|x| Some(x));
    let original = set_op(s, t);
    let map_after = original.map(|b| Some(b));
    let map_before = set_op(s_mapped, Some(t));

    assert forall|v| map_after.contains(v) implies map_before.contains(v) by {
        let q = choose|q| #[trigger] s.contains(q) && v->Some_0 == RA::op(q, t);
        assert(s_mapped.contains(Some(q)));
    }

    assert forall|v| map_before.contains(v) implies map_after.contains(v) by {
        let q = choose|q| #[trigger] s_mapped.contains(q) && v == Option::<RA>::op(q, Some(t));
        assert(original.contains(v->Some_0));
    }
}

} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::resource::algebra::ResourceAlgebra;
use vstd::resource::relations::*;
#[allow(unused_imports)]
use vstd::resource::option::*;
} // mod option
} // mod combinators
#[allow(unused_imports)]
pub use vstd::resource::*;
} // mod resource
#[allow(unused_imports)]
pub use vstd::*;
