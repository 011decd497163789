
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

pub fn increment<Carrier>(var: &MyPAtomicU64, Tracked(carrier): Tracked<Carrier>)
        -> (out: (u64, Tracked<Carrier::Completion>))
    where
        Carrier: logatom::MutLinearizer<IncrementOp>,
    requires
        var.wf(),
        carrier.pre(IncrementOp { id: var.id() }),
        !carrier.namespaces().contains(var.inv_namespace()),
    ensures
        carrier.post(IncrementOp { id: var.id() }, out.0, out.1@),
    opens_invariants any,
{
    let tracked inv = var.inv.borrow();
    let mut curr;
    open_atomic_invariant!(inv => v => {
        let tracked V { perm, auth } = v;
        curr = var.inner.load(Tracked(&perm));
        proof { v = V { perm, auth } }
    });

    let ghost orig_carrier = carrier;
    let tracked mut maybe_carrier = Some(carrier);

    loop invariant maybe_carrier == Some(orig_carrier) {
        let tracked mut compl = None;
        let next = curr.wrapping_add(1);
        let res;

        open_atomic_invariant!(inv => v => {
            let tracked V { perm, auth } = v;
            let ghost prev: u64 = perm@.value;

            res = var.inner.compare_exchange_weak(Tracked(&mut perm), curr, next);

            proof {
                if res is Ok {
                    assert(prev == curr);
                    assert(next == prev.wrapping_add(1));

                    let op = IncrementOp { id: var.id() };
                    let tracked mut update = IncrementUpdate { auth };
                    let tracked carrier = maybe_carrier.tracked_take();
                    compl = Some(carrier.apply(op, &mut update, (), &curr));
                    let tracked IncrementUpdate { auth } = update;

                    v = V { perm, auth };
                    assert(inv.inv(v));
                } else {
                    v = V { perm, auth };
                    assert(inv.inv(v));
                }
            }
        });

        match res {
            Ok(_) => return (curr, Tracked(compl.tracked_unwrap())),
            Err(new) => {
                curr = new;
                continue;
            }
        }
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

} // verus!
