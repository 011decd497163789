// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn find_median(a: &[i32], b: &[i32]) -> (median: i32)
    requires 
        a.len() == b.len(),
        a.len() > 0,
        forall|i: int| #[trigger] a[i] == a[i] ==> (0 <= i < (a.len() - 1) as int ==> a[i] <= a[add(i, 1)]),
        forall|i: int| #[trigger] b[i] == b[i] ==> (0 <= i < (b.len() - 1) as int ==> b[i] <= b[add(i, 1)]),
    ensures 
        median as int == if a.len() % 2 == 0 { 
            (a[(a.len() / 2 - 1) as int] + b[0int]) / 2 
        } else { 
            a[(a.len() / 2) as int] as int
        }
// </vc-spec>
// <vc-code>
{
    if a.len() > 0 {
        let n = a.len();
        let res: i32 = 0;
        let mut i: usize = 0;
        while i < n
            invariant
                a.len() == i as int,
                a[i] == a[i] as int,
            decreases n - i as int,
            forall|j: int| #[trigger] res[j] == a[j] ==> (0 <= j < (n - i) as int ==> a[j] <= a[add(j, 1)]),
        {
            if n % 2 == 0 {
                res = res + 1i32;
            } else {
                res = res + 1i32;
            }
            i = i + 1;
        }
        
        assert(res as int == a[n]);
        assert(res as int == (a[(a.len() / 2 - 1) as int] + b[0int]) / 2);
        
        assert(res as int == (a[(a.len() / 2 - 1) as int] + b[0int]) / 2);
    }
}
// </vc-code>

}
fn main() {}