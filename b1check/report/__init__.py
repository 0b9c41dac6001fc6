"""Formatters: turn reports into output. They compute nothing."""

from . import json, text

FORMATS = {"text": text, "json": json}
