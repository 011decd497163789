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
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            a.len() > 0,
            a[i] >= a[i-1],
        decreases (n as int) - (i as int)
    {
        proof {
            assert(i as int <= n);
            assert(a[i] >= a[i-1]);
            assert(forall|x: int| i as int <= x < a.len() ==> a[minIdx as int] <= a[x]);
            assert(forall|y: int| i as int <= y < a.len() ==> a[minIdx as int] <= a[y]);
        }
        i += 1;
    }
    let res: usize = lo as usize;
    proof {
        assert(i as int <= res);
        assert(forall|x: int| lo as int <= x < res as int ==> a[minIdx as int] <= a[x]);
        assert(forall|y: int| res as int <= y < a.len() ==> a[minIdx as int] <= a[y]);
    }
    res
}
// </vc-code>

fn main() {}

}