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
    let n = a.len();
    let mut i = 1;
    while i < n
        invariant
            i <= n,
            n > 1,
            a.len() == i,
            forall|j: int| 1 <= j < i ==> a[j] < a[i-1],
            forall|j: int| n > 0 && j < i ==> a[j] <= a[i-j],
        decreases (n - i) as int
    {
        assert(a[i] >= a[i-1]);
        i += 1;
    }
    assert(i == n);
    assert(a.len() == i);
    assert(lo <= minIdx < a.len());
    assert(forall|j: int| n > 0 && j < i ==> a[j] <= a[i-j]);
    assert(lo < a[i-1]);
}
// </vc-code>

fn main() {}

}