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







/// A finite set can be separated by a predicate into two disjoint sets.
pub proof fn lemma_set_separation<T>(s: Set<T>, f: spec_fn(T) -> bool)
    ensures
        #![trigger s.filter(f)]
        s.filter(f).disjoint(s.filter(|x| !f(x))),
        s == s.filter(f) + s.filter(|x| !f(x)),
        s.filter(f).len() + s.filter(|x| !f(x)).len() == s.len(),
    decreases s.len(),
{
    if s.is_empty() {
        assert(s.filter(f) == Set::<T>::empty());
        assert(s.filter(|x| !f(x)) == Set::<T>::empty());
    } else {
        let x = s.choose();
        lemma_set_separation(s.remove(x), f);
        if f(x) {
            assert(s.filter(f) == s.remove(x).filter(f).insert(x));
            assert(s.filter(|x| !f(x)) == s.remove(x).filter(|x| !f(x)));
        } else {
            assert(s.filter(f) == s.remove(x).filter(f));
            assert(s.filter(|x| !f(x)) == s.remove(x).filter(|x| !f(x)).insert(x));
        }
    }
}

/// If the length of the filtered set is equal to the length of the original set,
/// then the filtered set is equal to the original set.
pub proof fn lemma_filter_len_unchanged_implies_equal<T>(s: Set<T>, f: spec_fn(T) -> bool)
    requires
        s.filter(f).len() == s.len(),
    ensures
        s.filter(f) == s,
{
    lemma_set_separation(s, f)
}










} // verus!
}
