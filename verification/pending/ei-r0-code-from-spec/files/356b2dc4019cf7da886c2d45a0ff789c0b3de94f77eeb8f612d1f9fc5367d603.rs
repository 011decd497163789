// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn max_nat(a: nat, b: nat) -> nat {
    if a >= b { a } else { b }
}

spec fn is_suffix_of<T>(suffix: Seq<T>, full: Seq<T>) -> bool {
    suffix.len() <= full.len() && 
    full.subrange(full.len() - suffix.len(), full.len() as int) == suffix
}
// </vc-preamble>

// <vc-helpers>
/* helper modified by LLM (iteration 2): Proves that the right operand is a suffix of the concatenation */
proof fn suffix_of_concat_right<A>(a: Seq<A>, b: Seq<A>)
    ensures
        is_suffix_of(b, a + b),
{
    assert((a + b).len() == a.len() + b.len());
    assert(b.len() <= (a + b).len());
    assert(((a + b).len() - b.len()) as int == a.len() as int);
    assert((a + b).subrange(a.len() as int, (a + b).len() as int) == b);
}
// </vc-helpers>

// <vc-spec>
fn rjust(orig: Vec<char>, width: u8, fillchar: char) -> (res: Vec<char>)
    ensures
        res.len() == max_nat(orig.len() as nat, width as nat),
        (orig.len() >= width as usize ==> res@ == orig@) &&
        (orig.len() < width as usize ==> res.len() == width as usize && is_suffix_of(orig@, res@)) &&
        (orig.len() >= width as usize ==> res.len() == orig.len()) &&
        (orig.len() < width as usize ==> res.len() == width as usize) &&
        (orig.len() == 0 ==> res.len() == width as usize)
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): Fix incorrect expression in a loop to handle overflows */
    let mut res: Vec<char> = Vec::new();
    let mut i: usize = 0;
    while i < width
        invariant
            res@ <= max_nat(res.len()),
            i < res.len(),
            res@.len() == res.len(),
            i as int == res.len() as int,
        decreases (res.len() as int) - (i as int)
    {
        res.push(fillchar);
        i = i + 1;
    }
    res
}
// </vc-code>

}
fn main() {}