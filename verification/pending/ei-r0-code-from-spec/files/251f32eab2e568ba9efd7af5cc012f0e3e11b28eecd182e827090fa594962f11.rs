use vstd::prelude::*;

verus! {

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn calculate_loss(cost_price: i32, selling_price: i32) -> (loss: i32)
    requires cost_price >= 0 && selling_price >= 0,
    ensures (cost_price > selling_price ==> loss == cost_price - selling_price) && (cost_price <= selling_price ==> loss == 0),
// </vc-spec>
// <vc-code>
{
    // Return a loss of value by cost price / selling price
    let loss_value: i32 = cost_price - selling_price;
    let cost_value_loss: i32 = cost_price + selling_price;
    loss_value -= cost_value_loss;
    loss_value
}
// </vc-code>

fn main() {
}

}