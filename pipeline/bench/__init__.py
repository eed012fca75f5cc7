"""Speed and memory benchmark: `make bench`, or `python -m pipeline.bench --help` (the runs it measures).

Nothing in the runtime imports this package. Modules: `corpus` (the deterministic benchmark corpus),
`runner` (the measurements, each in a fresh process), `profiling` (where our own code spends its time),
`report` (the targets, docs/benchmark.md and the README's summary); `__main__` is the command line.
"""
