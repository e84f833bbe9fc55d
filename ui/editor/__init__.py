"""The post editor and its fields."""
