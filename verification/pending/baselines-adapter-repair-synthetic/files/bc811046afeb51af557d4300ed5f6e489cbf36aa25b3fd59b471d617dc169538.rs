/*
### ID
HumanEval/9
*/
use vstd::prelude::*;

verus! {

spec fn seq_max(a: Seq<i32>) -> i32
    decreases a.len(),
{
    if a.len() == 0 {
        i32::MIN
    } else if a.last() > seq_max(a.drop_last()) {
        a.last()
    } else {
        seq_max(a.drop_last())
    }
}

fn rolling_max(numbers: Vec<i32>) -> (result: Vec<i32>)
    ensures
        result.len() == numbers.len(),  // result vector should have the same length as input
        forall|i: int| 0 <= i < numbers.len() ==> result[i] == seq_max(numbers@.take(i + 1)),
{
    let mut max_so_far = i32::MIN;
    let mut result = Vec::with_capacity(numbers.len());
    for pos in 0..numbers.len()
        invariant
            result.len() == pos,
            max_so_far == seq_max(numbers@.take(pos as int)),
            forall|i: int| 0 <= i < pos ==> result[i] == seq_max(numbers@.take(i + 1)),
    {
        let number = numbers[pos];
        if number > max_so_far {
            max_so_far = number;
        }
        result.push(max_so_far);
    }
    result
}

} // verus!
fn main() {}

/*
### VERUS END
*/

/*
### TEST
from code snippet below:
checking whether a number is divisible by 3 using integer modulo operation
iteration 1: using while loop to find remainder and compare it to a target number
iteration 2: using if statement to check if number is divisible by 3 (iteration 1: uses a while loop to repeat the while loop)
iteration 3: using if statement to check if number is divisible by 6 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 4: using if statement to check if number is divisible by 10 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 5: using if statement to check if number is divisible by 10 (iteration 2: uses a while loop to repeat the while loop until number is 0)
iteration 6: using if statement to check if number is divisible by 1 (iteration 3: uses a while loop to repeat the while loop until number is 0)
iteration 7: using if statement to check if number is divisible by 5 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 8: using if statement to check if number is divisible by 10 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 9: using if statement to check if number is divisible by 1 (iteration 2: uses a while loop to repeat the while loop until number is 0)
iteration 10: using if statement to check if number is divisible by 2 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 11: using if statement to check if number is divisible by 5 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 12: using if statement to check if number is divisible by 1 (iteration 2: uses a while loop to repeat the while loop until number is 0)
iteration 13: using if statement to check if number is divisible by 4 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 14: using if statement to check if number is divisible by 10 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 15: using if statement to check if number is divisible by 1 (iteration 2: uses a while loop to repeat the while loop until number is 0)
iteration 16: using if statement to check if number is divisible by 6 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 17: using if statement to check if number is divisible by 10 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 18: using if statement to check if number is divisible by 1 (iteration 2: uses a while loop to repeat the while loop until number is 0)
iteration 19: using if statement to check if number is divisible by 5 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 20: using if statement to check if number is divisible by 1 (iteration 2: uses a while loop to repeat the while loop until number is 0)
iteration 21: using if statement to check if number is divisible by 3 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 22: using if statement to check if number is divisible by 6 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 23: using if statement to check if number is divisible by 1 (iteration 2: uses a while loop to repeat the while loop until number is 0)
iteration 24: using if statement to check if number is divisible by 4 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 25: using if statement to check if number is divisible by 2 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 26: using if statement to check if number is divisible by 1 (iteration 2: uses a while loop to repeat the while loop until number is 0)
iteration 27: using if statement to check if number is divisible by 3 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 28: using if statement to check if number is divisible by 4 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 29: using if statement to check if number is divisible by 1 (iteration 2: uses a while loop to repeat the while loop until number is 0)
iteration 30: using if statement to check if number is divisible by 5 (iteration 1: uses a while loop to repeat the while loop until number is 0)
iteration 31