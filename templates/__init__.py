"""Jinja2 templates of the project that `kgen new` generates; installed as kgen.templates."""
