use vstd::prelude::*;


mod abstract_end_point_t {

use vstd::prelude::*;

verus! {

// This translates ironfleet's NodeIdentity type.
pub struct AbstractEndPoint {
    pub id: Seq<u8>,
}


}
}
mod environment_t {
use vstd::prelude::*;

verus! {

pub struct LPacket<IdType, MessageType> {
    pub dst: IdType,
    pub src: IdType,
    pub msg: MessageType,
}

pub enum LIoOp<IdType, MessageType> {
    Send{s: LPacket<IdType, MessageType>},
    Receive{r: LPacket<IdType, MessageType>},
    TimeoutReceive{},
    ReadClock{t: int},
}





// These Ironfleet predicates go away, replaced by a requires-type check in NetClient receieve and
// send interaces.
// LIoOpOrderingOKForAction
// LIoOpSeqCompatibleWithReduction



} // verus
}
mod host_impl_t {
//! Translates multiple files:
//!
//! Most of Common/Framework/Host.s.dfy
//!
//! Some parts of Common/Framework/Host.i.dfy (due to lack of an exact analogy
//! to module refinement)
//!
//! ConcreteConfiguration is not translated.

use crate::abstract_end_point_t::*;
use crate::environment_t::*;
 // TODO(jonh) dependency on _v
use crate::io_t::*;
use vstd::prelude::*;

// NB, here we have a trusted file including an untrusted file, which violates our goal
// of having the auditor need to read only _t files. This was an interim workaround due
// to some limitations of Verus traits at the time it was written, which may be resolved now.
use crate::host_impl_v::*;

verus! {

type Ios = Seq<NetEvent>;


// When this text was ported, Verus had limitations in its support for associated types or trait
// type parameters, which would have let us abstract the ConcreteConfiguration type exactly as
// IronFleet did.  As an alternative, this protocol init accepts the Args on the command line.
//
//pub trait ConcreteConfiguration {
//    open spec fn init(&self) -> bool;
//
//    open spec fn to_servers(&self) -> Set<EndPoint>;
//}

pub struct EventResults {
    // What netc actually observed:
    pub recvs: Seq<NetEvent>,
    pub clocks: Seq<NetEvent>,
    pub sends: Seq<NetEvent>,

    /// What we were trying to make happen:
    /// ios may claim an event that doesn't appear in event_seq() if, say, the netc socket broke on
    /// send. We already received, so the only way we can refine is by claiming we finished the
    /// corresponding send (in ios). In this case, the postcondition of next_ensures gives
    /// us the out because !netc.ok allows ios!=event_seq().
    pub ios: Ios,
}

impl EventResults {
    pub open spec fn event_seq(self) -> Seq<NetEvent> {
        self.recvs + self.clocks + self.sends
    }

    pub open spec fn well_typed_events(self) -> bool {
        &&& forall |i| 0 <= i < self.recvs.len() ==> self.recvs[i] is Receive
        &&& forall |i| 0 <= i < self.clocks.len() ==> self.clocks[i] is ReadClock || self.clocks[i] is TimeoutReceive
        &&& forall |i| 0 <= i < self.sends.len() ==> self.sends[i] is Send
        &&& self.clocks.len() <= 1
    }

    }

/// Translates Common/Framework/Host.s
///
/// This changes the way NetClient/HostEnvironment is managed slightly - instead
/// of giving the host a reference to the NetClient to hold on to in init (as in
/// Ironfleet), we only let the host borrow it in each call to next_impl and it
/// is owned by the main loop.

// Obligations for the implementer's HostState implementation.
// We'd like to do this with a trait, so that the auditor could tell statically
// that this trusted file doesn't depend on any surprises from the verified file.

} // verus!
}
mod host_impl_v {

use crate::abstract_end_point_t::*;
use crate::environment_t::*;
use crate::io_t::*;
use vstd::assert_by_contradiction;
use vstd::bytes::*;
use vstd::calc_macro::*;
use vstd::map::*; // TODO: prelude doesn't supply the macros?
use vstd::prelude::*;
use vstd::seq_lib::*; // TODO: prelude doesn't supply the macros?
use vstd::set::*;
use vstd::set_lib::*; // TODO: prelude doesn't supply the macros?

use crate::host_impl_t::*; // need some definitions from Rust

verus! {


/*
 This file ports this call stack from Ironfleet

 Distributed/Common/Framework::IronfleetMain.s (trusted) -> host_impl_t

 Impl/LiveSHT/Host::HostNextImpl
 Impl/LiveSHT/SchedulerImpl::Host_Next_main
 Impl/LiveSHT/SchedulerImpl::Host_ProcessReceivedPacket_Next
 Impl/SHT/HostModel::HostModelNextReceiveMessage
 Impl/SHT/HostModel::HostModelNextGetRequest

 */





// Translates Impl/LiveSHT/SchedulerModel.i.dfy :: AllIosAreSends

// Translates Impl/SHT/PacketParsing.i.dfy :: AbstractifyCPacketToLSHTPacket

// Translates Impl/LiveSHT/SchedulerModel.i.dfy :: MapSentPacketSeqToIos

// Translates Impl/LiveSHT/NetSHT.i.dfy :: AbstractifyRawLogToIos

// Translates Impl/LiveSHT/RawIoConsistentWithSpecIO


pub fn make_send_only_event_results(net_events: Ghost<Seq<NetEvent>>) -> (res: Ghost<EventResults>)
    requires
        forall |i: int| 0 <= i && i < net_events@.len() ==> net_events@[i] is Send
    ensures
        res@.recvs == Seq::<NetEvent>::empty(),
        res@.clocks == Seq::<NetEvent>::empty(),
        res@.sends == net_events@,
        res@.ios == net_events@,
        res@.event_seq() == net_events@,
        res@.well_typed_events(),
{
    let ghost res = EventResults {
        recvs: Seq::<NetEvent>::empty(),
        clocks: Seq::<NetEvent>::empty(),
        sends: net_events@,
        ios: net_events@,
    };
    assert (forall |i| 0 <= i < res.recvs.len() ==> res.recvs[i] is Receive);
    assert (forall |i| 0 <= i < res.clocks.len() ==> res.clocks[i] is ReadClock || res.clocks[i] is TimeoutReceive);
    assert (forall |i| 0 <= i < res.sends.len() ==> res.sends[i] is Send);
    assert (res.clocks.len() <= 1);
    assert (res.well_typed_events());
    proof { assert_seqs_equal!(res.event_seq(), net_events@); };
    Ghost(res)
}




}
}
mod io_t {

use crate::environment_t::*;
use vstd::prelude::*;
use vstd::prelude::*;
//
use crate::abstract_end_point_t::*;
use vstd::slice::*;
 // for clone_vec placeholder

// For DuctTapeProfiler
use std::time::{SystemTime, Duration};
use std::collections::HashMap;

use std::net::UdpSocket;

verus! {


//pub struct Environment {
//    ok: bool
//}

// #[derive(Copy, Clone)]

//impl Clone for EndPoint {
//    fn clone(&self) -> (res: EndPoint)
//        ensures res@ == self@
//    {
//        EndPoint{id: clone_vec_u8(&self.id)}
//    }
//}



pub type NetEvent = LIoOp<AbstractEndPoint, Seq<u8>>;










} // verus!
}
 // TODO: maybe move into Verus?


verus! {

// The function `unflatten_args` takes arguments passed to us by the C# main
// executable and unflattens then into a vector of arguments. C# flattens
// the arguments by contatenating them all together, and passing us an array
// of their lengths.



// This routine is exported to the C# main executable containing the I/O
// framework. This lets the I/O framework allocate Rust buffers that it can fill
// and return to us.
//
// For instance, suppose the I/O framework is about to receive a packet, and has
// learned that packet's length. It will call `allocate_buffer`, and we'll
// return to it two things: `buffer_ptr`, a pointer to a region of memory with
// length `length`, and `box_vec_ptr`, a pointer that it will return to us when
// we ask to receive a message.


// This routine is exported to the C# main executable containing the I/O
// framework. This lets the I/O framework deallocate a Rust buffers that
// it allocated with `allocate_buffer` that it was planning to return to
// us but has now decided it doesn't want to return to us. For instance,
// if the I/O framework allocated it to store an incoming packet, but
// detected that the connection closed, it needs to free the buffer.



}
