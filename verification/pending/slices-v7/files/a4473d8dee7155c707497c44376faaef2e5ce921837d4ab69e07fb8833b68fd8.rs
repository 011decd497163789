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
pub use crate::{NodeId, LogIdx, ReqId};

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
#[macro_use]
pub mod unbounded_log {
// Verified Node Replication Library
// SPDX-License-Identifier: Apache-2.0 OR MIT
//
// rust_verify/tests/example.rs ignore
use builtin_macros::*;
use state_machines_macros::*;

use vstd::map::Map;
use vstd::prelude::*;
use vstd::seq::Seq;
use vstd::set::Set;

use crate::Dispatch;

use super::types::*;

verus! {

////////////////////////////////////////////////////////////////////////////////////////////////////
//
// Unbounded Log
// =============
//
// The UnboundedLog is the first Refinement of the SimpleLog. As its name suggests, it also uses
// an unbounded log to represent updates to the data structure, however the log itself is represented
// by a map instead of a sequence. Moreover, the state machine also manages the data structure
// replicas.
//
////////////////////////////////////////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////////////////////////////////////////
// Read Only Operations
////////////////////////////////////////////////////////////////////////////////////////////////////


////////////////////////////////////////////////////////////////////////////////////////////////////
// Update Operation
////////////////////////////////////////////////////////////////////////////////////////////////////
////////// Updates and the combiner phase
//
// This part is a lot more complex; the lifecycle of an "update" is inherently
// tied to the lifecycle of the combiner, so I have to explain the entire combiner
// cycle for this to make sense.
//
// In particular, the combiner cycle starts with some (potentially empty) bulk collection
// of Update requests, which all start in UpdateState::Init.
// By the end of the combiner cycle (when it has gone back to 'Ready'), all the updates
// in that collection will be in UpdateState::Done.
//
// The combiner works as follows (keep in mind this is abstracted a bit from the
// real implementation).
//
//  1. Advance the 'tail' value by 1 for each update in the collection.
//     This creates a "LogEntry" for the given op at the given index.
//     It also updates the update from UpdateState::Init to UpdateState::Placed.
//
//      Note: This always appends to the log; there are never any "holes" in the log,
//      and the 'tail' always marks the end of the log. The log is unbounded
//      and not garbage-collected.
//      Keep in mind that the 'log' here is just an abstraction, and the "cyclic buffer"
//      that physically stores the log entries in real life has additional complexities.
//      We do not handle those complexities at this level of abstraction.
//
//      Note: Even when we have a bulk collection of updates, we still append the log
//      entries one at a time, once for each update. This means the log entries might
//      interleave with those of another thread.
//      This is more permissive than the real implementation, which advances the
//      'tail' with a single CAS operation, meaning that all the log entries
//      for the cycle will be contiguous in the log.
//      In the original Linear Dafny NR project, we modeled this step as a bulk update,
//      matching the implemenation. However, it turned out that:
//          (i) modeling 'bulk update' steps is kind of annoying
//          (ii) we never took advantage of the contiguity in the invariants
//      Since the single-step version is easier to model, and we don't lose anything for it,
//      that's what we do here.
//
//  2. Read the 'local_head' value for the given node.
//
//  3. Read the global 'tail' value.
//
//  4. Process all log entries in the range local_head..tail.
//     (This should include both the log entries we just creates, plus maybe some other
//     log entries from other nodes.)
//
//      NOTE: the global 'tail' value might change over the course of execution,
//      but we're going to stick with the local copy that we just read
//      (i.e., the value on the stack).
//
//     To process a log entry, we first apply the operation to the replica, and get
//     back a "return value". Next, we check if the log entry is for the given nodeId,
//     classifying it as "remote" or "local".
//      - If it's remote, we're done.
//      - If it's local, then we find the Update object in our bulk collection, and
//        update it from UpdateState::Placed to UpdateState::Applied, recording the
//        return value.
//
//  5. Update the global value of 'version_upper_bound'.
//     This step lets us move all the updates to UpdateState::Done.
//
//  6. Update the value of 'local_head'.
//
// Now, there are a bunch of things we need to prove so that the whole thing makes sense
// and so that the implementation can actually follow along and return data to the clients.
//
// Specifically, we have a sequence of "return ids" (recorded in the 'queued_ops' field)
// that need to get processed. When the implementation handles a "local" operation off the
// log, it appends the return value into a buffer; when it's done, it expects the buffer
// of return values to line up with all the update requests that it started with.
//
// What this means is that we need to show:
//   - When we process a "local" operation, its ReqId corresponds to the next
//     ReqId recorded in the queued_ops (i.e., the one at 'queue_index'.)
//   - When we have finished the entire loop, we have finished processing all
//     the ReqIds we expected (i.e., `queue_index == queued_ops.len()`).
//
// This means we need to establish an invariant between the combiner state and the
// log state at all times. Specifically, we need an invariant that relates the combiner
// state to the log entries whose node_ids match the combiner's node, describing where
// they are and in what order.
//
// The invariant roughly says that during step (4), (the "Loop" state):
//   The ReqIds in `queued_ops`, sliced from queue_index .. queued_ops.len()
//   match
//   The ReqIds in the log that are local, sliced from
//          local_head .. tail
// (Note that queue_index and local_head are the cursors that advance throughout the loop,
// while tail is the one recorded in step 3, so it's fixed.)
// Furthermore:
//   There are no local operations in the log between
//   the recorded tail and the global tail.
// See the invariant `wf_combiner_for_node_id`, as well as the predicates
// `LogRangeMatchesQueue` and `LogRangeNoNodeId`.
//
// Example: suppose N is the local node_id, and [a, b, c, d] are the request ids.
// We might be in a state that looks like this: (Here, '...' indicates remote entries,
// and '(N, x)' means a log entry with node id N that corresponds to request id x.)
//
//       CombinerState                                           CombinerState   global
//       local_head                                              tail     tail
//          |                                                              |               |
//       ===================================================================================
//          |          |       |       |        |       |          |       |       |       |
//  Log:    |  (N, b)  |  ...  |  ...  | (N, c) |  ...  |  (N, d)  |  ...  |  ...  |  ...  |
//          |          |       |       |        |       |          |       |       |       |
//       ===================================================================================
//
//  ---- Combiner state (in `CombinerState::Loop` phase).
//
//      queued_ops =  [  a,   b,   c,   d   ]
//                          ^
//                          |
//                  queue_index = 1
//
// ---- Update state:
//
//    a => UpdateState::Applied { ... }
//    b => UpdateState::Placed { ... }
//    c => UpdateState::Placed { ... }
//    d => UpdateState::Placed { ... }
//
// In the example, `LogRangeMatchesQueue` is the relation that shows that (b, c, d)
// agree between the queued_ops and the log; whereas `LogRangeNoNodeId` shows that there
// are no more local entries between the Combiner tail and the global tail.
//
// And again, in the real implementation, b, c, d will actually be contiguous in the log,
// but the state shown above is permitted by the model here.
// If we _were_ going to make use of contiguity, then the place to do it would probably
// be the definition of `LogRangeMatchesQueue`, but as I explained earlier, I didn't
// find it helpful.
//
// Another technical note: the LogEntry doesn't actually store the ReqId on it;
// `LogRangeMatchesQueue` has to connect the request id to the UpdateState, which then
// has a pointer into the log via `idx`. (It's possible that this could be simplified.)
#[is_variant]
pub ghost enum UpdateState<DT: Dispatch> {
    /// upated request has entered the system
    Init { op: DT::WriteOperation },
    /// update has been placed into the log
    Placed { op: DT::WriteOperation, idx: LogIdx },
    /// the update has been applied to the data structure
    Applied { ret: DT::Response, idx: LogIdx },
    /// the update is ready to be returned
    Done { ret: DT::Response, idx: LogIdx },
}



} // verus!
// end verus!
 // end tokenized_state_machine!

verus! {

// pub open spec fn combiner_request_ids(node_ids: Set<NodeId>, combiners: Map<NodeId, CombinerState>) -> Set<ReqId>
//     recommends (forall |n| (#[trigger] node_ids.contains(n)) ==> #[trigger]combiners.contains_key(n))
//     decreases node_ids.len() when (node_ids.finite() && node_ids.len() >= 0)
// {
//     if node_ids.finite() {
//         if node_ids.len() == 0 {
//             Set::empty()
//         } else {
//             let node_id = node_ids.choose();
//             combiner_request_ids(node_ids.remove(node_id), combiners) + seq_to_set(combiners[node_id].queued_ops())
//         }
//     } else {
//         arbitrary()
//     }
// }






////////////////////////////////////////////////////////////////////////////////////////////////////
// Helper Functions
////////////////////////////////////////////////////////////////////////////////////////////////////




/// the log contains all entries up to, but not including the provided end
pub open spec fn LogContainsEntriesUpToHere<DT: Dispatch>(
    log: Map<LogIdx, LogEntry<DT>>,
    end: LogIdx,
) -> bool {
    forall|i: nat| 0 <= i < end ==> log.contains_key(i)
}



/// predicate that the a range in the log matches the queue of updates
pub open spec fn LogRangeMatchesQueue<DT: Dispatch>(
    queue: Seq<ReqId>,
    log: Map<LogIdx, LogEntry<DT>>,
    queueIndex: nat,
    logIndexLower: LogIdx,
    logIndexUpper: LogIdx,
    nodeId: NodeId,
    updates: Map<ReqId, UpdateState<DT>>,
) -> bool {
    recommends([0 <= queueIndex <= queue.len(), LogContainsEntriesUpToHere(log, logIndexUpper)]);
    decreases_when(logIndexLower <= logIndexUpper);
    decreases(logIndexUpper - logIndexLower);
    // if we hit the end of the log range, we should be at the end of the queue
    &&& (logIndexLower == logIndexUpper ==> queueIndex
        == queue.len())
    // otherwise, we check the log

    &&& (logIndexLower < logIndexUpper ==> {
        &&& log.contains_key(
            logIndexLower,
        )
        // local case: the entry has been written by the local node

        &&& (log.index(logIndexLower).node_id == nodeId ==> {
            // there must be an entry in the queue that matches the log entry
            &&& queueIndex < queue.len()
            &&& updates.contains_key(queue.index(queueIndex as int))
            &&& updates.index(queue.index(queueIndex as int)).is_Placed()
            &&& updates.index(queue.index(queueIndex as int)).get_Placed_idx() == logIndexLower
            &&& LogRangeMatchesQueue(
                queue,
                log,
                queueIndex + 1,
                logIndexLower + 1,
                logIndexUpper,
                nodeId,
                updates,
            )
        })
        // remote case: the entry has been written by the local node, there is nothing to match, recourse

        &&& (log.index(logIndexLower).node_id != nodeId ==> LogRangeMatchesQueue(
            queue,
            log,
            queueIndex,
            logIndexLower + 1,
            logIndexUpper,
            nodeId,
            updates,
        ))
    })
}

// pub open spec fn LogRangeMatchesQueue2<DT: Dispatch>(queue: Seq<ReqId>, log: Map<LogIdx, LogEntry<DT>>, queueIndex: nat,
//     logIndexLower: LogIdx, logIndexUpper: LogIdx, nodeId: NodeId,
//     updates: Map<ReqId, UpdateState<DT>>) -> bool
// {
//     recommends([ 0 <= queueIndex <= queue.len(), LogContainsEntriesUpToHere(log, logIndexUpper) ]);
//     decreases_when(logIndexLower <= logIndexUpper);
//     decreases(logIndexUpper - logIndexLower);
//     // if we hit the end of the log range, we should be at the end of the queue
//     &&& (logIndexLower == logIndexUpper ==> queueIndex == queue.len())
//     // otherwise, we check the log
//     &&& (logIndexLower < logIndexUpper ==> {
//         &&& log.contains_key(logIndexLower)
//         // local case: the entry has been written by the local node
//         &&& (log.index(logIndexLower).node_id == nodeId ==> {
//             // there must be an entry in the queue that matches the log entry
//             &&& queueIndex < queue.len()
//             // &&& updates.contains_key(queue.index(queueIndex as int))
//             // &&& updates.index(queue.index(queueIndex as int)).is_Placed()
//             // &&& updates.index(queue.index(queueIndex as int)).get_Placed_idx() == logIndexLower
//             &&& LogRangeMatchesQueue2(queue, log, queueIndex + 1, logIndexLower + 1, logIndexUpper, nodeId, updates)
//         })
//         // remote case: the entry has been written by the local node, there is nothing to match, recourse
//         &&& (log.index(logIndexLower).node_id != nodeId ==>
//             LogRangeMatchesQueue2(queue, log, queueIndex, logIndexLower + 1, logIndexUpper, nodeId, updates)
//         )
//     })
// }



proof fn LogRangeMatchesQueue_append_other<DT: Dispatch>(
    queue: Seq<nat>,
    log: Map<nat, LogEntry<DT>>,
    new_log: Map<nat, LogEntry<DT>>,
    queueIndex: nat,
    logIndexLower: nat,
    logIndexUpper: nat,
    logLen: nat,
    node_id: NodeId,
    updates: Map<ReqId, UpdateState<DT>>,
    new_updates: Map<ReqId, UpdateState<DT>>,
    new_rid: ReqId,
    log_entry: LogEntry<DT>,
)
    requires
        0 <= queueIndex <= queue.len(),
        logIndexLower <= logIndexUpper <= logLen,
        log_entry.node_id != node_id,
        new_updates.contains_key(new_rid),
        new_updates.index(new_rid) === (UpdateState::Placed { op: log_entry.op, idx: logLen }),
        !queue.contains(new_rid),
        forall|rid| #[trigger]
            updates.contains_key(rid) && rid != new_rid ==> new_updates.contains_key(rid)
                && new_updates[rid] === updates[rid],
        LogRangeMatchesQueue(
            queue,
            log,
            queueIndex,
            logIndexLower,
            logIndexUpper,
            node_id,
            updates,
        ),
        new_log === log.insert(logLen, log_entry),
    ensures
        LogRangeMatchesQueue(
            queue,
            new_log,
            queueIndex,
            logIndexLower,
            logIndexUpper,
            node_id,
            new_updates,
        ),
    decreases (logIndexUpper - logIndexLower),
{
    if logIndexLower != logIndexUpper {
        assert(new_log.index(logIndexLower) === log.index(logIndexLower));
        if new_log.index(logIndexLower).node_id == node_id {
            LogRangeMatchesQueue_append_other(
                queue,
                log,
                new_log,
                queueIndex + 1,
                logIndexLower + 1,
                logIndexUpper,
                logLen,
                node_id,
                updates,
                new_updates,
                new_rid,
                log_entry,
            );
        } else {
            LogRangeMatchesQueue_append_other(
                queue,
                log,
                new_log,
                queueIndex,
                logIndexLower + 1,
                logIndexUpper,
                logLen,
                node_id,
                updates,
                new_updates,
                new_rid,
                log_entry,
            );
        }
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
