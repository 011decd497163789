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

mod exec {
// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
use builtin_macros::*;

use vstd::prelude::*;

use crate::Dispatch;

// spec imports

// exec imports


pub mod context {
// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
use builtin_macros::*;

use vstd::{
    atomic_ghost::AtomicU64,
    atomic_with_ghost,
    cell::{CellId, PCell, PointsTo},
    prelude::*,
};

use crate::Dispatch;

// constants

// spec import

// exec imports

verus! {

////////////////////////////////////////////////////////////////////////////////////////////////////
// Thread Token
////////////////////////////////////////////////////////////////////////////////////////////////////



////////////////////////////////////////////////////////////////////////////////////////////////////
// Pending Operation
////////////////////////////////////////////////////////////////////////////////////////////////////
/// Data for a pending operation.
///
///  - Dafny: datatype OpResponse
///  - Rust:  pub struct PendingOperation<T, R, M> {
///
/// In Dafny those data types are not options, but in Rust they are
pub struct PendingOperation<DT: Dispatch> {
    /// the operation that is being executed
    pub  /*REVIEW: (crate)*/
     op: DT::WriteOperation,
    /// the response of the operation
    pub  /*REVIEW: (crate)*/
     resp: Option<DT::Response>,
}

impl<DT: Dispatch> PendingOperation<DT> {
    pub fn new(op: DT::WriteOperation) -> (res: Self)
        ensures
            res.op == op,
    {
        PendingOperation { op, resp: None }
    }

        // pub fn to_result(self) -> DT::Response {
    //     self.resp.get_Some_0()
    // }

}

////////////////////////////////////////////////////////////////////////////////////////////////////
// Thread Context
////////////////////////////////////////////////////////////////////////////////////////////////////
  // struct_with_invariants!



////////////////////////////////////////////////////////////////////////////////////////////////////
// Ghost Context
////////////////////////////////////////////////////////////////////////////////////////////////////
  // struct_with_invariants! ContextGhost


} // verus!
}

verus! {


////////////////////////////////////////////////////////////////////////////////////////////////////
// The Public Interface
////////////////////////////////////////////////////////////////////////////////////////////////////



} // verus!
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
/// The dispatch trait defines the update/readonly operations applied to the replicate data structure
/// and the return types. For a data structure to be used with the node-replication library, it must
/// implement this trait.
///
/// Read-only Operations: These operations do not modify the state of the data structure.
/// The node-replication library will execute [`Dispatch::dispatch`] method on the data structure
/// with the provided `ReadOperation` argument and return a `Response` value.
///
/// Write Operations: These operations modify the state of the data structure. The node-replication
/// library will execute [`Dispatch::dispatch_mut`] method on the data structure with the provided
/// `WriteOperation` argument and return a `Response` value.
///
/// The dispatch trait interface is trusted by the verifier as it is the high-level interface that
/// the data structure is verified against.
///
#[verus::trusted]
pub trait Dispatch: Sized {
    /// Type of a read-only operation. Operations of this type do not mutate the data structure.
    type ReadOperation: Sized;

    /// Type of a write operation. Operations of this type may mutate the data structure.
    /// Write operations are sent between replicas.
    type WriteOperation: Sized + Send;

    /// Type of the response of either a read or write operation.
    type Response: Sized;

    /// Type of the view of the data structure for specs and proofs.
    type View;

    
    
    
    
    
    
    
    
    }

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
