

// suppress warnings about variable names in PMDK

use vstd::prelude::*;

#[cfg(all(target_os = "linux", feature = "pmem"))]
include!("./bindings.rs");

pub mod common {
pub mod subrange_v {
// This file provides utility functions and proofs for working with subranges of sequences and their properties.
// It includes operations for extracting subranges, comparing sequences within specific ranges, and verifying
// the effects of partial writes on sequences and persistent memory views. It includes several broadcast
// lemmas and broadcast groups for ease of use.

use vstd::prelude::*;
use vstd::set_lib::*;
use vstd::seq::*;

verus! {

// Extracts a subrange of a sequence starting at index `i` with length `len`.

// Indicates whether two sequences match within a specified range [start, end).

// Indicates whether two sequences match except within a specified range [start, end).

// Indicates whether two persistent memory views match within a specified range [start, end).

// Indicates whether two persistent memory views match except within a specified range [start, end).

// Proves that two sequences related by can_result_from_partial_write match
// except in the specified range.

// Proves (in a way that can be used by broadcast) that two sequences related by
// can_result_from_partial_write match except in the range of the write.

// Proves, in a way that can be used by broadcast, that two sequences related by
// can_result_from_partial_write match in any subrange that doesn't
// overlap with the write range. It's triggered by saying
// `s1.subrange(inner_start, inner_end)` where `s1` is the original sequence
// that gets written to.

// Proves that if two persistent memory views are related by can_result_from_write,
// then (1) the state resulting from the write operation is valid, (2) the two
// read states match except in the range of the write, and (3) the subrange of the
// resulting read state that corresponds to the write range equals the bytes written.


// Proves, in a way that can be used by broadcast, that if two persistent memory views are related by
// can_result_from_write, then (1) the state resulting from the write operation is valid, (2) the two
// read states match except in the range of the write, and (3) the subrange of the resulting read state
// that corresponds to the write range equals the bytes written.

// Proves, in a way that can be used by broadcast, that if two persistent memory views are related by
// can_result_from_write, then the two read states match in any subrange that doesn't overlap with the
// write range. The trigger is `v2.read_state.subrange(inner_start, inner_end)` where `v2` is the
// persistent memory view that results from the write.

// Proves that the length of a subrange is equal to the difference between its start and end indices.

// Proves that a subrange of a subrange is equivalent to a single subrange operation.
#[verifier::external_body]
pub proof fn lemma_subrange_subrange<T>(s: Seq<T>, outer_start: int, outer_end: int,
                                        inner_start: int, inner_end: int)
    requires
        0 <= outer_start <= inner_start <= inner_end <= outer_end <= s.len(),
    ensures
        s.subrange(inner_start, inner_end) ==
            s.subrange(outer_start, outer_end).subrange(inner_start - outer_start, inner_end - outer_start),


{
    unimplemented!()
}

// Proves, in a way that can be used by broadcast, that a subrange of a subrange is equivalent to a single
// subrange operation. The trigger has two parts: `s.subrange(inner_start, inner_end)` and
// `s.subrange(outer_start, outer_end)`. The function ends in `_dangerous` because it can lead
// to a large number of cascading quantifier instatiations.
pub broadcast proof fn broadcast_subrange_subrange_dangerous<T>(
    s: Seq<T>,
    outer_start: int,
    outer_end: int,
    inner_start: int,
    inner_end: int
)
    requires
        0 <= outer_start <= inner_start <= inner_end <= outer_end <= s.len(),
    ensures
        #[trigger] s.subrange(inner_start, inner_end) ==
                   (#[trigger] s.subrange(outer_start, outer_end)).subrange(inner_start - outer_start,
                                                                            inner_end - outer_start),
{
    lemma_subrange_subrange(s, outer_start, outer_end, inner_start, inner_end);
}

// Proves, in a way that can be used by broadcast, how updating a subsequence with `update_bytes`
// affects subranges of the resulting sequence. It makes the two sequences match except in the
// range of the update, and it makes the subrange of the resulting sequence that corresponds to the
// update range equal to the bytes written. The trigger is `update_bytes(s1, addr, bytes)`.

// Proves, in a way that can be used by broadcast, how updating bytes in a sequence with `update_bytes`
// affecs subranges of the resulting sequence that don't overlap with the update range. The trigger
// is `update_bytes(s1, addr, bytes).subrange(inner_start, inner_end)` where `s1` is the original sequence
// that gets written to.

// Proves, in a way that can be used by broadcast, that concatenating two consecutive subranges gives
// the same result as a single subrange operation. The trigger is two parts, one for each consecutive
// subrange.

// Proves that concatenating three consecutive subranges gives the same result as a single subrange
// operation.

// Proves that concatenating four consecutive subranges is equivalent to a single subrange operation.

// Proves, in a way that can be used by broadcast, that if two sequences match in a range,
// then they also match in any subrange of that range. The trigger is two parts:
// `seqs_match_in_range(s1, s2, outer_start, outer_end)` and `s1.subrange(inner_start, inner_end)`.

// Proves, in a way that can be used by broadcast, that if sequences s1 and s2 match
// in range `[inner_start, inner_end)` and s2 and s3 match in range `[outer_start, outer_end)`,
// where the inner range is a subrange of the outer range, then s1 and s3 also match in the
// inner range. The trigger is two parts:
// `seqs_match_in_range(s1, s2, inner_start, inner_end)` and
// `seqs_match_in_range(s2, s3, outer_start, outer_end)`.

// Groups broadcasts related to the effects of `can_result_from_write`
// and its variants (e.g., `can_result_from_partial_write`).

// Groups broadcasts related to the effects of `update_bytes`.

}

}
}
// pub mod log;
// pub mod multilog;



verus! {


}
