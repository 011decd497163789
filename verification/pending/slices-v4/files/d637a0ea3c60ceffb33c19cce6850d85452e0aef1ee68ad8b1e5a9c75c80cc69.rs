use vstd::prelude::*;
use vstd::std_specs::hash::*;
use std::hash::*;
use std::collections::hash_map::*;

verus!{



/// If the key is absent, insert 1; else, double it
fn try_double(m: &mut HashMap<u64, u64>, key: u64)
    requires
        m@.dom().contains(key) ==> m[key] * 2 <= u64::MAX,
    ensures
        !old(m)@.dom().contains(key) ==> final(m)@ =~= old(m)@.insert(key, 1),
        old(m)@.dom().contains(key) ==> final(m)@ =~= old(m)@.insert(key, (old(m)@[key] * 2) as u64)
{
    match m.entry(key) {
        Entry::Occupied(mut occ_entry) => {
            *occ_entry.get_mut() *= 2;
        }
        Entry::Vacant(vac_entry) => {
            vac_entry.insert(1);
        }
    }
}

}
