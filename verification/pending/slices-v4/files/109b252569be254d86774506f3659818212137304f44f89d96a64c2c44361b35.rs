// client-crate form of vstd/iset.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod iset {

verus! {



// Closures make triggering finicky but using this to trigger explicitly works well.
spec fn trigger_finite<A>(f: spec_fn(A) -> nat, ub: nat) -> bool {
    true
}

spec fn surj_on<A, B>(f: spec_fn(A) -> B, s: ISet<A>) -> bool {
    forall|a1, a2| #![all_triggers] s.contains(a1) && s.contains(a2) && a1 != a2 ==> f(a1) != f(a2)
}


// Axioms















// Trusted axioms about finite







// Trusted axioms about len
// Note: we could add more axioms about len, but they would be incomplete.
// The following, with lemma_iset_ext_equal, are enough to build libraries about len.





pub proof fn lemma_iset_finite_if_subset_of_seq<A>(i: ISet<A>, s: Seq<A>)
    requires
        forall|a| i.contains(a) ==> s.contains(a),
    ensures
        i.finite(),
{
    let f = |a: A| (s.index_of(a) as nat);
    let ub = s.len();
    assert(surj_on(f, i)) by {
        assert forall|a1, a2|
            #![all_triggers]
            i.contains(a1) && i.contains(a2) && a1 != a2 implies f(a1) != f(a2) by {
            assert(s.contains(a1));
            assert(s.contains(a2));
            assert(0 <= f(a1) < s.len() && s[f(a1) as int] == a1);
            assert(0 <= f(a2) < s.len() && s[f(a2) as int] == a2);
        }
    }
    assert forall|a| i.contains(a) implies f(a) < ub by {
        assert(s.contains(a));
        assert(0 <= f(a) < s.len() && s[f(a) as int] == a);
    }
    assert(trigger_finite(f, ub));
}


// Macros



} // verus!

#[allow(unused_imports)]
use vstd::map::*;
use vstd::pervasive::*;
use vstd::prelude::*;
#[allow(unused_imports)]
use vstd::iset::*;
} // mod iset
#[allow(unused_imports)]
pub use vstd::*;
