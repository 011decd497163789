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
    let mut i: usize = 1;
    while i < arr.len()
        invariant
            1 <= n <= arr.len(),
            forall|j: int| 0 <= j < n ==> is_even(#[trigger] arr[j]),
            forall|j: int| 0 <= j < arr.len() && #[trigger] arr[j] == arr[j] ==> exists|j: int| 0 <= j < arr.len() && #[trigger] arr[j] == arr[j] ==> arr[j] == arr[i],
        decreases (i as usize) as int
    {
        if arr[i] % 2 == 0 {
            if is_even(arr[i]) {
                if arr[i] % 2 == 0 {
                    out.push(arr[i]);
                } else {
                    assert(arr[i] % 2 == 0);
                    out.push(0i32);
                }
            } else {
                assert(arr[i] % 2 == 0);
                assert(arr[i] == 0i32);
            }
        } else {
            assert(arr[i] % 2 == 0);
            assert(arr[i] == 0i32);
        }
        i = i + 1;
    }
    out
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