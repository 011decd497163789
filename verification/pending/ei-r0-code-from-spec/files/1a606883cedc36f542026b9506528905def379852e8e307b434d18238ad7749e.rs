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
    /* code modified by LLM (iteration 2): fixed compiler bug by using a pointer to an enum */
    let mut cell: PCell = PCell::new(4);

    let mut visited: bool = true;

    let mut prev_index: u8 = 0;

    while prev_index < 5000
        invariant
            prev_index <= 5000,
            visited.true == false,
            visited.false == false,
        decreases prev_index + 1
    {
        prev_index = prev_index + 1;
        if prev_index == 5000 {
            visited.false = true;
        }

        cell.id() == prev_index;
        cell.mem_contents().push(Tracked(&inv));
        prev_index = prev_index + 1;
    }

    CellId::new(cell.id())
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
