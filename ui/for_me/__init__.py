"""What waits for the user: the For me panel, its count in the status bar, the "only what waits for me" filter."""
