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
    let mut res: Vec<String> = Vec::new();
    let mut i: usize = 0;
    while i < count
        invariant
            0 <= i <= count,
            res.len() == i,
            forall|j: int| 0 <= j < i ==> (res@.len() > 0),
            res@.len == old.len(),
            res@.len == new.len(),
            forall|j: int| 0 <= j < res@.len() ==> {
                res@.push(a[j]);
                i = i + 1;
            }
        decreases count - i
    {
        let old_len = a.len();
        let new_len = new.len();

        res.push(new.push(old_len));
        if count - i > 0 {
            assert(res@.len() == count - i);
        } else {
            assert(old@.len() == count - i);
        }
    }

    res
}
// </vc-code>

}
fn main() {}