// client-crate form of vstd/bytes.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod bytes {
//! Conversions to/from bytes


verus! {

broadcast use group_seq_lemmas;
// Conversion between u16 and little-endian byte sequences






// Conversion between u32 and little-endian byte sequences





// Conversion between u64 and little-endian byte sequences

// `spec_u64_to_le_bytes_open` is equivalent to `spec_u64_to_le_bytes` but
// marked open, specifically for callers that need to know the internal
// details of little-endian encoding.  It's not recommended to use this
// directly in specifications; instead, use `spec_u64_to_le_bytes` and,
// in those cases that depend on the low-level details of the encoding,
// use the `spec_u64_to_le_bytes_to_open` lemma (below) to show equality
// to `spec_u64_to_le_bytes_open`.



pub proof fn spec_u64_to_le_bytes_to_open(x: u64)
    ensures
        spec_u64_to_le_bytes(x) == spec_u64_to_le_bytes_open(x),
{
}



// Conversion between u128 and little-endian byte sequences





} // verus!

#[allow(unused_imports)]
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::seq::*;
use vstd::seq_lib::*;
use vstd::slice::*;
use vstd::view::*;
#[allow(unused_imports)]
use vstd::bytes::*;
} // mod bytes
#[allow(unused_imports)]
pub use vstd::*;
