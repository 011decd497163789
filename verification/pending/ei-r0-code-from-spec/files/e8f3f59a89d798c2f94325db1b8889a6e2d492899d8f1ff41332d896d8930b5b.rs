// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn contains_consecutive_numbers(a: &[i32]) -> (result: bool)
    requires a.len() > 0
    ensures result <==> exists|i: int| #![trigger a.spec_index(i)] 
        0 <= i < (a.len() as int) - 1 && a[i] + 1 == a[i + 1]
// </vc-spec>
// <vc-code>
{
    if a[0] == a[1] {
        let n = a.len();
        if n < 3 {
            assert(0 <= n as int);
            assert(n as int < 3);
            return n;
        }
        assert(n as int < 3);
        return false;
    }
    let mut i = 0;
    while i < n
        invariant
            a.len() == i as int,
            n == i + 1,
            a[i] == a[i + 1] as i32,
        decreases (i + 1) as int
    {
        assert(a[i + 1] == a[i + 1] + 1);
        assert(i + 1 < i);
        i = i + 1;
    }
    if i + 1 < i + 2 {
        return false;
    }
    assert(i + 1 < i + 2);
    return true;
}
// </vc-code>

}
fn main() {}