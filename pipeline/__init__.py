"""policy-pipeline: policy documents in, normalized tables of figures, places and institutions out."""

__version__ = "0.1.0"
