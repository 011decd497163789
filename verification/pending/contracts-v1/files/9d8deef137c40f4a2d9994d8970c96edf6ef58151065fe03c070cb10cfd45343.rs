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








// NOTE: This can be replaced with a `define_struct_and_derive_marshalable` invocation
impl<T: Marshalable, U: Marshalable> Marshalable for (T, U) {
      open spec fn is_marshalable(&self) -> bool {
    &&& self.0.is_marshalable()
    &&& self.1.is_marshalable()
    &&& self.0.ghost_serialize().len() + self.1.ghost_serialize().len() <= usize::MAX
  }

  
  open spec fn ghost_serialize(&self) -> Seq<u8> {
    self.0.ghost_serialize() + self.1.ghost_serialize()
  }

  
  exec fn serialize(&self, data: &mut Vec<u8>)
    // req, ens from trait
  {
    self.0.serialize(data);
    // assert(data@.subrange(0, old(data)@.len() as int) == old(data)@);

    let mid_data_len: Ghost<int> = Ghost(data@.len() as int);

    self.1.serialize(data);

    proof {
      assert(data@.subrange(0, old(data)@.len() as int) =~= data@.subrange(0, mid_data_len@).subrange(0, old(data)@.len() as int));
      // assert(data@.subrange(0, old(data)@.len() as int) == old(data)@);
      assert(data@.subrange(old(data)@.len() as int, mid_data_len@) =~= data@.subrange(0, mid_data_len@).subrange(old(data)@.len() as int, mid_data_len@));
      // assert(data@.subrange(old(data)@.len() as int, mid_data_len@) == self.0.ghost_serialize());
      // assert(data@.subrange(mid_data_len@, data@.len() as int) == self.1.ghost_serialize());
      assert(data@.subrange(old(data)@.len() as int, data@.len() as int) =~= self.0.ghost_serialize() + self.1.ghost_serialize());
    }
  }

  
  
  
  }







} // verus!
}
 // TODO: maybe move into Verus?


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
