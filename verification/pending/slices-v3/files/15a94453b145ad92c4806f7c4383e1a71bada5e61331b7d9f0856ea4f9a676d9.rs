use vstd::prelude::*;

verus! {
    // basic recursive expression
    
    // basic recursive statement
    
    // basic while loop
    
    // nested while 
    
    // infinite loop with break
    
    // for loop 
    fn exec_for_loop() {
        let mut n: u64 = 0;
        for x in iter: 0..10
            invariant n == x * 3,
            // You can write a `decreases` if you want, but it's not needed
            // because Verus inserts a decreases automatically for `for` loops:
            //   decreases 10 - iter.index@,
        {
            n += 3;
        }
    }

    
    // basic recursive expression + basic while loop
    }
