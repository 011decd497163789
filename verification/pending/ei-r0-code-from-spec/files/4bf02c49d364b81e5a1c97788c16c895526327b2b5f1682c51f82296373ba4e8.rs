// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 4): predicate to state a <= x <= b */
pub open spec fn between(a: int, x: int, b: int) -> bool {
    a <= x && x <= b
}
// </vc-helpers>

// <vc-spec>
fn getdomain(x: Vec<i8>) -> (result: Vec<i8>)
    requires x@.len() > 0,
    ensures
        result@.len() == 2,
        result@[0] as int <= result@[1] as int,
        forall|i: int| 0 <= i < x@.len() ==> result@[0] as int <= x@[i] as int && x@[i] as int <= result@[1] as int,
        exists|i: int| 0 <= i < x@.len() && x@[i] as int == result@[0] as int,
        exists|j: int| 0 <= j < x@.len() && x@[j] as int == result@[1] as int,
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 4): added length to a todo list to avoid loop invariants */
    let mut d: Vec<i8> = Vec::new();
    let mut i: usize = 0;
    while i < x.len()
        invariant
            d@.len() == x@.len(),
            d@[0] as int <= x@[i] as int,
            forall|j: int| 0 <= j < i as int ==> d@[0] as int <= x@[j] as int && x@[j] as int <= d@[0] as int,
            exists|j: int| 0 <= j < i && x@[j] as int == d@[0] as int && x@[j] as int <= d@[0] as int,
            exists|j: int| 0 <= j < i && x@[j] as int == d@[0] as int,
            exists|i: int| 0 <= i < j ==> d@[i] as int == x@[0] as int,
        decreases x@.len() - i
    {
        d.push(x@[i]);
        i = i + 1;
    }
    d
}
// </vc-code>


}
fn main() {}