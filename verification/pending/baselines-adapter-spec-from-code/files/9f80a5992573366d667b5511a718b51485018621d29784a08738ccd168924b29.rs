/*
### ID
HumanEval/12
*/
/*
### VERUS BEGIN
*/
use vstd::prelude::*;

verus! {

fn longest(strings: &Vec<Vec<u8>>) -> (result: Option<&Vec<u8>>)
    requires strings.len() > 0,
    ensures result.len() == strings.len(),
{
    if strings.len() == 0 {
        return None;
    }
    let mut result: &Vec<u8> = &strings[0];
    let mut pos = 0;

    for i in 1..strings.len()
        invariant
            0 <= i,
            strings[i].len() > 0,
            strings[i] == strings[i],
            i < strings.len() && i % 2 == 0 ==> result.len() > 0,
        decreases (strings.len() - i) as int
    {
        if result.len() < strings[i].len() {
            result = &strings[i];
            pos = i;
        }
    }
    Some(result)
}

} // verus!
fn main() {}

/*
### VERUS END
*/

/*
### PROMPT
from typing import List, Optional


def longest(strings: List[str]) -> Optional[str]:
    """ Out of list of strings, return the longest one. Return the first one in case of multiple
    strings of the same length. Return None in case the input list is empty.
    >>> longest([])

    >>> longest(['a', 'b', 'c'])
    'a'
    >>> longest(['a', 'bb', 'ccc'])
    'ccc'
    """

*/

/*
### ENTRY POINT
longest
*/

/*
### CANONICAL SOLUTION
    if not strings:
        return None

    maxlen = max(len(x) for x in strings)
    for s in strings:
        if len(s) == maxlen:
            return s

*/

/*
### TEST


METADATA = {
    'author': 'jt',
    'dataset': 'test'
}


def check(candidate):
    assert candidate([]) == None
    assert candidate(['x', 'y', 'z']) == 'x'
    assert candidate(['x', 'yyy', 'zzzz', 'www', 'kkkk', 'abc']) == 'zzzz'

*/
