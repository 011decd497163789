//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


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

    /// Returns the owned resource.
    pub open spec fn resource(self) -> T {
        self.protocol_monoid().value()
    }

    /// Type invariant.
    pub open spec fn wf(self) -> bool {
        self.protocol_monoid() is Exclusive
    }

    /// Wether the token stores a resource.
    pub open spec fn has_resource(self) -> bool {
        self.protocol_monoid()->Exclusive_0 is Some
    }

    /// Wether the token does not store any resource.
    pub open spec fn has_no_resource(self) -> bool {
        self.protocol_monoid()->Exclusive_0 is None
    }

    #[verifier::type_invariant]
    closed spec fn type_inv(self) -> bool {
        self.wf()
    }

    closed spec fn type_inv_inner(r: ExclusiveSP<T>) -> bool {
        r is Exclusive
    }

    
    
    /// Takes out the owned resource.
    pub proof fn take_resource(tracked &mut self) -> (tracked res: T)
        requires
            old(self).has_resource(),
        ensures
            final(self).has_no_resource(),
            res == old(self).resource(),
            final(self).wf(),
    {
        use_type_invariant(&*self);
        Self::take_resource_helper(&mut self.r)
    }

    proof fn take_resource_helper(
        tracked r: &mut StorageResource<(), T, ExclusiveSP<T>>,
    ) -> (tracked res: T)
        requires
            Self::type_inv_inner(old(r).value()),
            old(r).value()->Exclusive_0 is Some,
        ensures
            Self::type_inv_inner(final(r).value()),
            final(r).value()->Exclusive_0 is None,
            final(r).loc() == old(r).loc(),
            res == old(r).value()->Exclusive_0->0,
    {
        let tracked mut tmp = StorageResource::<(), T, ExclusiveSP<T>>::alloc(
            ExclusiveSP::Unit,
            IMap::tracked_empty(),
        );
        tracked_swap(r, &mut tmp);
        let tracked (mut r1, mut r2) = tmp.withdraw(
            ExclusiveSP::Exclusive(None),
            imap![()=> tmp.value().value()],
        );
        tracked_swap(r, &mut r1);
        r2.tracked_remove(())
    }

    
    
    }

} // verus!
}
}
}


