#![verifier::exec_allows_no_decreases_clause]
use vstd::prelude::*;
fn main() {}
verus!{
pub fn remove_all_greater(v: Vec<i32>, e: i32) -> (result: Vec<i32>)
    requires 
        forall |k1:int,k2:int| 0 <= k1 < k2 < v.len() ==> v[k1] != v[k2]
    ensures
        forall |k:int| 0 <= k < result.len() ==> result[k] <= e && v@.contains(result[k]),
        forall |k:int| 0 <= k < v.len() && v[k] <= e ==> result@.contains(v[k]),
{  
    let mut i: usize = 0;
    let vlen = v.len();
    let mut result: Vec<i32> = vec![];
    while (i < v.len()) 
        invariant 
            forall |k:int| 0 <= k < i && v[k] <= e ==> result@.contains(v[k]),
    {  
        if (v[i] <= e) {
            let ghost old_result = result;
            result.push(v[i]);
            assert(forall |k:int| 0<= k < old_result.len() ==> old_result[k] == result[k]);
            assert(result[result.len() - 1] == v[i as int]);
        }
        i = i + 1;
    }  
    result
}
}
