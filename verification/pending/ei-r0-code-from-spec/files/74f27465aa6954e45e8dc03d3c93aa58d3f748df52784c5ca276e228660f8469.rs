// <vc-preamble>
use vstd::prelude::*;

verus! {

spec fn iterate_to_odd(n: nat) -> nat
  decreases n
{
  if n % 2 == 0 && n > 0 {
    if (n / 2) % 2 == 1 { n / 2 } else { iterate_to_odd(n / 2) }
  } else {
    1
  }
}

spec fn next_odd_collatz(n: nat) -> nat {
  if n > 0 {
    if n % 2 == 0 { iterate_to_odd(n) } else { iterate_to_odd(3 * n + 1) }
  } else {
    1
  }
}
// </vc-preamble>

// <vc-helpers>
proof fn helper_nop() {
}

// </vc-helpers>

// <vc-spec>
fn get_odd_collatz(n: u8) -> (sorted: Vec<i8>)
  requires n as nat > 1
  ensures 
      forall|i: int, j: int| 0 <= i < j < sorted@.len() ==> sorted@[i] <= sorted@[j],
      forall|i: int| 0 <= i < sorted@.len() ==> sorted@[i] % 2 == 1,
// </vc-spec>
// <vc-code>
{
    let mut res: Vec<i8> = Vec::new();
    let mut i: usize = 0;

    while i < n
        invariant
            forall |j: int, k: int| 0 <= j < k < res@.len() ==> res@[j] <= res@[k],
            forall |j: int, k: int| 0 <= j < res@.len() ==> res@[j] % 2 == 1,
            forall |j: int| 0 <= j < res@.len() ==> res@[j] % 2 == 1,
            forall |j: int| 0 <= j < res@.len() ==> res@[j] % 2 == 1,
            forall |j: int| 0 <= j < res@.len() ==> res@[j] % 2 == 1,
        decreases n - i
    {
        res.push(n);
        i = i + 1;
    }

    res
}
// </vc-code>


}

fn main() {}