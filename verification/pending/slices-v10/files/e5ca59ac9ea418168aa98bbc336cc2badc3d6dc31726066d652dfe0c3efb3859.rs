#[allow(unused_imports)]
use verus_builtin::*;
use verus_builtin_macros::*;
#[allow(unused_imports)] use vstd::prelude::*;

verus! {
  mod lib {
    #[allow(unused_imports)] use super::*;

    pub proof fn mod_add_zero(a: int, b: int, c: int)
        // by (integer_ring)
        requires
            a % c == 0,
            b % c == 0,
        ensures
            (a + b) % c == 0,
    {
      admit();
    }
    
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

            
      pub broadcast proof fn lemma_add_aligned(p: Self, v: Self)
        requires
          p.aligned(), v.aligned(), p.modulo == v.modulo,
        ensures
          (#[trigger] p.add(v)).aligned(),
          p.add(v).modulo == lib::same_or_arbitrary(p.modulo, v.modulo),
      {
        super::lib::mod_add_zero(p.i as int, v.i as int, p.modulo as int);
      }

      
          }
  }

  
    
} // verus!