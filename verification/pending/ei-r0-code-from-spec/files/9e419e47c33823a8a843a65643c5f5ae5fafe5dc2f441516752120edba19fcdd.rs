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
    let minIdx: usize = lo - 1;
    let minIdxIdx: int = minIdx as int;
    if a.len() == minIdxIdx {
        return minIdx;
    } else {
        let midIdx = lo + (minIdx as int) % 2;
        if midIdx < minIdx {
            minIdx = midIdx;
        } else {
            minIdx = midIdx - 1;
        }
    }
}
// </vc-code>

fn main() {}

}