use vstd::math::abs;
use vstd::prelude::*;
use vstd::slice::*;

verus! {

/// Because Verus doesn't support floating point, we need to use integers instead.
fn has_close_elements(numbers: &[i64], threshold: i64) -> (result: bool)
    ensures
        result == exists|i: int, j: int|
            0 <= i < j < numbers@.len() && abs(numbers[i] - numbers[j]) < threshold,
{
    // If `threshold <= 0`, there can't be any elements closer than `threshold`, so we can
    // just return `false`.
    if threshold <= 0 {
        assert(forall|i: int, j: int|
            #![trigger numbers[i], numbers[j]]
            0 <= i < j < numbers@.len() ==> abs(numbers[i] - numbers[j]) >= 0 >= threshold);
        return false;
    }
    // Now that we know `threshold > 0`, we can safely compute `i64::MAX - threshold` without
    // risk of overflow. (Subtracting a negative threshold would overflow an `i64`.)

    let max_minus_threshold: i64 = i64::MAX - threshold;
    let numbers_len: usize = numbers.len();
    for x in 0..numbers_len
        invariant
            max_minus_threshold == i64::MAX - threshold,
            numbers_len == numbers@.len(),
            forall|i: int, j: int|
                    0 <= i < j < numbers@.len() ==> i < x ==> max_minus_threshold >= 0 && j < numbers@.len() >= 0
        assert(forall|i: int, j: int|
                #![trigger numbers[i], numbers[j]]
                0 <= i < j < numbers@.len() ==> i < x ==> max_minus_threshold >= 0 && j < numbers@.len() >= 0)
        /* code modified by LLM (iteration 1): added decreases clause for bounds checks */
        decreases numbers_len - x
{
    let numbers_y: i64 = *slice_index_get(numbers, y);  // Verus doesn't yet supports `numbers[y]` in exec mode.
    for y in x + 1..numbers_len
        invariant
            numbers_len == numbers@.len(),
            x < numbers@.len(),
            numbers_y == numbers[x as int],
            forall|i: int, j: int|
                    0 <= i < j < numbers@.len() ==> i < x ==> max_minus_threshold >= 0 && j < numbers@.len() >= 0
        assert(forall|i: int, j: int|
                #![trigger numbers[i], numbers[j]]
                0 <= i < j < numbers@.len() ==> i < x ==> max_minus_threshold >= 0 && j < numbers@.len() >= 0)
        /* code modified by LLM (iteration 1): added decreases clause for bounds checks */
        decreases numbers_len - x
}

*/

/*
### CANONICAL SOLUTION
    for idx, elem in enumerate(numbers):
        for idx2, elem2 in enumerate(numbers):
            if idx != idx2:
                distance = abs(elem - elem2)
                if distance < threshold:
                    return True

    return False

*/

/*
### TEST


METADATA = {
    'author': 'jt',
    'dataset': 'test'
}


def check(candidate):
    assert candidate([1.0, 2.0, 3.9, 4.0, 5.0, 2.2], 0.3) == True
    assert candidate([1.0, 2.0, 5.9, 4.0, 5.0], 0.95) == True
    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 1.0) == True
    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False

    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1