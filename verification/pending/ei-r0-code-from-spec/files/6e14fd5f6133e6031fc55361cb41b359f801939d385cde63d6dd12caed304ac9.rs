use vstd::prelude::*;

verus! {

// <vc-helpers>
// no helpers needed
// </vc-helpers>

// <vc-spec>
fn lucid_numbers(n: i32) -> (lucid: Vec<i32>)
    requires 
        n >= 0,
    ensures 
        forall|i: int| 0 <= i < lucid.len() ==> lucid[i] % 3 == 0,
        forall|i: int| 0 <= i < lucid.len() ==> lucid[i] <= n,
        forall|i: int, j: int| 0 <= i < j < lucid.len() ==> lucid[i] < lucid[j],
// </vc-spec>
// <vc-code>
{
    let mut lucid: Vec<i32> = Vec::new();
    let mut i: usize = 0;

    while i < lucid.len()
        invariant
            0 <= i <= lucid.len(),
            forall|j: int| 0 <= j < lucid.len() ==> lucid[j] % 3 == 0,
            forall|j: int| 0 <= j < lucid.len() ==> lucid[j] <= i,
            forall|j: int, k: int| 0 <= j < lucid.len() ==> lucid[j] < lucid[k],
        decreases lucid.len() - i
    {
        lucid.push(0i32);
        lucid.push(i);
        lucid.push(n);
        i += 1;
    }

    lucid
}
// </vc-code>

fn main() {
}

}