"""spaCy callbacks for training/train.py (passed to `spacy train --code`)."""

from __future__ import annotations

from spacy.util import registry


@registry.callbacks("b1check.lemmatizer_labels.v1")
def lemmatizer_labels():
    """Rebuild the edit-tree lemmatizer's tree → label table after a resume.

    spaCy 3.7/3.8 restores the trees and labels of a sourced
    trainable_lemmatizer from disk but not this table (it is only built in
    `initialize`), so further training would map every word to label 0.
    """

    def after_init(nlp):
        # nlp.components, not nlp.pipeline: sourced components are disabled
        # while spaCy initializes the others and calls this.
        for _name, component in nlp.components:
            if component.__class__.__name__ == "EditTreeLemmatizer" and not component.tree2label:
                for label, tree in enumerate(component.cfg["labels"]):
                    component.tree2label[tree] = label
        return nlp

    return after_init
