//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


pub mod panic {
//! Runtime panic helper whose type (`-> !`) lets Verus discharge
//! post-conditions by branch elimination at the call site.
use vstd::prelude::*;
use vstd::vpanic;

verus! {

/// Represents the intention that the code will panic at some point in the future.
/// Consumed by [`panic_diverge`] to ensure that the top-level API spec must always
/// intentionally document potential panics.
pub uninterp spec fn may_panic() -> bool;

/// Unconditionally diverges. Must be provided with a [`may_panic()] token to ensure that
/// the panic is expected.
#[verifier::external_body]
pub fn panic_diverge() -> !
    requires
        may_panic(),
{
    vpanic!("")
}



} // verus!
}
pub mod resource {
//! Resource algebras based on Iris PCM and Leaf storage-protocol.
pub mod storage_protocol {
//! Leaf-style storage protocol monoids.
pub mod excl {
//! Exclusive storage protocol resource algebra.
use vstd::modes::tracked_swap;
use vstd::prelude::*;
use vstd::resource::Loc;
use vstd::resource::exclusive::ExclusiveRA;
use vstd::resource::storage_protocol::*;

verus! {

pub ghost enum ExclusiveSP<A> {
    Unit,
    /// Exclusive ownership of a value.
    Exclusive(Option<A>),
    /// Invalid state.
    Invalid,
}

impl<A> Protocol<(), A> for ExclusiveSP<A> {
    open spec fn op(self, other: Self) -> Self {
        match (self, other) {
            (ExclusiveSP::Unit, x) => x,
            (x, ExclusiveSP::Unit) => x,
            _ => ExclusiveSP::Invalid,
        }
    }

    open spec fn rel(self, s: IMap<(), A>) -> bool {
        match self {
            ExclusiveSP::Unit => s.is_empty(),
            ExclusiveSP::Exclusive(None) => s.is_empty(),
            ExclusiveSP::Exclusive(Some(x)) => s =~= imap![() => x],
            ExclusiveSP::Invalid => false,
        }
    }

    open spec fn unit() -> Self {
        ExclusiveSP::Unit
    }

    proof fn commutative(a: Self, b: Self) {
    }

    proof fn associative(a: Self, b: Self, c: Self) {
    }

    proof fn op_unit(a: Self) {
    }
}

impl<A> ExclusiveSP<A> {
    pub open spec fn value(self) -> A {
        match self {
            ExclusiveSP::Exclusive(Some(x)) => x,
            _ => arbitrary(),
        }
    }

    pub proof fn lemma_deposits(self, value: A)
        requires
            self is Exclusive,
            self->Exclusive_0 is None,
        ensures
            deposits(self, imap![() => value], ExclusiveSP::Exclusive(Some(value))),
    {
        let m = imap![() => value];
        assert forall|q: Self, s: IMap<(), A>|
            #![auto]
            Self::rel(Self::op(self, q), s) implies exists|s1: IMap<(), A>|
            #![auto]
            Self::rel(Self::op(ExclusiveSP::Exclusive(Some(value)), q), s1) && s.dom().disjoint(
                m.dom(),
            ) && s.union_prefer_right(m) == s1 by {
            assert(s == IMap::<(), A>::empty());
            assert(Self::rel(Self::op(ExclusiveSP::Exclusive(Some(value)), q), m));
            assert(s.dom().disjoint(m.dom()));
            assert(s.union_prefer_right(m) == m);
        }
    }
}

/// `Exclusive` is a token that stores a tracked object of type `T` and ensures its exclusive ownership.
/// No two `Exclusive` tokens can have the same id.
/// The owned tracked object can be borrowed, updated, taken out and put back.
pub tracked struct Exclusive<T> {
    tracked r: StorageResource<(), T, ExclusiveSP<T>>,
}

impl<T> Exclusive<T> {
    
    /// Returns the underlying `ExclP<T>` protocol monoid.
    pub closed spec fn protocol_monoid(self) -> ExclusiveSP<T> {
        self.r.value()
    }

    
    /// Type invariant.
    pub open spec fn wf(self) -> bool {
        self.protocol_monoid() is Exclusive
    }

    
    
    #[verifier::type_invariant]
    closed spec fn type_inv(self) -> bool {
        self.wf()
    }

    closed spec fn type_inv_inner(r: ExclusiveSP<T>) -> bool {
        r is Exclusive
    }

    
    
    
    
    
    proof fn put_resource_helper(
        tracked r: &mut StorageResource<(), T, ExclusiveSP<T>>,
        tracked value: T,
    )
        requires
            Self::type_inv_inner(old(r).value()),
            old(r).value()->Exclusive_0 is None,
        ensures
            Self::type_inv_inner(final(r).value()),
            final(r).value()->Exclusive_0 is Some,
            final(r).loc() == old(r).loc(),
            final(r).value()->Exclusive_0->0 == value,
    {
        let ghost g = value;
        let tracked mut tmp = StorageResource::<(), T, ExclusiveSP<T>>::alloc(
            ExclusiveSP::Unit,
            IMap::tracked_empty(),
        );
        tracked_swap(r, &mut tmp);
        let tracked mut m = IMap::tracked_empty();
        m.tracked_insert((), value);
        tmp.value().lemma_deposits(g);
        let tracked mut r1 = tmp.deposit(m, ExclusiveSP::Exclusive(Some(g)));
        tracked_swap(r, &mut r1);
    }

    }

} // verus!
}
}
}

#[macro_use]
pub mod trans_macros {
use vstd::prelude::*;

use crate::panic::*;

#[macro_export]
macro_rules! assert {
    ($cond:expr) => {
        if !($cond) {
            $crate::panic::panic_diverge()
        }
    };
    ($cond:expr, $msg:literal) => {
        if !($cond) {
            $crate::panic::panic_diverge()
        }
    };
}


}

