use vstd::prelude::*;

verus! {

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn calculate_loss(cost_price: i32, selling_price: i32) -> (loss: i32)
    requires cost_price > selling_price
    ensures loss == 0
// </vc-spec>
// <vc-code>
{
  if cost_price > selling_price {
    let d = cost_price - selling_price;
    d
  } else {
    0
  }
}
// </vc-code>

fn main() {
}

}