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
    string.len()
}

proof fn __verusbench_pre_ref_implies_pred(string: &Vec<char>, length: usize)
{
}

proof fn __verusbench_post_pred_implies_ref(string: &Vec<char>, length: usize)
    requires
        (length == string.len()),
        (forall|i: int| 0 <= i < length ==> string[i] == string[length - i]),
    ensures
        (length
            == string.len()),
{
}

proof fn __verusbench_pre_pred_implies_ref(string: &Vec<char>, length: usize)
{
}

proof fn __verusbench_post_ref_implies_pred(string: &Vec<char>, length: usize)
    requires
        (length
            == string.len()),
    ensures
        (length == string.len()),
        (forall|i: int| 0 <= i < length ==> string[i] == string[length - i]),
{
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
