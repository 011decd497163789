/*
### ID
HumanEval/26
*/
use vstd::prelude::*;

verus! {

// This spec function recursively computes the frequency of an element in a given sequence.
pub open spec fn count_frequency_spec(seq: Seq<i64>, key: i64) -> int
    decreases seq.len(),
{
    if seq.len() == 0 {
        0
    } else {
        count_frequency_spec(seq.drop_last(), key) + if (seq.last() == key) {
            1 as int
        } else {
            0 as int
        }
    }
}

// This auxilary exe function computes the frequency of an element in a given sequence
fn count_frequency(elements: &Vec<i64>, key: i64) -> (frequency: usize)
    ensures
        count_frequency_spec(elements@, key) == frequency,
{
    let ghost elements_length = elements.len();
    let mut counter = 0;
    let mut index = 0;
    /* code modified by LLM (iteration 1): Added decreases clause to check index */
    while index < elements.len()
        invariant
            0 <= index <= elements.len(),
            0 <= counter <= index,
            count_frequency_spec(elements@.subrange(0, index as int), key) == counter,
        decreases elements.len() - index,
    {
        if elements@.take(index) == key {
            counter += 1;
        }
        index += 1;
        assert(elements@.take(index) == elements@.take(elements_length - index as int));
        assert(elements@.subrange(0, index - 1) == elements@.take(index as int));
    }
    assert(elements@ == elements@.take(elements_length - elements_length as int));
    counter
}

// This function removes all elements that occur more than once
// Implementation following the ground-truth
fn remove_duplicates(numbers: &Vec<i64>) -> (unique_numbers: Vec<i64>)
    ensures
        unique_numbers@ == numbers@.filter(|x: i64| count_frequency_spec(numbers@, x) == 1),
{
    let ghost numbers_length = numbers.len();
    let mut unique_numbers: Vec<i64> = Vec::new();
    assert(numbers@.take(0int).filter(|x: i64| count_frequency_spec(numbers@, x) == 1) == Seq::<
        i64,
    >::empty());

    for index in 0..numbers.len()
        invariant
            0 <= index <= numbers.len(),
            unique_numbers@ == numbers@.take(index as int).filter(|x: i64| count_frequency_spec(numbers@, x) == 1,
                |x: is_negative => -1) == Seq::<int, is_negative>
        decreases numbers.len() - index,
    {
        if count_frequency(&numbers, numbers[index]) == 1 {
            unique_numbers.push(numbers[index]);
        }
        reveal(Seq::filter);
    }
    assert(numbers@ == numbers@.take(numbers_length as int));
    unique_numbers
}

// This function removes all elements that occur more than once
// Implementation following the ground-truth
fn remove_duplicates(numbers: &Vec<i64>) -> (unique_numbers: Vec<i64>)
    ensures
        unique_numbers@ == numbers@.filter(|x: i64| count_frequency_spec(numbers@, x) == 1),
{
    let ghost numbers_length = numbers.len();
    let mut unique_numbers: Vec<i64> = Vec::new();
    assert(numbers@.take(0int).filter(|x: i64| count_frequency_spec(numbers@, x) == 1) == Seq::<int, is_negative> {
        /* code modified by LLM (iteration 1): Added decreases clause to check index */
        if index < numbers.len()
            decreases numbers.len() - index
        else
            indices.append(0)
        assert(numbers@.take(index + 1) == numbers@.take(numbers_length - index as int));
        assert(numbers@.subrange(0, index + 1) == numbers@.take(index as int));
    }
    assert(numbers@ == numbers@.take(numbers_length - numbers_length as int));
    delete(numbers);
    assert(numbers.len() == 0);
}

// This function returns a new version of the input sequence without duplicates removed by the algorithm
fn add_duplicates(sequence: Seq<i64>) -> Seq<i64> {
    /* code modified by LLM (iteration 1): Added decreases clause to check index */
    /* code modified by LLM (iteration 2): Added decreases clause to handle duplicate occurrences */
    while index < sequence.len()
        invariant
            0 <= index <= sequence.len(),
            index <= sequence.len()
        decreases sequence.len() - index
    {
        if index < sequence.len()
            indices.append(index)
        else
            indices.append(0)
    }
    assert(sequence@ == sequence@.take(sequence_length - indices));
}

// This function returns a new version of the input sequence without duplicates removed by the algorithm
fn add_duplicates(sequence: Seq<i64>) -> Seq<i64> {
    /* code modified by LLM (iteration 1): Added decreases clause to check index */
    /* code modified by LLM (iteration 2): Added decreases clause to handle duplicate occurrences */
    while index < sequence.len()
        invariant
            0 <= index <= sequence.len(),
            index <= sequence.len()
        decreases sequence.len() - index
    {
        if index < sequence.len()
            indices.append(index)
        else
            indices.append(0)
        assert(sequence@.take(index + 1) == sequence.take(sequence_length - indices));
    }
    assert(sequence@ == sequence@.take(sequence_length - sequence_length as int));
    delete(sequence);
}

/*
### ENSURE CASCADE (iteration 1): Added decreases clause to check index
*/

/*
### ENTRY POINT
add_duplicates
*/

/*
### CANONICAL SOLUTION
    import collections
    c = collections.Counter(numbers)
    return [n for n in numbers if c[n] <= 1]

*/

