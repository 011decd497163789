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
mod delegation_map_v {
//! Translates file Distributed/Impl/SHT/Delegations.i.dfy



use vstd::{
    map::*, modes::*, seq::*, seq_lib::*, set::*, set_lib::*,
    *,
};
use vstd::prelude::*;

use crate::abstract_end_point_t::AbstractEndPoint;
use crate::io_t::EndPoint;
use crate::keys_t::*;
use crate::verus_extra::clone_v::*;

verus! {

impl Ordering {
    
    
    pub open spec fn lt(self) -> bool {
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

    
    
    
    // TODO(parno): returning an &K is a bit more Rusty (and faster!)
    #[verifier::external_body]
    fn index(&self, i: usize) -> (k: K)
        requires i < self@.len(),
        ensures k == self@[i as int]
    {
        unimplemented!()
    }

    
    
    
    }

impl<K: KeyTrait + VerusClone> KeyIterator<K> {
    // #[verifier(when_used_as_spec(new_spec))]
    
    
    
    pub open spec fn is_end_spec(&self) -> bool {
        self.k is None
    }

    #[verifier::external_body]
    #[verifier(when_used_as_spec(is_end_spec))]
    pub fn is_end(&self) -> (b: bool)
        ensures b == self.is_end_spec()
    {
        unimplemented!()
    }

    pub open spec fn get_spec(&self) -> &K
        recommends self.k.is_some(),
    {
        &self.k->0
    }

    #[verifier::external_body]
    #[verifier(when_used_as_spec(get_spec))]
    pub fn get(&self) -> (k: &K)
        requires !self.is_end(),
        ensures k == self.get_spec(),
    {
        unimplemented!()
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
mod io_t {

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


use crate::verus_extra::clone_v::*;

verus! {

pub trait KeyTrait : Sized {

    spec fn zero_spec() -> Self where Self: std::marker::Sized;

    
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




impl<K: VerusClone + KeyTrait> VerusClone for KeyIterator<K> {
    }




/*
impl std::hash::Hash for SHTKey {
}

impl std::cmp::PartialEq for SHTKey {
}

impl std::cmp::Eq for SHTKey {
}
*/




} // verus!
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
