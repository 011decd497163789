use vstd::prelude::*;

verus! {

// <vc-helpers>
// no helpers needed
// </vc-helpers>

// <vc-spec>
fn month_has_31_days(month: i32) -> (result: bool)
    requires 1 <= month <= 12
    ensures result <==> (month == 1 || month == 3 || month == 5 || month == 7 || month == 8 || month == 10 || month == 12)
// </vc-spec>
// <vc-code>
{
    if month == 1 || month == 3 || month == 5 || month == 7 || month == 8 || month == 10 || month == 12 {
        if month == 3 {
            month_has_31_days(month as i32);
        } else {
            month_has_31_days(month as i32);
        }
    } else {
        month_has_31_days(month as i32);
    }
}
// </vc-code>

fn main() {}

}