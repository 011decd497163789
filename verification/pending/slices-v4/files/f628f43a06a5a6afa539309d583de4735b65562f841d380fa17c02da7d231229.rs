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
trait Bounded {
    fn clamp(&self, val: u64, lo: u64, hi: u64) -> (result: u64)
        requires lo <= hi,
        ensures lo <= result <= hi;
}
// ANCHOR_END: requires_ensures

// ANCHOR: requires_ensures_impl
struct Saturate;

impl Bounded for Saturate {
    // Inherits: requires lo <= hi, ensures lo <= result <= hi
    // Adds: the exact formula for result
    fn clamp(&self, val: u64, lo: u64, hi: u64) -> (result: u64)
        ensures result == if val < lo { lo } else if val > hi { hi } else { val },
    {
        if val < lo { lo } else if val > hi { hi } else { val }
    }
}
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
