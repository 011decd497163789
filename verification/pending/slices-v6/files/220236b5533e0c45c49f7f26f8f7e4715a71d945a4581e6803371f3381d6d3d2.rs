// client-crate form of vstd/arithmetic/internals/mul_internals_nonlinear.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod arithmetic {
pub mod internals {
pub mod mul_internals_nonlinear {
//! This file contains proofs related to multiplication that require
//! nonlinear-arithmetic reasoning to prove. These are internal
//! functions used within the math standard library.
//!
//! It's based on the following file from the Dafny math standard library:
//! `Source/DafnyStandardLibraries/src/Std/Arithmetic/Internal/MulInternalsNonlinear.dfy`.
//! That file has the following copyright notice:
//! /*******************************************************************************
//! *  Original: Copyright (c) Microsoft Corporation
//! *  SPDX-License-Identifier: MIT
//! *
//! *  Modifications and Extensions: Copyright by the contributors to the Dafny Project
//! *  SPDX-License-Identifier: MIT
//! *******************************************************************************/
/*
   WARNING: Think three times before adding to this file, as nonlinear
   verification is highly unstable!
*/
// may be try to use singular?

verus! {

/// Proof that multiplying two positive integers `x` and `y` will result in a positive integer
#[verifier::nonlinear]
pub proof fn lemma_mul_strictly_positive(x: int, y: int)
    ensures
        (0 < x && 0 < y) ==> (0 < x * y),
{
}






} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
} // mod mul_internals_nonlinear
} // mod internals
#[allow(unused_imports)]
pub use vstd::arithmetic::*;
} // mod arithmetic
#[allow(unused_imports)]
pub use vstd::*;
