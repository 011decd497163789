// verusbench demo: mutating a &mut Vec in place with set, old() in specs (verified: unchecked)
use vstd::prelude::*;

verus! {

fn fill(v: &mut Vec<u8>, x: u8)
    ensures
        final(v).len() == old(v).len(),
        forall|i: int| 0 <= i < final(v).len() ==> #[trigger] final(v)[i] == x,
{
    let n = v.len();
    for i in 0..n
        invariant
            n == v.len(),
            v.len() == old(v).len(),
            forall|j: int| 0 <= j < i ==> #[trigger] v[j] == x,
    {
        v.set(i, x);
    }
}

fn swap(v: &mut Vec<u64>, i: usize, j: usize)
    requires
        i < old(v).len(),
        j < old(v).len(),
    ensures
        final(v).len() == old(v).len(),
        final(v)[i as int] == old(v)[j as int],
        final(v)[j as int] == old(v)[i as int],
        forall|k: int| 0 <= k < final(v).len() && k != i && k != j ==> #[trigger] final(v)[k] == old(v)[k],
{
    let a = v[i];
    let b = v[j];
    v.set(i, b);
    v.set(j, a);
}

fn clamp_all(v: &mut Vec<u32>, hi: u32)
    ensures
        final(v).len() == old(v).len(),
        forall|i: int| 0 <= i < final(v).len() ==> #[trigger] final(v)[i] <= hi,
        forall|i: int| 0 <= i < final(v).len() && old(v)[i] <= hi ==> #[trigger] final(v)[i] == old(v)[i],
{
    let n = v.len();
    let mut i: usize = 0;
    while i < n
        invariant
            n == v.len(),
            v.len() == old(v).len(),
            i <= n,
            forall|j: int| 0 <= j < i ==> #[trigger] v[j] <= hi,
            forall|j: int| 0 <= j <= i && old(v)[j] <= hi ==> #[trigger] v[j] == old(v)[j],
            forall|j: int| i <= j < n ==> #[trigger] v[j] == old(v)[j],
        decreases n - i,
    {
        if v[i] > hi {
            v.set(i, hi);
        }
        i = i + 1;
    }
}

} // verus!

fn main() {}
