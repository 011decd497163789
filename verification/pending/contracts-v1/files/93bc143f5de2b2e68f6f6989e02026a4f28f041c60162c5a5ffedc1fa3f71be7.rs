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

    
    
    
    
    // zero should be smaller than all other keys
    
    }

// Based on Rust's Ordering

pub struct KeyIterator<K: KeyTrait + VerusClone> {
    // None means we hit the end
    pub k: Option<K>,
}


pub struct KeyRange<K: KeyTrait + VerusClone> {
    pub lo: KeyIterator<K>,
    pub hi: KeyIterator<K>,
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
    
    
    
    
    
    }

impl VerusClone for SHTKey {
    }

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


use crate::marshal_v::*;
use crate::verus_extra::seq_lib_v::*;

verus! {

    use crate::keys_t::{SHTKey, CKey, KeyRange, KeyIterator};
    use crate::io_t::EndPoint;
        
    /* $line_count$Proof$ */ marshalable_by_bijection! {
    /* $line_count$Proof$ */     [SHTKey] <-> [u64];
    /* $line_count$Proof$ */     forward(self) self.ukey;
    /* $line_count$Proof$ */     backward(x) SHTKey { ukey: x };
    /* $line_count$Proof$ */ }

    impl SHTKey {
        /// Document that view_equal is definitionally to ==, with no explicit proof required.
        pub proof fn view_equal_spec()
            ensures forall |x: &SHTKey, y: &SHTKey| #[trigger] x.view_equal(y) <==> x == y
        {
        }
    }

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

    /* $line_count$Proof$ */ 
    
    // To be able to prove marshalability, we need an arbitrary upper limit on the serialized size.
    // This relates to `valid_value`; perhaps it could be used to obviate this limit?
        
    
    
    /* $line_count$Proof$ */ 
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
mod verus_extra {
pub mod choose_v {

verus! {


} // verus!
}
pub mod clone_v {
use vstd::prelude::*;

verus! {

pub trait VerusClone : Sized {
      // this is way too restrictive; it kind of demands Copy. But we don't have a View trait yet. :v(
}

}
}
pub mod seq_lib_v {

verus! {

















} // verus!
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
