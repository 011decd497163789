// client-crate form of vstd/iset.rs (verusbench), cut from vstd's crate: the unit's fn and the items
// it needs that a client cannot name, at their module paths; the rest is vstd's own, through the glob imports
//! The "standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and datatypes for proofs,
//! as well as runtime functionality with specifications.
//! For an introduction to Verus, see [the tutorial](https://verus-lang.github.io/verus/guide/).
 // silences spurious warnings for features that cause errors when omitted


pub mod iset {

verus! {



// Closures make triggering finicky but using this to trigger explicitly works well.

spec fn surj_on<A, B>(f: spec_fn(A) -> B, s: ISet<A>) -> bool {
    forall|a1, a2| #![all_triggers] s.contains(a1) && s.contains(a2) && a1 != a2 ==> f(a1) != f(a2)
}

pub mod fold {
    //! This module defines a fold function for finite sets and proves a number of associated
    //! lemmas.
    //!
    //! The module was ported (with some modifications) from Isabelle/HOL's finite set theory in:
    //! `HOL/Finite_ISet.thy`
    //! That file contains the following author list:
    //!
    //!
    //! (*  Title:      HOL/Finite_ISet.thy
    //!     Author:     Tobias Nipkow
    //!     Author:     Lawrence C Paulson
    //!     Author:     Markus Wenzel
    //!     Author:     Jeremy Avigad
    //!     Author:     Andrei Popescu
    //! *)
    //!
    //!
    //! The file is distributed under a 3-clause BSD license as indicated in the file `COPYRIGHT`
    //! in Isabelle's root directory, which also carries the following copyright notice:
    //!
    //! Copyright (c) 1986-2024,
    //! University of Cambridge,
    //! Technische Universitaet Muenchen,
    //! and contributors.
    use super::*;

    broadcast group group_iset_lemmas_early {
        lemma_iset_empty,
        lemma_iset_new,
        lemma_iset_insert_same,
        lemma_iset_insert_different,
        lemma_iset_remove_same,
        lemma_iset_remove_insert,
        lemma_iset_remove_different,
        lemma_iset_union,
        lemma_iset_intersect,
        lemma_iset_difference,
        lemma_iset_complement,
        lemma_iset_ext_equal,
        lemma_iset_ext_equal_deep,
        lemma_iset_empty_finite,
        lemma_iset_insert_finite,
        lemma_iset_remove_finite,
    }

    
    // This predicate is intended to be used like an inductive predicate, with the corresponding
    // introduction, elimination and induction rules proved below.
    
    
    // Introduction rules
    
    
    // Elimination rules
    
    
    
    // Induction rule
    
    
    
    
    
    // At this point set cardinality is not yet defined, so we can't easily give a decreasing
    // measure to prove the subsequent lemma `lemma_fold_graph_exists`. Instead, we first prove
    // this lemma, for which we use the upper bound of a finiteness witness as the decreasing
    // measure.
    
    proof fn lemma_finite_set_induct_aux<A>(
        s: ISet<A>,
        f: spec_fn(A) -> nat,
        ub: nat,
        pred: spec_fn(ISet<A>) -> bool,
    )
        requires
            surj_on(f, s),
            s.finite(),
            forall|a| s.contains(a) ==> f(a) < ub,
            pred(ISet::empty()),
            forall|s, a| pred(s) && s.finite() && !s.contains(a) ==> #[trigger] pred(s.insert(a)),
        ensures
            pred(s),
        decreases ub,
    {
        broadcast use group_iset_lemmas_early;

        if s =~= ISet::empty() {
        } else {
            let a = s.choose();
            // If `f` maps something to `ub - 1`, remap it to `f(a)` so we can decrease ub
            let fp = |aa|
                if f(aa) == ub - 1 {
                    f(a)
                } else {
                    f(aa)
                };
            lemma_finite_set_induct_aux(s.remove(a), fp, sub(ub, 1), pred);
        }
    }

    
    
    
}

// Axioms















// Trusted axioms about finite







// Trusted axioms about len
// Note: we could add more axioms about len, but they would be incomplete.
// The following, with lemma_iset_ext_equal, are enough to build libraries about len.







// Macros


pub use iset;

} // verus!
#[allow(unused_imports)]
use vstd::iset::*;
}


// Re-exports all vstd types, traits, and functions that are commonly used or replace
// regular `core` or `std` definitions.


verus! {


} // verus!
// This allows us to use `$crate::vstd` or `crate::vstd` to refer to vstd
// both in verus_verify_core mode (vstd is a module) and out (vstd is a crate)
#[allow(unused_imports)]
pub use vstd::*;
