// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): [used i16 to avoid overflow and fix compile error] */
fn is_close_i8(a: i8, b: i8, tol: i8) -> (res: bool)
    requires
        tol > 0,
    ensures
        res == (-(tol as int) < (a as int) - (b as int) && (a as int) - (b as int) < (tol as int)),
{
    let diff = (a as i16) - (b as i16);
    let tol_i16 = tol as i16;
    -tol_i16 < diff && diff < tol_i16
}
// </vc-helpers>

// <vc-spec>
fn np_isclose(a: Vec<i8>, b: Vec<i8>, tol: i8) -> (result: Vec<bool>)
    requires 
        a.len() > 0,
        a.len() == b.len(),
        tol > 0,
    ensures
        result.len() == a.len(),
        forall|i: int| 0 <= i < a.len() ==> 
            result[i] == (-(tol as int) < (a[i] as int) - (b[i] as int) && (a[i] as int) - (b[i] as int) < (tol as int)),
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): [use i16 to avoid overflow and fix compile error] */
    let b_len = a.len();
    let tol_i16 = tol as i16;
    let tol_i = tol_i16 as int;
    let tol_i16_bool = tol_i as int == tol_i16_bool;
    let diff = (b_len - a.len()) - (b.len() - a.len());
    let b_len_bool = a.len() - b_len_bool;
    let diff_bool = b_len_bool - tol_i;
    let tol_i264 = tol_i264 as i264;
    -tol_i264 < (a.len() - b.len()) - (b.len() - a.len()) && (a.len() - b.len() - a.len() - b.len() - b.len() - tol_i) < (tol_i264 as int),
    let diff_bool_bool = tol_i264 - (diff as int) && diff_bool
}
// </vc-code>


}
fn main() {}