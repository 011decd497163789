// verusbench demo: tracked struct with a ghost field, tracked params and Tracked<T> (verified: unchecked)
use vstd::prelude::*;

verus! {

pub tracked struct Permit {
    pub ghost slot: nat,
}

proof fn slot_of(tracked p: &Permit) -> (s: nat)
    ensures
        s == p.slot,
{
    p.slot
}

proof fn split_permit(tracked p: Permit) -> (tracked r: (Permit, Permit))
    ensures
        r.0.slot == p.slot,
        r.1.slot == p.slot + 1,
{
    let tracked a = Permit { slot: p.slot };
    let tracked b = Permit { slot: p.slot + 1 };
    (a, b)
}

fn claim(slot: u64) -> (r: Tracked<Permit>)
    ensures
        r@.slot == slot,
{
    let tracked p = Permit { slot: slot as nat };
    Tracked(p)
}

fn use_permit(Tracked(p): Tracked<&Permit>, slot: u64) -> (next: u64)
    requires
        p.slot == slot,
        slot < u64::MAX,
    ensures
        next == p.slot + 1,
{
    proof {
        let s = slot_of(p);
    }
    slot + 1
}

} // verus!

fn main() {}
