"""The agenda: every post of the range in a table."""
