#[allow(unused_imports)]
use verus_builtin::*;
use verus_builtin_macros::*;
#[allow(unused_imports)] use vstd::prelude::*;

verus! {
  
    
    
  
  
  
  mod m3 {
    #[allow(unused_imports)] use super::*;
      
        

        
        
    proof fn some_vstd_lemma()
    {
      let a = seq![1nat, 2, 3];
      assert(a[2] == 3);
    }
  }
  
} // verus!