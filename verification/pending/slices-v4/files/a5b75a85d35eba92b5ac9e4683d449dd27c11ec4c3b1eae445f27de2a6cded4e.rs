
use vstd::atomic::*;
use vstd::invariant::*;
use vstd::prelude::*;

verus! {




// ANCHOR: reset_definition
// ANCHOR: reset_signature_1
fn reset(var: &PAtomicU64)
    atomically (atomic_update) {
        (perm: PermissionU64) -> (commit: Commit<PermissionU64>),
// ANCHOR_END: reset_signature_1
// ANCHOR: reset_signature_2
        requires
            perm@.patomic == var.id(),
// ANCHOR_END: reset_signature_2
// ANCHOR: reset_signature_3
        ensures
            commit@@.patomic == perm@.patomic,
            commit@@.value == 0,
// ANCHOR_END: reset_signature_3
// ANCHOR: reset_signature_4
        outer_mask any,
        inner_mask none,
    },
// ANCHOR_END: reset_signature_4
{
    // open atomic update and commit
    try_open_atomic_update!(atomic_update, mut perm => {
        var.store(Tracked(&mut perm), 0);
        Tracked(Commit(perm))
    });

    // verify that the atomic update had been resolved
    assert(atomic_update.resolves());
}
// ANCHOR_END: reset_definition



fn reset_client_sync() {
// ANCHOR: reset_client_sync
let (var, Tracked(mut perm)) = PAtomicU64::new(3);

reset(&var) atomically |update| {
    perm = Commit::get(update(perm));
};

assert(perm.is_for(var));
assert(perm.points_to(0));
// ANCHOR_END: reset_client_sync
}






// ANCHOR: increment_definition
// ANCHOR: increment_signature_1
// ANCHOR_END: increment_definition







}
