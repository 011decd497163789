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

    proof fn valid_op(a: Self, b: Self) {
    }

    proof fn commutative(a: Self, b: Self) {
    }

    proof fn associative(a: Self, b: Self, c: Self) {
    }
}
impl PCM for OneShotResourceValue {
    open spec fn unit() -> Self {
        OneShotResourceValue::Empty {  }
    }

    proof fn op_unit(self) {
    }

    proof fn unit_valid() {
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
    pub proof fn perform_using_two_halves(tracked &mut self, tracked other: &mut Self)
        requires
            old(other).id() == old(self).id(),
            old(self)@ is HalfRightToComplete,
            !(old(other)@ is Empty),
        ensures
            old(other)@ is HalfRightToComplete,
            final(self).id() == old(self).id(),
            final(other).id() == old(self).id(),
            final(self)@ is Complete,
            final(other)@ is Complete,
    {
        self.r.validate();
        other.r.validate();
        // A `HalfRightToComplete` doesn't combine validly with a
        // `Complete`, so validating them together proves that
        // `other.r.value()` is `HalfRightToComplete`.
        self.r.validate_2(&other.r);
        assert(other@ is HalfRightToComplete);
        // Knowing they're both `HalfRightToComplete` allows them to
        // be combined and transformed into `Complete` resources.
        let v = OneShotResourceValue::Complete {  };
        update_and_redistribute(&mut self.r, &mut other.r, v, v);
    }

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

// This struct describes what's constant in the counter invariant.
//
// `x_id` -- the identity of the shared atomic variable `x`, which
// links the permission to write it with the actual atomic
// variable.
//
// `oneshot0_id` -- the ID of thread 0's one-shot
//
// `oneshot1_id` -- the ID of thread 1's one-shot

// This is the invariant predicate that will be maintained for the
// `CounterTrackedState`.


// This `CounterSharedState` struct is shared among the threads, using
// an atomic reference counter (Arc).
//
// `x` -- the actual counter implemented as an atomic u32
// `inv` -- the invariant holding the shared counter tracked state


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
