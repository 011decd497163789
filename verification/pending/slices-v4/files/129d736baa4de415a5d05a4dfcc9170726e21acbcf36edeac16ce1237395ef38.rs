// client-crate form of vstd/resource/combinators/frac.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod combinators {
pub mod frac {

verus! {




pub proof fn lemma_whole_fraction_has_no_frame(a: FractionRA)
    requires
        a == FractionRA::Frac(1 as real),
    ensures
        forall|b: FractionRA|
            #![trigger FractionRA::op(a, b).valid()]
            !FractionRA::op(a, b).valid(),
{
    assert forall|b: FractionRA|
        #![trigger FractionRA::op(a, b).valid()]
        !FractionRA::op(a, b).valid() by {
        if FractionRA::op(a, b).valid() {
            FractionRA::commutative(a, b);
            FractionRA::valid_op(b, a);
            assert(b.valid());
            assert(b is Frac);
            assert((0 as real) < b->Frac_0 <= (1 as real));
            assert(a->Frac_0 + b->Frac_0 > (1 as real));  // CONTRADICTION
        };
    }
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
