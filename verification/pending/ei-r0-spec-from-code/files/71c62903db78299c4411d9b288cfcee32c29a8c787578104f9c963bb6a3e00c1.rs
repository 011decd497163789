// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn savez(file: String, arr1: Vec<f32>, arr2: Vec<f32>, allow_pickle: bool) -> (result: ())
    requires 
        true,
    ensures
        result.0 ==> (exists|recoverable_arr1: Vec<f32>| #[trigger] recoverable_arr1.len() == arr1.len() &&
            forall|i: int| 0 <= i < arr1.len() ==> recoverable_arr1[i] == arr1[i]) by {
            assert(exists|recoverable_arr2: Vec<f32>| #[trigger] recoverable_arr2.len() == arr2.len() &&
            forall|i: int| 0 <= i < arr2.len() ==> recoverable_arr2[i] == arr2[i]) by {
                assert(arr2.len() == arr2.len());
            }
        }
// </vc-spec>
// <vc-code>
{
    // Store arrays to file (conceptual implementation)
    // The postcondition is satisfied by construction since we have the original arrays
    proof {
        assert(exists|recoverable_arr1: Vec<f32>| #[trigger] recoverable_arr1.len() == arr1.len() &&
            forall|i: int| 0 <= i < arr1.len() ==> recoverable_arr1[i] == arr1[i]) by {
            assert(arr1.len() == arr1.len());
            assert(forall|i: int| 0 <= i < arr1.len() ==> arr1[i] == arr1[i]);
        };
        assert(exists|recoverable_arr2: Vec<f32>| #[trigger] recoverable_arr2.len() == arr2.len() &&
            forall|i: int| 0 <= i < arr2.len() ==> recoverable_arr2[i] == arr2[i]) by {
            assert(arr2.len() == arr2.len());
            assert(forall|i: int| 0 <= i < arr2.len() ==> arr2[i] == arr2[i]);
        };
    }
}
// </vc-code>

}
fn main() {}