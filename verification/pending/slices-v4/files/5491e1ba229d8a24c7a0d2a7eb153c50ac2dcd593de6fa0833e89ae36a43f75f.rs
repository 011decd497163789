//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.



pub mod map_extra {
//! Extra properties of [`vstd::map::Map`](https://verus-lang.github.io/verus/verusdoc/vstd/map/struct.Map.html).
use vstd::prelude::*;
use vstd::{map::*, set::*};

verus! {


/// The length of removing a key-value pair `(k,v)` from a map `m` depends on whether
/// the key `k` exists in the map. If it does, the length decreases by 1; if it doesn't,
/// the length remains the same.
pub proof fn lemma_map_remove_len<K, V>(m: Map<K, V>, k: K)
    ensures
        m.len() == #[trigger] m.remove(k).len() + (if m.contains_key(k) {
            1
        } else {
            0int
        }),
{
    lemma_map_remove_domain(m, k)
}
















} // verus!
verus! {















} // verus!
}

