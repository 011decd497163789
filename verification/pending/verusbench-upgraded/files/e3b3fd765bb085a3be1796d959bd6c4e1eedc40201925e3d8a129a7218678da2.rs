#![verifier::exec_allows_no_decreases_clause]
use vstd::prelude::*;
fn main() {}
verus!{
pub fn myfun(a: &mut Vec<i32>, N: u32)
	requires
		N > 0,
		old(a).len() == N,
	ensures
		forall |k:int| 0 <= k < N ==> final(a)[k] % 2 == N % 2,
{
	let mut i: usize = 0;

	while (i < N as usize)
		invariant
			forall |k:int| 0 <= k < i ==> a[k] == 0,
			a.len() == N,
	{
		a.set(i, 0);
		i = i + 1;
	}

	i = 0;
	while (i < N as usize)
		invariant
			forall |k:int| 0 <= k < i ==> a[k] % 2 == N % 2,
			forall |k:int| i <= k <= N ==> a[k] == 0,
			a.len() == N,
	{
		if (N % 2 == 0) {
			a.set(i, a[i] + 2);
		} else {
			a.set(i, a[i] + 1);
		}
		i = i + 1;
	}
}
}