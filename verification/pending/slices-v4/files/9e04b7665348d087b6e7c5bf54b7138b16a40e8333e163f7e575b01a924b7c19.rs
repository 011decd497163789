//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


pub mod array_ptr {
use vstd::prelude::*;

use vstd::layout;
use vstd::raw_ptr;
use vstd::set;
use vstd::set_lib;

use core::marker::PhantomData;

verus! {

/// Concrete representation of a pointer to an array
/// The length of the array is not stored in the pointer
pub struct ArrayPtr<V, const N: usize> {
    pub addr: usize,
    pub index: usize,
    pub _type: PhantomData<[V; N]>,
}




















broadcast use {raw_ptr::group_raw_ptr_axioms, set_lib::group_set_lib_default};

impl<V, const N: usize> ArrayPtr<V, N> {
    /// Impl: cast the pointer to an integer
    #[inline(always)]
    #[vstd::contrib::auto_spec]
    pub exec fn addr(&self) -> usize
        returns
            self.addr,
    {
        self.addr
    }

    
    }



impl<V, const N: usize> Clone for ArrayPtr<V, N> {
    fn clone(&self) -> (res: Self)
        ensures
            res == *self,
    {
        Self { ..*self }
    }
}

impl<V, const N: usize> Copy for ArrayPtr<V, N> {

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
    
    
    pub open spec fn suffix(self, pos: nat) -> Self {
        Execution { nat_to_state: |i: nat| (self.nat_to_state)(i + pos) }
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
    
    
    // `=>` for temporal predicates in TLA+ (i.e., `==>` in Verus).
    
    // `~>` for temporal predicates in TLA+.
    // Returns a temporal predicate that is satisfied
    // iff it is always the case that `self` getting satisfied implies `other` eventually getting satisfied.
    //
    // Defined in 3.2.3.
    // |ex| forall |i: nat| self.satisfied_by(ex.suffix(i)) ==> exists |j: nat| other.satisfied_by(ex.suffix(i + j))
    
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

// `'` (prime) for temporal predicates in TLA+.
// Returns a temporal predicate that is satisfied iff `temp_pred` is satisfied on the suffix execution starting from the next state.




// |ex| temp_pred.satisfied_by(ex) ==> forall |i: nat| temp_pred.satisfied_by(ex.suffix(i))

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





} // verus!
}

pub use defs::*;
}
