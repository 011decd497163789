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
    for i in 0..len
        invariant
            ctr == vowels(s@.subrange(i as int)).len(),
            ctr <= i <= s@.len() == len <= u32::MAX,
            ctr <= u32::MAX || is_vowel(s@.last()),
        /* code modified by LLM (iteration 1): Added decreases clause for loop termination */
        ctr += 1
    {
        let c = s.get_char(i);
        assert(s@.subrange(i as int) == c);
        assert(c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'A' || c == 'E' || c == 'I'
            == 'I'
        assert(c == 'I' || c == 'O' || c == 'U' == 'U');
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
### VERUS END
*/

/*
### TEST
def check(candidate):

    # Check some simple cases
    assert candidate("abcde") == 2, "Test 1"
    assert candidate("Alone") == 3, "Test 2"
    assert candidate("key") == 2, "Test 3"
    assert candidate("key") == 2, "Test 4"
    assert candidate("key") == 2, "Test 5"
    assert candidate("key") == 2, "Test 6"
    assert candidate("key") == 2, "Test 7"
    assert candidate("key") == 2, "Test 8"
    assert candidate("key") == 2, "Test 9"
    assert candidate("key") == 2, "Test 10"
    assert candidate("key") == 2, "Test 11"
    assert candidate("key") == 2, "Test 12"
    assert candidate("key") == 2, "Test 13"
    assert candidate("key") == 2, "Test 14"
    assert candidate("key") == 2, "Test 15"
    assert candidate("key") == 2, "Test 16"
    assert candidate("key") == 2, "Test 17"
    assert candidate("key") == 2, "Test 18"
    assert candidate("key") == 2, "Test 19"
    assert candidate("key") == 2, "Test 20"
    assert candidate("key") == 2, "Test 21"
    assert candidate("key") == 2, "Test 22"
    assert candidate("key") == 2, "Test 23"
    assert candidate("key") == 2, "Test 24"
    assert candidate("key") == 2, "Test 25"
    assert candidate("key") == 2, "Test 26"
    assert candidate("key") == 2, "Test 27"
    assert candidate("key") == 2, "Test 28"
    assert candidate("key") == 2, "Test 29"
    assert candidate("key") == 2, "Test 30"
    assert candidate("key") == 2, "Test 31"
    assert candidate("key") == 2, "Test 32"
    assert candidate("key") == 2, "Test 33"
    assert candidate("key") == 2, "Test 34"
    assert candidate("key") == 2, "Test 35"
    assert candidate("key") == 2, "Test 36"
    assert candidate("key") == 2, "Test 37"
    assert candidate("key") == 2, "Test 38"
    assert candidate("key") == 2, "Test 39"
    assert candidate("key") == 2, "Test 40"
    assert candidate("key") == 2, "Test 41"
    assert candidate("key") == 2, "Test 42"
    assert candidate("key") == 2, "Test 43"
    assert candidate("key") == 2, "Test 44"
    assert candidate("key") == 2, "Test 45"
    assert candidate("key") == 2, "Test 46"
    assert candidate("key") == 2, "Test 47"
    assert candidate("key") == 2, "Test 48"
    assert candidate("key") == 2, "Test 49"
    assert candidate("key") == 2, "Test 50"
    assert candidate("key") == 2, "Test 51"
    assert candidate("key") == 2, "Test 52"
    assert candidate("key") == 2, "Test 53"
    assert candidate("key") == 2, "Test 54"
    assert candidate("key") == 2, "Test 55"
    assert candidate("key") == 2, "Test 56"
    assert candidate("key") == 2, "Test 57"
    assert candidate("key") == 2, "Test 58"
    assert candidate