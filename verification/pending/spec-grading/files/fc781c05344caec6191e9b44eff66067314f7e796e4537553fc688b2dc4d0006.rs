/*
### ID
HumanEval/157
*/
/*
### VERUS BEGIN
*/
use vstd::prelude::*;

verus! {

fn right_angle_triangle(a: u32, b: u32, c: u32) -> (is: bool)
    by (nonlinear_arith)
    ensures
        is <==> (a * a + b * b == c * c || a * a + c * c == b * b || b * b + c * c == a * a),
{
    let (a, b, c) = (a as u128, b as u128, c as u128);
    a * a + b * b == c * c || a * a + c * c == b * b || b * b + c * c == a * a
}

proof fn __verusbench_pre_ref_implies_pred(a: u32, b: u32, c: u32, is: bool)
{
}

proof fn __verusbench_post_pred_implies_ref(a: u32, b: u32, c: u32, is: bool)
    requires
        (is <==> (a * a + b * b == c * c || a * a + c * c == b * b || b * b + c * c == a * a)),
    ensures
        (is <==> (a * a + b * b == c * c || a * a + c * c == b * b || b * b + c * c == a * a)),
{
}

proof fn __verusbench_pre_pred_implies_ref(a: u32, b: u32, c: u32, is: bool)
{
}

proof fn __verusbench_post_ref_implies_pred(a: u32, b: u32, c: u32, is: bool)
    requires
        (is <==> (a * a + b * b == c * c || a * a + c * c == b * b || b * b + c * c == a * a)),
    ensures
        (is <==> (a * a + b * b == c * c || a * a + c * c == b * b || b * b + c * c == a * a)),
{
}

} // verus!
fn main() {}

/*
### VERUS END
*/

/*
### PROMPT

def right_angle_triangle(a, b, c):
    '''
    Given the lengths of the three sides of a triangle. Return True if the three
    sides form a right-angled triangle, False otherwise.
    A right-angled triangle is a triangle in which one angle is right angle or
    90 degree.
    Example:
    right_angle_triangle(3, 4, 5) == True
    right_angle_triangle(1, 2, 3) == False
    '''

*/

/*
### ENTRY POINT
right_angle_triangle
*/

/*
### CANONICAL SOLUTION
    return a*a == b*b + c*c or b*b == a*a + c*c or c*c == a*a + b*b

*/

/*
### TEST
def check(candidate):

    # Check some simple cases
    assert candidate(3, 4, 5) == True, "This prints if this assert fails 1 (good for debugging!)"
    assert candidate(1, 2, 3) == False
    assert candidate(10, 6, 8) == True
    assert candidate(2, 2, 2) == False
    assert candidate(7, 24, 25) == True
    assert candidate(10, 5, 7) == False
    assert candidate(5, 12, 13) == True
    assert candidate(15, 8, 17) == True
    assert candidate(48, 55, 73) == True

    # Check some edge cases that are easy to work out by hand.
    assert candidate(1, 1, 1) == False, "This prints if this assert fails 2 (also good for debugging!)"
    assert candidate(2, 2, 10) == False


*/
