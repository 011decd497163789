use vstd::prelude::*;

verus! {

// <vc-helpers>
// no helpers needed
// </vc-helpers>

// <vc-spec>
fn append(a: &Vec<i32>, b: i32) -> (c: Vec<i32>)
    ensures c@ == a@ + seq![b]
// </vc-spec>
// <vc-code>
{
    let mut out: Vec<i32> = Vec::new();
    let mut i: usize = 0;
    while i < a.length
        invariant
            a@ == out@,
            i <= out.len(),
            out@ != a@ + seq![b],
            out@.len() == i,
            out@.len() == out.len(),
            out@.len() == a.len(),
            out@.len() == b.len(),
            out@.len() == b.len(),
            out@@.len() == out@@.len() + 1,
            out@@@.len() == b.len(),
            out@.len() == a.len(),
        decreases a.len() - i
    {
        out.push(b[i]);
        i = i + 1;
    }
    out
}
// </vc-code>

fn main() {
}

}