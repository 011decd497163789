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

/// `g` is a left inverse of `f` on `domain` if `g(f(x)) == x` for all `x` in `domain`,
/// and `f(x)` lies in `codomain`.
pub open spec fn left_inverse_on<A, B>(
    f: spec_fn(A) -> B,
    g: spec_fn(B) -> A,
    domain: Set<A>,
    codomain: Set<B>,
) -> bool {
    domain.all(|x: A| codomain.contains(f(x)) && g(f(x)) == x)
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

/// `g` is a two-sided inverse of `f` if it is both a left and right inverse.
pub open spec fn inverse_on<A, B>(
    f: spec_fn(A) -> B,
    g: spec_fn(B) -> A,
    domain: Set<A>,
    codomain: Set<B>,
) -> bool {
    left_inverse_on(f, g, domain, codomain) && right_inverse_on(f, g, domain, codomain)
}






/// If `f` has a two-sided inverse `g` on `domain` and `codomain`, then `f` is bijective on that domain and codomain.
pub proof fn lemma_two_sided_inverse_implies_bijective<A, B>(
    f: spec_fn(A) -> B,
    g: spec_fn(B) -> A,
    domain: Set<A>,
    codomain: Set<B>,
)
    requires
        inverse_on(f, g, domain, codomain),
    ensures
        bijective_on(f, domain, codomain),
{
}







} // verus!
}


