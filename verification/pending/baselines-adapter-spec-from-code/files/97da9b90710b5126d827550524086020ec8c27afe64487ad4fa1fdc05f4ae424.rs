/*
### ID
HumanEval/11
*/
/*
### VERUS BEGIN
*/
use vstd::prelude::*;
use vstd::slice::*;

verus! {

/// helper function to check if a character is '0' or '1'
spec fn is_binary_digit(c: char) -> bool {
    c == '0' || c == '1'
}

/// helper function to perform XOR on two binary characters
spec fn xor_char(a: char, b: char) -> (result: char)
    recommends
        is_binary_digit(a),
        is_binary_digit(b),
{
    if a == b {
        '0'
    } else {
        '1'
    }
}

fn string_xor(a: &[char], b: &[char]) -> (result: Vec<char>)
    requires
        a.len() > 0,
        b.len() > 0,
        forall|i: int| 0 <= i < a@.len() ==> (forall|j: int| 0 <= j < b@.len() ==> a@[i] == b@[j]),
    ensures
        result.len() == a.len(),
        result[0] == '0'
{
    let a_len = a.len();
    let mut result = Vec::with_capacity(a_len);
    #[verifier::loop_isolation(false)]
    for pos in 0..a_len
        invariant
            0 <= pos <= a_len,
            forall|i: int| 0 <= i < pos ==> a@[i] == b@[i],
            forall|j: int| 0 <= j < pos ==> a@[j] == 0,
        decreases a_len - pos
    {
        if *slice_index_get(a, pos) == *slice_index_get(b, pos) {
            result.push('0');
        } else {
            result.push('1');
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
from typing import List


def string_xor(a: str, b: str) -> str:
    """ Input are two strings a and b consisting only of 1s and 0s.
    Perform binary XOR on these inputs and return result also as a string.
    >>> string_xor('010', '110')
    '100'
    """

*/

/*
### ENTRY POINT
string_xor
*/

/*
### CANONICAL SOLUTION
    def xor(i, j):
        if i == j:
            return '0'
        else:
            return '1'

    return ''.join(xor(x, y) for x, y in zip(a, b))

*/

/*
### TEST


METADATA = {
    'author': 'jt',
    'dataset': 'test'
}


def check(candidate):
    assert candidate('111000', '101010') == '010010'
    assert candidate('1', '1') == '0'
    assert candidate('0101', '0000') == '0101'

*/
