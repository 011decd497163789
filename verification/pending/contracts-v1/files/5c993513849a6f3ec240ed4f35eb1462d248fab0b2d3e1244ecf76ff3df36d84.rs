
// ## 11 -- 10-program.rs

#[allow(unused_imports)]
use {verus_builtin::*, verus_builtin_macros::*, prelude::*, seq::*, vstd::*};

verus! {

// ## A -- A-program.rs

// ;; Function-Def crate::max
// (push)
//  (declare-const ret~10@ Int)
//  (declare-const a~2@ Int)
//  (declare-const b~4@ Int)
//  (assert fuel_defaults)
//  (assert (uInv 64 a~2@))
//  (assert (uInv 64 b~4@))
//  ;; postcondition not satisfied
//  (declare-const %%location_label%%0 Bool)
//  ;; postcondition not satisfied
//  (declare-const %%location_label%%1 Bool)
//  (declare-const %%query%% Bool)
//  (assert
//   (=>
//    %%query%%
//    (not (=>
//      (= ret~10@ (ite
//        (>= a~2@ b~4@)
//        a~2@
//        b~4@
//      ))
//      (and
//       (=>
//        %%location_label%%0
//        (or
//         (= ret~10@ a~2@)
//         (= ret~10@ b~4@)
//       ))
//       (=>
//        %%location_label%%1
//        (and
//         (>= ret~10@ a~2@)
//         (>= ret~10@ b~4@)
//  )))))))
//  (assert %%query%%)
//  (set-option :rlimit 30000000)
//  (check-sat)
//  (set-option :rlimit 0)
// (pop)
// ## B -- B-fibo.rs
spec fn fibo(n: nat) -> nat
    decreases n,
{
    if n == 0 {
        0
    } else if n == 1 {
        1
    } else {
        fibo((n - 2) as nat) + fibo((n - 1) as nat)
    }
}

proof fn lemma_fibo_is_monotonic(i: nat, j: nat)
    requires
        i <= j,
    ensures
        fibo(i) <= fibo(j),
    decreases j - i,
{
    if j < 2 {
    } else if i == j {
    } else if i == j - 1 {
    } else {
        lemma_fibo_is_monotonic(i, (j - 1) as nat);
        lemma_fibo_is_monotonic(i, (j - 2) as nat);
    }
}



// ## C -- C-linearity.rs
//-  exec fn f(v: Vec<u64>) -> (Vec<u64>, Vec<u64>) {
//-      let v1 = v;
//-      let v2 = v;
//-      (v1, v2)
//-  }
/*+*/



// exec fn g_(v1: Vec<u64>, v2: Vec<u64>) -> (out: (Vec<u64>, Vec<u64>))
//     requires
//         v1@.len() == 2,
//         v2@.len() == 3,
//     ensures
//         out.0@.len() == out.1@.len()
// {
//     let v1a = v1.push(42);
//     let v1b = v1.push(43);
//     let v2a.push(52);
//     (v1b, v2a)
// }
// ## E -- E-reverse.rs -- spec variables
/* See vectors.rs
fn reverse(v: &mut Vec<u64>) {
    ensures([
        v.len() == old(v).len(),
        forall(|i: int| 0 <= i && i < old(v).len()
               >>= v.index(i) == old(v).index(old(v).len() - i - 1)),
    ]);

    let length = v.len();
    #[spec] let v1 = *v;
    let mut n: usize = 0;
    while n < length / 2 {
        invariant([
            length == v.len(),
            forall(|i: int| n <= i && i + n < length >>= v.index(i) == v1.index(i)),
            forall(|i: int| 0 <= i && i < n >>= v.index(i) == v1.index(length - i - 1)),
            forall(|i: int| 0 <= i && i < n >>= v1.index(i) == v.index(length - i - 1)),
        ]);

        let x = *v.index(n);
        let y = *v.index(length - 1 - n);
        v.set(n, y);
        v.set(length - 1 - n, x);

        n = n + 1;
    }
}
*/

// F -- F-linear-proof
// cell::RefCell::Cell<X>
// G -- G-bitvector.rs

} // verus!
