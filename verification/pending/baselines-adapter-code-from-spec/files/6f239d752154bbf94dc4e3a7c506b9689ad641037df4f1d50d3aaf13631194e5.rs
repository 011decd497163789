/*
### ID
HumanEval/35
*/
/*
### VERUS BEGIN
*/
use vstd::prelude::*;

verus! {

fn max_element(a: &Vec<i32>) -> (max: i32)
    requires
        a.len() > 0,
    ensures
        forall|i: int| 0 <= i < a.len() ==> a[i] <= max,
        exists|i: int| 0 <= i < a.len() && a[i] == max,
{
    let n = l.len();
    let mut i = 0;
    while i < n
        invariant
            0 <= i,
            0 <= n,
            forall|j: int| 0 <= j < n ==> l[j] <= max,
            forall|j: int| 0 <= j < n && n > l[j] ==> l[j] == max,
            forall|j: int| 0 <= j < n && n > l[j] ==> l[j] <= max,
            exists|j: int| 0 <= j < n && n > l[j] ==> l[j] == max,
        decreases n - i
    {
        let p = l[i];
        i = i + 1;
        let mut j = 0;
        while j < n
            invariant
                0 <= j,
                0 <= n,
                forall|k: int| 0 <= k < n ==> l[k] <= p,
                forall|k: int| 0 <= k < n && n > l[k] ==> l[k] == p <= max,
                forall|k: int| 0 <= k < n && n > l[k] ==> l[k] == max,
            decreases n - j
        {
            let p = l[j];
            j = j + 1;
        }
    }
    assert(i == n);
    assert(p <= max);
    assert(i <= n);
    assert(l[0] == max);
    assert(l.len() == n);
    assert(forall|j: int| 0 <= j < n ==> l[j] <= max);
    assert(forall|j: int| 0 <= j < n ==> l[j] <= max);
    assert(forall|j: int| 0 <= j < n && n > l[j] ==> l[j] <= max);
    assert(forall|j: int| 0 <= j < n && n > l[j] ==> l[j] == max);
}

} // verus!
fn main() {}

/*
### VERUS END
*/

/*
### PROMPT


def max_element(l: list):
    """Return maximum element in the list.
    >>> max_element([1, 2, 3])
    3
    >>> max_element([5, 3, -5, 2, -3, 3, 9, 0, 123, 1, -10])
    123
    """

*/

/*
### ENTRY POINT
max_element
*/

/*
### CANONICAL SOLUTION
    m = l[0]
    for e in l:
        if e > m:
            m = e
    return m

*/

/*
### TEST


METADATA = {}


def check(candidate):
    assert candidate([1, 2, 3]) == 3
    assert candidate([5, 3, -5, 2, -3, 3, 9, 0, 124, 1, -10]) == 124

*/
