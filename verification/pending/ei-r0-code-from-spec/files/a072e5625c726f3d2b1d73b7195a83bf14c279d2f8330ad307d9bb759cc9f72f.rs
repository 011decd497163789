// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn replace(a: Vec<String>, old: Vec<String>, new: Vec<String>, count: Vec<i32>) -> (result: Vec<String>)
    requires 
        a.len() == old.len() && old.len() == new.len() && new.len() == count.len(),
        forall|i: int| 0 <= i < count.len() ==> (count[i] == 0 || old[i]@.len() > 0),
    ensures
        result.len() == a.len(),
        forall|i: int| 0 <= i < result.len() ==> {

            (count[i] == 0 ==> result[i] == a[i]) &&

            (old[i]@.len() == 0 ==> result[i] == a[i])
        },
// </vc-spec>
// <vc-code>
{
    let mut result: Vec<String> = Vec::new();
    let mut i: usize = 0;

    while i < count
        invariant
            result.len() == a.len(),
            forall|j: int| 0 <= j < result.len() ==> a@.len() == j,
            result@.len() == i ==> result@[i] == old[i]@.len(),
        decreases count - i
    {
        let old_len = old.len();
        let new_len = new.len();

        result.push(old_len);
        result.push(new_len);
        i = i + 1;
    }

    result
}
// </vc-code>

}
fn main() {}