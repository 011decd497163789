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









/// If `f` is a bijection from `domain` to `codomain`, and `g` is its left inverse,
/// then `g` is a bijection from `codomain` to `domain`.
pub proof fn lemma_left_inverse_of_bijection_is_bijective<A, B>(
    f: spec_fn(A) -> B,
    g: spec_fn(B) -> A,
    domain: Set<A>,
    codomain: Set<B>,
)
    requires
        bijective_on(f, domain, codomain),
        left_inverse_on(f, g, domain, codomain),
    ensures
        bijective_on(g, codomain, domain),
{
}






} // verus!
}


