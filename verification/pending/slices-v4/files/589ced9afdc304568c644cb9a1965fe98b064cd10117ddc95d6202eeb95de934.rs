//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


pub mod function_properties {
//! Properties of pure mathematical spec functions ([`spec_fn`](https://verus-lang.github.io/verus/guide/spec_functions.html)).
use vstd::prelude::*;
use vstd::relations::*;
use vstd::set_lib::*;

verus! {


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



/// Constructs a left inverse function `g` of `f` when `f` is injective on `domain`.
/// For each `b` in the image, returns the unique `a` such that `f(a) = b`.
pub open spec fn construct_left_inverse<A, B>(f: spec_fn(A) -> B, domain: Set<A>) -> spec_fn(B) -> A
    recommends
        domain.injective_on(f),
{
    |b: B| choose|a: A| domain.contains(a) && f(a) == b
}


/// If `f` is injective on `domain`, then `construct_left_inverse(f, domain)`
/// is a left inverse of `f` on that domain.
/// That is, for all `x ∈ domain`, we have `g(f(x)) == x`.
pub proof fn lemma_construct_left_inverse_sound<A, B>(f: spec_fn(A) -> B, domain: Set<A>)
    requires
        domain.injective_on(f),
    ensures
        left_inverse_on(f, construct_left_inverse(f, domain), domain, domain.map(f)),
{
}










} // verus!
}


