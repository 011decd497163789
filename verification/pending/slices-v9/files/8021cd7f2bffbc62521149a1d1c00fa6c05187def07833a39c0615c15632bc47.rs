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
mod verititan_example {
    use super::*;

    // Naive definition of exponentiation
    spec fn pow(base: nat, exp: nat) -> nat
        decreases exp,
    {
        if exp == 0 {
            1
        } else {
            base * pow(base, (exp - 1) as nat)
        }
    }

    spec const Q: nat = 12289;

    spec const L: nat = 11;

    spec const G: nat = 7;

    fn compute_verititan() {
        // Fails, since Z3 doesn't have nearly enough fuel to calculate this
        // assert(pow(G, pow(2, L) / 2) % Q == Q - 1);
        assert(pow(G, pow(2, L) / 2) % Q == Q - 1) by (compute_only);
    }

}

//#[cfg(any())]

//#[cfg(any())]

//#[cfg(any())]

//#[cfg(any())]

//#[cfg(any())]

} // verus!
