use vstd::prelude::*;

verus! {

/// Equivalent to `choose |i:int| low <= i < high && p(i)` except it guarantees to pick the smallest
/// such value `i` where `p(i)` is true.
pub proof fn choose_smallest(low: int, high: int, p: spec_fn(int)->bool) -> (res:int)
  requires
    exists |i:int| #![trigger(p(i))] low <= i < high && p(i),
  ensures
    low <= res < high,
    p(res),
    forall |i:int| #![trigger(p(i))] low <= i < res ==> !p(i),
  decreases
    high - low,
{
    if low < high {
        let mut r = i;
        let mut j = 0;
        while j < low - 1
            invariant
                i <= j <= high,
                p(i) == true,
                j <= high,
                low <= j,
                forall |j:int| #![trigger(p(j))] low <= j < j ==> !p(j),
            decreases high - j
        {
            let w = p(low);
            if w < high {
                r = w;
                j = j + 1;
            } else {
                r = w;
            }
        }
    }
}

} // verus!
