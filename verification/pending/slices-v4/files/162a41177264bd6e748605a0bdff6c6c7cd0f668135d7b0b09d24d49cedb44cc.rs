
use verus_builtin::*;
use verus_builtin_macros::*;

// IMO 1988, #6.
// Let a and b be positive integers such that (a^2 + b^2) / (ab + 1) is an integer.
// Prove that it is a perfect square.
//
// This is a classic example of "vieta jumping". It makes a decent exercise
// utilizing nonlinear arithmetic in Verus.
// Closely following the solution given here:
//    https://en.wikipedia.org/wiki/Vieta_jumping#Geometric_interpretation

verus! {

proof fn vieta_jump(b: int, c: int, x: int)
    by (nonlinear_arith)
    requires
        x * x - b * x + c == 0,
    ensures
        ({
            let y = b - x;
            y * y - b * y + c == 0 && y * x == c
        }),
{
}



// Main result


} // verus!
