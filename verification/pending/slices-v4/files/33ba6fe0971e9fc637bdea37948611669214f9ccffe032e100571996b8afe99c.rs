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

#[derive(Structural, PartialEq, Eq)]
enum Color {
    White,  // 11
    Gray,  // 10
    Black,  // 01
    Undefined,  // 00
}

spec fn color_view(high: bool, low: bool) -> Color {
    if high {
        if low {
            Color::White
        } else {
            Color::Gray
        }
    } else {
        if low {
            Color::Black
        } else {
            Color::Undefined
        }
    }
}





#[verifier::bit_vector]
proof fn get_color_proof(bv: u32, index: u32, v: u32)
    requires
        v == 3u32 & (bv >> mul(index, 2)),
    ensures
        v < 4u32,
        v == 3 ==> get_bit!(bv, mul(index, 2)) && get_bit!(bv, add(mul(index, 2), 1)),
        v == 2 ==> !get_bit!(bv, mul(index, 2)) && get_bit!(bv, add(mul(index, 2), 1)),
        v == 1 ==> get_bit!(bv, mul(index, 2)) && !get_bit!(bv, add(mul(index, 2), 1)),
        v == 0 ==> !get_bit!(bv, mul(index, 2)) && !get_bit!(bv, add(mul(index, 2), 1)),
{
}

fn get_color(bv: u32, index: u32) -> (c: Color)
    requires
        index < 15,
    ensures
        c == color_view(get_bit!(bv, add(mul(2, index), 1)), get_bit!(bv, mul(2, index))),
{
    let v: u32 = 3u32 & (bv >> index * 2);
    proof {
        get_color_proof(bv, index, v);
    }
    let c = if v == 0 {
        Color::Undefined
    } else if v == 1 {
        Color::Black
    } else if v == 2 {
        Color::Gray
    } else {
        Color::White
    };
    c
}

} // verus!
