#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;

// ANCHOR: basic_trait
#[verifier::external]
trait Encoder {
    fn encode_value(&self, x: u64) -> u64;
}
// ANCHOR_END: basic_trait

verus! {

// ANCHOR: basic_spec
// ANCHOR_END: basic_spec

// ANCHOR: basic_use
fn use_encoder<E: Encoder>(f: &E, val: u64) -> (result: u64)
    ensures
        result >= val,
{
    f.encode_value(val)
}
// ANCHOR_END: basic_use

} // verus!

verus! {


// ANCHOR: extension_spec
// ANCHOR_END: extension_spec

// ANCHOR: extension_impl

// Implement the concrete external Summarizer trait

// Implement the additional spec functions

// ANCHOR_END: extension_impl

} // verus!

