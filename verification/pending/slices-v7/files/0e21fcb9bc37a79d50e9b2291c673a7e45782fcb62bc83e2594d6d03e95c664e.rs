//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


#[cfg(feature = "irc11")]
pub mod atomic_irc11 {
//! Thin adapters for Verus' native IRC11 weak-memory model.
//!
//! This module exposes native subjective thread views, per-location histories,
//! and points-to resources without introducing a second weak-memory model.
pub use vstd::atomic_weak::{
    AtomicHistory, AtomicPointsTo, LoadData, PAtomicWeakBool, PAtomicWeakI8, PAtomicWeakI16,
    PAtomicWeakI32, PAtomicWeakIsize, PAtomicWeakU8, PAtomicWeakU16, PAtomicWeakU32,
    PAtomicWeakUsize, StoreData, UpdateData, fence_acquire, fence_release,
    history_get_contains_timestamp, load_acquire, load_reads_from_history, load_relaxed,
    load_timestamp_in_view, load_view_nondecreasing, store_insert_history, store_relaxed,
    store_release, store_timestamp_in_view, store_view_increasing,
};
#[cfg(target_has_atomic = "64")]
pub use vstd::atomic_weak::{PAtomicWeakI64, PAtomicWeakU64};
pub use vstd::cell::CellId as AtomicId;
use vstd::prelude::*;
pub use vstd::thread_view::{
    AcquireViewSeen, Objective, ReleaseViewSeen, ThreadView, ViewAt, ViewSeen,
};

verus! {


/// Compatibility vocabulary for ordering native subjective views.
///
/// `old.spec_le(new)` is notation for the native relation
/// `new.contains(old)` and does not introduce a second view model.
pub trait ThreadViewOrder {
    spec fn spec_le(self, newer: Self) -> bool;

    
    
    
    }





} // verus!
}
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
pub mod ghost_resource {
//! Ghost resources available for use in proofs.
pub mod csum {
use vstd::modes::tracked_swap;
//！ Sum types for ghost resources.
use vstd::prelude::*;
use vstd::resource::{Loc, storage_protocol::*};

use crate::resource::storage_protocol::csum::*;
use crate::sum::*;

verus! {

/// `SumResource` is a token that maintains access to a resource of either type `A` or type `B`.
/// It can be split into up to `TOTAL` fractions, one of which have the exclusive right to access the resource,
/// and others shares the knowledge of the resource's existence and type, but not the ability to access it.
pub tracked struct SumResource<A, B, const TOTAL: u64 = 2> {
    tracked r: StorageResource<(), Sum<A, B>, SumSP<A, B, TOTAL>>,
}

/// `Left` ensures the resource is of type `A`.
pub tracked struct Left<A, B, const TOTAL: u64 = 2> {
    tracked r: StorageResource<(), Sum<A, B>, SumSP<A, B, TOTAL>>,
}

/// `Right` ensures the resource is of type `B`.
pub tracked struct Right<A, B, const TOTAL: u64 = 2> {
    tracked r: StorageResource<(), Sum<A, B>, SumSP<A, B, TOTAL>>,
}





impl<A, B, const TOTAL: u64> SumResource<A, B, TOTAL> {
    
    /// The underlying protocol monoid value for this resource.
    pub closed spec fn protocol_monoid(self) -> SumSP<A, B, TOTAL> {
        self.r.value()
    }

    /// Whether this token has the right to access the underlying resource.
    pub open spec fn is_resource_owner(self) -> bool {
        self.protocol_monoid().is_resource_owner()
    }

    /// The resource value, only meaningful if `is_resource_owner` is true.
    pub open spec fn resource(self) -> Sum<A, B> {
        self.protocol_monoid().resource()
    }

    
    
    /// Whether this token is a Left variant.
    pub open spec fn is_left(self) -> bool {
        self.protocol_monoid().is_left()
    }

    /// Whether this token is a Right variant.
    pub open spec fn is_right(self) -> bool {
        self.protocol_monoid().is_right()
    }

    /// Whether the resource is currently stored, returns `false` if this token is not the resource owner.
    pub open spec fn has_resource(self) -> bool {
        let p = self.protocol_monoid();
        p.is_resource_owner() && p.has_resource()
    }

    /// Whether the resource has been taken, returns `false` if this token is not the resource owner.
    pub open spec fn has_no_resource(self) -> bool {
        let p = self.protocol_monoid();
        p.is_resource_owner() && p.has_no_resource()
    }

    /// The fraction this token represents.
    pub open spec fn frac(self) -> int {
        self.protocol_monoid().frac()
    }

    #[verifier::type_invariant]
    closed spec fn type_inv(self) -> bool {
        self.wf()
    }

    /// Type invariant.
    pub open spec fn wf(self) -> bool {
        &&& 1 <= self.frac() <= TOTAL
        &&& self.protocol_monoid().is_valid()
        &&& self.is_resource_owner() ==> (self.has_resource() <==> !self.has_no_resource())
        &&& (self.is_left() <==> !self.is_right())
    }

    closed spec fn type_inv_inner(r: SumSP<A, B, TOTAL>) -> bool {
        &&& 1 <= r.frac() <= TOTAL
        &&& r.is_valid()
        &&& r.is_resource_owner() ==> (r.has_resource() <==> !r.has_no_resource())
        &&& (r.is_left() <==> !r.is_right())
    }

    proof fn alloc_unit_storage() -> (tracked res: StorageResource<
        (),
        Sum<A, B>,
        SumSP<A, B, TOTAL>,
    >) {
        StorageResource::alloc(SumSP::Unit, IMap::tracked_empty())
    }

    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    proof fn take_resource_right_helper(
        tracked r: &mut StorageResource<(), Sum<A, B>, SumSP<A, B, TOTAL>>,
    ) -> (tracked res: B)
        requires
            old(r).value().is_right(),
            old(r).value().is_resource_owner(),
            old(r).value().has_resource(),
            Self::type_inv_inner(old(r).value()),
        ensures
            Self::type_inv_inner(final(r).value()),
            res == old(r).value().resource()->Right_0,
            final(r).loc() == old(r).loc(),
            final(r).value().is_right(),
            final(r).value().is_resource_owner(),
            final(r).value().has_no_resource(),
            final(r).value().frac() == old(r).value().frac(),
    {
        let tracked mut tmp = Self::alloc_unit_storage();
        tracked_swap(r, &mut tmp);
        tmp.value().lemma_withdraws_right();
        let tracked (mut r1, mut s) = tmp.withdraw(
            SumSP::Right(None, tmp.value().frac(), true),
            imap![() => tmp.value().resource()],
        );
        tracked_swap(r, &mut r1);
        s.tracked_remove(()).tracked_take_right()
    }

    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    }

impl<A, B, const TOTAL: u64> Left<A, B, TOTAL> {
    
    /// The underlying protocol monoid value for this resource.
    pub closed spec fn protocol_monoid(self) -> SumSP<A, B, TOTAL> {
        self.r.value()
    }

    /// Whether this token has the right to access the underlying resource.
    pub open spec fn is_resource_owner(self) -> bool {
        self.protocol_monoid().is_resource_owner()
    }

    /// The resource value, only meaningful if `is_resource_owner` is true.
    pub open spec fn resource(self) -> A {
        self.protocol_monoid().resource()->Left_0
    }

    #[verifier::type_invariant]
    closed spec fn type_inv(self) -> bool {
        self.wf()
    }

    /// Type invariant.
    pub open spec fn wf(self) -> bool {
        &&& self.protocol_monoid().is_left()
        &&& self.protocol_monoid().is_valid()
        &&& 1 <= self.frac() <= TOTAL
        &&& self.is_resource_owner() ==> (self.has_resource() <==> !self.has_no_resource())
    }

    /// Whether the resource is currently stored, only meaningful if `is_resource_owner` is true.
    pub open spec fn has_resource(self) -> bool {
        self.protocol_monoid().has_resource()
    }

    /// Whether the resource has been taken, only meaningful if `is_resource_owner` is true.
    pub open spec fn has_no_resource(self) -> bool {
        self.protocol_monoid().has_no_resource()
    }

    /// The fraction this token represents.
    pub open spec fn frac(self) -> int {
        self.protocol_monoid().frac()
    }

    
    
    
    
    
    
    
    
    }

impl<A, B, const TOTAL: u64> Right<A, B, TOTAL> {
    /// Returns the unique identifier.
    pub closed spec fn id(self) -> Loc {
        self.r.loc()
    }

    /// The underlying protocol monoid value for this resource.
    pub closed spec fn protocol_monoid(self) -> SumSP<A, B, TOTAL> {
        self.r.value()
    }

    /// Whether this token has the right to access the underlying resource.
    pub open spec fn is_resource_owner(self) -> bool {
        self.protocol_monoid().is_resource_owner()
    }

    /// The resource value, only meaningful if `is_resource_owner` is true.
    pub open spec fn resource(self) -> B {
        self.protocol_monoid().resource()->Right_0
    }

    #[verifier::type_invariant]
    closed spec fn type_inv(self) -> bool {
        self.wf()
    }

    /// Type invariant.
    pub open spec fn wf(self) -> bool {
        &&& self.protocol_monoid().is_right()
        &&& self.protocol_monoid().is_valid()
        &&& 1 <= self.frac() <= TOTAL
        &&& self.is_resource_owner() ==> (self.has_resource() <==> !self.has_no_resource())
    }

    /// Whether the resource is currently stored, only meaningful if `is_resource_owner` is true.
    pub open spec fn has_resource(self) -> bool {
        self.protocol_monoid().has_resource()
    }

    /// Whether the resource has been taken, only meaningful if `is_resource_owner` is true.
    pub open spec fn has_no_resource(self) -> bool {
        self.protocol_monoid().has_no_resource()
    }

    /// The fraction this token represents.
    pub open spec fn frac(self) -> int {
        self.protocol_monoid().frac()
    }

    
    
    
    
    /// Takes the resource out of the token.
    pub proof fn take_resource(tracked &mut self) -> (tracked res: B)
        requires
            old(self).is_resource_owner(),
            old(self).has_resource(),
        ensures
            final(self).id() == old(self).id(),
            res == old(self).resource(),
            final(self).is_resource_owner(),
            final(self).has_no_resource(),
            final(self).frac() == old(self).frac(),
            final(self).wf(),
    {
        use_type_invariant(&*self);
        let tracked r = SumResource::take_resource_right_helper(&mut self.r);
        r
    }

    
    
    
    }





} // verus!
}
}
pub mod storage_protocol {
//! Leaf-style storage protocol monoids.
pub mod csum {
//! Sum-type storage protocol.
use crate::sum::*;
use vstd::math::add;
use vstd::prelude::*;
use vstd::resource::Loc;
use vstd::resource::storage_protocol::*;

verus! {

/// A sum-type protocol monoid that stores a tracked object of either type A or type B.
///
/// The knowledge of the existence of a specific type of resource can be shared up to TOTAL pieces,
/// but only one piece has the exclusive ownership of the resource,
/// allowing arbitrary withdrawing, depositing, or updating.
pub ghost enum SumSP<A, B, const TOTAL: u64> {
    /// The unit element, only for technical reasons, not intended to be used directly.
    Unit,
    /// The left side of the sum, with an optional resource, a fraction, and a boolean indicating whether it is the exclusive owner of the resource.
    Left(Option<A>, int, bool),
    /// The right side of the sum, with an optional resource, a fraction, and a boolean indicating whether it is the exclusive owner of the resource.
    Right(Option<B>, int, bool),
    /// An invalid state, used to represent an invalid combination of resources.
    CsumInvalid,
}

impl<A, B, const TOTAL: u64> Protocol<(), Sum<A, B>> for SumSP<A, B, TOTAL> {
    open spec fn op(self, other: Self) -> Self {
        match (self, other) {
            (SumSP::Unit, x) => x,
            (x, SumSP::Unit) => x,
            (SumSP::Left(ov1, n1, b1), SumSP::Left(ov2, n2, b2)) => {
                if !self.is_valid() || !other.is_valid() || n1 + n2 > TOTAL || b1 && b2
                    || ov1 is Some && ov2 is Some {
                    SumSP::CsumInvalid
                } else {
                    SumSP::Left(
                        if ov1 is Some {
                            ov1
                        } else {
                            ov2
                        },
                        n1 + n2,
                        b1 || b2,
                    )
                }
            },
            (SumSP::Right(ov1, n1, b1), SumSP::Right(ov2, n2, b2)) => {
                if !self.is_valid() || !other.is_valid() || n1 + n2 > TOTAL || b1 && b2
                    || ov1 is Some && ov2 is Some {
                    SumSP::CsumInvalid
                } else {
                    SumSP::Right(
                        if ov1 is Some {
                            ov1
                        } else {
                            ov2
                        },
                        n1 + n2,
                        b1 || b2,
                    )
                }
            },
            _ => SumSP::CsumInvalid,
        }
    }

    open spec fn rel(self, s: IMap<(), Sum<A, B>>) -> bool {
        match self {
            SumSP::Unit => s.is_empty(),
            SumSP::Left(None, n, true) => 0 <= n <= TOTAL && s.is_empty(),
            SumSP::Left(Some(a), n, true) => 0 <= n <= TOTAL && s.contains_key(()) && s[()]
                == Sum::<A, B>::Left(a),
            SumSP::Right(None, n, true) => 0 <= n <= TOTAL && s.is_empty(),
            SumSP::Right(Some(b), n, true) => 0 <= n <= TOTAL && s.contains_key(()) && s[()]
                == Sum::<A, B>::Right(b),
            _ => false,
        }
    }

    open spec fn unit() -> Self {
        SumSP::Unit
    }

    proof fn commutative(a: Self, b: Self) {
    }

    proof fn associative(a: Self, b: Self, c: Self) {
    }

    proof fn op_unit(a: Self) {
    }
}

impl<A, B, const TOTAL: u64> SumSP<A, B, TOTAL> {
    /// Whether the protocol monoid is currently in the left state.
    pub open spec fn is_left(self) -> bool {
        self is Left
    }

    /// Whether the protocol monoid is currently in the right state.
    pub open spec fn is_right(self) -> bool {
        self is Right
    }

    /// Whether the protocol monoid is an exclusive owner of a resource.
    pub open spec fn is_resource_owner(self) -> bool {
        match self {
            SumSP::Left(_, _, b) | SumSP::Right(_, _, b) => b,
            _ => false,
        }
    }

    /// Whether the protocol monoid currently owns a resource, only meaningful when it is the exclusive owner.
    pub open spec fn has_resource(self) -> bool {
        match self {
            SumSP::Left(ov, n, true) => ov is Some,
            SumSP::Right(ov, n, true) => ov is Some,
            _ => false,
        }
    }

    /// Whether the protocol monoid has had its resource taken, only meaningful when it is the exclusive owner.
    pub open spec fn has_no_resource(self) -> bool {
        match self {
            SumSP::Left(ov, n, true) => ov is None,
            SumSP::Right(ov, n, true) => ov is None,
            _ => false,
        }
    }

    /// The resource stored in the protocol monoid.
    pub open spec fn resource(self) -> Sum<A, B> {
        match self {
            SumSP::Left(Some(a), n, true) => Sum::Left(a),
            SumSP::Right(Some(b), n, true) => Sum::Right(b),
            _ => arbitrary(),
        }
    }

    /// The fraction of the resource knowledge.
    pub open spec fn frac(self) -> int {
        match self {
            SumSP::Left(_, n, _) | SumSP::Right(_, n, _) => n,
            _ => 1,
        }
    }

    /// The invariant of the protocol monoid.
    pub open spec fn is_valid(self) -> bool {
        match self {
            SumSP::Unit => true,
            SumSP::Left(ov, n, b) => 0 < n <= TOTAL && (ov is Some ==> b),
            SumSP::Right(ov, n, b) => 0 < n <= TOTAL && (ov is Some ==> b),
            _ => false,
        }
    }

    
    pub proof fn lemma_withdraws_right(self)
        requires
            self.is_resource_owner(),
            self.is_right(),
            self.has_resource(),
            self.is_valid(),
        ensures
            withdraws(self, SumSP::Right(None, self.frac(), true), imap![()=>self.resource()]),
    {
        match self {
            SumSP::Right(Some(b), n, true) => {
                let resource = Sum::<A, B>::Right(b);
                let resource_map = imap![() => resource];
                let new_protocol_monoid = SumSP::<A, B, TOTAL>::Right(None, n, true);
                assert forall|q: Self, t1: IMap<(), Sum<A, B>>|
                    #![auto]
                    SumSP::rel(SumSP::op(self, q), t1) implies exists|t2: IMap<(), Sum<A, B>>|
                    #![auto]
                    SumSP::rel(SumSP::op(new_protocol_monoid, q), t2) && t2.dom().disjoint(
                        resource_map.dom(),
                    ) && t1 == t2.union_prefer_right(resource_map) by {
                    let t2 = IMap::empty();
                    assert(SumSP::rel(SumSP::op(new_protocol_monoid, q), t2));
                    assert(t2.dom().disjoint(resource_map.dom()));
                    assert(t1 == t2.union_prefer_right(resource_map));
                }
            },
            _ => {
                assert(false);
            },
        }
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

pub mod sum {
use vstd::modes::tracked_swap;
use vstd::prelude::*;

verus! {

/// The Sum Type, corresponding to the `Either` type in Rust.
pub tracked enum Sum<L, R> {
    Left(L),
    Right(R),
}

impl<L, R> Sum<L, R> {
    
    
    
    
    
    pub proof fn tracked_take_right(tracked self) -> (tracked res: R)
        requires
            self is Right,
        returns
            self->Right_0,
    {
        match self {
            Self::Left(_) => proof_from_false(),
            Self::Right(right) => right,
        }
    }

    
    
    
    
    
    }



} // verus!
}
