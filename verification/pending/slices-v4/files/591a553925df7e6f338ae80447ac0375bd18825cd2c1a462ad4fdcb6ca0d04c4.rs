// client-crate form of vstd/resource/combinators/option.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod combinators {
pub mod option {

verus! {




pub proof fn lemma_incl_opt_rev<RA: ResourceAlgebra>(a: RA, b: RA)
    requires
        incl::<Option<RA>>(Some(a), Some(b)),
    ensures
        incl::<RA>(a, b) || a == b,
{
    let c = choose|x| Option::<RA>::op(Some(a), x) == Some(b);
    if c is None {
        Some(a).op_unit();
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
