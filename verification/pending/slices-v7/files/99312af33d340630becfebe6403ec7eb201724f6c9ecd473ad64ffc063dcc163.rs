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

  
  
  exec fn deserialize(data: &Vec<u8>, start: usize) -> (res: Option<(Self, usize)>)
    // req, ens from trait
  {
    let (len, mid) = match usize::deserialize(data, start) { None => {
      return None;
    }, Some(x) => x, };
    let len = len as usize;

    let mut res: Vec<T> = Vec::with_capacity(len);
    let mut i: usize = 0;
    let mut end = mid;

    let emp: Ghost<Seq<u8>> = Ghost(Seq::<u8>::empty());
    let accf: Ghost<spec_fn(Seq<u8>, T) -> Seq<u8>> = Ghost(|acc: Seq<u8>, x: T| acc + x.ghost_serialize());

    proof {
      assert(data@.subrange(mid as int, end as int) =~= emp@);
      // assert(emp == seq_lib_v::seq_fold_left(res@, emp@, accf@));

      lemma_auto_spec_u64_to_from_le_bytes();
    }

    while i < len
      invariant
        0 <= i <= len,
        res.is_marshalable(),
        start <= mid <= end <= data@.len(),
        data@.subrange(mid as int, end as int) == res@.fold_left(emp@, accf@),
        res@.len() == i,
        len.ghost_serialize().len() +
          res@.fold_left(0, |acc: int, x: T| acc + x.ghost_serialize().len()) == end - start,
        accf@ == |acc: Seq<u8>, x: T| acc + x.ghost_serialize(),
      decreases
        len - i
    {
      let (x, end1) = match T::deserialize(data, end) { None => {
        return None;
      }, Some(x) => x, };

      let old_end: Ghost<int> = Ghost(end as int);
      let old_res: Ghost<Seq<T>> = Ghost(res@);

      res.push(x);
      end = end1;
      i = i + 1;

      assert(data@.subrange(mid as int, end as int) == res@.fold_left(emp@, accf@)) by {
        let f = |x: T| x.ghost_serialize();
        // assert(data@.subrange(mid as int, old_end@) == seq_lib_v::seq_fold_left(old_res@, emp@, accf@));
        seq_lib_v::lemma_seq_add_subrange::<u8>(data@, mid as int, old_end@, end as int);
        // assert(data@.subrange(mid as int, end as int) ==
        //        seq_lib_v::seq_fold_left(old_res@, emp@, accf@) + data@.subrange(old_end@, end as int));
        // assert(data@.subrange(mid as int, end as int) ==
        //        seq_lib_v::seq_fold_left(old_res@, emp@, accf@) + x.ghost_serialize());
        // assert(f(x) == x.ghost_serialize());
        // assert(data@.subrange(mid as int, end as int) ==
        //        seq_lib_v::seq_fold_left(old_res@, emp@, accf@) + f(x));
        seq_lib_v::lemma_seq_fold_left_append_right(res@, emp@, f);
        assert(accf@ == (|acc: Seq<u8>, x: T| acc + f(x))) by {
          assert(accf@ =~= (|acc: Seq<u8>, x: T| acc + f(x)));
        }
        assert(old_res@ =~= res@.subrange(0, res@.len() - 1));
        // assert(data@.subrange(mid as int, end as int) == seq_lib_v::seq_fold_left(res@, emp@, accf@));
      }

      assert (len.ghost_serialize().len() +
              res@.fold_left(0, |acc: int, x: T| acc + x.ghost_serialize().len()) == end - start) by {
        let l = |x: T| x.ghost_serialize().len() as int;
        let suml = |acc: int, x: T| acc + l(x);
        seq_lib_v::lemma_seq_fold_left_sum_right(res@, 0, l);
        assert((|acc: int, x: T| acc + x.ghost_serialize().len()) =~= suml);
        assert(old_res@ =~= res@.subrange(0, res@.len() - 1));
      }

      assert (len.ghost_serialize().len() == (res@.len() as usize).ghost_serialize().len()) by {
        lemma_auto_spec_u64_to_from_le_bytes();
      }
    }
    assert(data@.subrange(start as int, end as int) == res.ghost_serialize()) by {
      seq_lib_v::lemma_seq_add_subrange::<u8>(data@, start as int, mid as int, end as int);
    }

    Some((res, end))
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



pub proof fn lemma_seq_add_subrange<A>(s: Seq<A>, i: int, j: int, k: int)
  requires 0 <= i <= j <= k <= s.len(),
  ensures s.subrange(i, j) + s.subrange(j, k) == s.subrange(i, k),
{
    assert_seqs_equal!{s.subrange(i, j) + s.subrange(j, k), s.subrange(i, k)}
}

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

pub proof fn lemma_seq_fold_left_sum_right<A>(s: Seq<A>, low: int, f: spec_fn(A) -> int)
  requires
    s.len() > 0,
  ensures
    s.subrange(0, s.len() - 1).fold_left(low, |b: int, a: A| b + f(a)) + f(s[s.len() - 1])
    ==
    s.fold_left(low, |b: int, a: A| b + f(a))
{
  let g = |x: int, y: int| x + y;
  assert((|b: int, a: A| b + f(a)) =~= (|b: int, a: A| g(b, f(a))));
  lemma_seq_fold_left_merge_right_assoc::<A, int>(s, low, f, g);
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
