// client-crate form of vstd/arithmetic/mul.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod arithmetic {
pub mod mul {
//! This file contains proofs related to integer multiplication (`*`).
//! These are part of the math standard library.
//!
//! It's based on the following file from the Dafny math standard
//! library:
//! `Source/DafnyStandardLibraries/src/Std/Arithmetic/Mul.dfy`.
//! That file has the following copyright notice:
//! /*******************************************************************************
//! * Original: Copyright (c) Microsoft Corporation *
//! SPDX-License-Identifier: MIT * * Modifications and Extensions:
//! Copyright by the contributors to the Dafny Project *
//! SPDX-License-Identifier: MIT
//! *******************************************************************************/

verus! {













/// Proof that multiplication is commutative, specifically that
/// `x * y == y * x`.
pub broadcast proof fn lemma_mul_is_commutative(x: int, y: int)
    ensures
        #[trigger] (x * y) == y * x,
{
}


/*
    We don't port LemmaMulEquality or LemmaMulEqualityAuto from the
    Dafny standard library for arithmetic, since they're never useful.
    They say that `x == y ==> x * z == y * z`, which is trivial. It
    follows immediately from the basic SMT axiom that functions and
    operators (including multiplication) have equal values when
    applied to equal arguments.
*/
















/// Proof that multiplication distributes over addition and
/// subtraction, whether the addition or subtraction happens in the
/// first or the second argument to the multiplication.
// pub broadcast proof fn lemma_mul_is_distributive_plus(x: int, y: int, z: int)
//     ensures
//         forall|x: int, y: int, z: int| #[trigger] (x * (y + z)) == x * y + x * z,
//         forall|x: int, y: int, z: int| #[trigger] (x * (y - z)) == x * y - x * z,
//         forall|x: int, y: int, z: int| #[trigger] ((y + z) * x) == y * x + z * x,
//         forall|x: int, y: int, z: int| #[trigger] ((y - z) * x) == y * x - z * x,
// {
//     lemma_mul_is_distributive_add_auto();
//     lemma_mul_is_distributive_sub_auto();
//     broadcast use lemma_mul_is_commutative;
// }







// Check that the group_mul_properties broadcast group group_provides the same properties as the _auto lemma it replaces

} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
#[allow(unused_imports)]
use vstd::arithmetic::mul::*;
} // mod mul
#[allow(unused_imports)]
pub use vstd::arithmetic::*;
} // mod arithmetic
#[allow(unused_imports)]
pub use vstd::*;
