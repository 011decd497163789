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
            0 <= i < n,
            n == n as int,
        decreases n - i
    {
        assert(i < n);
        if x == a[i] {
            return (i as int) - 1;
        }
        i += 1;
    }
    i
}
// </vc-code>

fn main() {}

}