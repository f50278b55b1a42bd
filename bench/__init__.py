"""Benchmarks: ratios against a baseline measured in the same run (machines here are noisy)."""
