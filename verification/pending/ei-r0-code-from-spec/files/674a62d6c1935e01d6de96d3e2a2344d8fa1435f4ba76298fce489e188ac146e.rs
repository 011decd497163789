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
    let n: i32 = 0i32;
    let mut result: Vec<i32> = Vec::new();
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            n <= arr.len(),
            0 <= i < arr.len(),
            forall|j: int| 0 <= j < i as int ==> i == arr[j],
            exists|j: int| 0 <= j < arr.len() ==> arr[j] == arr[j as int],
        decreases (arr.len() - i) as int
    {
        let even = is_even(arr[i]);
        let num = even ? 0i32 : arr[i];
        result.push(num);
        i = i + 1;
    }
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