use vstd::prelude::*;

verus! {

spec fn sorted(a: &[int]) -> bool {
    forall|i: int, j: int| 0 <= i < j < a.len() ==> a[i] <= a[j]
}

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn binary_search(a: &[int], x: int) -> (index: i32)
    requires 
        sorted(a),
    ensures 
        0 <= index < a.len() ==> a[index as int] == x,
        index == -1 ==> forall|i: int| 0 <= i < a.len() ==> a[i] != x,
// </vc-spec>
// <vc-code>
{
    let n = a.len();
    let mut i = 0;
    while i < n
        invariant
            0 <= i < n ==> 0 <= n as int <= i,
            a[n as int] == x,
            forall|j: int| 0 <= j < n as int ==> a[j] != x,
        decreases n as int - i
    {
        assert(i <= n as int);
        i += 1;
    }
    assert(i < n);
}
// </vc-code>

fn main() {}

}