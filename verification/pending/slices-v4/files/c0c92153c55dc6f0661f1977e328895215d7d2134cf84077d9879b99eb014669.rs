//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.



pub mod map_extra {
//! Extra properties of [`vstd::map::Map`](https://verus-lang.github.io/verus/verusdoc/vstd/map/struct.Map.html).
use vstd::prelude::*;
use vstd::{map::*, set::*};

verus! {


















} // verus!
verus! {

/// Returns true if predicate `f(k,v)` holds for all `(k,v)` in `map`.
pub open spec fn forall_map<K, V>(map: Map<K, V>, f: spec_fn(K, V) -> bool) -> bool {
    forall|k| #[trigger] map.contains_key(k) ==> f(k, map[k])
}



/// For any key in the map, `f(k, map[k])` holds if `forall_map(map, f)` holds.
pub proof fn lemma_forall_map_entry<K, V>(m: Map<K, V>, f: spec_fn(K, V) -> bool, k: K)
    requires
        forall_map(m, f),
        m.contains_key(k),
    ensures
        f(k, m[k]),
{
}











} // verus!
}

