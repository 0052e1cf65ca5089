"""Growth of the text-handling paths on inputs built to make them slow.

Each case times a path outside the model on an input of size n and of size
4n and prints both times and their ratio: about 4 for linear work, about 16
for quadratic. Sessions 13-15 made each of these paths linear after a review
found it quadratic or worse (the README of this folder has the history); this
script shows at a glance if one grows again.

    python benchmarks/pathological.py [--scale 1.0] [--json out.json]

No model runs and nothing is read from ``../shared``; it takes seconds.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable

from framing.analyze import several_sentences
from framing.language import looks_english
from framing.document import Sentence, Span
from framing.given_names import _MEN, _WOMEN, given_name_spelling
from framing.profile import build_profile
from framing.segment import split_sentences
from framing.person_names import given_names_before
from framing.source_finders import name_after_cue, name_before_description
from framing.source_index import SourceIndex
from framing.spans import quoted_regions

LABELS = ("reported_fact", "attributed_claim", "official_denial", "editorial_opinion")
#: Ratio of the 4n time to the n time above which a case is flagged (linear work gives about 4).
FLAG_RATIO = 8.0


def _claims(names: list[str], rest: str) -> tuple[str, list[Sentence]]:
    """A document of one claim per name, "NAME said REST", each with its source and cue spans."""
    parts, sentences, at = [], [], 0
    for name in names:
        sentence = f"{name} said {rest}"
        parts.append(sentence)
        spans = (Span("source", at, at + len(name), name),
                 Span("cue", at + len(name) + 1, at + len(name) + 5, "said"))
        scores = {label: 0.0 for label in LABELS} | {"attributed_claim": 1.0}
        sentences.append(Sentence(sentence, at, at + len(sentence), "attributed_claim", scores, spans))
        at += len(sentence) + 1
    return " ".join(parts), sentences


def _people(n: int) -> tuple[str, list[Sentence]]:
    """A document of ``n`` sentences, each crediting another person (the source index's worst case)."""
    return _claims([f"Person{k} Surname{k}" for k in range(n)], "it rained.")


def _profile_people(n: int) -> Callable[[], object]:
    text, sentences = _people(n)
    return lambda: build_profile(sentences, LABELS, text)


def _namesakes(n: int) -> tuple[str, list[Sentence]]:
    """A document of ``n`` sentences crediting people of one surname, each other one named in full with a known
    given name of its own and each between by the surname alone ("Ada Varga said ... Varga said ..."): hundreds of
    namesakes that each surname alone is read against (the namesake rule once went over all of them, and over their
    names, again for each: 40,000 characters took minutes)."""
    given = sorted({given_name_spelling(word) or word for word in _WOMEN | _MEN})  # one spelling of each
    names = ["Varga" if k % 2 else f"{given[k // 2 % len(given)].capitalize()} Varga" for k in range(n)]
    return _claims(names, "the count was wrong.")


def _profile_namesakes(n: int) -> Callable[[], object]:
    text, sentences = _namesakes(n)
    return lambda: build_profile(sentences, LABELS, text)


def _see_capitals(n: int) -> Callable[[], object]:
    """A sentence of ``n`` characters in capitals without a stop, an acronym in brackets in it now and then
    (captions; the acronym rule once read back from each capital)."""
    words = "THE MINISTER SAID THE COUNCIL OF STATE WAS WRONG AND THE PEOPLE OF LAGOS AND ABUJA (PLA) DO NOT AGREE "
    text = (words * (n // len(words) + 1))[:n]
    return lambda: SourceIndex().see(text)


def _see_initials(n: int) -> Callable[[], object]:
    """A sentence of ``n`` characters of initials with no space between them ("A.A.A. ..."): the patterns of a name
    after a title, which may open with an initialism ("U.S. Attorney Ana Ruiz"), would read the run to its end from
    each initial."""
    return lambda: SourceIndex().see("A." * (n // 2))


def _see_initials_in_copy(n: int) -> Callable[[], object]:
    """The same run of initials in a sentence of copy, no headline ("A.A.A. ... x, 43,"): the pattern of a name with
    an age after it once read the run to its end from each initial (20,000 characters: some 39 s)."""
    return lambda: SourceIndex().see("A." * (n // 2) + " x, 43,")


def _profile_run_before_adverb(n: int) -> Callable[[], object]:
    """A sentence of a run of ``n`` hyphens before a loaded manner adverb after "denied" (the word before the adverb
    was once sought from each character of the run)."""
    text = "-" * n + ", Tom Vell denied knowingly taking bribes."
    at = text.index("knowingly")
    scores = {label: 0.0 for label in LABELS} | {"official_denial": 1.0}
    spans = (Span("source", n + 2, n + 10, "Tom Vell"), Span("cue", n + 11, n + 17, "denied"),
             Span("loaded", at, at + 9, "knowingly"))
    sentences = [Sentence(text, 0, len(text), "official_denial", scores, spans)]
    return lambda: build_profile(sentences, LABELS, text)


def _profile_run_of_auxiliaries(n: int) -> Callable[[], object]:
    """A source span of a name and a run of ``n`` characters of "also" before no verb ("Kessel also also ... x"):
    the run before a verb that acts on a name after it was once read again from each word of it."""
    source = "Kessel" + " also" * (n // 5) + " x"
    text = f"{source} said it rained."
    scores = {label: 0.0 for label in LABELS} | {"attributed_claim": 1.0}
    spans = (Span("source", 0, len(source), source), Span("cue", len(source) + 1, len(source) + 5, "said"))
    sentences = [Sentence(text, 0, len(text), "attributed_claim", scores, spans)]
    return lambda: build_profile(sentences, LABELS, text)


def _one_long_sentence(n: int) -> tuple[str, list[Sentence]]:
    """One sentence of ``n`` characters that names an outlet again and again ("Nine News said X. Nine News said
    X. ...", as a segmenter that split at none of its stops would leave it), a source and a cue span each time."""
    unit = "Nine News said X. "
    text = unit * (n // len(unit))
    spans = tuple(span for at in range(0, len(text), len(unit))
                  for span in (Span("source", at, at + 9, "Nine News"), Span("cue", at + 10, at + 14, "said")))
    scores = {label: 0.0 for label in LABELS} | {"attributed_claim": 1.0}
    return text, [Sentence(text, 0, len(text), "attributed_claim", scores, spans)]


def _profile_one_long_sentence(n: int) -> Callable[[], object]:
    """The profile of that sentence: each span's checks of the words before it once read the sentence from its
    start (20,000 characters, 1,111 spans: some 3 s)."""
    text, sentences = _one_long_sentence(n)
    return lambda: build_profile(sentences, LABELS, text)


def _one_long_said_sentence(n: int) -> tuple[str, list[Sentence]]:
    """One sentence of ``n`` characters of quotations each closed by "he said"
    ('“X,” he said. “X,” he said. ...'),
    a source span on each "he" and a cue on each "said"."""
    unit = "\u201cX,\u201d he said. "
    text = unit * (n // len(unit))
    spans = tuple(span for at in range(0, len(text), len(unit))
                  for span in (Span("source", at + 5, at + 7, "he"), Span("cue", at + 8, at + 12, "said")))
    scores = {label: 0.0 for label in LABELS} | {"attributed_claim": 1.0}
    return text, [Sentence(text, 0, len(text), "attributed_claim", scores, spans)]


def _profile_one_long_said_sentence(n: int) -> Callable[[], object]:
    """The profile of that sentence: each span's check of a clause of time after a cue that "he" opens searched the
    sentence from its start before each cue (5,000 characters, 357 spans: some 4.8 s), and each span's cue and that
    cue's subject were sought among all the cues and spans again."""
    text, sentences = _one_long_said_sentence(n)
    return lambda: build_profile(sentences, LABELS, text)


CASES: dict[str, tuple[int, Callable[[int], Callable[[], object]]]] = {
    # name: (n at scale 1, builder of the call for size n); sizes make the n run take some 10-100 ms
    "looks_english, words": (1_000_000, lambda n: lambda: looks_english("the report was said " * (n // 20))),
    "several_sentences, no spaces": (200_000, lambda n: lambda: several_sentences(["a." * (n // 2)])),
    "split_sentences, no spaces": (500_000, lambda n: lambda: split_sentences("x" * n)),
    "split_sentences, CJK line": (200_000, lambda n: lambda: split_sentences("报告说" * (n // 3))),
    "quoted_regions, unclosed \u2039": (200_000, lambda n: lambda: quoted_regions("\u2039" + "a b " * (n // 4))),
    "quoted_regions, ' over CRLF lines": (16_000, lambda n: lambda: quoted_regions("'" + "word\r\n" * n)),
    "build_profile, distinct people": (1_000, _profile_people),
    "SourceIndex.see, capitals": (80_000, _see_capitals),
    "SourceIndex.see, initials": (50_000, _see_initials),
    "SourceIndex.see, initials in copy": (50_000, _see_initials_in_copy),
    "build_profile, namesakes": (250, _profile_namesakes),
    "build_profile, run before an adverb": (200_000, _profile_run_before_adverb),
    "build_profile, run of auxiliaries": (20_000, _profile_run_of_auxiliaries),
    "build_profile, one long sentence": (5_000, _profile_one_long_sentence),
    "build_profile, he said, one sentence": (5_000, _profile_one_long_said_sentence),
    # a name after an inverted cue: the blanks after a comma were once shared between two runs of \s*, tried every way
    "name_after_cue, blanks after a comma": (2_000_000, lambda n: lambda: name_after_cue("x," + " " * n + "said")),
    "name_before_description, initials": (200_000, lambda n: lambda: name_before_description("A." * (n // 2) + " x, ")),
    "given_names_before, one line": (
        1_000, lambda n: lambda: given_names_before("Quorbix Vell met them. " * n, "vell")),
}


def _seconds(call: Callable[[], object]) -> float:
    """Best of three runs (a shared machine's noise is one-sided)."""
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every input size (default 1)")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    rows = []
    print(f"{'case':36} {'n':>9} {'time n':>9} {'time 4n':>9} {'ratio':>6}")
    for name, (size, build) in CASES.items():
        n = max(4, int(size * args.scale))
        small, large = _seconds(build(n)), _seconds(build(4 * n))
        ratio = large / max(small, 1e-9)
        flag = "  <- grows faster than linear" if ratio > FLAG_RATIO else ""
        print(f"{name:36} {n:>9,} {small:>8.3f}s {large:>8.3f}s {ratio:>6.1f}{flag}")
        rows.append({"case": name, "n": n, "seconds_n": small, "seconds_4n": large, "ratio": ratio})
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"flag_ratio": FLAG_RATIO, "cases": rows}, handle, indent=2)


if __name__ == "__main__":
    main()
