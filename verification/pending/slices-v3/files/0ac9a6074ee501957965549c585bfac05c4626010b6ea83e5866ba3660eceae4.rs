use vstd::prelude::*;

verus! {
    // basic recursive expression
    
    // basic recursive statement
    
    // basic while loop
    
    // nested while 
    
    // infinite loop with break
    fn exec_basic_loop_break() {
        let mut i: i8 = 0;
        loop
            invariant_except_break i <= 9
            invariant 0 <= i <= 10
            ensures 1 <= i
            decreases 10 - i
        {
            i = i + 1;
            if i == 10 {
                break;
            }
        }
    }

    // for loop 
    
    
    // basic recursive expression + basic while loop
    }
