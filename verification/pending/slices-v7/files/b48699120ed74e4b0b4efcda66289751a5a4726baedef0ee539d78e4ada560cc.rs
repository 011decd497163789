// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
//! # Verified Node Replication Library
//!
//! This library is a verified version of the [node-replicatin library](https://github.com/vmware/node-replication/)
//! that allows for the construction of replicated, concurrent data structures.
//!
//! This top-level module contains the trusted traits and the top-level lemmas.
//use state_machines_macros::state_machine;
use vstd::prelude::*;

mod spec {
// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
// some types and utilities
pub mod types {
// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
use builtin_macros::*;

use crate::Dispatch;

verus! {

////////////////////////////////////////////////////////////////////////////////////////////////////
// Some Types
////////////////////////////////////////////////////////////////////////////////////////////////////
pub use crate::{NodeId, LogIdx};

/// This represents an entry in the abstract log
pub tracked struct LogEntry<DT: Dispatch> {
    pub op: DT::WriteOperation,
    pub node_id: NodeId,
}


} // verus!
}

// the linearization proof
//pub mod linearization;

// the simple log model

// unbounded log and refinement
pub mod unbounded_log_refines_simplelog {
// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
// rust_verify/tests/example.rs ignore
use builtin_macros::*;

use vstd::prelude::*;

use vstd::map::*;
use vstd::seq::Seq;
use vstd::seq_lib::*;


use crate::{Dispatch};

use super::types::*;


////////////////////////////////////////////////////////////////////////////////////////////////////
//
// Refinement Proof: UnboundedLog refines SimpleLog
// ================================================
//
// ...
//
////////////////////////////////////////////////////////////////////////////////////////////////////

verus! {



////////////////////////////////////////////////////////////////////////////////////////////////////
// Interpretation Function
////////////////////////////////////////////////////////////////////////////////////////////////////
spec fn interp_log<DT: Dispatch>(global_tail: nat, log: Map<nat, LogEntry<DT>>) -> Seq<
    DT::WriteOperation,
> {
    Seq::new(global_tail, |i| log.index(i as nat).op)
}





////////////////////////////////////////////////////////////////////////////////////////////////////
// Refinement Proof
////////////////////////////////////////////////////////////////////////////////////////////////////








proof fn state_at_version_refines<DT: Dispatch>(
    s_log: Seq<DT::WriteOperation>,
    i_log: Map<LogIdx, LogEntry<DT>>,
    gtail: nat,
    idx: nat,
)
    requires
        forall|i| 0 <= i < gtail ==> i_log.contains_key(i),
        0 <= idx <= s_log.len(),
        idx <= gtail,
        s_log == interp_log(gtail, i_log),
    ensures
        s_nrstate_at_version::<DT>(s_log, idx) == i_nrstate_at_version::<DT>(i_log, idx),
    decreases idx,
{
    if idx > 0 {
        state_at_version_refines(s_log, i_log, gtail, (idx - 1) as nat);
    }
}

} // verus!
// end verus!
}

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
/// the identifier of a node / replica
pub type NodeId = nat;

// $line_count$Trusted$
/// the index into the log
pub type LogIdx = nat;

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
///// Theorem 1: The SimpleLog atomic state machine refines the trusted specification of the data
/////            structure expressed as an asynchronous singleton.
/////
///// This theorem shows the linearizability of the SimpleLog atomic state machine.
//#[verus::trusted]
//proof fn theorem_1<DT: Dispatch + Sync>()
//    ensures
//        implements_SimpleLogRefinesAsynchronousSingleton::<
//            DT,
//            crate::spec::linearization::RefinementProof,
//        >(),
//{
//}



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



//state_machine!{ AsynchronousSingleton<DT: Dispatch> {           // $line_count$Trusted$
//    fields {                                                    // $line_count$Trusted$
//        pub state: DT::View,                                    // $line_count$Trusted$
//        pub reqs: Map<ReqId, InputOperation<DT>>,               // $line_count$Trusted$
//        pub resps: Map<ReqId, OutputOperation<DT>>,             // $line_count$Trusted$
//    }                                                           // $line_count$Trusted$
//
//    pub type Label<DT> = AsyncLabel<DT>;                        // $line_count$Trusted$
//
//    init!{                                                      // $line_count$Trusted$
//        initialize() {                                          // $line_count$Trusted$
//            init state = DT::init_spec();                       // $line_count$Trusted$
//            init reqs = Map::empty();                           // $line_count$Trusted$
//            init resps = Map::empty();                          // $line_count$Trusted$
//        }                                                       // $line_count$Trusted$
//    }                                                           // $line_count$Trusted$
//
//    transition!{                                                // $line_count$Trusted$
//        internal_next(label: Label<DT>, rid: ReqId, input: InputOperation<DT>, output: OutputOperation<DT>) {   // $line_count$Trusted$
//            require label.is_Internal();                     // $line_count$Trusted$
//            require pre.reqs.dom().contains(rid);            // $line_count$Trusted$
//            require pre.reqs[rid] == input;                  // $line_count$Trusted$
//            update reqs = pre.reqs.remove(rid);              // $line_count$Trusted$
//            update resps = pre.resps.insert(rid, output);    // $line_count$Trusted$
//
//            match input {                                    // $line_count$Trusted$
//                InputOperation::Read(read_op) => {           // $line_count$Trusted$
//                    require output === OutputOperation::Read(DT::dispatch_spec(pre.state, read_op));  // $line_count$Trusted$
//                }                                                                           // $line_count$Trusted$
//                InputOperation::Write(write_op) => {                                        // $line_count$Trusted$
//                    let (next_state, out) = DT::dispatch_mut_spec(pre.state, write_op);     // $line_count$Trusted$
//                    require output === OutputOperation::Write(out);                         // $line_count$Trusted$
//                    update state = next_state;                                              // $line_count$Trusted$
//                }                                                                           // $line_count$Trusted$
//            }                                                                               // $line_count$Trusted$
//        }                                                                                   // $line_count$Trusted$
//    }                                                                                       // $line_count$Trusted$
//
//    transition!{                                        // $line_count$Trusted$
//        no_op(label: Label<DT>) {                       // $line_count$Trusted$
//            require label.is_Internal();                // $line_count$Trusted$
//            /* stutter step */                          // $line_count$Trusted$
//        }                                               // $line_count$Trusted$
//    }                                                   // $line_count$Trusted$
//
//    transition!{                                                            // $line_count$Trusted$
//        start(label: Label<DT>, rid: ReqId, input: InputOperation<DT>) {    // $line_count$Trusted$
//            require label == AsyncLabel::<DT>::Start(rid, input);           // $line_count$Trusted$
//            require !pre.reqs.dom().contains(rid);                          // $line_count$Trusted$
//            update reqs = pre.reqs.insert(rid, input);                      // $line_count$Trusted$
//        }                                                                   // $line_count$Trusted$
//    }                                                                       // $line_count$Trusted$
//
//    transition!{                                                            // $line_count$Trusted$
//        end(label: Label<DT>, rid: ReqId, output: OutputOperation<DT>) {    // $line_count$Trusted$
//            require label == AsyncLabel::<DT>::End(rid, output);            // $line_count$Trusted$
//            require pre.resps.dom().contains(rid);                          // $line_count$Trusted$
//            require pre.resps[rid] == output;                               // $line_count$Trusted$
//            update resps = pre.resps.remove(rid);                           // $line_count$Trusted$
//        }                                                                   // $line_count$Trusted$
//    }                                                                       // $line_count$Trusted$
//}}  // $line_count$Trusted$
//
//
//#[is_variant]
//#[verus::trusted]
//pub enum SimpleLogBehavior<DT: Dispatch> {
//    Stepped(SimpleLog::State<DT>, AsyncLabel<DT>, Box<SimpleLogBehavior<DT>>),
//    Inited(SimpleLog::State<DT>),
//}
//
//#[verus::trusted]
//impl<DT: Dispatch> SimpleLogBehavior<DT> {
//    pub open spec fn get_last(self) -> SimpleLog::State<DT> {
//        match self {
//            SimpleLogBehavior::Stepped(post, op, tail) => post,
//            SimpleLogBehavior::Inited(post) => post,
//        }
//    }
//
//    pub open spec fn wf(self) -> bool
//        decreases self,
//    {
//        match self {
//            SimpleLogBehavior::Stepped(post, op, tail) => {
//                tail.wf() && SimpleLog::State::next(tail.get_last(), post, op)
//            },
//            SimpleLogBehavior::Inited(post) => { SimpleLog::State::init(post) },
//        }
//    }
//}
//
//#[is_variant]
//#[verus::trusted]
//pub enum AsynchronousSingletonBehavior<DT: Dispatch> {
//    Stepped(
//        AsynchronousSingleton::State<DT>,
//        AsyncLabel<DT>,
//        Box<AsynchronousSingletonBehavior<DT>>,
//    ),
//    Inited(AsynchronousSingleton::State<DT>),
//}
//
//#[verus::trusted]
//impl<DT: Dispatch> AsynchronousSingletonBehavior<DT> {
//    pub open spec fn get_last(self) -> AsynchronousSingleton::State<DT> {
//        match self {
//            AsynchronousSingletonBehavior::Stepped(post, op, tail) => post,
//            AsynchronousSingletonBehavior::Inited(post) => post,
//        }
//    }
//
//    pub open spec fn wf(self) -> bool
//        decreases self,
//    {
//        match self {
//            AsynchronousSingletonBehavior::Stepped(post, op, tail) => {
//                tail.wf() && AsynchronousSingleton::State::next(tail.get_last(), post, op)
//            },
//            AsynchronousSingletonBehavior::Inited(post) => {
//                AsynchronousSingleton::State::init(post)
//            },
//        }
//    }
//}
//
//#[verus::trusted]
//pub open spec fn behavior_equiv<DT: Dispatch>(
//    a: SimpleLogBehavior<DT>,
//    b: AsynchronousSingletonBehavior<DT>,
//) -> bool
//    decreases a, b,
//{
//    // (a.Inited? && b.Inited?)
//    ||| (a.is_Inited()
//        && b.is_Inited())
//    // || (a.Stepped? && a.op.InternalOp? && equiv(a.tail, b))
//
//    ||| (a.is_Stepped() && a.get_Stepped_1().is_Internal() && behavior_equiv(
//        *a.get_Stepped_2(),
//        b,
//    ))
//    // || (b.Stepped? && b.op.InternalOp? && equiv(a, b.tail))
//
//    ||| (b.is_Stepped() && b.get_Stepped_1().is_Internal() && behavior_equiv(
//        a,
//        *b.get_Stepped_2(),
//    ))
//    // || (a.Stepped? && b.Stepped? && a.op == b.op && equiv(a.tail, b.tail))
//
//    ||| (a.is_Stepped() && b.is_Stepped() && a.get_Stepped_1() == b.get_Stepped_1()
//        && behavior_equiv(*a.get_Stepped_2(), *b.get_Stepped_2()))
//}
//
//#[verus::trusted]
//trait SimpleLogRefinesAsynchronousSingleton<DT: Dispatch> {
//    proof fn exists_equiv_behavior(a: SimpleLogBehavior<DT>) -> (b: AsynchronousSingletonBehavior<
//        DT,
//    >)
//        requires
//            a.wf(),
//        ensures
//            b.wf() && behavior_equiv(a, b),
//    ;
//}
//
//#[verus::trusted]
//spec fn implements_SimpleLogRefinesAsynchronousSingleton<
//    DT: Dispatch,
//    RP: SimpleLogRefinesAsynchronousSingleton<DT>,
//>() -> bool {
//    true
//}

} // verus!
