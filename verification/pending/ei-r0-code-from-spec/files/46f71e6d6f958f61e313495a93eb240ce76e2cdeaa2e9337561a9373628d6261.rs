// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn pinv(a: Vec<Vec<f32>>) -> (result: Vec<Vec<f32>>)
    requires 
        a@.len() > 0,
        forall|i: int| 0 <= i < a@.len() ==> a@[i].len() > 0,
    ensures 
        result@.len() > 0,
        forall|i: int| 0 <= i < result@.len() ==> result@[i].len() == a@.len(),
        (forall|i: int, j: int| (0 <= i < a@.len() && 0 <= j < a@[i].len()) ==> a@[i][j] == 0.0f32) ==> 
            (forall|i: int, j: int| (0 <= i < result@.len() && 0 <= j < result@[i].len()) ==> result@[i][j] == 0.0f32)
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): fixed type constraints and changed proof to use forall-scope for loop invariants */
    let mut result: Vec<f32> = Vec::new();
    
    // Iterate over the input vcast to build the result vector
    let mut i = 0;
    
    while i < a.len()
        invariant
            i <= a.len(),
            forall|j: int| 0 <= j < i ==> a@[j].len() > 0,
        decreases a.len() - i
    {
        let v: Vec<f32> = a[i];
        let mut vv: Vec<f32> = Vec::new();
        
        let mut i_j = 0;
        
        while i_j < v.len()
            invariant
                i_j <= v.len(),
                forall|j: int| 0 <= j < i_j ==> v@[j].len() > 0,
            decreases v.len() - i_j
        {
            let vv@ = v@[i_j];
            vv.push(v[i_j]);
            i_j += 1;
        }
        
        result.push(vv);
        
        i_j += 1;
    }
    
    result
}
// </vc-code>


}
fn main() {}