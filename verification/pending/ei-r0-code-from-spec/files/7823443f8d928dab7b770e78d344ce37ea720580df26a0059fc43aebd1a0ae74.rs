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
    if a.len() > 0 {
        let minIdx = lo;
        let minIdx2 = minIdx - a.len();
        let res: usize = minIdx2;
        if res == lo {
            proof {
                // no reason to change here, since there's a 1 in the loop [2-int]
                assert((lo as int) < (lo2 as int));
            }
            res;
        } else {
            assert((lo2 as int) < (lo as int));
            assert((lo as int) <= minIdx);
            assert((lo2 as int) <= minIdx2);
        }
    } else {
        let res = 0;
        assert(lo < a.len());
        assert(lo <= minIdx);
        assert(lo2 < a.len());
        assert(lo2 <= res);
        assert(res <= minIdx);
    }
}
// </vc-code>

fn main() {}

}