
// ## 11 -- 10-program.rs

#[allow(unused_imports)]
use {verus_builtin::*, verus_builtin_macros::*, prelude::*, seq::*, vstd::*};

verus! {

// ## A -- A-program.rs


// ## B -- B-program.rs
fn main_1() {
    let x = 3;
    let y = 4;
    assert(x != y);
}

// ## B -- B-program.rs.smt sat
// ## C -- C-prime.rs




// ## D -- D-fibo.rs


// ## D/2 -- D-fibo.rs


// ## E -- E-reverse.rs -- spec variables
/* See vectors.rs
fn reverse(v: &mut Vec<u64>) {
    ensures([
        v.len() == old(v).len(),
        forall(|i: int| 0 <= i && i < old(v).len()
               >>= v.index(i) == old(v).index(old(v).len() - i - 1)),
    ]);

    let length = v.len();
    #[verifier::spec] let v1 = *v;
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
