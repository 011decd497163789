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
    let mut i: usize = 0;
    while i < a.len()
        invariant
            i <= a.len(),
            forall|j: int| 0 <= j < i as int ==> i == a[j],
        decreases a.len() - i
    {
        assert(i < a.len());
        assert(i < a.len());
        a[i] = a[i + 1];
        i += 1;
    }
    assert(i == a.len());
    assert(i == a.len() - 1);
    a[i]
}
// </vc-code>

fn main() {
}

}