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
  exec fn _is_marshalable(&self) -> (res: bool)
    ensures res == self.is_marshalable();
  spec fn ghost_serialize(&self) -> Seq<u8>
    recommends self.is_marshalable();
  exec fn serialized_size(&self) -> (res: usize)
    requires self.is_marshalable(),
    ensures res as int == self.ghost_serialize().len();
    
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

  exec fn _is_marshalable(&self) -> bool {
    let mut res = true;
    let mut i = 0;
    let mut total_len = self.len().serialized_size();

    proof {
      assert(self@ =~= self@.subrange(0, self@.len() as int));
    }

    while res && i < self.len()
      invariant
        0 <= i <= self.len(),
        res ==> total_len as int == (self@.len() as usize).ghost_serialize().len() +
                 self@.subrange(0, i as int).fold_left(0, |acc: int, x: T| acc + x.ghost_serialize().len()),
        res ==> (forall |x: T| self@.subrange(0, i as int).contains(x) ==> #[trigger] x.is_marshalable()),
        res ==> total_len as int <= usize::MAX,
        !res ==> !self.is_marshalable(),
      decreases
        self.len() - i + if res { 1int } else { 0int }
    {
      assert(res);
      res = res && self[i]._is_marshalable() && (usize::MAX - total_len >= self[i].serialized_size());
      if res {
        let old_total_len = total_len;
        total_len = total_len + self[i].serialized_size();
        i = i + 1;
        proof {
          assert forall |x: T| #[trigger] self@.subrange(0, i as int).contains(x) implies x.is_marshalable() by {
            if (exists |j:int| 0 <= j < self@.subrange(0, i as int).len() - 1 && self@.subrange(0, i as int)[j] == x) {
              let j = choose|j:int| 0 <= j < self@.subrange(0, i as int).len() - 1 && self@.subrange(0, i as int)[j] == x;
              assert(self@.subrange(0, i as int - 1)[j] == x); // OBSERVE
            }
          };
          let sl = |x: T| x.ghost_serialize().len() as int;
          assert((|acc: int, x: T| acc + x.ghost_serialize().len() as int) =~= (|acc: int, x: T| acc + sl(x)));
          let s = self@.subrange(0 as int, i as int);
          seq_lib_v::lemma_seq_fold_left_sum_right::<T>(s, 0, sl);
          assert(s.subrange(0, s.len() - 1) =~= self@.subrange(0 as int, i - 1 as int));
        }
      } else {
        proof {
          if usize::MAX < total_len + self@[i as int].ghost_serialize().len() {
            assert(
              ((self@.len() as usize).ghost_serialize().len() +
               self@.fold_left(0, |acc: int, x: T| acc + x.ghost_serialize().len()))
                >=
              (total_len + self@[i as int].ghost_serialize().len())
            ) by {
              let f = |x: T| x.ghost_serialize();
              let sl = |x: T| x.ghost_serialize().len() as int;
              let s = self@.subrange(0 as int, i as int + 1);
              assert((|acc: int, x: T| acc + x.ghost_serialize().len() as int) =~= (|acc: int, x: T| acc + sl(x)));
              seq_lib_v::lemma_seq_fold_left_sum_right::<T>(s, 0, sl);
              assert(s.subrange(0, s.len() - 1) =~= self@.subrange(0 as int, i as int));
              seq_lib_v::lemma_seq_fold_left_append_len_int_le(self@, i as int + 1, 0, f);
              assert((|acc: int, x: T| acc + x.ghost_serialize().len() as int) =~= (|acc: int, x: T| acc + f(x).len()));
            };
          } else {
            assert(!self@[i as int].is_marshalable());
          }
        }
      }
    }

    res
  }

  open spec fn ghost_serialize(&self) -> Seq<u8> {
    (self@.len() as usize).ghost_serialize()
      + self@.fold_left(Seq::<u8>::empty(), |acc: Seq<u8>, x: T| acc + x.ghost_serialize())
  }

  #[verifier::external_body]
  exec fn serialized_size(&self) -> (res: usize)
    // req, ens from trait
  {
      unimplemented!()
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





#[verifier::external_body]
pub proof fn lemma_seq_fold_left_sum_right<A>(s: Seq<A>, low: int, f: spec_fn(A) -> int)
  requires
    s.len() > 0,
  ensures
    s.subrange(0, s.len() - 1).fold_left(low, |b: int, a: A| b + f(a)) + f(s[s.len() - 1])
    ==
    s.fold_left(low, |b: int, a: A| b + f(a))
{
    unimplemented!()
}




#[verifier::external_body]
pub proof fn lemma_seq_fold_left_append_len_int_le<A, B>(s: Seq<A>, i: int, low: int, f: spec_fn(A) -> Seq<B>)
  requires
    0 <= i <= s.len() as int,
    0 <= low,
  ensures
    s.fold_left(low, |acc: int, x: A| acc + f(x).len()) >= 0,
    s.subrange(0, i).fold_left(low, |acc: int, x: A| acc + f(x).len()) <=
    s.fold_left(low, |acc: int, x: A| acc + f(x).len()),
  decreases (2 * s.len() - i),
{
    unimplemented!()
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
