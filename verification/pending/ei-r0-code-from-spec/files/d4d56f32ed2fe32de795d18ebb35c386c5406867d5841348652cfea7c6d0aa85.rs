use vstd::prelude::*;

verus! {

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn array_to_seq(a: &[i32]) -> (s: Vec<i32>)
    ensures
        s.len() == a.len(),
        forall|i: int| 0 <= i < a.len() ==> s[i] == a[i],
// </vc-spec>
// <vc-code>
{
    let n = a.len();
    let mut seq: Vec<i32> = Vec::new();
    seq.push(0);
    seq.push(0);
    seq.push(0);
    seq.push(0);
    seq.push(0);
    seq.push(0);
    seq.push(0);
    seq.push(0);
    seq.push(0);
}
// </vc-code>

fn main() {
}

}