// client-crate form of vstd/resource/combinators/auth.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod combinators {
pub mod auth {

verus! {


proof fn lemma_incl_valid<RA: ResourceAlgebra>(a: RA, b: RA)
    requires
        incl(a, b),
        b.valid(),
    ensures
        a.valid(),
{
    let c = choose|c| RA::op(a, c) == b;
    RA::valid_op(a, c);
}



} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::resource::algebra::ResourceAlgebra;
#[cfg(verus_keep_ghost)]
use vstd::resource::relations::incl;
#[allow(unused_imports)]
use vstd::resource::auth::*;
} // mod auth
} // mod combinators
#[allow(unused_imports)]
pub use vstd::resource::*;
} // mod resource
#[allow(unused_imports)]
pub use vstd::*;
