//! This file implements monotonic counters using a custom resource
//! algebra.
//!
//! To use it, use MonotonicCounterResource::alloc(), which will
//! create a fresh monotonic counter and return a resource granting
//! full access to it. You can increment it the counter by calling
//! `increment` on a resource. For example:
//!
//! ```
//! let tracked full = MonotonicCounterResource::alloc();
//! proof { full.increment(); }
//! assert(full@.n() == 1);
//! ```
//!
//! To split a full right to advance into two half rights to advance,
//! use `split`. This is useful, for instance, to stash half inside an
//! invariant and pass the other half to the thread having the right
//! to advance. Both halves will have the same `id()` value,
//! indicating they correspond to the same monotonic counter. For
//! example:
//!
//! ```
//! let tracked full = MonotonicCounterResource::alloc();
//! let tracked (mut half1, mut half2) = full.split();
//! assert(half1.id() == half2.id());
//! assert(half1@.n() == 0);
//! assert(half2@.n() == 0);
//! ```
//!
//! You can use two half authorities together to increment the
//! associated counter, as in this example:
//!
//! ```
//! let ghost v1 == half1@.n();
//! proof { half1.increment_using_two_halves(&mut half2); }
//! assert(half1.id() == half2.id());
//! assert(half1@ == half2@);
//! assert(half1@.n() == half2@.n() == v1 + 1);
//! ```
//!
//! From any `MonotonicCounterResource`, one can use
//! `extract_lower_bound()` to extract a `MonotonicCounterResource`
//! that represents knowledge of a lower bound on the current value of
//! the monotonic counter. You can also duplicate a
//! `MonotonicCounterResource` using this function. Here are examples:
//!
//! ```
//! let tracked mut lower_bound = half1.extract_lower_bound();
//! assert(lower_bound@.n() == 1);
//! let tracked lower_bound_duplicate = lower_bound.extract_lower_bound();
//! assert(lower_bound_duplicate@.n() == 1);
//! ```
use std::result::*;
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::prelude::*;
use vstd::resource::algebra::ResourceAlgebra;
use vstd::resource::copy_duplicable_part;
use vstd::resource::pcm::Resource;
use vstd::resource::pcm::PCM;
use vstd::resource::update_and_redistribute;
use vstd::resource::update_mut;
use vstd::resource::Loc;

verus! {

// A monotonic counter permission represents a resource with one of
// the following three values:
//
// `LowerBound{ lower_bound }` -- knowledge that the monotonic counter
// is at least `lower_bound`
//
// `FullRightToAdvance{ value }` -- knowledge that the monotonic counter is
// exactly `value` and the authority to advance it past that value
//
// `HalfRightToAdvance{ value }` -- knowledge that the monotonic
// counter is exactly `value` and half the authority to advance it
// past that value. Can be combined with another half authority to
// make a full authority.
pub enum MonotonicCounterResourceValue {
    LowerBound { lower_bound: nat },
    HalfRightToAdvance { value: nat },
    FullRightToAdvance { value: nat },
    Invalid,
}

// To use `MonotonicCounterResourceValue` as a resource, we have to implement
// `PCM`, showing how to use it in a resource algebra.
impl ResourceAlgebra for MonotonicCounterResourceValue {
    open spec fn valid(self) -> bool {
        !(self is Invalid)
    }

    open spec fn op(a: Self, b: Self) -> Self {
        match (a, b) {
            // Two lower bounds can be combined into a lower bound
            // that's the maximum of the two lower bounds.
            (
                MonotonicCounterResourceValue::LowerBound { lower_bound: lower_bound1 },
                MonotonicCounterResourceValue::LowerBound { lower_bound: lower_bound2 },
            ) => {
                let max_lower_bound = if lower_bound1 > lower_bound2 {
                    lower_bound1
                } else {
                    lower_bound2
                };
                MonotonicCounterResourceValue::LowerBound { lower_bound: max_lower_bound }
            },
            // A lower bound can be combined with a right to
            // advance as long as the lower bound doesn't exceed
            // the value in the right to advance.
            (
                MonotonicCounterResourceValue::LowerBound { lower_bound },
                MonotonicCounterResourceValue::FullRightToAdvance { value },
            ) => if lower_bound <= value {
                MonotonicCounterResourceValue::FullRightToAdvance { value }
            } else {
                MonotonicCounterResourceValue::Invalid {  }
            },
            (
                MonotonicCounterResourceValue::FullRightToAdvance { value },
                MonotonicCounterResourceValue::LowerBound { lower_bound },
            ) => if lower_bound <= value {
                MonotonicCounterResourceValue::FullRightToAdvance { value }
            } else {
                MonotonicCounterResourceValue::Invalid {  }
            },
            // A lower bound can be combined with a half right to
            // advance as long as the lower bound doesn't exceed
            // the value in the half right to advance.
            (
                MonotonicCounterResourceValue::LowerBound { lower_bound },
                MonotonicCounterResourceValue::HalfRightToAdvance { value },
            ) => if lower_bound <= value {
                MonotonicCounterResourceValue::HalfRightToAdvance { value }
            } else {
                MonotonicCounterResourceValue::Invalid {  }
            },
            (
                MonotonicCounterResourceValue::HalfRightToAdvance { value },
                MonotonicCounterResourceValue::LowerBound { lower_bound },
            ) => if lower_bound <= value {
                MonotonicCounterResourceValue::HalfRightToAdvance { value }
            } else {
                MonotonicCounterResourceValue::Invalid {  }
            },
            // Two half rights to advance can be combined to make
            // a whole right to advance, as long as the two values
            // agree with each other.
            (
                MonotonicCounterResourceValue::HalfRightToAdvance { value: value1 },
                MonotonicCounterResourceValue::HalfRightToAdvance { value: value2 },
            ) => if value1 == value2 {
                MonotonicCounterResourceValue::FullRightToAdvance { value: value1 }
            } else {
                MonotonicCounterResourceValue::Invalid {  }
            },
            // Any other combination is invalid
            (_, _) => MonotonicCounterResourceValue::Invalid {  },
        }
    }

    proof fn valid_op(a: Self, b: Self) {
    }

    proof fn commutative(a: Self, b: Self) {
    }

    proof fn associative(a: Self, b: Self, c: Self) {
    }
}
impl PCM for MonotonicCounterResourceValue {
    open spec fn unit() -> Self {
        MonotonicCounterResourceValue::LowerBound { lower_bound: 0 }
    }

    proof fn op_unit(self) {
    }

    proof fn unit_valid() {
    }
}


pub struct MonotonicCounterResource {
    r: Resource<MonotonicCounterResourceValue>,
}

impl MonotonicCounterResource {
    pub closed spec fn id(self) -> Loc {
        self.r.loc()
    }

    pub closed spec fn view(self) -> MonotonicCounterResourceValue {
        self.r.value()
    }

    // This function creates a monotonic counter and returns a
    // resource granting full authority to advance it and giving
    // knowledge that the current value is 0.
    
    // Join two resources
    
    // This function splits a resource granting full authority to
    // advance a monotonic counter into two resources each granting
    // half authority to advance it. They both have the same `id()`,
    // meaning they correspond to the same monotonic counter.
    
    // This function uses a resource granting full authority to
    // advance a monotonic counter to increment the counter.
    pub proof fn increment(tracked &mut self)
        requires
            old(self)@ is FullRightToAdvance,
        ensures
            final(self).id() == old(self).id(),
            final(self)@ == (MonotonicCounterResourceValue::FullRightToAdvance {
                value: old(self)@->FullRightToAdvance_value + 1,
            }),
    {
        let v = self@->FullRightToAdvance_value;
        let r = MonotonicCounterResourceValue::FullRightToAdvance { value: v + 1 };
        update_mut(&mut self.r, r);
    }

    // This function uses two tracked resources, each granting half
    // authority to advance a monotonic counter, to increment the
    // counter. The two permissions must have the same `id()` values.
    //
    // It's not a requirement that the two halves match in value; this
    // function can figure out that they match just from the fact that
    // they co-exist.
    
    
    }

// This example illustrates some uses of the monotonic counter.

} // verus!
