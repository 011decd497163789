// rust_verify/tests/example.rs
#[allow(unused_imports)]
use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::pervasive::*;

verus! {

trait T<A> {
    spec fn req(&self, a: A) -> bool;

    spec fn ens(&self, a: A, r: A) -> bool;

    fn f(&self, a: &A) -> (ra: A)
        requires
            self.req(*a),
        ensures
            self.ens(*a, ra),
    ;
}





fn p<A, Z: T<A>>(a: &A, z: &Z) -> (rz: A)
    requires
        z.req(*a),
    ensures
        z.ens(*a, rz),
{
    z.f(a)
}



} // verus!
