"""spaCy's trainable lemmatizer, with a memory: the same lemmas, in less time.

spaCy's `trainable_lemmatizer` (EditTreeLemmatizer) predicts an edit tree per
word and applies it to the word's text twice, in Python, token by token: once
to see that it fits, once to set the lemma. A letter uses the same few hundred
words again and again, so this version remembers what each (tree, word) pair
gives and sets all lemmas of a Doc in one write. The network, the trees and
the choice of tree are spaCy's own; only the bookkeeping differs.
tests/language/test_parser_model.py checks that both give the same lemmas, and
benchmarks/speed.py measures the pipeline.

b1check loads its shipped pipeline with this factory in place of spaCy's
(`analyse.pipeline`); training uses spaCy's own. A pipeline saved from
`analyse.pipeline("b1check")` names this factory in its config, so it loads
only where b1check is imported.
"""

# No `from __future__ import annotations`: spaCy checks the factory's arguments
# against their annotations, which must then be real types.
from collections.abc import Callable, Iterable

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.pipeline.edit_tree_lemmatizer import DEFAULT_EDIT_TREE_LEMMATIZER_MODEL, EditTreeLemmatizer
from spacy.tokens import Doc
from thinc.api import Model

FACTORY = "b1_trainable_lemmatizer"
NOT_APPLICABLE = -1  # spaCy's tree id for "no predicted tree fits this word"
REMEMBERED = 200_000  # (tree, word) pairs at most; then it starts again


class RememberingLemmatizer(EditTreeLemmatizer):
    """EditTreeLemmatizer that remembers the lemma of every (tree, word) pair it saw.

    It remembers the lemma's text, not its hash: spaCy 3.8 can forget strings
    (`nlp.memory_zone()`), and the lemma is added to the Doc's strings again
    each time it is set.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._lemmas: dict[tuple[int, int], str | None] = {}  # (tree, hash of the word) → lemma

    def _lemma(self, tree: int, orth: int) -> str | None:
        """The lemma that `tree` makes of the word, None if the tree does not fit it."""
        key = (tree, orth)
        if key not in self._lemmas:
            if len(self._lemmas) >= REMEMBERED:
                self._lemmas.clear()
            self._lemmas[key] = self.trees.apply(tree, self.vocab.strings[orth])
        return self._lemmas[key]

    def _scores2guesses_top_k_equals_1(self, docs, scores):
        labels = self.cfg["labels"]
        guesses = []
        for doc, doc_scores in zip(docs, scores):
            trees = [labels[label] for label in self.numpy_ops.asarray(doc_scores.argmax(axis=1)).tolist()]
            orths = doc.to_array(ORTH).tolist()
            fitting = [self._lemma(tree, orth) is not None for tree, orth in zip(trees, orths)]
            guesses.append(numpy.array([tree if fits else NOT_APPLICABLE for tree, fits in zip(trees, fitting)]))
        return guesses

    def set_annotations(self, docs: Iterable[Doc], batch_tree_ids) -> None:
        for doc, tree_ids in zip(docs, batch_tree_ids):
            if hasattr(tree_ids, "get"):
                tree_ids = tree_ids.get()
            if not len(doc):
                continue
            strings = doc.vocab.strings
            lemmas = doc.to_array(LEMMA).tolist()
            orths = doc.to_array(ORTH).tolist()
            for index, tree in enumerate(tree_ids.tolist()):
                if lemmas[index] and not self.overwrite:
                    continue
                if tree != NOT_APPLICABLE:
                    lemmas[index] = strings.add(self._lemma(tree, orths[index]))
                elif self.backoff is not None:
                    lemmas[index] = getattr(doc[index], self.backoff)
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))

    # New trees make new lemmas: forget the old ones.
    def initialize(self, *args, **kwargs):
        self._lemmas.clear()
        return super().initialize(*args, **kwargs)

    def from_bytes(self, *args, **kwargs):
        self._lemmas.clear()
        return super().from_bytes(*args, **kwargs)

    def from_disk(self, *args, **kwargs):
        self._lemmas.clear()
        return super().from_disk(*args, **kwargs)


# spaCy's own factory settings and defaults (spacy/pipeline/edit_tree_lemmatizer.py).
@Language.factory(
    FACTORY,
    assigns=["token.lemma"],
    default_config={
        "model": DEFAULT_EDIT_TREE_LEMMATIZER_MODEL,
        "backoff": "orth",
        "min_tree_freq": 3,
        "overwrite": False,
        "top_k": 1,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
    default_score_weights={"lemma_acc": 1.0},
)
def make_remembering_lemmatizer(
    nlp: Language,
    name: str,
    model: Model,
    backoff: str | None,
    min_tree_freq: int,
    overwrite: bool,
    top_k: int,
    scorer: Callable | None,
) -> RememberingLemmatizer:
    """`trainable_lemmatizer`, the remembering kind."""
    return RememberingLemmatizer(
        nlp.vocab,
        model,
        name,
        backoff=backoff,
        min_tree_freq=min_tree_freq,
        overwrite=overwrite,
        top_k=top_k,
        scorer=scorer,
    )
