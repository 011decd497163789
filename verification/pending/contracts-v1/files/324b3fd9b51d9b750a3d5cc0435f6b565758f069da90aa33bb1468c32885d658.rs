// most of the codes are copied from: https://github.com/utaal/verified-nrkernel/blob/main/page-table/lib.rs
#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::{pervasive::*, *};

verus! {





#[verifier::external_body]
pub proof fn subtract_mod_aligned_int(a: int, b: int)
    by (integer_ring)
    requires
        b != 0,
    ensures
        (a - (a % b)) % b == 0,
{
    unimplemented!()
}

pub proof fn subtract_mod_aligned(a: nat, b: nat)
    by (nonlinear_arith)
    requires
        0 < b,
    ensures
        (a - (a % b)) % (b as int) == 0,
{
    subtract_mod_aligned_int(a as int, b as int);
}







// currently can't use Singular for this proof
// however, I think we can extend the encoding for div

// can't use Singular for this proof because of bound
// however, there might be a way to encode this as an "axiom" in Singular
// add an equality to the ring whenever we can prove a bound from Z3

// can't use Singular for this proof because of bound

// can't use Singular for this proof because of bound

// can't use Singular for this proof because of bound











} // verus!
