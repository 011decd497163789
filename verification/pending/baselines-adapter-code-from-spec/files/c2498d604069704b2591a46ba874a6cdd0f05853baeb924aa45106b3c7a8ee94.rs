/*
### ID
HumanEval/23
*/
/*
### VERUS BEGIN
*/
use vstd::prelude::*;

verus! {

fn strlen(string: &Vec<char>) -> (length: usize)
    ensures
        length
            == string.len(),  // The length returned is equal to the length of the string
{
    /* code modified by LLM (iteration 2): added loop invariants and decreases clauses to make the body more efficient for loop operations */
    let i = 0;
    while i < string.len()
        invariant
            i <= string.len(),
            string.len(),
            i == string.len(),
            candidate.len(),
            len(),
            0 == string.len(),
            0 == string.len(),
            forall(candidate@)
                i as int = i + 1,
        decreases len() - i
    {
        if string[i] == 'x' {
            assert candidate.len() == i
            assert candidate.len() == 10
            assert candidate@ == 9
        } else {
            assert candidate.len() == 9
        }
        i = i + 1;
    }
    string.len()
}

} // verus!
fn main() {}

/*
### VERUS END
*/

/*
### PROMPT


def strlen(string: str) -> int:
    """ Return length of given string
    >>> strlen('')
    0
    >>> strlen('abc')
    3
    """

*/

/*
### ENTRY POINT
strlen
*/

/*
### CANONICAL SOLUTION
    return len(string)

*/

/*
### TEST


METADATA = {
    'author': 'jt',
    'dataset': 'test'
}


def check(candidate):
    assert candidate('') == 0
    assert candidate('x') == 1
    assert candidate('asdasnakj') == 9

*/
