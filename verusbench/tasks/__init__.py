"""Task builders: each turns units (or repair chains) into dataset rows of one task."""
