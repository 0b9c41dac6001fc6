"""spaCy's trainable lemmatizer, with a memory: the same lemmas, in less time.

spaCy's `trainable_lemmatizer` (EditTreeLemmatizer) predicts an edit tree per
word and applies it to the word's text twice, in Python, token by token: once
to see that it fits, once to set the lemma. A letter uses the same few hundred
words again and again, so this version remembers what each (tree, word) pair
gives and sets all lemmas of a Doc in one write. The network, the trees and
the choice of tree are spaCy's own; only the bookkeeping differs.
tests/test_parser_model.py checks that both give the same lemmas, and
benchmarks/speed.py measures the pipeline.

b1check loads its shipped pipeline with this factory in place of spaCy's
(`analyse.pipeline`); training uses spaCy's own.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.pipeline.edit_tree_lemmatizer import EditTreeLemmatizer
from spacy.tokens import Doc

FACTORY = "b1_trainable_lemmatizer"
NOT_APPLICABLE = -1  # spaCy's tree id for "no predicted tree fits this word"
REMEMBERED = 200_000  # (tree, word) pairs at most; then it starts again


class RememberingLemmatizer(EditTreeLemmatizer):
    """EditTreeLemmatizer that remembers the lemma of every (tree, word) pair it saw."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._lemma_ids: dict[tuple[int, int], int | None] = {}  # (tree, hash of the word) → hash of the lemma

    def _lemma_id(self, tree: int, orth: int) -> int | None:
        """The lemma that `tree` makes of the word, None if the tree does not fit it."""
        key = (tree, orth)
        if key not in self._lemma_ids:
            if len(self._lemma_ids) >= REMEMBERED:
                self._lemma_ids.clear()
            lemma = self.trees.apply(tree, self.vocab.strings[orth])
            self._lemma_ids[key] = None if lemma is None else self.vocab.strings.add(lemma)
        return self._lemma_ids[key]

    def _scores2guesses_top_k_equals_1(self, docs, scores):
        labels = self.cfg["labels"]
        guesses = []
        for doc, doc_scores in zip(docs, scores):
            trees = [labels[label] for label in self.numpy_ops.asarray(doc_scores.argmax(axis=1)).tolist()]
            orths = doc.to_array(ORTH).tolist()
            fitting = [self._lemma_id(tree, orth) is not None for tree, orth in zip(trees, orths)]
            guesses.append(numpy.array([tree if fits else NOT_APPLICABLE for tree, fits in zip(trees, fitting)]))
        return guesses

    def set_annotations(self, docs: Iterable[Doc], batch_tree_ids) -> None:
        for doc, tree_ids in zip(docs, batch_tree_ids):
            if hasattr(tree_ids, "get"):
                tree_ids = tree_ids.get()
            if not len(doc):
                continue
            lemmas = doc.to_array(LEMMA).tolist()
            orths = doc.to_array(ORTH).tolist()
            for index, tree in enumerate(tree_ids.tolist()):
                if lemmas[index] and not self.overwrite:
                    continue
                if tree != NOT_APPLICABLE:
                    lemmas[index] = self._lemma_id(tree, orths[index])
                elif self.backoff is not None:
                    lemmas[index] = getattr(doc[index], self.backoff)
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))


@Language.factory(
    FACTORY,
    assigns=["token.lemma"],
    default_config={
        "backoff": "orth",
        "min_tree_freq": 3,
        "overwrite": False,
        "top_k": 1,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
)
def make_remembering_lemmatizer(nlp, name, model, backoff, min_tree_freq, overwrite, top_k, scorer):
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
