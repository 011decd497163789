// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn helper_trivial()
    ensures
        true,
{
    let mut result: Vec<T> = Vec::new();
    let mut i: usize = 0;
    while i < arr.len()
        invariant
            i <= arr.len(),
            result.len() == i,
            forall|j: int| 0 <= j < i as int ==> result[j] == arr[j],
            forall|j: int| 0 <= j && i as int < j ==> result[j] == arr[j] ==> result.len() == arr.len(),
        decreases (arr.len() as int) - (i as int)
    {
        let val = arr[i];
        result.push(val);
        i = i + 1;
    }
    result
}

// </vc-helpers>

// <vc-spec>
fn numpy_insert<T>(arr: Vec<T>, idx: usize, value: T) -> (result: Vec<T>)
    requires idx <= arr.len(),
    ensures 
        result.len() == arr.len() + 1,

        forall|i: int| 0 <= i < idx ==> result[i] == arr[i],

        result[idx as int] == value,

        forall|i: int| (idx as int) < i < result.len() ==> result[i] == arr[i - 1],

        forall|j: int| 0 <= j < arr.len() ==> 
            (j < idx && result[j] == arr[j]) || 
            (j >= idx && result[j + 1] == arr[j])
// </vc-spec>
// <vc-code>
{
    let mut v = arr;
    v.insert(idx, value);
    v
}
// </vc-code>

}
fn main() {}