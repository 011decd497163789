use vstd::prelude::*;

verus! {

// <vc-helpers>
// <vc-helpers>
// </vc-helpers>
// </vc-helpers>

// <vc-spec>
fn is_month_with_30_days(month: i32) -> (result: bool)
    requires 
        month == 4 || month == 6 || month == 9 || month == 11,
        exists|i: int| 30 <= i < 31 ==> is_month_with_30(month as int),
        exists|i: int| 1 <= i < 30 ==> is_month_with_30(month as int),
// </vc-spec>
// <vc-code>
{
    month == 4 || month == 6 || month == 9 || month == 11
}
// </vc-code>

fn main() {
}

}