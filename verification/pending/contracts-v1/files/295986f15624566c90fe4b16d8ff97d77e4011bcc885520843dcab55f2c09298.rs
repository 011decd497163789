//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


pub mod external {
//! Specifications for functions from Rust standard library but not specified in `vstd`.
//!
//! These specifications are determined with careful inspection of the std library source code and documentation, and trusted as TCB.
//! They are subject to change if `vstd` covers more cases in the future.
pub mod btree {
//! Additional specifications for mutable [`BTreeMap`] operations not covered by vstd.
use core::{borrow::Borrow, cmp::Ordering, ops::Bound};
use vstd::{
    assert_maps_equal,
    laws_cmp::obeys_cmp,
    prelude::*,
    std_specs::{
        btree::{
            borrowed_key_removed, contains_borrowed_key, increasing_seq, maps_borrowed_key_to_value,
        },
        cmp::OrdSpec,
    },
};

verus! {















/// Relates a map before and after mutating the value selected by a borrowed key.
pub open spec fn borrowed_key_mutated<Key, Value, Q: ?Sized>(
    old_map: Map<Key, Value>,
    new_map: Map<Key, Value>,
    key: &Q,
    old_value: Value,
    new_value: Value,
) -> bool {
    &&& maps_borrowed_key_to_value(old_map, key, old_value)
    &&& maps_borrowed_key_to_value(new_map, key, new_value)
    &&& exists|remainder: Map<Key, Value>|
        {
            &&& borrowed_key_removed(old_map, remainder, key)
            &&& borrowed_key_removed(new_map, remainder, key)
        }
}

/// Simplifies [`borrowed_key_mutated`] when the borrowed key has the map's key type.
pub broadcast proof fn lemma_borrowed_key_mutated_deref<Key, Value>(
    old_map: Map<Key, Value>,
    new_map: Map<Key, Value>,
    key: &Key,
    old_value: Value,
    new_value: Value,
)
    ensures
        #[trigger] borrowed_key_mutated(old_map, new_map, key, old_value, new_value) <==> {
            &&& old_map.contains_key(*key)
            &&& old_map[*key] == old_value
            &&& new_map == old_map.insert(*key, new_value)
        },
{
    broadcast use vstd::std_specs::btree::group_btree_axioms;

    if borrowed_key_mutated(old_map, new_map, key, old_value, new_value) {
        let remainder = choose|remainder: Map<Key, Value>|
            {
                &&& borrowed_key_removed(old_map, remainder, key)
                &&& borrowed_key_removed(new_map, remainder, key)
            };
        assert(remainder == new_map.remove(*key));
        assert_maps_equal!(new_map, old_map.insert(*key, new_value), candidate => {
            if candidate != *key {
                assert(old_map.remove(*key)[candidate] == old_map[candidate]);
            }
        });
    } else if old_map.contains_key(*key) && old_map[*key] == old_value && new_map == old_map.insert(
        *key,
        new_value,
    ) {
        let remainder = old_map.remove(*key);
        assert_maps_equal!(new_map.remove(*key), remainder, candidate => {});
        assert(borrowed_key_removed(new_map, remainder, key));
    }
}







} // verus!
}

pub use btree::*;

use vstd::prelude::*;

verus! {


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

