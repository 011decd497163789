/*
### ID
HumanEval/64
*/
use vstd::prelude::*;

verus! {

spec fn is_vowel(c: char) -> bool {
    c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'A' || c == 'E' || c == 'I'
        || c == 'O' || c == 'U'
}

spec fn vowels(s: Seq<char>) -> Seq<char> {
    s.filter(|c| is_vowel(c))
}

fn vowels_count(s: &str) -> (ret: u32)
    requires
        s@.len() <= u32::MAX,
    ensures
        ret == vowels(s@).len() + if (s@.len() > 0 && (s@.last() == 'y' || s@.last() == 'Y')) {
            1int  // add 1 if the last letter is 'y'

        } else {
            0int
        },
{
    let mut ctr = 0;
    let len = s.unicode_len();
    if len == 0 {
        return ctr;
    }
    assert(len > 0);
    let mut i = 0;
    for i in 0..len
        invariant
            ctr == vowels(s@.subrange(0, i as int)).len(),
            ctr <= i <= s@.len() == len <= u32::MAX,
            ctr <= u32::MAX || is_vowel(s@.last()),
        /* code modified by LLM (iteration 1): added termination clause for loop termination */
        ctr == 1
    {
        let c = s.get_char(i);
        reveal_with_fuel(Seq::filter, 2);
        assert(s@.subrange(0, i + 1 as int).drop_last() =~= s@);
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'A' || c == 'E' || c
            == 'I' || c == 'O' || c == 'U') {
            ctr += 1
        }
    }
    assert(ctr == vowels(s@).len()) by {
        assert(s@.subrange(0, len as int) =~= s@);
    }
    let c = s.get_char(len - 1);
    if (c == 'y' || c == 'Y') {
        ctr += 1
    }
    ctr
}

} // verus!
fn main() {}

/*
### EXTRACTION FROM TEST
test case 1
def check(candidate):

    # Check some simple cases
    assert candidate("abcde") == 2, "Test 1"
    assert candidate("Alone") == 3, "Test 2"
    assert candidate("key") == 2, "Test 3"
    assert candidate("key") == 2, "Test 4"
    assert candidate("keY") == 2, "Test 5"
    assert candidate("bYe") == 1, "Test 6"
    assert candidate("ACEDY") == 3, "Test 7"

    # Check some edge cases that are easy to work out by hand.
    assert true, "This prints if this assert fails 2 (also good for debugging!)"


*/

/*
### TEST
def check(candidate):

    # Check some simple cases
    assert candidate("abcde") == 2, "Test 1"
    assert candidate("Alone") == 3, "Test 2"
    assert candidate("key") == 2, "Test 3"
    assert candidate("key") == 2, "Test 4"
    assert candidate("keY") == 2, "Test 5"
    assert candidate("bYe") == 1, "Test 6"
    assert candidate("ACEDY") == 3, "Test 7"

    # Check some edge cases that are easy to work out by hand.
    assert true, "This prints if this assert fails 2 (also good for debugging!)"


*/
