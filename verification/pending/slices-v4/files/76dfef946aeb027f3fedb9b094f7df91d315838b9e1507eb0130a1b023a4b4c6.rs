//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.



pub mod map_extra {
//! Extra properties of [`vstd::map::Map`](https://verus-lang.github.io/verus/verusdoc/vstd/map/struct.Map.html).
use vstd::prelude::*;
use vstd::{map::*, set::*};

verus! {



/// Filters a map based on a predicate function applied to its values.
pub open spec fn value_filter<K, V>(m: Map<K, V>, f: spec_fn(V) -> bool) -> Map<K, V> {
    m.restrict(m.dom().filter(|s| f(m[s])))
}








/// If the predicate function `f` is true for the newly inserted value `v`,
/// then inserting `(k,v)` into the map `m` and then applying the value filter
/// is equivalent to applying the value filter to the original map `m` and
/// then inserting `(k,v)` into the result.
pub proof fn lemma_insert_value_filter_true<K, V>(m: Map<K, V>, f: spec_fn(V) -> bool, k: K, v: V)
    requires
        f(v),
    ensures
        value_filter(m.insert(k, v), f) == value_filter(m, f).insert(k, v),
{
}







} // verus!
verus! {















} // verus!
}

