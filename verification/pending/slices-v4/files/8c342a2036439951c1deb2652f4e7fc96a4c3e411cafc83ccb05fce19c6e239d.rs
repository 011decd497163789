// ANCHOR: all
use vstd::prelude::*;

verus!{

// ANCHOR: trait

// ANCHOR_END: trait

// ANCHOR: structs

// ANCHOR: tree_map_struct
// ANCHOR_END: tree_map_struct
// ANCHOR_END: structs




// ANCHOR: well_formed

// ANCHOR_END: well_formed






// ANCHOR: node_get
// ANCHOR_END: node_get


// ANCHOR: node_get_mut
// ANCHOR_END: node_get_mut


// ANCHOR: clone_full_impl

// ANCHOR: clone_signature
// ANCHOR_END: clone_full_impl




// ANCHOR: clone_u32
// ANCHOR_END: clone_u32

// ANCHOR: clone_int_wrapper


// ANCHOR_END: clone_int_wrapper

// ANCHOR: clone_weird_int


// ANCHOR_END: clone_weird_int

// ANCHOR: resolved_lemmas

// ANCHOR_END: resolved_lemmas

/*
// ANCHOR: vec_with_mut_refs_broken
fn vec_with_mut_refs(i: usize)
    requires 0 <= i < 3
{
    let mut a = 0;
    let mut b = 0;
    let mut c = 0;

    let mut v = vec![&mut a, &mut b, &mut c];

    *v[i] = 1;

    assert(i == 0 ==> (a, b, c) == (1, 0, 0));
    assert(i == 1 ==> (a, b, c) == (0, 1, 0));
    assert(i == 2 ==> (a, b, c) == (0, 0, 1));
}
// ANCHOR_END: vec_with_mut_refs_broken
*/

// ANCHOR: vec_with_mut_refs
fn vec_with_mut_refs(i: usize)
    requires 0 <= i < 3
{
    let mut a = 0;
    let mut b = 0;
    let mut c = 0;

    let mut v = vec![&mut a, &mut b, &mut c];

    *v[i] = 1;

    assert(has_resolved(v[0]));
    assert(has_resolved(v[1]));
    assert(has_resolved(v[2]));

    assert(i == 0 ==> (a, b, c) == (1, 0, 0));
    assert(i == 1 ==> (a, b, c) == (0, 1, 0));
    assert(i == 2 ==> (a, b, c) == (0, 0, 1));
}
// ANCHOR_END: vec_with_mut_refs

// ANCHOR: tree_map_with_mut_refs
// ANCHOR_END: tree_map_with_mut_refs

}
// ANCHOR_END: all


