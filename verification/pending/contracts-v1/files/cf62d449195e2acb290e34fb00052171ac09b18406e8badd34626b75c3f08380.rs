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
    pub open spec fn put_spec(old_map_v: Map<AbstractEndPoint, V>, new_map_v: Map<AbstractEndPoint, V>, key: AbstractEndPoint, value: V) -> bool
    {
        new_map_v == old_map_v.insert(key, value)
//         &&& new_map_v.contains_key(key)
//         &&& new_map_v[key] == value
//         &&& forall |k| /*#![auto]*/ k != key ==> if old_map_v.contains_key(k) {
//                 (#[trigger] new_map_v.contains_key(k)) && new_map_v[k] == old_map_v[k]
//             } else {
//                 !new_map_v.contains_key(k)
//             }
    }

    //#[verifier(external_body)]
    //TODO: replace call sites with insert
    pub fn put(&mut self, key: &EndPoint, value: V)
    ensures
        Self::put_spec(old(self)@, final(self)@, key@, value),
    {
        self.insert(key, value);
    }

    
    
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
    #[verifier::external_body]
    pub fn clone_up_to_view(&self) -> (res: EndPoint)
        ensures res@ == self@
    {
        unimplemented!()
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
 // TODO: maybe move into Verus?

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
