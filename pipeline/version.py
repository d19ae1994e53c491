"""The package version (also in pyproject.toml); `pipeline_version` adds a hash of code, data and model."""

__version__ = "0.1.0"
