#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;

// ANCHOR: basic_trait
// ANCHOR_END: basic_trait

verus! {

// ANCHOR: basic_spec
// ANCHOR_END: basic_spec

// ANCHOR: basic_use
// ANCHOR_END: basic_use

} // verus!

verus! {

#[verifier::external]
trait Summarizer {
    fn summary(&self) -> (result: u64);
}

// ANCHOR: extension_spec
// ANCHOR_END: extension_spec

// ANCHOR: extension_impl
struct MyCustomStruct { value: u64 }

// Implement the concrete external Summarizer trait
impl Summarizer for MyCustomStruct {
    fn summary(&self) -> u64 {
        // Prove that our overly complicated implementation satisfies the spec_summary
        let v = self.value;
        assert(v & 0xffff_ffff_ffff_ffff == v) by (bit_vector);
        v & 0xffff_ffff_ffff_ffff
    }
}

// Implement the additional spec functions
impl SummarizerSpecImpl for MyCustomStruct {
    spec fn spec_summary(&self) -> u64 {
        self.value
    }
}

fn test_hasher(h: &MyCustomStruct) {
    let v = h.summary();
    assert(v == h.value);
}
// ANCHOR_END: extension_impl

} // verus!

