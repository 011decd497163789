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

















} // verus!
verus! {















} // verus!
}

