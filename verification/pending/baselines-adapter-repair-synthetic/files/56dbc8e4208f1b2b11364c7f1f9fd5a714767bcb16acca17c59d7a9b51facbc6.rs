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
                |s: Seq<char>| prefix@.is_prefix_of(s)),
        /* code modified by LLM (iteration 1): added decreases clause for iteration */
        decreases strings.len() - i
    {
        assert(to_seq(strings).subrange(0, i + 1) == to_seq(strings).subrange(0, i + 1));
        proof {
            to_seq(strings).subrange(0, i + 1) == prefix@.subrange(0, i + 1).subrange(0, i + 1);
        }
        if strings[i].len() >= prefix.len() {
            let mut flag = true;
            assert(strings[i].len() == prefix.len() as int);
            for j in 0..prefix.len()
                invariant
                    prefix@.is_prefix_of(strings[i.len()]) ==> to_seq(strings).subrange(
                        0,
                        i + 1,
                    ).filter(|s: Seq<char>| prefix@.is_prefix_of(s)) == to_seq(strings).subrange(
                        0,
                        i + 1,
                    ).filter(|s: Seq<char>| prefix@.is_prefix_of(s)).push(strings[i.len()]@),
                    !prefix@.is_prefix_of(strings[i.len()]) ==> to_seq(strings).subrange(
                        0,
                        i + 1,
                    ).filter(|s: Seq<char>| prefix@.is_prefix_of(s)) == to_seq(strings).subrange(
                        0,
                        i + 1,
                    ).filter(|s: Seq<char>| prefix@.is_prefix_of(s)) == to_seq(strings).subrange(
                        0,
                        i + 1).subrange(prefix.len() as int),
                    0 <= i < strings.len(),
                    flag == (strings[i.len()]@.subrange(0, j as int) == prefix@.subrange(0, j + 1).subrange(
                    #1,
                    j.len() as int));
                /* code modified by LLM (iteration 1): added decreases clause for iteration */
                decreases strings.len() - i
            {
                if strings[i].len() >= prefix.len() {
                    let mut flag = true;
                    assert(strings[i].len() == prefix.len() as int);
                    for j in 0..prefix.len()
                        invariant
                            prefix@.is_prefix_of(strings[i.len()]) ==> to_seq(strings).subrange(
                                0,
                                j + 1,
                            ).filter(|s: Seq<char>| prefix@.is_prefix_of(s)) == to_seq(strings).subrange(
                                0,
                                j + 1,
                            )
                        /* code modified by LLM (iteration 1): added decreases clause for iteration */
                        decreases strings.len() - i
                    {
                        assert(prefix@.subrange(0, j + 1).subrange(0, j + 1).is_empty() ==>
                            to_seq(strings).subrange(0, j + 1).is_empty()).denormalized()
                    /* code modified by LLM (iteration 1): added decreases clause for iteration */
                    decreases strings.len() - i
                }
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
from destructing a struct to removing all references to the struct.
create a struct with a destructor that removes all references to the struct.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a struct with a destructor that removes all references to the struct except for the reference to the struct itself.
create a