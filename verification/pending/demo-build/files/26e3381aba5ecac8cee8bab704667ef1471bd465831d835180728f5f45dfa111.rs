// verusbench demo: exec recursion over a slice of a Vec, with a spec fn on subranges (verified: unchecked)
use vstd::prelude::*;

verus! {

spec fn sum_from(s: Seq<u32>, i: int) -> int
    decreases s.len() - i,
{
    if i >= s.len() { 0 } else { s[i] + sum_from(s, i + 1) }
}

proof fn lemma_sum_from_bound(s: Seq<u32>, i: int)
    requires
        0 <= i <= s.len(),
    ensures
        0 <= sum_from(s, i) <= (s.len() - i) * 0xffff_ffff,
{
    if i < s.len() {
        lemma_sum_from_bound(s, i + 1);
    }
}

fn sum_rec(v: &Vec<u32>, i: usize) -> (r: u64)
    requires
        i <= v.len(),
        v.len() <= 0x1_0000,
    ensures
        r == sum_from(v@, i as int),
    decreases v.len() - i,
{
    if i == v.len() {
        0
    } else {
        let rest = sum_rec(v, i + 1);
        proof {
            lemma_sum_from_bound(v@, i as int);
        }
        v[i] as u64 + rest
    }
}

} // verus!

fn main() {}
