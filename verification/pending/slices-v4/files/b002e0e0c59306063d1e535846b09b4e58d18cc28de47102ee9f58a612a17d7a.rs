// rust_verify/tests/example.rs expect-success
use vstd::prelude::*;

verus! {

// ANCHOR: basic_trait
trait Compressor {
    fn compress(&self, input: u64) -> (output: u64)
        ensures output <= input;
}
// ANCHOR_END: basic_trait

// ANCHOR: impl_extends
struct HalfCompressor;

impl Compressor for HalfCompressor {
    // The trait's `ensures output <= input` is automatically inherited.
    // We additionally specify the exact return value.
    fn compress(&self, input: u64) -> (output: u64)
        ensures output == input / 2,
    {
        input / 2
    }
}
// ANCHOR_END: impl_extends

// ANCHOR: dispatch

// ANCHOR_END: dispatch

// ANCHOR: requires_ensures
// ANCHOR_END: requires_ensures

// ANCHOR: requires_ensures_impl

// ANCHOR_END: requires_ensures_impl

// ANCHOR: spec_trait
// ANCHOR_END: spec_trait

// ANCHOR: spec_trait_impl

// ANCHOR_END: spec_trait_impl

// ANCHOR: view_impl


// ANCHOR_END: view_impl

// ANCHOR: default_ensures
// ANCHOR_END: default_ensures

// ANCHOR: default_ensures_impls



// ANCHOR_END: default_ensures_impls

// ANCHOR: default_ensures_callers


// ANCHOR_END: default_ensures_callers

} // verus!
