use vstd::prelude::*;


mod abstract_parameters_t {

use vstd::prelude::*;

verus! {

pub struct AbstractParameters {
    pub max_seqno: nat,
    pub max_delegations: nat,
}

impl AbstractParameters {
    // Translates Impl/SHT/Parameters::StaticParams
    pub open spec fn static_params() -> AbstractParameters
    {
        AbstractParameters {
            max_seqno: 0xffff_ffff_ffff_ffff as nat,
            max_delegations: 0x7FFF_FFFF_FFFF_FFFF as nat,
        }
    }
}

}
}
mod host_impl_v {

use crate::abstract_parameters_t::*;
use vstd::assert_by_contradiction;
use vstd::bytes::*;
use vstd::calc_macro::*;
use vstd::map::*; // TODO: prelude doesn't supply the macros?
use vstd::prelude::*;
use vstd::seq_lib::*; // TODO: prelude doesn't supply the macros?
use vstd::set::*;
use vstd::set_lib::*; // TODO: prelude doesn't supply the macros?

 // need some definitions from Rust

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



pub struct Parameters {
    pub max_seqno: u64,
    pub max_delegations: u64,
}

impl Parameters {
    pub open spec fn view(self) -> AbstractParameters {
        AbstractParameters{
            max_seqno: self.max_seqno as nat,
            max_delegations: self.max_delegations as nat,
        }
    }

    // Translates Impl/SHT/Parameters::StaticParams
    pub fn static_params() -> (out: Parameters)
    ensures
        out@ == AbstractParameters::static_params(),
    {
        Parameters {
            max_seqno: 0xffff_ffff_ffff_ffff,
            max_delegations: 0x7FFF_FFFF_FFFF_FFFF,
        }
    }

    // Translates Impl/SHT/Parameters.i.dfy :: CParametersIsValid
    }

// Translates Impl/LiveSHT/SchedulerModel.i.dfy :: AllIosAreSends

// Translates Impl/SHT/PacketParsing.i.dfy :: AbstractifyCPacketToLSHTPacket

// Translates Impl/LiveSHT/SchedulerModel.i.dfy :: MapSentPacketSeqToIos

// Translates Impl/LiveSHT/NetSHT.i.dfy :: AbstractifyRawLogToIos

// Translates Impl/LiveSHT/RawIoConsistentWithSpecIO






}
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
