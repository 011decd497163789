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
  
  mod m1 {
    #[allow(unused_imports)] use super::*;

    use super::multiple_open::Multiple;
  
    proof fn lemma_increase_by_twice(
        p1: Multiple, v: nat, p2: Multiple)
      requires
        p1.modulo != 0, p1.aligned(),
        v % p1.modulo == 0,
        p1.modulo == p2.modulo,
        p2 == p1.add(v).add(v),
      ensures
        p2.aligned()
    {
      // assert((p1.i + v + v) % p2.modulo == 0) by (nonlinear_arith)
      //   requires
      //     p1.i % p2.modulo == 0,
      //     v % p2.modulo == 0,
      //     p2.modulo != 0,
      // { }
      assert((p1.i + v + v) % p2.modulo == 0) by {
        super::lib::mod_add_zero(
          p1.i as int, v as int, p2.modulo as int);
        super::lib::mod_add_zero(
          p1.i as int + v as int, v as int, p2.modulo as int);
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

            
      
      
          }
  }

  
    
} // verus!