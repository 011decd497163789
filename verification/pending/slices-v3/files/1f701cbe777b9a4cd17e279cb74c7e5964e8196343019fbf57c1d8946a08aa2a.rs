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

// the linearization proof
//pub mod linearization;

// the simple log model

// unbounded log and refinement

// cyclic buffer

// the flag combiner

// the RW lock
}

mod counter {
// Replicated Counter Example with Verified NR
// SPDX-License-Identifier: Apache-2.0 OR MIT

// trustedness: ignore this file

// stdlib dependencies
//use  std::sync::Arc;

// the verus dependencies
//use builtin::Tracked;

// the traits and types we need from the verified-node-replicaton crate
use crate::{/*AffinityFn,*/ Dispatch, /*NodeReplicated,*/ /*NodeReplicatedT, ThreadToken, SimpleLog*/};

use vstd::prelude::*;

verus! {

///// the number of replicas we want to create
//const NUM_REPLICAS: usize = 2;
//
///// number of operations each trhead executes
//const NUM_OPS_PER_THREAD: usize = 1_000_000;
//
///// number of threads per replica
//const NUM_THREADS_PER_REPLICA: usize = 4;
//
///// total number of threads being created
//const NUM_THREADS: usize = NUM_THREADS_PER_REPLICA*NUM_REPLICAS;


////////////////////////////////////////////////////////////////////////////////////////////////////
// Data Structure Definition with the Operations
////////////////////////////////////////////////////////////////////////////////////////////////////

/// represents a update operation on the data structure
/// the only possible operation is to increment a counter by two
#[derive(Clone, Copy)]
pub struct IncTwo(pub usize);

/// represents a read-only operation on the data structure
/// the only possible operation is to read a counter's value
pub struct Read(pub usize);


/// represents the result of the operation request
#[derive(PartialEq, Eq, Clone, Copy)]
pub enum OpResult {
    Value(u64),
    Ok,
    Err,
}

#[verifier(external_body)]
pub struct Counter { }

impl Counter {
    pub spec fn view(self) -> Seq<u64>;

    
    
    #[verifier(external_body)]
    pub fn increment(&mut self, i: usize)
        requires i < old(self)@.len()
        ensures
            self@ == old(self)@.update(i as int, if old(self)@[i as int] < 0xffff_ffff_ffff_ffff {
                add(old(self)@[i as int], 1)
            } else { 0 })
    {
        unimplemented!()
    }
}


/// a simple counter data structure to be wrapped with node-replication
pub struct DataStructureType {
    pub num_counters: usize,
    pub counter: Counter,
}

impl DataStructureType {
    pub open spec fn view(self) -> Seq<u64> {
        self.counter@
    }

    pub open spec fn inv(&self) -> bool {
        self.num_counters == self@.len()
    }

    
    pub fn update(&mut self, op: IncTwo) -> (res: OpResult)
        requires old(self).inv()
        ensures
            self.inv(),
            self.num_counters == old(self).num_counters,
            if op.0 < self.num_counters {
                &&& self@ == old(self)@.update(op.0 as int,
                    if old(self)@[op.0 as int] == 0xffff_ffff_ffff_fffe { 0 }
                    else if old(self)@[op.0 as int] == 0xffff_ffff_ffff_ffff { 1 }
                    else { add(old(self)@[op.0 as int], 2) })
                    &&& res == OpResult::Ok
            } else {
                &&& self@ == old(self)@
                &&& res == OpResult::Err
            },
    {
        assert(self.num_counters == old(self)@.len());
        if op.0 < self.num_counters {
            self.counter.increment(op.0);
            self.counter.increment(op.0);
            assert(self@ == old(self)@.update(op.0 as int,
                    if old(self)@[op.0 as int] == 0xffff_ffff_ffff_fffe { 0 }
                    else if old(self)@[op.0 as int] == 0xffff_ffff_ffff_ffff { 1 }
                    else { add(old(self)@[op.0 as int], 2) }));
            OpResult::Ok
        } else {
            OpResult::Err
        }
    }

    }


/// implementation of Disatch for the Data Structure
impl Dispatch for DataStructureType {
    type ReadOperation = Read;

    type WriteOperation = IncTwo;

    type Response = OpResult;

    type View = Seq<u64>;

    open spec fn view(&self) -> Self::View {
        self.counter@
    }

    open spec fn inv(&self) -> bool {
        self.inv()
    }

    
    
    open spec fn dispatch_mut_spec(ds: Self::View, op: Self::WriteOperation) -> (
        Self::View,
        Self::Response)
    {
        let i = op.0 as int;
        if i < ds.len() {
            (ds.update(i,
                       if ds[i] == 0xffff_ffff_ffff_fffe { 0 }
                       else if ds[i] == 0xffff_ffff_ffff_ffff { 1 }
                       else { add(ds[i], 2) }),
             OpResult::Ok)
        } else {
            (ds, OpResult::Err)
        }
    }

    
    
    
    
    /// Method on the data structure that allows a write operation to be
    /// executed against it.
    fn dispatch_mut(&mut self, op: Self::WriteOperation) -> Self::Response {
        let res = self.update(op);
        proof {
            if (op.0 as int) < old(self)@.len() { } else { }
        }
        res
    }
}


//proof fn foo() {
//    //SimpleLog::State<DataStructureType>.log;
//    //let init = SimpleLog::initalize();
//    let x = SimpleLog::Step::<DataStructureType>::readonly_start(arbitrary(), arbitrary());
//    let s: bool = SimpleLog::State::<DataStructureType>::initialize(arbitrary());
//    //s.nrstate_at_version(0)
//}

//struct NrCounter(Arc<NodeReplicated<DataStructureType>>, ThreadToken<DataStructureType>);


////////////////////////////////////////////////////////////////////////////////////////////////////
// Data Structure Definition with the Operations
////////////////////////////////////////////////////////////////////////////////////////////////////


//pub fn main() {
//
//    println!("Creating Replicated Data Structure...");
//
//    let affinity_fn = AffinityFn::new(|f| {});
//
//    let mut nr_counter = NodeReplicated::new(NUM_REPLICAS, affinity_fn);
//
//    println!("Obtaining Thread tokens for {NUM_THREADS} threads...");
//
//    let mut thread_tokens = Vec::with_capacity(NUM_THREADS);
//    for idx in 0..NUM_THREADS+2*NUM_REPLICAS {
//        if let Option::Some(tkn) = nr_counter.register(idx % NUM_REPLICAS) {
//            println!(" - thread: {}.{}", tkn.replica_id(), tkn.thread_id());
//            thread_tokens.push(tkn);
//        } else {
//            panic!("could not register with replica!");
//        }
//    }
//
//    let nr_counter = Arc::new(nr_counter);
//
//    // The replica executes a Modify or Access operations by calling
//    // `execute_mut` and `execute`. Eventually they end up in the `Dispatch` trait.
//    let thread_loop = |counter: NrCounter| {
//        let NrCounter(counter, mut tkn) = counter;
//        let tid = (tkn.replica_id(), tkn.thread_id());
//        println!("Thread #{tid:?} start. executing {NUM_OPS_PER_THREAD} operations");
//        let mut num_updates = 0;
//        for i in 0..NUM_OPS_PER_THREAD {
//            match (tid.1 as usize + i) % 2 {
//                0 => {
//                    // println!(" - Thread #{tid:?}  executing Update operation {i}");
//                    num_updates += 1;
//                    match counter.execute_mut(IncTwo::IncEven, tkn, Tracked::assume_new()) {
//                        Result::Ok((ret, t, _)) => {
//                            tkn = t;
//                        },
//                        Result::Err((t, _)) => {
//                            tkn = t;
//                        }
//                    }
//                }
//                _ => {
//                    // println!(" - Thread #{tid:?}  executing ReadOnly operation {i}");
//                    match  counter.execute(Read::Get, tkn, Tracked::assume_new()) {
//                        Result::Ok((ret, t, _)) => {
//                            tkn = t;
//                        },
//                        Result::Err((t, _)) => {
//                            tkn = t;
//                        }
//                    }
//                }
//            };
//
//            // println!(" - Thread #{tid:?}  executing ReadOnly operation {i}");
//            match  counter.execute(Read::Get, tkn, Tracked::assume_new()) {
//                Result::Ok((ret, t, _)) => {
//                    tkn = t;
//                },
//                Result::Err((t, _)) => {
//                    tkn = t;
//                }
//            }
//        }
//
//        // make sure to make progress on all replicas
//        for _ in 0..NUM_OPS_PER_THREAD*2  {
//            std::thread::yield_now();
//            match counter.execute(Read::Get, tkn, Tracked::assume_new()) {
//                Result::Ok((ret, t, _)) => {
//                    tkn = t;
//                },
//                Result::Err((t, _)) => {
//                    tkn = t;
//                }
//            }
//        }
//        println!("Thread #{tid:?} done. executed {num_updates} update operations");
//    };
//
//    println!("Creating {NUM_THREADS} threads...");
//
//    let mut threads = Vec::with_capacity(NUM_THREADS);
//    for idx in 0..NUM_THREADS {
//        let counter = nr_counter.clone();
//        let tkn = thread_tokens.pop().unwrap();
//        threads.push(std::thread::spawn(move || {
//            thread_loop(NrCounter(counter, tkn));
//        }));
//    }
//
//    println!("Waiting for threads to finish...");
//
//    // Wait for all the threads to finish
//    for idx in 0..NUM_THREADS {
//        let thread = threads.pop().unwrap();
//        thread.join().unwrap();
//    }
//
//    println!("Obtain final result...");
//
//    for idx in 0..NUM_REPLICAS {
//        let tkn = thread_tokens.pop().unwrap();
//        match nr_counter.execute(Read::Get, tkn, Tracked::assume_new()) {
//            Result::Ok((ret, t, _)) => {
//                match ret {
//                    OpResult::Value(v) => {
//                        println!("Replica {idx} - Final Result: {v} expected {}", NUM_THREADS * (NUM_OPS_PER_THREAD)/ 2);
//                    }
//                    OpResult::Ok => {
//                        println!("Replica {idx} - Final Result: OK? expected {}", NUM_THREADS * (NUM_OPS_PER_THREAD)/ 2);
//                    }
//                }
//            },
//            Result::Err(t) => {
//                println!("Replica {idx} - Final Result: Err");
//            }
//        }
//    }
//
//    println!("Done!");
//}

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

    /// Constructs the view of the data structure.
    ///
    /// This lifts the concrete, executable representation of the data structure into a
    /// view that can be reasoned about in specs and proofs.
    /// This provides support for the `@` operator on the data structure
    spec fn view(&self) -> Self::View;

    
    
    
    
    /// Executes a write operation against the data structure and returns the result.
    fn dispatch_mut(&mut self, op: Self::WriteOperation) -> (result: Self::Response)
        requires
            old(self).inv(),
        ensures
            self.inv(),
            Self::dispatch_mut_spec(old(self)@, op) == (self@, result),
    ;

    
    
    /// specification of the [`Dispatch::dispatch_mut`] function.
    spec fn dispatch_mut_spec(ds: Self::View, op: Self::WriteOperation) -> (
        Self::View,
        Self::Response,
    );

    /// An invariant that is preserved by [`Dispatch::dispatch_mut`]
    spec fn inv(&self) -> bool;
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
