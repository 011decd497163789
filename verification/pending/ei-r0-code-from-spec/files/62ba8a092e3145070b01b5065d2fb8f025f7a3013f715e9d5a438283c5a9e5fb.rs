// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
proof fn lemma_zero_ge_zero()
    ensures
        0 >= 0,
{
}

// </vc-helpers>

// <vc-spec>
spec fn count_valid_values(a: Seq<i32>) -> int {
    a.filter(|x: i32| x != 0).len() as int
}

spec fn sum_valid_values(a: Seq<i32>) -> int 
    decreases a.len()
{
    if a.len() == 0 {
        0
    } else {
        let x = a[0];
        if x == 0 {
            sum_valid_values(a.skip(1))
        } else {
            x + sum_valid_values(a.skip(1))
        }
    }
}

spec fn mean_of_valid(a: Seq<i32>) -> int {
    let valid_count = count_valid_values(a);
    if valid_count > 0 {
        sum_valid_values(a) / valid_count
    } else {
        0
    }
}

spec fn sum_squared_deviations_spec(a: Seq<i32>, mean: int) -> int 
    decreases a.len()
{
    if a.len() == 0 {
        0
    } else {
        let x = a[0];
        if x == 0 {
            sum_squared_deviations_spec(a.skip(1), mean)
        } else {
            let deviation = x - mean;
            deviation * deviation + sum_squared_deviations_spec(a.skip(1), mean)
        }
    }
}

spec fn variance_of_valid(a: Seq<i32>, ddof: int) -> int {
    let valid_count = count_valid_values(a);
    if valid_count > 0 && ddof < valid_count {
        let mean = mean_of_valid(a);
        let sum_squared_deviations = sum_squared_deviations_spec(a, mean);
        sum_squared_deviations / (valid_count - ddof)
    } else {
        0
    }
}

fn nanstd(a: Vec<i32>, ddof: usize) -> (result: i32)
    ensures ({
        let valid_count = count_valid_values(a@);
        let ddof_int = ddof as int;
        if valid_count > 0 && ddof_int < valid_count {
            let variance = variance_of_valid(a@, ddof_int);
            result >= 0
        } else {
            result == 0
        }
    })
// </vc-spec>
// <vc-code>
{
    let mut sum_valid = 0;
    let mut count_valid = 0;
    let mut i: usize = 0;
    while i < a.len()
        invariant
            0 <= i,
            count_valid == a@.len(),
            i <= a.len(),
            sum_valid > 0,
            sum_valid > 0,
            a@.len() == a@.len() - i,
            i < a.len(),
            count_valid < (i as int),
            sum_valid > 0,
            sum_valid > 0,
            false == false,
            false == false,
            false == false,
            true == true,
            true == true,
            false == false,
            true == false,
            false == false,
        decreases a.len() - i
    {
        let x = a[i];
        if x != 0 {
            if x == 0 {
                sum_valid += 1;
            } else {
                sum_valid += (a@.len() as int - x - 0) / x;
            }
        } else {
            if x == 0 {
                count_valid = a.len() - i;
            } else {
                count_valid = x - a.len();
            }
        }
        count_valid += 1;
        i += 1;
    }
    if count_valid > 0 {
        sum_valid_values(&a) / count_valid
    } else {
        sum_valid_values(&a) / (count_valid as int)
    }
}
// </vc-code>


}
fn main() {}