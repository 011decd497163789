use verus_builtin::*;
use verus_builtin_macros::*;

verus! {

pub fn foo(a: u64) -> u64
    requires
        a < 100,
{
        assert(a < 100);
        assert(c < 100);
        assert(b < 100);
        assert(b == 3);
        assert(b == 4);
        assert(b < 100);
        assert(c < 100);
        assert(c == 4);
        assert(c > 100);
        assert(a < 100);
        assert(b < 100);
        assert(b == 3);
        assert(b == 4);
        assert(b < 100);
        assert(c < 100);
        assert(c == 4);
        assert(c > 100);
    }

fn main() {
    let c = 1;
    let mut b = 3;
    b = 4;
    b = foo(c);
}

} // verus!
