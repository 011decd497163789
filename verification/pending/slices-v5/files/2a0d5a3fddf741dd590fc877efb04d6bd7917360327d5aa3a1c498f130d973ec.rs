// client-crate form of vstd/seq_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod seq_lib {

verus! {

broadcast use group_seq_lemmas;
































pub proof fn drop_last_distributes_over_add<A>(a: Seq<A>, b: Seq<A>)
        requires
            0 < b.len(),
        ensures
            (a + b).drop_last() == a + b.drop_last(),
    {
        assert_seqs_equal!((a+b).drop_last(), a+b.drop_last());
    }












































































































// Helper function to aid with merge sort














// Helper function showing that the resulting set contains all elements of the sequence

// Helper function showing that the recursive definition matches the set comprehension one








// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude
// Note: Dafny only does one way implication, but theoretically it could go both ways

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// Definition of a commutative fold_right operator.

// Definition of a commutative fold_left operator.

// For a commutative fold_right operator, any folding order
// (i.e., any permutation) produces the same result.

// For a commutative fold_left operator, any folding order
// (i.e., any permutation) produces the same result.

/************************** Lemmas about Take/Skip ***************************/

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude


// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

/************* Lemmas about the Commutability of Take and Skip with Update ************/

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude


/// Prove two sequences `s1` and `s2` are equal by proving that their elements are equal at each index.
///
/// More precisely, `assert_seqs_equal!` requires:
///  * `s1` and `s2` have the same length (`s1.len() == s2.len()`), and
///  * for all `i` in the range `0 <= i < s1.len()`, we have `s1[i] == s2[i]`.
///
/// The property that equality follows from these facts is often called _extensionality_.
///
/// `assert_seqs_equal!` can handle many trivial-looking
/// identities without any additional help:
///
/// ```rust
/// proof fn subrange_concat(s: Seq<u64>, i: int) {
///     requires([
///         0 <= i && i <= s.len(),
///     ]);
///
///     let t1 = s.subrange(0, i);
///     let t2 = s.subrange(i, s.len());
///     let t = t1.add(t2);
///
///     assert_seqs_equal!(s == t);
///
///     assert(s == t);
/// }
/// ```
///
/// In more complex cases, a proof may be required for the equality of each element pair.
/// For example,
///
/// ```rust
/// proof fn bitvector_seqs() {
///     let s = Seq::<u64>::new(5, |i| i as u64);
///     let t = Seq::<u64>::new(5, |i| i as u64 | 0);
///
///     assert_seqs_equal!(s == t, i => {
///         // Need to show that s[i] == t[i]
///         // Prove that the elements are equal by appealing to a bitvector solver:
///         let j = i as u64;
///         assert_bit_vector(j | 0 == j);
///         assert(s[i] == t[i]);
///     });
/// }
/// ```
#[macro_export]
macro_rules! assert_seqs_equal {
    [$($tail:tt)*] => {
        $crate::vstd::prelude::verus_proof_macro_exprs!($crate::vstd::seq_lib::assert_seqs_equal_internal!($($tail)*))
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! assert_seqs_equal_internal {
    (::vstd::spec_eq($s1:expr, $s2:expr)) => {
        $crate::vstd::seq_lib::assert_seqs_equal_internal!($s1, $s2)
    };
    (::vstd::prelude::spec_eq($s1:expr, $s2:expr)) => {
        $crate::vstd::seq_lib::assert_seqs_equal_internal!($s1, $s2)
    };
    (::vstd::prelude::spec_eq($s1:expr, $s2:expr), $idx:ident => $bblock:block) => {
        $crate::vstd::seq_lib::assert_seqs_equal_internal!($s1, $s2, $idx => $bblock)
    };
    (crate::prelude::spec_eq($s1:expr, $s2:expr)) => {
        $crate::vstd::seq_lib::assert_seqs_equal_internal!($s1, $s2)
    };
    (crate::prelude::spec_eq($s1:expr, $s2:expr), $idx:ident => $bblock:block) => {
        $crate::vstd::seq_lib::assert_seqs_equal_internal!($s1, $s2, $idx => $bblock)
    };
    (crate::verus_builtin::spec_eq($s1:expr, $s2:expr)) => {
        $crate::vstd::seq_lib::assert_seqs_equal_internal!($s1, $s2)
    };
    (crate::verus_builtin::spec_eq($s1:expr, $s2:expr), $idx:ident => $bblock:block) => {
        $crate::vstd::seq_lib::assert_seqs_equal_internal!($s1, $s2, $idx => $bblock)
    };
    ($s1:expr, $s2:expr $(,)?) => {
        $crate::vstd::seq_lib::assert_seqs_equal_internal!($s1, $s2, idx => { })
    };
    ($s1:expr, $s2:expr, $idx:ident => $bblock:block) => {
        #[verifier::spec] let s1 = $crate::vstd::seq_lib::check_argument_is_seq($s1);
        #[verifier::spec] let s2 = $crate::vstd::seq_lib::check_argument_is_seq($s2);
        $crate::vstd::prelude::assert_by($crate::vstd::prelude::equal(s1, s2), {
            $crate::vstd::prelude::assert_(s1.len() == s2.len());
            $crate::vstd::prelude::assert_forall_by(|$idx : $crate::vstd::prelude::int| {
                $crate::vstd::prelude::requires($crate::vstd::prelude::verus_proof_expr!(0 <= $idx && $idx < s1.len()));
                $crate::vstd::prelude::ensures($crate::vstd::prelude::equal(s1.index($idx), s2.index($idx)));
                { $bblock }
            });
            $crate::vstd::prelude::assert_($crate::vstd::prelude::ext_equal(s1, s2));
        });
    }
}




// include all the Dafny prelude lemmas


} // verus!

#[allow(unused_imports)]
use vstd::calc_macro::*;
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::relations::*;
use vstd::seq::*;
use vstd::set::*;
#[doc(hidden)]
use vstd::seq_lib::assert_seqs_equal_internal;
use vstd::seq_lib::assert_seqs_equal;
#[allow(unused_imports)]
use vstd::seq_lib::*;
} // mod seq_lib
#[allow(unused_imports)]
pub use vstd::*;
