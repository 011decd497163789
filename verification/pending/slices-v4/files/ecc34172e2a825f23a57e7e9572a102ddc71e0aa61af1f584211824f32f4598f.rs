// client-crate form of vstd/multiset.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod multiset {


verus! {

broadcast use group_set_lemmas;

/// `Multiset<V>` is an abstract multiset type for specifications.
///
/// `Multiset<V>` can be encoded as a (total) map from elements to natural numbers,
/// where the number of nonzero entries is finite.
///
/// Multisets can be constructed in a few different ways:
///  * [`Multiset::empty`] constructs an empty multiset.
///  * [`Multiset::singleton`] constructs a multiset that contains a single element with multiplicity 1.
///  * [`Multiset::from_map`] constructs a multiset from a map of elements to multiplicities.
///  * By manipulating existings multisets with [`Multiset::add`], [`Multiset::insert`],
///    [`Multiset::sub`], [`Multiset::remove`], [`Multiset::update`], or [`Multiset::filter`].
///  * TODO: `multiset!` constructor macro, multiset from set, from map, etc.
///
/// To prove that two multisets are equal, it is usually easiest to use the
/// extensionality operator `=~=`.
///
// We could in principle implement the Multiset via an inductive datatype
// and so we can mark its type argument as accept_recursive_types.
// Note: Multiset is finite because it isn't entirely obvious how to represent an
// infinite multiset in the case where a single value (v: V) has an infinite
// multiplicity. It seems to require either:
//   (1) representing multiplicity by an ordinal or cardinal or something
//   (2) limiting each multiplicity to be finite
// (1) would be complicated and it's not clear what the use would be; (2) has some
// weird properties (e.g., you can't in general define a multiset `map` function
// since it might map an infinite number of elements to the same one).
// Also, note that if multiset were infinite, it couldn't accept_recursive_types.
//
// Now that Verus has a finite Map that is labeled as accept_recursive_types, this file should
// be rewritten as just a wrapper around Map rather than the present pile of trusted axioms.
// See https://github.com/verus-lang/verus/discussions/1663
//


// Specification of `empty`

// This verified lemma used to be an axiom in the Dafny prelude

// Specifications of `from_map`



// Specification of `singleton`


// Specification of `add`

// Specification of `sub`

// Extensional equality


// Specification of `len`



// TODO could probably prove this theorem.


// Specification of `filter`

// Specification of `choose`


// Lemmas about `update`


// Lemmas about `insert`
// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// Lemmas about `intersection_with`
// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// Lemmas about `difference_with`
// This verified lemma used to be an axiom in the Dafny prelude
/// The multiplicity of an element `x` in the difference of multisets `a` and `b` will be
/// equal to the difference of the counts of `x` in `a` and `b`, or 0 if this difference is negative.
pub broadcast proof fn lemma_difference_count<V>(a: Multiset<V>, b: Multiset<V>, x: V)
    ensures
        #[trigger] a.difference_with(b).count(x) == clip(a.count(x) - b.count(x)),
{
    broadcast use {
        group_set_lemmas,
        super::map::group_map_lemmas,
        group_multiset_axioms,
        Multiset::dom_ensures,
    };

    let map = Map::<V, nat>::new(a.dom(), |v: V| clip(a.count(v) - b.count(v)));
    crate::vstd::map_lib::lemma_map_new_domain(a.dom(), |v: V| clip(a.count(v) - b.count(v)));
    if map.dom().contains(x) {
        assert(map[x] == clip(a.count(x) - b.count(x)));
        axiom_multiset_contained(map, x);
    } else {
        axiom_multiset_new_not_contained(map, x);
        assert(!a.dom().contains(x));
        a.dom_ensures();
        assert(a.count(x) == 0) by {
            if a.count(x) != 0 {
                assert(a.count(x) > 0);
                assert(a.dom().contains(x));
                assert(false);
            }
        }
        assert(clip(a.count(x) - b.count(x)) == 0);
    }
}

// This verified lemma used to be an axiom in the Dafny prelude





} // verus!

#[allow(unused_imports)]
use vstd::map::*;
#[cfg(verus_keep_ghost)]
use vstd::math::clip;
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::set::*;
#[allow(unused_imports)]
use vstd::multiset::*;
} // mod multiset
#[allow(unused_imports)]
pub use vstd::*;
