// <vc-preamble>
use vstd::prelude::*;

verus! {
spec fn valid_input(input: Seq<char>) -> bool {
    let lines = split_lines(input);
    lines.len() >= 2 &&
    {
        let o = lines[0];
        let e = lines[1];
        let a = o.len();
        let b = e.len();
        (a == b || a == b + 1) &&
        (a > 0 || b == 0)
    }
}

spec fn split_lines(input: Seq<char>) -> Seq<Seq<char>> {
    /* Helper function to split input by newlines */
    seq![]  /* Placeholder - would need actual implementation */
}

spec fn get_o(input: Seq<char>) -> Seq<char>
    recommends valid_input(input)
{
    split_lines(input)[0]
}

spec fn get_e(input: Seq<char>) -> Seq<char>
    recommends valid_input(input)
{
    split_lines(input)[1]
}

spec fn correct_result(input: Seq<char>) -> Seq<char>
    recommends valid_input(input)
{
    let o = get_o(input);
    let e = get_e(input);
    let a = o.len();
    let b = e.len();
    if a == b {
        interleave_equal(o, e)
    } else {
        interleave_unequal(o, e)
    }
}

spec fn interleave_equal(o: Seq<char>, e: Seq<char>) -> Seq<char>
    recommends o.len() == e.len()
    decreases o.len()
{
    if o.len() == 0 {
        seq![]
    } else {
        seq![o[0], e[0]] + interleave_equal(o.subrange(1, o.len() as int), e.subrange(1, e.len() as int))
    }
}

spec fn interleave_unequal(o: Seq<char>, e: Seq<char>) -> Seq<char>
    recommends o.len() == e.len() + 1
    decreases e.len()
{
    if e.len() == 0 {
        o
    } else {
        seq![o[0], e[0]] + interleave_unequal(o.subrange(1, o.len() as int), e.subrange(1, e.len() as int))
    }
}
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn solve(input: Vec<char>) -> (result: Vec<char>)
    requires valid_input(input@)
    ensures result@ == correct_result(input@)
// </vc-spec>
// <vc-code>
{
    if input[0] == e[0] {
        assert(a == b);
        assert(a == e[0] as char);
        assert(b == e[0] as char);
        assert(a == b);
        assert(a == e[0] as char);
        assert(e[0] == e[0] as char);
        assert(e[0] == e[0] + 1);
        assert(e[0] == e[0] + 1);
    } else {
        assert(o == o[0]);
        assert(o[0] == e[0] as char);
        assert(o[0] == e[0] + 1);
        assert(o[0] == e[0] + 1);
    }
}
// </vc-code>


}

fn main() {}