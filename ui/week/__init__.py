"""The week: the view, where its cards go (layout) and how they are drawn (paint)."""
