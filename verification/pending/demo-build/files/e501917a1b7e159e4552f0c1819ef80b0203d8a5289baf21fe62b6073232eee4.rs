// verusbench demo: building a Vec with push, Seq view and extensional equality (verified: unchecked)
use vstd::prelude::*;

verus! {

fn reversed(v: &Vec<u8>) -> (r: Vec<u8>)
    ensures
        r.len() == v.len(),
        forall|i: int| 0 <= i < v.len() ==> #[trigger] r[i] == v[v.len() - 1 - i],
{
    let mut r: Vec<u8> = Vec::new();
    let mut k: usize = v.len();
    while k > 0
        invariant
            k <= v.len(),
            r.len() == v.len() - k,
            forall|i: int| 0 <= i < r.len() ==> #[trigger] r[i] == v[v.len() - 1 - i],
        decreases k,
    {
        k = k - 1;
        r.push(v[k]);
    }
    r
}

fn append_all(a: &mut Vec<u8>, b: &Vec<u8>)
    ensures
        final(a)@ =~= old(a)@ + b@,
{
    let ghost start = a@;
    for i in 0..b.len()
        invariant
            start == old(a)@,
            a@ =~= start + b@.subrange(0, i as int),
    {
        a.push(b[i]);
    }
    assert(b@.subrange(0, b.len() as int) =~= b@);
}

} // verus!

fn main() {}
