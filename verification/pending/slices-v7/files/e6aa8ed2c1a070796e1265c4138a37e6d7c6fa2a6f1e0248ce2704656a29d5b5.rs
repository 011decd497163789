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
    exec fn serialize(&self, data: &mut Vec<u8>)
    requires self.is_marshalable()
    ensures
      final(data)@.len() >= old(data).len(),
      final(data)@.subrange(0, old(data)@.len() as int) == old(data)@,
      final(data)@.subrange(old(data)@.len() as int, final(data)@.len() as int) == self.ghost_serialize();
  
  // NB the use of a concrete `view_equal` inside the trait. At the time this module was designed,
  // Verus View behavior wasn't governed by a trait, and using a our own view-like trait wasn't
  // feasible because Verus didn't yet have trait generic bounds.
    
  
  
  }






impl<T: Marshalable> Marshalable for Vec<T> {
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

  
  exec fn serialize(&self, data: &mut Vec<u8>)
    // req, ens from trait
  {
    let self_len = self.len();
    self_len.serialize(data);
    let init: Ghost<int> = Ghost(self_len.ghost_serialize().len() as int);

    let mut i: usize = 0;

    proof {
      assert(
        data@.subrange(old(data)@.len() as int, data@.len() as int) =~= self.len().ghost_serialize() +
            self@.subrange(0, i as int).fold_left(Seq::<u8>::empty(), |acc: Seq<u8>, x: T| acc + x.ghost_serialize())
      );
    }

    while i < self.len()
      invariant
        i <= self.len(),
        data@.subrange(0, old(data)@.len() as int) == old(data)@,
        data@.subrange(old(data)@.len() as int, data@.len() as int) ==
          self.len().ghost_serialize() +
            self@.subrange(0, i as int).fold_left(Seq::<u8>::empty(), |acc: Seq<u8>, x: T| acc + x.ghost_serialize()),
        forall |x: T| self@.contains(x) ==> #[trigger] x.is_marshalable(),
        data@.len() >= old(data)@.len(),
      decreases
        self.len() - i
    {
      self[i].serialize(data);
      i = i + 1;

      proof {
        assert(data@.subrange(0, old(data)@.len() as int) =~= old(data)@);
        assert(data@.subrange(old(data)@.len() as int, data@.len() as int) ==
          self.len().ghost_serialize() +
            self@.subrange(0, i as int).fold_left(Seq::<u8>::empty(), |acc: Seq<u8>, x: T| acc + x.ghost_serialize())) by {
          let s = self@;
          let emp = Seq::<u8>::empty();
          let accf = |acc: Seq<u8>, x: T| acc + x.ghost_serialize();
          let f = |x: T| x.ghost_serialize();
          let t = s.subrange(0, i as int);

          assert(accf =~= (|acc: Seq<u8>, x: T| acc + f(x)));
          assert(t.subrange(0, t.len() - 1) =~= s.subrange(0, i - 1));
          seq_lib_v::lemma_seq_fold_left_append_right(t, emp, f);
          assert(
            data@.subrange(old(data)@.len() as int, data@.len() as int) =~= self.len().ghost_serialize() +
              s.subrange(0, (i - 1) as int).fold_left(emp, accf) +
              s.index((i - 1) as int).ghost_serialize()
          );
          assert(
            data@.subrange(old(data)@.len() as int, data@.len() as int) =~= self.len().ghost_serialize() +
              t.fold_left(emp, accf)
          );
        }
      }
    }

    proof {
      assert(self@ =~= self@.subrange(0, self@.len() as int));
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




pub proof fn lemma_seq_fold_left_merge_right_assoc<A, B>(s: Seq<A>, init: B, f: spec_fn(A) -> B, g: spec_fn(B, B) -> B)
  requires
    s.len() > 0,
    forall |x, y, z|
      #[trigger] g(g(x, y), z) == g(x, g(y, z)),
  ensures
    g(s.subrange(0, s.len() - 1).fold_left(init, |b: B, a: A| g(b, f(a))), f(s[s.len() - 1]))
    ==
    s.fold_left(init, |b: B, a: A| g(b, f(a)))
  decreases s.len(),
{
  let emp = Seq::<B>::empty();
  let len: int = s.len() as int;
  let i = len - 1;
  let s1 = s.subrange(0, len - 1);
  let last = s[len - 1];
  let accf = |b: B, a: A| g(b, f(a));

  let start = s1.fold_left(init, accf);
  let all = s.fold_left(init, accf);

  if s1.len() == 0 {
    assert(s.len() == 1);
    reveal_with_fuel(Seq::fold_left, 2);
    reveal_with_fuel(Seq::fold_left, 2);
  } else {
    reveal_with_fuel(Seq::fold_left, 2);
    let head = s[0];
    let tail = s.subrange(1, len);
    let p = accf(init, s[0]);
    // assert(tail.len() > 0);
    // assert(all == tail.fold_left(p, accf));
    // assert(start == s1.fold_left(init, accf));
    // assert(s1.len() > 0);
    // assert(start == s1.subrange(1, s1.len() as int).fold_left(p, accf));
    // assert(start == s1.subrange(1, len - 1).fold_left(p, accf));
    assert_seqs_equal!(tail.subrange(0, len - 2) == s1.subrange(1, len - 1));
    // assert(start == tail.subrange(0, tail.len() - 1).fold_left(p, accf));
    // assert(all == tail.fold_left(p, accf));
    lemma_seq_fold_left_merge_right_assoc::<A, B>(tail, p, f, g);
    // assert(all == g(start, f(last)));
  }
}


pub proof fn lemma_seq_fold_left_append_right<A, B>(s: Seq<A>, prefix: Seq<B>, f: spec_fn(A) -> Seq<B>)
  requires s.len() > 0,
  ensures
    s.subrange(0, s.len() - 1).fold_left(prefix, |sb: Seq<B>, a: A| sb + f(a)) + f(s[s.len() - 1])
    ==
    s.fold_left(prefix, |sb: Seq<B>, a: A| sb + f(a))
{
  let g = |x: Seq<B>, y: Seq<B>| x + y;
  assert forall |x, y, z| #[trigger] g(g(x, y), z) == g(x, g(y, z)) by {
    assert_seqs_equal!(g(g(x, y), z) == g(x, g(y, z)));
  };
  assert((|b: Seq<B>, a: A| b + f(a)) =~= (|b: Seq<B>, a: A| g(b, f(a))));
  lemma_seq_fold_left_merge_right_assoc::<A, Seq<B>>(s, prefix, f, g);
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
