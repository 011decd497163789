#[allow(unused_imports)]
use verus_builtin::*;
use verus_builtin_macros::*;
#[allow(unused_imports)] use vstd::prelude::*;

verus! {
  mod lib {
    #[allow(unused_imports)] use super::*;

        
    pub open spec fn same_or_arbitrary<A>(a1: A, a2: A) -> A {
      if a1 == a2 {
        a1
      } else {
        arbitrary()
      }
    }
  }

  mod multiple_open {
    #[allow(unused_imports)] use super::*;

    pub struct Multiple {
      pub i: nat,
      pub modulo: nat,
    }
    
    impl Multiple {
      pub open spec fn aligned(&self) -> bool {
        &&& self.i % self.modulo == 0
      }
    
      pub open spec fn add(&self, v: nat) -> Self {
        Multiple { i: self.i + v, ..*self }
      }
    }
  }
  
    
  
  mod multiple_broadcast_proof {
    #[allow(unused_imports)] use super::*;

    pub struct Multiple {
      pub i: nat,
      pub modulo: nat,
    }
    
    impl Multiple {
      pub closed spec fn aligned(&self) -> bool {
        &&& self.modulo != 0
        &&& self.i % self.modulo == 0
      }

      pub closed spec fn add(&self, v: Self) -> Self {
        Multiple {
            i: self.i + v.i,
            modulo: lib::same_or_arbitrary(self.modulo, v.modulo)
        }
      }

      pub closed spec fn mul(&self, v: Self) -> Self {
        Multiple {
            i: self.i * v.i,
            modulo: lib::same_or_arbitrary(self.modulo, v.modulo)
        }
      }
      
      
      
          }
  }

  
  mod m3 {
    #[allow(unused_imports)] use super::*;
      
    use super::multiple_broadcast_proof::Multiple;
    

        
    proof fn multiply_add(
        p1: Multiple, v: Multiple, p2: Multiple)
      requires
        p1.aligned(), v.aligned(), p1.modulo == v.modulo,
        p2 == p1.mul(v).add(v),
      ensures
        p2.aligned()
    {
    broadcast use Multiple::group_properties;
    }
    
      }
  
} // verus!