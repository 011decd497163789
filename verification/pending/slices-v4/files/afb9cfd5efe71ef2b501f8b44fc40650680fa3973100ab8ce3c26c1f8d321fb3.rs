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
/// The multiset resulting from updating a value `v` in a multiset `m` to multiplicity `mult` will
/// have a count of `mult` for `v`.
pub broadcast proof fn lemma_update_same<V>(m: Multiset<V>, v: V, mult: nat)
    ensures
        #[trigger] m.update(v, mult).count(v) == mult,
{
    broadcast use {
        group_set_lemmas,
        super::map::group_map_lemmas,
        group_multiset_axioms,
        Multiset::dom_ensures,
    };

    reveal(Multiset::update);
    let key_set = m.dom().insert(v);
    let fv = |key: V|
        if key == v {
            mult
        } else {
            m.count(key)
        };
    let map = Map::new(key_set, fv);
    crate::vstd::map_lib::lemma_map_new_domain(key_set, fv);
    assert(key_set.contains(v));
    assert(map.dom().contains(v));
    assert(map[v] == mult);
    axiom_multiset_contained(map, v);
}


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

// This verified lemma used to be an axiom in the Dafny prelude





} // verus!

#[allow(unused_imports)]
use vstd::map::*;
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::set::*;
#[allow(unused_imports)]
use vstd::multiset::*;
} // mod multiset
#[allow(unused_imports)]
pub use vstd::*;
