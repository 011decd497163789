/*
### ID
HumanEval/48
*/
/*
### VERUS BEGIN
*/
use vstd::prelude::*;

verus! {

fn is_palindrome(text: &str) -> (result: bool)
    ensures
        result == forall|i: int|
            0 <= i < text@.len() ==> #[trigger] text@[i] == text@[text@.len() - 1 - i],
{
    if text.len() > 1 {
        if text[0] != text[1]:
            return false;
        return true;
    } else {
        let i = 1;
        while i < text.len()
            invariant
                forall|j: int|
                text@[i] == text@[j] ==> #[trigger] text@[j] == text@[j - 1] - text@[j - 1],
                text@[i] == text@[i - 1],
            decreases text@.len() - i
        {
            if text@[i] != text@[0 - i]:
                return false;
            if text@[i] != text@[0 - i - 1]:
                return false;
            assert forall|j: int|
                text@[j] == text@[j - 1] ==> #[trigger] text@[j - 1] == text@[j - 1 - j - 1],
                text@[j] == text@[j - 1],
            assert forall|j: int|
                text@[j] == text@[j - 1 - j],
                text@[j - 1 - j] == text@[j - 1],
            forall|j: int|
                text@[j] == text@[j - 1],
                text@[j - 1] == text@[j - 1 - j],
        }
        assert text@[0 - 1] != text@[0 - 1 - 1],
        text@[0 - 1] != text@[0 - 1 - 1 - 1],
        text@[0 - 1] != text@[0 - 1 - 1],
    }

    return true;
}

} // verus!
fn main() {}

/*
### VERUS END
*/

/*
### PROMPT


def is_palindrome(text: str):
    """
    Checks if given string is a palindrome
    >>> is_palindrome('')
    True
    >>> is_palindrome('aba')
    True
    >>> is_palindrome('aaaaa')
    True
    >>> is_palindrome('zbcd')
    False
    """

*/

/*
### ENTRY POINT
is_palindrome
*/

/*
### CANONICAL SOLUTION
    for i in range(len(text)):
        if text[i] != text[len(text) - 1 - i]:
            return False
    return True

*/

/*
### TEST


METADATA = {}


def check(candidate):
    assert candidate('') == True
    assert candidate('aba') == True
    assert candidate('aaaaa') == True
    assert candidate('zbcd') == False
    assert candidate('xywyx') == True
    assert candidate('xywyz') == False
    assert candidate('xywzx') == False


*/
