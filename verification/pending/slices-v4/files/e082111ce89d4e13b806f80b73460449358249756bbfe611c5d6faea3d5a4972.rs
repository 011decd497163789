//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


pub mod panic {
//! Runtime panic helper whose type (`-> !`) lets Verus discharge
//! post-conditions by branch elimination at the call site.
use vstd::prelude::*;
use vstd::vpanic;

verus! {

/// Represents the intention that the code will panic at some point in the future.
/// Consumed by [`panic_diverge`] to ensure that the top-level API spec must always
/// intentionally document potential panics.
pub uninterp spec fn may_panic() -> bool;

/// Unconditionally diverges. Must be provided with a [`may_panic()] token to ensure that
/// the panic is expected.
#[verifier::external_body]
pub fn panic_diverge() -> !
    requires
        may_panic(),
{
    vpanic!("")
}



} // verus!
}

#[macro_use]
pub mod trans_macros {
use vstd::prelude::*;

use crate::panic::*;

#[macro_export]
macro_rules! assert {
    ($cond:expr) => {
        if !($cond) {
            $crate::panic::panic_diverge()
        }
    };
    ($cond:expr, $msg:literal) => {
        if !($cond) {
            $crate::panic::panic_diverge()
        }
    };
}


}

pub mod set_extra {
//! Extra properties of [`vstd::set::Set`](https://verus-lang.github.io/verus/verusdoc/vstd/set/struct.Set.html).
use vstd::{iset::fold::*, prelude::*, set::fold::*, set_lib::*};

verus! {











/// A set of sets is pairwise disjoint if all distinct sets are disjoint.
pub open spec fn pairwise_disjoint<A>(sets: Set<Set<A>>) -> bool {
    forall|s1: Set<A>, s2: Set<A>|
        #![trigger sets.contains(s1), sets.contains(s2)]
        sets.contains(s1) && sets.contains(s2) && s1 != s2 ==> s1.disjoint(s2)
}



/// If `parts` is a finite set of finite, pairwise-disjoint sets, and each set has the same length `c`,
/// then the cardinality of the union is the product of the number of sets and `c`.
pub proof fn lemma_flatten_cardinality_under_disjointness_same_length<A>(parts: Set<Set<A>>, c: nat)
    requires
        pairwise_disjoint(parts),
        parts.all(|p: Set<A>| p.len() == c),
    ensures
        parts.flatten().len() == parts.len() * c,
    decreases parts.len(),
{
    if parts.is_empty() {
        assert(parts.flatten() == Set::<A>::empty());
    } else {
        let p = parts.choose();
        let rest = parts.remove(p);
        assert(parts == rest.insert(p));
        lemma_flatten_cardinality_under_disjointness_same_length(rest, c);
        assert(parts.flatten() == rest.flatten().union(p));
        assert(parts.flatten().len() == rest.flatten().len() + p.len()) by {
            lemma_set_disjoint_lens(rest.flatten(), p);
        }
        assert(parts.flatten().len() == (rest.len() + 1) * c) by (nonlinear_arith)
            requires
                parts.flatten().len() == rest.len() * c + c,
        ;
    }
}




} // verus!
}
