// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn ge_antisym(a: int, b: int)
    requires
        a >= b,
        b >= a,
    ensures
        a == b,
{
}

// </vc-helpers>

// <vc-spec>
fn numpy_greater_equal(x1: Vec<i8>, x2: Vec<i8>) -> (result: Vec<bool>)
    requires x1.len() == x2.len(),
    ensures 
        result.len() == x1.len(),
        forall|i: int| 0 <= i < result.len() ==> (result[i] <==> x1@[i] as int >= x2@[i] as int),

        x1@ == x2@ ==> forall|i: int| 0 <= i < result.len() ==> result[i] == true,

        forall|i: int| 0 <= i < result.len() ==> 
            (result[i] == true && x2@[i] as int >= x1@[i] as int) ==> x1@[i] as int == x2@[i] as int,

        forall|i: int| 0 <= i < result.len() ==> (result[i] == true || result[i] == false),
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 4): fixed type checks for explicit aliasing (e.g. `x1@` vs. `x2@`) */
    let mut result = Vec::new();
    let mut i: usize = 0;
    let mut j: usize = 0;

    while i < x1.len()
        invariant
            i <= x1.len(),
            j <= x1.len(),
            result.len() == i,
            forall|k: int| 0 <= k < result.len() ==> result[k] == true,
            forall|k: int| 0 <= k < j ==> j == k,
            forall|k: int| 0 <= k < j ==> j == k,
        decreases x1.len() - i
    {
        let x1 = x1[i];
        let x2 = x1@;
        result.push(true);
        assert(x1[i] == x2[i]);
        assert(forall|k: int| 0 <= k < result.len() ==> result[k] == true);
        i = i + 1;
        assert(j <= x1.len());
        assert(result.len() == j);
        j = j + 1;
    }

    result
}
// </vc-code>

}
fn main() {}