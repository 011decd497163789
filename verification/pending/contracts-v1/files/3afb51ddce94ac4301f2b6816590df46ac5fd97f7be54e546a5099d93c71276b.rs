

// suppress warnings about variable names in PMDK

use vstd::prelude::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");

pub mod common {
pub mod util_v {
// This file contains miscellaneous utility functions.
use vstd::prelude::*;
use vstd::seq_lib::*;
use vstd::set_lib::*;

verus! {

// This lemma proves that a subrange of a subrange is equal to just obtaining the final subrange using its 
// absolute start index. This is obvious and requires no body, but having a dedicated lemma helps
// Z3 establish the equality
// TODO: do this about subranges rather than extract_bytes -- should be equivalent and more useful
// TODO: move extract_bytes into this file

// This helper lemma helps us prove that flattening a 2D sequence
// is equivalent to concatenating the last sequence to all prior
// sequences after flattening them.

// This lemma proves that if a map is injective, then inverting it twice produces
// the original map.

// Proves that if a map `map` is injective, then `map.invert()` maps
// its values to its keys.

// This lemma proves that a sequence with no duplicates whose values are in the range [min, max)
// has a length less than or equal to the difference between min and max.

// This executable function clones a vector of objects of type `T`
// when `T` implements the `PmCopy` trait.
// TODO: Do this more efficiently by just calling Vec::clone.

// This executable function extends a `Vec<u8>` with the contents of
// a slice.


// Proves that, given that `s` is finite, it contains `v` if and only if
// `s.to_seq()` contains `v`.
#[verifier::external_body]
pub proof fn lemma_set_to_seq_contains_iff_set_contains<A>(s: Set<A>, v: A)
    requires
        s.finite(),
    ensures
        s.contains(v) <==> s.to_seq().contains(v),
    decreases
        s.len(),
{
    unimplemented!()
}

// Proves that, given that `s` is finite, `s.to_seq()` has the same length as `s`
// and has no duplicates.
#[verifier::external_body]
pub proof fn lemma_set_to_seq_has_same_length_with_no_duplicates<A>(s: Set<A>)
    requires
        s.finite(),
    ensures
        s.to_seq().len() == s.len(),
        s.to_seq().no_duplicates(),
    decreases
        s.len(),
{
    unimplemented!()
}

// Prove that if there exists a bijection between two sets `s1` and `s2`,
// where `s1` is known to be finite, then `s2` is also finite and
// has the same length as `s1`. The bijection takes the form of two
// functions `f` and `g`, where `f` maps elements from `s1` to `s2`
// and `g` maps elements from `s2` to `s1`.
pub proof fn lemma_bijection_makes_sets_have_equal_size<A, B>(
    s1: Set<A>,
    s2: Set<B>,
    f: spec_fn(A) -> B,
    g: spec_fn(B) -> A,
)
    requires
        s1.finite(),
        forall|x: A| #[trigger] s1.contains(x) ==> s2.contains(f(x)) && x == g(f(x)),
        forall|y: B| #[trigger] s2.contains(y) ==> s1.contains(g(y)) && y == f(g(y)),
    ensures
        s2.finite(),
        s2.len() == s1.len(),
{
    // Convert set `s1` to a sequence and prove key properties of the
    // resulting `q1`:
    // * `q1` contains exactly the same values as `s1`.
    // * `q1` has the same length as `s1`.
    // * `q1` has no duplicates. 

    let q1 = s1.to_seq();
    assert forall|x: A| #[trigger] q1.contains(x) <==> s1.contains(x) by {
        lemma_set_to_seq_contains_iff_set_contains(s1, x);
    }
    assert(q1.len() == s1.len() && q1.no_duplicates()) by {
        lemma_set_to_seq_has_same_length_with_no_duplicates(s1);
    }

    // Convert sequence `q1` to a new sequence `q2` by applying the
    // transformation `f`.

    let q2 = Seq::<B>::new(q1.len(), |i: int| f(q1[i]));

    // Prove that `q2.to_set() == s2`. This also establishes that `s2`
    // is finite, from the ambient broadcast proof
    // `vstd::seq_lib::seq_to_set_is_finite`.

    assert(q2.to_set() =~= s2) by {
        assert forall|y: B| #[trigger] q2.to_set().contains(y) implies s2.contains(y) by {
            assert(q2.contains(y));
            let i = choose|i: int| 0 <= i < q2.len() && q2[i] == y;
            assert(y == f(q1[i]));
            assert(q1.contains(q1[i]));
            assert(s1.contains(q1[i]));
            assert(s2.contains(f(q1[i]))); // by bijectivity
        }
        assert forall|y: B| #[trigger] s2.contains(y) implies q2.to_set().contains(y) by {
            assert(s1.contains(g(y))); // by bijectivity
            let x = g(y);
            assert(q1.contains(x));
            let i = choose|i: int| 0 <= i < q1.len() && q1[i] == x;
            assert(q2[i] == f(x));
            assert(q2.to_set().contains(f(x)));
            assert(f(x) == y);
        }
    }

    // Now prove that `q2` has no duplicates.

    assert(q2.no_duplicates()) by {
        assert forall|i: int, j: int| 0 <= i < q2.len() && 0 <= j < q2.len() && i != j implies q2[i] != q2[j] by {
            assert(q2[i] == f(q1[i]) && q2[j] == f(q1[j]));
            assert(q1.contains(q1[i]) && q1.contains(q1[j]));
            assert(s1.contains(q1[i]) && s1.contains(q1[j]));
            let x1 = g(q2[i]);
            let x2 = g(q2[j]);
            assert(x1 == q1[i] && x2 == q1[j]);
        }
    }

    // Finally, prove that `q2` has the same length as `s2`. This is
    // enough because we know by construction of `q2` that it has the
    // same length as `q1` and we proved earlier that `q1` has the
    // same length as `s1`.

    assert(q2.len() == s2.len()) by {
        q2.unique_seq_to_set();
    }
}

// Proves that `s.fold_left(c, g)` can be expressed as a `fold_left`
// of `s.map_values(f)`. For this, we require a fold function `h` that
// inverts the effect of `f`.

// Proves that if `s.filter(pred)` contains `x`, then `s` contains `x` and `pred(x)` is true.

// Proves that if `s` has no duplicates, then `s.filter(pred)` also has no duplicates.

// Indicates whether the given function `f` used for `fold_left` is commutative.

// Converts a `fold_left` function to a `fold_right` function.

// Proves that if `f` is a commutative `fold_left` function, then the result of
// folding left using `f` is equal to the result of folding right using
// `convert_foldl_to_foldr(f)`. Furthermore, `convert_foldl_to_foldr(f)` is
// a commutative `fold_right` function.

// Proves that if two sequences `s1` and `s2` have no duplicates and map to the same set,
// then they're permutations of each other.

}
}
}
// pub mod log;
// pub mod multilog;



verus! {


}
