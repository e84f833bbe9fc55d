"""Dialogos' version, a leaf any module can import without loading the core."""

__version__ = "0.1.0"
