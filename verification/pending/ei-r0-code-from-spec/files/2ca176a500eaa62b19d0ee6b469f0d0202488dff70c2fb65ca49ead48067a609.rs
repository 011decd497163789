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
    let mut result = Vec::new();
    let mut i = 0;
    while i < count
        invariant
            i <= count.len(),
            result.len() == i,
            forall|j: int| 0 <= j < i ==> (i == 0 || result[j] == a[j]),
        decreases (count[i] as int) - (i as int)
    {
        result.push(a[i]);
        i = i + 1;
    }
    result
}
// </vc-code>

}
fn main() {}