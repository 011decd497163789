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

impl FractionRA {
    pub open spec fn frac(self) -> real
        recommends
            self is Frac,
    {
        self->Frac_0
    }
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

    pub closed spec fn view(self) -> T {
        self.r.value().right->Agree_0
    }

    /// The fractional quantity of this permission
    pub closed spec fn frac(self) -> real {
        self.r.value().left->Frac_0
    }

    pub open spec fn valid(self, id: Loc, frac: real) -> bool {
        &&& self.id() == id
        &&& self.frac() == frac
    }

    /// Allocate a new resource with the given value.
    pub proof fn new(v: T) -> (tracked result: Self)
        ensures
            result.frac() == 1 as real,
            result@ == v,
    {
        let f = FractionalCarrier {
            left: FractionRA::Frac(1 as real),
            right: AgreementRA::Agree(v),
        };
        let tracked r = Resource::alloc(f);
        Self { r }
    }

    /// Update the value of the resource. This requires having ALL the permissions,
    pub proof fn update(tracked &mut self, v: T)
        requires
            old(self).frac() == (1 as real),
        ensures
            final(self).id() == old(self).id(),
            final(self)@ == v,
            final(self).frac() == old(self).frac(),
    {
        self.bounded();
        let tracked mut mself = Self::dummy();
        tracked_swap(self, &mut mself);
        use_type_invariant(&mself);
        let tracked mut r = mself.r;
        let f = FractionalCarrier {
            left: FractionRA::Frac(1 as real),
            right: AgreementRA::Agree(v),
        };
        lemma_whole_fraction_has_no_frame(r.value().left);
        *self = Self { r: r.update(f) };
    }

    /// Allowed values for a resource's fractional component.
    pub proof fn bounded(tracked &self)
        ensures
            (0 as real) < self.frac() <= (1 as real),
    {
        use_type_invariant(self);
        self.r.validate()
    }

    /// Obtain an arbitrary resource with no information about it.
    /// Useful if you need a well-typed placeholder.
    pub proof fn dummy() -> (tracked result: Self) {
        Self::new(arbitrary())
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
