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
    /* code modified by LLM (iteration 2): fixed int/i32 mismatch in forall-pattern */
    let mut res: Vec<i32> = Vec::new();
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            i <= arr.len(),
            res.len() == i,
            forall|k: int| 0 <= k < i ==> (res[k] > k ==> res.len() == k),
            forall|k: int| 0 <= k < i ==> (res[k] > k ==> res.len() == k),
        decreases (i + 1) as int
    {
        res.push(0i32);
        i = i + 1;
    }
    res
}
// </vc-code>

}
fn main() {}