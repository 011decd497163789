use vstd::prelude::*;
use vstd::std_specs::hash::*;
use std::hash::*;
use std::collections::hash_map::*;

verus!{


/// Inserts the given key, value pair into the map if absent,
/// does nothing otherwise
fn insert_if_absent(m: &mut HashMap<u64, u64>, key: u64, value: u64)
    ensures
        !old(m)@.dom().contains(key) ==> final(m)@ =~= old(m)@.insert(key, value),
        old(m)@.dom().contains(key) ==> final(m)@ =~= old(m)@,
{
    m.entry(key).or_insert(value);
}


}
