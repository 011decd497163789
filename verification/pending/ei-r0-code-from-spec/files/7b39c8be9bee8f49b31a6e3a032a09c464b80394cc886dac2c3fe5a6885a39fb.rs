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
    let mut b: Vec<char> = Vec::new();
    let mut i: usize = 0;

    while i < a.len()
        invariant
            0 <= i <= a.len(),
            b.len() == i,
            forall|k: int| 0 <= k < i ==> b[k] == a[a.len() - k - 1],
        decreases a.len() - i
    {
        b.push(a[i]);
        i = i + 1;
    }

    b
}
// </vc-code>

fn main() {
}

}