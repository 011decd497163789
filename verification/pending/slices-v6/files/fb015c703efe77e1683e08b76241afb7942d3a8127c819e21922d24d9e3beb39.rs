// client-crate form of vstd/arithmetic/internals/div_internals_nonlinear.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod arithmetic {
pub mod internals {
pub mod div_internals_nonlinear {
//! This file contains proofs related to division that require
//! nonlinear-arithmetic reasoning to prove. These are internal
//! functions used within the math standard library.
//!
//! It's based on the following file from the Dafny math standard library:
//! `Source/DafnyStandardLibraries/src/Std/Arithmetic/Internal/DivInternalsNonlinear.dfy`.
//! That file has the following copyright notice:
//! /*******************************************************************************
//! *  Original: Copyright (c) Microsoft Corporation
//! *  SPDX-License-Identifier: MIT
//! *
//! *  Modifications and Extensions: Copyright by the contributors to the Dafny Project
//! *  SPDX-License-Identifier: MIT
//! *******************************************************************************/

verus! {



/// Proof that dividing a non-negative integer by a larger integer results in a quotient of 0
#[verifier::nonlinear]
pub proof fn lemma_small_div()
    ensures
        forall|x: int, d: int| 0 <= x < d && d > 0 ==> #[trigger] (x / d) == 0,
{
}

} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
} // mod div_internals_nonlinear
} // mod internals
#[allow(unused_imports)]
pub use vstd::arithmetic::*;
} // mod arithmetic
#[allow(unused_imports)]
pub use vstd::*;
