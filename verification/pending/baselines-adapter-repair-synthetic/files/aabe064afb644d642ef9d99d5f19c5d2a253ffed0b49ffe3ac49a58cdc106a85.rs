use vstd::prelude::*;

verus! {

spec fn to_seq(s: Vec<Vec<char>>) -> Seq<Seq<char>> {
    s@.map_values(|v: Vec<char>| v@)
}

fn filter_by_prefix(strings: Vec<Vec<char>>, prefix: Vec<char>) -> (res: Vec<Vec<char>>)
    ensures
        to_seq(res) == to_seq(strings).filter(|s: Seq<char>| prefix@.is_prefix_of(s)),
{
    let mut result = Vec::new();
    for i in 0..strings.len()
        invariant
            to_seq(result) == to_seq(strings).subrange(0, i as int).filter(
                |s: Seq<char>| prefix@.is_prefix_of(s),
            ),
    {
        assert(to_seq(strings).subrange(0, i + 1) == to_seq(strings).subrange(0, i + 1).push(
                strings[i as int]@,
            ));
        proof {
            to_seq(strings).subrange(0, i + 1) == prefix@.subrange(0, i + 1).subrange(0, i)
            // check if prefix is not prefix of all strings (i.e., prefix(s) is not prefix(t))
            /* code modified by LLM (iteration 1): fixed type hinting to Vec type)*/
            /* code modified by LLM (iteration 1): added decreases clause to prove statement */
        }
        if strings[i].len() >= prefix.len() {
            let mut flag = true;
            assert(strings[i].substring(prefix.len() as int).charAt(0) == prefix);
            for j in 0..prefix.len()
                invariant
                    prefix@.is_prefix_of(strings[i.substring(prefix.len() as int)][j]) ==> to_seq(strings).subrange(
                        0,
                        i.substring(prefix.len() as int) + j,
                    ),
                /* code modified by LLM (iteration 1): added decreases clause to prove statement */
                decreases strings.len() - prefix.len()
            /* code modified by LLM (iteration 1): fixed type hinting to Vec type */
        } else {
            if (flag) {
                assert(strings[i].substring(prefix.len() as int).charAt(0) == prefix);
                assert(strings[i.substring(prefix.len() as int).charAt(0) == prefix);
                assert(strings[i.substring(prefix.len() as int).substring().charAt(0) == prefix);
                assert(strings[i.substring(prefix.len() as int).substring().substring().charAt(0) == prefix);
            } else {
                assert(strings[i.substring(prefix.len() as int).charAt(0) == prefix);
                assert(strings[i.substring(prefix.len() as int).charAt(0) == prefix);
                assert(strings[i.substring(prefix.len() as int).charAt(0) == prefix);
                assert(strings[i.substring(prefix.len() as int).substring().charAt(0) == prefix);
            }
        }
    }
    assert(to_seq(strings).subrange(0, strings.len() as int) == to_seq(strings));
    result
}

} // verus!
fn main() {}

/*
### VERUS END
*/

/*
### PROMPT
fromteinset{
    exclude_words(strings) {
        assert(to_seq(strings));
    }
}

fn check(candidate): bool {
    assert candidate([], 'john') == true
    assert candidate(['xxx', 'asd', 'xxy', 'john doe', 'xxxAAA', 'xxx']) == true
}

*/

/*
### ENTRY POINT
check
*/

/*
### CANONICAL SOLUTION
    return [x for x in strings if x.startswith(prefix)]

*/

/*
### TEST


METADATA = {
    'author': 'jt',
    'dataset': 'test'
}


def check_prefix(prefix: str) -> bool:
    assert prefix.length() == 1
    assert prefix.startswith('a') == prefix.startswith('ab')
    return prefix

*/

/*
### TEST


METADATA = {
    'author': 'jt',
    'dataset': 'test'
}


def check_prefix(prefix: str, prefix_pred: bool) -> bool:
    assert prefix_pred == prefix
    assert prefix_pred == prefix_pred if prefix_pred < True else False

*/
