#![verifier::exec_allows_no_decreases_clause]
use vstd::prelude::*;
fn main() {}
verus!{
pub fn myfun2(x: &mut Vec<i32>) 
requires 
    forall |k:int| 0 <= k < old(x).len() ==> old(x)[k] <= 0x7FFF_FFFB,
ensures 
    final(x)@.len() == old(x)@.len(),
    forall |k:int| 0 <= k < final(x).len() ==> #[trigger] final(x)@[k] == old(x)@[k] + 4,
{
    let mut i: usize = 0;
    let xlen: usize = x.len();
    while (i < xlen) 
        invariant 
              // always specify the length of vectors used in the loop
            forall |k:int| 0 <= k < i ==> #[trigger] x[k] == old(x)[k] + 4,
            forall |k:int| i <= k < xlen ==> x[k] == old(x)[k],
            forall |k:int| 0 <= k < xlen ==> old(x)[k] <= 0x7FFF_FFFB,
    { 
        x.set(i, x[i] + 4);  
        i = i + 1;
    }  
}
}
