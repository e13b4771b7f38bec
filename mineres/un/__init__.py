"""UN conventions every stage shares: dates and session ordinals, the six languages."""
