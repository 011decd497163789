
use vstd::prelude::*;
use vstd::atomic::*;
use vstd::invariant::*;
use vstd::resource::*;
use vstd::resource::ghost_var::*;
use vstd::logatom;

verus! {




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

pub struct IncrementUpdate {
    pub auth: GhostVarAuth<u64>,
}

impl IncrementUpdate {
    pub open spec fn id(self) -> Loc {
        self.auth.id()
    }

    pub open spec fn value(self) -> u64 {
        self.auth@
    }

    pub proof fn update(tracked &mut self, tracked my_perm: &mut MyPermissionU64)
        requires
            old(self).id() == old(my_perm).id(),
        ensures
            final(self).id() == old(self).id(),
            final(my_perm).id() == old(my_perm).id(),
            old(self).value() == old(my_perm).value(),
            final(self).value() == final(my_perm).value(),
            final(my_perm).value() == old(my_perm).value().wrapping_add(1),
    {
        let next = self.auth@.wrapping_add(1);
        self.auth.update(&mut my_perm.inner, next);
    }
}

pub struct IncrementOp {
    pub id: Loc,
}

impl logatom::MutOperation for IncrementOp {
    type Resource = IncrementUpdate;
    type ExecResult = u64;
    type NewState = ();

    open spec fn requires(
        self,
        pre: Self::Resource,
        new_state: Self::NewState,
        e: Self::ExecResult
    ) -> bool {
        &&& pre.id() == self.id
        &&& pre.value() == e
    }

    open spec fn ensures(
        self,
        pre: Self::Resource,
        post: Self::Resource,
        new_state: Self::NewState
    ) -> bool {
        &&& post.id() == self.id
        &&& post.value() == pre.value().wrapping_add(1)
    }

    open spec fn peek_requires(self, r: Self::Resource) -> bool {
        false
    }

    open spec fn peek_ensures(self, r: Self::Resource) -> bool {
        false
    }
}


////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////

pub struct ClientSyncCarrier {
    pub my_perm: MyPermissionU64,
}

impl logatom::MutLinearizer<IncrementOp> for ClientSyncCarrier {
    type Completion = MyPermissionU64;

    open spec fn pre(self, op: IncrementOp) -> bool {
        &&& self.my_perm.id() == op.id
        &&& self.my_perm.value() == 6
    }

    open spec fn post(
        self,
        op: IncrementOp,
        r: <IncrementOp as logatom::MutOperation>::ExecResult,
        out: Self::Completion
    ) -> bool {
        &&& out.id() == op.id
        &&& out.value() == 7
        &&& r == 6
    }

    proof fn apply(
        tracked self,
        op: IncrementOp,
        tracked r: &mut <IncrementOp as logatom::MutOperation>::Resource,
        new_state: <IncrementOp as logatom::MutOperation>::NewState,
        e: &<IncrementOp as logatom::MutOperation>::ExecResult,
    ) -> (tracked out: Self::Completion) {
        let tracked mut my_perm = self.my_perm;
        r.update(&mut my_perm);
        my_perm
    }

    proof fn peek(
        tracked &self,
        op: IncrementOp,
        tracked r: &<IncrementOp as logatom::MutOperation>::Resource
    ) {}
}


////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////





////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////
////////////////////////////////////////////////////////////////

} // verus!
