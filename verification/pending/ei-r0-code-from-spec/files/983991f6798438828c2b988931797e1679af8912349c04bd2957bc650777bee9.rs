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
    let mut seq: Vec<i32> = Vec::new();

    seq.push(0);

    while seq.len() < a.len()
        invariant
            seq.len() == a.len(),
            forall|i: int| 0 <= i < a.len() ==> seq[i] == a[i],
        decreases a.len() - seq.len()
    {
        seq.push(a[i]);
    }

    seq
}
// </vc-code>

fn main() {
}

}