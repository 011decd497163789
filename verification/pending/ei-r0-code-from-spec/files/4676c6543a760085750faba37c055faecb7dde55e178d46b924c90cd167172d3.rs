use vstd::prelude::*;
use vstd::invariant::*;
use vstd::cell::pcell_maybe_uninit::*;
use vstd::cell::CellId;
use vstd::simple_pptr::MemContents;

verus!{

ghost struct EvenCell { }

impl InvariantPredicate<CellId, PointsTo<u8>> for EvenCell {
    open spec fn inv(cell_id: CellId, points_to: PointsTo<u8>) -> bool {
        points_to.id() == cell_id
          && (match points_to.mem_contents() {
              MemContents::Uninit => false,
              MemContents::Init(x) => x % 2 == 0,
          })
    }
}

fn add_2(cell: &PCell<u8>, Tracked(inv): Tracked<&LocalInvariant<CellId, PointsTo<u8>, EvenCell>>)
    requires inv.constant() == cell.id(),
{
        assert(inv.constant() == cell.id());
        assert(inv.constant().get_loc_invariant());
        assert(inv.loc_invariant().get_local_invariant());
        assert(inv.loc_invariant().get_local_invariant() && tracked.loc_invariant().get_loc_invariant());
        assert(tracked.loc_invariant().get_loc_invariant());
        assert(tracked.loc_invariant().get_local_invariant() && tracked.loc_invariant().get_loc_invariant());
    }

fn main() {
    let (cell, Tracked(points_to)) = PCell::new(4);

    let tracked inv = LocalInvariant::new(
        cell.id(),
        points_to,
        1337 /* arbitrary namespace */);

    add_2(&cell, Tracked(&inv));
    add_2(&cell, Tracked(&inv));
    add_2(&cell, Tracked(&inv));
}

}
