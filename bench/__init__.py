"""Benchmarks: each compares alternatives side by side in one run and prints figures and ratios."""
