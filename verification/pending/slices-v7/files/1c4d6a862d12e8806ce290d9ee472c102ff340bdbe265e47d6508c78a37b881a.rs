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

  proof fn lemma_serialize_injective(&self, other: &Self)
    requires
      self.is_marshalable(),
      other.is_marshalable(),
      self.ghost_serialize() == other.ghost_serialize(),
    ensures
      self.view_equal(other);
}






impl<T: Marshalable> Marshalable for Vec<T> {
  open spec fn view_equal(&self, other: &Self) -> bool {
    let s = self@;
    let o = other@;
    s.len() == o.len() && (forall |i: int| 0 <= i < s.len() ==> #[trigger] s[i].view_equal(&o[i]))
  }
  proof fn lemma_view_equal_symmetric(&self, other: &Self)
    // req, ens from trait
  {
    let s = self@;
    let o = other@;
    if self.view_equal(other) {
      assert forall |i: int| 0 <= i < o.len() implies #[trigger] o[i].view_equal(&s[i]) by {
        s[i].lemma_view_equal_symmetric(&o[i]);
      }
    } else {
      if s.len() != o.len() {
        // trivial
      } else {
        let i = choose |i: int| 0 <= i < s.len() && ! #[trigger] s[i].view_equal(&o[i]);
        s[i].lemma_view_equal_symmetric(&o[i]);
      }
    }
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

  
  
    proof fn lemma_serialization_is_not_a_prefix_of(&self, other: &Self)
    // req, ens from trait
  {
    lemma_auto_spec_u64_to_from_le_bytes();
    if self.len() != other.len() {
      assert(other.ghost_serialize().subrange(0, self.ghost_serialize().len() as int).subrange(0, 8) =~= other.ghost_serialize().subrange(0, 8));
      assert(self.ghost_serialize().subrange(0, 8) =~= (self.len() as usize).ghost_serialize());
      assert(other.ghost_serialize().subrange(0, 8) =~= (other.len() as usize).ghost_serialize());
    } else {
      let not_view_equal_at_idx = |i:int| !self@[i].view_equal(&other@[i]);
      let idx = {
        let temp = choose |i:int| 0 <= i < self@.len() && !#[trigger] self@[i].view_equal(&other@[i]);
        assert (not_view_equal_at_idx(temp)); // OBSERVE
        choose_smallest(0, self@.len() as int, not_view_equal_at_idx)
      };
      let emp = Seq::<u8>::empty();
      let g = |x: T| x.ghost_serialize();
      let accg = |acc: Seq<u8>, x: T| acc + g(x);
      let accgs = |acc: Seq<u8>, x: T| acc + x.ghost_serialize();
      let gs = |s: Seq<T>, start: int, end: int| s.subrange(start, end).fold_left(emp, accg);
      assert(accg =~= accgs);
      assert(self.ghost_serialize() =~= ((self@.len() as usize).ghost_serialize() + gs(self@, 0, idx)) + g(self@[idx]) + gs(self@, idx + 1, self.len() as int)) by {
        assert(gs(self@, 0, self.len() as int) == gs(self@, 0, idx) + gs(self@, idx, self.len() as int)) by {
          let s1 = self@.subrange(0, idx);
          let s2 = self@.subrange(idx, self.len() as int);
          lemma_fold_left_append_merge(s1, s2, g);
          assert(self@.subrange(0, self.len() as int) =~= s1 + s2);
        }
        assert(gs(self@, idx, self.len() as int) == g(self@[idx]) + gs(self@, idx + 1, self.len() as int)) by {
          let s1 = self@.subrange(idx, idx + 1);
          let s2 = self@.subrange(idx + 1, self.len() as int);
          lemma_fold_left_append_merge(s1, s2, g);
          assert(self@.subrange(idx, self.len() as int) =~= s1 + s2);
          assert(self@.subrange(idx, idx + 1) =~= seq![self@[idx]]);
          reveal_with_fuel(Seq::fold_left, 2);
          assert(emp + g(self@[idx]) =~= g(self@[idx]));
        }
        assert((self@.len() as usize).ghost_serialize() + gs(self@, 0, self.len() as int) == self.ghost_serialize()) by {
          assert(self@.subrange(0, self.len() as int) =~= self@);
        }
      }
      assert(other.ghost_serialize() =~= ((other@.len() as usize).ghost_serialize() + gs(other@, 0, idx)) + g(other@[idx]) + gs(other@, idx + 1, other.len() as int)) by {
        assert(gs(other@, 0, other.len() as int) == gs(other@, 0, idx) + gs(other@, idx, other.len() as int)) by {
          let s1 = other@.subrange(0, idx);
          let s2 = other@.subrange(idx, other.len() as int);
          lemma_fold_left_append_merge(s1, s2, g);
          assert(other@.subrange(0, other.len() as int) =~= s1 + s2);
        }
        assert(gs(other@, idx, other.len() as int) == g(other@[idx]) + gs(other@, idx + 1, other.len() as int)) by {
          let s1 = other@.subrange(idx, idx + 1);
          let s2 = other@.subrange(idx + 1, other.len() as int);
          lemma_fold_left_append_merge(s1, s2, g);
          assert(other@.subrange(idx, other.len() as int) =~= s1 + s2);
          assert(other@.subrange(idx, idx + 1) =~= seq![other@[idx]]);
          reveal_with_fuel(Seq::fold_left, 2);
          assert(emp + g(other@[idx]) =~= g(other@[idx]));
        }
        assert((other@.len() as usize).ghost_serialize() + gs(other@, 0, other.len() as int) == other.ghost_serialize()) by {
          assert(other@.subrange(0, other.len() as int) =~= other@);
        }
      }
      assert((self@.len() as usize).ghost_serialize() == (other@.len() as usize).ghost_serialize());
      assert(gs(self@, 0, idx) == gs(other@, 0, idx)) by {
        assert forall |i:int| 0 <= i < idx implies g(self@.subrange(0, idx)[i]) == g(other@.subrange(0, idx)[i]) by {
          assert(self@.subrange(0, idx)[i] == self@[i] && other@.subrange(0, idx)[i] == other@[i]);
          assert(!not_view_equal_at_idx(i));
          self@[i].lemma_same_views_serialize_the_same(&other@[i]);
        }
        lemma_fold_left_on_equiv_seqs(self@.subrange(0, idx), other@.subrange(0, idx), |x: T, y: T| g(x) == g(y), emp, accg);
      }
      assert(
        ((self@.len() as usize).ghost_serialize() + gs(self@, 0, idx))
        ==
        ((other@.len() as usize).ghost_serialize() + gs(other@, 0, idx))
      );
      let prefix_len = ((self@.len() as usize).ghost_serialize() + gs(self@, 0, idx)).len();
      let i = if g(self@[idx]).len() <= g(other@[idx]).len() {
        self@[idx].lemma_serialization_is_not_a_prefix_of(&other@[idx]);
        some_differing_index_for_unequal_seqs(g(self@[idx]), g(other@[idx]).subrange(0, g(self@[idx]).len() as int))
      } else {
        self@[idx].lemma_view_equal_symmetric(&other@[idx]);
        other@[idx].lemma_serialization_is_not_a_prefix_of(&self@[idx]);
        some_differing_index_for_unequal_seqs(g(other@[idx]), g(self@[idx]).subrange(0, g(other@[idx]).len() as int))
      };
      assert(g(self@[idx])[i] != g(other@[idx])[i]);
      assert(self.ghost_serialize()[prefix_len + i] != other.ghost_serialize()[prefix_len + i]);
      assert(self.ghost_serialize() != other.ghost_serialize().subrange(0, self.ghost_serialize().len() as int));
    }
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


// NOTE: This can be replaced with a `define_struct_and_derive_marshalable` invocation







} // verus!
}
mod verus_extra {
pub mod choose_v {
use vstd::prelude::*;

verus! {

/// Equivalent to `choose |i:int| low <= i < high && p(i)` except it guarantees to pick the smallest
/// such value `i` where `p(i)` is true.
pub proof fn choose_smallest(low: int, high: int, p: spec_fn(int)->bool) -> (res:int)
  requires
    exists |i:int| #![trigger(p(i))] low <= i < high && p(i),
  ensures
    low <= res < high,
    p(res),
    forall |i:int| #![trigger(p(i))] low <= i < res ==> !p(i),
  decreases
    high - low,
{
  if p(low) {
    low
  } else {
    choose_smallest(low + 1, high, p)
  }
}

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

pub proof fn lemma_fold_left_append_merge<A, B>(s1: Seq<A>, s2: Seq<A>, f: spec_fn(A) -> Seq<B>)
  ensures
    (s1 + s2).fold_left(Seq::empty(), |acc: Seq<B>, a: A| acc + f(a))
      ==
    s1.fold_left(Seq::empty(), |acc: Seq<B>, a: A| acc + f(a))
      +
    s2.fold_left(Seq::empty(), |acc: Seq<B>, a: A| acc + f(a))
  decreases
    s1.len() + s2.len()
{
  let e = Seq::<B>::empty();
  let af = |acc: Seq<B>, a: A| acc + f(a);
  let fl = |s: Seq<A>| s.fold_left(e, af);
  if s2.len() == 0 {
    assert(s1 + s2 =~= s1);
    assert(fl(s1) =~= fl(s1) + e);
  } else {
    lemma_fold_left_append_merge(s1, s2.drop_last(), f);
    assert((s1 + s2).drop_last() =~= s1 + s2.drop_last());
    assert((fl(s1) + fl(s2.drop_last())) + f(s2.last()) =~= fl(s1) + (fl(s2.drop_last()) + f(s2.last())));
  }
}

pub proof fn some_differing_index_for_unequal_seqs<A>(s1: Seq<A>, s2: Seq<A>) -> (i: int)
  requires
    s1 != s2,
    s1.len() == s2.len(),
  ensures
    0 <= i < s1.len(),
    s1[i] != s2[i],
{
  if forall |i| 0 <= i < s1.len() ==> s1[i] == s2[i] {
    assert(s1 =~= s2);
  }
  choose |i:int| 0 <= i < s1.len() && s1[i] != s2[i]
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
