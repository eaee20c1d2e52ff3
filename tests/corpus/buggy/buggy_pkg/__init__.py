"""A small training package with a mistake across modules: `python -m buggy_pkg.train`."""
