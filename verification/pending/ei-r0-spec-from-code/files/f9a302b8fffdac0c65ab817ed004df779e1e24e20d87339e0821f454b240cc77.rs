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
    ensures
        i <= a.len() &&
        m >= sorted(a)[i as int],
// </vc-spec>
// <vc-code>
{
    let mut min_idx = i;
    let mut j = i + 1;
    
    while j < a.len()
        invariant
            0 <= j <= a.len(),
            min_idx <= j &&
            j <= a.len(),
            a[min_idx] < a[j],
        decreases a.len() - j - 1
    {
        if a[j] < a[min_idx] {
            min_idx = j;
        }
        j += 1;
    }
    
    min_idx
}
// </vc-code>

fn main() {
}

}