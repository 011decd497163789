use vstd::prelude::*;

verus! {

fn make_a_pile(n: usize) -> (pile: Vec<usize>)
    requires
        n + (2 * n) <= usize::MAX,
    ensures
        pile.len() == n,
        n > 0 ==> pile[0] == n,
        forall|i: int| #![trigger pile[i]] 1 <= i < n ==> pile[i] == pile[i - 1] + 2,
{
    if n == 0 {
        return vec![];
    }
    let mut pile = vec![n];
    for i in 1..n
        invariant
            pile.len() == i,
            pile[i - 1] + (2 * (n - i)) <= usize::MAX,
            forall|j: int| #![trigger pile[j]] 1 <= j < i ==> pile[j] == pile[j - 1] + 2,
    {
        let prev = pile[i - 1];
        pile.push(prev + 2);
    }
    pile
}

} // verus!
fn main() {}

/*
### PROMPT

def check(candidate):

    # Check some simple cases
    assert candidate(3) == [3, 5, 7], "Test 3"
    assert candidate(4) == [4, 6, 8, 10], "Test 4"
    assert candidate(5) == [5, 7, 9, 11, 13], "Test 4"
    assert candidate(6) == [6, 8, 10, 12, 14, 16], "Test 5"
    assert candidate(8) == [8, 10, 12, 14, 16, 18, 20, 22]

    # Check some edge cases that are easy to work out by hand.
    assert True, "This prints if this assert fails 2 (also good for debugging!)"


*/

/*
### CANONICAL SOLUTION
    return [n + 2*i for i in range(n)]

*/

/*
### TEST
def check(candidate):

    # Check some simple cases
    assert candidate(3) == [3, 5, 7], "Test 3"
    assert candidate(4) == [4, 6, 8, 10], "Test 4"
    assert candidate(5) == [5, 7, 9, 11, 13], "Test 4"
    assert candidate(6) == [6, 8, 10, 12, 14, 16], "Test 5"
    assert candidate(8) == [8, 10, 12, 14, 16, 18, 20, 22]

    # Check some edge cases that are easy to work out by hand.
    assert True, "This prints if this assert fails 2 (also good for debugging!)"


*/
