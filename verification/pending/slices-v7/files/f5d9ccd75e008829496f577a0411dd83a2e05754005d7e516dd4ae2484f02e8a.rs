
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

    pub open spec fn points_to(self, value: u64) -> bool {
        self.value() == value
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

    pub open spec fn inv_namespace(self) -> int {
        self.inv@.namespace()
    }

    
    pub fn from_patomic(patomic: PAtomicU64, perm: Tracked<PermissionU64>, Ghost(inv_ns): Ghost<int>)
        -> (out: (MyPAtomicU64, Tracked<MyPermissionU64>))
        requires
            perm@.is_for(patomic),
        ensures
            out.0.inner == patomic,
            out.0.wf(),
            out.0.inv_namespace() == inv_ns,
            out.1@.is_for(out.0),
            out.1@.points_to(perm@.value()),
    {
        let tracked (gva, gv) = GhostVarAuth::new(perm@.value());
        let my_patomic = MyPAtomicU64 {
            inner: patomic,
            inv: Tracked(AtomicInvariant::<K, V, InvPred>::new(
                K { patomic_id: perm@.id(), ghost_var_id: gva.id(), },
                V { perm: perm.get(), auth: gva, },
                inv_ns,
            )),
        };

        let tracked my_perm = MyPermissionU64 {
            inner: gv,
        };

        (my_patomic, Tracked(my_perm))
    }

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





////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////

} // verus!
