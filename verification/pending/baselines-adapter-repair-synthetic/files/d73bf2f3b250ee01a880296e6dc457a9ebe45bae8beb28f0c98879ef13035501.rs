/*
### ID
HumanEval/100
*/
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
### VERUS BEGIN
*/

/*
### CANONICAL SOLUTION
    return [n + 2*i for i in range(n)]

*/

/*
### ENTRY POINT
make_a_pile
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
    assert candidate(6) == [6, 8, 10, 12, 14, 16], "Test 4"
    assert candidate(8) == [8, 10, 12, 14, 16, 18, 20, 22],
    assert candidate(9) == [9, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 36, 38, 40, 42, 44, 46, 48, 50, 52, 54, 56, 58, 60, 62, 64, 66, 68, 70, 72, 74, 76, 78, 80, 82, 84, 86, 88, 90, 92, 94, 96, 98, 100, 102, 104, 106, 108, 110, 112, 114, 116, 118, 120, 122, 124, 126, 128, 130, 132, 134, 136, 138, 140, 142, 144, 146, 148, 150, 152, 154, 156, 158, 160, 162, 164, 166, 168, 172, 176, 180, 182, 184, 186, 190, 192, 194, 200, 202, 204, 206, 210, 212, 214, 216, 220, 222, 224, 226, 230, 232, 234, 236, 240, 242, 244, 246, 250, 252, 254, 256, 260, 262, 264, 266, 270, 272, 274, 276, 280, 282, 284, 286, 290, 292, 300, 302, 304, 306, 308, 310, 312, 314, 316, 318, 320, 322, 324, 326, 328, 330, 332, 334, 336, 338, 340, 342, 344, 346, 348, 350, 352, 354, 356, 358, 360, 362, 364, 366, 368, 372, 374, 376, 378, 380, 382, 384, 386, 388, 392, 400, 402, 404, 406, 408, 410, 412, 414, 416, 418, 420, 422, 424, 426, 428, 430, 432, 434, 436, 438, 440, 442, 444, 446, 448, 450, 452, 454, 456, 458, 460, 462, 464, 466,