# Benchmarks of the protocol module.
