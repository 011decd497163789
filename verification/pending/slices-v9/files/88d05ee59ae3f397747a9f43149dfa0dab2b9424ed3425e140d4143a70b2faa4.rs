// client-crate form of vstd/std_specs/vec.rs (verusbench): the unit's fn and the
// private items of its file it needs; the rest is vstd's own, through the glob imports
pub mod std_specs {
pub mod vec {


use verus as verus_;
verus_! {





// We still have a special case for Vec::index on usize.
// The general Vec::index case now goes through the Index trait,
// but this special case is still here because it's more direct and efficient in its SMT encoding,
// and Vec::index on usize is very common.
//
// So this is a bit of a hack, but we just manually redirect
// `vec[i]` to this function here from rust_to_vir_expr.


////// Len (with autospec)

// This axiom is slightly better than defining spec_vec_len to just be `v@.len() as usize`
// (the axiom also shows that v@.len() is in-bounds for usize)

#[verifier::when_used_as_spec(spec_vec_len)]
pub assume_specification<T, A: Allocator>[ Vec::<T, A>::len ](vec: &Vec<T, A>) -> (len: usize)
    ensures
        len == spec_vec_len(vec),
    no_unwind
;

////// Other functions












pub assume_specification<T, I: SliceIndex<[T]>, A: Allocator>[Vec::<T, A>::index](
    vec: &Vec<T, A>,
    i: I,
) -> (r: &<Vec<T, A> as Index<I>>::Output)
    ensures
        exists|s: &[T]| #[trigger] s@ == vec@ && call_ensures(<I as SliceIndex<[T]>>::index, (i, s), r),
;



















// The `into_iter` method of a `Vec` returns an iterator of type `IntoIter`,
// so we specify that type here.

// To allow reasoning about the "contents" of the Vec iterator, without using
// a prophecy, we need a function that gives us the underlying sequence of the original vec.



// This is used by `vec![x; n]`




pub broadcast proof fn lemma_vec_obeys_eq_spec<T: PartialEq>()
    requires
        super::super::laws_eq::obeys_eq::<T>(),
    ensures
        #[trigger] super::super::laws_eq::obeys_eq::<Vec<T>>(),
{
    broadcast use {axiom_spec_len, super::super::seq::group_seq_lemmas};
    reveal(super::super::laws_eq::obeys_eq_spec_properties);
}






} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
use verus_builtin::*;
use alloc::vec::Vec;
use core::alloc::Allocator;
use core::ops::Index;
use core::slice::SliceIndex;
#[allow(unused_imports)]
use vstd::std_specs::vec::*;
} // mod vec
#[allow(unused_imports)]
pub use vstd::std_specs::*;
} // mod std_specs
#[allow(unused_imports)]
pub use vstd::*;
