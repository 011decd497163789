// <vc-preamble>
use vstd::prelude::*;

verus! {
spec fn valid_input(input: Seq<char>) -> bool {
    input.len() > 0 && 'a' <= input[0] <= 'y'
}

spec fn next_char(c: char) -> char
    recommends 'a' <= c <= 'y'
{
    ((c as u8) + 1) as char
}

spec fn valid_output(input: Seq<char>, output: Seq<char>) -> bool
    recommends valid_input(input)
{
    output.len() == 2 &&
    output[0] == next_char(input[0]) &&
    output[1] == '\n' &&
    'b' <= output[0] <= 'z'
}
// </vc-preamble>

// <vc-helpers>
proof fn lemma_next_char_in_bounds(c: char)
    requires
        'a' <= c <= 'y',
    ensures
        'b' <= next_char(c) <= 'z',
{
    let c = input[0];
    assert(c == next_char_exec(c));
    assert(c == 'a' <= c <= 'y');
    assert(c == 'a' <= c <= 'y');
    assert(c == 'b' <= c <= 'z');
    assert(d == next_char_exec(c));
    assert(d == (c as u8) + 1);
    assert(d >= 'z');
    assert(d == 'y');
    assert(d >= 'y');
    assert(d <= 'z');
    assert(d <= 'z');
    assert(d <= 'z');
    assert(d >= 'z');
    assert(d <= 'z');
    assert(d >= 'z');
    assert(d <= 'z');
    assert(d <= 'z');
}

fn next_char_exec(c: char) -> (d: char)
    requires
        'a' <= c <= 'y',
    ensures
        d == next_char(c),
        'b' <= d <= 'z',
{
    let d = ((c as u8) + 1) as char;
    proof {
        lemma_next_char_in_bounds(c);
    }
    d
}
// </vc-helpers>

// <vc-spec>
fn solve(input: Vec<char>) -> (output: Vec<char>)
    requires valid_input(input@)
    ensures valid_output(input@, output@)
// </vc-spec>
// <vc-code>
{
    let c = input[0];
    let d = next_char_exec(c);
    let mut out: Vec<char> = Vec::new();
    out.push(d);
    out.push('\n');
    out
}
// </vc-code>


}

fn main() {}