// <vc-preamble>
use vstd::prelude::*;

verus! {

/* A simple abstraction for regular expressions */
struct RegExp {
    /* The regular expression pattern */
    pattern: String,
}

/* A simple abstraction for structured data types */
struct StructuredDataType {
    /* List of field names and their types */
    fields: Vec<(String, String)>,
}

/* A simple abstraction for structured array elements */
struct StructuredElement {
    /* List of field values as strings */
    values: Vec<String>,
}
// </vc-preamble>

// <vc-helpers>
fn make_empty_structured_elements() -> (result: Vec<StructuredElement>)
    ensures
        result@.len() == 0,
{
    Vec::new()
}
// </vc-helpers>

// <vc-spec>
fn fromregex(file_content: Vec<u8>, regexp: RegExp, dtype: StructuredDataType) -> (result: Vec<StructuredElement>)
    requires dtype.fields@.len() > 0,
    ensures
        forall|i: int| 0 <= i < result@.len() ==> result@[i].values@.len() == dtype.fields@.len(),
        forall|i: int, j: int| 0 <= i < result@.len() && 0 <= j < result@.len() ==> 
            result@[i].values@.len() == result@[j].values@.len(),
        result@.len() > 0 ==> file_content@.len() > 0
// </vc-spec>
// <vc-code>
{
    let mut result: Vec<StructuredElement> = Vec::new();
    let mut i: usize = 0;
    while i < result.len()
        invariant
            result@.len() == i,
            forall|j: int| 0 <= j < result@.len() ==> result@[j].values@.len() == dtype.fields@.len(),
            forall|j: int, k: int| 0 <= j < result@.len() && 0 <= k < result@.len() ==> result@[j].values@.len() == result@[k].values@.len(),
            result@.len() > 0,
        decreases result@.len() - i
    {
        let cell = result.clone().elem();
        result.push(cell);
        i = i + 1;
    }
    result
}
// </vc-code>


}
fn main() {}