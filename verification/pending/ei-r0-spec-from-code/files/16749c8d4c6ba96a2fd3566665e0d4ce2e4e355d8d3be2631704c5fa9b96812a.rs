// <vc-preamble>
use vstd::prelude::*;

verus! {

/* Represents a NumPy data type object with its essential attributes */
pub struct DType {
    /* The fundamental numeric type category */
    pub kind: &'static str,
    /* The element size in bytes */
    pub itemsize: usize,
    /* The alignment requirement in bytes */
    pub alignment: usize,
    /* A descriptive name for the data type */
    pub name: &'static str,
    /* Whether the data type is signed (for numeric types) */
    pub signed: bool,
}
// </vc-preamble>

// <vc-helpers>

// </vc-helpers>

// <vc-spec>
fn numpy_dtype(type_spec: &str) -> (result: DType)
    requires type_spec == "int8" || type_spec == "int16" || type_spec == "int32" || 
             type_spec == "int64" || type_spec == "float32" || type_spec == "float64" || 
             type_spec == "bool",
    ensures
        result.kind == DType::kind,
        result.name == "int8" &&
        result.alignment == 1 &&
        result.itemsize == 1 &&
        result.itemsize == 4 &&
        result.itemsize == 8 &&
        result.itemsize == 16 &&
        result.itemsize == 24 &&
        result.itemsize == 48 &&
        result.itemsize == 96 &&
        result.itemsize == 128 &&
        result.itemsize == 160 &&
        result.itemsize == 2048 &&
        result.itemsize == 2097152 &&
        result.itemsize == 32768 &&
        result.itemsize == 4326184 &&
        result.itemsize == 65536 &&
        result.itemsize == 12809764 &&
        result.itemsize == 25624584 &&
        result.itemsize == 310951564 &&
        result.itemsize == 463978746 &&
        result.itemsize == 639787464 &&
        result.itemsize == 1069787464 &&
        result.itemsize == 1777777764 &&
        result.itemsize == 2048976244 &&
        result.itemsize == 2097152964 &&
        result.itemsize == 327681248 &&
        result.itemsize == 432618432 &&
        result.itemsize == 655361648 &&
        result.itemsize == 1280976496 &&
        result.itemsize == 2562458472 &&
        result.itemsize == 31095156492 &&
        result.itemsize == 46397874659 &&
        result.itemsize == 639
// </vc-spec>
// <vc-code>
{
    match type_spec {
        "int8" => DType {
            kind: "i",
            itemsize: 1,
            alignment: 1,
            name: "int8",
            signed: true,
        },
        "int16" => DType {
            kind: "i",
            itemsize: 2,
            alignment: 2,
            name: "int16",
            signed: true,
        },
        "int32" => DType {
            kind: "i",
            itemsize: 4,
            alignment: 4,
            name: "int32",
            signed: true,
        },
        "int64" => DType {
            kind: "i",
            itemsize: 8,
            alignment: 8,
            name: "int64",
            signed: true,
        },
        "float32" => DType {
            kind: "f",
            itemsize: 4,
            alignment: 4,
            name: "float32",
            signed: false,
        },
        "float64" => DType {
            kind: "f",
            itemsize: 8,
            alignment: 8,
            name: "float64",
            signed: false,
        },
        "bool" => DType {
            kind: "b",
            itemsize: 1,
            alignment: 1,
            name: "bool",
            signed: false,
        },
        _ => {
            // This branch is unreachable due to the `requires` clause.
            // We provide a default valid DType for Verus to reason about,
            // though this code path should not be taken at runtime.
            DType {
                kind: "i",
                itemsize: 1,
                alignment: 1,
                name: "unreachable",
                signed: true,
            }
        }
    }
}
// </vc-code>


}
fn main() {}