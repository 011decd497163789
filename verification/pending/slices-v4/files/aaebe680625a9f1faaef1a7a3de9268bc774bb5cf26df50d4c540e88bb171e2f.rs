use vstd::prelude::*;

verus! {
    // basic recursive expression
    
    // basic recursive statement
    
    // basic while loop
    
    // nested while 
    
    // infinite loop with break
    
    // for loop 
    
    fn exec_for_loop_2() {
        let mut n: u64 = 0;
        let mut end = 10;
        for x in iter: 0..end 
            invariant 
                n == x * 3,
                end == 10,
            // You can write a `decreases` if you want, but it's not needed
            // because Verus inserts a decreases automatically for `for` loops:
            //   decreases end - iter.index@,
        {
            n += 3;
        }
    }

    // basic recursive expression + basic while loop
    }
