// client-crate form of vstd/bytes.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod bytes {
//! Conversions to/from bytes


verus! {

broadcast use group_seq_lemmas;
// Conversion between u16 and little-endian byte sequences



#[verifier::spinoff_prover]
pub proof fn lemma_auto_spec_u16_to_from_le_bytes()
    ensures
        forall|x: u16|
            {
                &&& #[trigger] spec_u16_to_le_bytes(x).len() == 2
                &&& spec_u16_from_le_bytes(spec_u16_to_le_bytes(x)) == x
            },
        forall|s: Seq<u8>|
            s.len() == 2 ==> #[trigger] spec_u16_to_le_bytes(spec_u16_from_le_bytes(s)) == s,
{
    assert forall|x: u16|
        {
            &&& #[trigger] spec_u16_to_le_bytes(x).len() == 2
            &&& spec_u16_from_le_bytes(spec_u16_to_le_bytes(x)) == x
        } by {
        let s = spec_u16_to_le_bytes(x);
        assert({
            &&& x & 0xff < 256
            &&& (x >> 8) & 0xff < 256
        }) by (bit_vector);
        #[verusfmt::skip]
        assert(x == (
        (x & 0xff) |
        ((x >> 8) & 0xff) << 8)
    ) by (bit_vector);
    };
    assert forall|s: Seq<u8>| s.len() == 2 implies #[trigger] spec_u16_to_le_bytes(
        spec_u16_from_le_bytes(s),
    ) == s by {
        let x = spec_u16_from_le_bytes(s);
        let s0 = s[0] as u16;
        let s1 = s[1] as u16;
        #[verusfmt::skip]
        assert(
        (
            (x == s0 | s1 << 8) &&
            (s0 < 256) &&
            (s1 < 256)
        ) ==>
            s0 == (x & 0xff) &&
            s1 == ((x >> 8) & 0xff)
    ) by (bit_vector);
        assert_seqs_equal!(spec_u16_to_le_bytes(spec_u16_from_le_bytes(s)) == s);
    }
}



// Conversion between u32 and little-endian byte sequences





// Conversion between u64 and little-endian byte sequences

// `spec_u64_to_le_bytes_open` is equivalent to `spec_u64_to_le_bytes` but
// marked open, specifically for callers that need to know the internal
// details of little-endian encoding.  It's not recommended to use this
// directly in specifications; instead, use `spec_u64_to_le_bytes` and,
// in those cases that depend on the low-level details of the encoding,
// use the `spec_u64_to_le_bytes_to_open` lemma (below) to show equality
// to `spec_u64_to_le_bytes_open`.






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
