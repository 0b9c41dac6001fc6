"""The version of b1check, in one place: the package, its reports and the build read it here."""

__version__ = "0.1.0"
