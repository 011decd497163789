use vstd::prelude::*;

verus! {

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn reverse(a: &Vec<char>) -> (b: Vec<char>)
    ensures
        b@ == a@,
        forall|i: int| 0 <= i < a.len() ==> #[trigger] b@[i] == a@[a.len() - i - 1]
// </vc-spec>
// <vc-code>
{
    let mut b = Vec::new();
    let mut j = 0;
    
    while j < a.len()
        invariant
            0 <= j,
            a.len() - j <= a.len(),
            forall|i: int| 0 <= i < a.len() ==> #[trigger] b@[i] == a@[a.len() - i - 1],
        decreases a.len() - j
    {
        let idx = a.len() - 1 - j;
        b.push(a[idx]);
        j = j + 1;
    }
    
    assert(b.len() == a.len());
    assert(forall|i: int| 0 <= i < a.len() ==> #[trigger] b@[i] == a@[a.len() - i - 1]);
    
    b
}
// </vc-code>

fn main() {
}

}