// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_i8_one_positive()
    ensures
        (1i8 as int) > 0,
{
}

// </vc-helpers>

// <vc-spec>
fn logspace(start: i8, stop: i8, endpoint: bool, base: i8, num: usize) -> (result: Vec<i8>)
    requires 
        base as int > 0,
        base as int != 1,
        num > 0,
    ensures
        result.len() == num,
        forall|i: int| 0 <= i < num ==> result@[i] as int > 0,
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 3): fixed edge length error */
    /* code modified by LLM (iteration 3): added invariant */
    let mut result: Vec<i8> = Vec::new();
    let mut i: usize = start as int;
    while i < stop
        invariant
            i <= stop,
            result.len() == i,
            forall|j: int| 0 <= j < i as int ==> result@[j] as int > 0,
            result@[i] as int > 0,
        decreases start as int - i
    {
        let num = base as int;
        let t = stop as int;
        let i2 = i as int;
        let j2 = j2 as int;
        proof {
            assert(base as int > 0);
            assert(num as int != 1);
            assert(t < 1);
            assert(j2 < i);
            assert(num == t);
            assert(i2 as int == j2 as int);
            assert(j2 < i);
            assert(j2 as int == j2);
            assert(i2 as int == j2 as int);
            assert(j2 < i);
            assert(j2 as int == i);
            assert(i2 as int == j2 as int);
        }
        result.push(num);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}