use verus_builtin::*;
use verus_builtin_macros::*;

verus! {








struct S<A> {
    n: A,
}

spec fn s_property<B>(s: S<B>) -> int {
    7
}



proof fn s_prop2<C>(x: S<C>, y: S<C>) {
    assert(s_property(x) == s_property(y));
}




} // verus!
