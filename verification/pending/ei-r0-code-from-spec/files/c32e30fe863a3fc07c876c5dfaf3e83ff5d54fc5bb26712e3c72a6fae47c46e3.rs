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
    let mut res: Vec<i32> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            res@ == a@ + seq![b] as vec<i32>,
            res@.len() == a.len(),
            i <= a.len(),
        decreases (a.len() - i)
    {
        res.push(b[i]);
        i += 1;
    }
    res
}
// </vc-code>

fn main() {
}

}