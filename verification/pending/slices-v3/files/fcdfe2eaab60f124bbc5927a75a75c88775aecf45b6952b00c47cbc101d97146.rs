use vstd::prelude::*;
use vstd::std_specs::hash::*;
use std::hash::*;
use std::collections::hash_map::*;

verus!{

fn main() {
    let mut m = HashMap::<u64, u64>::new();

    // Use the entry to insert 0 => 20
    let entry0 = m.entry(0);
    entry0.insert_entry(20);

    // Use the entry to insert 1 => 30, then change it to 40
    let entry1 = m.entry(1);
    let mut occupied_entry = entry1.insert_entry(30);
    let value_ref = occupied_entry.get_mut();
    *value_ref = 40;

    assert(m@ =~= map![0 => 20, 1 => 40]);
}



}
