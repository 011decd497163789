use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::prelude::*;

pub mod oneshot {
//! This file implements one-shot permissions using a custom resource
//! algebra.
//!
//! A one-shot allows an operation to be performed exactly once. If
//! you have two resources each granting half authority to perform it,
//! you can combine them and perform the one-shot. Performing it
//! grants duplicable knowledge that it has been performed.
//!
//! To create a one-shot, call `OneShotResource::alloc()`. This will
//! return a resource granting full authority to perform the created
//! one-shot. You can then call `perform` to perform that one-shot.
//! Here's an example:
//!
//! ```
//! let tracked full = OneShotResource::alloc();
//! proof { full.perform(); }
//! assert(full@ is Complete);
//! ```
//!
//! Often, you will first split the full authority into two halves,
//! each granting half the authority to perform the created one-shot.
//! This way, you can stash one in an invariant. Both halves will have
//! the same `id()`, meaning they belong to the same one-shot
//! instance. For example:
//!
//! ```
//! let tracked full = OneShotResource::alloc();
//! let tracked (mut half1, mut half2) = full.split();
//! assert(half1.id() == half2.id());
//! assert(half1@ is HalfRightToComplete);
//! assert(half2@ is HalfRightToComplete);
//! ```
//!
//! To perform a one-shot using two halves, use
//! `perform_using_two_halves`. This function takes two resources, the
//! first of which must provide half authority to perform the
//! one-shot. On return, the passed-in resources will have both been
//! changed to `Complete`, i.e., knowledge that the one-shot has
//! complete.
//!
//! ```
//! let ghost id = half1.id();
//! proof { half1.perform_using_two_halves(&mut half2); }
//! assert(half1.id() == id);
//! assert(half2.id() == id);
//! assert(half1@ is Complete);
//! assert(half2@ is Complete);
//! ```
//!
//! Note that only *one* of the two parameters to `perform` has to be
//! `HalfRightToComplete`. This is useful so you can stash half the
//! authority in an invariant and call `perform` even if the invariant
//! predicate allows the stashed permission to change later.
//!
//! Knowledge that the one-shot has completed is freely duplicable
//! because that's the nature of one-shots. If you want to duplicate
//! it, you can call `duplicate`, but you can only call this if you
//! know the permission passed in is `Complete`. Here's an example of
//! its usage:
//!
//! ```
//! let tracked knowledge = half1.duplicate();
//! assert(knowledge.id() == half1.id());
//! assert(knowledge@ is Complete);
//! ```
use std::result::*;
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::prelude::*;
use vstd::resource;
use vstd::resource::agree::AgreementRA;
use vstd::resource::algebra;
use vstd::resource::algebra::ResourceAlgebra;
use vstd::resource::frac::FractionRA;
use vstd::resource::pcm;
use vstd::resource::pcm::PCM;
use vstd::resource::product::ProductRA;
use vstd::resource::update_and_redistribute;
use vstd::resource::update_mut;
use vstd::resource::Loc;

verus! {

/// A one-shot resource represents one of the following four resources:
///
/// `FullRightToComplete` -- the authority to complete the one-shot;
///
/// `HalfRightToComplete` -- half of the authority to complete the
/// one-shot, which can be combined with another half to make a full
/// authority; or
///
/// `Complete` -- knowledge that the one-shot has completed.
///
/// `Empty` - no permission at all.
pub enum OneShotResourceValue {
    FullRightToComplete,
    HalfRightToComplete,
    Complete,
    Empty,
    Invalid,
}

// To use `OneShotResourceValue` as a resource, we have to implement
// `PCM`, showing how to use it in a resource algebra.
impl ResourceAlgebra for OneShotResourceValue {
    open spec fn valid(self) -> bool {
        !(self is Invalid)
    }

    open spec fn op(a: Self, b: Self) -> Self {
        match (a, b) {
            (OneShotResourceValue::Empty, _) => b,
            (_, OneShotResourceValue::Empty) => a,
            (
                OneShotResourceValue::HalfRightToComplete,
                OneShotResourceValue::HalfRightToComplete,
            ) => OneShotResourceValue::FullRightToComplete {  },
            (
                OneShotResourceValue::Complete,
                OneShotResourceValue::Complete,
            ) => OneShotResourceValue::Complete {  },
            (_, _) => OneShotResourceValue::Invalid {  },
        }
    }

    #[verifier::external_body]
    proof fn valid_op(a: Self, b: Self) {
        unimplemented!()
    }

    #[verifier::external_body]
    proof fn commutative(a: Self, b: Self) {
        unimplemented!()
    }

    #[verifier::external_body]
    proof fn associative(a: Self, b: Self, c: Self) {
        unimplemented!()
    }
}
impl PCM for OneShotResourceValue {
    open spec fn unit() -> Self {
        OneShotResourceValue::Empty {  }
    }

    #[verifier::external_body]
    proof fn op_unit(self) {
        unimplemented!()
    }

    #[verifier::external_body]
    proof fn unit_valid() {
        unimplemented!()
    }
}

pub struct OneShotResource {
    r: pcm::Resource<OneShotResourceValue>,
}

impl OneShotResource {
    pub closed spec fn id(self) -> Loc {
        self.r.loc()
    }

    pub closed spec fn view(self) -> OneShotResourceValue {
        self.r.value()
    }

    // This function creates a one-shot and returns a resource
    // granting the full authority to perform the created
    // one-shot.
    
    // This function splits full authority to perform a one-shot
    // into two half authorities to perform it.
    
    // This function performs a one-shot given a resource representing
    // full authority to complete the one-shot.
    //
    // Upon return, the passed-in resource will have been transformed
    // into knowledge that the one-shot has been performed.
    
    // This function performs a one-shot given two resources, the
    // first of which represents an incomplete one-shot (and half the
    // authority needed to perform it). The resources must have the
    // same `id()`, meaning they're talking about the same one-shot.
    //
    // Upon return, the passed-in resources will have both been
    // transformed into knowledge that the one-shot has been
    // performed.
    //
    // The caller of this function only needs to know that `self`
    // provides half authority and that `other` isn't `Empty`. Upon
    // return the caller will learn that *both* the resources had
    // provided half authority at call time. However, those resources
    // were transformed so they don't provide that authority anymore.
    
    // This function duplicates a one-shot resource representing
    // knowledge of completion.
    
    }




// This example illustrates some uses of the one-shot functions.


} // verus!
}

use crate::oneshot::*;
use std::sync::Arc;
use vstd::atomic::*;
use vstd::atomic_ghost::*;
use vstd::invariant::*;
use vstd::resource::Loc;

verus! {

// This struct holds all the ghost tracked state that the counter
// will keep in an invariant.
//
// `x_perm` -- permission to write to the shared atomic variable `x`
//
// `oneshot0_inv_half` -- the invariant's resource for thread 0's
// one-shot, which contains either half the authority to complete that
// one-shot or knowledge that that one-shot has been performed
//
// `oneshot1_inv_half` -- as above, but for thread 1's one-shot
pub struct CounterTrackedState {
    pub x_perm: PermissionU32,
    pub oneshot0_inv_half: OneShotResource,
    pub oneshot1_inv_half: OneShotResource,
}

// This struct describes what's constant in the counter invariant.
//
// `x_id` -- the identity of the shared atomic variable `x`, which
// links the permission to write it with the actual atomic
// variable.
//
// `oneshot0_id` -- the ID of thread 0's one-shot
//
// `oneshot1_id` -- the ID of thread 1's one-shot
pub struct CounterInvariantConstants {
    pub x_id: int,
    pub oneshot0_id: Loc,
    pub oneshot1_id: Loc,
}

// This is the invariant predicate that will be maintained for the
// `CounterTrackedState`.
pub struct CounterInvariantPredicate {}

impl InvariantPredicate<
    CounterInvariantConstants,
    CounterTrackedState,
> for CounterInvariantPredicate {
    open spec fn inv(c: CounterInvariantConstants, cts: CounterTrackedState) -> bool {
        // The IDs of the resources held match those in the constants
        &&& cts.x_perm@.patomic == c.x_id
        &&& cts.oneshot0_inv_half.id() == c.oneshot0_id
        &&& cts.oneshot1_inv_half.id()
            == c.oneshot1_id
        // For each thread's one-shot, the invariant holds a resource that's either
        // (1) half authority to complete that one-shot or (2) knowledge that that
        // one-shot is complete.
        &&& cts.oneshot0_inv_half@ is HalfRightToComplete || cts.oneshot0_inv_half@ is Complete
        &&& cts.oneshot1_inv_half@ is HalfRightToComplete
            || cts.oneshot1_inv_half@ is Complete
        // The key invariant is that the value of `x` is the count
        // of how many threads' one-shots have completed.
        &&& cts.x_perm@.value == (if cts.oneshot0_inv_half@ is Complete {
            1int
        } else {
            0int
        }) + (if cts.oneshot1_inv_half@ is Complete {
            1int
        } else {
            0int
        })
    }
}

// This `CounterSharedState` struct is shared among the threads, using
// an atomic reference counter (Arc).
//
// `x` -- the actual counter implemented as an atomic u32
// `inv` -- the invariant holding the shared counter tracked state
pub struct CounterSharedState {
    pub x: PAtomicU32,
    pub inv: Tracked<
        AtomicInvariant<CounterInvariantConstants, CounterTrackedState, CounterInvariantPredicate>,
    >,
}

impl CounterSharedState {
    // This is the well-formedness predicate for a `CounterSharedState`.
    pub open spec fn wf(self) -> bool {
        &&& self.x.id() == self.inv@.constant().x_id
        &&& self.inv@.namespace() == 888
    }

    // This function gets, from the shared state's constants, the ID
    // of the one-shot associated with the given thread.
    pub open spec fn get_oneshot_id(self, which_thread: int) -> Loc
        recommends
            which_thread == 0 || which_thread == 1,
    {
        let c = self.inv@.constant();
        if which_thread == 0 {
            c.oneshot0_id
        } else {
            c.oneshot1_id
        }
    }

    // This function creates a new `CounterSharedState`.
    pub fn new(
        Tracked(oneshot0_inv_half): Tracked<OneShotResource>,
        Tracked(oneshot1_inv_half): Tracked<OneShotResource>,
    ) -> (result: Arc<Self>)
        requires
            oneshot0_inv_half@ is HalfRightToComplete,
            oneshot1_inv_half@ is HalfRightToComplete,
        ensures
            result.wf(),
            result.get_oneshot_id(0) == oneshot0_inv_half.id(),
            result.get_oneshot_id(1) == oneshot1_inv_half.id(),
    {
        // Create the atomic variable to be shared among threads.
        let (x, Tracked(x_perm)): (PAtomicU32, Tracked<PermissionU32>) = PAtomicU32::new(0);
        // Create the `CounterTrackedState`.
        let tracked cts = CounterTrackedState { x_perm, oneshot0_inv_half, oneshot1_inv_half };
        // Create the invariant.
        let ghost c = CounterInvariantConstants {
            x_id: x.id(),
            oneshot0_id: oneshot0_inv_half.id(),
            oneshot1_id: oneshot1_inv_half.id(),
        };
        assert(CounterInvariantPredicate::inv(c, cts));  // This is obvious, so no proof is needed.
        let inv = Tracked(AtomicInvariant::new(c, cts, 888));
        // Create the shared state to be shared among the threads
        // using Arcs.
        Arc::new(CounterSharedState { x, inv })
    }

    // This function reads the value of `x` from the `PAtomicU32`
    // that's part of this `CounterSharedState`. It requires, as
    // input, two `OneShotResource`s, one showing that thread 0's
    // one-shot is complete and the other showing that thread 1's
    // one-shot is complete. Because of these, it can ensure that the
    // value it reads is 2.
    }

// This is the routine that each thread will execute when forked. It
// increments the counter atomically with performing the one-shot.
//
// `shared_state` -- an Arc pointing to the state shared between
// threads
//
// `oneshot_thread_half` -- permission granting half of the
// authority to this thread's one-shot resource
//
// `which_thread` -- which thread this is, 0 or 1

// This function counts to two by forking two threads, each tasked
// with incrementing `x` and then returning knowledge that that
// thread has performed its increment. In this way, it's able to
// guarantee that when it reads `x` after joining those two
// threads, the result is 2.


} // verus!
