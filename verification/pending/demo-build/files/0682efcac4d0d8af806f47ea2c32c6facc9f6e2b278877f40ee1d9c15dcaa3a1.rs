// verusbench demo: counting with a recursive spec fn over subranges (verified: unchecked)
use vstd::prelude::*;

verus! {

spec fn count(s: Seq<u32>, x: u32) -> nat
    decreases s.len(),
{
    if s.len() == 0 {
        0
    } else {
        count(s.drop_last(), x) + if s.last() == x { 1nat } else { 0nat }
    }
}

proof fn lemma_count_bounded(s: Seq<u32>, x: u32)
    ensures
        count(s, x) <= s.len(),
{
    if s.len() > 0 {
        lemma_count_bounded(s.drop_last(), x);
    }
}

fn count_occurrences(v: &Vec<u32>, x: u32) -> (c: usize)
    ensures
        c == count(v@, x),
{
    let mut c: usize = 0;
    let mut i: usize = 0;
    while i < v.len()
        invariant
            i <= v.len(),
            c == count(v@.subrange(0, i as int), x),
        decreases v.len() - i,
    {
        proof {
            let s = v@.subrange(0, (i + 1) as int);
            assert(s.drop_last() =~= v@.subrange(0, i as int));
            lemma_count_bounded(v@.subrange(0, i as int), x);
        }
        if v[i] == x {
            c = c + 1;
        }
        i = i + 1;
    }
    assert(v@.subrange(0, v.len() as int) =~= v@);
    c
}

} // verus!

fn main() {}
