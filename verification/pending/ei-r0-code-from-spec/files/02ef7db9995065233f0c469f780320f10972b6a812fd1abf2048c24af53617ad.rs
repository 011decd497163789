// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
fn same_len_return_first<T>(a: Vec<T>, b: Vec<T>) -> (res: Vec<T>)
    requires
        a.len() == b.len(),
    ensures
        res.len() == a.len(),
{
    let mut res: Vec<String> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            res.len() == a.len(),
            res.len() == i,
            res[i] == a[i],
        decreases a.len() - i
    {
        let len_sublist = a[i].len();
        let sublist = a[i];
        let len_sublist_sublist = a[i].len();
        let r = same_len_return_first(sublist, sublist_sublist);
        res.push(sublist);
        i += 1;
    }
    res
}
// </vc-helpers>

// <vc-spec>
fn mod_func(a: Vec<String>, values: Vec<String>) -> (result: Vec<String>)
    requires a.len() == values.len(),
    ensures 
        result.len() == a.len(),
// </vc-spec>
// <vc-code>
{
    let r = same_len_return_first(a, values);
    r
}
// </vc-code>

}
fn main() {}