// <vc-preamble>
use vstd::prelude::*;

verus! {
spec fn number_to_name(n: int) -> Seq<char> {
  if 1 <= n <= 9 {
    if n == 1 { seq!['O', 'n', 'e'] }
    else if n == 2 { seq!['T', 'w', 'o'] }
    else if n == 3 { seq!['T', 'h', 'r', 'e', 'e'] }
    else if n == 4 { seq!['F', 'o', 'u', 'r'] }
    else if n == 5 { seq!['F', 'i', 'v', 'e'] }
    else if n == 6 { seq!['S', 'i', 'x'] }
    else if n == 7 { seq!['S', 'e', 'v', 'e', 'n'] }
    else if n == 8 { seq!['E', 'i', 'g', 'h', 't'] }
    else { seq!['N', 'i', 'n', 'e'] }
  } else {
    seq!['I', 'n', 'v', 'a', 'l', 'i', 'd']
  }
}

// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn sort_reverse_and_name(arr: &Vec<i8>) -> (result: Vec<Vec<char>>)
  ensures 
    result.len() <= arr.len(),
    forall|i: int| 0 <= i < result@.len() ==> (
      result@[i]@ == seq!['O', 'n', 'e'] || result@[i]@ == seq!['T', 'w', 'o'] || result@[i]@ == seq!['T', 'h', 'r', 'e', 'e'] || 
      result@[i]@ == seq!['F', 'o', 'u', 'r'] || result@[i]@ == seq!['F', 'i', 'v', 'e'] || result@[i]@ == seq!['S', 'i', 'x'] || 
      result@[i]@ == seq!['S', 'e', 'v', 'e', 'n'] || result@[i]@ == seq!['E', 'i', 'g', 'h', 't'] || result@[i]@ == seq!['N', 'i', 'n', 'e']
    )
// </vc-spec>
// <vc-code>
{
    proof {
        let mut n: usize = 1;
        let mut i: usize = 0;

        while i < arr.len()
            invariant
                n <= arr.len(),
                i <= arr.len(),
                n == arr.len(),
                (i == n) && (n == arr.len()),
            decreases (i as int) as int,
        {
            assert(n == arr.len());
            assert(i == arr.len());
            assert(i as int) >= 0;
            assert(n as int) <= arr.len();
            assert(arr.len() == n);
            assert(n == arr.len());
            assert(arr.len() == i as int);

            arr.push(arr[i]);
            i = i + 1;
        }
    }

    /* code modified by LLM (iteration 3): fixed code insertion by-value in invariant part */
    arr.push('N', 'i', 'e');
    arr.push('T', 'w', 'o');
    arr.push('E', 'i', 'g');
    arr.push('E', 'i', 'v');
    arr.push('E', 'i', 'r');
    arr.push('E', 'i', 'w');
    arr.push('E', 'i', 'h');
    arr.push('E', 'i', 'g');
    arr.push('E', 'i', 'v');
    arr.push('E', 'i', 't');
    arr.push('E', 'i', 's');

    if arr.len() == 0 {
        assert('N', 'i', 'n', 'e');
    } else {
        assert('N', 'i', 'n', 'e');
    }
}
// </vc-code>


}

fn main() {}