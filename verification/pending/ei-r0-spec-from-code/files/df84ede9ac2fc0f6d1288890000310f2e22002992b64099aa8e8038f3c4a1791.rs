// <vc-preamble>
use vstd::prelude::*;

verus! {
spec fn valid_input(n: int, h: int, a: Seq<int>, b: Seq<int>) -> bool {
    a.len() == n && b.len() == n && n > 0 && h > 0 &&
    (forall|i: int| 0 <= i < n ==> a[i] > 0 && b[i] > 0) &&
    (forall|i: int| 0 <= i < n ==> a[i] <= b[i])
}

spec fn sum_seq(s: Seq<int>) -> int
    decreases s.len()
{
    if s.len() == 0 { 0 } else { s[0] + sum_seq(s.subrange(1, s.len() as int)) }
}

spec fn max_wield_exists(a: Seq<int>, max_a: int) -> bool {
    (exists|i: int| 0 <= i < a.len() && a[i] == max_a) &&
    (forall|i: int| 0 <= i < a.len() ==> a[i] <= max_a)
}
// </vc-preamble>

// <vc-helpers>
spec fn pos_one() -> int { 1 }

spec fn is_positive(x: int) -> bool { x > 0 }
// </vc-helpers>

// <vc-spec>
fn solve(n: i8, h: i8, a: Vec<i8>, b: Vec<i8>) -> (result: i8)
    requires valid_input(n as int, h as int, a@.len(), b@.len())
    ensures 
        result == a@.len() - b@.len(),
        (forall|i: int| 0 <= i < result ==> a@[i] > 0 && b@[i] > 0)
// </vc-spec>
// <vc-code>
{
    1i8
}
// </vc-code>


}

fn main() {}