// rust_verify/tests/example.rs
// #![allow(unused_imports, unused_macros, non_camel_case_types)] #![feature(fmt_internals)]
use vstd::prelude::verus;


verus! {

// ## A -- A-program.rs

// ## B -- B-fibo.rs




// ## C -- C-linearity.rs


//- fn cmain(account: Account)
//-     requires account.balance >= 100
//- {
//-     let mut account = account;
//-     transfer(&mut account, &mut account, 100);
//- }
// ## C2(e) -- C2-linearity.rs
use vstd::prelude::*;

//-  exec fn f(v: Vec<u64>) -> (Vec<u64>, Vec<u64>) {
//-      let v1 = v;
//-      let v2 = v;
//-      (v1, v2)
//-  }
/*+*/



// ## D -- D-recommends.rs

// E -- E-solvers.rs


// F0 -- F-linear-ghost
struct State1 {
    s: nat,
}



#[verifier::external_body]
proof fn exercise1(tracked s1: &State1) -> (result: bool) {
    todo!()
}


proof fn p(tracked s1: State1) {
    //+ let tracked s2 = exchange(s1);
    exercise1(&s1);
    //+ exercise(&s2);
}

// F1 -- F-linear-proof

// F1

} // verus!
