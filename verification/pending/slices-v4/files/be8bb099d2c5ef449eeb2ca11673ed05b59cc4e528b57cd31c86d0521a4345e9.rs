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
struct Stack {
    data: Vec<u64>,
}

impl View for Stack {
    type V = Seq<u64>;

    closed spec fn view(&self) -> Seq<u64> {
        self.data@
    }
}

impl Stack {
    fn push(&mut self, val: u64)
        ensures final(self)@ == old(self)@.push(val),
    {
        self.data.push(val);
    }

    }
// ANCHOR_END: view_impl

// ANCHOR: default_ensures
// ANCHOR_END: default_ensures

// ANCHOR: default_ensures_impls



// ANCHOR_END: default_ensures_impls

// ANCHOR: default_ensures_callers


// ANCHOR_END: default_ensures_callers

} // verus!
