
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
                
    
    
    
    
    
    
    
    
    pub proof fn lemma_seq_addition(bytes1: Seq<u8>, bytes2: Seq<u8>)
        ensures
            ({
                let i = bytes1.len() as int;
                let j = bytes2.len() as int;
                &&& (bytes1 + bytes2).subrange(0, i) =~= bytes1
                &&& (bytes1 + bytes2).subrange(i, i + j) =~= bytes2
            })
    {
        assert(forall |i: int| #![auto] 0 <= i < bytes1.len() ==> (bytes1 + bytes2)[i] == bytes1[i]);
        assert(forall |i: int| #![auto] 0 <= i < bytes2.len() ==> (bytes1 + bytes2)[bytes1.len() + i] == bytes2[i]);
    }

    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    
    // offset of actual log contents from the beginning of the device
    
    }
}
