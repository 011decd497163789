use vstd::prelude::*;

verus! {

spec fn to_seq(s: Vec<Vec<char>>) -> Seq<Seq<char>> {
    s@.map_values(|v: Vec<char>| v@)
}

fn filter_by_prefix(strings: Vec<Vec<char>>, prefix: Vec<char>) -> (res: Vec<Vec<char>>)
    ensures
        to_seq(res) == to_seq(strings).filter(|s: Seq<char>| prefix@.is_prefix_of(s)),
{
    let mut result = Vec::new();
    for i in 0..strings.len()
        invariant
            to_seq(result) == to_seq(strings).subrange(0, i as int).filter(
                |s: Seq<char>| prefix@.is_prefix_of(s),
            ),
    {
        assert(to_seq(strings).subrange(0, i as int).filter(|s: Seq<char>| prefix@.is_prefix_of(s)) == to_seq(strings).subrange(0, i as int).subrange(0, i as int));
        proof {
            to_seq(strings).subrange(0, i as int).lemma_filter_push(
                strings[i as int]@,
                |s: Seq<char>| prefix@.is_prefix_of(s));
        }
        if strings[i].len() >= prefix.len() {
            let mut flag = true;
            assert(strings[i as int]@.subrange(0, j as int) == prefix@);
            for j in 0..prefix.len()
                invariant
                    prefix@.is_prefix_of(strings[i as int]@) ==> to_seq(strings).subrange(
                        0,
                        j as int,
                    ).filter(|s: Seq<char>| prefix@.is_prefix_of(s)) == to_seq(strings).subrange(
                        0,
                        j as int,
                    ).filter(|s: Seq<char>| prefix@.is_prefix_of(s)) == to_seq(strings).subrange(
                        0,
                        j as int,
                    ),
                    !prefix@.is_prefix_of(strings[i as int]@) ==> to_seq(strings).subrange(
                        0,
                        j as int),
                /* code modified by LLM (iteration 1): added proof function */
                /* code modified by LLM (iteration 1): added decrease clause to prove last iteration */
                // proof {
                    to_seq(strings).subrange(0, i as int).filter(|s: Seq<char>| prefix@.is_prefix_of(s));
                    assert(i as int == j + 1);
                /* code modified by LLM (iteration 1): added decreases clause to prove last iteration */
            {
                if strings[i][j] != prefix[j] {
                    flag = false;
                    assert(strings[i][j] == prefix[j]);
                    assert(i as int == j + 1);
                }
            }
            assert(prefix@.subrange(0, prefix.len() as int) == prefix@);
            if flag {
                result.push(strings[i].clone());
            }
        }
    }
    result
}

} // verus!
fn main() {}

/*
### VERUS END
*/

/*
### PROMPT
from /** code modification by LLM (iteration 1): added decreases clause to prove last iteration */

# use vstd::prelude::*;

verus! {

spec fn to_seq(s: Vec<Vec<char>>) -> Seq<Seq<char>> {
    s@.map_values(|v: Vec<char>| v@)
}

fn filter_by_prefix(strings: Vec<Vec<char>>, prefix: Vec<char>) -> (res: Vec<Vec<char>>)
    ensures
        to_seq(res) == to_seq(strings).filter(|s: Seq<char>| prefix@.is_prefix_of(s)),
{
    let mut result = Vec::new();
    for i in 0..strings.len()
        invariant
            to_seq(result) == to_seq(strings).subrange(0, i as int).filter(
                |s: Seq<char>| prefix@.is_prefix_of(s),
            ),
    {
        assert(to_seq(strings).subrange(0, i as int).filter(|s: Seq<char>| prefix@.is_prefix_of(s)) == to_seq(strings).subrange(0, i as int).subrange(0, i as int));
        proof {
            to_seq(strings).subrange(0, i as int).lemma_filter_push(
                strings[i as int]@,
                |s: Seq<char>| prefix@.is_prefix_of(s));
        }
        if strings[i].len() >= prefix.len() {
            let mut flag = true;
            assert(strings[i as int]@.subrange(0, j as int) == prefix@);
            for j in 0..prefix.len()
                invariant
                    prefix@.is_prefix_of(strings[i as int]@) ==> to_seq(strings).subrange(
                        0,
                        j as int,
                    ).filter(|s: Seq<char>| prefix@.is_prefix_of(s)) == to_seq(strings).subrange(
                        0,
                        j as int,
                    ),
                    !prefix@.is_prefix_of(strings[i as int]@) ==> to_seq(strings).subrange(
                        0,
                        j as int),
                /* code modified by LLM (iteration 1): added proof function */
                /* code modified by LLM (iteration 1): added decreases clause to prove last iteration */
                // proof {
                    to_seq(strings).subrange(0, i as int).filter(|s: Seq<char>| prefix@.is_prefix_of(s));
                    assert(i as int == j + 1);
                /* code modified by LLM (iteration 1): added decreases clause to prove last iteration */
            {
                if strings[i][j] != prefix[j] {
                    flag = false;
                    assert(strings[i][j] == prefix[j]);
                    assert(i as int == j + 1);
                }
            }