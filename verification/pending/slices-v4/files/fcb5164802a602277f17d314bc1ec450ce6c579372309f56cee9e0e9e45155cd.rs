// client-crate form of vstd/arithmetic/power2.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod arithmetic {
pub mod power2 {
//! This file contains proofs related to powers of 2. These are part
//! of the math standard library.
//!
//! It's based on the following file from the Dafny math standard library:
//! `Source/DafnyStandardLibraries/src/Std/Arithmetic/Power2.dfy`.
//! That file has the following copyright notice:
//! /*******************************************************************************
//! *  Original: Copyright (c) Microsoft Corporation
//! *  SPDX-License-Identifier: MIT
//! *
//! *  Modifications and Extensions: Copyright by the contributors to the Dafny Project
//! *  SPDX-License-Identifier: MIT
//! *******************************************************************************/

verus! {





/// Proof that the recursive and existential specifications for `is_pow2` are equivalent.
pub broadcast proof fn is_pow2_equiv(n: int)
    ensures
        #![trigger is_pow2(n)]
        #![trigger is_pow2_exists(n)]
        is_pow2(n) <==> is_pow2_exists(n),
{
    if is_pow2(n) {
        assert(is_pow2_exists(n)) by {
            is_pow2_equiv_forward(n);
        }
    }
    if is_pow2_exists(n) {
        assert(is_pow2(n)) by {
            broadcast use lemma_pow_positive;

            is_pow2_equiv_reverse(n);
        }
    }
}

proof fn is_pow2_equiv_forward(n: int)
    requires
        is_pow2(n),
    ensures
        is_pow2_exists(n),
    decreases n,
{
    reveal(is_pow2);
    reveal(pow);

    if n == 1 {
        broadcast use lemma_pow0;

        assert(pow(2, 0) == n);
    } else {
        is_pow2_equiv_forward(n / 2);
        let exp = choose|i: nat| pow(2, i) == n / 2;
        assert(pow(2, exp + 1) == 2 * pow(2, exp));
    }
}

proof fn is_pow2_equiv_reverse(n: int)
    requires
        n > 0,
        is_pow2_exists(n),
    ensures
        is_pow2(n),
    decreases n,
{
    reveal(is_pow2);
    reveal(pow);

    let exp = choose|i: nat| pow(2, i) == n;

    if exp == 0 {
        broadcast use lemma_pow0;

    } else {
        assert(pow(2, (exp - 1) as nat) == n / 2);
        is_pow2_equiv_reverse(n / 2);
    }
}









} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::power::pow;
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::power::lemma_pow0;
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::power::lemma_pow_positive;
#[allow(unused_imports)]
use vstd::arithmetic::power2::*;
} // mod power2
#[allow(unused_imports)]
pub use vstd::arithmetic::*;
} // mod arithmetic
#[allow(unused_imports)]
pub use vstd::*;
