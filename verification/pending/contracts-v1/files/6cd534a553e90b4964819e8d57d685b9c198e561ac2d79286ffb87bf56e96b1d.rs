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
mod endpoint_hashmap_t {
//! Wrapper around Rust HashMap with Vec<u8> keys, with a Map view
//!
//! This is a copy-paste of hashmap_t.rs but for HashMap<Vec<u8>, V>.
//! At the time this was written, that's because Verus generics had some
//! limitations; those limitations may already resolved now.

use std::collections;
use vstd::map::*;
use vstd::prelude::*;


use crate::abstract_end_point_t::AbstractEndPoint;
use crate::io_t::EndPoint;

verus! {

#[verifier(external_body)]
#[verifier::accept_recursive_types(V)]
pub struct HashMap<V> {
  m: collections::HashMap<EndPoint, V>,
}

impl<V> HashMap<V>
{
    /// The abstract contents of the HashMap.
    pub uninterp spec fn view(self) -> Map<AbstractEndPoint, V>;

    
    
    pub open spec fn spec_index(self, key: &EndPoint) -> V
    recommends
        self@.contains_key(key@),
    {
        self@[key@]
    }

    
    
    // TODO replace put_spec with insert spec
    
    //#[verifier(external_body)]
    //TODO: replace call sites with insert
    
    
    
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
#[derive(PartialEq, Eq, Hash)]
pub struct EndPoint {
    pub id: Vec<u8>,
}

//impl Clone for EndPoint {
//    fn clone(&self) -> (res: EndPoint)
//        ensures res@ == self@
//    {
//        EndPoint{id: clone_vec_u8(&self.id)}
//    }
//}

impl EndPoint {
    // Verus unimpl: Can't call clone through the trait
    
    pub open spec fn view(self) -> AbstractEndPoint {
        AbstractEndPoint{id: self.id@}
    }

    // EndPointIsAbstractable
    // (this has generally been unused)
    
    
    // Translates Common/Native/Io.s.dfy
    }


pub type NetEvent = LIoOp<AbstractEndPoint, Seq<u8>>;
pub type History = Seq<NetEvent>;

pub enum State {
    Receiving,
    Sending,
    Error,
}


pub struct IronfleetIOError {
    pub message: String,
}


#[verifier(external_body)]
pub struct NetClientCPointers {
    get_time_func: extern "C" fn() -> u64,
    receive_func: extern "C" fn(i32, *mut bool, *mut bool, *mut *mut std::vec::Vec<u8>, *mut *mut std::vec::Vec<u8>),
    send_func: extern "C" fn(u64, *const u8, u64, *const u8) -> bool
}

#[verifier::external_body]
pub struct DuctTapeProfiler {
    last_event: SystemTime,
    last_report: SystemTime,
    event_counter: HashMap<std::string::String, u64>,
}


pub struct NetClient {
    state: Ghost<State>,
    history: Ghost<History>,
    end_point: EndPoint,
    c_pointers: NetClientCPointers,
    profiler: DuctTapeProfiler,
}

impl NetClient {
    //////////////////////////////////////////////////////////////////////////////
    // player-1 accessible interfaces (note requires from_trusted_code())
    //////////////////////////////////////////////////////////////////////////////

    
    // Main loop (Player 1 audited code) resets the state after having seen Player 2
    // complete a proof of refinement to an atomic protocol step.
    
    //////////////////////////////////////////////////////////////////////////////
    // player-2 accessible interfaces
    //////////////////////////////////////////////////////////////////////////////

    // This state field is how Player 2 proves that it calls receive before send.
    pub closed spec fn state(&self) -> State
    {
        self.state@
    }

    
    
    pub closed spec fn history(&self) -> History
    {
        self.history@
    }

    /// Translates MyPublicKey()
    pub closed spec fn my_end_point(&self) -> AbstractEndPoint
    {
        self.end_point@
    }

    
    
    
    
    
    #[verifier(external)]
    pub unsafe fn send_internal(&mut self, remote: &EndPoint, message: &Vec<u8>) -> (result: Result<(), IronfleetIOError>)
    {
        let remote_raw: *const u8 = remote.id.as_ptr();
        let message_raw: *const u8 = message.as_ptr();
        let b: bool = (self.c_pointers.send_func)(remote.id.len() as u64, remote_raw, message.len() as u64, message_raw);
        if b {
            Ok(())
        }
        else {
            Err(IronfleetIOError{message: "Failed to send".to_string()})
        }
    }

    #[verifier(external_body)]
    pub fn send_internal_wrapper(&mut self, remote: &EndPoint, message: &Vec<u8>) -> (result: Result<(), IronfleetIOError>)
    ensures
        *final(self) == *old(self),
    {
        unsafe { self.send_internal(remote, message) }
    }

    pub fn send(&mut self, recipient: &EndPoint, message: &Vec<u8>) -> (result: Result<(), IronfleetIOError> )
        requires
            !(old(self).state() is Error)
        ensures
            final(self).my_end_point() == old(self).my_end_point(),
            final(self).state() is Error <==> result is Err,
            result is Ok ==> final(self).state() is Sending,
            result is Ok ==> final(self).history() == old(self).history() + seq![LIoOp::Send{s: LPacket{dst: recipient@, src: final(self).my_end_point(), msg: message@}}],
    {
        let result: Result<(), IronfleetIOError> = self.send_internal_wrapper(recipient, message);
        match result {
            Ok(_) => {
                self.state = Ghost(State::Sending{});
                self.history = Ghost(self.history@ + seq![LIoOp::Send{s: LPacket{dst: recipient@, src: self.my_end_point(), msg: message@}}]);
            }
            Err(_) => {
                self.state = Ghost(State::Error{});
            }
        };
        result
    }
}

} // verus!
}
 // TODO: maybe move into Verus?

use crate::io_t::EndPoint;

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
