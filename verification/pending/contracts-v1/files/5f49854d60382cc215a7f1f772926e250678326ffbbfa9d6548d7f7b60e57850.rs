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






// F1 -- F-linear-proof
mod F1 {
    use vstd::{prelude::*, simple_pptr::*};

    #[verifier::external_body]
    fn send_pointer(ptr: PPtr<u64>) {
        todo!()
    }

    
    #[verifier::external_body]
    fn increment(counter: PPtr<u64>, Tracked(perm): Tracked<&mut PointsTo<u64>>)
        requires
            counter == old(perm).pptr(),
            old(perm).is_init() && old(perm).value() < 100,
        ensures
            final(perm).pptr() == old(perm).pptr(),
            final(perm).opt_value() == MemContents::Init((old(perm).value() + 1) as u64),
    {
        unimplemented!()
    }

    fn start_thread(counter: PPtr<u64>, Tracked(perm): Tracked<PointsTo<u64>>)
        requires
            counter == perm.pptr(),
            perm.opt_value() == MemContents::Uninit,
    {
        send_pointer(counter);
        let tracked mut perm: PointsTo<u64> = perm;
        // pub fn put(&self, perm: &mut Tracked<PointsTo<V>>, v: V)
        counter.put(Tracked(&mut perm), 5);
        assert(perm.opt_value() == MemContents::Init(5));
        //+ proof { transfer_permission(perm) };
        increment(counter, Tracked(&mut perm));
        assert(perm.opt_value() == MemContents::Init(6));
    }

}

// F1

} // verus!
