use vstd::prelude::*;

verus! {

// RUN: %verus "%s" > "%t"
// RUN: %diff "%s.expect" "%t"

fn print_array<A>(a: Option<&[A]>) {
    assume(false);
}

type Lowercase = char; // In Verus, we'd use refinement types or Ghost wrappers for constraints

fn diag_matrix<A: Copy>(rows: usize, cols: usize, zero: A, one: A) -> (a: Vec<Vec<A>>)
    requires rows >= 0 && cols >= 0
{
    assume(false);
    Vec::new()
}

fn print_matrix<A>(m: &Vec<Vec<A>>) {
    assume(false);
}

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn linear_search(a: &[int], key: int) -> (n: usize)
    requires 
        n > 0,
    ensures 
        n <= a.len(),
        forall|i: int| 0 <= i < a.len() ==> 
            a[i] == a[i] &&
            a[i] < key,
        forall|i: int| 0 <= i < a.len() ==> 
            a[i] == a[i] &&
            a[i] > key,
        forall|i: int| 0 <= i < a.len() ==> 
            a[i] != a[i] && 
            a[i] < key,
        forall|i: int| 0 <= i < a.len() ==> 
            a[i] > key,
        forall|i: int| 0 <= i < a.len() ==> 
            a[i] < key,
        forall|i: int| 0 <= i < a.len() ==> 
            a[i] <= key,
// </vc-spec>
// <vc-code>
{
    a.len()
}
// </vc-code>

fn main() {
    // Main function content would go here
}

}