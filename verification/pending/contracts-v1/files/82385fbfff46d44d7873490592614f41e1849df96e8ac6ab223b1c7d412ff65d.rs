
pub mod logimpl_v {

use core::convert::TryInto;
use std::f32::consts::E;
use std::fmt::Write;
use vstd::arithmetic::div_mod::*;
use vstd::bytes::*;
use vstd::prelude::*;
use vstd::seq::*;
use vstd::set::*;
use vstd::slice::*;

verus! {

    // entire header structure:
    // bytes 0-7: incorruptible boolean
    // bytes 8-39: header 1
    // bytes 40-71: header 2

    // header version structure:
    // 0-7: header CRC
    // 8-15: logical head
    // 16-23: logical tail
    // 24-31: log size

            
    // offsets of fields within the header structure
                
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    pub proof fn lemma_subrange_equality_implies_index_equality<T>(s1: Seq<T>, s2: Seq<T>, i: int, j: int)
        requires
            0 <= i <= j <= s1.len(),
            j <= s2.len(),
            s1.subrange(i, j) == s2.subrange(i, j)
        ensures
            forall |k| i <= k < j ==> s1[k] == s2[k]
    {
        assert forall |k| i <= k < j implies s1[k] == s2[k] by {
            // Trigger axiom_seq_subrange_index
            assert (s1[k] == s1.subrange(i, j)[k - i]);
            assert (s2[k] == s2.subrange(i, j)[k - i]);
        }
    }

    
    
    
    
    
    
    
    
    
    
    
    
    // offset of actual log contents from the beginning of the device
    
    }
}
