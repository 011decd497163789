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


pub type Arg = Vec<u8>;

/// Clone a Vec<u8>.
///
/// Implemented as a loop, so might not be as efficient as the
/// `std::vec::Vec::clone` method.
// TODO: implemented to avoid depending on (and waiting for) Vec::clone,
// which is made complicated by how it should treat its generic type
// parameter. Here the elements are u8 which are easy to deal with.
pub fn clone_vec_u8(v: &Vec<u8>) -> (out: Vec<u8>)
ensures
    out@ == v@
{
    let mut out: Arg = Vec::with_capacity(v.len());
    let mut i = 0;
    while i < v.len()
        invariant
            i <= v.len(),
            i == out.len(),
            forall |j| #![auto] 0 <= j < i  ==> out@[j] == v@[j],
        decreases
            v.len() - i,
    {
        out.push(v[i]);
        i = i + 1;
    }
    proof {
        assert_seqs_equal!(out@, v@);
    }
    out
}




}
}
mod cmessage_v {
//! Translates file IronFleet Impl/SHT/CMessage.i.dfy

use vstd::prelude::*;

use vstd::{seq::*, seq_lib::*};

use crate::abstract_parameters_t::*;
use crate::app_interface_t::*;
use crate::hashmap_t::CKeyHashMap;
use crate::host_impl_v::*;
use crate::host_protocol_t::*;
use crate::io_t::EndPoint;
use crate::keys_t::KeyRange;
use crate::keys_t::*;
use crate::marshal_v::*;
use crate::message_t::*;
use crate::network_t::*;
use crate::single_message_t::SingleMessage;

use crate::verus_extra::clone_v::*;

verus! {

#[allow(inconsistent_fields)]   // Not sure why we need this; v sure looks equivalent to me!
pub enum CMessage {
  GetRequest{ k: CKey},
  SetRequest{ k: CKey, v: Option::<Vec<u8>>},
  Reply{ k: CKey, v: Option::<Vec::<u8>> },
  Redirect{ k: CKey, id: EndPoint },
  Shard{ kr: KeyRange::<CKey>, recipient: EndPoint },
  Delegate{ range: KeyRange::<CKey>, h: CKeyHashMap},
}

pub open spec fn optional_value_view(ov: Option::<Vec::<u8>>) -> Option::<Seq::<u8>>
{
    match ov {
        Some(v) => Some(v@),
        None => None,
    }
}


// Translates Impl/SHT/AppInterface.i.dfy :: IsKeyValid

// Translates Impl/SHT/AppInterface.i.dfy :: IsValueValid

impl CMessage {
  // CMessageIsAbstractable
  
  pub open spec fn view(self) -> Message {
    match self {
        CMessage::GetRequest { k } => Message::GetRequest { key: k },
        CMessage::SetRequest { k, v } => Message::SetRequest { key: k, value: optional_value_view(v) },
        CMessage::Reply { k, v } => Message::Reply { key: k, value: optional_value_view(v) },
        CMessage::Redirect { k, id } => Message::Redirect { key: k, id: id@ },
        CMessage::Shard { kr, recipient } => Message::Shard { range: kr, recipient: recipient@ },
        CMessage::Delegate { range, h } => Message::Delegate { range: range, h: h@ },
    }
  }

  
  // This would be better if we had a View trait.
  
  
  // Translates Impl/SHT/PacketParsing.i.dfy :: MessageMarshallable
  
  // Translates Impl/SHT/PacketParsing.i.dfy :: IsMessageMarshallable
  }

pub open spec fn abstractify_cmessage_seq(messages: Seq<CSingleMessage>) -> Seq<SingleMessage<Message>> {
  messages.map_values(|msg: CSingleMessage| msg@)
}

/* $line_count$Proof$ */ define_enum_and_derive_marshalable! {
/* $line_count$Exec$ */ pub enum CSingleMessage {
/* $line_count$Exec$ */   #[tag = 0]
/* $line_count$Exec$ */   Message{ #[o=o0] seqno: u64, #[o=o1] dst: EndPoint, #[o=o2] m: CMessage },
/* $line_count$Exec$ */   #[tag = 1]
/* $line_count$Exec$ */   // I got everything up to and including `ack_seqno`
/* $line_count$Exec$ */   Ack{ #[o=o0] ack_seqno: u64},
/* $line_count$Exec$ */   #[tag = 2]
/* $line_count$Exec$ */   InvalidMessage,
/* $line_count$Exec$ */ }
/* $line_count$Proof$ */ [rlimit attr = verifier::rlimit(25)]
}

// Note simplifications from IronFleet:
// - we don't have a runtime Parameters, just a static value supplied by a function.
// - we don't have a separate CParameters, just AbstractParameters.

impl CSingleMessage {
  
  /// translates CSingleMessageIsValid
  // temp_valid to catch old callsites that intended to call abstractable()
  
  pub open spec fn view(self) -> SingleMessage<Message> {
    match self {
        CSingleMessage::Message { seqno, dst, m } => SingleMessage::Message { seqno: seqno as nat, dst: dst@, m: m@ },
        CSingleMessage::Ack { ack_seqno } => SingleMessage::Ack { ack_seqno: ack_seqno as nat },
        CSingleMessage::InvalidMessage { } => SingleMessage::InvalidMessage {  },
    }
  }

  
  
  // Translates Impl/SHT/PacketParsing.i.dfy :: CSingleMessageMarshallable
  
  // Translates Impl/SHT/PacketParsing.i.dfy :: IsCSingleMessageMarshallable
  }

pub struct CPacket {
  pub dst: EndPoint,
  pub src: EndPoint,
  pub msg: CSingleMessage,
}

impl CPacket {
  
  // Translates Impl/SHT/PacketParsing.i.dfy :: AbstractifyCPacketToShtPacket
  pub open spec fn view(self) -> Packet {
    Packet { dst: self.dst@, src: self.src@, msg: self.msg@ }
  }

  }

// Translates Impl/SHT/CMessage :: CPacketSeqIsAbstractable

// Translates Impl/SHT/PacketParsing.i.dfy :: AbstractifyOutboundPacketsToSeqOfLSHTPackets

// Translates Impl/SHT/CMessage.i.dfy :: AbstractifySeqOfCPacketsToSetOfShtPackets


} // verus!
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

    pub open spec fn is_complete(self) -> bool {
        self@.dom().is_full()
    }

    /// Translates Protocol/SHT/Delegations.i.dfy :: UpdateDelegationMap
    pub open spec fn update(self, newkr: KeyRange<AbstractKey>, host: AbstractEndPoint) -> Self
        recommends
            self.is_complete(),
    {
        AbstractDelegationMap(self@.union_prefer_right(Map::new(|k| newkr.contains(k), |k| host)))
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

use crate::abstract_end_point_t::AbstractEndPoint;
use crate::delegation_map_t::*;
use crate::io_t::EndPoint;
use crate::keys_t::*;
use crate::verus_extra::clone_v::*;

verus! {

impl Ordering {
    pub open spec fn eq(self) -> bool {
        matches!(self, Ordering::Equal)
    }

    pub open spec fn ne(self) -> bool {
        !matches!(self, Ordering::Equal)
    }

    pub open spec fn lt(self) -> bool {
        matches!(self, Ordering::Less)
    }

    pub open spec fn gt(self) -> bool {
        matches!(self, Ordering::Greater)
    }

    pub open spec fn le(self) -> bool {
        !matches!(self, Ordering::Greater)
    }

    
    
    
    pub const fn is_lt(self) -> (b:bool)
        ensures b == self.lt(),
    {
        matches!(self, Ordering::Less)
    }

    
    
    }


// Stores the entries from smallest to largest
struct StrictlyOrderedVec<K: KeyTrait> {
    v: Vec<K>,
}


spec fn sorted<K: KeyTrait>(s: Seq<K>) -> bool
{
    forall |i, j| #![auto] 0 <= i < j < s.len() ==> s[i].cmp_spec(s[j]).lt()
}
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

impl<K: KeyTrait + VerusClone> StrictlyOrderedVec<K> {
    pub closed spec fn view(self) -> Seq<K> {
        self.v@
    }

    pub closed spec fn valid(self) -> bool {
        sorted(self@) && self@.no_duplicates()
    }

    proof fn to_set(self) -> (s: Set<K>)
        requires self.valid(),
        ensures s == self@.to_set(),
                s.finite(),
                s.len() == self@.len(),
    {
        seq_to_set_is_finite::<K>(self@);
        self@.unique_seq_to_set();
        self@.to_set()
    }

    
    fn len(&self) -> (len: usize )
        ensures len == self@.len()
    {
        self.v.len()
    }

    // TODO(parno): returning an &K is a bit more Rusty (and faster!)
    fn index(&self, i: usize) -> (k: K)
        requires i < self@.len(),
        ensures k == self@[i as int]
    {
        (self.v[i]).clone()
    }

    
    
    
    fn insert(&mut self, k: K) -> (i: usize)
        requires
            old(self).valid(),
            !old(self)@.contains(k),
        ensures final(self).valid(),
            final(self)@.len() == old(self)@.len() + 1,
            0 <= i < final(self)@.len(),
            final(self)@ == old(self)@.insert(i as int, k),
            final(self)@.to_set() == old(self)@.to_set().insert(k),
    {
        // Find the index where we should insert k
        let mut index: usize = 0;
        while index < self.v.len() && self.v[index].cmp(&k).is_lt()
            invariant
                0 <= index <= self@.len(),
                forall |i| 0 <= i < index ==> (#[trigger] self@.index(i).cmp_spec(k)).lt()
            decreases
               self@.len() - index
        {
            index = index + 1;
        }
        self.v.insert(index, k);
        assert forall |m, n| 0 <= m < n < self@.len() implies #[trigger](self@[m].cmp_spec(self@[n]).lt()) by {
            K::cmp_properties();
        }
        assert(self@.to_set() == old(self)@.to_set().insert(k)) by {
            let new_s = self@.to_set();
            let old_s = old(self)@.to_set().insert(k);
            assert(self@[index as int] == k);   // OBSERVE
            assert forall |e| old_s.contains(e) implies new_s.contains(e) by {
                if e == k {
                } else {
                    let i = choose |i: int| 0 <= i < old(self)@.len() && old(self)@[i] == e;
                    if i < index {
                        assert(self@[i] == e);      // OBSERVE
                    } else {
                        assert(self@[i+1] == e);    // OBSERVE
                    }
                }
            };
            assert_sets_equal!(new_s, old_s);
        };
        return index;
    }
}

impl<K: KeyTrait + VerusClone> KeyIterator<K> {
    // #[verifier(when_used_as_spec(new_spec))]
    
    
    
    pub open spec fn is_end_spec(&self) -> bool {
        self.k is None
    }

    #[verifier(when_used_as_spec(is_end_spec))]
    pub fn is_end(&self) -> (b: bool)
        ensures b == self.is_end_spec()
    {
        matches!(self.k, None)
    }

    pub open spec fn get_spec(&self) -> &K
        recommends self.k.is_some(),
    {
        &self.k->0
    }

    #[verifier(when_used_as_spec(get_spec))]
    pub fn get(&self) -> (k: &K)
        requires !self.is_end(),
        ensures k == self.get_spec(),
    {
        self.k.as_ref().unwrap()
    }

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
    pub fn lt(&self, other: &Self) -> (b: bool)
        ensures b == self.lt_spec(*other),
    {
        (!self.is_end() && other.is_end())
            || (!self.is_end() && !other.is_end() && self.k.as_ref().unwrap().cmp(&other.k.as_ref().unwrap()).is_lt())
    }

    
    
    // Ivy calls this `done`
    
    // Is this iterator strictly above the supplied value?
    
    // Is k in the range [lhs, rhs)
    pub open spec fn between(lhs: Self, ki: Self, rhs: Self) -> bool {
        !ki.lt_spec(lhs) && ki.lt_spec(rhs)
    }
}


// TODO: Restore this to be generic over values V
#[verifier::reject_recursive_types(K)]
struct StrictlyOrderedMap<K: KeyTrait + VerusClone> {
    keys: StrictlyOrderedVec<K>,
    vals: Vec<ID>,
    m: Ghost<Map<K, ID>>,
}

impl<K: KeyTrait + VerusClone> StrictlyOrderedMap<K> {
    pub closed spec fn view(self) -> Map<K,ID> {
        self.m@
    }

    pub closed spec fn map_valid(self) -> bool
        // recommends self.keys@.len() == self.vals.len()  // error: public function requires cannot refer to private items
    {
        &&& self.m@.dom().finite()
        &&& self.m@.dom() == self.keys@.to_set()
        &&& forall |i| 0 <= i < self.keys@.len() ==> #[trigger] (self.m@[self.keys@.index(i)]) == self.vals@.index(i)
    }

    pub closed spec fn valid(self) -> bool {
        &&& self.keys.valid()
        &&& self.keys@.len() == self.vals.len()
        &&& self.map_valid()
    }

    /// We hold no keys in the range (lo, hi)
    spec fn gap(self, lo: KeyIterator<K>, hi: KeyIterator<K>) -> bool {
        forall |ki| lo.lt_spec(ki) && ki.lt_spec(hi) ==> !(#[trigger] self@.contains_key(*ki.get()))
    }

    
    
    

    
    
    // All values in the index range [lo, hi] are `v`
    // Second return value says that all values in the index range [lo, hi) are `v`, 
    // but the value at hi is not `v`
    
    // All keys in the range [keys[lo .. hi]] are `v`
    // Second return value says that all keys in the index range [keys[lo, hi)] are `v`, 
    // but the value at hi is not `v`
    
//    // All keys present in the range [lo .. hi] map `v`
//    fn keys_agree(&self, ghost(lo): Ghost<&K>, lo_index: usize, ghost(hi): Ghost<&K>, hi_index: usize, v: &ID) -> (b: bool)
//        requires 
//            self.valid(),
//            0 <= lo_index <= hi_index < self.keys@.len(),
//            lo == self.keys@[lo_index as int],
//            hi == self.keys@[hi_index as int],
//        ensures b == forall |k| #![auto] 
//                        lo.cmp_spec(k).le() 
//                     && k.cmp_spec(*hi).le() 
//                     && self@.contains_key(k) 
//                     ==> self@[k]@ == v@,
//    {
//        let ret = self.keys_in_index_range_agree(lo_index, hi_index, v);
//        proof {
//            if ret {
//                assert forall |k| #![auto] 
//                        lo.cmp_spec(k).le() 
//                     && k.cmp_spec(*hi).le() 
//                     && self@.contains_key(k) 
//                     implies self@[k]@ == v@ by {
//                    assert(exists |i| 0 <= i < self.keys@.len() && self.keys@[i] == k);
//                    let i = choose |i| 0 <= i < self.keys@.len() && self.keys@[i] == k;
//                    assert(lo_index <= i <= hi_index) by {
//                        K::cmp_properties();
//                    }
//                }
//            } else {
//                let i = choose |i| #![auto] !(lo_index <= i <= hi_index ==> self@[self.keys@[i]]@ == v@);
//                let k = self.keys@[i];
//                assert(lo.cmp_spec(k).le() && k.cmp_spec(*hi).le()) by {
//                    K::cmp_properties();
//                }
//                assert(self@.contains_key(k));
//                assert(self@[k]@ != v@);
//            }
//        }
//        ret 
//    }


    
    
    
    // Finds the index of the largest iterator <= iter
    
    // Finds the largest iterator <= iter
    
    // Remove all keys in the range [lo, hi)
    }

type ID = EndPoint;  // this code was trying to be too generic, but we need to know how to clone IDs. So we specialize.

#[verifier::reject_recursive_types(K)]
pub struct DelegationMap<K: KeyTrait + VerusClone> {
    // Our efficient implementation based on ranges
    lows: StrictlyOrderedMap<K>,
    // Our spec version
    m: Ghost<Map<K, AbstractEndPoint>>,

}

impl<K: KeyTrait + VerusClone> DelegationMap<K> {
    pub closed spec fn view(self) -> Map<K,AbstractEndPoint> {
        self.m@
    }

    pub closed spec fn valid(self) -> bool {
        &&& self.lows.valid()
        &&& self.lows@.contains_key(K::zero_spec())
        &&& self@.dom().is_full()
        &&& (forall|k| #[trigger] self@[k].valid_physical_address())
        &&& (forall|k, i, j|
                      self.lows@.contains_key(i)
                   && self.lows.gap(KeyIterator::new_spec(i), j)
                   && #[trigger] KeyIterator::between(KeyIterator::new_spec(i), KeyIterator::new_spec(k), j)
                   ==> self@[k] == self.lows@[i]@)
    }

    
    pub proof fn valid_implies_complete(&self)
        requires self.valid()
        ensures  self@.dom().is_full()
    {
    }


    // Returns the greatest_lower_bound as evidence for the proof of correctness for set
    
    
    // Maps keys from [lo, hi) to dst
    
    
    
    
    
    
    
    

    }



} // end verus!
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

    #[verifier(external_body)]
    pub fn new() -> (out: Self)
        ensures out@ == Map::<AbstractEndPoint, V>::empty()
    {
      HashMap { m: collections::HashMap::new() }
    }

    #[verifier(external_body)]
    pub fn insert(&mut self, key: &EndPoint, value: V)
      ensures final(self)@ == old(self)@.insert(key@, value)
    {
      let key_clone: EndPoint = key.clone_up_to_view();
      self.m.insert(key_clone, value);
    }

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
mod hashmap_t {
//! Wrapper around Rust HashMap, with a Map view
//!
//! This is a HashMap<u64, Vec<u8>>. We need the key to be hashable, and the
//! view uses the view of the values.
// At the time this was written, Verus generics had some
// limitations; those limitations may already resolved now.
//
// TODO: we will also need some hashmaps with Vec<u8> as their keys.

// This map is trusted because the corresponding Dafny code uses Dafny's built-in
// map types. At the time this was written, Verus' map library had limitations
// that prevented us from exporting all the verification promises we needed,
// so we hack those promises in here.
// (That, and some of the operations require assuming the inputs are immutable,
// which the values are not, so we need a clone-up-to-view sort of promise.)

use crate::keys_t::*;
use crate::host_protocol_t::*;
use std::collections;
use vstd::map::*;
use vstd::prelude::*;


verus! {

#[verifier(external_body)]
pub struct CKeyHashMap {
  m: collections::HashMap<CKey, Vec<u8>>,
}

impl CKeyHashMap {
    /// The abstract contents of the CKeyHashMap.
    pub uninterp spec fn view(self) -> Map<AbstractKey, Seq<u8>>;

    #[verifier(external_body)]
    pub fn new() -> (out: CKeyHashMap)
        ensures out@ == Map::<AbstractKey, Seq<u8>>::empty()
    {
      CKeyHashMap { m: collections::HashMap::new() }
    }

    #[verifier::external_body]
    pub fn len(&self) -> (l: usize)
    ensures l as int == self@.len()
    {
        self.m.len()
    }

    #[verifier(external_body)]
    pub fn insert(&mut self, key: CKey, value: Vec<u8>)
      ensures final(self)@ == old(self)@.insert(key, value@)
    {
        //TODO: Soundness issue needs careful examination: What properties must we demand of Key
        //for this ensures to be correct? If Key has a nondeterministic hash, for example, this
        //ensures will be false.
        self.m.insert(key, value);
    }

    
    
    
    
    pub uninterp spec fn spec_to_vec(&self) -> Vec<CKeyKV>;
    pub uninterp spec fn spec_from_vec(v: Vec<CKeyKV>) -> Self;
    #[verifier(external_body)]
    #[verifier(when_used_as_spec(spec_to_vec))]
    pub fn to_vec(&self) -> (res: Vec<CKeyKV>)
      ensures res == self.spec_to_vec()
    {
        let mut v: std::vec::Vec<(u64, std::vec::Vec<u8>)> =
            self.m.iter().map(|(k, v)| (k.ukey, v.clone())).collect();
        v.sort();
        v.into_iter()
         .map(|(k, v)| CKeyKV { k: CKey { ukey: k }, v })
         .collect()
    }
    #[verifier(external_body)]
    #[verifier(when_used_as_spec(spec_from_vec))]
    pub fn from_vec(v: Vec<CKeyKV>) -> (res: Self)
      ensures res == Self::spec_from_vec(v)
    {
        let mut res = CKeyHashMap::new();
        for CKeyKV { k, v } in v {
            res.insert(k, v);
        }
        res
    }
        pub axiom fn lemma_to_vec_view(self, other: Self)
      ensures
        (self@ == other@ <==> self.spec_to_vec()@ == other.spec_to_vec()@)
        && (self@ == other@ <==> (
            self.spec_to_vec().len() == other.spec_to_vec().len() &&
                forall |i: int| #![auto] 0 <= i < self.spec_to_vec().len() ==>
                self.spec_to_vec()[i]@ == other.spec_to_vec()[i]@
        ));
    pub axiom fn lemma_from_vec(v: Vec<CKeyKV>)
      ensures
        #![trigger Self::spec_from_vec(v)]
        spec_sorted_keys(v) ==> Self::spec_from_vec(v).spec_to_vec() == v;

    
    
    
    // TODO: Move this concept into a Verus standard library
    
    }

// pub struct KeyIterator
// {
//     view: Set<CKey>,
//     iter: Keys<CKey, Vec<u8>>,
// }

pub struct CKeyKV {
    pub k: CKey,
    pub v: Vec<u8>,
}

impl CKeyKV {
    pub open spec fn view(self) -> (AbstractKey, Seq<u8>)
    {
        (self.k, self.v@)
    }
}

pub open spec fn ckeykvlt(a: CKeyKV, b: CKeyKV) -> bool {
    a.k.ukey < b.k.ukey
}

pub open spec fn spec_sorted_keys(v: Vec<CKeyKV>) -> bool {
    // ckeykvlt ensures that this forall does not create a trigger loop on
    // v@[i].k.ukey, v@[i+1].k.ukey, ...
    //
    // we weren't able to fix this by making the whole < the trigger
    forall |i: int, j: int| 0 <= i && i + 1 < v.len() && j == i+1 ==> #[trigger] ckeykvlt(v@[i], v@[j])
}

}
}
mod host_impl_v {

use crate::abstract_end_point_t::*;
use crate::abstract_parameters_t::*;
use crate::abstract_service_t::*;
use crate::app_interface_t::*;
use crate::args_t::*;
use crate::cmessage_v::*;
use crate::delegation_map_t::*;
use crate::delegation_map_v::*;
use crate::hashmap_t::*;
use crate::host_protocol_t;
use crate::host_protocol_t::*;
use crate::io_t::*;
use crate::keys_t::*;
use crate::marshal_v::*;
use crate::message_t::*;
use crate::network_t::*;
use crate::single_delivery_state_v::*;
use crate::single_delivery_t::*;
use crate::single_message_t::*;
use crate::verus_extra::clone_v::*;
use crate::verus_extra::seq_lib_v::*;
use crate::verus_extra::set_lib_ext_v::*;
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

pub struct Constants {
    pub root_identity: EndPoint,
    pub host_ids: Vec<EndPoint>,
    pub params: Parameters,
    pub me: EndPoint,
}

impl Constants {
    pub open spec fn view(self) -> AbstractConstants {
        AbstractConstants{
            root_identity: self.root_identity@,
            host_ids: abstractify_end_points(self.host_ids),
            params: self.params@,
            me: self.me@,
        }
    }

    
    }

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
    
    // Translates Impl/SHT/Parameters.i.dfy :: CParametersIsValid
    }

// Translates Impl/LiveSHT/SchedulerModel.i.dfy :: AllIosAreSends

// Translates Impl/SHT/PacketParsing.i.dfy :: AbstractifyCPacketToLSHTPacket

// Translates Impl/LiveSHT/SchedulerModel.i.dfy :: MapSentPacketSeqToIos

// Translates Impl/LiveSHT/NetSHT.i.dfy :: AbstractifyRawLogToIos

// Translates Impl/LiveSHT/RawIoConsistentWithSpecIO



pub struct HostState {
    // Fields from Impl/LiveSHT/SchedulerImpl::SchedulerImpl
    next_action_index: u64,
    resend_count: u64,

    // Fields from Impl/SHT/HostState::HostState
    constants: Constants,
    delegation_map: DelegationMap<CKey>,
    h: CKeyHashMap,
    sd: CSingleDelivery,
    received_packet: Option<CPacket>,
    num_delegations: u64,
    received_requests: Ghost<Seq<AppRequest>>,
}


impl HostState {
    // AbstractHostState is the protocol host state
    pub closed spec fn view(self) -> AbstractHostState
    {
        AbstractHostState{
            constants: self.constants@,
            delegation_map: AbstractDelegationMap(self.delegation_map@),
            h: self.h@,
            sd: self.sd@,
            received_packet: match self.received_packet {
                None => None,
                Some(cpacket) => Some(cpacket@),
                // TODO(tej): add map to Verus Option
                // received_packet.map(|cpacket| cpacket@),
            },
            num_delegations: self.num_delegations as int,
            received_requests: self.received_requests@,
        }
    }

    
    
    
    
    // translates Impl/Common/CmdLineParser parse_end_points
    
    //pub open spec fn parse_command_line_configuration_matches(args: &Args, me: EndPoint, rc: Option<Constants>)

    // TODO: In the IronFleet original, this parse method was part of the trusted application spec.
    // Somehow, in this port, it wound up being entirely verified. That may be because IronFleet
    // used this method in a trusted place in a different application, but it wasn't really TCB for
    // the KV app? May warrant further investigation.
    
    // translates Impl/LiveSHT/SchedulerImpl :: Host_Init_Impl
    // and Impl/LiveSHT/Host ::
    
    // Translates Impl/LiveSHT/SchedulerImpl.i.dfy :: DeliverPacketSeq
    
    // Translates Impl/LiveSHT/SchedulerImpl.i.dfy :: DeliverOutboundPackets
    
    // Impl/LiveSHT/SchedulerImpl.i.dfy Host_ReceivePacket_Next
    
    // In the process of porting this, we found a bug in the Ironfleet spec, in Host.s.dfy. It
    // says:
    // ```
    // ensures  (ok || |sends| > 0) ==> env.net.history() == old(env.net.history()) + (recvs + clocks + sends)
    // ``
    // but this isn't strong enough. Indeed, in Dafny we were able to unwittingly
    // ``trick'' it by just setting the sends to empty. What it should say is that
    // if ok was false, then the env history reflects a prefix of the receives,
    // clocks, and sends we intended to perform, and the HostNext holds on the
    // full list of receives, clocks, and sends we intended to perform.
    //
    // In staying true to the original, this version "tricks the spec" in the same way that the
    // Ironfleet Dafny code did.
    
    
    
    // Implements Impl/SHT/HostModel.i.dfy :: ShouldProcessReceivedMessageImpl
    
    // Translates Impl/SHT/HostModel.i.dfy :: HostIgnoringUnParseable
    
    // Forked from host_state_common_preconditions because Verus can't pass a copy
    // of cpacket around willy-nilly as Dafny Ironfleet does.
    
    // Translates Impl/SHT/HostState.i.dfy :: HostState_common_preconditions
    // These are now only "common" to the processing methods, not the receive a fresh packet and
    // record it method.
    
    // Translates Impl/SHT/HostState.i.dfy :: NextGetRequestPreconditions
    
    // Translates Impl/SHT/HostState.i.dfy :: NextGetRequestPostconditions
    
    // Translates Impl/SHT/HostState.i.dfy :: NextSetRequestPreconditions
    
    // Translates Impl/SHT/HostState.i.dfy :: NextSetRequestPostconditions
    
    // Translates Impl/SHT/HostState.i.dfy :: NextDelegatePreconditions
    // This includes the extra condition:
    //    &&& self.num_delegations < self.constants.params.max_delegations - 2
    // since this is always required alongside NextDelegatePreconditions.
    
    // Translates Impl/SHT/HostState.i.dfy :: NextDelegatePostconditions
    // It includes the extra condition next_delegate(...) since that's an
    // extra postcondition always included with NextDelegatePostconditions.
    
    // Translates Impl/SHT/HostState.i.dfy :: NextShardPreconditions
    // This includes the extra condition:
    //    &&& self.num_delegations < self.constants.params.max_delegations - 2
    // since this is always required alongside NextShardPreconditions.
    
    // Translates Impl/SHT/HostState.i.dfy :: NextShardPostconditions
    
    // Translates Impl/SHT/HostModel.i.dfy :: HostState_common_postconditions
    
    
    // Implements Impl/SHT/HostModel.i.dfy HostModelNextSetRequest
    
    proof fn effect_of_delegation_map_set(
        pre: DelegationMap<CKey>,
        post: DelegationMap<CKey>,
        lo: &KeyIterator<CKey>,
        hi: &KeyIterator<CKey>,
        dst: &EndPoint
    )
        requires
            pre.valid(),
            post.valid(),
            forall |ki:KeyIterator<CKey>| #[trigger] KeyIterator::between(*lo, ki, *hi) ==> post@[*ki.get()] == dst@,
            forall |ki:KeyIterator<CKey>| !ki.is_end_spec() && !(#[trigger] KeyIterator::between(*lo, ki, *hi)) ==> post@[*ki.get()] == pre@[*ki.get()],
       ensures
           AbstractDelegationMap(post@) == AbstractDelegationMap(pre@).update(KeyRange::<AbstractKey>{ lo: *lo, hi: *hi }, dst@)
    {
        pre.valid_implies_complete();
        post.valid_implies_complete();
        assert_maps_equal!(AbstractDelegationMap(post@).0,
                           AbstractDelegationMap(pre@).update(KeyRange::<AbstractKey>{ lo: *lo, hi: *hi }, dst@).0);
    }

    
    // Implements Impl/SHT/HostModel.i.dfy HostModelNextDelegate
    
    // Implements Impl/SHT/HostModel.i.dfy HostModelNextShard
    
    // Implements Impl/SHT/HostModel.i.dfy HostModelNextReceiveMessage
    
    // Impl/LiveSHT/SchedulerImpl.i.dfy Host_ProcessReceivedPacket_Next
    
    // Distributed/Impl/LiveSHT/SchedulerImpl.i.dfy Host_NoReceive_NoClock_Next?
    
    
}

}
}
mod host_protocol_t {
use vstd::prelude::*;


use crate::abstract_end_point_t::*;
use crate::abstract_parameters_t::*;
use crate::abstract_service_t::*;
use crate::app_interface_t::*;
use crate::args_t::*;
use crate::delegation_map_t::*;
use crate::io_t::*;
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





// Ironfleet's trusted spec left ParseCommandLineConfiguration unspecified, which was an auditing
// hole. Here we're going to define the parsing in the trusted domain.

// This translates Distributed/Protocol/SHT/Host.i.dfy

//pub open no_invalid_messages fn next(pre: AbstractHostState, post: AbstractHostState, recv: Set<Packet>, out: Set<Packet>) -> bool {



} // verus!
}
mod io_t {

use vstd::prelude::*;
use vstd::prelude::*;
//
use crate::abstract_end_point_t::*;
use crate::args_t::*;
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
    pub fn clone_up_to_view(&self) -> (res: EndPoint)
        ensures res@ == self@
    {
        EndPoint{id: clone_vec_u8(&self.id)}
    }

    pub open spec fn view(self) -> AbstractEndPoint {
        AbstractEndPoint{id: self.id@}
    }

    // EndPointIsAbstractable
    // (this has generally been unused)
    
    
    // Translates Common/Native/Io.s.dfy
    pub fn valid_physical_address(&self) -> (out: bool)
    ensures
        out == self@.valid_physical_address(),
    {
        self.id.len() < 0x100000
    }
}

pub open spec fn abstractify_end_points(end_points: Vec<EndPoint>) -> Seq<AbstractEndPoint>
{
    end_points@.map(|i, end_point: EndPoint| end_point@)
}











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

    spec fn zero_spec() -> Self where Self: std::marker::Sized;

    
    spec fn cmp_spec(self, other: Self) -> Ordering;

    proof fn cmp_properties()
        ensures
        // Equality is eq  --- TODO: Without this we need to redefine Seq, Set, etc. operators that use ==
        forall |a:Self, b:Self| #![auto] a == b <==> a.cmp_spec(b).eq(),
        // Reflexivity of equality
        forall |a:Self| #![auto] a.cmp_spec(a).eq(),
        // Commutativity of equality
        forall |a:Self, b:Self| (#[trigger] a.cmp_spec(b)).eq() == b.cmp_spec(a).eq(),
        // Transitivity of equality
        forall |a:Self, b:Self, c:Self|
            #[trigger] a.cmp_spec(b).eq() && #[trigger] b.cmp_spec(c).eq() ==> a.cmp_spec(c).eq(),
        // Inequality is asymmetric
        forall |a:Self, b:Self|
            #[trigger] a.cmp_spec(b).lt() <==> b.cmp_spec(a).gt(),
        // Connected
        forall |a:Self, b:Self|
            #![auto] a.cmp_spec(b).ne() ==> a.cmp_spec(b).lt() || b.cmp_spec(a).lt(),
        // Transitivity of inequality
        forall |a:Self, b:Self, c:Self|
            #[trigger] a.cmp_spec(b).lt() && #[trigger] b.cmp_spec(c).lt() ==> a.cmp_spec(c).lt(),
        forall |a:Self, b:Self, c:Self|
            #[trigger] a.cmp_spec(b).lt() && #[trigger] b.cmp_spec(c).le() ==> a.cmp_spec(c).lt(),
        forall |a:Self, b:Self, c:Self|
            #[trigger] a.cmp_spec(b).le() && #[trigger] b.cmp_spec(c).lt() ==> a.cmp_spec(c).lt();

    // zero should be smaller than all other keys
    
    fn cmp(&self, other: &Self) -> (o: Ordering)
        requires true,
        ensures o == self.cmp_spec(*other);
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
    fn clone(&self) -> Self {
        KeyIterator {
            k: match &self.k {
                Some(v) => Some(v.clone()),
                None => None,
            },
        }
    }
}

impl<K: VerusClone + KeyTrait> VerusClone for KeyRange<K> {
    fn clone(&self) -> Self {
        KeyRange { lo: self.lo.clone(), hi: self.hi.clone() }
    }
}

#[derive(Eq,PartialEq,Hash)]
pub struct SHTKey {
    pub // workaround
        ukey: u64,
}

impl SHTKey {
    pub fn clone(&self) -> (out: SHTKey)
    ensures out == self
    {
        SHTKey{ ukey: self.ukey }
    }
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
    
    open spec fn zero_spec() -> Self
    {
        SHTKey{ukey: 0}
    }

    
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

    proof fn cmp_properties()
//        ensures
//        // Equality is eq  --- TODO: Without this we need to redefine Seq, Set, etc. operators that use ==
//        forall |a:Self, b:Self| #![auto] a == b <==> a.cmp_spec(b).eq(),
//        // Reflexivity of equality
//        forall |a:Self| #![auto] a.cmp_spec(a).eq(),
//        // Commutativity of equality
//        forall |a:Self, b:Self| (#[trigger] a.cmp_spec(b)).eq() == b.cmp_spec(a).eq(),
//        // Transitivity of equality
//        forall |a:Self, b:Self, c:Self|
//            #[trigger] a.cmp_spec(b).eq() && #[trigger] b.cmp_spec(c).eq() ==> a.cmp_spec(c).eq(),
//        // Inequality is asymmetric
//        forall |a:Self, b:Self|
//            #[trigger] a.cmp_spec(b).lt() <==> b.cmp_spec(a).gt(),
//        // Connected
//        forall |a:Self, b:Self|
//            #![auto] a.cmp_spec(b).ne() ==> a.cmp_spec(b).lt() || b.cmp_spec(a).lt(),
//        // Transitivity of inequality
//        forall |a:Self, b:Self, c:Self|
//            #[trigger] a.cmp_spec(b).lt() && #[trigger] b.cmp_spec(c).lt() ==> a.cmp_spec(c).lt(),
//        forall |a:Self, b:Self, c:Self|
//            #[trigger] a.cmp_spec(b).lt() && #[trigger] b.cmp_spec(c).le() ==> a.cmp_spec(c).lt(),
//        forall |a:Self, b:Self, c:Self|
//            #[trigger] a.cmp_spec(b).le() && #[trigger] b.cmp_spec(c).lt() ==> a.cmp_spec(c).lt()
    {
    }

    fn cmp(&self, other: &Self) -> (o: Ordering)
//        requires true,
//        ensures o == self.cmp_spec(*other)
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
    fn clone(&self) -> (o: Self)
        //ensures o == self
    {
        SHTKey{ukey: self.ukey}
    }
}

pub type AbstractKey = SHTKey;
pub type CKey = SHTKey;

} // verus!
}
mod marshal_ironsht_specific_v {
//! All the marshalable types specific to IronSHT are stored in this file. All the types themselves
//! are defined in different modules, but the marshaling implementations (using functionality
//! provided by `marshal_v`) are written in this module.

// TODO FIXME Probably need a better name for this

use vstd::bytes::*;
use vstd::map::*;
use vstd::modes::*;
use vstd::multiset::*;
use vstd::prelude::*;
use vstd::seq::*;
use vstd::seq_lib::*;
use vstd::set::*;
use vstd::slice::*;

use vstd::*;

use crate::hashmap_t::ckeykvlt;

use crate::marshal_v::*;
use crate::verus_extra::seq_lib_v::*;

verus! {

    use crate::keys_t::{SHTKey, CKey, KeyRange, KeyIterator};
    use crate::io_t::EndPoint;
    use crate::hashmap_t::{CKeyHashMap, CKeyKV};
    use crate::cmessage_v::CMessage;

    /* $line_count$Proof$ */ marshalable_by_bijection! {
    /* $line_count$Proof$ */     [SHTKey] <-> [u64];
    /* $line_count$Proof$ */     forward(self) self.ukey;
    /* $line_count$Proof$ */     backward(x) SHTKey { ukey: x };
    /* $line_count$Proof$ */ }

    
    /* $line_count$Proof$}$ */ marshalable_by_bijection! {
    /* $line_count$Proof$}$ */    [EndPoint] <-> [Vec::<u8>];
    /* $line_count$Proof$}$ */    forward(self) self.id;
    /* $line_count$Proof$}$ */    backward(x) EndPoint { id: x };
    /* $line_count$Proof$}$ */ }

    
    /* $line_count$Proof$ */ marshalable_by_bijection! {
    /* $line_count$Proof$ */     [KeyRange::<CKey>] <-> [(Option::<u64>, Option::<u64>)];
    /* $line_count$Proof$ */     forward(self) {
    /* $line_count$Proof$ */         (
    /* $line_count$Proof$ */             match &self.lo.k {
    /* $line_count$Proof$ */                 None => None,
    /* $line_count$Proof$ */                 Some(x) => Some(x.ukey),
    /* $line_count$Proof$ */             },
    /* $line_count$Proof$ */             match &self.hi.k {
    /* $line_count$Proof$ */                 None => None,
    /* $line_count$Proof$ */                 Some(x) => Some(x.ukey),
    /* $line_count$Proof$ */             },
    /* $line_count$Proof$ */         )
    /* $line_count$Proof$ */     };
    /* $line_count$Proof$ */     backward(x) {
    /* $line_count$Proof$ */         KeyRange {
    /* $line_count$Proof$ */             lo: KeyIterator {
    /* $line_count$Proof$ */                 k: match x.0 {
    /* $line_count$Proof$ */                     None => None,
    /* $line_count$Proof$ */                     Some(x) => Some(SHTKey { ukey: x }),
    /* $line_count$Proof$ */                 }
    /* $line_count$Proof$ */             },
    /* $line_count$Proof$ */             hi: KeyIterator {
    /* $line_count$Proof$ */                 k: match x.1 {
    /* $line_count$Proof$ */                     None => None,
    /* $line_count$Proof$ */                     Some(x) => Some(SHTKey { ukey: x }),
    /* $line_count$Proof$ */                 }
    /* $line_count$Proof$ */             },
    /* $line_count$Proof$ */         }
    /* $line_count$Proof$ */     };
    /* $line_count$Proof$ */ }

    /* $line_count$Proof$ */ derive_marshalable_for_struct! {
    /* $line_count$Proof$ */     pub struct CKeyKV {
    /* $line_count$Proof$ */         pub k: CKey,
    /* $line_count$Proof$ */         pub v: Vec::<u8>,
    /* $line_count$Proof$ */     }
    /* $line_count$Proof$ */ }

    pub exec fn sorted_keys(v: &Vec<CKeyKV>) -> (res: bool)
        ensures res == crate::hashmap_t::spec_sorted_keys(*v),
    {
        if v.len() <= 1 {
            true
        } else {
            let mut idx = 1;
            while idx < v.len()
              invariant
                (0 < idx <= v.len()),
                (forall |i: int, j: int| 0 <= i && i + 1 < idx && j == i+1 ==> #[trigger] ckeykvlt(v@[i], v@[j])),
              decreases
                v.len() - idx
            {
                if v[idx - 1].k.ukey >= v[idx].k.ukey {
                    assert(!ckeykvlt(v@[idx as int-1], v@[idx as int]));
                    return false;
                } else {
                    idx = idx + 1;
                }
            }
            assert forall |i: int| 0 <= i && i + 1 < v.len() implies #[trigger] v@[i].k.ukey < v@[i + 1].k.ukey by {
                assert(ckeykvlt(v@[i], v@[i + 1])); // OBSERVE
            }
            true
        }
    }

    // To be able to prove marshalability, we need an arbitrary upper limit on the serialized size.
    // This relates to `valid_value`; perhaps it could be used to obviate this limit?
    #[verifier::opaque]
    pub open spec fn ckeyhashmap_max_serialized_size() -> usize {
        0x100000
    }
    pub fn ckeyhashmap_max_serialized_size_exec() -> (r: usize)
        ensures r == ckeyhashmap_max_serialized_size()
    {
        reveal(ckeyhashmap_max_serialized_size);
        0x100000
    }

    impl Marshalable for CKeyHashMap {
        open spec fn view_equal(&self, other: &Self) -> bool {
            self@ === other@
        }
        proof fn lemma_view_equal_symmetric(&self, other: &Self)
        // req, ens from trait
        {}
        open spec fn is_marshalable(&self) -> bool {
            self.to_vec().is_marshalable()
                && crate::hashmap_t::spec_sorted_keys(self.to_vec())
                && self.to_vec().ghost_serialize().len() <= (ckeyhashmap_max_serialized_size() as int)
        }
        exec fn _is_marshalable(&self) -> (res: bool)
        // req, ens from trait
        {
            let v = self.to_vec();
            let a = sorted_keys(&self.to_vec());
            v._is_marshalable() && a
            && self.to_vec().serialized_size() <= ckeyhashmap_max_serialized_size_exec()
        }
        open spec fn ghost_serialize(&self) -> Seq<u8>
        // req, ens from trait
        {
            self.to_vec().ghost_serialize()
        }
        exec fn serialized_size(&self) -> (res: usize)
        // req, ens from trait
        {
            self.to_vec().serialized_size()
        }
        exec fn serialize(&self, data: &mut Vec<u8>)
        // req, ens from trait
        {
            self.to_vec().serialize(data)
        }
        exec fn deserialize(data: &Vec<u8>, start: usize) -> (res: Option<(Self, usize)>)
        // req, ens from trait
        {
            match <Vec<CKeyKV>>::deserialize(data, start) {
                None => {
                    None
                },
                Some((x, end)) => {
                    if !sorted_keys(&x) {
                        None
                    } else {
                        let res = CKeyHashMap::from_vec(x);
                        if end - start > ckeyhashmap_max_serialized_size_exec() {
                            None
                        } else {
                            proof {
                                CKeyHashMap::lemma_from_vec(x);
                            }
                            Some((res, end))
                        }
                    }
                }
            }
        }
        proof fn lemma_serialization_is_not_a_prefix_of(&self, other: &Self)
        // req, ens from trait
        {
            self.lemma_to_vec_view(*other);
            assert(self.to_vec()@ != other.to_vec()@);
            if self.to_vec().len() != other.to_vec().len() {
                self.to_vec().lemma_serialization_is_not_a_prefix_of(&other.to_vec());
            } else {
                assert(
                    exists |i: int| #![auto] 0 <= i < self.spec_to_vec().len() &&
                        self.spec_to_vec()[i]@ != other.spec_to_vec()[i]@
                );
                let i = choose |i: int| #![auto] 0 <= i < self.spec_to_vec().len() &&
                    self.spec_to_vec()[i]@ != other.spec_to_vec()[i]@;
                assert(self.to_vec()[i]@ != other.to_vec()[i]@);
                assert(!self.to_vec()[i].view_equal(&other.to_vec()[i]));
                assert(!self.to_vec().view_equal(&other.to_vec()));
                self.to_vec().lemma_serialization_is_not_a_prefix_of(&other.to_vec());
            }
        }
        proof fn lemma_same_views_serialize_the_same(self: &Self, other: &Self)
        // req, ens from trait
        {
            self.lemma_to_vec_view(*other);
            self.to_vec().lemma_same_views_serialize_the_same(&other.to_vec());
        }
            }

    
    /* $line_count$Proof$ */ derive_marshalable_for_enum! {
    /* $line_count$Proof$ */     pub enum CMessage {
    /* $line_count$Proof$ */         #[tag = 0]
    /* $line_count$Proof$ */         GetRequest{ #[o=o0] k: CKey},
    /* $line_count$Proof$ */         #[tag = 1]
    /* $line_count$Proof$ */         SetRequest{ #[o=o0] k: CKey, #[o=o1] v: Option::<Vec<u8>>},
    /* $line_count$Proof$ */         #[tag = 2]
    /* $line_count$Proof$ */         Reply{ #[o=o0] k: CKey, #[o=o1] v: Option::<Vec::<u8>> },
    /* $line_count$Proof$ */         #[tag = 3]
    /* $line_count$Proof$ */         Redirect{ #[o=o0] k: CKey, #[o=o1] id: EndPoint },
    /* $line_count$Proof$ */         #[tag = 4]
    /* $line_count$Proof$ */         Shard{ #[o=o0] kr: KeyRange::<CKey>, #[o=o1] recipient: EndPoint },
    /* $line_count$Proof$ */         #[tag = 5]
    /* $line_count$Proof$ */         Delegate{ #[o=o0] range: KeyRange::<CKey>, #[o=o1] h: CKeyHashMap},
    /* $line_count$Proof$ */     }
    /* $line_count$Proof$ */     [rlimit attr = verifier::rlimit(20)]
    /* $line_count$Proof$ */ }

}
}
mod marshal_v {
//! Translates file Distributed/Impl/Common/GenericMarshalling.i.dfy
//!
//! Not really a translation so much as a re-implementation

use vstd::bytes::*;
use vstd::map::*;
use vstd::modes::*;
use vstd::multiset::*;
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::seq::*;
use vstd::seq_lib::*;
use vstd::set::*;
use vstd::slice::*;

use crate::verus_extra::choose_v::*;
use crate::verus_extra::seq_lib_v;
use crate::verus_extra::seq_lib_v::*;

// TODO: possible improvements.
//
// + [2023-02-10] `&[u8]` doesn't have a usable `.len()` in pervasive, so we end up using
//   `Vec<u8>` instead, which may cause an unnecessary runtime overhead.
//
// + [2023-02-10] Verus doesn't have a higher performance Vec constructor; need to do repeated
//   pushes right now.
//
// + [2023-03-31] There is no convenient support for overflow/underflow checking (for example,
//   `checked_add`), would be nice to have them in the standard library.

verus! {

pub trait Marshalable : Sized {
  spec fn is_marshalable(&self) -> bool;
  exec fn _is_marshalable(&self) -> (res: bool)
    ensures res == self.is_marshalable();
  spec fn ghost_serialize(&self) -> Seq<u8>
    recommends self.is_marshalable();
  exec fn serialized_size(&self) -> (res: usize)
    requires self.is_marshalable(),
    ensures res as int == self.ghost_serialize().len();
  exec fn serialize(&self, data: &mut Vec<u8>)
    requires self.is_marshalable()
    ensures
      final(data)@.len() >= old(data).len(),
      final(data)@.subrange(0, old(data)@.len() as int) == old(data)@,
      final(data)@.subrange(old(data)@.len() as int, final(data)@.len() as int) == self.ghost_serialize();
  exec fn deserialize(data: &Vec<u8>, start: usize) -> (res: Option<(Self, usize)>)
    ensures match res {
      Some((x, end)) => {
        &&& x.is_marshalable()
        &&& start <= end <= data.len()
        &&& data@.subrange(start as int, end as int) == x.ghost_serialize()
      }
      None => true,
    };

  // NB the use of a concrete `view_equal` inside the trait. At the time this module was designed,
  // Verus View behavior wasn't governed by a trait, and using a our own view-like trait wasn't
  // feasible because Verus didn't yet have trait generic bounds.
  spec fn view_equal(&self, other: &Self) -> bool;
  proof fn lemma_view_equal_symmetric(&self, other: &Self)
    ensures self.view_equal(other) == other.view_equal(self);

  proof fn lemma_serialization_is_not_a_prefix_of(&self, other: &Self)
    requires
      !self.view_equal(other),
      self.ghost_serialize().len() <= other.ghost_serialize().len(),
    ensures
      self.ghost_serialize() != other.ghost_serialize().subrange(0, self.ghost_serialize().len() as int);

  proof fn lemma_same_views_serialize_the_same(&self, other: &Self)
    requires
      self.view_equal(other),
    ensures
      self.is_marshalable() == other.is_marshalable(),
      self.ghost_serialize() == other.ghost_serialize();

  }








// NOTE: This can be replaced with a `define_struct_and_derive_marshalable` invocation

/// A convenience macro to produce the triangle necessary to confirm that there are no overflows
/// that occur when adding up a bunch of different expressions together.
#[allow(unused_macros)]
macro_rules! no_usize_overflows {
  ($e:expr,) => {
    true
  };
  ($($e:expr),*) => {
    no_usize_overflows!(@@internal 0, $($e),*)
  };
  (@@internal $total:expr,) => {
    true
  };
  (@@internal $total:expr, $a:expr) => {
    usize::MAX - $total >= $a
  };
  (@@internal $total:expr, $a:expr, $($rest:expr),*) => {
    usize::MAX - $total >= $a
      &&
    no_usize_overflows!(@@internal ($total + $a), $($rest),*)
  };
}
pub(crate) use no_usize_overflows;

/// `derive_marshalable_for_struct` is a macro that implements [`Marshalable`] for a struct. You
/// probably want to use [`define_struct_and_derive_marshalable`] wherever possible instead, since
/// it prevents code duplication. However, if you are (for some reason) unable to define at the
/// struct definition site, then this macro lets you derive the macro by simply (textually)
/// copy-pasting the struct.
#[allow(unused_macros)]
macro_rules! derive_marshalable_for_struct {
  {
    $( #[$attr:meta] )*
    $pub:vis
    struct $newstruct:ident $(< $($poly:ident : Marshalable),+ $(,)? >)? {
      $(
        $fieldvis:vis $field:ident : $fieldty:ty
      ),+
      $(,)?
    }
  } => {
    ::vstd::prelude::verus! {
      impl $(< $($poly: Marshalable),* >)? Marshalable for $newstruct $(< $($poly),* >)? {
        open spec fn view_equal(&self, other: &Self) -> bool {
          $(
            &&& self.$field.view_equal(&other.$field)
          )*
        }
        proof fn lemma_view_equal_symmetric(&self, other: &Self)
        // req, ens from trait
        {
          $(
            self.$field.lemma_view_equal_symmetric(&other.$field);
          )*
        }
        open spec fn is_marshalable(&self) -> bool {
          $(
            &&& self.$field.is_marshalable()
          )*
          &&& 0 $(+ self.$field.ghost_serialize().len())* <= usize::MAX
        }
        exec fn _is_marshalable(&self) -> bool
          // req, ens from trait
        {
          $(
            &&& self.$field._is_marshalable()
          )*
          &&& no_usize_overflows!($((self.$field.serialized_size())),*)
        }
        open spec fn ghost_serialize(&self) -> Seq<u8> {
          Seq::empty() $(+ self.$field.ghost_serialize())*
        }
        exec fn serialized_size(&self) -> (res: usize)
          // req, ens from trait
        {
          0 $(+ self.$field.serialized_size())*
        }
        exec fn serialize(&self, data: &mut Vec<u8>)
          // req, ens from trait
        {
          $(self.$field.serialize(data);)*
          proof {
            assert(data@.subrange(0, old(data)@.len() as int) =~= old(data)@);
            assert(data@.subrange(old(data)@.len() as int, data@.len() as int) =~= self.ghost_serialize());
          }
        }
        exec fn deserialize(data: &Vec<u8>, start: usize) -> (res: Option<(Self, usize)>)
          // req, ens from trait
        {
          let mid = start;
          $(
            let ($field, mid) = match $fieldty::deserialize(data, mid) { None => {
              return None;
            }, Some(x) => x, };
          )*
          let end = mid;
          let res = $newstruct {
            $($field),+
          };
          proof {
            assert(data@.subrange(start as int, end as int) =~= res.ghost_serialize());
          }
          Some((res, end))
        }
        proof fn lemma_serialization_is_not_a_prefix_of(self: &Self, other: &Self)
        // req, ens from trait
        {
          let si = self.ghost_serialize();
          let so = other.ghost_serialize();
          let mid: int = 0;
          $(
            if !self.$field.view_equal(&other.$field) {
              let (x0, x1) = (self.$field, other.$field);
              let (s0, s1) = (x0.ghost_serialize(), x1.ghost_serialize());
              x0.lemma_view_equal_symmetric(&x1);
              let (x0, x1, s0, s1) = if s0.len() <= s1.len() {
                (x0, x1, s0, s1)
              } else {
                (x1, x0, s1, s0)
              };
              x0.lemma_serialization_is_not_a_prefix_of(&x1);
              assert(!(s0 =~= s1.subrange(0, s0.len() as int))); // OBSERVE
              let idx = choose |i:int| 0 <= i < s0.len() as int && s0[i] != s1[i];
              if si == so.subrange(0, si.len() as int) {
                assert(si[mid + idx] == so[mid + idx]); // OBSERVE
              }
              return;
            } else {
              self.$field.lemma_same_views_serialize_the_same(&other.$field);
            }
            let mid = mid + self.$field.ghost_serialize().len();
          )*
        }
        proof fn lemma_same_views_serialize_the_same(self: &Self, other: &Self)
        // req, ens from trait
        {
          $(
            self.$field.lemma_same_views_serialize_the_same(&other.$field);
          )*
        }
        proof fn lemma_serialize_injective(self: &Self, other: &Self) {
          if !self.view_equal(other) {
            self.lemma_serialization_is_not_a_prefix_of(other);
            assert(other.ghost_serialize().subrange(0, self.ghost_serialize().len() as int)
                   =~= other.ghost_serialize()); // OBSERVE
          }
        }
      }
    }
  };
}
pub(crate) use derive_marshalable_for_struct;


/// `derive_marshalable_for_enum` is a macro that implements [`Marshalable`] for a enum. You
/// probably want to use [`define_enum_and_derive_marshalable`] wherever possible instead, since it
/// prevents code duplication. However, if you are (for some reason) unable to define at the enum
/// definition site, then this macro lets you derive the macro by simply (textually) copy-pasting
/// the enum.
macro_rules! derive_marshalable_for_enum {
  {
    $( #[$attr:meta] )*
    $pub:vis
    enum $newenum:ident $(< $($poly:ident : Marshalable),+ $(,)? >)? {
      $(
        #[tag = $tag:literal]
        $variant:ident $( { $(#[o=$memother:ident] $member:ident : $memberty:ty),* $(,)? } )?
      ),+
      $(,)?
    }
    $( [rlimit attr = $rlimitattr:meta] )?
  } => {
    ::vstd::prelude::verus! {
      impl $(< $($poly : Marshalable),+ >)? Marshalable for $newenum $(< $($poly),+ >)? {
        open spec fn view_equal(&self, other: &Self) -> bool {
          &&& match (self, other) {
            $(
              (
                $newenum::$variant $( { $($member),* } )?,
                $newenum::$variant $( { $($member: $memother),* } )?
              ) => {
                $( $(&&& $member.view_equal($memother))* )?
                &&& true
              }
            ),+
            _ => false,
          }
        }
        proof fn lemma_view_equal_symmetric(&self, other: &Self)
        // req, ens from trait
        {
          match (self, other) {
            $(
              (
                $newenum::$variant $( { $($member),* } )?,
                $newenum::$variant $( { $($member: $memother),* } )?
              ) => {
                $( $($member.lemma_view_equal_symmetric($memother);)* )?
              }
            ),+
            _ => (),
          }
        }
        open spec fn is_marshalable(&self) -> bool {
          &&& match self {
            $(
              $newenum::$variant $( { $($member),* } )? => {
                $( $(&&& $member.is_marshalable())* )?
                &&& 1 $( $(+ $member.ghost_serialize().len())* )? <= usize::MAX
              }
            ),+
          }
        }
        exec fn _is_marshalable(&self) -> bool {
          match self {
            $(
              $newenum::$variant $( { $($member),* } )? => {
                &&& true
                $( $(&&& $member._is_marshalable())* )?
                $( &&& no_usize_overflows!(1, $($member.serialized_size()),*) )?
              }
            ),+
          }
        }
        open spec fn ghost_serialize(&self) -> Seq<u8> {
          match self {
            $(
              $newenum::$variant $( { $($member),* } )? => {
                seq![$tag] $( $(+ $member.ghost_serialize())* )?
              }
            ),*
          }
        }
        exec fn serialized_size(&self) -> (res: usize)
          // req, ens from trait
        {
          match self {
            $(
              $newenum::$variant $( { $($member),* } )? => {
                1 $( $(+ $member.serialized_size())* )?
              }
            ),*
          }
        }
        $( #[$rlimitattr] )?
        exec fn serialize(&self, data: &mut Vec<u8>)
          // req, ens from trait
        {
          match self {
            $(
              $newenum::$variant $( { $($member),* } )? => {
                data.push($tag);
                let mid_data_len: Ghost<int> = Ghost(data@.len() as int);
                $( $(
                  proof {
                    assert(data@.subrange(old(data)@.len() as int, mid_data_len@) =~= seq![$tag]);
                    assert(data@.subrange(0, old(data)@.len() as int) =~= old(data)@);
                  }
                  $member.serialize(data);
                )* )?
                proof {
                  assert(data@.subrange(old(data)@.len() as int, data@.len() as int) =~= self.ghost_serialize());
                  assert(data@.subrange(0, old(data)@.len() as int) =~= old(data)@);
                }
              }
            ),*
          }
        }
        $( #[$rlimitattr] )?
        exec fn deserialize(data: &Vec<u8>, start: usize) -> (res: Option<(Self, usize)>)
          // req, ens from trait
        {
          if data.len() == 0 || start >= data.len() - 1 {
            return None;
          }
          let tag = data[start];
          let (x, end) = $(
            if tag == $tag {
              let mid = start + 1;
              $( $(
                let ($member, mid) = match $memberty::deserialize(data, mid) { None => {
                  return None;
                }, Some(x) => x, };
              )* )?
              ($newenum::$variant $( { $($member),* } )?, mid)
            } else
          )* {
            return None;
          };
          proof {
            assert(data@.subrange(start as int, end as int) == x.ghost_serialize()) by {
                assert(data@.subrange(start as int, end as int).len() == x.ghost_serialize().len());
                assert(data@.subrange(start as int, end as int) =~= x.ghost_serialize());
            }
          }
          Some((x, end))
        }
        proof fn lemma_serialization_is_not_a_prefix_of(self: &Self, other: &Self)
        // req, ens from trait
        {
          let si = self.ghost_serialize();
          let so = other.ghost_serialize();
          match (self, other) {
            $(
              (
                $newenum::$variant $( { $($member),* } )?,
                $newenum::$variant $( { $($member: $memother),* } )?
              ) => {
                let mid: int = 1;
                $($(
                  if !$member.view_equal(&$memother) {
                    let (x0, x1) = ($member, $memother);
                    let (s0, s1) = (x0.ghost_serialize(), x1.ghost_serialize());
                    x0.lemma_view_equal_symmetric(&x1);
                    let (x0, x1, s0, s1) = if s0.len() <= s1.len() {
                      (x0, x1, s0, s1)
                    } else {
                      (x1, x0, s1, s0)
                    };
                    x0.lemma_serialization_is_not_a_prefix_of(&x1);
                    assert(!(s0 =~= s1.subrange(0, s0.len() as int))); // OBSERVE
                    let idx = choose |i:int| 0 <= i < s0.len() as int && s0[i] != s1[i];
                    if si == so.subrange(0, si.len() as int) {
                      assert(si[mid + idx] == so[mid + idx]); // OBSERVE
                    }
                    return;
                  } else {
                    $member.lemma_same_views_serialize_the_same(&$memother);
                  }
                  let mid = mid + $member.ghost_serialize().len();
                )*)?
              }
            ),+
            _ => {
              if si == so.subrange(0, si.len() as int) {
                assert(si[0] == so[0]); // OBSERVE
              }
            },
          }
        }
        proof fn lemma_same_views_serialize_the_same(self: &Self, other: &Self)
        // req, ens from trait
        {
          match (self, other) {
            $(
              (
                $newenum::$variant $( { $($member),* } )?,
                $newenum::$variant $( { $($member: $memother),* } )?
              ) => {
                $( $($member.lemma_same_views_serialize_the_same($memother);)* )?
              }
            ),+
            _ => (),
          }
        }
        proof fn lemma_serialize_injective(self: &Self, other: &Self)
          // req, ens from trait
        {
          if !self.view_equal(other) {
            self.lemma_serialization_is_not_a_prefix_of(other);
            assert(other.ghost_serialize().subrange(0, self.ghost_serialize().len() as int)
                   =~= other.ghost_serialize()); // OBSERVE
          }
        }
      }
    }
  };
}
pub(crate) use derive_marshalable_for_enum;

/// `define_enum_and_derive_marshalable` is a macro that, well, defines an enum, and implements
/// [`Marshalable`] on it. This is intended to make it easier to produce serializers and
/// deserializers for arbitrary types (including polymorphic ones).
///
/// It currently supports enums that have a maximum of 256 variants, since it uses a 1-byte tag to
/// pick between the variants.
///
/// See also [`define_struct_and_derive_marshalable`] for the equivalent struct-based macro.
///
/// Example usage:
///
/// ```
/// define_enum_and_derive_marshalable! {
///   enum Example<T: Marshalable, U: Marshalable> {
///     #[tag = 0]
///     U { u: u64, v: u64, x: Vec::<u8>, z: T },
///     #[tag = 1]
///     V { zz: U },
///   }
/// }
/// ```
///
/// Note: Currently due to https://github.com/verus-lang/verus/issues/444, passingly only a
/// single-variant enum will cause Verus to panic. But if you wanted just one variant, why are you
/// wasting a byte in the serialized output? Just use [`define_struct_and_derive_marshalable`]
/// instead!
#[allow(unused_macros)]
macro_rules! define_enum_and_derive_marshalable {
  {
    $( #[$attr:meta] )*
    $pub:vis
    enum $newenum:ident $(< $($poly:ident : Marshalable),+ $(,)? >)? {
      $(
        #[tag = $tag:literal]
        $variant:ident $( { $(#[o=$memother:ident] $member:ident : $memberty:ty),* $(,)? } )?
      ),+
      $(,)?
    }
    $( [rlimit attr = $rlimitattr:meta] )?
  } => {

    // We first re-generate the enum definition itself, so that the enum exists
    ::vstd::prelude::verus! {
    $( #[$attr] )*
    $pub
    enum $newenum $(< $($poly : Marshalable),+ >)? {
      $($variant $( { $($member : $memberty),* } )?),+
    }
    }

    // ..and then implement `Marshalable` on it.
    derive_marshalable_for_enum! {
      $( #[$attr] )*
      $pub
      enum $newenum $(< $($poly : Marshalable),+ >)? {
        $(
          #[tag = $tag]
          $variant $( { $(#[o=$memother] $member : $memberty),* } )?
        ),+
      }
      $( [rlimit attr = $rlimitattr] )?
    }
  };
}
pub(crate) use define_enum_and_derive_marshalable;

/// A macro that conveniently lets one produce a marshaler for a type `$type` by showing a
/// bijection to another (already known to be marshalable) type `$marshalable`.
///
/// This macro only needs to be provided with a forward and backward function (and a few new
/// identifiers, just to keep things distinct from things already known) and it'll produce
/// everything necessary to make the type marshalable.
#[allow(unused_macros)]
macro_rules! marshalable_by_bijection {
    {
        [$type:ty] <-> [$marshalable:ty];
        forward ($self:ident) $forward:expr;
        backward ($m:ident) $backward:expr;
    }
    =>
    {
        ::vstd::prelude::verus! {
            impl $type {
                 pub open spec fn forward_bijection_for_view_equality_do_not_use_for_anything_else($self: Self) -> $marshalable {
                  $forward
                }
            }
            impl Marshalable for $type {
                open spec fn view_equal(&self, other: &Self) -> bool {
                    self.forward_bijection_for_view_equality_do_not_use_for_anything_else().view_equal(
                      &other.forward_bijection_for_view_equality_do_not_use_for_anything_else())
                }
                proof fn lemma_view_equal_symmetric(&self, other: &Self)
                  // req, ens from trait
                {
                  self.forward_bijection_for_view_equality_do_not_use_for_anything_else().lemma_view_equal_symmetric(
                    &other.forward_bijection_for_view_equality_do_not_use_for_anything_else())
                }
                open spec fn is_marshalable($self: &Self) -> bool {
                    $forward.is_marshalable()
                }
                exec fn _is_marshalable($self: &Self) -> (res: bool)
                // req, ens from trait
                {
                    $forward._is_marshalable()
                }
                open spec fn ghost_serialize($self: &Self) -> Seq<u8>
                // req, ens from trait
                {
                    $forward.ghost_serialize()
                }
                exec fn serialized_size($self: &Self) -> (res: usize)
                // req, ens from trait
                {
                    $forward.serialized_size()
                }
                exec fn serialize($self: &Self, data: &mut Vec<u8>)
                // req, ens from trait
                {
                    $forward.serialize(data)
                }
                exec fn deserialize(data: &Vec<u8>, start: usize) -> (res: Option<(Self, usize)>)
                // req, ens from trait
                {
                    match <$marshalable>::deserialize(data, start) {
                        None => None,
                        Some(($m, end)) => {
                            Some(($backward, end))
                        }
                    }
                }
                proof fn lemma_serialization_is_not_a_prefix_of(self: &Self, other: &Self)
                // req, ens from trait
                {
                  self.forward_bijection_for_view_equality_do_not_use_for_anything_else().lemma_serialization_is_not_a_prefix_of(
                    &other.forward_bijection_for_view_equality_do_not_use_for_anything_else()
                  );
                }
                proof fn lemma_same_views_serialize_the_same(self: &Self, other: &Self)
                // req, ens from trait
                {
                  self.forward_bijection_for_view_equality_do_not_use_for_anything_else().lemma_same_views_serialize_the_same(
                    &other.forward_bijection_for_view_equality_do_not_use_for_anything_else()
                  );
                }
                proof fn lemma_serialize_injective(self: &Self, other: &Self)
                // req, ens from trait
                {
                  if !self.view_equal(other) {
                    self.lemma_serialization_is_not_a_prefix_of(other);
                    assert(other.ghost_serialize().subrange(0, self.ghost_serialize().len() as int)
                           =~= other.ghost_serialize()); // OBSERVE
                  }
                }
            }
        }
    };
}
pub(crate) use marshalable_by_bijection;

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
mod single_delivery_state_v {
//! Concrete state for single delivery
//!
//! Mainly defines CSingleState.
//!
//! Translation of Impl/SHT/SingleDeliveryState.i.dfy

use crate::abstract_end_point_t::AbstractEndPoint;
use crate::cmessage_v::abstractify_cmessage_seq;
use crate::cmessage_v::CSingleMessage;
use crate::endpoint_hashmap_t;
use crate::endpoint_hashmap_t::HashMap;
use crate::io_t::EndPoint;
use crate::message_t::*;
use vstd::map::*;
use vstd::prelude::*;
use vstd::seq_lib::*;
use vstd::set_lib::*;


use crate::single_delivery_t::*;

verus! {

/// translates `AckState<MT = CMessage>` (that is, we specialize the message type)
#[verifier::ext_equal]  // effing INSAASAAAAANNE
pub struct CAckState {
    pub num_packets_acked: u64,
    pub un_acked: Vec<CSingleMessage>,
}

impl CAckState {
    
    pub open spec fn view(&self) -> AckState<Message> {
        AckState {
            num_packets_acked: self.num_packets_acked as nat,
            un_acked: abstractify_cmessage_seq(self.un_acked@),
        }
    }

    
    
    
    
    
    
    
    
    
    
    
    }

pub struct CTombstoneTable {
    pub epmap: endpoint_hashmap_t::HashMap<u64>,
}

impl CTombstoneTable {
    pub open spec fn abstractable(&self) -> bool {
        forall |k: AbstractEndPoint| #[trigger] self@.contains_key(k) ==> k.valid_physical_address()
    }

    /// Since I'm a map, I already have a simple view(), hence the special name.
    pub open spec fn view(&self) -> TombstoneTable {
        self.epmap@.map_values(|v: u64| v as nat)
    }

    
    ///
    pub fn insert(&mut self, src: &EndPoint, last_seqno: u64)
    requires
        old(self).abstractable(),
        src@.valid_physical_address(),
    ensures
        final(self)@ =~= old(self)@.insert(src@, last_seqno as nat),
        final(self).abstractable(),
    {
        self.epmap.insert(src, last_seqno);
        assert( forall |k: AbstractEndPoint| #[trigger] self@.contains_key(k) ==> old(self)@.contains_key(k) || k == src@ );
    }
}

pub struct CSendState {
    pub epmap: endpoint_hashmap_t::HashMap<CAckState>
}

impl CSendState {
    
    // AbstractifyCSendStateToSendState is implied by the second type argument to HashMap. A
    // consequence is that you don't get recommends on view.

    
    pub open spec fn view(&self) -> SendState<Message> {
        self.epmap@.map_values(|v: CAckState| v@)
    }

//     /// Translates CAckStateLookup
//     pub fn cack_state_lookup(&self, src: &EndPoint) -> (ack_state: CAckState)
//         requires
//             self.valid(),
//             src.abstractable(),
//         // TODO: write postcondition
//     {
//         match self.epmap.get(src) {
//             Some(ack_state) => ack_state.clone_up_to_view(),
//             None => CAckState { num_packets_acked: 0, un_acked: Vec::new(), }
//         }
//     }

    
    
    }

/// Translates CSingleDeliveryAcct
pub struct CSingleDelivery {
    pub receive_state: CTombstoneTable,
    pub send_state: CSendState,
}

impl CSingleDelivery {
    
    
    /// Translates AbstractifyCSingleDeliveryAcctToSingleDeliveryAcct
    pub open spec fn view(self) -> SingleDelivery<Message> {
        SingleDelivery {
            receive_state: self.receive_state@,
            send_state: self.send_state@,
        }
    }

    
    }


} // verus!
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
pub mod choose_v {

verus! {


} // verus!
}
pub mod clone_v {
use vstd::prelude::*;

verus! {

pub trait VerusClone : Sized {
    fn clone(&self) -> (o: Self)
        ensures o == self;  // this is way too restrictive; it kind of demands Copy. But we don't have a View trait yet. :v(
}

}
}
pub mod seq_lib_v {

verus! {

















} // verus!
}
pub mod set_lib_ext_v {


verus! {















// TODO(verus): This consequence should somehow be broadcast from map_values/map















// TODO(Tej): We strongly suspect there is a trigger loop in these auto
// lemmas somewhere, but it's not easy to see from the profiler yet.

}
}
} // TODO: maybe move into Verus?

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
