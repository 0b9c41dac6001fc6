"""Which sentences are not Dutch: an English paragraph in a bilingual notice.

The signal is the share of English function words (wordlists/engels.txt) against Dutch ones:
cheap (a set lookup a word, for letters by the hundred thousand) and sure where it matters,
in a sentence with several of them. A language detector (lingua, langid) would also name other
languages, but costs a model load and milliseconds a sentence, and on a short Dutch sentence
with an English word it guesses.
"""

from __future__ import annotations

from ..language.wordlists import word_set

# Dutch function words that are no English word: they count against English.
_DUTCH = frozenset(
    "de het een en van u uw wij niet met voor op te zijn er ook aan om naar bij dat die deze dit wordt worden "
    "heeft hebben kunt kan moet als dan maar nog wel geen uit over door tot ons onze je jij hij zij ze ik mij "
    "wat wie waar hoe".split()
)
MIN_ENGLISH = 2  # function words: one English word ("for") in a Dutch sentence is a loan, not English


def is_english(words: list[str]) -> bool:
    """Is a sentence, as its words in lower case, English rather than Dutch?"""
    english_words = word_set("engels")
    english = sum(1 for word in words if word in english_words)
    if english < MIN_ENGLISH:
        return False
    dutch = sum(1 for word in words if word in _DUTCH)
    return english > 2 * dutch
