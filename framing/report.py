"""A self-contained HTML page for one analysed document.

Each sentence is coloured by label and starts with a small badge: its number
(the one the denial links use) and a short label tag, so the label does not
rest on colour alone. Low-confidence sentences get a dashed outline and a
"?" after the tag, truncated ones a "truncated" badge; the hover text gives
the label, these flags and the scores. Sources, cues and the writer's loaded
phrases are marked inside the sentence, and what a source is credited with
(content) is underlined; a legend explains every mark and an inline SVG bar
chart shows the label shares in whole percentages that add up to 100, as the
command line's table does. The unsourced evaluative sentences and the denials
are listed with links to them. No scripts, no external assets: every piece of
input text is HTML-escaped.
"""

from __future__ import annotations

import math
import re
from html import escape

from .document import Document, Sentence
from .errors import InputError
from .profile import writer_loaded
from .segment import LIST_ITEM, PARAGRAPH_BREAK
from .validation import check_names

__all__ = ["render_html", "COLOURS", "TAGS"]

#: Background per label: grey, blue, yellow and salmon differ in hue and lightness, and stay
#: apart (CIE76 distance 18 or more) under simulated protanopia, deuteranopia and tritanopia.
COLOURS = {
    "reported_fact": "#f3f3f3",
    "attributed_claim": "#b8d8f8",
    "official_denial": "#ffe28a",
    "editorial_opinion": "#f6b5a8",
}
#: The short tag shown before each sentence; other labels show in full.
TAGS = {
    "reported_fact": "fact",
    "attributed_claim": "claim",
    "official_denial": "denial",
    "editorial_opinion": "opinion",
}
_FALLBACK = ("#e6e6fa", "#fff3c4", "#d9f2d9", "#f2d9d9", "#d4ecec", "#f5dcc0", "#e8d4f0", "#dde8c8")
_SPAN_CLASS = {"loaded": "loaded", "source": "source", "cue": "cue", "content": "content"}
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029]")
_BLANK_LINE = re.compile(PARAGRAPH_BREAK.pattern + r"|\u2029")
_LOW = "low confidence: the label is a weak guess"
_CUT = "truncated: the model read only the start of this sentence"

_STYLE = """
body{font:16px/1.75 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font:600 1.3rem system-ui,sans-serif}
.legend{font:13px/1.9 system-ui,sans-serif;margin-bottom:1.2rem}
.legend>div>span{display:inline-block;padding:0 .45rem;margin:.15rem .3rem .15rem 0;border-radius:.3rem}
.chart{max-width:100%;height:auto}
.chart text{font:13px system-ui,sans-serif}
p.para{margin:0 0 1rem}
article,td,li{overflow-wrap:anywhere}
.s{unicode-bidi:isolate;border-radius:.25rem;padding:.1rem .15rem;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.s::before,.tag{font:600 .62em/1 system-ui,sans-serif;color:#333;vertical-align:.5em;letter-spacing:.02em}
.s::before{content:attr(data-n) "\\a0" attr(data-tag);margin-right:.25em;user-select:none}
.s[data-low-confidence]::before{content:attr(data-n) "\\a0" attr(data-tag) "?"}
[data-low-confidence]{outline:1.5px dashed #444;outline-offset:1px}
[data-truncated]::after{content:"truncated";font:600 .62em/1 system-ui,sans-serif;color:#fff;background:#555;
 border-radius:.2rem;padding:.1em .3em;margin-left:.3em;vertical-align:.2em;user-select:none}
.s:target{box-shadow:0 0 0 2px #222}
.loaded{text-decoration:underline wavy #b00020}
.source{font-weight:600}
.cue{font-style:italic;border-bottom:1px dotted #333}
.content{border-bottom:2px solid #8a8a8a}
table{border-collapse:collapse;font:14px system-ui,sans-serif;margin-top:1rem}
td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}
"""


def _colour(label: str, labels: tuple[str, ...]) -> str:
    """The background of a label: its own colour, else a fallback by its place among ``labels`` (past the
    fallback list, light hues a golden angle apart, so no two labels share one)."""
    if label in COLOURS:
        return COLOURS[label]
    if label not in labels:
        return "#eeeeee"
    k = labels.index(label)
    return _FALLBACK[k] if k < len(_FALLBACK) else f"hsl({k * 137.508 % 360:.0f},70%,86%)"


def _tag(label: str, labels: tuple[str, ...]) -> str:
    """The short tag of ``label``, or its full name where the short one would be another label's name or
    tag ("denial" beside a custom label "denial"), so that tags alone tell labels apart."""
    tag = TAGS.get(label, label)
    others = {TAGS.get(other, other) for other in labels if other != label} | set(labels) - {label}
    return label if tag != label and tag in others else tag


def _tooltip(sentence: Sentence, number: int) -> str:
    """Hover text: number and label, any flags, then the score of every label."""
    lines = [f"sentence {number}: {sentence.label}"]
    lines += [_LOW] if sentence.low_confidence else []
    lines += [_CUT] if sentence.truncated else []
    lines.append("; ".join(f"{label} {score:.2f}" for label, score in sentence.scores.items()))
    return "\n".join(lines)


def _marked(text: str, start: int, end: int, spans: list) -> str:
    """``text[start:end]`` escaped, with ``spans`` (sorted by start, longest first) marked; a span
    inside another ("so-called" inside a source) is marked inside it, one that crosses a border is not."""
    pieces, pos = [], start
    for k, span in enumerate(spans):
        if span.start < pos or span.end > end:
            continue
        inner = [s for s in spans[k + 1:] if span.start <= s.start and s.end <= span.end]
        pieces.append(escape(text[pos:span.start]))
        pieces.append(f'<span class="{_SPAN_CLASS[span.type]}" data-start="{span.start}" data-end="{span.end}">'
                      f'{_marked(text, span.start, span.end, inner)}</span>')
        pos = span.end
    pieces.append(escape(text[pos:end]))
    return "".join(pieces)


def _sentence_html(doc: Document, sentence: Sentence, index: int, labels: tuple[str, ...]) -> str:
    """The sentence with its marked spans, a span inside another marked inside it."""
    # loaded spans as the profile counts them: the writer's wording, not a name or cue tagged loaded
    marks = sorted((s for s in sentence.spans if s.type in _SPAN_CLASS
                    and (s.type != "loaded" or writer_loaded(s, sentence))), key=lambda s: (s.start, -s.end))
    pieces = [_marked(doc.text, sentence.start, sentence.end, marks)]
    flags = "".join(f" data-{name}" for name, on in (("low-confidence", sentence.low_confidence),
                                                      ("truncated", sentence.truncated)) if on)
    return (f'<span class="s" id="s{index}" data-label="{escape(sentence.label)}" data-n="{index + 1}" '
            f'data-start="{sentence.start}" data-end="{sentence.end}" '
            f'data-tag="{escape(_tag(sentence.label, labels))}"{flags} '
            f'style="background:{_colour(sentence.label, labels)}" '
            f'title="{escape(_tooltip(sentence, index + 1))}">{"".join(pieces)}</span>')


def _legend(labels: tuple[str, ...]) -> str:
    """Two rows: each label with its colour and tag, then every other mark."""
    keys = "".join(f'<span style="background:{_colour(l, labels)}"><b class="tag">{escape(_tag(l, labels))}</b>'
                   + (f" {escape(l)}" if _tag(l, labels) != l else "") + "</span>" for l in labels)
    marks = ('<span><b class="tag">7</b> sentence number</span>'
             '<span class="source">source</span><span class="cue">cue</span>'
             '<span class="content">content (what is attributed)</span>'
             '<span class="loaded">loaded (writer)</span>'
             '<span data-low-confidence>low confidence (tag ends in ?)</span>'
             '<span data-truncated>model read only the start</span>')
    return f'<div class="legend"><div>{keys}</div><div>{marks}</div></div>'


def whole_percentages(shares: dict[str, float]) -> dict[str, int]:
    """``shares`` (fractions) as whole percentages that add up to 100, by the largest remainder: each
    rounded down, then a point more for the largest remainders (the earlier label on a tie), so that 4, 4,
    3 and 6 of 17 sentences read 24%, 23%, 18% and 35%, not 24%, 24%, 18% and 35%. The report's chart and
    the command line's table both use it, so they show the same figures."""
    exact = {label: share * 100 for label, share in shares.items()}
    percents = {label: math.floor(value) for label, value in exact.items()}
    missing = round(sum(exact.values())) - sum(percents.values())
    for label in sorted(exact, key=lambda label: percents[label] - exact[label])[:missing]:
        percents[label] += 1
    return percents


def _chart(doc: Document, labels: tuple[str, ...]) -> str:
    """An inline SVG bar per label: its share of the sentences, labelled in whole percentages."""
    shares = doc.profile.get("shares", {})
    percents = whole_percentages({label: float(shares.get(label, 0.0)) for label in labels})
    left = 16 + 8 * max((len(label) for label in labels), default=0)  # about 8 px a character at 13 px
    rows = []
    for k, label in enumerate(labels):
        share = float(shares.get(label, 0.0))
        y = 8 + k * 26
        rows.append(
            f'<text x="0" y="{y + 14}">{escape(label)}</text>'
            f'<rect x="{left}" y="{y}" width="{max(share * 300, 0.5):.1f}" height="18" '
            f'fill="{_colour(label, labels)}" stroke="#888"/>'
            f'<text x="{left + 8 + share * 300:.1f}" y="{y + 14}">{percents[label]}%</text>'
        )
    height = 16 + 26 * len(labels)
    return (f'<svg class="chart" role="img" aria-label="label shares" width="{left + 370}" height="{height}" '
            f'viewBox="0 0 {left + 370} {height}" xmlns="http://www.w3.org/2000/svg">{"".join(rows)}</svg>')


def render_html(doc: Document, title: str = "framing report", labels: tuple[str, ...] | None = None) -> str:
    """One self-contained HTML page for ``doc``, the same page as ``framing analyze --format html``.

    ``doc`` is what :meth:`framing.Analyzer.analyze` returns; ``title`` heads the page (escaped);
    ``labels`` orders the legend and chart (default: the profile's label order). Write the result
    as UTF-8::

        from pathlib import Path
        import framing
        from framing.report import render_html

        doc = framing.load().analyze(Path("article.txt").read_text(encoding="utf-8"))
        Path("report.html").write_text(render_html(doc, title="article"), encoding="utf-8")
    """
    labels = _check_arguments(doc, title, labels)
    wrapped = any(_LINE_BREAK.search(s.text) for s in doc.sentences)  # hard-wrapped: breaks inside sentences
    body = "\n".join(f'<p class="para">{_paragraph_html(doc, p, labels, wrapped)}</p>' for p in _paragraphs(doc))
    sources = "".join(
        f"<tr><td>{escape(s.get('display', s['source']))}</td><td>{s['sentences']}</td>"
        f"<td>{'yes' if s['denies'] else ''}</td></tr>"
        for s in doc.profile.get("sources", [])
    ) or '<tr><td colspan="3">No sources found.</td></tr>'
    loaded = ", ".join(f"<bdi>{escape(p['text'])}</bdi> ×{p['count']}" for p in doc.profile.get("loaded_phrases", []))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(title)}</h1>{_legend(labels)}"
        f"<article>{body or '<p>No sentences: the text is empty.</p>'}</article>"
        f"<h1>Profile</h1>{_chart(doc, labels)}"
        f"<table><tr><th>source</th><th>sentences</th><th>denies</th></tr>{sources}</table>"
        f"<p>Writer's loaded phrases: {loaded or 'none found'}</p>"
        f"{_unsourced_and_denials(doc)}"
        "</body></html>\n"
    )


def _check_arguments(doc: object, title: object, labels: object) -> tuple[str, ...]:
    """The labels to draw, after checking ``render_html``'s arguments: ``TypeError`` for a ``doc`` that is no
    :class:`Document` (a ``to_dict()`` result: ``Document.from_dict`` first) or a ``title`` that is no string,
    ``InputError`` for ``labels`` that leave out a label the document's sentences hold (they would vanish from
    the legend and chart)."""
    if not isinstance(doc, Document):
        hint = "; rebuild one with Document.from_dict" if isinstance(doc, dict) else ""
        raise TypeError(f"doc must be a framing Document, got {type(doc).__name__}{hint}")
    if not isinstance(title, str):
        raise TypeError(f"title must be a str, got {type(title).__name__}")
    if labels is None:
        return tuple(doc.profile.get("counts", {}).keys() or sorted({s.label for s in doc.sentences}))
    chosen = tuple(check_names(labels, "labels"))
    missing = sorted({s.label for s in doc.sentences} - set(chosen))
    if missing:
        raise InputError(f"labels leave out {missing}, which the document's sentences hold; list every label "
                         "(or pass labels=None for the profile's order)")
    return chosen


def _paragraphs(doc: Document) -> list[list[int]]:
    """Sentence indices grouped by paragraph. A text with blank lines has its paragraphs there (single
    line breaks are then hard-wrapped lines); a text without any has one paragraph per line."""
    text, sentences = doc.text, doc.sentences
    # blank lines between sentences (not a trailing one) mean single breaks are wrapping or list lines
    blank = any(_BLANK_LINE.search(text, a.end, b.start) for a, b in zip(sentences, sentences[1:]))
    breaks = _BLANK_LINE if blank else _LINE_BREAK
    paragraphs: list[list[int]] = []
    last_end = None
    for index, sentence in enumerate(doc.sentences):
        if last_end is None or breaks.search(text, last_end, sentence.start):
            paragraphs.append([])
        paragraphs[-1].append(index)
        last_end = sentence.end
    return paragraphs


def _paragraph_html(doc: Document, indices: list[int], labels: tuple[str, ...], wrapped: bool) -> str:
    """The sentences of one paragraph. A line break between two sentences keeps its line (a byline, an
    "Updated" stamp) unless the text is hard-wrapped, with breaks inside its sentences; a list item, or
    the line introducing a list, keeps its own line even then."""
    pieces = []
    for n, k in enumerate(indices):
        if n:
            before, sentence = doc.sentences[indices[n - 1]], doc.sentences[k]
            own_line = _LINE_BREAK.search(doc.text, before.end, sentence.start) and (
                not wrapped or LIST_ITEM.match(sentence.text) or before.text.endswith(":"))
            pieces.append("<br>" if own_line else " ")
        pieces.append(_sentence_html(doc, doc.sentences[k], k, labels))
    return "".join(pieces)


def _unsourced_and_denials(doc: Document) -> str:
    """The unsourced evaluative sentences (their share, each linked), and each denial with the claim it
    answers (linked)."""
    share = doc.profile.get("unsourced_evaluative_share", 0.0)
    labels = doc.profile.get("counts", {})
    items = []
    shown = {s["source"]: s.get("display", s["source"]) for s in doc.profile.get("sources", [])}
    for pair in doc.profile.get("denials", []):
        who = f'<bdi>{escape(shown.get(pair["source"], pair["source"]))}</bdi>' if pair.get("source") else "an unnamed source"
        answered = (f' answering <a href="#s{pair["allegation"]}">sentence {pair["allegation"] + 1}</a>'
                    if pair.get("allegation") is not None else " (no earlier claim found)")
        items.append(f'<li><a href="#s{pair["denial"]}">sentence {pair["denial"] + 1}</a>: '
                     f"denial by {who}{answered}</li>")
    if items:
        denials = f'<ul class="denials">{"".join(items)}</ul>'
    elif labels and "official_denial" not in labels:
        denials = "<p>n/a: this model has no official_denial label.</p>"
    else:
        denials = "<p>No denials found.</p>"
    if not doc.sentences:
        unsourced = "n/a (no sentences)"
    elif share is None:
        unsourced = "n/a (this model has no editorial_opinion label)"
    else:
        unsourced = f"{share:.0%}{_sentence_links(doc.profile.get('unsourced_sentences', []))}"
    return f"<p>Unsourced evaluative sentences: {unsourced}.</p><h2>Denials</h2>{denials}"


def _sentence_links(indices: list[int]) -> str:
    """``indices`` as the sentence numbers shown in the text, each linked to its sentence (", sentences
    <a>2</a>, <a>5</a>"); nothing for none."""
    if not indices:
        return ""
    links = ", ".join(f'<a href="#s{k}">{k + 1}</a>' for k in indices)
    return f", sentence{'s' if len(indices) > 1 else ''} {links}"
