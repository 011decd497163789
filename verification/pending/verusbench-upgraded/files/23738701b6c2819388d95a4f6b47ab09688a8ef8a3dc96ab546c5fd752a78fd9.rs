#![verifier::exec_allows_no_decreases_clause]
use vstd::prelude::*;
fn main() {}

verus!{


pub fn myfun4(x: &Vec<u64>, y: &mut Vec<u64>)
requires 
    old(y).len() == 0,
ensures 
    forall |k:int| 0 <= k < final(y).len() ==> final(y)[k] % 3 == 0 && x@.contains(final(y)@[k]),
{
    let mut i: usize = 0;
    let xlen = x.len();
    
    while (i < xlen) 
        invariant 
            x@.len() == xlen,  // always specify the length of vectors used in the loop
    { 
        if (x[i] % 3 == 0) {
            y.push(x[i]);
        }
        i = i + 1;
    }
 }
}
