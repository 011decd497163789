// rust_verify/tests/example.rs expect-warnings

use verus_builtin::*;
use verus_builtin_macros::*;
use vstd::{prelude::*, seq::*};

verus! {

// ANCHOR: quants_finite
spec fn is_even(i: int) -> bool {
    i % 2 == 0
}

// ANCHOR_END: quants_finite


// ANCHOR: quants_recursion

// ANCHOR_END: quants_recursion

// ANCHOR: quants_use_forall
// ANCHOR_END: quants_use_forall

/*
// ANCHOR: trigger_fails
spec fn is_even(i: int) -> bool {
    i % 2 == 0
}

proof fn test_use_forall_fail(s: Seq<int>)
    requires
        5 <= s.len(),
        forall|i: int| 0 <= i < s.len() ==> #[trigger] is_even(s[i]),
{
    assert(s[3] % 2 == 0); // FAILS: doesn't trigger is_even(s[i])
}
// ANCHOR_END: trigger_fails
*/

// ANCHOR: test_use_forall_succeeds1
// ANCHOR_END: test_use_forall_succeeds1

// ANCHOR: test_use_forall_succeeds2
// ANCHOR_END: test_use_forall_succeeds2

/*
// ANCHOR: test_use_forall_succeeds3
proof fn test_use_forall_succeeds3(s: Seq<int>)
    requires
        5 <= s.len(),
        forall|i: int| 0 <= i < s.len() ==> is_even(s[i]), // Verus chooses s[i] as the trigger and prints a note
{
    assert(s[3] % 2 == 0); // succeeds by triggering s[3]
}
// ANCHOR_END: test_use_forall_succeeds3
*/

// ANCHOR: test_use_forall_succeeds4
// ANCHOR_END: test_use_forall_succeeds4

/*
// ANCHOR: test_use_forall_bad1
proof fn test_use_forall_bad1(s: Seq<int>)
    requires
        5 <= s.len(),
        forall|i: int| (#[trigger](0 <= i)) && i < s.len() ==> is_even(s[i]),
{
    assert(s[3] % 2 == 0);
}
// ANCHOR_END: test_use_forall_bad1
*/

/*
// ANCHOR: test_use_forall_bad2
spec fn nonnegative(i: int) -> bool {
    0 <= i
}

proof fn test_use_forall_bad2(s: Seq<int>)
    requires
        5 <= s.len(),
        forall|i: int| #[trigger] nonnegative(i) && i < s.len() ==> is_even(s[i]),
{
    assert(is_even(s[3])); // FAILS: doesn't trigger nonnegative(i)
}
// ANCHOR_END: test_use_forall_bad2
*/

// ANCHOR: test_distinct1

// ANCHOR_END: test_distinct1

// ANCHOR: test_distinct2
// ANCHOR_END: test_distinct2

// ANCHOR: test_distinct3
// ANCHOR_END: test_distinct3

/*
// ANCHOR: test_distinct_fail1
proof fn test_distinct_fail1(s: Seq<int>)
    requires
        5 <= s.len(),
        forall|i: int, j: int|
            0 <= i < j < s.len() ==> s[i] != #[trigger] s[j], // error: trigger fails to mention i
{
    assert(s[4] != s[2]);
}
// ANCHOR_END: test_distinct_fail1
*/

/*
// ANCHOR: test_distinct_fail2
proof fn test_distinct_fail2(s: Seq<int>)
    requires
        5 <= s.len(),
        forall|i: int, j: int| #![trigger s[i], s[j], is_even(i)]
            0 <= i < j < s.len() ==> s[i] != s[j],
{
    assert(s[4] != s[2]); // FAILS, because nothing matches is_even(i)
}
// ANCHOR_END: test_distinct_fail2
*/

// ANCHOR: test_distinct4
proof fn test_distinct4(s: Seq<int>)
    requires
        5 <= s.len(),
        forall|i: int, j: int|
            #![trigger s[i], s[j]]
            #![trigger is_even(i), is_even(j)]
            0 <= i < j < s.len() ==> s[i] != s[j],
{
    assert(s[4] != s[2]);
}
// ANCHOR_END: test_distinct4

// ANCHOR: test_multitriggers
// ANCHOR_END: test_multitriggers

// ANCHOR: seq_update_different
// ANCHOR_END: seq_update_different

// ANCHOR: test_sorted_good
// ANCHOR_END: test_sorted_good

/*
// ANCHOR: test_sorted_bad1
proof fn test_sorted_bad(s: Seq<int>)
    requires
        5 <= s.len(),
        forall|i: int|
            0 <= i < s.len() - 1 ==> s[i] <= s[i + 1],
{
    assert(s[2] <= s[4]);
}
// ANCHOR_END: test_sorted_bad1
*/

// ANCHOR: test_exists_succeeds
// ANCHOR_END: test_exists_succeeds

/*
// ANCHOR: test_exists_fails
proof fn test_exists_fails() {
    assert(exists|i: int| #[trigger] is_even(i)); // FAILS, no match for trigger
}
// ANCHOR_END: test_exists_fails
*/

// ANCHOR: test_choose_succeeds

// ANCHOR_END: test_choose_succeeds

/*
// ANCHOR: test_choose_fails
proof fn test_choose_fails() {
    let i_witness = choose|i: int| f(i);
    assert(i_witness < 0 || i_witness >= 0); // i_witness is some integer
    assert(f(i_witness)); // FAILS because we don't know exists|i: int| f(i)
}
// ANCHOR_END: test_choose_fails
*/

// ANCHOR: test_choose_same
// ANCHOR_END: test_choose_same

// ANCHOR: test_choose_succeeds2

// ANCHOR_END: test_choose_succeeds2


// ANCHOR: hoist

// ANCHOR_END: hoist


/*
// ANCHOR: test_even_f_fail1
proof fn test_even_f()
    ensures
        forall|i: int| is_even(i) ==> f(i), // FAILS because we don't call the lemma
{
}
// ANCHOR_END: test_even_f_fail1
*/

/*
// ANCHOR: test_even_f_fail2
proof fn test_even_f()
    ensures
        forall|i: int| is_even(i) ==> f(i),
{
    lemma_even_f(i); // ERROR: i is not in scope here
}
// ANCHOR_END: test_even_f_fail2
*/

// ANCHOR: test_even_f
// ANCHOR_END: test_even_f



/*
// ANCHOR: test_g_proves_f_fails
proof fn test_g_proves_f(i: int)
    requires
        exists|j: int| g(i, j),
    ensures
        f(i),
{
    lemma_g_proves_f(i, j); // ERROR: j is not in scope here
}
// ANCHOR_END: test_g_proves_f_fails
*/

// ANCHOR: test_g_proves_f
// ANCHOR_END: test_g_proves_f

// ANCHOR: binary_search

// ANCHOR_END: binary_search

} // verus!
