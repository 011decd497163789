// rust_verify/tests/example.rs
#[allow(unused_imports)]
use vstd::prelude::*;

#[allow(unused_macros)]
macro_rules! get_bit_macro {
    ($a:expr, $b:expr) => {{
        (0x1u32 & ($a >> $b)) == 1
    }};
}

#[allow(unused_macros)]
macro_rules! get_bit {
    ($($a:tt)*) => {
        verus_proof_macro_exprs!(get_bit_macro!($($a)*))
    }
}

verus! {




#[verifier::bit_vector]
proof fn set_two_bit_proof(
    bv: u32,
    target: u32,
    mask: u32,
    result: u32,
    low_loc: u32,
    high: bool,
    low: bool,
)
    requires
        low_loc < 31,
        target == (if high {
            if low {
                3u32
            } else {
                2u32
            }
        } else {
            if low {
                1u32
            } else {
                0u32
            }
        }) << low_loc,
        mask == !(3u32 << low_loc),
        result == (bv & mask) | target,
    ensures
        get_bit!(result, low_loc) == low,
        get_bit!(result, add(low_loc, 1)) == high,
        forall|loc2: u32|
            #![auto]
            loc2 < 32 && loc2 != low_loc && loc2 != add(low_loc, 1) ==> get_bit!(result, loc2)
                == get_bit!(bv, loc2),
{
}

fn set_two_bit_exec(bv: u32, low_loc: u32, high: bool, low: bool) -> (ret: u32)
    requires
        low_loc < 31,
    ensures
        get_bit!(ret, low_loc) == low,
        get_bit!(ret, add(low_loc, 1)) == high,
        forall|loc2: u32|
            #![auto]
            loc2 < 32 && loc2 != low_loc && loc2 != add(low_loc, 1) ==> get_bit!(ret, loc2)
                == get_bit!(bv, loc2),
{
    let target: u32 = (if high {
        if low {
            3u32
        } else {
            2u32
        }
    } else {
        if low {
            1u32
        } else {
            0u32
        }
    }) << low_loc;
    let mask: u32 = !(3u32 << low_loc);
    let result: u32 = (bv & mask) | target;
    proof {
        set_two_bit_proof(bv, target, mask, result, low_loc, high, low);
    }
    result
}




} // verus!
