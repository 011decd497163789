use vstd::prelude::*;

verus! {

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn reverse(a: &Vec<char>) -> (b: Vec<char>)
    requires 
        a.len() > 0,
    ensures 
        b.len() == a.len(),
        forall|i: int| 0 <= i < a.len() ==> b[i] == a[a.len() - i - 1],
// </vc-spec>
// <vc-code>
{
    let mut i: usize = 0;
    while i < a.len()
        invariant
            0 <= i <= a.len(),
            a.len() == i,
            forall|j: int| 0 <= j < i ==> b[j] == a[i as int],
        decreases a.len() - i as int
    {
        let b = a[i];
        a[i] = a[a.len() - i - 1];
        i = i + 1;
    }
    a
}
// </vc-code>

fn main() {
}

}