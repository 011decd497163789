//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.



pub mod map_extra {
//! Extra properties of [`vstd::map::Map`](https://verus-lang.github.io/verus/verusdoc/vstd/map/struct.Map.html).
use vstd::prelude::*;
use vstd::{map::*, set::*};

verus! {

/// The length of inserting a key-value pair `(k,v)` into a map `m` depends on whether
/// the key `k` already exists in the map. If it does, the length remains the same;
/// if it doesn't, the length increases by 1.
pub proof fn lemma_map_insert_len<K, V>(m: Map<K, V>, k: K, v: V)
    ensures
        #[trigger] m.insert(k, v).len() == m.len() + (if m.contains_key(k) {
            0int
        } else {
            1
        }),
{
    lemma_map_insert_domain(m, k, v)
}


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




/// The length of the value-filtered map after inserting `(k,v)` into `m`
/// is equal to the length of the value-filtered map for the original map `m`
/// plus one if `k` does not exist in `m` and `v` satisfies the predicate function `f`.
pub broadcast proof fn lemma_insert_value_filter_different_len_not_contains<K, V>(
    m: Map<K, V>,
    f: spec_fn(V) -> bool,
    k: K,
    v: V,
)
    requires
        !m.contains_key(k),
        f(v),
    ensures
        #[trigger] value_filter(m.insert(k, v), f).len() == value_filter(m, f).len() + 1,
{
    lemma_insert_value_filter_true(m, f, k, v);
    lemma_map_insert_len(m, k, v);
}



} // verus!
verus! {















} // verus!
}

