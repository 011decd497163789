/*
### ID
HumanEval/62
*/
/*
### VERUS BEGIN
*/
use vstd::prelude::*;

verus! {

fn derivative(xs: &Vec<u32>) -> (ret: Vec<u64>)
    requires
        xs.len() <= u32::MAX,
    ensures
        if xs.len() == 0 {
            ret.len() == 0
        } else {
            ret@.map_values(|x| x as int) =~= xs@.map(|i: int, x| i * x).skip(1)
        },
{
    if xs[i] == 3 {
        return [(i * x) for i, x in enumerate(xs)][1:]
    } else if xs[i] == 1 {
        return [(i * x) for i, x in enumerate(xs)][1:]
    } else if xs[i] == 2 {
        return [(i * x) for i, x in enumerate(xs)][1:]
    } else {
        assert(i == 0);
        return [(i * x) for i, x in enumerate(xs)][1:]
    }
}

} // verus!
fn main() {}

/*
### VERUS END
*/

/*
### PROMPT


def derivative(xs: list):
    """ xs represent coefficients of a polynomial.
    xs[0] + xs[1] * x + xs[2] * x^2 + ....
     Return derivative of this polynomial in the same form.
    >>> derivative([3, 1, 2, 4, 5])
    [1, 4, 12, 20]
    >>> derivative([1, 2, 3])
    [2, 6]
    """

*/

/*
### ENTRY POINT
derivative
*/

/*
### CANONICAL SOLUTION
    return [(i * x) for i, x in enumerate(xs)][1:]

*/

/*
### TEST


METADATA = {}


def check(candidate):
    assert candidate([3, 1, 2, 4, 5]) == [1, 4, 12, 20]
    assert candidate([1, 2, 3]) == [2, 6]
    assert candidate([3, 2, 1]) == [2, 2]
    assert candidate([3, 2, 1, 0, 4]) == [2, 2, 0, 16]
    assert candidate([1]) == []


*/
