use vstd::prelude::*;

verus! {
    // basic recursive expression
    
    // basic recursive statement
    
    // basic while loop
    fn exec_basic_while_loop() {
        let mut i = 0;
        while i < 10
            invariant i <= 10
            decreases 10 - i
        {
            i = i + 1;
        }
        assert(i == 10);
    }

    // nested while 
    
    // infinite loop with break
    
    // for loop 
    
    
    // basic recursive expression + basic while loop
    }
