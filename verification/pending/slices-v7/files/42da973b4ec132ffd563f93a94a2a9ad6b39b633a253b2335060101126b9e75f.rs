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



/// `Right` ensures the resource is of type `B`.
pub tracked struct Right<A, B, const TOTAL: u64 = 2> {
    tracked r: StorageResource<(), Sum<A, B>, SumSP<A, B, TOTAL>>,
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

    
    
    /// The existence of two `Right` tokens with the same id ensures at most one of them is the resource owner.
    pub proof fn validate_with_right(tracked &mut self, tracked other: &Self)
        requires
            old(self).id() == other.id(),
        ensures
            *old(self) == *final(self),
            !(final(self).is_resource_owner() && other.is_resource_owner()),
            final(self).frac() + other.frac() <= TOTAL,
            final(self).wf(),
    {
        use_type_invariant(&*self);
        use_type_invariant(other);
        self.r.validate_with_shared(&other.r);
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

    
    
    
    
    }

} // verus!
}
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




} // verus!
}
