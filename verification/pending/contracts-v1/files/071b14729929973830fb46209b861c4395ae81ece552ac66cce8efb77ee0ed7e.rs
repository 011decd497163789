

// suppress warnings about variable names in PMDK

use vstd::prelude::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");

pub mod common {
pub mod saturate_v {
// This file defines the SaturatingU64 struct and its associated methods.
// SaturatingU64 is a wrapper around u64 that provides arithmetic operations with saturation behavior.
// It includes methods for addition, multiplication, alignment, and conversion to Option<u64>.
// The struct is designed to handle overflow cases gracefully, ensuring that the value
// remains within the bounds of a u64. It maintains a ghost variable to track the true,
// unbounded value as a mathematical integer, and uses this as its view.

use vstd::prelude::*;
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::div_mod::{lemma_div_is_ordered_by_denominator, lemma_div_plus_one, lemma_fundamental_div_mod,
                                lemma_mod_division_less_than_divisor};
#[cfg(verus_keep_ghost)]
use vstd::arithmetic::mul::lemma_mul_inequality;

verus! {

pub struct SaturatingU64 {
    i: Ghost<int>,
    v: u64,
}

// Implements the View trait for SaturatingU64 to expose its true, unbounded value as an int.
impl View for SaturatingU64
{
    type V = int;

    closed spec fn view(&self) -> int
    {
        self.i@
    }
}

// Implements the Clone trait for SaturatingU64 to allow creating a copy of the struct.
impl Clone for SaturatingU64 {
    #[verifier::external_body]
    exec fn clone(&self) -> (result: Self)
        ensures
            result@ == self@
    {
        unimplemented!()
    }
}

impl SaturatingU64 {
    // This is the well-formedness condition for the SaturatingU64 struct.
    #[verifier::type_invariant]
    spec fn well_formed(self) -> bool
    {
        if self.i@ > u64::MAX { self.v == u64::MAX } else { self.v == self.i }
    }

    // Creates a new SaturatingU64 instance from a u64 value.
    
    // Creates a new SaturatingU64 instance from a u64 value (executable version).
    
    // Checks if the SaturatingU64 value is saturated (i.e., equal to or exceeding u64::MAX).
    
    // Checks if the SaturatingU64 value is saturated (executable version).
    
    // Retrieves the u64 value of the SaturatingU64 instance, which is equal to the
    // view if the value isn't saturated and u64::MAX otherwise.
    
    // Retrieves the internal u64 value of the SaturatingU64 instance (executable version).
    
    // Converts the SaturatingU64 value to an Option<u64>, returning None if saturated.
    
    // Adds a u64 value to the SaturatingU64 instance, with saturation behavior.
    #[inline]
    pub exec fn add(&self, v2: u64) -> (result: Self)
        ensures
            result@ == self@ + v2,
    {
        proof {
            use_type_invariant(&self);
        }
        let i: Ghost<int> = Ghost(&self@ + v2);
        if v2 > u64::MAX - self.v {
            Self{ i, v: u64::MAX }
        }
        else {
            Self{ i, v: self.v + v2 }
        }
    }

    // Aligns the SaturatingU64 value to the nearest multiple of the specified alignment by
    // adding the minimum amount required.
    
    // Adds another SaturatingU64 value to the current instance, with saturation behavior.
    
    // Multiplies the SaturatingU64 value by a u64 value, with saturation behavior.
    }

}
}
}
// pub mod log;
// pub mod multilog;



verus! {


}
