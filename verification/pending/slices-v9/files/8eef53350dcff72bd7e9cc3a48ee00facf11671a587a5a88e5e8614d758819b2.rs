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
#[verifier::external_body]
#[verifier::ext_equal]
#[verifier::accept_recursive_types(V)]
pub struct Multiset<V> {
    dummy: marker::PhantomData<V>,
}

impl<V> Multiset<V> {
    /// Returns the _count_, or _multiplicity_ of a single value within the multiset.
    pub uninterp spec fn count(self, value: V) -> nat;

    // TODO define this in terms of a more general constructor?
    /// Predicate indicating if the multiset contains the given value.
    pub open spec fn contains(self, v: V) -> bool {
        self.count(v) > 0
    }

    // This module assumes that all well-formed multisets have finite footprint,
    // so this axiom is reasonable.
    axiom fn axiom_dom_finite(self)
        ensures
            #[trigger] ISet::new(|v: V| self.count(v) > 0).finite(),
    ;

    /// Returns the set of all elements that have a count greater than 0
    pub closed spec fn dom(self) -> Set<V> {
        Set::new(|v: V| self.count(v) > 0).unwrap()
    }

    // dom() won't mean anything unless we know our domain is finite, which is a soundness
    // invariant that the present axiom-heavy representation promises to maintain.
    pub broadcast proof fn dom_ensures(self)
        ensures
            #![trigger(self.dom())]
            forall|v: V| #[trigger]
                self.dom().contains(v) <==> self.count(v) > 0,
    {
        self.axiom_dom_finite();
        assert forall|v: V| #[trigger] self.dom().contains(v) <==> self.count(v) > 0 by {
            super::iset::lemma_iset_new(|vv: V| self.count(vv) > 0, v);
        }
    }
}

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

// This verified lemma used to be an axiom in the Dafny prelude





} // verus!

#[allow(unused_imports)]
use core::marker;
use vstd::map::*;
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::set::*;
#[allow(unused_imports)]
use vstd::multiset::*;
} // mod multiset
#[allow(unused_imports)]
pub use vstd::*;
