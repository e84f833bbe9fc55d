"""Benchmarks of the planning core, run by ``make bench`` (``python -m benchmarks``).

Each module measures two things in the same run and prints their ratio (and
the absolute times): a ratio survives a slower or busier machine, an absolute
time does not. Nothing here asserts a timing; every file is written in a
temporary folder that is removed afterwards.
"""
