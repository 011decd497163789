// rust_verify/tests/example.rs expect-success
use vstd::prelude::*;

verus! {

// ANCHOR: basic_trait
// ANCHOR_END: basic_trait

// ANCHOR: impl_extends

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
trait Reducer {
    // Every implementation must satisfy: output <= input.
    // The default implementation additionally satisfies: output == input / 2.
    fn halve(&self, input: u64) -> (output: u64)
        ensures output <= input,
        default_ensures output == input / 2,
    {
        input / 2
    }
}
// ANCHOR_END: default_ensures

// ANCHOR: default_ensures_impls


struct ThirdReducer;

impl Reducer for ThirdReducer {
    // Overrides with a different strategy.  Only the trait `ensures` (output <= input)
    // applies to callers who don't statically know the type.
    fn halve(&self, input: u64) -> (output: u64)
        ensures output == input / 3,
    {
        input / 3
    }
}
// ANCHOR_END: default_ensures_impls

// ANCHOR: default_ensures_callers


// ANCHOR_END: default_ensures_callers

} // verus!
