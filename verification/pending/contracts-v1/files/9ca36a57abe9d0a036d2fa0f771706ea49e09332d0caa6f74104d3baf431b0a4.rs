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

pub open spec fn abstractify_end_points(end_points: Vec<EndPoint>) -> Seq<AbstractEndPoint>
{
    end_points@.map(|i, end_point: EndPoint| end_point@)
}











} // verus!
}
mod seq_is_unique_v {
use vstd::prelude::*;
use vstd::seq::*;
use vstd::seq_lib::*;
use vstd::set::*;
use vstd::set_lib::*;

use crate::abstract_end_point_t::*;
use crate::io_t::*;

verus! {

    // Translates Impl/Common/SeqIsUniqueDef.i.dfy :: SeqIsUnique
    #[verifier::opaque]
    pub open spec fn seq_is_unique<T>(s: Seq<T>) -> bool
    {
        forall |i: int, j: int| #![trigger s[i], s[j]] 0 <= i && i < s.len() && 0 <= j && j < s.len() && s[i] == s[j] ==> i == j
    }

    
    #[verifier::external_body]
    pub fn do_end_points_match(e1: &EndPoint, e2: &EndPoint) -> (eq: bool)
        ensures
            eq == (e1@ == e2@)
    {
        unimplemented!()
    }

    // Translates Impl/Common/CmdLineParser.i.dfy :: test_unique
    pub fn test_unique(endpoints: &Vec<EndPoint>) -> (unique: bool)
        ensures
            unique == seq_is_unique(abstractify_end_points(*endpoints)),
    {
        let mut i: usize = 0;
        while i < endpoints.len()
            invariant
                0 <= i,
                i <= endpoints.len(),
                forall |j: int, k: int| #![trigger endpoints@[j]@, endpoints@[k]@]
                    0 <= j && j < endpoints.len() && 0 <= k && k < i && j != k ==> endpoints@[j]@ != endpoints@[k]@,
            decreases
                endpoints.len() - i
        {
            let mut j: usize = 0;
            while j < endpoints.len()
                invariant
                    0 <= i,
                    i < endpoints.len(),
                    forall |j: int, k: int| #![trigger endpoints@[j]@, endpoints@[k]@]
                        0 <= j && j < endpoints.len() && 0 <= k && k < i && j != k ==> endpoints@[j]@ != endpoints@[k]@,
                    0 <= j,
                    j <= endpoints.len(),
                    forall |k: int| #![trigger endpoints@[k]@] 0 <= k && k < j && k != i ==> endpoints@[i as int]@ != endpoints@[k]@,
                decreases
                    endpoints.len() - j
            {
                if i != j && do_end_points_match(&endpoints[i], &endpoints[j]) {
                    assert (!seq_is_unique(abstractify_end_points(*endpoints))) by {
                        reveal(seq_is_unique::<AbstractEndPoint>);
                        let aeps = abstractify_end_points(*endpoints);
                        assert (aeps[i as int] == endpoints@[i as int]@);
                        assert (aeps[j as int] == endpoints@[j as int]@);
                        assert (endpoints@[i as int]@ == endpoints@[j as int]@ && i != j);
                    }
                    return false;
                }
                j = j + 1;
            }
            i = i + 1;
        };
        assert (seq_is_unique(abstractify_end_points(*endpoints))) by {
            reveal(seq_is_unique::<AbstractEndPoint>);
        }
        return true;
    }

    
    
    
    
    
}
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
