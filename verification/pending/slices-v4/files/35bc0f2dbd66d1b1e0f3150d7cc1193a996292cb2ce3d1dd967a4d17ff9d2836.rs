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










} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::power::pow;
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::power::lemma_pow0;
#[allow(unused_imports)]
use vstd::arithmetic::power2::*;
} // mod power2
#[allow(unused_imports)]
pub use vstd::arithmetic::*;
} // mod arithmetic
#[allow(unused_imports)]
pub use vstd::*;
