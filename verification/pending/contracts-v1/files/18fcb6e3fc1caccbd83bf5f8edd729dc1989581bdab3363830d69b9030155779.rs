use vstd::prelude::*;


mod args_t {

use vstd::prelude::*;
use vstd::seq::*;
use vstd::seq_lib::*;


verus! {



/// Clone a Vec<u8>.
///
/// Implemented as a loop, so might not be as efficient as the
/// `std::vec::Vec::clone` method.
// TODO: implemented to avoid depending on (and waiting for) Vec::clone,
// which is made complicated by how it should treat its generic type
// parameter. Here the elements are u8 which are easy to deal with.
#[verifier::external_body]
pub fn clone_vec_u8(v: &Vec<u8>) -> (out: Vec<u8>)
ensures
    out@ == v@
{
    unimplemented!()
}




}
}
mod seq_is_unique_v {
use vstd::prelude::*;
use vstd::seq::*;
use vstd::seq_lib::*;
use vstd::set::*;
use vstd::set_lib::*;

use crate::args_t::*;

verus! {

    // Translates Impl/Common/SeqIsUniqueDef.i.dfy :: SeqIsUnique
    
    
    
    // Translates Impl/Common/CmdLineParser.i.dfy :: test_unique
    
    
    pub fn clone_option_vec_u8(ov: Option<&Vec<u8>>) -> (res: Option<Vec<u8>>)
        ensures
            match ov {
                Some(e1) => res.is_some() && e1@ == res->0@,
                None => res is None,
            }
    {
        match ov {
            Some(e1) => Some(clone_vec_u8(e1)),
            None => None,
        }
    }

    
    
    
}
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
