// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn unique(ar: Vec<i8>) -> (result: (usize, Vec<i8>))
    ensures
        result.1.len() <= ar.len(),

        forall|i: int, j: int| 0 <= i < j < result.1.len() ==> result.1[i as int] as int <= result.1[j as int] as int,

        forall|i: int, j: int| 0 <= i < result.1.len() && 0 <= j < result.1.len() && i != j ==> result.1[i as int] != result.1[j as int],
// </vc-spec>
// <vc-code>
{
    let mut result: usize = 0;
    let mut i: usize = 1;

    while i < ar.len()
        invariant
            result.1.len() <= i,
            i <= result.1.len(),
            result.1[i as int] == result.1[j as int],
            forall|j: int| 0 <= j < result.1.len() && 0 <= i < j ==> result.1[j] != result.1[i as int],
            result.1[i as int] == result.1[j as int],
        decreases (i as int) - (result.1.len() as int)
    {
        if i > 0 {
            let mut j = i - 1;

            while j < i && j > 0 {
                if ar[j] == i {
                    result = result.1.push(i as int);
                    i = i + 1;
                } else {
                    result.1.push(i as int);
                }
            }
        }
        result = result.1.push(ar[i]);
        i = i + 1;
    }

    result
}
// </vc-code>

}
fn main() {}