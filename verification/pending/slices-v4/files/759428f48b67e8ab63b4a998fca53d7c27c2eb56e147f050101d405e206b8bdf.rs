//! The "extra standard library" for [Verus](https://github.com/verus-lang/verus).
//! Contains various utilities and general datatypes for proofs useful in Asterinas verification,
//! as well as extending [Verus standard library(vstd)](https://verus-lang.github.io/verus/verusdoc/vstd) with additional functionality.


#[cfg(feature = "irc11")]
pub mod atomic_irc11 {
//! Thin adapters for Verus' native IRC11 weak-memory model.
//!
//! This module exposes native subjective thread views, per-location histories,
//! and points-to resources without introducing a second weak-memory model.
pub use vstd::atomic_weak::{
    AtomicHistory, AtomicPointsTo, LoadData, PAtomicWeakBool, PAtomicWeakI8, PAtomicWeakI16,
    PAtomicWeakI32, PAtomicWeakIsize, PAtomicWeakU8, PAtomicWeakU16, PAtomicWeakU32,
    PAtomicWeakUsize, StoreData, UpdateData, fence_acquire, fence_release,
    history_get_contains_timestamp, load_acquire, load_reads_from_history, load_relaxed,
    load_timestamp_in_view, load_view_nondecreasing, store_insert_history, store_relaxed,
    store_release, store_timestamp_in_view, store_view_increasing,
};
#[cfg(target_has_atomic = "64")]
pub use vstd::atomic_weak::{PAtomicWeakI64, PAtomicWeakU64};
pub use vstd::cell::CellId as AtomicId;
use vstd::prelude::*;
pub use vstd::thread_view::{
    AcquireViewSeen, Objective, ReleaseViewSeen, ThreadView, ViewAt, ViewSeen,
};

verus! {


/// Compatibility vocabulary for ordering native subjective views.
///
/// `old.spec_le(new)` is notation for the native relation
/// `new.contains(old)` and does not introduce a second view model.
pub trait ThreadViewOrder {
    spec fn spec_le(self, newer: Self) -> bool;

    
    
    
    }





} // verus!
}
pub mod external {
//! Specifications for functions from Rust standard library but not specified in `vstd`.
//!
//! These specifications are determined with careful inspection of the std library source code and documentation, and trusted as TCB.
//! They are subject to change if `vstd` covers more cases in the future.
pub mod ilog2 {
use vstd::arithmetic::logarithm::*;
use vstd::arithmetic::power::*;
use vstd::arithmetic::power2::*;
use vstd::bits::*;
use vstd::prelude::*;

verus! {

broadcast use is_pow2_equiv;

pub broadcast proof fn lemma_pow2_log2(e: nat)
    ensures
        #[trigger] log(2, pow2(e) as int) == e,
{
    lemma_pow2(e);
    lemma_log_pow(2, e);
}


pub broadcast proof fn lemma_pow2_is_pow2(e: nat)
    ensures
        #[trigger] is_pow2(pow2(e) as int),
    decreases e,
{
    lemma_pow2(e);
    assert(is_pow2_exists(pow2(e) as int)) by {
        assert(pow(2, e) == pow2(e) as int);
    }
}



} // verus!
macro_rules! impl_external_ilog2 {
    ($uN: ty, $spec_name: ident,
    $pow2_lemma: ident, $pow2_ilog2_lemma: ident,
    $log2_bounds_lemma: ident, $ilog2_ordered_lemma: ident, $is_pow2_is_ilog2_pow2_lemma: ident $(,)?) => {
        verus! {
            #[verifier::inline]
            pub open spec fn $spec_name(x: $uN) -> u32
            {
                log(2, x as int) as u32
            }

            #[verifier::when_used_as_spec($spec_name)]
            pub assume_specification[$uN::ilog2](x:$uN) -> u32
                requires
                    x > 0,
                returns
                    log(2, x as int) as u32,
                opens_invariants none
                no_unwind;

            pub broadcast proof fn $pow2_lemma(e: u32, x: $uN)
                requires
                    #[trigger] pow2(e as nat) == x,
                ensures
                    #[trigger] x.ilog2() == e,
            {
                lemma_pow2_log2(e as nat);
            }

            pub broadcast proof fn $pow2_ilog2_lemma(e: u32)
                requires
                    pow2(e as nat) <= $uN::MAX,
                ensures
                    #[trigger] (pow2(e as nat) as $uN).ilog2() == e,
            {
                $pow2_lemma(e, pow2(e as nat) as $uN);
            }

            pub proof fn $log2_bounds_lemma(x: $uN)
                ensures
                    0 <= log(2, x as int) <= $uN::BITS,
                    0 <= x.ilog2() <= $uN::BITS,
            {
                lemma_log_nonnegative(2, x as int);
                assert(x <= $uN::MAX);
                assert(($uN::MAX as int) < (pow2($uN::BITS as nat) as int)) by {
                    lemma2_to64();
                };
                assert(log(2, x as int) <= log(2, pow2($uN::BITS as nat) as int)) by {
                    lemma_log_is_ordered(2, x as int, pow2($uN::BITS as nat) as int);
                };
                assert(log(2, pow2($uN::BITS as nat) as int) == $uN::BITS) by {
                    lemma_pow2_log2($uN::BITS as nat);
                };
            }

            pub proof fn $ilog2_ordered_lemma(x: $uN, y: $uN)
                requires
                    x <= y,
                ensures
                    x.ilog2() <= y.ilog2(),
            {
                $log2_bounds_lemma(x);
                $log2_bounds_lemma(y);
                lemma_log_is_ordered(2, x as int, y as int);
            }

            pub broadcast proof fn $is_pow2_is_ilog2_pow2_lemma(x: $uN)
                requires
                    #[trigger] is_pow2(x as int),
                ensures
                    x as nat == pow2(x.ilog2() as nat),
            {
                let n = choose |n: nat| pow(2, n) == x as int;
                assert(log(2, x as int) == n) by {
                    lemma_log_pow(2, n);
                    assert(pow(2, n) == x as int);
                };
                $log2_bounds_lemma(x);
                assert(log(2, x as int) <= $uN::BITS);
                assert(n <= $uN::BITS) by {
                    assert(log(2, x as int) == n);
                };
                assert(x.ilog2() == n);
                lemma_pow2(n);
            }
        }
    };
}

impl_external_ilog2!(
    u8,
    u8_ilog2_spec,
    lemma_u8_pow2_ilog2_x,
    lemma_u8_pow2_ilog2,
    lemma_u8_log2_bounds,
    lemma_u8_ilog2_ordered,
    lemma_u8_is_pow2_is_ilog2_pow2,
);

impl_external_ilog2!(
    u16,
    u16_ilog2_spec,
    lemma_u16_pow2_ilog2_x,
    lemma_u16_pow2_ilog2,
    lemma_u16_log2_bounds,
    lemma_u16_ilog2_ordered,
    lemma_u16_is_pow2_is_ilog2_pow2,
);

impl_external_ilog2!(
    u32,
    u32_ilog2_spec,
    lemma_u32_pow2_ilog2_x,
    lemma_u32_pow2_ilog2,
    lemma_u32_log2_bounds,
    lemma_u32_ilog2_ordered,
    lemma_u32_is_pow2_is_ilog2_pow2,
);

impl_external_ilog2!(
    usize,
    usize_ilog2_spec,
    lemma_usize_pow2_ilog2_x,
    lemma_usize_pow2_ilog2,
    lemma_usize_log2_bounds,
    lemma_usize_ilog2_ordered,
    lemma_usize_is_pow2_is_ilog2_pow2,
);

impl_external_ilog2!(
    u64,
    u64_ilog2_spec,
    lemma_u64_pow2_ilog2_x,
    lemma_u64_pow2_ilog2,
    lemma_u64_log2_bounds,
    lemma_u64_ilog2_ordered,
    lemma_u64_is_pow2_is_ilog2_pow2,
);

verus! {







} // verus!
}

pub use ilog2::*;

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

