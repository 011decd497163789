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
pub open spec fn max_val_len() -> int { 1024 }
// Translates Services/SHT/AppInterface.i.dfy :: ValidKey
// Translates Services/SHT/AppInterface.i.dfy :: ValidValue
pub open spec fn valid_value(value: AbstractValue) -> bool { value.len() < max_val_len() }


// Protocol/SHT/Delegations.i.dfy ExtractRange
pub open spec fn extract_range(h: Hashtable, kr: KeyRange<AbstractKey>) -> Hashtable
{
    Map::<AbstractKey, AbstractValue>::new(
        |k: AbstractKey| h.dom().contains(k) && kr.contains(k),
        |k: AbstractKey| h[k]
    )
}


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
mod delegation_map_v {
//! Translates file Distributed/Impl/SHT/Delegations.i.dfy



use vstd::{
    map::*, modes::*, seq::*, seq_lib::*, set::*, set_lib::*,
    *,
};
use vstd::prelude::*;

use crate::keys_t::*;
use crate::verus_extra::clone_v::*;

verus! {

impl Ordering {
    
    
    pub open spec fn lt(self) -> bool {
        matches!(self, Ordering::Less)
    }

    
    
    
    
    
    pub const fn is_lt(self) -> (b:bool)
        ensures b == self.lt(),
    {
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
    
    
    
    pub open spec fn is_end_spec(&self) -> bool {
        self.k is None
    }

    #[verifier(when_used_as_spec(is_end_spec))]
    pub fn is_end(&self) -> (b: bool)
        ensures b == self.is_end_spec()
    {
        matches!(self.k, None)
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


  // this code was trying to be too generic, but we need to know how to clone IDs. So we specialize.





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

    
    
    
    
                            
    
    
    pub open spec fn filter_spec(self, fs: spec_fn(CKey)->bool) -> Map<AbstractKey, Seq<u8>>
    {
        Map::<AbstractKey, Seq<u8>>::new(
            |k: AbstractKey| self@.dom().contains(k) && fs(k),
            |k: AbstractKey| self@[k]
        )
    }

    // TODO: Move this concept into a Verus standard library
    pub open spec fn predicate_models<T, EF: Fn(T)->bool>(
        exec_fn: EF, spec_fn: spec_fn(T)->bool) -> bool
    {
        &&& forall |t| #![auto] exec_fn.requires((t,))
        &&& forall |t, b| exec_fn.ensures((t,), b) ==> spec_fn(t)==b
    }

    #[verifier(external_body)] // iter was not supported at the time this was written
    pub fn filter<F: Fn(CKey)->bool>(&self, f: F, fs: Ghost<spec_fn(CKey)->bool>) -> (res: Self)
    requires
        Self::predicate_models(f, fs@),
    ensures
        res@ == self.filter_spec(fs@),
    {
        let mut res = CKeyHashMap::new();
        let mut iter = self.m.iter();
        let cur: Option<(&CKey, &Vec<u8>)> = iter.next();
        while cur.is_some() {
            let Some((key, val)) = cur else { panic!() /* covered by while condition */ };
            res.insert(key.clone(), val.clone());
        }
        res
    }
}

// pub struct KeyIterator
// {
//     view: Set<CKey>,
//     iter: Keys<CKey, Vec<u8>>,
// }





}
}
mod host_impl_v {

use crate::abstract_end_point_t::*;
use crate::app_interface_t::*;
use crate::args_t::*;
use crate::delegation_map_v::*;
use crate::hashmap_t::*;
use crate::io_t::*;
use crate::keys_t::*;
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





// Translates Impl/LiveSHT/SchedulerModel.i.dfy :: AllIosAreSends

// Translates Impl/SHT/PacketParsing.i.dfy :: AbstractifyCPacketToLSHTPacket

// Translates Impl/LiveSHT/SchedulerModel.i.dfy :: MapSentPacketSeqToIos

// Translates Impl/LiveSHT/NetSHT.i.dfy :: AbstractifyRawLogToIos

// Translates Impl/LiveSHT/RawIoConsistentWithSpecIO




/// Translates Distributed/Impl/SHT/HostModel.i ExtractRange
fn extract_range_impl(h: &CKeyHashMap, kr: &KeyRange<CKey>) -> (ext: CKeyHashMap)
requires
    //h@.valid_key_range() // (See Distributed/Services/SHT/AppInterface.i.dfy: ValidKey() == true)
    forall |k| h@.contains_key(k) ==> /*#[trigger] valid_key(k) &&*/ #[trigger] valid_value(h@[k]),
ensures
    ext@ =~= extract_range(h@, *kr),
{
    let exec_lambda = |key| -> (b: bool) ensures b == kr.contains(key) { kr.contains_exec(&key)};

    h.filter(exec_lambda, Ghost(|ak| kr.contains(ak)))
}


}
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

    
    
    spec fn cmp_spec(self, other: Self) -> Ordering;

    
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

impl<K: KeyTrait + VerusClone /*+ PartialOrd*/> KeyRange<K>
{
    pub fn contains_exec(&self, k: &K) -> (b: bool)
    ensures
        b == self.contains(*k),
    {
        let ki = KeyIterator { k: Some(k.clone()) };
        !ki.lt(&self.lo) && ki.lt(&self.hi)
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
mod verus_extra {
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
