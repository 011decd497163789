//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


pub mod function_properties {
//! Properties of pure mathematical spec functions ([`spec_fn`](https://verus-lang.github.io/verus/guide/spec_functions.html)).
use vstd::prelude::*;
use vstd::relations::*;
use vstd::set_lib::*;

verus! {

/// A function is bijective from `domain` to `codomain`
/// if it is injective on `domain` and its image equals `codomain`.
pub open spec fn bijective_on<A, B>(f: spec_fn(A) -> B, domain: Set<A>, codomain: Set<B>) -> bool {
    domain.injective_on(f) && domain.map(f) =~= codomain
}


/// `g` is a right inverse of `f` on `codomain` if `f(g(y)) == y` for all `y` in `codomain`,
/// and `g(y)` lies in `domain`.
pub open spec fn right_inverse_on<A, B>(
    f: spec_fn(A) -> B,
    g: spec_fn(B) -> A,
    domain: Set<A>,
    codomain: Set<B>,
) -> bool {
    codomain.all(|y: B| domain.contains(g(y)) && f(g(y)) == y)
}









/// If `f` is a bijection from `domain` to `codomain`, and `g` is its right inverse,
/// then `g` is a bijection from `codomain` to `domain`.
pub proof fn lemma_right_inverse_of_bijection_is_bijective<A, B>(
    f: spec_fn(A) -> B,
    g: spec_fn(B) -> A,
    domain: Set<A>,
    codomain: Set<B>,
)
    requires
        bijective_on(f, domain, codomain),
        right_inverse_on(f, g, domain, codomain),
    ensures
        bijective_on(g, codomain, domain),
{
    assert forall|x| #[trigger] codomain.map(g).contains(x) == domain.contains(x) by {
        if domain.contains(x) {
            assert(codomain.contains(f(x)));
        }
    }
}





} // verus!
}
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

