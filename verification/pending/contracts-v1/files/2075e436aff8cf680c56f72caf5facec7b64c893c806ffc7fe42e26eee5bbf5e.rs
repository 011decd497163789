

// suppress warnings about variable names in PMDK

use vstd::prelude::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");

pub mod kv2 {

pub mod setup_v {
use vstd::prelude::*;

use std::hash::Hash;
use super::spec_t::*;
use vstd::arithmetic::overflow::CheckedU64;

verus! {

exec fn check_setup_parameters(ps: &SetupParameters) -> (result: bool)
    ensures
        result == ps.valid(),
{
    if ps.max_keys == 0 { false }
    else if ps.max_list_elements == 0 { false }
    else if ps.max_operations_per_transaction == 0 { false }
    else { true }
}

    
}
}
pub mod spec_t {
//! This file contains the unverified specification for the high-level KV store.
//!
//! This file should be audited for correctness.

use vstd::prelude::*;

use std::hash::Hash;

verus! {


pub enum LogicalRangeGapsPolicy {
    LogicalRangeGapsForbidden,
    LogicalRangeGapsPermitted,
}

pub struct SetupParameters {
    pub kvstore_id: u128,
    pub logical_range_gaps_policy: LogicalRangeGapsPolicy,
    pub max_keys: u64,
    pub max_list_elements: u64,
    pub max_operations_per_transaction: u64,
}

impl SetupParameters {
    pub open spec fn valid(self) -> bool
    {
        &&& 0 < self.max_keys
        &&& 0 < self.max_list_elements
        &&& 0 < self.max_operations_per_transaction
    }
}

// The list-element type must satisfy the `LogicalRange` trait, giving
// it a logical range with a `start` and `end`. The KV store enforces
// that when appending a list element its `start` must be at least as
// large as the `end` of the current last element in that list. If one
// doesn't want such enforcement, one should just have `start` and
// `end` both always return `0`. If one wants even stricter
// enforcement, i.e., if one wants to require that the `start` of the
// appended element must be *exactly* equal to the `end` of the last
// element, one should initialize the KV store with the logical range
// gaps policy set to `LogicalRangeGapsForbidden`.





// A `RecoveredKvStore` represents the abstract state of a key/value
// store that will result from recovery from the current state of
// storage. It consists of setup parameters and an `AtomicKvStore`.



// A `KvStoreView` is the abstraction of the state of a running
// key/value store service. Its main fields are `durable`, which
// represents the `AtomicKvStore` that would result from aborting or
// crashing, and `tentative`, which represents the `AtomicKvStore`
// that would result from committing. It also has fields indicating
// how many logical storage slots are used for various purposes, to
// allow for precise specifications of the conditions under which the
// KV store is permitted to fail with an "out of space" error.
//
// Its main operations are `abort`, which sets `tentative` to
// `durable`, and `commit`, which sets `durable` to `tentative`. Both
// reset the number of slots used for keys to the number of keys in
// the store, reset the number of slots used for list elements to the
// number of list elements, and rest the number of slots used for
// transaction operations to zero. Proving we meet these reset
// specifications proves that we don't leak storage space.



}
}
}
// pub mod log;
// pub mod multilog;



verus! {


}
