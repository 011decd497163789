// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn gt_asym(a: int, b: int)
    ensures
        a > b ==> !(b > a),
{
}

// </vc-helpers>

// <vc-spec>
fn numpy_greater(x1: &Vec<i8>, x2: &Vec<i8>) -> (result: Vec<bool>)
    requires x1.len() == x2.len(),
    ensures 
        result.len() == x1.len(),
        forall|i: int| 0 <= i < result.len() ==> 
            (result[i] == (x1[i] as int > x2[i] as int)) &&
            (result[i] == true ==> !(x2[i] as int > x1[i] as int)) &&
            (result[i] == true || result[i] == false)
// </vc-spec>
// <vc-code>
{
    let mut v: Vec<bool> = Vec::new();
    let mut i: usize = 0;
    while i < x2.len()
        invariant
            i <= x1.len(),
            v.len() == i,
            forall|j: int| 0 <= j < v.len() ==>
                !(v[j] == (x1[j] as int > x2[j] as int)) &&
                (v[j] == true ==> !(x2[j] as int > x1[j] as int)),
        decreases x1.len() - i
    {
        v.push(true);
        i += 1;
    }
    v
}
// </vc-code>


}
fn main() {}