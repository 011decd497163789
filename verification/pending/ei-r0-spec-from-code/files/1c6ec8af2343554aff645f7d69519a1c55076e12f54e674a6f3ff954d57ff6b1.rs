use vstd::prelude::*;

verus! {

// <vc-helpers>
// <vc-helpers>
// </vc-helpers>
// </vc-helpers>

// <vc-spec>
fn is_month_with_30_days(month: i32) -> (result: bool)
    ensures 
        result == true,
        result == month == 4 || month == 6 || month == 9 || month == 11,
        result == month == 4 ==> (month < 10 || month < 30),
        result == month == 5 ==> (month < 10 || month < 30),
        result == month == 6 ==> (month < 10 || month < 30),
        result == month == 9 ==> (month < 10 || month < 30),
        result == month == 10 ==> (month < 10 || month < 30),
        result == month == 11 ==> (month < 10 || month < 30),
// </vc-spec>
// <vc-code>
{
    month == 4 || month == 6 || month == 9 || month == 11
}
// </vc-code>

fn main() {
}

}