
use vstd::prelude::*;
use vstd::atomic::*;
use vstd::invariant::*;
use vstd::resource::*;
use vstd::resource::ghost_var::*;
use vstd::logatom;

verus! {

pub struct K {
    pub patomic_id: int,
    pub ghost_var_id: Loc,
}

pub struct V {
    pub perm: PermissionU64,
    pub auth: GhostVarAuth<u64>,
}

pub struct InvPred;
impl InvariantPredicate<K, V> for InvPred {
    open spec fn inv(k: K, v: V) -> bool {
        let K { patomic_id, ghost_var_id } = k;
        let V { perm, auth } = v;
        &&& perm@.patomic == patomic_id
        &&& auth.id() == ghost_var_id
        &&& perm@.value == auth.view()
    }
}

pub struct MyPermissionU64 {
    pub inner: GhostVar<u64>,
}

impl MyPermissionU64 {
    pub open spec fn id(self) -> Loc {
        self.inner.id()
    }

    pub open spec fn value(self) -> u64 {
        self.inner.view()
    }

    pub open spec fn is_for(self, my_patomic: MyPAtomicU64) -> bool {
        self.id() == my_patomic.id()
    }

    }

pub struct MyPAtomicU64 {
    pub inner: PAtomicU64,
    pub inv: Tracked<AtomicInvariant<K, V, InvPred>>,
}

impl MyPAtomicU64 {
    pub open spec fn wf(self) -> bool {
        let ghost K { patomic_id, .. } = self.inv@.constant();
        &&& self.inner.id() == patomic_id
    }

    pub open spec fn id(self) -> Loc {
        let ghost K { ghost_var_id, .. } = self.inv@.constant();
        ghost_var_id
    }

    
    
    
    }

////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////

pub exec fn increment_seq(var: &MyPAtomicU64, Tracked(my_perm): Tracked<&mut MyPermissionU64>)
    requires
        var.wf(),
        old(my_perm).is_for(*var),
    ensures
        final(my_perm).value() == old(my_perm).value().wrapping_add(1),
        final(my_perm).is_for(*var),
{
    let curr;
    open_atomic_invariant!(var.inv.borrow() => v => {
        let tracked V { perm, auth } = v;
        curr = var.inner.load(Tracked(&perm));
        proof {
            auth.agree(&my_perm.inner);
            v = V { perm, auth };
        }
    });

    let next = curr.wrapping_add(1);
    open_atomic_invariant!(var.inv.borrow() => v => {
        let tracked V { perm, auth } = v;
        var.inner.store(Tracked(&mut perm), next);
        proof {
            auth.update(&mut my_perm.inner, next);
            assert(my_perm.value() == next);
            v = V { perm, auth };
        }
    });
}

////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////


////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////






////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////




////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////





////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////

} // verus!
