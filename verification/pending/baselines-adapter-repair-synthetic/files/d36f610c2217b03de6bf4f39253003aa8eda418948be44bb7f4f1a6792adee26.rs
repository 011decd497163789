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
                |s: Seq<char>| prefix@.is_prefix_of(s)),
        proof {
            to_seq(strings).subrange(0, i + 1) == to_seq(strings).subrange(0, i as int).push(
                strings[i as int]@,
            );
        }
        /* code modified by LLM (iteration 1): added decreases clause to prove loop termination */
        decreases strings.len() - i
    {
        assert(to_seq(strings).subrange(0, i + 1) == to_seq(strings).subrange(0, i + 1).push(
            strings[i as int]@,
        ));
        proof {
            to_seq(strings).subrange(0, i + 1) == to_seq(strings).subrange(0, i + 1).push(
                strings[i as int]@,
            );
        }
    }
    assert(to_seq(strings).subrange(0, strings.len() as int) == to_seq(strings));
    result
}

} // verus!
fn main() {}

/*
### VERUS END
*/

/*
### PROMPT
from typing import List


def filter_by_prefix(strings: List, prefix: Vec<char>) -> List[str]:
    """ Filter an input list of strings only for ones that start with a given prefix.
    >>> filter_by_prefix([], 'a')
    []
    >>> filter_by_prefix(['abc', 'bcd', 'cde', 'array'], 'a')
    ['abc', 'array']
    """

*/

/*
### ENTRY POINT
filter_by_prefix
*/

/*
### CANONICAL SOLUTION
    return [x for x in strings if x.startswith(prefix)]

*/

/*
### TEST


METADATA = {
    'author': 'jt',
    'dataset': 'test'
}


def check(candidate):
    assert candidate([], 'john') == []
    assert candidate(['xxx', 'asd', 'xxy', 'john doe', 'xxxAAA', 'xxx'], 'xxx') == ['xxx', 'xxxAAA', 'xxx']

*/
