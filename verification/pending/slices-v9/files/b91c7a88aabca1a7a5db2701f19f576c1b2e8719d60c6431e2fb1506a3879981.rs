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
mod fib {
    use super::*;

    #[verifier::memoize]
    spec fn fib(x: nat) -> nat
        decreases x,
    {
        if x == 0 {
            0
        } else if x == 1 {
            1
        } else {
            fib((x - 1) as nat) + fib((x - 2) as nat)
        }
    }

    fn test() {
        //assert(fib(10) == 55);  // Fails without more fuel
        assert(fib(10) == 55) by (compute_only);
        assert(fib(100) == 354224848179261915075) by (compute_only);
        assert(fib(101) == 573147844013817084101) by (compute_only);
        assert(fib(102) == 927372692193078999176);  // Succeeds based on the two results above
    }

}

//#[cfg(any())]

//#[cfg(any())]

//#[cfg(any())]

//#[cfg(any())]

//#[cfg(any())]

//#[cfg(any())]

} // verus!
