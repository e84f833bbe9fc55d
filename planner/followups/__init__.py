"""Follow-ups: what posts promise the community, kept or not (``planner.followups``)."""
