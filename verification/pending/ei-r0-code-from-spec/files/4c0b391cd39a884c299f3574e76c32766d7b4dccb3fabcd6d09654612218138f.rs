// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn comparison(a: Seq<char>, b: Seq<char>, i: int) -> bool 
    decreases a.len() - i, b.len() - i
{
    if (0 <= i <= a.len() && 0 <= i <= b.len()) {
        if (i < a.len() && i < b.len()) {
            if a.index(i) < b.index(i) {
                true
            } else if a.index(i) > b.index(i) {
                false
            } else {
                comparison(a, b, i + 1)
            }
        } else {
            if a.len() <= b.len() {
                true
            } else {
                false
            }
        }
    } else {
        false
    }
}
// </vc-preamble>

// <vc-helpers>
spec fn lex_le(a: Seq<char>, b: Seq<char>) -> bool {
    comparison(a, b, 0)
}
// </vc-helpers>

// <vc-spec>
fn sort_strings(list: Vec<Vec<char>>) -> (sorted: Vec<Vec<char>>)
    ensures
        sorted@.len() == list@.len(),
        sorted@.to_multiset() == list@.to_multiset(),
// </vc-spec>
// <vc-code>
{
    /* code modified by LLM (iteration 2): added a loop invariant and reduces loop length; improved syntax; added proof block to improve code comprehension; revised behavior and signature of proof block */
    let mut temp: Vec = Vec::new();
    if list.len() < 2 {
        println!("The list must have at least two elements.")
        return;
    }
    let mut i: usize = 0;
    while i < list.len()
        invariant
            i <= list.len(),
            temp@.len() == i,
            i == list.len(),
        decreases (list.len() - i)
    {
        temp.push(a[i]);
        i += 1;
    }
    temp.push(b[i]);
    proof {
        invariant
            0 <= i,
            a.len() == i,
            b.len() == i,
        decreases (a.len() - i) - 1
    }
    if i < list.len() - 1 {
        proof {
            invariant
                i <= list.len(),
                list@.len() == i,
            decreases (list.len() - i) - 1 - i
        }
        (temp, list@[i])
    } else {
        proof {
            invariant
                i <= list.len(),
                a.len() == i,
            decreases (list.len() - i) - 1
        }
        (a[i], b[i])
    }
}
// </vc-code>


}

fn main() {}