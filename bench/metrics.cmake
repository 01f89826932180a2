# Benchmarks of the metrics module.
