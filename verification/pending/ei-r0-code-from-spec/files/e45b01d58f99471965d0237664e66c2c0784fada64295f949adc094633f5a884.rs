// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_usize_sub_lt_self(k: usize)
    requires
        k >= 1,
    ensures
        k - 1 < k
{
}

// </vc-helpers>

// <vc-spec>
fn kth_element_impl(arr: &Vec<i32>, k: usize) -> (result: i32)
    requires k >= 1 && k <= arr.len(),
    ensures result == arr[k as int - 1]
// </vc-spec>
// <vc-code>
{
    // Base case: kth_element_impl with k <= arr.len() is always kth_element_impl with arr.len()
    let max_element_index = arr.len();
    let mut i: usize = 0;
    while i < max_element_index
        invariant
            0 <= i,
            i < max_element_index,
            i <= max_element_index,
            lemma_usize_sub_lt_self(k) == i as int
        decreases max_element_index - i
    {
        let j: usize = i + 1;
        proof {
            lemma_usize_sub_lt_self(k) = lemma_usize_sub_lt_self(arr.get(j));
        }
        assert(i < max_element_index);
        i = i + 1;
    }
    // Return the element at index 0
    return arr[0];
}
// </vc-code>

}
fn main() {}