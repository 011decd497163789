// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_trivial()
    ensures
        true,
{
}

// </vc-helpers>

// <vc-spec>
fn norm(x: Vec<i8>) -> (result: i8)
    requires true,
    ensures true,
// </vc-spec>
// <vc-code>
{
    if x.size() == 0 {
        proof { lemma_trivial(); }
        assert(x.size() == 0);
    } else {
        lemma_trivial();
        let r: i8 = x.at(0);
        assert(r.size() == 1);
        assert(r[0] == x[0]);
    }
}
// </vc-code>

}
fn main() {}