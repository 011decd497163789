// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
//! # Verified Node Replication Library
//!
//! This library is a verified version of the [node-replicatin library](https://github.com/vmware/node-replication/)
//! that allows for the construction of replicated, concurrent data structures.
//!
//! This top-level module contains the trusted traits and the top-level lemmas.
use state_machines_macros::state_machine;
use vstd::prelude::*;

mod spec {
// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
// some types and utilities

// the linearization proof
pub mod linearization {
// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
// The Linearization Proof
// use vstd::*;
use vstd::prelude::*;

use crate::{ReqId};

verus! {



////////////////////////////////////////////////////////////////////////////////////////////////////
//                                  LINEARIZATION PROOF                                           //
////////////////////////////////////////////////////////////////////////////////////////////////////
// =================================================================================================
// Refinement Theorem
// =================================================================================================



// =================================================================================================
// Validity of Requests
// =================================================================================================







// =================================================================================================
// State Refinement Relation
// =================================================================================================


// =================================================================================================
// State Transition Refinements: Read-Only Requests
// =================================================================================================



// =================================================================================================
// State Transition Refinements: Update Requests
// =================================================================================================








// =================================================================================================
// Utility Functions
// =================================================================================================

/// Removes an element from the set, returning it, maintaining finitenes property
/// XXX: something like this shoudl go intot he stdlib...
proof fn pop_rid(t: Set<ReqId>) -> (res: (Set<ReqId>, ReqId))
    requires
        !t.is_empty(),
        t.finite(),
    ensures
        res.0.len() < t.len(),
        t.contains(res.1),
        res.0 =~= t.remove(res.1),
        res.0.finite(),
{
    let r = t.choose();
    (t.remove(r), r)
}



} // verus!
// end verus!
}

// the simple log model

// unbounded log and refinement

// cyclic buffer

// the flag combiner

// the RW lock
}




verus! {

// tell the verifier that the size of usize is 8.
global size_of usize == 8;

////////////////////////////////////////////////////////////////////////////////////////////////////
// GLobal Types
////////////////////////////////////////////////////////////////////////////////////////////////////

// $line_count$Trusted$

// $line_count$Trusted$

// $line_count$Trusted$
/// the identifier of a update or read request
pub type ReqId = nat;

// $line_count$Trusted$

// $line_count$Trusted$
////////////////////////////////////////////////////////////////////////////////////////////////////
// Top-level Theorem
////////////////////////////////////////////////////////////////////////////////////////////////////
// the following theorems establish the correctness of the execution adhering to the specification.
// See the corresponding refinement proofs etc.
// We leverage traits that establish the required pre- and post-conditions (trusted), then we use
// the trait constraints to show that the actual types implement the trait correctly.



////////////////////////////////////////////////////////////////////////////////////////////////////
// Thread Token
////////////////////////////////////////////////////////////////////////////////////////////////////

////////////////////////////////////////////////////////////////////////////////////////////////////
// Dispatch Trait
////////////////////////////////////////////////////////////////////////////////////////////////////

////////////////////////////////////////////////////////////////////////////////////////////////////
// Node Replicated Trait
////////////////////////////////////////////////////////////////////////////////////////////////////




////////////////////////////////////////////////////////////////////////////////////////////////////
// Proof Functions for Node Replicated -> Unbounded Log Refinement Proof
////////////////////////////////////////////////////////////////////////////////////////////////////




////////////////////////////////////////////////////////////////////////////////////////////////////
// UnboundedLog -> SimpleLog Refinement Proof
////////////////////////////////////////////////////////////////////////////////////////////////////




////////////////////////////////////////////////////////////////////////////////////////////////////
/// SimpleLog -> Linearization Refinement
////////////////////////////////////////////////////////////////////////////////////////////////////



  // $line_count$Trusted$









} // verus!
