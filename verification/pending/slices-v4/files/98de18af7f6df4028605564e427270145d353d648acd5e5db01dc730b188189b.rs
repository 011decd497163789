// client-crate form of vstd/resource/relations.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod relations {

verus! {








pub proof fn lemma_incl_transitive<RA: ResourceAlgebra>(a: RA, b: RA, c: RA)
    requires
        incl(a, b),
        incl(b, c),
    ensures
        incl(a, c),
{
    let ax = choose|ax| RA::op(a, ax) == b;
    let bx = choose|bx| RA::op(b, bx) == c;
    assert(RA::op(RA::op(a, ax), bx) == c);
    RA::associative(a, ax, bx);
    assert(RA::op(a, RA::op(ax, bx)) == c);
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
