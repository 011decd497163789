
use vstd::atomic::*;
use vstd::invariant::*;
use vstd::prelude::*;

verus! {




// ANCHOR: reset_definition
// ANCHOR: reset_signature_1
// ANCHOR_END: reset_definition









// ANCHOR: increment_definition
// ANCHOR: increment_signature_1
fn increment(var: &PAtomicU64) -> (out: u64)
    atomically (atomic_update) {
        (perm: PermissionU64)
            -> (res: Result<PermissionU64, (PermissionU64, OpenInvariantCredit)>),
// ANCHOR_END: increment_signature_1
// ANCHOR: increment_signature_2
        requires
            perm@.patomic == var.id(),
// ANCHOR_END: increment_signature_2
// ANCHOR: increment_signature_3
        ensures match res {
            Err((p, _)) => p@ == perm@,
            Ok(p) => p@.patomic == perm@.patomic
                  && p@.value == perm@.value.wrapping_add(1),
        },
// ANCHOR_END: increment_signature_3
// ANCHOR: increment_signature_4
        outer_mask any,
        inner_mask none,
    },
// ANCHOR_END: increment_signature_4
// ANCHOR: increment_signature_5
    ensures
        out == perm@.value,
// ANCHOR_END: increment_signature_5
{
    let Tracked(credit) = vstd::invariant::create_open_invariant_credit();
    let tracked mut au = atomic_update;
    let mut curr;

    // open atomic update and abort for inital load
    let wrapped_au = try_open_atomic_update!(au, perm => {
        curr = var.load(Tracked(&perm));
        Tracked(Err((perm, credit)))
    });

    // recover `au` from the returned `Tracked(Err(au))`
    proof { au = wrapped_au.get().tracked_unwrap_err() };

    // compare exchange loop
    loop invariant au == atomic_update {
        let Tracked(credit) = vstd::invariant::create_open_invariant_credit();
        let next = curr.wrapping_add(1);
        let res;

        // open atomic update again
        let maybe_au = try_open_atomic_update!(au, mut perm => {
            res = var.compare_exchange_weak(Tracked(&mut perm), curr, next);

            // dynamically commit or abort atomic update
            // depending on `compare_exchange_weak`
            Tracked(match res {
                Ok(_) => Ok(perm),
                Err(_) => Err((perm, credit)),
            })
        });

        match res {
            Ok(_) => return curr,
            Err(new) => {
                proof { au = maybe_au.get().tracked_unwrap_err() };
                curr = new;
            },
        }
    }
}
// ANCHOR_END: increment_definition







}
