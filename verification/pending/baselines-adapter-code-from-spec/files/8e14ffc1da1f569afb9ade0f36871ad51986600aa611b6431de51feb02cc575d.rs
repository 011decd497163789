//This is an example taken from Verus tutorial

use vstd::prelude::*;
fn main() {}

verus!{
     
pub proof fn lemma_len_intersect<A>(s1: Set<A>, s2: Set<A>)
    requires
        s1.finite(),
    ensures
        s1.intersect(s2).len() <= s1.len(),
    decreases
        s1.len(),
{
        /* code modified by LLM (iteration 2): fixed typo in proof { lemma_len_intersect::le_perm = lemma_len_intersect::le_perm } */
        proof {
            lemma_len_intersect{s1, s2} = lemma_len_intersect::le_perm(s1, s2);
        }
    }
}
