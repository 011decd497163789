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

pub mod prelude {

// pub use super::array_ptr::*;







pub use super::trans_macros::*;



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

    
    
    }

#[verifier::ext_equal]
#[verifier(reject_recursive_types(T))]
pub struct ActionPred<T> {
    pub pred: spec_fn(T, T) -> bool,
}

impl<T> ActionPred<T> {
    
    
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



// |ex| temp_pred.satisfied_by(ex) ==> forall |i: nat| temp_pred.satisfied_by(ex.suffix(i))

// Returns a state predicate that is satisfied
// iff `action_pred` can be satisfied by any possible following state and the current state
//
// enabled() is used for checking whether a particular action is enabled at this **state**
//
// Note: it says whether the action *can possibly* happen, rather than whether the action *actually does* happen!
pub open spec fn enabled<T>(action_pred: ActionPred<T>) -> StatePred<T> {
    StatePred::new(|s: T| exists|s_prime: T| #[trigger] action_pred.apply(s, s_prime))
}

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
pub open spec fn weak_fairness<T>(action_pred: ActionPred<T>) -> TempPred<T> {
    always(lift_state(enabled(action_pred))).leads_to(lift_action(action_pred))
}

// `|=` for temporal predicates in TLA+.
// Returns true iff `temp_pred` is satisfied by all possible executions (behaviors).
//
// Defined in 3.3.
pub open spec fn valid<T>(temp_pred: TempPred<T>) -> bool {
    forall|ex: Execution<T>| temp_pred.satisfied_by(ex)
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




proof fn leads_to_unfold<T>(ex: Execution<T>, p: TempPred<T>, q: TempPred<T>)
    requires
        p.leads_to(q).satisfied_by(ex),
    ensures
        forall|i: nat| p.implies(eventually(q)).satisfied_by(#[trigger] ex.suffix(i)),
{
}

proof fn weak_fairness_unfold<T>(ex: Execution<T>, p: ActionPred<T>)
    requires
        weak_fairness(p).satisfied_by(ex),
    ensures
        forall|i|
            always(lift_state(enabled(p))).implies(eventually(lift_action(p))).satisfied_by(
                #[trigger] ex.suffix(i),
            ),
{
}







proof fn implies_apply_with_always<T>(ex: Execution<T>, p: TempPred<T>, q: TempPred<T>)
    requires
        always(p.implies(q)).satisfied_by(ex),
        always(p).satisfied_by(ex),
    ensures
        always(q).satisfied_by(ex),
{
    broadcast use always_unfold;

}




broadcast proof fn always_propagate_forwards<T>(ex: Execution<T>, p: TempPred<T>, i: nat)
    requires
        always(p).satisfied_by(ex),
    ensures
        #[trigger] always(p).satisfied_by(ex.suffix(i)),
{
    broadcast use {always_unfold, group_execution_suffix_lemmas};

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

















proof fn always_p_or_eventually_q_rec<T>(
    ex: Execution<T>,
    next: TempPred<T>,
    p: TempPred<T>,
    q: TempPred<T>,
    i: nat,
)
    requires
        always(p.and(next).implies(later(p).or(later(q)))).satisfied_by(ex),
        always(next).satisfied_by(ex),
        always(not(q)).satisfied_by(ex),
        p.satisfied_by(ex),
    ensures
        p.satisfied_by(ex.suffix(i)),
    decreases i,
{
    broadcast use {always_unfold, group_execution_suffix_lemmas};

    if i != 0 {
        always_p_or_eventually_q_rec::<T>(ex, next, p, q, (i - 1) as nat);
    }
}

proof fn always_p_or_eventually_q<T>(
    ex: Execution<T>,
    next: TempPred<T>,
    p: TempPred<T>,
    q: TempPred<T>,
)
    requires
        always(p.and(next).implies(later(p).or(later(q)))).satisfied_by(ex),
        always(next).satisfied_by(ex),
    ensures
        always(p.implies(always(p).or(eventually(q)))).satisfied_by(ex),
{
    broadcast use {always_unfold, implies_apply, group_execution_suffix_lemmas};

    assert forall|i| p.satisfied_by(#[trigger] ex.suffix(i)) implies always(p).satisfied_by(
        ex.suffix(i),
    ) || eventually(q).satisfied_by(ex.suffix(i)) by {
        if !eventually(q).satisfied_by(ex.suffix(i)) {
            assert forall|j| p.satisfied_by(#[trigger] ex.suffix(i).suffix(j)) by {
                always_p_or_eventually_q_rec::<T>(ex.suffix(i), next, p, q, j);
            };
        }
    };
}


proof fn instantiate_entailed_always<T>(ex: Execution<T>, i: nat, spec: TempPred<T>, p: TempPred<T>)
    requires
        spec.satisfied_by(ex),
        spec.implies(always(p)).satisfied_by(ex),
    ensures
        p.satisfied_by(ex.suffix(i)),
{
    broadcast use {always_unfold, implies_apply};

}

proof fn instantiate_entailed_leads_to<T>(
    ex: Execution<T>,
    i: nat,
    spec: TempPred<T>,
    p: TempPred<T>,
    q: TempPred<T>,
)
    requires
        spec.satisfied_by(ex),
        spec.implies(p.leads_to(q)).satisfied_by(ex),
    ensures
        p.implies(eventually(q)).satisfied_by(ex.suffix(i)),
{
    broadcast use implies_apply;

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




// Used to be named as always_tla_forall_apply
















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
/// Proving `p ⇝ q` by borrowing the inv.
///
/// ## Preconditions
/// - `spec ⊧ p ∧ inv ⇝ q`
/// - `spec ⊧ □inv`
/// ## Postconditions
/// - `spec ⊧ p ⇝ q`
pub proof fn leads_to_by_borrowing_inv<T>(
    spec: TempPred<T>,
    p: TempPred<T>,
    q: TempPred<T>,
    inv: TempPred<T>,
)
    requires
        spec.entails(p.and(inv).leads_to(q)),
        spec.entails(always(inv)),
    ensures
        spec.entails(p.leads_to(q)),
{
    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies p.leads_to(q).satisfied_by(ex) by {
        assert forall|i| #[trigger] p.satisfied_by(ex.suffix(i)) implies eventually(q).satisfied_by(
            ex.suffix(i),
        ) by {
            instantiate_entailed_always(ex, i, spec, inv);
            instantiate_entailed_leads_to(ex, i, spec, p.and(inv), q);
        }
    }
}










// Rules about state machine transitions.


/// Get the initial `⇝`.
///
/// ## Preconditions
/// - `spec ⊧ □(p ∧ next ⇒ p' ∨ q')`
/// - `spec ⊧ □(p ∧ next ∧ forward ⇒ q')`
/// - `spec ⊧ □next`
/// - `spec ⊧ □p ⇝ forward`
/// ## Postconditions
/// - `spec ⊧ p ⇝ q`
pub proof fn wf1_variant_temp<T>(
    spec: TempPred<T>,
    next: TempPred<T>,
    forward: TempPred<T>,
    p: TempPred<T>,
    q: TempPred<T>,
)
    requires
        spec.entails(always(p.and(next).implies(later(p).or(later(q))))),
        spec.entails(always(p.and(next).and(forward).implies(later(q)))),
        spec.entails(always(next)),
        spec.entails(always(p).leads_to(forward)),
    ensures
        spec.entails(p.leads_to(q)),
{
    broadcast use group_tla_rules;

    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies p.leads_to(q).satisfied_by(ex) by {
        assert forall|i| #[trigger] p.satisfied_by(ex.suffix(i)) implies eventually(q).satisfied_by(
            ex.suffix(i),
        ) by {
            implies_apply::<T>(ex, spec, always(next));
            implies_apply::<T>(ex, spec, always(p.and(next).implies(later(p).or(later(q)))));
            implies_apply::<T>(ex, spec, always(p.and(next).and(forward).implies(later(q))));

            always_p_or_eventually_q::<T>(ex, next, p, q);
            implies_apply::<T>(ex.suffix(i), p, always(p).or(eventually(q)));
            if always(p).satisfied_by(ex.suffix(i)) {
                implies_apply::<T>(ex, spec, always(p).leads_to(forward));
                leads_to_unfold::<T>(ex, always(p), forward);
                implies_apply::<T>(ex.suffix(i), always(p), eventually(forward));
                let witness_idx = eventually_choose_witness::<T>(ex.suffix(i), forward);

                always_propagate_forwards::<T>(ex, next, i);
                always_propagate_forwards::<T>(ex, p.and(next).and(forward).implies(later(q)), i);
                implies_apply::<T>(
                    ex.suffix(i).suffix(witness_idx),
                    p.and(next).and(forward),
                    later(q),
                );
                assert(ex.suffix(i).suffix(witness_idx).suffix(1) == ex.suffix(i).suffix(
                    witness_idx + 1,
                ));
                eventually_proved_by_witness::<T>(ex.suffix(i), q, witness_idx + 1);
            }
        }
    }
}


/// Get the initial `⇝` with a stronger wf assumption by borrowing existing inv.
///
/// ## Preconditions
/// - `⊧ p ∧ inv ∧ next ⇒ p' ∨ q'`
/// - `⊧ p ∧ inv ∧ next ∧ forward ⇒ q'`
/// - `⊧ p ∧ inv ⇒ enabled(forward)`
/// - `spec ⊧ □lift_action(next)`
/// - `spec ⊧ □lift_state(inv)`
/// - `spec ⊧ wf(forward)`
/// ## Postconditions
/// - `spec ⊧ p ⇝ q`
pub proof fn wf1_by_borrowing_inv<T>(
    spec: TempPred<T>,
    next: ActionPred<T>,
    forward: ActionPred<T>,
    p: StatePred<T>,
    q: StatePred<T>,
    inv: StatePred<T>,
)
    requires
        forall|s, s_prime: T|
            p.apply(s) && inv.apply(s) && #[trigger] next.apply(s, s_prime) ==> p.apply(s_prime)
                || q.apply(s_prime),
        forall|s, s_prime: T|
            p.apply(s) && inv.apply(s) && #[trigger] next.apply(s, s_prime) && forward.apply(
                s,
                s_prime,
            ) ==> q.apply(s_prime),
        forall|s: T| #[trigger] p.apply(s) && inv.apply(s) ==> enabled(forward).apply(s),
        spec.entails(always(lift_action(next))),
        spec.entails(always(lift_state(inv))),
        spec.entails(weak_fairness(forward)),
    ensures
        spec.entails(lift_state(p).leads_to(lift_state(q))),
{
    broadcast use group_tla_rules;

    let next_and_inv = lift_action(next).and(lift_state(inv));

    assert forall|ex| #[trigger] spec.satisfied_by(ex) implies always(
        lift_state(p).and(lift_state(inv)),
    ).leads_to(lift_action(forward)).satisfied_by(ex) by {
        assert forall|i| #[trigger]
            always(lift_state(p).and(lift_state(inv))).satisfied_by(
                ex.suffix(i),
            ) implies eventually(lift_action(forward)).satisfied_by(ex.suffix(i)) by {
            implies_apply_with_always::<T>(
                ex.suffix(i),
                lift_state(p).and(lift_state(inv)),
                lift_state(enabled(forward)),
            );
            assert(ex.suffix(i).suffix(0) == ex.suffix(i));
            implies_apply::<T>(ex, spec, weak_fairness(forward));
            weak_fairness_unfold::<T>(ex, forward);
            implies_apply::<T>(
                ex.suffix(i),
                lift_state(enabled(forward)),
                eventually(lift_action(forward)),
            );
        };
    };
    entails_always_and_n!(spec, lift_action(next), lift_state(inv));
    always_and_equality(lift_state(p), lift_state(inv));
    always_double_equality(lift_state(inv));
    leads_to_by_borrowing_inv(
        spec,
        always(lift_state(p)),
        lift_action(forward),
        always(lift_state(inv)),
    );
    wf1_variant_temp::<T>(spec, next_and_inv, lift_action(forward), lift_state(p), lift_state(q));
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
#[macro_export]
macro_rules! entails_always_and_n {
    [$($tail:tt)*] => {
        ::vstd::prelude::verus_proof_macro_exprs!($crate::temporal_logic::rules::entails_always_and_n_internal!($($tail)*));
    };
}

#[macro_export]
macro_rules! entails_always_and_n_internal {
    ($spec:expr, $p1:expr $(,)?) => {};
    ($spec:expr, $p1:expr, $p2:expr $(,)?) => {
        entails_and_temp($spec, always($p1), always($p2));
        always_and_equality($p1, $p2);
    };
    ($spec:expr, $p1:expr, $p2:expr, $($tail:tt)*) => {
        entails_and_temp($spec, always($p1), always($p2));
        always_and_equality($p1, $p2);
        entails_always_and_n_internal!($spec, $p1.and($p2), $($tail)*);
    };
}

pub use entails_always_and_n;
pub use entails_always_and_n_internal;




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
    entails_implies_temp_reverse,
    always_lift_state_and_equality,
    always_implies_to_leads_to,
    always_to_always_later,
    always_double_equality,
    always_and_equality,
    leads_to_self_temp,
    entails_and_different_temp,
    entails_preserved_by_always,
    leads_to_apply,  // may slow down proofs
    or_leads_to_combine,
    leads_to_always_combine,
    leads_to_framed_by_or,
    entails_always_lift_state_and,  // may slow down proofs
    entails_always_lift_state_and_elim,
    lift_state_not_equality,
}

} // verus!
}

pub use defs::*;
pub use rules::*;
}
