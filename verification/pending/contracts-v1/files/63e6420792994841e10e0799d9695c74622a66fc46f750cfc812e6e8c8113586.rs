use vstd::prelude::*;


mod app_interface_t {

use vstd::prelude::*;
use crate::keys_t::*;
use vstd::map::*;
use vstd::modes::*;
use vstd::multiset::*;
use vstd::seq::*;
use vstd::set::*;

use vstd::pervasive::*;

verus! {



// Translates Services/SHT/AppInterface.i.dfy :: max_val_len
// Translates Services/SHT/AppInterface.i.dfy :: ValidKey
pub open spec fn valid_key(key: AbstractKey) -> bool { true }
// Translates Services/SHT/AppInterface.i.dfy :: ValidValue


// Protocol/SHT/Delegations.i.dfy ExtractRange


}
}
mod cmessage_v {
//! Translates file IronFleet Impl/SHT/CMessage.i.dfy

use vstd::prelude::*;

use vstd::{seq::*, seq_lib::*};

use crate::app_interface_t::*;
use crate::keys_t::*;


verus! {




// Translates Impl/SHT/AppInterface.i.dfy :: IsKeyValid
pub fn is_key_valid(key: &CKey) -> (b: bool)
    ensures b == valid_key(*key)
{
    true
}

// Translates Impl/SHT/AppInterface.i.dfy :: IsValueValid



/* $line_count$Proof$ */ 
// Note simplifications from IronFleet:
// - we don't have a runtime Parameters, just a static value supplied by a function.
// - we don't have a separate CParameters, just AbstractParameters.




// Translates Impl/SHT/CMessage :: CPacketSeqIsAbstractable

// Translates Impl/SHT/PacketParsing.i.dfy :: AbstractifyOutboundPacketsToSeqOfLSHTPackets

// Translates Impl/SHT/CMessage.i.dfy :: AbstractifySeqOfCPacketsToSetOfShtPackets


} // verus!
}
mod keys_t {
use vstd::map::*;
use vstd::modes::*;
use vstd::multiset::*;
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::seq::*;
use vstd::set::*;


use crate::app_interface_t::*;

verus! {


// Based on Rust's Ordering








#[derive(Eq,PartialEq,Hash)]
pub struct SHTKey {
    pub // workaround
        ukey: u64,
}


/*
impl std::hash::Hash for SHTKey {
}

impl std::cmp::PartialEq for SHTKey {
}

impl std::cmp::Eq for SHTKey {
}
*/



pub type AbstractKey = SHTKey;
pub type CKey = SHTKey;

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
