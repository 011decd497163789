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


// spec imports

// exec imports


pub mod utils {
// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
use builtin_macros::*;

use vstd::{prelude::*, seq::Seq};

use crate::spec::types::ReqId;

verus! {

pub open spec fn rids_match(
    bools: Seq<Option<ReqId>>,
    rids: Seq<ReqId>,
    bools_start: nat,
    bools_end: nat,
    rids_start: nat,
    rids_end: nat,
) -> bool
    decreases bools_end - bools_start,
    when 0 <= bools_start <= bools_end <= bools.len() && 0 <= rids_start <= rids_end <= rids.len()
{
    if bools_end == bools_start {
        rids_end == rids_start
    } else {
        if bools[bools_end - 1].is_Some() {
            &&& rids_end > rids_start
            &&& rids[rids_end - 1] == bools[bools_end - 1].get_Some_0()
            &&& rids_match(
                bools,
                rids,
                bools_start,
                (bools_end - 1) as nat,
                rids_start,
                (rids_end - 1) as nat,
            )
        } else {
            rids_match(bools, rids, bools_start, (bools_end - 1) as nat, rids_start, rids_end)
        }
    }
}



pub proof fn rids_match_pop(
    bools: Seq<Option<ReqId>>,
    rids: Seq<ReqId>,
    bools_start: nat,
    bools_end: nat,
    rids_start: nat,
    rids_end: nat,
)
    requires
        0 <= bools_start <= bools_end <= bools.len(),
        0 <= rids_start <= rids_end <= rids.len(),
        rids_match(bools, rids, bools_start, bools_end, rids_start, rids_end),
    ensures
        bools_end == bools_start ==> {
            rids_match(bools, rids, bools_start, bools_end, rids_start, rids_end)
        },
        bools_end > bools_start ==> {
            &&& bools[bools_start as int].is_Some() ==> {
                &&& rids_start < rids_end
                &&& rids[rids_start as int] == bools[bools_start as int].get_Some_0()
                &&& rids_match(
                    bools,
                    rids,
                    (bools_start + 1) as nat,
                    bools_end,
                    (rids_start + 1) as nat,
                    rids_end,
                )
            }
            &&& bools[bools_start as int].is_None() ==> {
                &&& rids_match(
                    bools,
                    rids,
                    (bools_start + 1) as nat,
                    bools_end,
                    rids_start,
                    rids_end,
                )
            }
        },
    decreases bools_end - bools_start,
{
    if bools_end == bools_start {
    } else {
        if bools[bools_end - 1].is_Some() {
            rids_match_pop(
                bools,
                rids,
                bools_start,
                (bools_end - 1) as nat,
                rids_start,
                (rids_end - 1) as nat,
            );
        } else {
            rids_match_pop(bools, rids, bools_start, (bools_end - 1) as nat, rids_start, rids_end);
        }
    }
}

} // verus!
}

verus! {


////////////////////////////////////////////////////////////////////////////////////////////////////
// The Public Interface
////////////////////////////////////////////////////////////////////////////////////////////////////



} // verus!
}
mod spec {
// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
// some types and utilities
pub mod types {
// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//


verus! {

////////////////////////////////////////////////////////////////////////////////////////////////////
// Some Types
////////////////////////////////////////////////////////////////////////////////////////////////////
pub use crate::{ReqId};



} // verus!
}

// the linearization proof

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
