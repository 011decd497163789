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
        a.len() > 0,
        forall|i: int| 0 <= i < a.len() ==> a@[i] == b@[i],
        forall|i: int| 0 <= i < a.len() ==> a@[i] == '0' || a@[i] == '1'
// </vc-spec>
// <vc-code>
{
    let n = a.len();
    let mut res: Vec<char> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            res.len() == n,
            forall|j: int| 0 <= j < i as int ==> res@[j] == a@[j],
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