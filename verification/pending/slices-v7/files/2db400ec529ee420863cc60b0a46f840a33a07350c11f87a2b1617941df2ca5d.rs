use vstd::prelude::*;


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
    spec fn ghost_serialize(&self) -> Seq<u8>
    recommends self.is_marshalable();
      
  // NB the use of a concrete `view_equal` inside the trait. At the time this module was designed,
  // Verus View behavior wasn't governed by a trait, and using a our own view-like trait wasn't
  // feasible because Verus didn't yet have trait generic bounds.
  spec fn view_equal(&self, other: &Self) -> bool;
  
  
  proof fn lemma_same_views_serialize_the_same(&self, other: &Self)
    requires
      self.view_equal(other),
    ensures
      self.is_marshalable() == other.is_marshalable(),
      self.ghost_serialize() == other.ghost_serialize();

  }






impl<T: Marshalable> Marshalable for Vec<T> {
  open spec fn view_equal(&self, other: &Self) -> bool {
    let s = self@;
    let o = other@;
    s.len() == o.len() && (forall |i: int| 0 <= i < s.len() ==> #[trigger] s[i].view_equal(&o[i]))
  }
    open spec fn is_marshalable(&self) -> bool {
    &&& self@.len() <= usize::MAX
    &&& (forall |x: T| self@.contains(x) ==> #[trigger] x.is_marshalable())
    &&& (self@.len() as usize).ghost_serialize().len() +
        self@.fold_left(0, |acc: int, x: T| acc + x.ghost_serialize().len()) <= usize::MAX
  }

  
  open spec fn ghost_serialize(&self) -> Seq<u8> {
    (self@.len() as usize).ghost_serialize()
      + self@.fold_left(Seq::<u8>::empty(), |acc: Seq<u8>, x: T| acc + x.ghost_serialize())
  }

  
  
      proof fn lemma_same_views_serialize_the_same(self: &Self, other: &Self)
    // req, ens from trait
  {
    lemma_auto_spec_u64_to_from_le_bytes();
    assert(self@.len() == other@.len());
    assert forall |i: int| 0 <= i < self@.len() implies
      #[trigger] self@[i].is_marshalable() == other@[i].is_marshalable() &&
      #[trigger] self@[i].ghost_serialize() == other@[i].ghost_serialize() by {
        self@[i].lemma_same_views_serialize_the_same(&other@[i]);
    }
    let veq = |x: T, y: T| x.view_equal(&y);
    assert(self.is_marshalable() == other.is_marshalable()) by {
      assert((self@.len() <= usize::MAX) == (other@.len() <= usize::MAX));
      if (forall |x: T| self@.contains(x) ==> #[trigger] x.is_marshalable()) {
        assert forall |y: T| other@.contains(y) implies #[trigger] y.is_marshalable() by {
          let i = choose |i:int| 0 <= i < other@.len() && other@[i] == y;
          self@[i].lemma_same_views_serialize_the_same(&other@[i]);
        }
      } else {
        let i = choose |i:int| 0 <= i < self@.len() && !(#[trigger] self@[i].is_marshalable());
        self@[i].lemma_same_views_serialize_the_same(&other@[i]);
      }
      assert((self@.len() as usize).ghost_serialize().len() ==
             (other@.len() as usize).ghost_serialize().len());
      let f = |acc: int, x: T| acc + x.ghost_serialize().len();
      assert forall |b: int, a1: T, a2: T| #[trigger] veq(a1, a2) implies #[trigger] f(b, a1) == f(b, a2) by {
        a1.lemma_same_views_serialize_the_same(&a2);
      }
      seq_lib_v::lemma_fold_left_on_equiv_seqs(self@, other@, veq, 0, f);
      assert(self@.fold_left(0, f) == other@.fold_left(0, f));
    };
    assert(self.ghost_serialize() == other.ghost_serialize()) by {
      let f = |acc: Seq<u8>, x: T| acc + x.ghost_serialize();
      assert forall |b: Seq<u8>, a1: T, a2: T| #[trigger] veq(a1, a2) implies #[trigger] f(b, a1) == f(b, a2) by {
        a1.lemma_same_views_serialize_the_same(&a2);
      }
      seq_lib_v::lemma_fold_left_on_equiv_seqs(self@, other@, veq, Seq::<u8>::empty(), f);
    }
  }
  }


// NOTE: This can be replaced with a `define_struct_and_derive_marshalable` invocation







} // verus!
}
mod verus_extra {
pub mod choose_v {

verus! {


} // verus!
}
pub mod seq_lib_v {
use vstd::prelude::*;
use vstd::seq::*;
use vstd::seq_lib::*;

verus! {














pub proof fn lemma_fold_left_on_equiv_seqs<A, B>(s1: Seq<A>, s2: Seq<A>, eq: spec_fn(A, A) -> bool, init: B, f: spec_fn(B, A) -> B)
    requires
      s1.len() == s2.len(),
      (forall |i: int| 0 <= i < s1.len() ==> eq(s1[i], s2[i])),
      (forall |b: B, a1: A, a2: A| #[trigger] eq(a1, a2) ==> #[trigger] f(b, a1) == f(b, a2)),
    ensures
      s1.fold_left(init, f) == s2.fold_left(init, f)
    decreases s1.len(),
{
  reveal(Seq::fold_left);
  if s1.len() != 0 {
    lemma_fold_left_on_equiv_seqs(s1.drop_last(), s2.drop_last(), eq, init, f);
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
