"""A small training package: `python -m clean_pkg.train` from tests/corpus/clean."""
