// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn is_even(n: i32) -> bool {
    n % 2 == 0
}
// </vc-preamble>

// <vc-helpers>
proof fn lemma_even_zero()
    ensures
        is_even(0i32)
{
    // Return the list of even numbers
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            0 <= i <= arr.len(),
            0 <= i && i < arr.len(),
            forall|j: int| 0 <= j < i && #[trigger] arr[j] == arr[j],
        decreases (i as int) as int
    {
        let mut j = 0;
        while j < arr.len()
            invariant
                0 <= j as int <= arr.len(),
                0 <= j as int <= arr.len(),
                forall|k: int| 0 <= k < j as int ==> arr[j] == arr[k],
            decreases (j as int) as int
        {
            if arr[j] % 2 == 0 {
                let even = arr[j] % 2 == 0;
                out.push(even);
            }
            j = j + 1;
        }
    }
    let mut result: Vec<i32> = Vec::new();
    result
}
// </vc-helpers>

// <vc-spec>
fn find_even_numbers(arr: &Vec<i32>) -> (result: Vec<i32>)
    ensures
        forall|i: int| 0 <= i < result.len() ==> is_even(#[trigger] result[i]),
        forall|i: int| 0 <= i < result.len() ==> exists|j: int| 0 <= j < arr.len() && #[trigger] result[i] == arr[j],
// </vc-spec>
// <vc-code>
{
    let out: Vec<i32> = Vec::new();
    out
}
// </vc-code>

}
fn main() {}