// verusbench demo: assert ... by (nonlinear_arith) to rule out overflow of a product (verified: unchecked)
use vstd::prelude::*;

verus! {

fn grid_index(row: u32, col: u32, width: u32, height: u32) -> (idx: u64)
    requires
        row < height,
        col < width,
    ensures
        idx == row * width + col,
        idx < width * height,
{
    proof {
        assert(width * height <= 0xffff_ffff * 0xffff_ffff) by (nonlinear_arith)
            requires
                0 <= width <= 0xffff_ffff,
                0 <= height <= 0xffff_ffff,
        ;
    }
    row as u64 * width as u64 + col as u64
}

fn area(width: u32, height: u32) -> (a: u64)
    ensures
        a == width * height,
{
    proof {
        assert(width * height <= 0xffff_ffff * 0xffff_ffff) by (nonlinear_arith)
            requires
                0 <= width <= 0xffff_ffff,
                0 <= height <= 0xffff_ffff,
        ;
    }
    width as u64 * height as u64
}

proof fn lemma_mul_strict_mono(a: int, b: int, c: int)
    requires
        0 <= a < b,
        c > 0,
    ensures
        a * c < b * c,
{
    assert(a * c < b * c) by (nonlinear_arith)
        requires
            a < b,
            c > 0,
    ;
}

} // verus!

fn main() {}
