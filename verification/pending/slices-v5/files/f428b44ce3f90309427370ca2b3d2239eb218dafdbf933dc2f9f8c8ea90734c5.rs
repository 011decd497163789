// client-crate form of vstd/set_lib.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod set_lib {

verus! {

broadcast use {super::iset::group_iset_lemmas, super::set::group_set_lemmas};













pub proof fn lemma_greatest_implies_maximal<A>(self_: Set<A>, r: spec_fn(A, A) -> bool, max: A)
        requires
            pre_ordering(r),
        ensures
            self_.has_greatest(r, max) ==> self_.has_maximum(r, max),
    {
    }


























// Macro to implement the trait for every numeric type. We need a macro here
// because 'as nat' can't be written as a type generic.
macro_rules! range_impls {
    ([$($t:ty)*]) => {
        $(
            verus! {
                impl FiniteRange for $t {
                    open spec fn in_range(i: Self, lo: Self, hi: Self) -> bool {
                        lo <= i < hi
                    }
                    open spec fn range_set(lo: Self, hi: Self) -> Set<Self> {
                        Set::new(|i: Self| Self::in_range(i, lo, hi)).unwrap()
                    }
                    open spec fn range_len(lo: Self, hi: Self) -> nat {
                        if lo <= hi { (hi - lo) as nat } else { 0 }
                    }
                    proof fn range_properties(lo: Self, hi: Self)
                        decreases hi - lo
                    {
                        proof fn range_properties_helper(lo: $t, hi: $t)
                            ensures
                                ISet::<$t>::new(|i: $t| $t::in_range(i, lo, hi)).finite(),
                            decreases
                                hi - lo,
                        {
                            if lo >= hi {
                                assert(ISet::<$t>::new(|i: $t| $t::in_range(i, lo, hi)) =~= ISet::<$t>::empty());
                            }
                            else {
                                let hi_minus_1: $t = (hi - 1) as $t;
                                assert(hi_minus_1 == hi - 1);
                                range_properties_helper(lo, hi_minus_1);
                                assert(ISet::<$t>::new(|i: $t| $t::in_range(i, lo, hi)) =~=
                                       ISet::<$t>::new(|i: $t| $t::in_range(i, lo, hi_minus_1)).insert(hi_minus_1));
                            }
                        }

                        range_properties_helper(lo, hi);
                        if hi <= lo {
                            assert(Self::range_set(lo, hi) =~= Set::<Self>::empty());
                        } else {
                            let hi1 = (hi - 1) as $t;
                            Self::range_properties(lo, hi1);
                            assert(ISet::new(|i: Self| Self::in_range(i, lo, hi)) =~=
                                   ISet::new(|i: Self| Self::in_range(i, lo, hi1)).insert(hi1));
                            assert(Self::range_set(lo, hi) == Self::range_set(lo, hi1).insert(hi1));
                        }
                    }
                }
            } // verus!
        )*
    }
}

macro_rules! full_impls {
    ([$($t:ty)*]) => {
        $(
            verus! {
                impl FiniteFull for $t {
                    proof fn full_properties() {
                        proof fn full_properties_helper(lo: $t, hi: $t)
                            requires
                                lo <= hi,
                            ensures
                                ISet::<$t>::new(|a: $t| lo <= a && a <= hi).finite(),
                            decreases
                                hi - lo,
                        {
                            if lo == hi {
                                assert(ISet::<$t>::new(|a: $t| lo <= a && a <= hi) =~= iset![lo]);
                            }
                            else {
                                let hi_minus_1: $t = (hi - 1) as $t;
                                assert(hi_minus_1 == hi - 1);
                                full_properties_helper(lo, hi_minus_1);
                                assert(ISet::<$t>::new(|a: $t| lo <= a && a <= hi) =~=
                                       ISet::<$t>::new(|a: $t| lo <= a && a <= hi_minus_1).insert(hi));
                            }
                        }

                        full_properties_helper($t::MIN, $t::MAX);
                        assert(ISet::<$t>::new(|a: $t| true) =~=
                               ISet::<$t>::new(|a: $t| $t::MIN <= a && a <= $t::MAX));
                        assert(Set::<$t>::full() is Some);
                        Self::range_properties($t::MIN, $t::MAX);
                        assert(Set::<$t>::full().unwrap() == Set::range_inclusive($t::MIN, $t::MAX));
                    }
                }
            } // verus!
        )*
    }
}

// Make Set::range available for all of the Verus numeric types
range_impls!([
    int nat
    usize u8 u16 u32 u64 u128
    isize i8 i16 i32 i64 i128
]);

// Make Set::full available for all of the Verus numeric types
full_impls!([
    usize u8 u16 u32 u64 u128
    isize i8 i16 i32 i64 i128
]);













// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude
// Dafny encodes the second clause with a single directional, although
// it should be fine with both directions?
// REVIEW: excluded from broadcast group if trigger is too free
//         also not that some proofs in seq_lib requires this lemma

// This verified lemma used to be an axiom in the Dafny prelude


// This verified lemma used to be an axiom in the Dafny prelude

// This verified lemma used to be an axiom in the Dafny prelude









} // verus!

#[allow(unused_imports)]
use vstd::iset::*;
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::relations::*;
use vstd::set::*;
#[allow(unused_imports)]
use vstd::set_lib::*;
} // mod set_lib
#[allow(unused_imports)]
pub use vstd::*;
