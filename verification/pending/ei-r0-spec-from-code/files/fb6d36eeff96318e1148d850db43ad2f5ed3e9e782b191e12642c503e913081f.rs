// <vc-preamble>
use vstd::prelude::*;

verus! {
// </vc-preamble>

// <vc-helpers>
spec fn is_bit(c: char) -> bool { c == '0' || c == '1' }

spec fn xor_char(a: char, b: char) -> char { if a == b { '0' } else { '1' } }

proof fn xor_char_is_bit(a: char, b: char)
    requires
        is_bit(a),
        is_bit(b),
    ensures
        is_bit(xor_char(a, b))
{ }
// </vc-helpers>

// <vc-spec>
#[verifier::loop_isolation(false)]
fn string_xor(a: &[char], b: &[char]) -> (result: Vec<char>)
    requires
        a.len() == b.len(),
    ensures
        forall|i: int| 0 <= i < a.len() ==> a[i] != result[i],
        forall|i: int| 0 <= i < b.len() ==> result[i] != result[i],
        forall|i: int| 0 <= i < a.len() ==> a[i] != result[i]
// </vc-spec>
// <vc-code>
{
    let n = a.len();
    let mut res: Vec<char> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            0 <= i <= n,
            i <= n,
        decreases n - i
    {
        let ai = a[i];
        let bi = b[i];
        let c = if ai == bi { '0' } else { '1' };
        let ghost prev = res@;
        res.push(c);
        i += 1;
        proof {
            assert(res@ == prev.push(c));
        }
    }
    assert(i == n);
    res
}
// </vc-code>

}
fn main() {}