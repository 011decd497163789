// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): fix int/i32 mismatch in elem_prop conditional */
spec fn elem_prop(x: i32, k: i32, y: i32) -> bool {
    if x > k { y == -1i32 } else { y == x }
}

/* helper modified by LLM (iteration 2): fix int/i32 mismatch in ensures expression */
proof fn lemma_elem_prop(x: i32, k: i32)
    ensures elem_prop(x, k, if x > k { -1i32 } else { x })
{
}

// </vc-helpers>

// <vc-spec>
fn replace(arr: &Vec<i32>, k: i32) -> (result: Vec<i32>)
    ensures
        result.len() == arr.len(),
        forall|i: int| 0 <= i < arr.len() ==> (arr[i] > k ==> result[i] == -1),
        forall|i: int| 0 <= i < arr.len() ==> (arr[i] <= k ==> result[i] == arr[i]),
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): implement lemma_elem_prop function and apply it to elem_prop condition */
    let mut res: Vec<i32> = Vec::new();
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            i <= arr.len(),
            res.len() == i,
            forall|j: int| 0 <= j < i ==> (res[j] > k ==> res[j] == -1),
            forall|j: int| 0 <= j < i ==> (res[j] <= k ==> res[j] == arr[j]),
        decreases arr.len() - i
    {
        res.push(elem_prop(arr[i], k, i));
        i = i + 1;
    }
    res
}
// </vc-code>

}
fn main() {}