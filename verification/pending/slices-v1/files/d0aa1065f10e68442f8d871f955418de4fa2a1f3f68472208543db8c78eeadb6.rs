//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


pub mod external {
//! Specifications for functions from Rust standard library but not specified in `vstd`.
//!
//! These specifications are determined with careful inspection of the std library source code and documentation, and trusted as TCB.
//! They are subject to change if `vstd` covers more cases in the future.
pub mod nonnull {
use core::marker::PointeeSized;
use core::num::NonZeroUsize;
use core::ptr::NonNull;
use vstd::prelude::*;
use vstd::raw_ptr::*;
use vstd::std_specs::{cmp::*, nonzero::*};

verus! {


pub trait NonNullAdditionalFns<T: PointeeSized> {
    // The model for NonNull<T> is *mut T, so that we can reuse the existing pointer infrastructure.
    // See https://doc.rust-lang.org/stable/std/ptr/struct.NonNull.html.
    spec fn view_ptr_mut(self) -> *mut T;

    
    
    
    
    
    }





/// An uninterpreted specification that constructs a `NonNull<T>` from a raw pointer.
pub uninterp spec fn nonnull_from_ptr_mut_spec<T: PointeeSized>(ptr: *mut T) -> NonNull<T>;

#[verifier::inline]
pub open spec fn nonnull_new_spec<T: PointeeSized>(ptr: *mut T) -> Option<NonNull<T>> {
    if ptr.is_null() {
        None
    } else {
        Some(nonnull_from_ptr_mut_spec(ptr))
    }
}





#[verifier::when_used_as_spec(nonnull_new_spec)]
pub assume_specification<T: PointeeSized>[ core::ptr::NonNull::<T>::new ](ptr: *mut T) -> (ret:
    core::option::Option<core::ptr::NonNull<T>>)
    ensures
        ret matches Some(nn) ==> nn.view_ptr_mut() == ptr,
    returns
        nonnull_new_spec(ptr),
;



// Specification for NonNull::dangling(), uninterpreted because the ptr only has to satisfy the alignment requirement.
// See https://doc.rust-lang.org/stable/std/ptr/struct.NonNull.html#method.dangling.



// To prevent circular dependency



} // verus!
}
pub mod ptr {
use core::marker::PointeeSized;
use vstd::prelude::*;

verus! {















} // verus!
}
pub mod smart_ptr {
use vstd::layout::valid_layout;
use vstd::prelude::*;
use vstd::raw_ptr::*;

// A unified interface for the raw ptr permission returned by `into_raw` methods of smart pointers like `Box` and `Arc`.
verus! {

/// A verification-only trait that abstracts the permission that tracks both the pointer and the value it points to.
pub trait PtrPointsToTrait {
    /// The type of the pointer.
    type Ptr;

    /// The type of the value that the pointer points to.
    type Target;

    spec fn ptr(self) -> *mut Self::Target;

    }



// The permission to access memory given by the `into_raw` methods of smart pointers like `Box` and `Arc`.






} // verus!
/// A wrapper around `Box::into_raw` that also returns the permission to access the memory.
///
/// Soundness: it is unsound to create a `ptr` method for `Box<T>` that returns the raw pointer without the permission.
/// As Verus only compares the value of the `Box<T>` for equality, so the following code will be wrongly verified:
/// ```rust
/// let b1 = Box::new(1);
/// let b2 = Box::new(1);
/// assert(b1.ptr() == b2.ptr()); // this will be verified but is actually not true, as b1 and b2 are different allocations with different pointers.
/// ```
// VERUS LIMITATION: can not add ghost parameter in external specification yet, sp we wrap it in an external_body function
// The memory layout ensures that Box<T> has the following properties:
//  1. The pointer is aligned.
//  2. The pointer is non-null even for zero-sized types.
//  3. The pointer points to a valid value, whose layout is determined by Layout::for_value (exactly size_of::<T>() and align_of::<T>()).
// See https://doc.rust-lang.org/stable/std/boxed/index.html
// Its guarantee is actually much stronger than PointsTowithDealloc.inv().


/// A wrapper around `Arc::into_raw` that also returns the permission to access the memory.
///
/// Soundness: the soundness concern is similar to `box_into_raw`.
// VERUS LIMITATION: can not add ghost parameter in external specification yet, sp we wrap it in an external_body function
// `Arc::into_raw` will not decrease the reference count, so the memory will keep valid until we convert back to Arc<T> and drop it.


verus! {





} // verus!
}
pub mod time {
use vstd::prelude::*;

use crate::panic::may_panic;

verus! {

/// Abstract result of constructing a standard-library duration.
pub uninterp spec fn duration_new_spec(secs: u64, nanos: u32) -> core::time::Duration;

#[verifier::when_used_as_spec(duration_new_spec)]
pub assume_specification[ core::time::Duration::new ](secs: u64, nanos: u32) -> core::time::Duration
    requires
        secs + nanos / 1_000_000_000 > u64::MAX ==> may_panic(),
    returns
        duration_new_spec(secs, nanos),
    opens_invariants none
;

} // verus!
}

pub use nonnull::*;
pub use ptr::*;
pub use smart_ptr::*;
pub use time::*;

use vstd::prelude::*;

verus! {


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

pub mod spec_operators {
use vstd::prelude::*;

verus! {

pub trait SpecAddTrait<Rhs = Self> {
    type Output;

    spec fn spec_add(self, rhs: Rhs) -> Self::Output;
}

pub trait SpecSubTrait<Rhs = Self> {
    type Output;

    spec fn spec_sub(self, rhs: Rhs) -> Self::Output;
}

pub trait SpecMulTrait<Rhs = Self> {
    type Output;

    spec fn spec_mul(self, rhs: Rhs) -> Self::Output;
}

pub trait SpecShlTrait<Rhs = Self> {
    type Output;

    }

pub trait SpecShrTrait<Rhs = Self> {
    type Output;

    spec fn spec_shr(self, rhs: Rhs) -> Self::Output;
}

pub trait SpecBitAndTrait<Rhs = Self> {
    type Output;

    }

pub trait SpecBitOrTrait<Rhs = Self> {
    type Output;

    spec fn spec_bitor(self, rhs: Rhs) -> Self::Output;
}

pub trait SpecBitXorTrait<Rhs = Self> {
    type Output;

    }

pub trait SpecNegTrait {
    type Output;

    spec fn spec_neg(self) -> Self::Output;
}

} // verus!
}
pub mod temporal_logic {
// Copyright 2022 VMware, Inc.
// SPDX-License-Identifier: MIT
//! TLA temporal logic definitions and proof rules.
//!
//! Originally developed in the paper ["Anvil: Verifying Liveness of Cluster Management Controllers"](https://www.usenix.org/conference/osdi24/presentation/sun-xudong).
//! Modified from the original version which can be found on [GitHub](https://github.com/anvil-verifier/anvil).
pub mod defs {
// Copyright 2022 VMware, Inc.
// SPDX-License-Identifier: MIT
use vstd::prelude::*;

verus! {

#[verifier::ext_equal]
pub struct Execution<T> {
    pub nat_to_state: spec_fn(nat) -> T,
}

impl<T> Execution<T> {
    pub open spec fn head(self) -> T {
        (self.nat_to_state)(0)
    }

    pub open spec fn head_next(self) -> T {
        (self.nat_to_state)(1)
    }

    pub open spec fn suffix(self, pos: nat) -> Self {
        Execution { nat_to_state: |i: nat| (self.nat_to_state)(i + pos) }
    }
}

#[verifier::ext_equal]
#[verifier(reject_recursive_types(T))]
pub struct StatePred<T> {
    pub pred: spec_fn(T) -> bool,
}

impl<T> StatePred<T> {
    pub open spec fn new(pred: spec_fn(T) -> bool) -> Self {
        StatePred { pred: pred }
    }

    
    pub open spec fn apply(self, state: T) -> bool {
        (self.pred)(state)
    }

    pub open spec fn and(self, other: Self) -> Self {
        StatePred::new(|s| self.apply(s) && other.apply(s))
    }

    pub open spec fn or(self, other: Self) -> Self {
        StatePred::new(|s| self.apply(s) || other.apply(s))
    }

    pub open spec fn implies(self, other: Self) -> Self {
        StatePred::new(|s| self.apply(s) ==> other.apply(s))
    }

    pub open spec fn not(self) -> Self {
        StatePred::new(|s| !self.apply(s))
    }

    pub open spec fn state_forall<A>(a_to_state_pred: spec_fn(A) -> StatePred<T>) -> StatePred<T> {
        StatePred::new(|s| forall|a| #[trigger] a_to_state_pred(a).apply(s))
    }

    pub open spec fn state_exists<A>(a_to_state_pred: spec_fn(A) -> StatePred<T>) -> StatePred<T> {
        StatePred::new(|s| exists|a| #[trigger] a_to_state_pred(a).apply(s))
    }

    pub open spec fn absorb<A>(
        a_to_state_pred: spec_fn(A) -> StatePred<T>,
        state_pred: StatePred<T>,
    ) -> spec_fn(A) -> StatePred<T> {
        |a: A| a_to_state_pred(a).and(state_pred)
    }
}

#[verifier::ext_equal]
#[verifier(reject_recursive_types(T))]
pub struct ActionPred<T> {
    pub pred: spec_fn(T, T) -> bool,
}

impl<T> ActionPred<T> {
    pub open spec fn new(pred: spec_fn(T, T) -> bool) -> Self {
        ActionPred { pred: pred }
    }

    
    pub open spec fn apply(self, state: T, state_prime: T) -> bool {
        (self.pred)(state, state_prime)
    }
}

#[verifier::ext_equal]
#[verifier(reject_recursive_types(T))]
pub struct TempPred<T> {
    pub pred: spec_fn(Execution<T>) -> bool,
}

impl<T> TempPred<T> {
    pub open spec fn new(pred: spec_fn(Execution<T>) -> bool) -> Self {
        TempPred { pred: pred }
    }

    pub open spec fn satisfied_by(self, execution: Execution<T>) -> bool {
        (self.pred)(execution)
    }

    // We specify all infix operators for temporal logic as TempPred methods to aid readability
    /// `/\` for temporal predicates in TLA+ (i.e., `&&` in Verus).
    pub open spec fn and(self, other: Self) -> Self {
        TempPred::new(|ex: Execution<T>| self.satisfied_by(ex) && other.satisfied_by(ex))
    }

    /// `\/` for temporal predicates in TLA+ (i.e., `||` in Verus).
    pub open spec fn or(self, other: Self) -> Self {
        TempPred::new(|ex: Execution<T>| self.satisfied_by(ex) || other.satisfied_by(ex))
    }

    // `=>` for temporal predicates in TLA+ (i.e., `==>` in Verus).
    pub open spec fn implies(self, other: Self) -> Self {
        TempPred::new(|ex: Execution<T>| self.satisfied_by(ex) ==> other.satisfied_by(ex))
    }

    // `~>` for temporal predicates in TLA+.
    // Returns a temporal predicate that is satisfied
    // iff it is always the case that `self` getting satisfied implies `other` eventually getting satisfied.
    //
    // Defined in 3.2.3.
    // |ex| forall |i: nat| self.satisfied_by(ex.suffix(i)) ==> exists |j: nat| other.satisfied_by(ex.suffix(i + j))
    pub open spec fn leads_to(self, other: Self) -> Self {
        always(self.implies(eventually(other)))
    }

    /// `|=` for temporal predicates in TLA+.
    pub open spec fn entails(self, other: Self) -> bool {
        valid(self.implies(other))
    }
}

pub open spec fn lift_state<T>(state_pred: StatePred<T>) -> TempPred<T> {
    TempPred::new(|ex: Execution<T>| state_pred.apply(ex.head()))
}


pub open spec fn lift_action<T>(action_pred: ActionPred<T>) -> TempPred<T> {
    TempPred::new(|ex: Execution<T>| action_pred.apply(ex.head(), ex.head_next()))
}

// `[]` for temporal predicates in TLA+.
// Returns a temporal predicate that is satisfied iff `temp_pred` is satisfied on every suffix of the execution.
//
// Defined in 3.1.
pub open spec fn always<T>(temp_pred: TempPred<T>) -> TempPred<T> {
    TempPred::new(|ex: Execution<T>| forall|i: nat| #[trigger] temp_pred.satisfied_by(ex.suffix(i)))
}

// `<>` for temporal predicates in TLA+.
// Returns a temporal predicate that is satisfied iff `temp_pred` is satisfied on at least one suffix of the execution.
//
// Defined in 3.2.1.
pub open spec fn eventually<T>(temp_pred: TempPred<T>) -> TempPred<T> {
    TempPred::new(|ex: Execution<T>| exists|i: nat| #[trigger] temp_pred.satisfied_by(ex.suffix(i)))
}

// `'` (prime) for temporal predicates in TLA+.
// Returns a temporal predicate that is satisfied iff `temp_pred` is satisfied on the suffix execution starting from the next state.
pub open spec fn later<T>(temp_pred: TempPred<T>) -> TempPred<T> {
    TempPred::new(|ex: Execution<T>| temp_pred.satisfied_by(ex.suffix(1)))
}

/// `~` for temporal predicates in TLA+ (i.e., `!` in Verus).
pub open spec fn not<T>(temp_pred: TempPred<T>) -> TempPred<T> {
    TempPred::new(|ex: Execution<T>| !temp_pred.satisfied_by(ex))
}

/// `\A` for temporal predicates in TLA+ (i.e., `forall` in Verus).
pub open spec fn tla_forall<T, A>(a_to_temp_pred: spec_fn(A) -> TempPred<T>) -> TempPred<T> {
    TempPred::new(|ex: Execution<T>| forall|a: A| #[trigger] a_to_temp_pred(a).satisfied_by(ex))
}

/// `\E` for temporal predicates in TLA+ (i.e., `exists` in Verus).
pub open spec fn tla_exists<T, A>(a_to_temp_pred: spec_fn(A) -> TempPred<T>) -> TempPred<T> {
    TempPred::new(|ex: Execution<T>| exists|a: A| #[trigger] a_to_temp_pred(a).satisfied_by(ex))
}

// |ex| temp_pred.satisfied_by(ex) ==> forall |i: nat| temp_pred.satisfied_by(ex.suffix(i))
pub open spec fn stable<T>(temp_pred: TempPred<T>) -> TempPred<T> {
    //TempPred::new(|ex: Execution<T>| temp_pred.implies(always(temp_pred)).satisfied_by(ex))
    temp_pred.implies(always(temp_pred))
}

// Returns a state predicate that is satisfied
// iff `action_pred` can be satisfied by any possible following state and the current state
//
// enabled() is used for checking whether a particular action is enabled at this **state**
//
// Note: it says whether the action *can possibly* happen, rather than whether the action *actually does* happen!

// Returns a temporal predicate that is satisfied
// iff `always(lift_state(enabled(action_pred)))` getting satisfied leads to `lift_action(action_pred)` getting satisfied.
//
// It says whether it is *always* the case that if the action is *always* enabled, the action *eventually* happens.
//
// Defined in 5.3 in a different form.
// We can prove the two forms are the same:
//    []E(A) ~> A
// == []([]E(A) => <>A)
// == [](~[]E(A) \/ <>A)
// == [](~~<>~E(A) \/ <>A)  <--- apply always_to_eventually
// == [](<>~E(A) \/ <>A)
// == []<>(~E(A) \/ A)      <--- apply eventually_or
// == []<>~E(A) \/ []<>A    <--- apply always_eventually_distrib
// == []<>A \/ []<>~E(A)

// `|=` for temporal predicates in TLA+.
// Returns true iff `temp_pred` is satisfied by all possible executions (behaviors).
//
// Defined in 3.3.
pub open spec fn valid<T>(temp_pred: TempPred<T>) -> bool {
    forall|ex: Execution<T>| temp_pred.satisfied_by(ex)
}


pub open spec fn false_pred<T>() -> TempPred<T> {
    TempPred::new(|_ex: Execution<T>| false)
}

pub open spec fn lift_state_forall<T, A>(a_to_state_pred: spec_fn(A) -> StatePred<T>) -> TempPred<
    T,
> {
    lift_state(StatePred::state_forall(a_to_state_pred))
}

pub open spec fn lift_state_exists<T, A>(a_to_state_pred: spec_fn(A) -> StatePred<T>) -> TempPred<
    T,
> {
    lift_state(StatePred::state_exists(a_to_state_pred))
}

} // verus!
}
pub mod rules {
// Copyright 2022 VMware, Inc.
// SPDX-License-Identifier: MIT
use super::defs::*;
use vstd::map_lib::*;
use vstd::prelude::*;

// Internal lemmas about executions and temporal predicates.
verus! {

broadcast proof fn lemma_execution_suffix_0<T>(ex: Execution<T>)
    ensures
        #[trigger] ex.suffix(0) == ex,
{
}

broadcast proof fn lemma_execution_suffix_suffix<T>(ex: Execution<T>, i: nat, j: nat)
    ensures
        #[trigger] ex.suffix(i).suffix(j) == ex.suffix(i + j),
{
}

broadcast group group_execution_suffix_lemmas {
    lemma_execution_suffix_0,
    lemma_execution_suffix_suffix,
}

} // verus!
verus! {

broadcast proof fn implies_apply<T>(ex: Execution<T>, p: TempPred<T>, q: TempPred<T>)
    requires
        #[trigger] p.implies(q).satisfied_by(ex),
        p.satisfied_by(ex),
    ensures
        q.satisfied_by(ex),
{
}

proof fn implies_contraposition_apply<T>(ex: Execution<T>, p: TempPred<T>, q: TempPred<T>)
    requires
        p.implies(q).satisfied_by(ex),
        not(q).satisfied_by(ex),
    ensures
        not(p).satisfied_by(ex),
{
}

pub proof fn temp_pred_equality<T>(p: TempPred<T>, q: TempPred<T>)
    requires
        p.entails(q),
        q.entails(p),
    ensures
        p == q,
{
    assert forall|ex: Execution<T>| #[trigger] (p.pred)(ex) == (q.pred)(ex) by {
        if (p.pred)(ex) {
            implies_apply::<T>(ex, p, q);
        } else {
            implies_contraposition_apply::<T>(ex, q, p);
        }
    };
}


broadcast proof fn always_unfold<T>(ex: Execution<T>, p: TempPred<T>)
    requires
        #[trigger] always(p).satisfied_by(ex),
    ensures
        forall|i: nat| p.satisfied_by(#[trigger] ex.suffix(i)),
{
}

proof fn eventually_unfold<T>(ex: Execution<T>, p: TempPred<T>)
    requires
        eventually(p).satisfied_by(ex),
    ensures
        exists|i: nat| p.satisfied_by(#[trigger] ex.suffix(i)),
{
}


proof fn stable_unfold<T>(ex: Execution<T>, p: TempPred<T>)
    requires
        stable(p).satisfied_by(ex),
    ensures
        p.satisfied_by(ex) ==> forall|i| p.satisfied_by(#[trigger] ex.suffix(i)),
{
}

proof fn leads_to_unfold<T>(ex: Execution<T>, p: TempPred<T>, q: TempPred<T>)
    requires
        p.leads_to(q).satisfied_by(ex),
    ensures
        forall|i: nat| p.implies(eventually(q)).satisfied_by(#[trigger] ex.suffix(i)),
{
}




broadcast proof fn tla_forall_unfold<T, A>(
    ex: Execution<T>,
    a_to_temp_pred: spec_fn(A) -> TempPred<T>,
)
    requires
        #[trigger] tla_forall(a_to_temp_pred).satisfied_by(ex),
    ensures
        forall|a| #[trigger] a_to_temp_pred(a).satisfied_by(ex),
{
}

broadcast proof fn tla_exists_unfold<T, A>(
    ex: Execution<T>,
    a_to_temp_pred: spec_fn(A) -> TempPred<T>,
)
    requires
        #[trigger] tla_exists(a_to_temp_pred).satisfied_by(ex),
    ensures
        exists|a| #[trigger] a_to_temp_pred(a).satisfied_by(ex),
{
}

proof fn tla_exists_proved_by_witness<T, A>(
    ex: Execution<T>,
    a_to_temp_pred: spec_fn(A) -> TempPred<T>,
    witness_a: A,
)
    requires
        a_to_temp_pred(witness_a).satisfied_by(ex),
    ensures
        tla_exists(a_to_temp_pred).satisfied_by(ex),
{
}



proof fn entails_apply<T>(ex: Execution<T>, p: TempPred<T>, q: TempPred<T>)
    requires
        p.entails(q),
        p.satisfied_by(ex),
    ensures
        q.satisfied_by(ex),
{
    implies_apply::<T>(ex, p, q);
}



broadcast proof fn always_propagate_forwards<T>(ex: Execution<T>, p: TempPred<T>, i: nat)
    requires
        always(p).satisfied_by(ex),
    ensures
        #[trigger] always(p).satisfied_by(ex.suffix(i)),
{
    broadcast use {always_unfold, group_execution_suffix_lemmas};

}




proof fn eventually_propagate_backwards<T>(ex: Execution<T>, p: TempPred<T>, i: nat)
    requires
        eventually(p).satisfied_by(ex.suffix(i)),
    ensures
        eventually(p).satisfied_by(ex),
{
    broadcast use group_execution_suffix_lemmas;

}

proof fn eventually_proved_by_witness<T>(ex: Execution<T>, p: TempPred<T>, witness_idx: nat)
    requires
        p.satisfied_by(ex.suffix(witness_idx)),
    ensures
        eventually(p).satisfied_by(ex),
{
}

spec fn eventually_choose_witness<T>(ex: Execution<T>, p: TempPred<T>) -> nat
    recommends
        exists|i| p.satisfied_by(#[trigger] ex.suffix(i)),
{
    let witness = choose|i| p.satisfied_by(#[trigger] ex.suffix(i));
    witness
}




proof fn a_to_temp_pred_equality<T, A>(p: spec_fn(A) -> TempPred<T>, q: spec_fn(A) -> TempPred<T>)
    requires
        forall|a: A| #[trigger] p(a).entails(q(a)) && q(a).entails(p(a)),
    ensures
        p == q,
{
    assert forall|a: A| #[trigger] p(a) == q(a) by {
        temp_pred_equality::<T>(p(a), q(a));
    };
}

proof fn tla_forall_or_equality<T, A>(a_to_temp_pred: spec_fn(A) -> TempPred<T>, q: TempPred<T>)
    ensures
        tla_forall(|a: A| a_to_temp_pred(a).or(q)) == tla_forall(a_to_temp_pred).or(q),
{
    broadcast use tla_forall_unfold;

    let a_to_temp_pred_or_q = |a: A| a_to_temp_pred(a).or(q);
    assert forall|ex| #[trigger] tla_forall(a_to_temp_pred_or_q).satisfied_by(ex) implies (
    tla_forall(a_to_temp_pred).or(q)).satisfied_by(ex) by {
        if !q.satisfied_by(ex) {
            assert forall|a| #[trigger] a_to_temp_pred(a).satisfied_by(ex) by {
                assert(a_to_temp_pred_or_q(a).satisfied_by(ex));
            };
        }
    };
    temp_pred_equality::<T>(
        tla_forall(|a: A| a_to_temp_pred(a).or(q)),
        tla_forall(a_to_temp_pred).or(q),
    );
}



proof fn tla_forall_implies_equality1<T, A>(
    a_to_temp_pred: spec_fn(A) -> TempPred<T>,
    q: TempPred<T>,
)
    ensures
        tla_forall(|a: A| a_to_temp_pred(a).implies(q)) == tla_exists(a_to_temp_pred).implies(q),
{
    let a_to_not_p = |a: A| not(a_to_temp_pred(a));
    a_to_temp_pred_equality::<T, A>(
        |a: A| a_to_temp_pred(a).implies(q),
        |a: A| a_to_not_p(a).or(q),
    );
    temp_pred_equality::<T>(
        tla_forall(|a: A| a_to_temp_pred(a).implies(q)),
        tla_forall(|a: A| a_to_not_p(a).or(q)),
    );
    tla_forall_or_equality::<T, A>(a_to_not_p, q);
    tla_forall_not_equality::<T, A>(a_to_temp_pred);
    temp_pred_equality::<T>(
        not(tla_exists(a_to_temp_pred)).or(q),
        tla_exists(a_to_temp_pred).implies(q),
    );
}

proof fn tla_forall_implies_equality2<T, A>(
    p: TempPred<T>,
    a_to_temp_pred: spec_fn(A) -> TempPred<T>,
)
    ensures
        tla_forall(|a: A| p.implies(a_to_temp_pred(a))) == p.implies(tla_forall(a_to_temp_pred)),
{
    a_to_temp_pred_equality::<T, A>(
        |a: A| p.implies(a_to_temp_pred(a)),
        |a: A| a_to_temp_pred(a).or(not(p)),
    );
    temp_pred_equality::<T>(
        tla_forall(|a: A| p.implies(a_to_temp_pred(a))),
        tla_forall(|a: A| a_to_temp_pred(a).or(not(p))),
    );
    tla_forall_or_equality::<T, A>(a_to_temp_pred, not(p));
    temp_pred_equality::<T>(
        tla_forall(a_to_temp_pred).or(not(p)),
        p.implies(tla_forall(a_to_temp_pred)),
    );
}


proof fn tla_forall_leads_to_equality1<T, A>(
    a_to_temp_pred: spec_fn(A) -> TempPred<T>,
    q: TempPred<T>,
)
    ensures
        tla_forall(|a: A| a_to_temp_pred(a).leads_to(q)) == tla_exists(a_to_temp_pred).leads_to(q),
{
    tla_forall_always_equality_variant::<T, A>(
        |a: A| a_to_temp_pred(a).leads_to(q),
        |a: A| a_to_temp_pred(a).implies(eventually(q)),
    );
    tla_forall_implies_equality1::<T, A>(a_to_temp_pred, eventually(q));
}

proof fn tla_forall_always_implies_equality2<T, A>(
    p: TempPred<T>,
    a_to_temp_pred: spec_fn(A) -> TempPred<T>,
)
    ensures
        tla_forall(|a: A| always(p.implies(a_to_temp_pred(a)))) == always(
            p.implies(tla_forall(a_to_temp_pred)),
        ),
{
    tla_forall_always_equality_variant::<T, A>(
        |a: A| always(p.implies(a_to_temp_pred(a))),
        |a: A| p.implies(a_to_temp_pred(a)),
    );
    tla_forall_implies_equality2::<T, A>(p, a_to_temp_pred);
}

proof fn tla_forall_not_equality<T, A>(a_to_temp_pred: spec_fn(A) -> TempPred<T>)
    ensures
        tla_forall(|a: A| not(a_to_temp_pred(a))) == not(tla_exists(a_to_temp_pred)),
{
    let a_to_not_p = |a: A| not(a_to_temp_pred(a));
    assert forall|ex| #[trigger] tla_forall(a_to_not_p).satisfied_by(ex) implies not(
        tla_exists(a_to_temp_pred),
    ).satisfied_by(ex) by {
        assert forall|a| !#[trigger] a_to_temp_pred(a).satisfied_by(ex) by {
            assert(a_to_not_p(a).satisfied_by(ex));
        };
    };
    temp_pred_equality::<T>(
        tla_forall(|a: A| not(a_to_temp_pred(a))),
        not(tla_exists(a_to_temp_pred)),
    );
}


proof fn init_invariant_rec<T>(
    ex: Execution<T>,
    init: StatePred<T>,
    next: ActionPred<T>,
    inv: StatePred<T>,
    i: nat,
)
    requires
        lift_state(init).satisfied_by(ex),
        always(lift_action(next)).satisfied_by(ex),
        lift_state(init).implies(lift_state(inv)).satisfied_by(ex),
        forall|idx: nat|
            inv.apply(#[trigger] ex.suffix(idx).head()) && next.apply(
                ex.suffix(idx).head(),
                ex.suffix(idx).head_next(),
            ) ==> inv.apply(ex.suffix(idx).head_next()),
    ensures
        inv.apply(ex.suffix(i).head()),
    decreases i,
{
    broadcast use {always_unfold, group_execution_suffix_lemmas};

    if i != 0 {
        init_invariant_rec::<T>(ex, init, next, inv, (i - 1) as nat);
    }
}







} // verus!
// Public lemmas about temporal logic for developers to simplify liveness/safety proofs.
verus! {

// Basic Rules of Temporal Logic Operators
/// Lift `StatePred::and` to Verus meta-level.
pub broadcast proof fn state_pred_and_apply_equality<T>(p: StatePred<T>, q: StatePred<T>, s: T)
    ensures
        #[trigger] p.and(q).apply(s) == (p.apply(s) && q.apply(s)),
{
}

/// Lift `StatePred::or` to Verus meta-level.
pub broadcast proof fn state_pred_or_apply_equality<T>(p: StatePred<T>, q: StatePred<T>, s: T)
    ensures
        #[trigger] p.or(q).apply(s) == (p.apply(s) || q.apply(s)),
{
}

/// Lift `StatePred::not` to Verus meta-level.
pub broadcast proof fn state_pred_not_apply_equality<T>(p: StatePred<T>, s: T)
    ensures
        #[trigger] p.not().apply(s) == !p.apply(s),
{
}

/// Lift `StatePred::implies` to Verus meta-level.
pub broadcast proof fn state_pred_implies_apply_equality<T>(p: StatePred<T>, q: StatePred<T>, s: T)
    ensures
        #[trigger] p.implies(q).apply(s) == (p.apply(s) ==> q.apply(s)),
{
}

/// `StatePred::and` distributes over `lift_state`.
///
/// ## Postconditions
/// - `lift_state(p ∧ q) == lift_state(p) ∧ lift_state(q)`
pub broadcast proof fn lift_state_and_equality<T>(p: StatePred<T>, q: StatePred<T>)
    ensures
        #![trigger lift_state(p.and(q))]
        #![trigger lift_state(p).and(lift_state(q))]
        lift_state(p.and(q)) == lift_state(p).and(lift_state(q)),
{
}

/// `StatePred::or` distributes over `lift_state`.
///
/// ## Postconditions
/// - `lift_state(p ∨ q) == lift_state(p) ∨ lift_state(q)`
pub broadcast proof fn lift_state_or_equality<T>(p: StatePred<T>, q: StatePred<T>)
    ensures
        #![trigger lift_state(p.or(q))]
        #![trigger lift_state(p).or(lift_state(q))]
        lift_state(p.or(q)) == lift_state(p).or(lift_state(q)),
{
}

/// `StatePred::not` distributes over `lift_state`.
///
/// ## Postconditions
/// - `lift_state(!p) == !lift_state(p)`
pub broadcast proof fn lift_state_not_equality<T>(p: StatePred<T>)
    ensures
        #![trigger lift_state(p.not())]
        #![trigger not(lift_state(p))]
        lift_state(p.not()) == not(lift_state(p)),
{
}

/// `StatePred::implies` distributes over `lift_state`.
///
/// ## Postconditions
/// - `lift_state(p ⇒ q) == lift_state(p) ⇒ lift_state(q)`
pub broadcast proof fn lift_state_implies_equality<T>(p: StatePred<T>, q: StatePred<T>)
    ensures
        #[trigger] lift_state(p.implies(q)) == lift_state(p).implies(lift_state(q)),
{
}

/// `StatePred::and` distributes over `□`.
///
/// ## Postconditions
/// - `□(p ∧ q) == □p ∧ □q`
pub broadcast proof fn always_and_equality<T>(p: TempPred<T>, q: TempPred<T>)
    ensures
        #[trigger] always(p.and(q)) == always(p).and(always(q)),
{
    broadcast use always_unfold;

    temp_pred_equality::<T>(always(p.and(q)), always(p).and(always(q)));
}

/// Lift entails `TempPred::and` to Verus meta-level.
///
/// If `⊧ p` and `⊧ q`, then `⊧ p ∧ q`.
///
/// ## Preconditions
/// - `spec ⊧ p`
/// - `spec ⊧ q`
/// ## Postconditions
/// - `spec ⊧ p ∧ q`
pub broadcast proof fn entails_and_temp<T>(spec: TempPred<T>, p: TempPred<T>, q: TempPred<T>)
    requires
        spec.entails(p),
        spec.entails(q),
    ensures
        #[trigger] spec.entails(p.and(q)),
{
    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies p.and(q).satisfied_by(ex) by {
        implies_apply::<T>(ex, spec, p);
        implies_apply::<T>(ex, spec, q);
    };
}

/// Lift entails `TempPred::and` to Verus meta-level (reversed direction).
///
/// If `⊧ p ∧ q`, then `⊧ p` and `⊧ q`.
///
/// ## Preconditions
/// - `spec ⊧ p ∧ q`
/// ## Postconditions
/// - `spec ⊧ p`
/// - `spec ⊧ q`
pub broadcast proof fn entails_and_temp_reverse<T>(
    spec: TempPred<T>,
    p: TempPred<T>,
    q: TempPred<T>,
)
    requires
        #[trigger] spec.entails(p.and(q)),
    ensures
        spec.entails(p),
        spec.entails(q),
{
    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies p.satisfied_by(ex) by {
        implies_apply::<T>(ex, spec, p.and(q));
    };
    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies q.satisfied_by(ex) by {
        implies_apply::<T>(ex, spec, p.and(q));
    };
}

/// Lift entails `TempPred::or` to Verus meta-level.
///
/// If `⊧ p` or `⊧ q`, then `⊧ p ∨ q`.
///
/// ## Preconditions
/// - `spec ⊧ p` or `spec ⊧ q`
/// ## Postconditions
/// - `spec ⊧ p ∨ q`
///
/// NOTE: The other direction does not hold in general.
pub broadcast proof fn entails_or_temp<T>(spec: TempPred<T>, p: TempPred<T>, q: TempPred<T>)
    requires
        spec.entails(p) || spec.entails(q),
    ensures
        #[trigger] spec.entails(p.or(q)),
{
    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies p.or(q).satisfied_by(ex) by {
        if spec.entails(p) {
            implies_apply::<T>(ex, spec, p);
        } else {
            implies_apply::<T>(ex, spec, q);
        }
    };
}

/// Lift entails `TempPred::not` to Verus meta-level (reversed direction).
///
/// If `⊧ !p`, then `!(⊧ p)`.
///
/// ## Preconditions
/// - `spec ⊧ !p`
/// ## Postconditions
/// - `!(spec ⊧ p)`
///
/// NOTE: The other direction does not hold in general.
pub broadcast proof fn entails_not_temp_reverse<T>(spec: TempPred<T>, p: TempPred<T>)
    requires
        #[trigger] spec.entails(not(p)),
        spec != false_pred::<T>(),
    ensures
        !spec.entails(p),
{
    if forall|ex| !#[trigger] spec.satisfied_by(ex) {
        temp_pred_equality::<T>(spec, false_pred::<T>());
    }
    let ex = choose|ex| spec.satisfied_by(ex);
    assert(spec.implies(not(p)).satisfied_by(ex));
    assert(!spec.implies(p).satisfied_by(ex));
}

/// Lift entails `TempPred::implies` to Verus meta-level.
///
/// If `⊧ p ⇒ q`, then `⊧ p` implies `⊧ q`.
///
/// ## Preconditions
/// - `spec ⊧ (p ⇒ q)`
/// ## Postconditions
/// - `(spec ⊧ p) ⇒ (spec ⊧ q)`
///
/// NOTE: The other direction does not hold in general.
pub broadcast proof fn entails_implies_temp_reverse<T>(
    spec: TempPred<T>,
    p: TempPred<T>,
    q: TempPred<T>,
)
    requires
        #[trigger] spec.entails(p.implies(q)),
    ensures
        spec.entails(p) ==> spec.entails(q),
{
    if spec.entails(p) {
        assert forall|ex| #[trigger] spec.satisfied_by(ex) implies q.satisfied_by(ex) by {
            implies_apply::<T>(ex, spec, p.implies(q));
            implies_apply::<T>(ex, spec, p);
        };
    }
}

broadcast group group_definition_basics {
    state_pred_and_apply_equality,
    state_pred_or_apply_equality,
    state_pred_not_apply_equality,
    state_pred_implies_apply_equality,
    lift_state_and_equality,
    lift_state_or_equality,
    lift_state_not_equality,
    lift_state_implies_equality,
    always_and_equality,
    entails_and_temp,
    entails_and_temp_reverse,
    entails_or_temp,
    entails_not_temp_reverse,
    entails_implies_temp_reverse,
}

/// Double `□` can be simplified.
///
/// ## Postconditions
/// - `□□p == □p`
pub broadcast proof fn always_double_equality<T>(p: TempPred<T>)
    ensures
        #[trigger] always(always(p)) == always(p),
{
    broadcast use {always_unfold, group_execution_suffix_lemmas};

    assert forall|ex| #[trigger] always(always(p)).satisfied_by(ex) implies always(p).satisfied_by(
        ex,
    ) by {
        assert(always(p).satisfied_by(ex.suffix(0)));
    }
    temp_pred_equality::<T>(always(always(p)), always(p));
}

/// `StatePred::and` distributes over `□` and `lift_state`.
///
/// ## Postconditions
/// - `□(lift_state(p ∧ q)) == □lift_state(p) ∧ □lift_state(q)`
pub broadcast proof fn always_lift_state_and_equality<T>(p: StatePred<T>, q: StatePred<T>)
    ensures
        #[trigger] always(lift_state(p.and(q))) == always(lift_state(p)).and(always(lift_state(q))),
{
    broadcast use group_definition_basics;

}

/// Obviously `p ⇝ p` is valid.
///
/// ## Postconditions
/// - `⊧ p ⇝ p`
pub broadcast proof fn leads_to_self_temp<T>(p: TempPred<T>)
    ensures
        #[trigger] valid(p.leads_to(p)),
{
    broadcast use group_definition_basics;

    assert forall|ex| #[trigger] always(p.implies(eventually(p))).satisfied_by(ex) by {
        assert forall|i| #[trigger] p.satisfied_by(ex.suffix(i)) implies eventually(p).satisfied_by(
            ex.suffix(i),
        ) by {
            assert(ex.suffix(i) == ex.suffix(i).suffix(0));
            eventually_proved_by_witness::<T>(ex.suffix(i), p, 0);
        };
    };
}

/// Entails is transitive.
///
/// ## Preconditions
/// - `p ⊧ q`
/// - `q ⊧ r`
/// ## Postconditions
/// - `p ⊧ r`
pub proof fn entails_trans<T>(p: TempPred<T>, q: TempPred<T>, r: TempPred<T>)
    requires
        p.entails(q),
        q.entails(r),
    ensures
        p.entails(r),
{
    assert forall|ex| p.satisfied_by(ex) implies r.satisfied_by(ex) by {
        implies_apply::<T>(ex, p, q);
        implies_apply::<T>(ex, q, r);
    };
}

/// Introduce `□` to both sides of `⊧`.
///
/// ## Preconditions
/// - `p ⊧ q`
/// ## Postconditions
/// - `□p ⊧ □q`
pub broadcast proof fn entails_preserved_by_always<T>(p: TempPred<T>, q: TempPred<T>)
    requires
        p.entails(q),
    ensures
        #[trigger] always(p).entails(always(q)),
{
    broadcast use always_unfold;

    assert forall|ex| always(p).satisfied_by(ex) implies always(q).satisfied_by(ex) by {
        assert forall|i: nat| q.satisfied_by(#[trigger] ex.suffix(i)) by {
            implies_apply::<T>(ex.suffix(i), p, q);
        };
    };
}


/// If `⊧ □(p ⇒ q)`, then `⊧ p ⇝ q`.
///
/// ## Preconditions
/// - `spec ⊧ □(p ⇒ q)`
/// ## Postconditions
/// - `spec ⊧ p ⇝ q`
pub broadcast proof fn always_implies_to_leads_to<T>(
    spec: TempPred<T>,
    p: TempPred<T>,
    q: TempPred<T>,
)
    requires
        #[trigger] spec.entails(always(p.implies(q))),
    ensures
        spec.entails(p.leads_to(q)),
{
    broadcast use {always_unfold, implies_apply, group_definition_basics};

    assert forall|ex| spec.satisfied_by(ex) implies #[trigger] p.leads_to(q).satisfied_by(ex) by {
        implies_apply(ex, spec, always(p.implies(q)));
        assert forall|i: nat| p.satisfied_by(#[trigger] ex.suffix(i)) implies eventually(
            q,
        ).satisfied_by(ex.suffix(i)) by {
            assert(ex.suffix(i) == ex.suffix(i).suffix(0));
        };
    };
}

/// If entails `□p`, then entails `□(later(p))`.
///
/// ## Preconditions
/// - `spec ⊧ □p`
/// ## Postconditions
/// - `spec ⊧ □p'`
pub broadcast proof fn always_to_always_later<T>(spec: TempPred<T>, p: TempPred<T>)
    requires
        spec.entails(always(p)),
    ensures
        #[trigger] spec.entails(always(later(p))),
{
    broadcast use {always_unfold, group_execution_suffix_lemmas};

    entails_trans(spec, always(p), always(later(p)));
}

/// If `spec1 ⊧ p` and `spec2 ⊧ q`, then `spec1 ∧ spec2 ⊧ p ∧ q`.
///
/// ## Preconditions
/// - `spec1 ⊧ p`
/// - `spec2 ⊧ q`
/// ## Postconditions
/// - `spec1 ∧ spec2 ⊧ p ∧ q`
pub broadcast proof fn entails_and_different_temp<T>(
    spec1: TempPred<T>,
    spec2: TempPred<T>,
    p: TempPred<T>,
    q: TempPred<T>,
)
    requires
        spec1.entails(p),
        spec2.entails(q),
    ensures
        #[trigger] spec1.and(spec2).entails(p.and(q)),
{
    assert forall|ex| #[trigger] spec1.and(spec2).satisfied_by(ex) implies p.and(q).satisfied_by(
        ex,
    ) by {
        implies_apply::<T>(ex, spec1, p);
        implies_apply::<T>(ex, spec2, q);
    };
}



/// If `⊧ p` and `⊧ p ⇝ q`, then `⊧ ◊q`.
///
/// ## Preconditions
/// - `spec ⊧ p`
/// - `spec ⊧ p ⇝ q`
/// ## Postconditions
/// - `spec ⊧ ◊q`
pub broadcast proof fn leads_to_apply<T>(spec: TempPred<T>, p: TempPred<T>, q: TempPred<T>)
    requires
        spec.entails(p),
        #[trigger] spec.entails(p.leads_to(q)),
    ensures
        spec.entails(eventually(q)),
{
    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies eventually(q).satisfied_by(ex) by {
        implies_apply::<T>(ex, spec, p);
        implies_apply::<T>(ex, spec, p.leads_to(q));
        leads_to_unfold::<T>(ex, p, q);
        assert(ex == ex.suffix(0));
        implies_apply::<T>(ex, p, eventually(q));
    };
}

/// Leads to is transitive.
///
/// ## Preconditions
/// - `spec ⊧ p ⇝ q`
/// - `spec ⊧ q ⇝ r`
/// ## Postconditions
/// - `spec ⊧ p ⇝ r`
pub proof fn leads_to_trans<T>(spec: TempPred<T>, p: TempPred<T>, q: TempPred<T>, r: TempPred<T>)
    requires
        spec.entails(p.leads_to(q)),
        spec.entails(q.leads_to(r)),
    ensures
        spec.entails(p.leads_to(r)),
{
    broadcast use group_definition_basics;

    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies p.leads_to(r).satisfied_by(ex) by {
        assert forall|i: nat| #[trigger] p.satisfied_by(ex.suffix(i)) implies eventually(
            r,
        ).satisfied_by(ex.suffix(i)) by {
            entails_apply(ex, spec, p.leads_to(q));
            always_unfold(ex, p.implies(eventually(q)));
            implies_apply(ex.suffix(i), p, eventually(q));
            eventually_unfold(ex.suffix(i), q);
            let q_witness_idx = eventually_choose_witness(ex.suffix(i), q);

            assert(ex.suffix(i + q_witness_idx) == ex.suffix(i).suffix(q_witness_idx));

            entails_apply(ex, spec, q.leads_to(r));
            always_unfold(ex, q.implies(eventually(r)));
            implies_apply(ex.suffix(i + q_witness_idx), q, eventually(r));

            eventually_propagate_backwards(ex.suffix(i), r, q_witness_idx);
        }
    };
}



/// Combine the premises of two `⇝` using `∨`.
///
/// ## Preconditions
///  - `spec ⊧ p ⇝ r`
///  - `spec ⊧ q ⇝ r`
/// ## Postconditions
///  - `spec ⊧ (p ∨ q) ⇝ r`
pub broadcast proof fn or_leads_to_combine<T>(
    spec: TempPred<T>,
    p: TempPred<T>,
    q: TempPred<T>,
    r: TempPred<T>,
)
    requires
        spec.entails(p.leads_to(r)),
        spec.entails(q.leads_to(r)),
    ensures
        #[trigger] spec.entails(p.or(q).leads_to(r)),
{
    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies p.or(q).leads_to(r).satisfied_by(
        ex,
    ) by {
        assert forall|i| #[trigger] p.or(q).satisfied_by(ex.suffix(i)) implies eventually(
            r,
        ).satisfied_by(ex.suffix(i)) by {
            implies_apply::<T>(ex, spec, p.leads_to(r));
            implies_apply::<T>(ex, spec, q.leads_to(r));
            leads_to_unfold::<T>(ex, p, r);
            leads_to_unfold::<T>(ex, q, r);
        };
    };
}


/// Combine the conclusions of two `⇝` if the conclusions are stable.
///
/// ## Preconditions
///  - `spec ⊧ p ⇝ □q`
///  - `spec ⊧ p ⇝ □r`
/// ## Postconditions
/// - `spec ⊧ p ⇝ □(q ∧ r)`
pub broadcast proof fn leads_to_always_combine<T>(
    spec: TempPred<T>,
    p: TempPred<T>,
    q: TempPred<T>,
    r: TempPred<T>,
)
    requires
        spec.entails(p.leads_to(always(q))),
        spec.entails(p.leads_to(always(r))),
    ensures
        #![trigger spec.entails(p.leads_to(always(q).and(always(r))))]
        #![trigger spec.entails(p.leads_to(always(q.and(r))))]
        spec.entails(p.leads_to(always(q.and(r)))),
        spec.entails(p.leads_to(always(q).and(always(r)))),
{
    broadcast use group_definition_basics;

    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies p.leads_to(
        always(q.and(r)),
    ).satisfied_by(ex) by {
        assert forall|i| #[trigger] p.satisfied_by(ex.suffix(i)) implies eventually(
            always(q.and(r)),
        ).satisfied_by(ex.suffix(i)) by {
            implies_apply::<T>(ex, spec, p.leads_to(always(q)));
            implies_apply::<T>(ex, spec, p.leads_to(always(r)));

            implies_apply::<T>(ex.suffix(i), p, eventually(always(q)));
            implies_apply::<T>(ex.suffix(i), p, eventually(always(r)));

            let witness_q_idx = eventually_choose_witness::<T>(ex.suffix(i), always(q));
            let witness_r_idx = eventually_choose_witness::<T>(ex.suffix(i), always(r));

            if witness_q_idx < witness_r_idx {
                always_propagate_forwards::<T>(
                    ex.suffix(i).suffix(witness_q_idx),
                    q,
                    (witness_r_idx - witness_q_idx) as nat,
                );
                assert(ex.suffix(i).suffix(witness_r_idx) == ex.suffix(i).suffix(
                    witness_q_idx,
                ).suffix((witness_r_idx - witness_q_idx) as nat));
                eventually_proved_by_witness(ex.suffix(i), always(q.and(r)), witness_r_idx);
            } else {
                always_propagate_forwards::<T>(
                    ex.suffix(i).suffix(witness_r_idx),
                    r,
                    (witness_q_idx - witness_r_idx) as nat,
                );
                assert(ex.suffix(i).suffix(witness_q_idx) == ex.suffix(i).suffix(
                    witness_r_idx,
                ).suffix((witness_q_idx - witness_r_idx) as nat));
                eventually_proved_by_witness(ex.suffix(i), always(q.and(r)), witness_q_idx);
            }
        };
    };
    always_and_equality(q, r);
}


/// Sandwich `⇝` with `∨ r`.
///
/// ## Preconditions
/// - `spec ⊧ p ⇝ q`
/// ## Postconditions
/// - `spec ⊧ p ∨ r ⇝ q ∨ r`
pub broadcast proof fn leads_to_framed_by_or<T>(
    spec: TempPred<T>,
    p: TempPred<T>,
    q: TempPred<T>,
    r: TempPred<T>,
)
    requires
        spec.entails(p.leads_to(q)),
    ensures
        #[trigger] spec.entails(p.or(r).leads_to(q.or(r))),
{
    broadcast use {implies_apply, group_execution_suffix_lemmas, group_definition_basics};

    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies p.or(r).leads_to(
        q.or(r),
    ).satisfied_by(ex) by {
        assert forall|i| #[trigger] p.or(r).satisfied_by(ex.suffix(i)) implies eventually(
            q.or(r),
        ).satisfied_by(ex.suffix(i)) by {
            implies_apply(ex, spec, p.leads_to(q));
            leads_to_unfold(ex, p, q);
            if p.satisfied_by(ex.suffix(i)) {
                let witness_idx = eventually_choose_witness(ex.suffix(i), q);
                eventually_proved_by_witness(ex.suffix(i), q.or(r), witness_idx);
            } else {
                let witness_idx = 0;
                eventually_proved_by_witness(ex.suffix(i), q.or(r), witness_idx);
            }
        }
    }
}


/// If `⊧ □(lift_state(p))` and `⊧ □(lift_state(q))`, then `⊧ □(lift_state(p ∧ q))`.
///
/// ## Preconditions
///  - `spec ⊧ □lift_state(p)`
///  - `spec ⊧ □lift_state(q)`
/// ## Postconditions
///  - `spec ⊧ □lift_state(p ∧ q)`
pub broadcast proof fn entails_always_lift_state_and<T>(
    spec: TempPred<T>,
    p: StatePred<T>,
    q: StatePred<T>,
)
    requires
        spec.entails(always(lift_state(p))),
        spec.entails(always(lift_state(q))),
    ensures
        #[trigger] spec.entails(always(lift_state(p.and(q)))),
{
    broadcast use group_definition_basics;

}

/// Eliminate and split two state predicates under `□`.
///
/// ## Preconditions
/// - `spec ⊧ □lift_state(p ∧ q)`
/// ## Postconditions
/// - `spec ⊧ □lift_state(p)`
/// - `spec ⊧ □lift_state(q)`
pub broadcast proof fn entails_always_lift_state_and_elim<T>(
    spec: TempPred<T>,
    p: StatePred<T>,
    q: StatePred<T>,
)
    requires
        #[trigger] spec.entails(always(lift_state(p.and(q)))),
    ensures
        spec.entails(always(lift_state(p))),
        spec.entails(always(lift_state(q))),
{
    broadcast use group_definition_basics;

}

// Rules about quantifiers.
/// Lift the `exists` outside `lift_state`.
///
/// ## Postconditions
/// - `lift_state(∃ a: A. p(a)) == ∃ a: A. lift_state(p(a))`
pub broadcast proof fn lift_state_exists_equality<T, A>(a_to_state_pred: spec_fn(A) -> StatePred<T>)
    ensures
        #[trigger] lift_state_exists(a_to_state_pred) == tla_exists(
            |a| lift_state(a_to_state_pred(a)),
        ),
{
    let p = lift_state_exists(a_to_state_pred);
    let q = tla_exists(|a| lift_state(a_to_state_pred(a)));
    let partial_p = |t| exists|a| #[trigger] a_to_state_pred(a).apply(t);
    let partial_q = |a| lift_state(a_to_state_pred(a));
    assert forall|ex| p.satisfied_by(ex) implies q.satisfied_by(ex) by {
        assert(exists|a| #[trigger] a_to_state_pred(a).apply(ex.head()));
        let witness_a = choose|a| #[trigger] a_to_state_pred(a).apply(ex.head());
        assert(partial_q(witness_a).satisfied_by(ex));
    };

    temp_pred_equality::<T>(p, q);
}

/// Lift the `□` outside `tla_forall` if the function is previously wrapped by an `□`.
///
/// ## Postconditions
/// - `∀ a:A. □P(a) == □(∀ a:A. P(a)))`
///
/// NOTE: Verus may not able to infer that `(|a| func(a))(a)` equals `func(a)`.
///       Please turn to lemma [`tla_forall_always_equality_variant`] for troubleshooting.
pub proof fn tla_forall_always_equality<T, A>(a_to_temp_pred: spec_fn(A) -> TempPred<T>)
    ensures
        tla_forall(|a: A| always(a_to_temp_pred(a))) == always(tla_forall(a_to_temp_pred)),
{
    broadcast use {always_unfold, tla_forall_unfold};

    let a_to_always_p = |a: A| always(a_to_temp_pred(a));

    assert forall|ex| #[trigger] tla_forall(a_to_always_p).satisfied_by(ex) implies always(
        tla_forall(a_to_temp_pred),
    ).satisfied_by(ex) by {
        assert forall|i| #[trigger] tla_forall(a_to_temp_pred).satisfied_by(ex.suffix(i)) by {
            assert forall|a| #[trigger] a_to_temp_pred(a).satisfied_by(ex.suffix(i)) by {
                assert(a_to_always_p(a).satisfied_by(ex));
            };
        };
    };

    temp_pred_equality::<T>(
        tla_forall(|a: A| always(a_to_temp_pred(a))),
        always(tla_forall(a_to_temp_pred)),
    );
}

pub proof fn tla_forall_always_equality_variant<T, A>(
    a_to_always: spec_fn(A) -> TempPred<T>,
    a_to_temp_pred: spec_fn(A) -> TempPred<T>,
)
    requires
        forall|a: A|
            #![trigger a_to_always(a)]
            a_to_always(a).entails((|a: A| always(a_to_temp_pred(a)))(a)) && ((|a: A|
                always(a_to_temp_pred(a)))(a)).entails(a_to_always(a)),
    ensures
        tla_forall(a_to_always) == always(tla_forall(a_to_temp_pred)),
{
    a_to_temp_pred_equality::<T, A>(a_to_always, |a: A| always(a_to_temp_pred(a)));
    temp_pred_equality::<T>(tla_forall(a_to_always), tla_forall(|a: A| always(a_to_temp_pred(a))));
    tla_forall_always_equality::<T, A>(a_to_temp_pred);
}

/// If `forall a. P(a)` holds, then `P` holds for any particular `a`.
///
/// ## Postconditions
/// - `∀ a: A. P(a) ⊧ P(a)`
pub broadcast proof fn tla_forall_apply<T, A>(a_to_temp_pred: spec_fn(A) -> TempPred<T>, a: A)
    ensures
        #[trigger] tla_forall(a_to_temp_pred).entails(a_to_temp_pred(a)),
{
    broadcast use tla_forall_unfold;

}

// Used to be named as always_tla_forall_apply

/// If ⊧ `P(a)` for all `a`, then ⊧ `∀ a. P(a)`.
///
/// ## Preconditions
/// - `forall a: A. spec ⊧ P(a)`
///
/// ## Postconditions
/// - `spec ⊧ ∀ a: A. P(a)`
pub broadcast proof fn spec_entails_tla_forall<T, A>(
    spec: TempPred<T>,
    a_to_temp_pred: spec_fn(A) -> TempPred<T>,
)
    requires
        forall|a: A| spec.entails(#[trigger] a_to_temp_pred(a)),
    ensures
        #[trigger] spec.entails(tla_forall(a_to_temp_pred)),
{
    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies tla_forall(
        a_to_temp_pred,
    ).satisfied_by(ex) by {
        assert forall|a| #[trigger] a_to_temp_pred(a).satisfied_by(ex) by {
            implies_apply::<T>(ex, spec, a_to_temp_pred(a));
        };
    };
}


/// If ⊧ `□(p ⇒ P(a))` for all `a`, then ⊧ `□(p ⇒ forall a. P(a))`.
///
/// ## Preconditions
///  - `forall a: A. spec ⊧ □(p ⇒ P(a))`
/// ## Postconditions
///  - `spec ⊧ □(p ⇒ (∀ a: A. P(a)))`
pub broadcast proof fn always_implies_forall_intro<T, A>(
    spec: TempPred<T>,
    p: TempPred<T>,
    a_to_temp_pred: spec_fn(A) -> TempPred<T>,
)
    requires
        forall|a: A| #[trigger] spec.entails(always(p.implies(a_to_temp_pred(a)))),
    ensures
        #[trigger] spec.entails(always(p.implies(tla_forall(a_to_temp_pred)))),
{
    let a_to_always_p_implies_q = |a: A| always(p.implies(a_to_temp_pred(a)));
    spec_entails_tla_forall::<T, A>(spec, a_to_always_p_implies_q);
    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies always(
        p.implies(tla_forall(a_to_temp_pred)),
    ).satisfied_by(ex) by {
        implies_apply::<T>(ex, spec, tla_forall(a_to_always_p_implies_q));
        tla_forall_always_implies_equality2::<T, A>(p, a_to_temp_pred)
    };
}

/// If ⊧ `P(a) ⇝ q` for all `a`, then ⊧ `exists a. P(a) leads_to q`.
///
/// ## Preconditions
///  - `forall a: A. spec ⊧ P(a) ⇝ q`
/// ## Postconditions
///  - `spec ⊧ (∃ a: A. P(a)) ⇝ q`
pub broadcast proof fn tla_exists_leads_to_intro<T, A>(
    spec: TempPred<T>,
    a_to_temp_pred: spec_fn(A) -> TempPred<T>,
    q: TempPred<T>,
)
    requires
        forall|a: A| #[trigger] spec.entails(a_to_temp_pred(a).leads_to(q)),
    ensures
        #[trigger] spec.entails(tla_exists(a_to_temp_pred).leads_to(q)),
{
    let a_to_temp_pred_leads_to_q = |a: A| a_to_temp_pred(a).leads_to(q);
    spec_entails_tla_forall::<T, A>(spec, a_to_temp_pred_leads_to_q);
    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies tla_exists(a_to_temp_pred).leads_to(
        q,
    ).satisfied_by(ex) by {
        implies_apply::<T>(ex, spec, tla_forall(a_to_temp_pred_leads_to_q));
        tla_forall_leads_to_equality1::<T, A>(a_to_temp_pred, q);
    };
}


pub broadcast proof fn entails_tla_exists_by_witness<T, A>(
    spec: TempPred<T>,
    p: spec_fn(A) -> TempPred<T>,
    a: A,
)
    requires
        #[trigger] spec.entails(p(a)),
    ensures
        spec.entails(tla_exists(p)),
{
    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies tla_exists(p).satisfied_by(ex) by {
        implies_apply::<T>(ex, spec, p(a));
        tla_exists_unfold::<T, A>(ex, p);
    };
}

pub proof fn implies_tla_exists_by_witness<T, A>(
    spec: TempPred<T>,
    p: TempPred<T>,
    q: spec_fn(A) -> TempPred<T>,
    a: A,
)
    requires
        spec.entails(p.implies(q(a))),
    ensures
        spec.entails(p.implies(tla_exists(q))),
{
    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies p.implies(
        tla_exists(q),
    ).satisfied_by(ex) by {
        implies_apply(ex, spec, p.implies(q(a)));
    };
}

pub broadcast proof fn implies_tla_exists_intro<T, A>(
    spec: TempPred<T>,
    p: TempPred<T>,
    q: spec_fn(A) -> TempPred<T>,
)
    requires
        exists|a: A| #[trigger] spec.entails(p.implies(q(a))),
    ensures
        #[trigger] spec.entails(p.implies(tla_exists(q))),
{
    let witness = choose|a: A| #[trigger] spec.entails(p.implies(q(a)));
    implies_tla_exists_by_witness(spec, p, q, witness);
}

pub proof fn leads_to_tla_exists_by_witness<T, A>(
    spec: TempPred<T>,
    p: TempPred<T>,
    q: spec_fn(A) -> TempPred<T>,
    a: A,
)
    requires
        spec.entails(p.leads_to(q(a))),
    ensures
        spec.entails(p.leads_to(tla_exists(q))),
{
    assert forall|ex| #[trigger] always(q(a).implies(tla_exists(q))).satisfied_by(ex) by {
        assert forall|i: nat| q(a).implies(tla_exists(q)).satisfied_by(ex.suffix(i)) by {
            if q(a).satisfied_by(ex.suffix(i)) {
                tla_exists_proved_by_witness(ex.suffix(i), q, a);
            }
        };
    };
    leads_to_weaken(spec, p, q(a), p, tla_exists(q));
}

pub broadcast proof fn leads_to_tla_exists_intro<T, A>(
    spec: TempPred<T>,
    p: TempPred<T>,
    q: spec_fn(A) -> TempPred<T>,
)
    requires
        exists|a: A| #[trigger] spec.entails(p.leads_to(q(a))),
    ensures
        #[trigger] spec.entails(p.leads_to(tla_exists(q))),
{
    let witness = choose|a: A| #[trigger] spec.entails(p.leads_to(q(a)));
    leads_to_tla_exists_by_witness(spec, p, q, witness);
}

pub broadcast proof fn lift_state_exists_leads_to_intro<T, A>(
    spec: TempPred<T>,
    a_to_temp_pred: spec_fn(A) -> StatePred<T>,
    q: TempPred<T>,
)
    requires
        forall|a: A| #[trigger] spec.entails(lift_state(a_to_temp_pred(a)).leads_to(q)),
    ensures
        #[trigger] spec.entails(lift_state_exists(a_to_temp_pred).leads_to(q)),
{
    lift_state_exists_equality(a_to_temp_pred);
    let lifted_a_to_temp_pred = |a: A| lift_state(a_to_temp_pred(a));
    tla_exists_leads_to_intro(spec, lifted_a_to_temp_pred, q);
}

pub broadcast proof fn state_exists_intro<T, A>(a_to_temp_pred: spec_fn(A) -> StatePred<T>, s: T)
    requires
        exists|a: A| #[trigger] a_to_temp_pred(a).apply(s),
    ensures
        #[trigger] StatePred::state_exists(a_to_temp_pred).apply(s),
{
}

pub broadcast proof fn lift_state_exists_absorb_equality<T, A>(
    a_to_state_pred: spec_fn(A) -> StatePred<T>,
    state_pred: StatePred<T>,
)
    ensures
        #[trigger] lift_state_exists(a_to_state_pred).and(lift_state(state_pred))
            == lift_state_exists(StatePred::absorb(a_to_state_pred, state_pred)),
{
    broadcast use group_definition_basics;

    let lhs = lift_state_exists(a_to_state_pred).and(lift_state(state_pred));
    let rhs = lift_state_exists(StatePred::absorb(a_to_state_pred, state_pred));

    assert forall|ex| lhs.satisfied_by(ex) == rhs.satisfied_by(ex) by {
        let s = ex.head();

        if lhs.satisfied_by(ex) {
            let a = choose|a| #[trigger] a_to_state_pred(a).apply(s);
            assert(StatePred::absorb(a_to_state_pred, state_pred)(a).apply(s));
        }
        if rhs.satisfied_by(ex) {
            let a = choose|a| #[trigger] StatePred::absorb(a_to_state_pred, state_pred)(a).apply(s);
        }
    }
    temp_pred_equality(lhs, rhs);
}

pub broadcast proof fn lift_state_forall_absorb_equality<T, A>(
    a_to_state_pred: spec_fn(A) -> StatePred<T>,
    state_pred: StatePred<T>,
)
    requires
        ISet::<A>::full() != ISet::<A>::empty(),
    ensures
        #[trigger] lift_state_forall(a_to_state_pred).and(lift_state(state_pred))
            == lift_state_forall(StatePred::absorb(a_to_state_pred, state_pred)),
{
    broadcast use group_definition_basics;

    let lhs = lift_state_forall(a_to_state_pred).and(lift_state(state_pred));
    let rhs = lift_state_forall(StatePred::absorb(a_to_state_pred, state_pred));

    assert forall|ex| lhs.satisfied_by(ex) == rhs.satisfied_by(ex) by {
        let s = ex.head();

        if lhs.satisfied_by(ex) {
            assert forall|a| #[trigger]
                StatePred::absorb(a_to_state_pred, state_pred)(a).apply(s) by {}
        }
        if rhs.satisfied_by(ex) {
            let a = choose|a| ISet::<A>::full().contains(a);
            assert(StatePred::absorb(a_to_state_pred, state_pred)(a).apply(s));
            assert forall|a| #[trigger] a_to_state_pred(a).apply(s) by {
                assert(StatePred::absorb(a_to_state_pred, state_pred)(a).apply(s));
            }
        }
    }
    temp_pred_equality(lhs, rhs);
}


/// Leads to `□tla_forall(a_to_temp_pred)` if forall `a`, it leads to `□a_to_temp_pred(a)`.
///
/// ## Preconditions
/// - `forall |a: A|, spec ⊧ p ⇝ □a_to_temp_pred(a)`
/// - `forall |a: A|, a \in domain`
/// - `domain.is_finite() && domain.len() > 0`
/// ## Postconditions
/// - `spec ⊧ □tla_forall(a_to_temp_pred)`
///
/// The domain set assist in showing type A contains finite elements.
//
// This lemma is actually similar to leads_to_always_combine_n when the n predicates are all a_to_temp_pred(a) for some a.
// This is because tla_forall(a_to_temp_pred) == a_to_temp_pred(a1).and(a_to_temp_pred(a2))....and(a_to_temp_pred(an)), We only consider the case when
// type A is finite here.

// Rules about stability.
/// An `□` predicate is `stable`.
///
/// ## Postconditions
/// - `⊧ stable(□p)`
pub broadcast proof fn always_p_is_stable<T>(p: TempPred<T>)
    ensures
        #[trigger] valid(stable(always(p))),
{
    broadcast use {always_unfold, always_propagate_forwards};

}


/// `p ∧ q` is stable if both `p` and `q` are stable.
///
/// ## Preconditions
/// - `⊧ stable(p)`
/// - `⊧ stable(q)`
/// ## Postconditions
/// - `⊧ stable(p ∧ q)`
pub broadcast proof fn stable_and_temp<T>(p: TempPred<T>, q: TempPred<T>)
    requires
        valid(stable(p)),
        valid(stable(q)),
    ensures
        #[trigger] valid(stable(p.and(q))),
{
    assert forall|ex| #[trigger] p.and(q).satisfied_by(ex) implies always(p.and(q)).satisfied_by(
        ex,
    ) by {
        stable_unfold::<T>(ex, p);
        stable_unfold::<T>(ex, q);
    }
}




/// Make the predicate as concise as possible.
///
/// Similar to the first-order logic where `p` equals `p ∧ q` when `p -> q` is satisfied,
/// we can reduce the size of predicate when some part of it implies the rest.
///
/// ## Preconditions
/// - `p ⊧ q`
/// ## Postconditions
/// - `p == p ∧ q`
// Used to be named as simplify_predicate.


// More advanced rules.


/// Weaken `⇝` by `⇒`.
///
/// ## Preconditions
/// - `spec ⊧ □(p2 ⇒ p1)`
/// - `spec ⊧ □(q1 ⇒ q2)`
/// - `spec ⊧ p1 ⇝ q1`
/// ## Postconditions
/// - `spec ⊧ p2 ⇝ q2`
pub proof fn leads_to_weaken<T>(
    spec: TempPred<T>,
    p1: TempPred<T>,
    q1: TempPred<T>,
    p2: TempPred<T>,
    q2: TempPred<T>,
)
    requires
        spec.entails(always(p2.implies(p1))),
        spec.entails(always(q1.implies(q2))),
        spec.entails(p1.leads_to(q1)),
    ensures
        spec.entails(p2.leads_to(q2)),
{
    always_implies_to_leads_to::<T>(spec, p2, p1);
    always_implies_to_leads_to::<T>(spec, q1, q2);
    leads_to_trans::<T>(spec, p2, p1, q1);
    leads_to_trans::<T>(spec, p2, q1, q2);
}








// Rules about state machine transitions.
/// Prove safety by induction.
///
/// ## Preconditions
/// - `⊧ init ⇒ inv``
/// - `⊧ inv ∧ next ⇒ inv'`
/// - `spec ⊧ init ∧ □next`
/// ## Postconditions
/// - `spec ⊧ □inv`
pub proof fn init_invariant<T>(
    spec: TempPred<T>,
    init: StatePred<T>,
    next: ActionPred<T>,
    inv: StatePred<T>,
)
    requires
        forall|s: T| #[trigger] init.apply(s) ==> inv.apply(s),
        forall|s, s_prime: T|
            inv.apply(s) && #[trigger] next.apply(s, s_prime) ==> inv.apply(s_prime),
        spec.entails(lift_state(init)),
        spec.entails(always(lift_action(next))),
    ensures
        spec.entails(always(lift_state(inv))),
{
    broadcast use group_tla_rules;

    assert forall|ex: Execution<T>| spec.satisfied_by(ex) implies #[trigger] always(
        lift_state(inv),
    ).satisfied_by(ex) by {
        implies_apply(ex, spec, lift_state(init));
        implies_apply(ex, spec, always(lift_action(next)));
        assert forall|i: nat| inv.apply(#[trigger] ex.suffix(i).head()) by {
            init_invariant_rec(ex, init, next, inv, i);
        };
    };
}






// Macros for multiple-predicate variants of the above rules.



// Combine multiple StatePred using `.and`.
// Usage: state_pred_and!(p1) | p1
//        state_pred_and!(p1, p2) | p1.and(p2)
//        state_pred_and!(p1, p2, p3, ...) | p1.and(p2).and(p3)...


// Combine multiple TempPred using `.and`.
// Usage: temp_pred_and!(p1) | p1
//        temp_pred_and!(p1, p2) | p1.and(p2)
//        temp_pred_and!(p1, p2, p3, ...) | p1.and(p2).and(p3)...



// Entails the conjunction of all the p if entails each of them.
// ## Preconditions
//     spec ⊧ p1
//     spec ⊧ p2
//        ...
//     spec ⊧ pn
// ## Postconditions
//     spec ⊧ p1 ∧ p2 ∧ ... ∧ pn
//
// Usage: entails_and_n!(spec, p1, p2, p3, p4)



// Entails □ the conjunction of all the p if entails each always p.
// ## Preconditions
//     spec ⊧ □p1
//     spec ⊧ □p2
//        ...
//     spec ⊧ □pn
// ## Postconditions
//     spec ⊧ □(p1 ∧ p2 ∧ ... ∧ pn)
//
// Usage: entails_always_and_n!(spec, p1, p2, p3, p4)






// □(lift_state(state_pred_and!(p1, p2, ..., pn))) == □(lift_state(p1)).and(□(lift_state(p2))).and(...).and(□(lift_state(pn)))



// Combine the premises of all the leads_to using or.
// ## Preconditions
//     spec ⊧ p1 ⇝ q
//     spec ⊧ p2 ⇝ q
//         ...
//     spec ⊧ pn ⇝ q
// ## Postconditions
//     spec ⊧ (p1 ∨ p2 ∨ ... ∨ pn) ⇝ q
//
// Usage: or_leads_to_combine_n!(spec, p1, p2, p3, p4; q)



// Combine or_leads_to_combine and temp_pred_equality.
// The 'result' is the equivalent temporal predicate of joining all following predicates with ∨.


// Leads to the conjunction of all the □q if leads to each of them.
// ## Preconditions
//     spec ⊧ p ⇝ □q1
//     spec ⊧ p ⇝ □q2
//        ...
//     spec ⊧ p ⇝ □qn
// ## Postconditions
//     spec ⊧ p ⇝ □(q1 ∧ q2 ∧ ... ∧ qn)
//
// Usage: leads_to_always_combine_n!(spec, p, q1, q2, q3, q4)






// Strengthen next with arbitrary number of predicates.
// ## Preconditions
//     spec ⊧ □p1
//     spec ⊧ □p2
//        ...
//     spec ⊧ □pn
//     p1 ∧ p2 ∧ ... ∧ pn ==> partial_spec
// ## Postconditions
//     spec ⊧ □all
//
// Usage: combine_spec_entails_always_n!(spec, partial_spec, p1, p2, p3, p4)



// Combine multiple □ lift_state predicates using AND.
// ## Preconditions
//     spec ⊧ □lift_state(p1)
//     spec ⊧ □lift_state(p2)
//     ...
//     spec ⊧ □lift_state(pn)
// ## Postconditions
// spec ⊧ □lift_state(combine_state_pred!(p1, p2, ..., pn))  // spec ⊧ □lift_state(|s| p1(s) && p2(s) && ... && pn(s))
//
// Usage: entails_always_lift_state_and_n!(spec, p1, p2, p3, p4)



// Show that an spec entails the invariant by a group of action/state predicates which are also invariants entailed by spec.
// ## Preconditions
//     partial_spec ⊧ inv
//     spec ⊧ □p1
//     spec ⊧ □p2
//         ...
//     spec ⊧ □pn
//     p1 ∧ p2 ∧ ... ∧ pn ==> partial_spec
// ## Postconditions
//     spec ⊧ □inv
//
// Usage: invariant_n!(spec, partial_spec, inv, p1, p2, ..., pn)



// The conjunction of all the p is stable if each p is stable.
// ## Preconditions
//     ⊧ stable(p1)
//     ⊧ stable(p2)
//      ...
//     ⊧ stable(pn)
// ## Postconditions
//     ⊧ stable(p1 ∧ p2 ∧ ... ∧ pn)
//
// Usage: stable_and_n!(p1, p2, p3, p4)



// The conjunction of all the p is stable if each p is stable.
// ## Postconditions
//     ⊧ stable(□p1 ∧ □p2 ∧ ... ∧ □pn)
//
// Usage: stable_and_always_n!(p1, p2, p3, p4)



// Implies new invariant from multiple proved invariants.
// ## Preconditions
//     ⊧ init ⇒ inv
//     ⊧ inv ∧ p1 ∧ p2 ∧ ... ∧ pn ∧ next ⇒ inv'
//     spec ⊧ lift_state(init)
//     spec ⊧ □(lift_action(next))
//     spec ⊧ □lift_state(p1)
//     spec ⊧ □lift_state(p2)
//     ...
//     spec ⊧ □lift_state(pn)
// ## Postconditions
//     spec ⊧ □lift_state(inv)
//
// Usage: implies_new_invariant_n!(spec, init, next, inv, p1, p2, p3, ...)



// Strengthen wf1_by_borrowing_inv with multiple invariants.
// ## Preconditions
//     spec ⊧ □next
//     spec ⊧ □inv1
//     spec ⊧ □inv2
//        ...
//     spec ⊧ □invn
//     ⊧ p ∧ inv1 ∧ inv2 ∧ ... ∧ invn ∧ next ⇒ p' ∨ q'
//     ⊧ p ∧ inv1 ∧ inv2 ∧ ... ∧ invn ∧ next ∧ forward ⇒ q'
//     ⊧ p ∧ inv1 ∧ inv2 ∧ ... ∧ invn ⇒ enabled(forward)
//     spec ⊧ wf(forward)
// ## Postconditions
//     spec ⊧ p ⇝ q
// Usage: wf1_by_borrowing_inv_n!(spec, next, forward, p, q, inv1, inv2, inv3, ...)


// Apply always_lift_state_weaken with multiple predicates.
// ## Preconditions
//     forall |s| p1(s) && p2(s) && ... && pn(s) ==> h(s)
//     spec ⊧ □lift_state(p1)
//     spec ⊧ □lift_state(p2)
//     ...
//     spec ⊧ □lift_state(pn)
// ## Postconditions
//     spec ⊧ □lift_state(h)
//
// Usage: always_lift_state_weaken_n!(spec, p1, p2, p3, ..., h)



pub broadcast group group_tla_rules {
    state_pred_and_apply_equality,
    state_pred_or_apply_equality,
    state_pred_implies_apply_equality,
    state_pred_not_apply_equality,
    lift_state_and_equality,
    lift_state_or_equality,
    lift_state_not_equality,
    lift_state_implies_equality,
    entails_and_temp,
    entails_and_temp_reverse,
    entails_or_temp,
    entails_not_temp_reverse,
    entails_implies_temp_reverse,
    always_lift_state_and_equality,
    always_implies_to_leads_to,
    always_to_always_later,
    always_double_equality,
    always_and_equality,
    tla_forall_apply,
    spec_entails_tla_forall,  // may slow down proofs
    always_implies_forall_intro,  // may slow down proofs
    tla_exists_leads_to_intro,  // may slow down proofs
    leads_to_self_temp,
    entails_and_different_temp,
    always_p_is_stable,
    stable_and_temp,
    entails_preserved_by_always,
    leads_to_apply,  // may slow down proofs
    or_leads_to_combine,
    leads_to_always_combine,
    leads_to_framed_by_or,
    lift_state_exists_equality,
    implies_tla_exists_intro,
    leads_to_tla_exists_intro,
    state_exists_intro,  // may be unnecessary
    entails_always_lift_state_and,  // may slow down proofs
    entails_always_lift_state_and_elim,
    entails_tla_exists_by_witness,  // may slow down proofs
    lift_state_exists_leads_to_intro,
    lift_state_exists_absorb_equality,
    lift_state_forall_absorb_equality,
    lift_state_not_equality,
}

} // verus!
}

pub use defs::*;
pub use rules::*;
}
