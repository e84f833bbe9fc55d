"""The month: the view and its day cells."""
