"""Which sentences are not Dutch: an English paragraph in a bilingual notice, or the line
"Deze brief is belangrijk. Laat hem vertalen." in German, French, Turkish, Polish or Arabic.

The signal is the share of another language's function words against Dutch ones
(wordlists/engels.txt, wordlists/andere-talen.toml): cheap (a set lookup a word, for letters by
the hundred thousand) and sure where it matters, in a sentence with several of them. A sentence
mostly in another script (Arabic, Cyrillic, Greek, Chinese …) is not Dutch either. A language
detector (lingua, langid) would also name other languages, but costs a model load and
milliseconds a sentence, and on a short Dutch sentence with a foreign word it guesses.
"""

from __future__ import annotations

from functools import lru_cache

from ..language.wordlists import read_toml, word_set, wordlist_dir

# Dutch function words that are no English word: they count against English.
_DUTCH = frozenset(
    "de het een en van u uw wij niet met voor op te zijn er ook aan om naar bij dat die deze dit wordt worden "
    "heeft hebben kunt kan moet als dan maar nog wel geen uit over door tot ons onze je jij hij zij ze ik mij "
    "wat wie waar hoe".split()
)
MIN_FOREIGN = 2  # function words: one English word ("for") in a Dutch sentence is a loan, not English
# The last letter of the Latin script and its extensions (é, ş, ł, ő …; Latin Extended Additional ends at U+1EFF).
_LATIN_END = 0x24F


@lru_cache(maxsize=1)
def _languages() -> dict[str, tuple[int, ...]]:
    """Each function word with the languages it belongs to: 0 is English (wordlists/engels.txt),
    then the languages of wordlists/andere-talen.toml in their order."""
    lists = [word_set("engels"), *(language["woorden"] for language in read_toml(wordlist_dir() / "andere-talen.toml").values())]
    index: dict[str, tuple[int, ...]] = {}
    for number, words in enumerate(lists):
        for word in words:
            if len(word) > 1:
                index[word] = (*index.get(word, ()), number)
    return index


def _other_script(words: list[str]) -> bool:
    joined = "".join(words)
    if joined.isascii():
        return False  # most sentences: no need to look at each letter
    letters = [char for char in joined if char.isalpha()]
    other = sum(1 for char in letters if ord(char) > _LATIN_END and not 0x1E00 <= ord(char) <= 0x1EFF)
    return len(letters) >= 4 and other * 2 > len(letters)


def is_foreign(words: list[str], after_foreign: bool = False) -> bool:
    """Is a sentence, as its words in lower case, in another language than Dutch? `after_foreign`:
    the sentence before it in its paragraph is; then a sentence without a Dutch function word is
    too ("Bu mektup önemlidir. Anlamadıysanız lütfen tercüme ettirin.")."""
    if _other_script(words):
        return True
    if after_foreign and not any(word in _DUTCH for word in words):
        return True
    counts: dict[int, int] = {}
    index = _languages()
    for word in words:
        for language in index.get(word, ()):
            counts[language] = counts.get(language, 0) + 1
    found = max(counts.values(), default=0)
    return found >= MIN_FOREIGN and found > 2 * sum(1 for word in words if word in _DUTCH)

