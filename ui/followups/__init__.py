"""The follow-ups' window parts: the Follow-ups panel beside Balance and Ideas."""
