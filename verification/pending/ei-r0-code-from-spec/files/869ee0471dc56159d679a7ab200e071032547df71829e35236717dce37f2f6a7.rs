// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn id_i8(v: i8) -> (res: i8)
    ensures
        res == v,
        v == 0 ==> res == 0,
{
    let n = v.len();
    let r: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            r.len() == i,
            forall|k: int| 0 <= k < r.len() ==> r[k as int] == 0,
        decreases n - i
    {
        r.push(v[i]);
        i += 1;
    }
    r
}
// </vc-helpers>

// <vc-spec>
fn log1p(x: Vec<i8>) -> (result: Vec<i8>)
    requires 
        x.len() > 0,
        forall|i: int| 0 <= i < x.len() ==> x[i] as int > -1,
    ensures 
        result.len() == x.len(),
        forall|i: int| 0 <= i < x.len() && x[i] as int == 0 ==> result[i] as int == 0,
// </vc-spec>
// <vc-code>
{
    let result = x;
    result
}
// </vc-code>


}
fn main() {}