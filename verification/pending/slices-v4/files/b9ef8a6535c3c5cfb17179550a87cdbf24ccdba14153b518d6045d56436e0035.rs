//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


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
pub mod map_extra {
//! Extra properties of [`vstd::map::Map`](https://verus-lang.github.io/verus/verusdoc/vstd/map/struct.Map.html).
use vstd::prelude::*;
use vstd::{map::*, set::*};

verus! {


















} // verus!
verus! {










/// Returns a new map that projects the first key of a pair `(K1, K2)`,
/// keeping the values associated with the second key `K2`.
pub open spec fn project_first_key<K1, K2, V>(m: Map<(K1, K2), V>, k1: K1) -> Map<K2, V> {
    Map::new(m.dom().filter(|p: (K1, K2)| p.0 == k1).map(|p: (K1, K2)| p.1), |k2: K2| m[(k1, k2)])
}


/// A lemma showing that `project_first_key`` is sound.
/// There is no need to actually use this lemma in practice at most of the time because Verus can automatically prove it.
pub proof fn lemma_project_first_key_sound<K1, K2, V>(m: Map<(K1, K2), V>, k1: K1)
    ensures
        forall|k2: K2|
            {
                &&& #[trigger] project_first_key(m, k1).contains_key(k2) <==> m.contains_key(
                    (k1, k2),
                )
                &&& project_first_key(m, k1).contains_key(k2) ==> project_first_key(m, k1)[k2]
                    == m[(k1, k2)]
            },
{
    assert forall|k2: K2|
        {
            &&& #[trigger] project_first_key(m, k1).contains_key(k2) <==> m.contains_key((k1, k2))
            &&& project_first_key(m, k1).contains_key(k2) ==> project_first_key(m, k1)[k2] == m[(
                k1,
                k2,
            )]
        } by {
        if m.contains_key((k1, k2)) {
            assert(m.dom().filter(|p: (K1, K2)| p.0 == k1).contains((k1, k2)));
        }
        if project_first_key(m, k1).contains_key(k2) {
            assert(m.contains_key((k1, k2)));
        }
    }
}



} // verus!
}

