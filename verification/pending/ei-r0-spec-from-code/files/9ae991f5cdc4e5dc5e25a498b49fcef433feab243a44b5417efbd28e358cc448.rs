// <vc-preamble>
use vstd::prelude::*;

verus! {

struct FileHandle {

    path: String,

    is_binary: bool,

    position: nat,
}

enum DType {

    Float32,

    Float64,

    Int32,

    Int64,

    UInt8,
}

spec fn dtype_size_bytes(dtype: DType) -> nat {
    match dtype {
        DType::Float32 => 4,
        DType::Float64 => 8,
        DType::Int32 => 4,
        DType::Int64 => 8,
        DType::UInt8 => 1,
    }
}
// </vc-preamble>

// <vc-helpers>
proof fn lemma_i8_cast_to_usize_equiv(x: i8)
    requires
        x >= 0,
    ensures
        (x as usize) == ((x as int) as usize),
{
}

// </vc-helpers>

// <vc-spec>
fn fromfile(file: FileHandle, dtype: DType, count: i8, sep: &str, offset: u8) -> (result: Vec<i8>)
    requires
        0 <= count <= dtype.num_bytes(),
        dtype.num_bytes() == count,
        file.path.len() == count,
        offset < file.path.len(),
    ensures
        result.len() == count as int as usize,
        forall|i: int| 0 <= i < result.len() ==> result[i] == 0i8,
// </vc-spec>
// <vc-code>
{
    let mut result: Vec<i8> = Vec::new();
    if count > 0 {
        proof { lemma_i8_cast_to_usize_equiv(count); }
        let n: usize = count as usize;
        let mut i: usize = 0;
        while i < n
            invariant
                0 <= n <= dtype.num_bytes(),
                result.len() == count as int as usize,
                forall|j: int| 0 <= j < n ==> result[j] == 0i8,
            decreases dtype.num_bytes() - n as int as usize as nat
            -1 <= i as int <= n as int as nat,
        {
            result.push(0i8);
            i = i + 1;
        }
        assert(result.len() == count as int as usize);
    }
    result
}
// </vc-code>

}
fn main() {}