// rust_verify/tests/example.rs no-report-long-running --- Don't report long-running tests
#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::prelude::*;

verus! {


/// Different components of this file can be enabled/disabled quickly and easily using
/// `#[cfg(any())]` which simply turns off a module.
/// Any module with its `#[cfg(any())]` line commented out is valid to run.
//#[cfg(any())]

//#[cfg(any())]

//#[cfg(any())]

//#[cfg(any())]

//#[cfg(any())]

//#[cfg(any())]

//#[cfg(any())]
mod arch_specific {
    use verus_builtin::SpecShl;

    proof fn test_shift() {
        assert((1usize << 20usize) != 0usize) by (compute_only);
        assert((1usize << 100usize) == 0usize) by (compute_only);
        // But this next assert should not work (at least without size_of usize set), because usize
        // could be either 32-bit or 64-bit.
        //
        // assert((1usize << 40usize) == 0usize) by (compute_only);
    }

}

} // verus!
