// client-crate form of vstd/arithmetic/logarithm.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod arithmetic {
pub mod logarithm {
//! This file contains proofs related to integer logarithms. These are
//! part of the math standard library.
//!
//! It's based on the following file from the Dafny math standard
//! library:
//! `Source/DafnyStandardLibraries/src/Std/Arithmetic/Logarithm.dfy`.
//! That file has the following copyright notice:
//! /*******************************************************************************
//! * Original: Copyright (c) Microsoft Corporation *
//! SPDX-License-Identifier: MIT * * Modifications and Extensions:
//! Copyright by the contributors to the Dafny Project *
//! SPDX-License-Identifier: MIT
//! *******************************************************************************/

verus! {







/// Proof that the integer logarithm of `pow(base, n)` in base `base` is `n`.
pub proof fn lemma_log_pow(base: int, n: nat)
    requires
        base > 1,
    ensures
        log(base, pow(base, n)) == n,
    decreases n,
{
    if n == 0 {
        reveal(pow);
        reveal(log);
    } else {
        let n_minus_1: nat = (n - 1) as nat;
        lemma_pow_positive(base, n);
        calc! {
            (==)
            log(base, pow(base, n)); (==) {
                reveal(pow);
            }
            log(base, base * pow(base, n_minus_1)); (==) {
                lemma_pow_positive(base, n_minus_1);
                lemma_mul_increases(pow(base, n_minus_1), base);
                lemma_mul_is_commutative(pow(base, n_minus_1), base);
                lemma_log_s(base, base * pow(base, n_minus_1));
            }
            1 + log(base, (base * pow(base, n_minus_1)) / base); (==) {
                lemma_div_multiples_vanish(pow(base, n_minus_1), base);
            }
            1 + log(base, pow(base, n_minus_1)); (==) {
                lemma_log_pow(base, n_minus_1);
            }
            1 + (n - 1);
        }
    }
}

} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::calc_macro::*;
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::div_mod::lemma_div_multiples_vanish;
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::mul::lemma_mul_increases;
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::mul::lemma_mul_is_commutative;
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::power::pow;
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::power::lemma_pow_positive;
#[allow(unused_imports)]
use vstd::arithmetic::logarithm::*;
} // mod logarithm
#[allow(unused_imports)]
pub use vstd::arithmetic::*;
} // mod arithmetic
#[allow(unused_imports)]
pub use vstd::*;
