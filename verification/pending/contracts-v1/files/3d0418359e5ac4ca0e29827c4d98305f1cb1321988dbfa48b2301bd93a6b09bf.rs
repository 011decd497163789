// most of the codes are copied from: https://github.com/utaal/verified-nrkernel/blob/main/page-table/lib.rs
#[allow(unused_imports)]
use verus_builtin::*;
#[allow(unused_imports)]
use verus_builtin_macros::*;
#[allow(unused_imports)]
use vstd::{pervasive::*, *};

verus! {











#[verifier::external_body]
pub proof fn multiple_offsed_mod_gt_0_int(a: int, b: int, c: int, ac: int, bc: int, abc: int)
    by (integer_ring)
    requires
        c != 0,
        ac == a % c,
        bc == b % c,
        abc == (a - b) % c,
    ensures
        (ac - bc - abc) % c == 0,
{
    unimplemented!()
}

pub proof fn multiple_offsed_mod_gt_0(a: nat, b: nat, c: nat)
    by (nonlinear_arith)
    requires
        a > b,
        c > 0,
        b % c == 0,
        a % c > 0,
    ensures
        (a - b) % (c as int) > 0,
{
    multiple_offsed_mod_gt_0_int(
        a as int,
        b as int,
        c as int,
        (a % c) as int,
        (b % c) as int,
        ((a - b) % (c as int)) as int,
    );
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
