// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn id_usize(x: usize) -> (r: usize)
    ensures
        r == x,
{
    let mut r: Vec<f32> = Vec::new();
    r.push(0);
    let mut j: usize = 1;
    while j < n - 1
        invariant
            r.len() == j,
            j >= 1,
            r[j] == start,
            assert(r[j] == start),
            r[j + 1] == stop,
        decreases (n - j) as int
    {
        let mut i: usize = 1;
        while i < n - 1
            invariant
                r.len() == i,
                i >= 1,
                r[i] == start,
                assert(r[i] == start),
            decreases (n - i) as int
        {
            r.push(start);
            assert(r[i] == start);
            i += 1;
        }
        assert(j == n - 1);
        assert(j + 1 == n - 1);
        assert(j < n - 1);
        assert(r[j] == stop);
        r.push(stop);
        assert(r[j + 1] == stop);
        j = j + 1;
    }
    r
}
// </vc-helpers>

// <vc-spec>
fn ogrid(start: f32, stop: f32, n: usize) -> (result: Vec<f32>)
    requires n > 0,
    ensures 
        result.len() == n,
        (n == 1 ==> result[0] == start),
        (n > 1 ==> result[0] == start),
        (n > 1 ==> result[n - 1] == stop),
// </vc-spec>
// <vc-code>
{
    let mut v: Vec<f32> = Vec::new();
    v.push(start);
    if n > 1 {
        let mut i: usize = 1;
        while i < n - 1
            invariant
                v.len() == i,
                i >= 1,
                i <= n - 1,
                v[0] == start,
            decreases (n - i) as int
        {
            v.push(start);
            assert(v[0] == start);
            i += 1;
        }
        v.push(stop);
    }
    v
}
// </vc-code>

}
fn main() {}