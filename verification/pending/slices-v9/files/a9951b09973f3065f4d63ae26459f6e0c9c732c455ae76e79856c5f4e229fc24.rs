// client-crate form of vstd/resource/combinators/frac.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod resource {
pub mod combinators {
pub mod frac {

verus! {

pub enum FractionRA {
    Frac(real),
    Invalid,
}


impl ResourceAlgebra for FractionRA {
    open spec fn valid(self) -> bool {
        match self {
            FractionRA::Invalid => false,
            FractionRA::Frac(frac) => (0 as real) < frac <= (1 as real),
        }
    }

    open spec fn op(a: Self, b: Self) -> Self {
        match (a, b) {
            (FractionRA::Invalid, _) => FractionRA::Invalid,
            (_, FractionRA::Invalid) => FractionRA::Invalid,
            (FractionRA::Frac(a_frac), FractionRA::Frac(b_frac)) => {
                if !a.valid() || !b.valid() {
                    FractionRA::Invalid
                } else if a_frac + b_frac <= (1 as real) {
                    FractionRA::Frac(a_frac + b_frac)
                } else {
                    FractionRA::Invalid
                }
            },
        }
    }

    proof fn valid_op(a: Self, b: Self) {
    }

    proof fn commutative(a: Self, b: Self) {
    }

    proof fn associative(a: Self, b: Self, c: Self) {
    }
}


type FractionalCarrier<T> = ProductRA<FractionRA, AgreementRA<T>>;

/// An implementation of a resource for fractional ownership of a ghost variable.
///
/// If you just want to split the permission in half, you can also use the
/// [`GhostVar<T>`](super::super::ghost_var::GhostVar) and [`GhostVarAuth<T>`](super::super::ghost_var::GhostVarAuth) library.
///
/// ### Example
///
/// ```
/// fn example_use() {
///     let tracked mut r = FracGhost::<u64>::new(123);
///     assert(r@ == 123);
///     assert(r.frac() == 1 as real);
///     let tracked r2 = r.split();
///     assert(r@ == 123);
///     assert(r2@ == 123);
///     assert(r.frac() == (0.5 as real));
///     assert(r2.frac() == (0.5 as real));
///     proof {
///         r.combine(r2);
///         r.update(456);
///     }
///     assert(r@ == 456);
///     assert(r.frac() == 3 as real);
///
///     let tracked mut a = FracGhost::<u32>::new(5);
///     assert(a@ == 5);
///     assert(a.frac() == 1real);
///     let tracked mut b = a.split();
///     assert(a.frac() == (0.5 as real));
///     assert(b.frac() == (0.5 as real));
///     proof {
///         a.update_with(&mut b, 123);
///     }
///     assert(a@ == 123);
///
///     proof {
///         a.combine(b);
///         a.update(6);
///     }
///     assert(a@ == 6);
/// }
/// ```
pub tracked struct FracGhost<T> {
    r: Resource<FractionalCarrier<T>>,
}

impl<T> FracGhost<T> {
    #[verifier::type_invariant]
    spec fn inv(self) -> bool {
        &&& self.r.value().left is Frac
        &&& self.r.value().right is Agree
    }

    pub closed spec fn id(self) -> Loc {
        self.r.loc()
    }

    /// The fractional quantity of this permission
    pub closed spec fn frac(self) -> real {
        self.r.value().left->Frac_0
    }

    pub open spec fn valid(self, id: Loc, frac: real) -> bool {
        &&& self.id() == id
        &&& self.frac() == frac
    }

    /// Allowed values for a resource's fractional component.
    pub proof fn bounded(tracked &self)
        ensures
            (0 as real) < self.frac() <= (1 as real),
    {
        use_type_invariant(self);
        self.r.validate()
    }

    }

} // verus!

#[allow(unused_imports)]
use vstd::modes::*;
use vstd::prelude::*;
use vstd::resource::Loc;
use vstd::resource::agree::AgreementRA;
use vstd::resource::algebra::Resource;
use vstd::resource::algebra::ResourceAlgebra;
use vstd::resource::product::ProductRA;
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
