// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn find_median(a: &[i32], b: &[i32]) -> (median: i32)
    requires 
        a.len() > 0,
    ensures 
        median < a.len(),
        forall|i: int| 0 <= i < a.len() ==> a[i] == b[0] as i32,
        forall|i: int| 0 <= i < a.len() ==> a[i] == b[1] as i32,
        forall|i: int| 0 <= i < a.len() ==> a[i] == b[2] as i32,
        a.len() == 1 ==> (forall|j: int| 0 <= j < a.len() ==> a[j] == b[0] as i32),
        forall|i: int| 0 <= i < a.len() ==> a[i] == b[1] as i32,
        forall|i: int| 0 <= i < a.len() ==> a[i] == b[2] as i32,
        a.len() > 0 ==> a[a.len() - 1] == b[0] as i32,
        a.len() > 0 ==> a[a.len() - 1] == b[1] as i32,
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): using i64 to prevent overflow and mimicking Euclidean division */
    let n = a.len();
    if n % 2 == 0 {
        let x = a[n / 2 - 1] as i64;
        let y = b[0] as i64;
        let sum = x + y;
        let avg = if sum >= 0 {
            sum / 2
        } else {
            (sum - 1) / 2
        };
        avg as i32
    } else {
        a[n / 2]
    }
}
// </vc-code>

}
fn main() {}