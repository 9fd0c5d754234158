"""Benchmarks of the promises that have a cost: `python -m bench` (see bench/README.md)."""
