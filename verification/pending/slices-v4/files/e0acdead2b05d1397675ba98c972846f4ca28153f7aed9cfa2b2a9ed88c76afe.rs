use vstd::prelude::*;


mod abstract_end_point_t {

use vstd::prelude::*;

verus! {

// This translates ironfleet's NodeIdentity type.
pub struct AbstractEndPoint {
    pub id: Seq<u8>,
}

impl AbstractEndPoint {
    // Translates Common/Native/Io.s.dfy0
    pub open spec fn valid_physical_address(self) -> bool {
        self.id.len() < 0x100000
    }

    }

}
}
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
mod abstract_service_t {

use vstd::prelude::*;
use vstd::map::*;
use vstd::modes::*;
use vstd::multiset::*;
use vstd::seq::*;
use vstd::set::*;

use vstd::pervasive::*;

use crate::app_interface_t::*;
use crate::keys_t::*;
use crate::message_t::*;
use crate::single_message_t::*;

verus! {

pub enum AppRequest {
    AppGetRequest{seqno:nat, key:AbstractKey},
    AppSetRequest{seqno:nat, key:AbstractKey, ov:Option<AbstractValue>},
}


} // verus
}
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

pub type AbstractValue = Seq<u8>;

pub type Hashtable = Map<AbstractKey, AbstractValue>;

// Translates Services/SHT/AppInterface.i.dfy :: max_val_len
// Translates Services/SHT/AppInterface.i.dfy :: ValidKey
// Translates Services/SHT/AppInterface.i.dfy :: ValidValue


// Protocol/SHT/Delegations.i.dfy ExtractRange


}
}
mod args_t {

use vstd::prelude::*;
use vstd::seq::*;
use vstd::seq_lib::*;


verus! {

pub type AbstractArg = Seq<u8>;
pub type AbstractArgs = Seq<AbstractArg>;


/// Clone a Vec<u8>.
///
/// Implemented as a loop, so might not be as efficient as the
/// `std::vec::Vec::clone` method.
// TODO: implemented to avoid depending on (and waiting for) Vec::clone,
// which is made complicated by how it should treat its generic type
// parameter. Here the elements are u8 which are easy to deal with.




}
}
mod delegation_map_t {
//! Translates file Protocol/SHT/Delegations.i.dfy

use vstd::prelude::*;
use vstd::map::*;
use vstd::modes::*;
use vstd::multiset::*;
use vstd::pervasive::*;
use vstd::seq::*;
use vstd::set::*;

use crate::abstract_end_point_t::*;
use crate::app_interface_t::*;
use crate::keys_t::*;
use crate::network_t::*;

verus! {

#[verifier::ext_equal]  // effing INSAASAAAAANNE
pub struct AbstractDelegationMap(pub Map<AbstractKey, AbstractEndPoint>);

impl AbstractDelegationMap {
    pub open spec fn init(root_identity: AbstractEndPoint) -> Self
    {
        AbstractDelegationMap(Map::total(|k: AbstractKey| root_identity))
    }

    #[verifier(inline)]
    pub open spec fn view(self) -> Map<AbstractKey, AbstractEndPoint> {
        self.0
    }

    #[verifier(inline)]
    pub open spec fn spec_index(self, key: AbstractKey) -> AbstractEndPoint
        recommends self.0.dom().contains(key)
    {
        self@.index(key)
    }

    
    
    }

}
}
mod delegation_map_v {
//! Translates file Distributed/Impl/SHT/Delegations.i.dfy



use vstd::{
    map::*, modes::*, seq::*, seq_lib::*, set::*, set_lib::*,
    *,
};
use vstd::prelude::*;

use crate::delegation_map_t::*;
use crate::keys_t::*;
use crate::verus_extra::clone_v::*;

verus! {

impl Ordering {
    
    
    pub open spec fn lt(self) -> bool {
        matches!(self, Ordering::Less)
    }

    
    
    
    
    
    
    
    
    }


// Stores the entries from smallest to largest


/*
proof fn sorted_subrange<K: KeyTrait>(s: Seq<K>, i: int, j: int)
    requires
        0 <= i <= j <= s.len(),
        sorted(s),
    ensures
        sorted(s.subrange(i, j)),
{
    let sub = s.subrange(i, j);
    assert forall |m, n| 0 <= m < n < sub.len() implies #[trigger](sub[m].cmp_spec(sub[n]).lt()) by {
        K::cmp_properties();
    }
}
*/


impl<K: KeyTrait + VerusClone> KeyIterator<K> {
    // #[verifier(when_used_as_spec(new_spec))]
    
    
    
    
    
    
    
//    fn cmp(&self, other: &Self) -> (o: Ordering)
//        ensures o == self.cmp_spec(*other),
//    {
//        match (self.k, other.k) {
//            (None, None) => Ordering::Equal,
//            (None, Some(_)) => Ordering::Less,
//            (Some(_), None) => Ordering::Greater,
//            (Some(i), Some(j)) => { i.cmp(&j) }
//        }
//    }
//
    // #[verifier(when_used_as_spec(lt_spec))]
    
    
    
    // Ivy calls this `done`
    
    // Is this iterator strictly above the supplied value?
    
    // Is k in the range [lhs, rhs)
    pub open spec fn between(lhs: Self, ki: Self, rhs: Self) -> bool {
        !ki.lt_spec(lhs) && ki.lt_spec(rhs)
    }
}


// TODO: Restore this to be generic over values V


  // this code was trying to be too generic, but we need to know how to clone IDs. So we specialize.





} // end verus!
}
mod host_protocol_t {
use vstd::prelude::*;


use crate::abstract_end_point_t::*;
use crate::abstract_parameters_t::*;
use crate::abstract_service_t::*;
use crate::app_interface_t::*;
use crate::args_t::*;
use crate::delegation_map_t::*;
use crate::keys_t::*;
use crate::message_t::*;
use crate::network_t::*;
use crate::single_delivery_t::*;
use crate::single_message_t::*;

// Protocol/SHT/Host.i.dfy

verus! {
// TODO Try translating this into *_state_machine!{} form

// This ports Protocol/LiveSHT/RefinementProof/Environment ::LSHTIo
// This ports Protocol/LiveSHT/RefinementProof/Environment ::LSHTPacket


pub struct AbstractConstants {
    pub root_identity: AbstractEndPoint,
    pub host_ids: Seq<AbstractEndPoint>,
    pub params: AbstractParameters,
    pub me: AbstractEndPoint,
}

pub struct AbstractHostState {
    pub constants: AbstractConstants,
    pub delegation_map: AbstractDelegationMap,
    pub h: Hashtable,
    pub sd: SingleDelivery<Message>,
    pub received_packet: Option<Packet>,
    pub num_delegations: int,   // TODO nat?
    pub received_requests: Seq<AppRequest>,
    // We decided to elide resendCount and nextActionIndex from this translated spec
    // because they're only relevant to liveness.
}


// Protocol/SHT/Host.i.dfy max_hashtable_size()


// Ports Impl/SHT/PacketParsing.i.dfy :: ValidHashtable


// Protocol/SHT/Delegations.i.dfy BulkUpdateDomain

// Protocol/SHT/Delegations.i.dfy BulkUpdateHashtable

// Impl/SHT/HostModel.i.dfy BulkRemoveHashtable


// In Ironfleet, proving liveness demands that we not simply willy-nilly reject packets we don't like.
// However, in this port, we used a freshly-written general marshalling library. It's a good
// library, but it didn't happen to provide support for proving that, if demarshal(bytes) fails,
// then no structured message marshals to those bytes. Since we're not proving liveness of this
// implementation, we instead provide this placeholder marker for where the implementation is
// unable to prove demarshaling invertibility.



// Translates Protocol/LiveSHT/Scheduler.i.dfy :: ExtractSentPacketsFromIos

// Protocol/SHT/Host.i.dfy :: LSHTPacketToPacket

// Translates Protocol/SHT/Host.i.dfy :: ExtractPacketsFromLSHTPackets

// Translates ExtractPacketsFromLSHTPackets(ExtractSentPacketsFromIos(ios))

// Protocol/LiveSHT/Scheduler.i.dfy ::ReceivePacket_Wrapper
// nb: Dafny split this out to enable easy triggering of this exists        
        
// Protocol/LiveSHT/Scheduler.i.dfy ::LHost_ReceivePacketWithoutReadingClock

// Protocol/LiveSHT/Scheduler.i.dfy ::LHost_ReceivePacket_Next



// Protocol/SHT/Host.i.dfy :: NextSetRequest_Complete

// Protocol/SHT/Host.i.dfy :: NextSetRequest

// Protocol/SHT/Host.i.dfy :: NextDelegate

// Protocol/SHT/Host.i.dfy NextShard


// Protocol/SHT/Host.i.dfy NextShard_Wrapper

// Protocol/SHT/Host.i.dfy :: NextReply

// Protocol/SHT/Host.i.dfy :: NextRedirect




// Translates Protocol/LiveSHT/Scheduler.i.dfy :: LHost_ProcessReceivedPacket_Next


// Skips LHost_NoReceive_Next_Wrapper, which delays resends, and translates LHost_NoReceive_Next

// Translates Impl/LiveSHT/Unsendable HostNextIgnoreUnsendableReceive (inlining IosReflectIgnoringUnDemarshallable)

// Translates Impl/LiveSHT/Unsendable HostNextIgnoreUnsendableProcess (inlining IosReflectIgnoringUnParseable)


pub open spec fn parse_arg_as_end_point(arg: AbstractArg) -> AbstractEndPoint
{
    AbstractEndPoint{id: arg}
}

pub open spec fn unchecked_parse_args(args: AbstractArgs) -> Seq<AbstractEndPoint>
{
    args.map(|idx, arg: AbstractArg| parse_arg_as_end_point(arg))
}

pub open spec(checked) fn parse_args(args: AbstractArgs) -> Option<Seq<AbstractEndPoint>>
{
    let end_points = unchecked_parse_args(args);
    if forall |i| #![auto] 0 <= i < end_points.len() ==> end_points[i].valid_physical_address() {
        Some(end_points)
    } else {
        None
    }
}

// Ironfleet's trusted spec left ParseCommandLineConfiguration unspecified, which was an auditing
// hole. Here we're going to define the parsing in the trusted domain.
pub open spec(checked) fn init(pre: AbstractHostState, id: AbstractEndPoint, args: AbstractArgs) -> bool {
    let end_points = parse_args(args);
    if end_points is None || end_points.unwrap().len()==0 {
        false
    } else {
        let root_identity = end_points.unwrap()[0];
        let params = AbstractParameters::static_params();
        pre == AbstractHostState{
            constants: AbstractConstants{root_identity, host_ids: end_points.unwrap(), params, me: id },
            delegation_map: AbstractDelegationMap::init(root_identity),
            h: Map::empty(),
            sd: SingleDelivery::init(),
            received_packet: None,
            num_delegations: 1,   // TODO nat?
            received_requests: seq![],
        }
    }
}

// This translates Distributed/Protocol/SHT/Host.i.dfy

//pub open no_invalid_messages fn next(pre: AbstractHostState, post: AbstractHostState, recv: Set<Packet>, out: Set<Packet>) -> bool {



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
use crate::verus_extra::clone_v::*;

verus! {

pub trait KeyTrait : Sized {

    
    
    spec fn cmp_spec(self, other: Self) -> Ordering;

    
    // zero should be smaller than all other keys
    
    }

// Based on Rust's Ordering
#[derive(Structural, PartialEq, Eq)]
pub enum Ordering {
    Less,
    Equal,
    Greater,
}

pub struct KeyIterator<K: KeyTrait + VerusClone> {
    // None means we hit the end
    pub k: Option<K>,
}

impl<K: KeyTrait + VerusClone> KeyIterator<K> {
    pub open spec fn new_spec(k: K) -> Self {
        KeyIterator { k: Some(k) }
    }

    pub open spec fn cmp_spec(self, other: Self) -> Ordering {
        match (self.k, other.k) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(i), Some(j)) => { i.cmp_spec(j) }
        }
    }

    pub open spec fn lt_spec(self, other: Self) -> bool {
        (!(self.k is None) && other.k is None)
      || (!(self.k is None) && !(other.k is None) && self.k->0.cmp_spec(other.k->0).lt())
    }

    // TODO: Use the name `spec_ge` instead of `geq_spec` to enable Verus magic overloading
    }

pub struct KeyRange<K: KeyTrait + VerusClone> {
    pub lo: KeyIterator<K>,
    pub hi: KeyIterator<K>,
}

impl<K: KeyTrait + VerusClone> KeyRange<K>
{
    pub open spec fn contains(self, k: K) -> bool
    {
        KeyIterator::<K>::between(self.lo, KeyIterator::<K>::new_spec(k), self.hi)
    }

    }


impl<K: VerusClone + KeyTrait> VerusClone for KeyIterator<K> {
    }

impl<K: VerusClone + KeyTrait> VerusClone for KeyRange<K> {
    }

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

impl KeyTrait for SHTKey {
    
    
    
    open spec fn cmp_spec(self, other: Self) -> Ordering
    {
        if self.ukey < other.ukey {
            Ordering::Less
        } else if self.ukey == other.ukey {
            Ordering::Equal
        } else {
            Ordering::Greater
        }
    }

    
    }

impl VerusClone for SHTKey {
    }

pub type AbstractKey = SHTKey;

} // verus!
}
mod message_t {
//! Translates file Distributed/Protocol/SHT/Message.i.dfy

use vstd::prelude::*;
use crate::abstract_end_point_t::*;
use crate::app_interface_t::*;
use crate::keys_t::*;
use crate::network_t::*;

verus! {

pub enum Message {
    GetRequest {
        key: AbstractKey,
    },
    SetRequest {
        key: AbstractKey,
        value: Option<AbstractValue>,
    },
    Reply {
        key: AbstractKey,
        value: Option<AbstractValue>,
    },
    Redirect {
        key: AbstractKey,
        id: AbstractEndPoint,
    },
    Shard {
        range: KeyRange<AbstractKey>,
        recipient: AbstractEndPoint,
    },
    Delegate {
        range: KeyRange<AbstractKey>,
        h: Hashtable,
    },
}

}
}
mod network_t {
//! Translates Distributed/Protocol/SHT/Network.i.dfy

use vstd::pervasive::*;
use vstd::prelude::*;

use crate::abstract_end_point_t::*;
use crate::message_t::*;
use crate::single_message_t::*;

verus! {
pub type PMsg = SingleMessage<Message>;

/// A Packet is an abstract version of a `CPacket`.
///
/// It's isomorphic to an `LSHTPacket = LPacket<AbstractEndPoint,
/// SingleMessage<Message>>`.
pub struct Packet {
    pub dst: AbstractEndPoint,
    pub src: AbstractEndPoint,
    pub msg: PMsg,
}
}
}
mod single_delivery_t {
use vstd::map::*;
use vstd::modes::*;
use vstd::multiset::*;
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::seq::*;

use vstd::{set::*, set_lib::*};

use crate::abstract_end_point_t::*;
use crate::abstract_parameters_t::*;
use crate::message_t::*;
use crate::network_t::*;
use crate::single_message_t::*;

verus! {

pub type TombstoneTable = Map<AbstractEndPoint, nat>;


pub type AckList<MT> = Seq<SingleMessage<MT>>;


#[verifier::ext_equal]
pub struct AckState<MT> {
    pub num_packets_acked: nat,
    pub un_acked: AckList<MT>,
}


pub type SendState<MT> = Map<AbstractEndPoint, AckState<MT>>;


// NB we renamed SingleDeliveryAcct to SingleDelivery
#[verifier::ext_equal]
pub struct SingleDelivery<MT> {
    pub receive_state: TombstoneTable,
    pub send_state: SendState<MT>
}

impl<MT> SingleDelivery<MT> {
    pub open spec fn init() -> Self
    {
        SingleDelivery{ receive_state: Map::empty(), send_state: Map::empty() }
    }

    
    
    
    
    
    
    
    
    // Protocol/SHT/SingleDelivery.i.dfy ReceiveNoMessage
    
    // Protocol/SHT/SingleDelivery.i.dfy SendNoMessage
    }


}
}
mod single_message_t {
use vstd::map::*;
use vstd::modes::*;
use vstd::multiset::*;
use vstd::seq::*;
use vstd::set::*;
use vstd::prelude::*;

use vstd::pervasive::*;

use crate::abstract_end_point_t::*;

verus! {

pub enum SingleMessage<MT> {
    Message {
        seqno: nat,
        dst: AbstractEndPoint,
        m: MT,
    },
    Ack {
        ack_seqno: nat,
    }, // I have received everything up to and including seqno
    InvalidMessage {}, // ... what parse returns for raw messages we can't otherwise parse into a valid message above
}

}
}
mod verus_extra {
pub mod clone_v {
use vstd::prelude::*;

verus! {

pub trait VerusClone : Sized {
      // this is way too restrictive; it kind of demands Copy. But we don't have a View trait yet. :v(
}

}
}
pub mod seq_lib_v {
use vstd::prelude::*;
use vstd::seq::*;
use vstd::seq_lib::*;

verus! {










pub proof fn lemma_seq_fold_left_sum_le<A>(s: Seq<A>, init: int, high: int, f: spec_fn(A) -> int)
  requires
    forall |i:int| 0 <= i < s.len() ==> f(s[i]) <= high,
  ensures
    s.fold_left(init, |acc: int, x: A| acc + f(x)) <= init + s.len() * high,
  decreases s.len(),
{
  if s.len() != 0 {
    lemma_seq_fold_left_sum_le(s.drop_last(), init, high, f);
    assert(init + (s.len() - 1) * high + high <= init + s.len() * high) by (nonlinear_arith);
  }
}







} // verus!
}
} // TODO: maybe move into Verus?


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
