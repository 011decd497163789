use vstd::prelude::*;


mod verus_extra {
pub mod set_lib_ext_v {

use vstd::prelude::*;
use vstd::seq_lib::*;
use vstd::set_lib::*;

verus! {















// TODO(verus): This consequence should somehow be broadcast from map_values/map
pub proof fn lemma_seq_map_equiv<A, B>(f: spec_fn(A) -> B, g: spec_fn(int, A) -> B)
requires
    forall |i: int, a: A| #[trigger] g(i, a) == f(a)
ensures
    forall |s: Seq<A>| s.map_values(f) == s.map(g)
{
    assert forall |s: Seq<A>| s.map_values(f) == s.map(g) by {
        assert_seqs_equal!(s.map_values(f), s.map(g));
    }
}















// TODO(Tej): We strongly suspect there is a trigger loop in these auto
// lemmas somewhere, but it's not easy to see from the profiler yet.

}
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
