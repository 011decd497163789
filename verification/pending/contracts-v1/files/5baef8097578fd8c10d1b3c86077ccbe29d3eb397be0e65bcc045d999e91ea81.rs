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
mod delegation_map_v {
//! Translates file Distributed/Impl/SHT/Delegations.i.dfy



use vstd::{
    map::*, modes::*, seq::*, seq_lib::*, set::*, set_lib::*,
    *,
};
use vstd::prelude::*;

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

    
    
    #[verifier::external_body]
    fn len(&self) -> (len: usize )
        ensures len == self@.len()
    {
        unimplemented!()
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
    #[verifier::external_body]
    pub fn new(k: K) -> (s: Self)
        ensures s.k == Some(k)
    {
        unimplemented!()
    }

    pub open spec fn end_spec() -> (s: Self) {
        KeyIterator { k: None }
    }

    #[verifier::external_body]
    #[verifier(when_used_as_spec(end_spec))]
    pub fn end() -> (s: Self)
        ensures s.k is None
    {
        unimplemented!()
    }

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
    #[verifier::external_body]
    pub fn lt(&self, other: &Self) -> (b: bool)
        ensures b == self.lt_spec(*other),
    {
        unimplemented!()
    }

    
    spec fn geq_K(self, other: K) -> bool {
        !self.lt_spec(KeyIterator::new_spec(other))
    }

    // Ivy calls this `done`
    spec fn above_spec(&self, k: K) -> bool {
        self.k is None || k.cmp_spec(self.k->0).lt()
    }

    // Is this iterator strictly above the supplied value?
    #[verifier::external_body]
    #[verifier(when_used_as_spec(above_spec))]
    fn above(&self, k: K) -> (b: bool)
        ensures b == self.above_spec(k),
    {
        unimplemented!()
    }

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


    #[verifier::external_body]
    fn get<'a>(&'a self, k: &K) -> (o: Option<&'a ID>)
        requires
            self.valid(),
        ensures
            match o {
                None => !self@.contains_key(*k),
                Some(v) => self@[*k] == v,
            }
    {
        unimplemented!()
    }

    
    spec fn greatest_lower_bound_spec(self, iter: KeyIterator<K>, glb: KeyIterator<K>) -> bool {
        (glb == iter || glb.lt_spec(iter)) &&
        (forall|k| KeyIterator::new_spec(k) != glb && #[trigger] self@.contains_key(k) && iter.above(k) ==> glb.above(k)) &&
        (!iter.is_end_spec() ==>
            glb.k is Some &&
            self@.contains_key(glb.k->0) &&
            // There are no keys in the interval (glb, hi), and iter falls into that gap
            (exists|hi| #[trigger] self.gap(glb, hi) && #[trigger] KeyIterator::between(glb, iter, hi)))
    }

    // Finds the index of the largest iterator <= iter
    fn greatest_lower_bound_index(&self, iter: &KeyIterator<K>) -> (index: usize)
        requires
            self.valid(),
            self@.contains_key(K::zero_spec()),
        ensures
            0 <= index < self.keys@.len(),
            self.greatest_lower_bound_spec(*iter, KeyIterator::new_spec(self.keys@[index as int])),
    {
        let mut bound = 0;
        let mut i = 1;

        // Prove the initial starting condition
        assert forall |j:nat| j < i implies iter.geq_K(#[trigger]self.keys@.index(j as int)) by {
            let z = K::zero_spec();
            assert(self.keys@.contains(z));
            let n = choose |n: int| 0 <= n < self.keys@.len() && self.keys@[n] == z;
            K::zero_properties();
            assert_by_contradiction!(n == 0, {
                assert(self.keys@[0].cmp_spec(self.keys@[n]).lt());
                K::cmp_properties();
            });
            assert(self.keys@[0] == z);
            K::cmp_properties();
        }

        // Find the glb's index (bound)
        while i < self.keys.len()
            invariant
                1 <= i <= self.keys@.len(),
                bound == i - 1,
                forall |j:nat| j < i ==> iter.geq_K(#[trigger]self.keys@.index(j as int)),
            ensures
                bound == i - 1,
                (i == self.keys@.len() &&
                 forall |j:nat| j < i ==> iter.geq_K(#[trigger]self.keys@.index(j as int)))
             || (i < self.keys@.len() &&
                 !iter.geq_K(self.keys@.index(i as int)) &&
                 forall |j:nat| j < i ==> iter.geq_K(#[trigger]self.keys@.index(j as int))),
            decreases
                self.keys@.len() - i
        {
            if iter.lt(&KeyIterator::new(self.keys.index(i))) {
                // Reached a key that's too large
                break;
            }
            bound = i;
            i = i + 1;
        }

        let glb = KeyIterator::new(self.keys.index(bound));

        assert forall |k|
               KeyIterator::new_spec(k) != glb
            && #[trigger] self@.contains_key(k)
            && iter.above(k)
            implies glb.above(k) by {
            K::cmp_properties();
        }

        proof {
            if !iter.is_end_spec() {
                if i == self.keys@.len() {
                    let hi = KeyIterator::end();
                    // Prove self.gap(glb, hi)
                    assert forall |ki| glb.lt_spec(ki) && ki.lt_spec(hi) implies !(#[trigger] self@.contains_key(*ki.get())) by
                    {
                        K::cmp_properties();
                    }
                    assert(self.gap(glb, hi));
                    assert(KeyIterator::between(glb, *iter, hi)) by {
                        K::cmp_properties();
                    }
                } else {
                    let hi = KeyIterator::new_spec(self.keys@[i as int]);
                    // Prove self.gap(glb, hi)
                    assert forall |ki| glb.lt_spec(ki) && ki.lt_spec(hi) implies !(#[trigger] self@.contains_key(*ki.get())) by
                    {
                        K::cmp_properties();
                    }
                    assert(self.gap(glb, hi));
                    assert(KeyIterator::between(glb, *iter, hi)) by {
                        assert(iter.lt_spec(hi));
                        K::cmp_properties();
                    }
                }
            }
        }

        assert (glb == iter || glb.lt_spec(*iter)) by {
            K::cmp_properties();
        }
        return bound;
    }

    // Finds the largest iterator <= iter
    
    // Remove all keys in the range [lo, hi)
    }

type ID = EndPoint;  // this code was trying to be too generic, but we need to know how to clone IDs. So we specialize.





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

    proof fn zero_properties()
        ensures
            forall |k:Self| k != Self::zero_spec() ==> (#[trigger] Self::zero_spec().cmp_spec(k)).lt();

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
