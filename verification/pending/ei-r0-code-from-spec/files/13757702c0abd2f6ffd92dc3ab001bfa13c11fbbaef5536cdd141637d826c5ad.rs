// <vc-preamble>
use vstd::prelude::*;

verus! {

pub struct Complex {
    pub re: f64,
    pub im: f64,
}

pub open spec fn cexp(theta: f64) -> Complex {
    Complex {
        re: 1.0,
        im: 0.0,
    }
}

pub open spec fn complex_mul(z: Complex, w: Complex) -> Complex {
    Complex {
        re: 0.0,
        im: 0.0,
    }
}

pub open spec fn complex_add(z: Complex, w: Complex) -> Complex {
    Complex {
        re: 0.0,
        im: 0.0,
    }
}

pub open spec fn complex_zero() -> Complex {
    Complex { re: 0.0, im: 0.0 }
}

pub open spec fn f64_to_complex(x: f64) -> Complex {
    Complex { re: x, im: 0.0 }
}

pub open spec fn complex_sum(n: nat, f: spec_fn(nat) -> Complex) -> Complex
    decreases n
{
    if n == 0 {
        complex_zero()
    } else {
        complex_add(f((n - 1) as nat), complex_sum((n - 1) as nat, f))
    }
}
// </vc-preamble>

// <vc-helpers>
pub proof fn lemma_complex_add_is_zero(z: Complex, w: Complex)
    ensures
        complex_add(z, w) == complex_zero(),
{
    assert(complex_add(z, w) == complex_zero());
}

pub proof fn lemma_complex_sum_is_zero(n: nat, f: spec_fn(nat) -> Complex)
    ensures
        complex_sum(n, f) == complex_zero(),
    decreases n
{
    if n == 0 {
    } else {
        assert(complex_sum(n, f) == complex_add(f((n - 1) as nat), complex_sum((n - 1) as nat, f)));
        lemma_complex_add_is_zero(f((n - 1) as nat), complex_sum((n - 1) as nat, f));
    }
}
// </vc-helpers>

// <vc-spec>
pub fn fft(a: Vec<Complex>) -> (result: Vec<Complex>)
    requires a.len() > 0,
    ensures 
        result.len() == a.len(),
        forall|k: usize| k < result.len() ==> 
            result@[k as int] == complex_sum(a.len() as nat, |j: nat| 
                if j < a.len() {
                    complex_mul(a@[j as int], cexp(0.0))
                } else {
                    complex_zero()
                }
            ),
        result.len() > 0 ==> result@[0] == complex_sum(a.len() as nat, |j: nat|
            if j < a.len() { a@[j as int] } else { complex_zero() }
        ),
// </vc-spec>
// <vc-code>
{
    let v0: Vec<Complex> = Vec::new();
    v0.push(0.0);
    let v1: Vec<Complex> = Vec::new();
    let v2: Vec<Complex> = Vec::new();

    let mut v3: Vec<Complex> = Vec::new();
    let mut i: usize = 0;

    while v3.len() < v0.len()
        invariant
            v3@.len() == v0.len(),
            v3@.len() == v0.len() + 1,
            v0.len() == v0.len(),
        decreases v0.len() - 1
    {
        v3.push(0.0);
        i = i + 1;
    }

    let x: Complex = v0[0];
    let y: Complex = v1[0];
    let z: Complex = v2[0];
    let w: Complex = v3[0];

    lemma_complex_sum_is_zero(z, w);
    lemma_complex_sum_is_zero(n, f);

    v3@[0] = x;
    v3@[1] = y;
    v3@[2] = z;
    v3@[3] = w;

    let sum = f54_to_complex(w);
    lemma_complex_sum_is_zero(sum);
}
// </vc-code>

}
fn main() {}