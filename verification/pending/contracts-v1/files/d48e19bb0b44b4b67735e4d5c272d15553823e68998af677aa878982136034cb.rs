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

pub mod constants {
// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
//! Defines constants that are being used by the library, both in the execution and the
//! verification. The constants mostly define the size of the log, and certain thresholds
//! when warnings are being printed etc.
use builtin_macros::*;

verus! {




// making the assumption here that the write operation is about 12-16 bytes..
pub open const LOG_SIZE: usize = 512 * 1024;

// 4 * 1024 * 1024;







} // verus!
}
mod spec {
// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
// some types and utilities

// the linearization proof

// the simple log model

// unbounded log and refinement

// cyclic buffer
#[macro_use]
pub mod cyclicbuffer {
// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
use builtin_macros::*;

use vstd::prelude::*;

use vstd::cell::{CellId, PointsTo};

use state_machines_macros::*;




////////////////////////////////////////////////////////////////////////////////////////////////////
//
// Cyclic Buffer
// =============
//
// The cyclic buffer is a bounded log with multiple readers and writers. A writer will check whether
// there's enough space in the log and the reserve space to place its update operations into the log.
// Log space can be reclaimed once all readers have advanced their read pointers accordingly.
//
////////////////////////////////////////////////////////////////////////////////////////////////////

verus! {

/// Logical Log Index
///
/// In contrast to the unbounded log, the log entries can be "negative". This is used for the
/// initialization where all entries are initialized with the range [-LOG_SIZE, 0)
pub type LogicalLogIdx = int;

/// The size of the log. XXX: can we get rid of this?
use crate::constants::LOG_SIZE;



////////////////////////////////////////////////////////////////////////////////////////////////////
// Read Only Operations
////////////////////////////////////////////////////////////////////////////////////////////////////

////////////////////////////////////////////////////////////////////////////////////////////////////
// Combiner
////////////////////////////////////////////////////////////////////////////////////////////////////







// a % b == 0 to a == b * (a / b)


/// the value the alive but must have for the entry to be alive, this flips on wrap around
pub open spec fn log_entry_alive_value(logical: LogicalLogIdx, buffer_size: nat) -> bool
    recommends
        buffer_size == LOG_SIZE,
{
    ((logical / buffer_size as int) % 2) == 0
}




#[verifier(nonlinear)]
pub proof fn log_entry_alive_value_wrap_around(i: LogicalLogIdx, buffer_size: nat)
    requires
        buffer_size > 0,
    ensures
        log_entry_alive_value(i, buffer_size) != log_entry_alive_value(
            i + (buffer_size as int),
            buffer_size,
        ),
{
    assert(((i + (buffer_size as int)) / buffer_size as int) == ((i / buffer_size as int) + 1));
}

} // verus!
}

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
