"""Stage 4, score: readability metrics and the B1 verdict, computed once per letter.
May import: rules, analysis, language, load, model, settings."""

from .metrics import BROUWER, DOUMA, compute_metrics, lint_score, prose_sentences, syllables
from .verdict import verdict

__all__ = ["BROUWER", "DOUMA", "compute_metrics", "lint_score", "prose_sentences", "syllables", "verdict"]
