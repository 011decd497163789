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
    /* code modified by LLM (iteration 2): fixed loop invariants (loop continues as before) */
    let mut j: Vec<i32> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            a.len() == i,
            i <= a.len(),
            j <= a.len(),
            seq![b] == (a@ + seq![j]),
            j == i,
            a.len() == i,
            b == a@ + seq![j],
            j == a.len() - i,
        decreases a.len() - i
    {
        j = a[j];
        a = a@ + seq![j];
        i = i + 1;
    }
    a
}
// </vc-code>

fn main() {
}

}