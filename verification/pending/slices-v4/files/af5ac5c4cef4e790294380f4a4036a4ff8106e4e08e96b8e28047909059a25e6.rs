
use vstd::atomic::*;
use vstd::invariant::*;
use vstd::prelude::*;

verus! {

struct UserInv;
impl InvariantPredicate<int, PermissionU64> for UserInv {
    open spec fn inv(id: int, perm: PermissionU64) -> bool {
        &&& perm.id() == id
    }
}



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






fn reset_client_async() {
    let (var, Tracked(perm)) = PAtomicU64::new(6);
    let tracked inv = AtomicInvariant::<int, PermissionU64, UserInv>::new(
        perm.id(), perm, 235
    );

// ANCHOR: reset_client_async
let Tracked(mut credit) = vstd::invariant::create_open_invariant_credit();

reset(&var) atomically |update| {
    open_atomic_invariant!(credit => &inv => perm => {
        perm = Commit::get(update(perm));
    });
};
// ANCHOR_END: reset_client_async
}



// ANCHOR: increment_definition
// ANCHOR: increment_signature_1
// ANCHOR_END: increment_definition







}
