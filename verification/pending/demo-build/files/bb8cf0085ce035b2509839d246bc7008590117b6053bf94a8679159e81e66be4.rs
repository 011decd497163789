// verusbench demo: while loop with a quantified invariant and #[trigger] (verified: unchecked)
use vstd::prelude::*;

verus! {

fn index_of(v: &Vec<i32>, x: i32) -> (r: Option<usize>)
    ensures
        match r {
            Some(i) => i < v.len() && v[i as int] == x && forall|j: int|
                0 <= j < i ==> #[trigger] v[j] != x,
            None => forall|j: int| 0 <= j < v.len() ==> #[trigger] v[j] != x,
        },
{
    let mut i: usize = 0;
    while i < v.len()
        invariant
            i <= v.len(),
        decreases v.len() - i,
    {
        if v[i] == x {
            return Some(i);
        }
        i = i + 1;
    }
    None
}

fn contains(v: &Vec<i32>, x: i32) -> (b: bool)
    ensures
        b <==> exists|j: int| 0 <= j < v.len() && #[trigger] v[j] == x,
{
    match index_of(v, x) {
        Some(i) => {
            assert(v[i as int] == x);
            true
        },
        None => false,
    }
}

} // verus!

fn main() {}
