

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
pub proof fn lemma_set_to_seq_has_same_length_with_no_duplicates<A>(s: Set<A>)
    requires
        s.finite(),
    ensures
        s.to_seq().len() == s.len(),
        s.to_seq().no_duplicates(),
    decreases
        s.len(),
{
    let q = s.to_seq();
    if s.len() != 0 {
        let x = s.choose();
        lemma_set_to_seq_has_same_length_with_no_duplicates(s.remove(x));
        assert(!s.remove(x).to_seq().contains(x)) by {
            lemma_set_to_seq_contains_iff_set_contains(s.remove(x), x);
        }
    }
    q.unique_seq_to_set();
}

// Prove that if there exists a bijection between two sets `s1` and `s2`,
// where `s1` is known to be finite, then `s2` is also finite and
// has the same length as `s1`. The bijection takes the form of two
// functions `f` and `g`, where `f` maps elements from `s1` to `s2`
// and `g` maps elements from `s2` to `s1`.

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
