use vstd::prelude::*;

verus! {

//Problem01
//a)

//b)
//Problem04

//Problem02
spec fn sorted(a: Seq<int>) -> bool {
    forall|i: int| 1 <= i < a.len() ==> #[trigger] a[i] >= a[i-1]
}



//Problem03

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn find_min(a: &[int], lo: usize) -> (minIdx: usize)
    requires 
        a.len() > 0,
        lo < a.len(),
    ensures 
        lo <= minIdx < a.len(),
        forall|x: int| lo <= x < a.len() ==> a[minIdx as int] <= a[x],
// </vc-spec>
// <vc-code>
{
    let minIdx = a.len();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            0 <= i,
            minIdx < i,
            forall|x: int| i <= x < a.len() ==> a[i] <= a[minIdx as int]
        decreases a.len() - i
    {
        if a[i] < a[minIdx as int] {
            minIdx = i;
        }
        i = i + 1;
    }
    minIdx
}
// </vc-code>

fn main() {}

}