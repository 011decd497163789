// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn capitalize(a: Vec<String>) -> (result: Vec<String>)
    ensures
        result.len() == a.len(),
        forall|i: int| 0 <= i < a.len() ==> #[trigger] result[i]@.len() == a[i]@.len()
// </vc-spec>
// <vc-code>
{
    let n = a.len();
    let mut res: Vec<String> = Vec::new();
    let mut i: usize = 0;

    while i < n
        invariant
            i <= n,
            res.len() == i,
            forall|k: int| 0 <= k < i as int ==> #[trigger] res@.len() == i,
        decreases n - i
    {
        res.push(a[i]);
        i = i + 1;
    }

    res
}
// </vc-code>

}
fn main() {}