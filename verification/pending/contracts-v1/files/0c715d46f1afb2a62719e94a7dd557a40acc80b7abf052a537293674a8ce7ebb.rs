// rust_verify/tests/example.rs
// #![allow(unused_imports, unused_macros, non_camel_case_types)] #![feature(fmt_internals)]
use vstd::prelude::verus;


verus! {

// ## A -- A-program.rs

// ## B -- B-fibo.rs




// ## C -- C-linearity.rs
pub struct Account {
    pub balance: u64,
}

pub fn transfer(orig: &mut Account, dest: &mut Account, amount: u64)
    requires
        old(orig).balance >= amount,
        old(dest).balance + amount < u64::MAX,
    ensures
        final(dest).balance == old(dest).balance + amount,
        final(orig).balance == old(orig).balance - amount,
{
    /*+*/
    let accounts_pre: Ghost<(Account, Account)> = Ghost((*orig, *dest));
    orig.balance = orig.balance - amount;
    dest.balance = dest.balance + amount;
    /*+*/
    assert(orig.balance + dest.balance == accounts_pre@.0.balance + accounts_pre@.1.balance);
}

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






// F1 -- F-linear-proof

// F1

} // verus!
