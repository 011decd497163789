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






/// Proof that since `pow1` is less than or equal to `pow2`, the
/// integer logarithm of `pow1` in base `base` is less than or equal
/// to that of `pow2`.
pub proof fn lemma_log_is_ordered(base: int, pow1: int, pow2: int)
    requires
        base > 1,
        0 <= pow1 <= pow2,
    ensures
        log(base, pow1) <= log(base, pow2),
    decreases pow1,
{
    reveal(log);
    if pow2 < base {
        assert(log(base, pow1) == 0 == log(base, pow2));
    } else if pow1 < base {
        assert(log(base, pow1) == 0);
        lemma_log_nonnegative(base, pow2);
    } else {
        broadcast use {lemma_div_pos_is_pos, lemma_div_is_ordered, lemma_div_decreases};

        lemma_log_is_ordered(base, pow1 / base, pow2 / base);
    }
}


} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::calc_macro::*;
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::div_mod::lemma_div_pos_is_pos;
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::div_mod::lemma_div_decreases;
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::div_mod::lemma_div_is_ordered;
#[allow(unused_imports)]
use vstd::arithmetic::logarithm::*;
} // mod logarithm
#[allow(unused_imports)]
pub use vstd::arithmetic::*;
} // mod arithmetic
#[allow(unused_imports)]
pub use vstd::*;
