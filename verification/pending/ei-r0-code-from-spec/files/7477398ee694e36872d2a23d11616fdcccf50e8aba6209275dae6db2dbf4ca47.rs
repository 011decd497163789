use vstd::prelude::*;

verus! {

spec fn sorted(a: &[int]) -> bool {
    sorted_a(a, a.len() as int)
}

spec fn sorted_a(a: &[int], i: int) -> bool {
    0 <= i <= a.len() && 
    forall|k: int| #![trigger a[k]] 0 < k < i ==> a[(k-1) as int] <= a[k]
}

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn look_for_min(a: &[int], i: usize) -> (m: usize)
    requires 
        0 <= i < a.len(),
    ensures
        i <= m < a.len(),
        forall|k: int| #![trigger a[k]] i <= k < a.len() ==> a[k] >= a[m as int],
// </vc-spec>
// <vc-code>
{
    // Base case
    let mut res: usize = 0;
    while res < i
        invariant
            0 <= res < i,
            forall|k: int| #![trigger a[k]] res < k < i ==> a[k] >= a[res as int],
        decreases (i as int) as int
    {
        res = res + 1;
    }
    
    // Check if i == a.len()
    let mut i: usize = i as int;
    while i < a.len()
        invariant
            0 <= i < a.len(),
            forall|k: int| #![trigger a[k]] i <= k < a.len() ==> a[k] >= a[i as int] <==> a[a.len() as int] >= res,
            forall|k: int| #![trigger a[k]] i <= k < a.len() ==> a[k] >= a[res as int],
        decreases (a.len() as int) as int
    {
        if i < a.len() - 1 {
            res = res + 1;
        } else {
            break;
        }
    }
    
    res
}
// </vc-code>

fn main() {
}

}