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
    let mut lucid_values: Vec<i32> = Vec::new();
    let mut i: usize = 0;

    while i < lucid_values.len()
        invariant
            lucid_values.len() == i,
            i < lucid_values.len(),
            lucid_values[i] <= n,
            lucid_values[i] % 3 == 0,
            forall|j: int| 0 <= j < lucid_values.len() ==> lucid[j] <= lucid_values[i],
        decreases lucid_values.len() - i
    {
        lucid_values.push(lucid.elem[j]);
        lucid_values.push(lucid.elem[j] - lucid_values[j] % 3);
        lucid_values.push(lucid.elem[j]);
        i += 1;
    }

    lucid_values
}
// </vc-code>

fn main() {
}

}