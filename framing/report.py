"""A self-contained HTML page for one analysed document.

Each sentence is coloured by label and starts with a small badge: its number
(the one the denial links use) and a short label tag, so the label does not
rest on colour alone. Low-confidence sentences, and near ties (top two scores
0.05 apart or less), get a dashed outline and a "?" after the tag, truncated
ones a "truncated" badge. Every sentence can take
keyboard focus; focused (by Tab, a click or a tap) it is ringed and shows its
description (label, flags, marked phrases, the source the profile credits it to
where it does not name it, what a denial answers, scores) below it, in the flow of
the text rather than over it, so that it hides nothing and needs no pointer.
A line above the legend says the labels are a model's guesses (and that it
over-predicts denials, where it has a denial label) where some sentence has
scores, and the page's last section, under its own heading, says in plain words
what each of the model's labels and each mark means; a source span the profile does not credit ("Many"
of "Many believe") is marked apart from the sources it does.
Hovered, it shows the same below it, in the flow (and keeps it while the
pointer is on the description), so nothing opens over other text and there is
nothing to dismiss.
The description is also the sentence's accessible description and is printed
after it (the hint on how to see it, and the link to the profile, are not). Sources, cues and the writer's
loaded phrases are marked inside the sentence, and what a source is credited with (content) is underlined; a legend
explains every mark and an inline SVG bar chart shows the label shares in whole
percentages, each rounded on its own (equal counts read alike; they may add up
to a little more or less than 100), as the command line's table does; its
accessible name gives the same figures with their counts, once. The unsourced evaluative sentences and the denials
are listed with links to them. No scripts, no external assets, no style
attributes: every piece of input text is HTML-escaped, and the page's one
style sheet is the only style its Content-Security-Policy allows. The page's
content is one ``main`` landmark (title heading, then a heading per section),
its footer outside it; text on every label colour keeps a contrast of 4.5:1 or
more (WCAG 2.1 AA).

The same drawing comes as an HTML fragment for a notebook or another page
(``render_fragment``, which ``Document._repr_html_`` calls): no page around it,
its style sheet confined to its own wrapper and its ids unique to each call.
``render_index`` draws a page that links several reports with each one's
sentence count and label shares.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import re
import secrets
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import dropwhile, takewhile
from html import escape
from pathlib import PurePath
from typing import Any, NamedTuple
from urllib.parse import quote

from . import __version__
from .document import Document, Profile, Sentence, Span, low_confidence_cutoff
from .errors import InputError
from .furniture import LINE_END_STOP, in_headline, page_furniture
from .profile import current_profile, document_labels, profile_losses, writers_wording
from .segment import LIST_ITEM
from .source_words import BODY_NOUNS
from .sources import normalise_source
from .summary import Summary, SummarySource, summarize
from .textchars import without_invisible
from .textlines import LINE, PARAGRAPH_BREAK
from .validation import check_names, command_line_keywords

__all__ = ["render_html", "render_fragment", "render_sentence", "render_index", "is_index_page", "is_report_page",
           "COLOURS", "TAGS"]

logger = logging.getLogger(__name__)

#: Background per label: grey, blue, yellow and salmon differ in hue and lightness, and stay
#: apart (CIE76 distance 18 or more) under simulated protanopia, deuteranopia and tritanopia; all light
#: enough that the text keeps a contrast of 9:1 or more on each, and the tags 7:1 (WCAG AA asks 4.5:1).
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
#: The marks a sentence's description names, with their text (content, a whole clause, is left out): by span
#: type and whether the profile's credit leaves it out, with the name the description gives them.
_DESCRIBED = ((("source", False), "source"), (("source", True), "source not credited"), (("cue", False), "cue"),
              (("loaded", False), "loaded"))
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029]")
_BLANK_LINE = re.compile(PARAGRAPH_BREAK.pattern + r"|\u2029")
#: A language tag as the article's ``lang`` takes it ("en", "pt-BR"); the command line's ``--lang`` checks it too.
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
#: Top two scores this close mark a sentence unsure ("?") though its top score clears the low-confidence cut-off:
#: 0.50 against 0.50 is a coin toss, whatever ``low_confidence`` (which stays the model's flag) says.
_NEAR_TIE = 0.05
#: The type and width of the whole drawing: the page's body, or a fragment's wrapper.
_ROOT = "font:16px/1.75 Georgia,serif;max-width:52rem;color:#222"
#: A fragment paints its own light background, so that its dark text, tables and chart stay readable in a
#: host page or notebook with a dark theme.
_FRAGMENT_BOX = "background:#fff;color-scheme:light;padding:.5rem 1rem;border-radius:4px"
#: The page's body also keeps a margin; a fragment sits where its host puts it.
_PAGE_ROOT = f"body{{{_ROOT};margin:2rem auto;padding:0 1rem}}"
#: The heading, tables and footer, which the index page shares.
_COMMON_STYLE = """
h1{font:600 1.3rem system-ui,sans-serif}
table{border-collapse:collapse;font:14px system-ui,sans-serif;margin-top:1rem}
caption{text-align:left;font-weight:600}
td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}
footer{font:13px system-ui,sans-serif;color:#444;margin-top:2rem;border-top:1px solid #ddd}"""
# Small type never goes below 11px; the content underline is dark enough (3:1 or more) on every label colour.
# A focused or hovered sentence's description opens below it in the flow of the text, never over other text, so there
# is nothing to dismiss and no pointer is needed (WCAG 1.4.13, 2.1.1). The
# truncated badge is read " truncated", apart from the sentence's last word (a browser without alternative text for
# generated content keeps the first declaration).
_STYLE = _COMMON_STYLE + """
h2{font:600 1.1rem system-ui,sans-serif;margin-top:2rem}
.legend{font:13px/1.9 system-ui,sans-serif;margin-bottom:1.2rem}
.legend>div>span{display:inline-block;padding:0 .45rem;margin:.15rem .3rem .15rem 0;border-radius:.3rem}
.chart{display:block;max-width:100%}
.chart text{font:13px system-ui,sans-serif}
p.para{margin:0 0 1rem}
article,td,li{overflow-wrap:anywhere}
.s{unicode-bidi:isolate;border-radius:.25rem;padding:.1rem .15rem;-webkit-box-decoration-break:clone;\
box-decoration-break:clone}
.s::before,.tag{font:600 max(.75em,11px)/1 system-ui,sans-serif;color:#333;vertical-align:.4em;letter-spacing:.02em}
.s::before{content:attr(data-n);user-select:none}
[data-low-confidence],[data-near-tie]{outline:1.5px dashed #444;outline-offset:1px}
[data-truncated]::after{content:"truncated";content:"truncated"/" truncated";
 font:600 max(.75em,11px)/1 system-ui,sans-serif;color:#fff;background:#555;
 border-radius:.2rem;padding:.1em .3em;margin-left:.3em;vertical-align:.2em;user-select:none}
.s:focus,.s:target{box-shadow:0 0 0 2px #222}
.d{display:none;direction:ltr;unicode-bidi:isolate}
.s:focus+.d,.s:hover+.d,.d:hover{display:block;font:13px/1.5 system-ui,sans-serif;border-left:3px solid #555;
 padding-left:.5rem}
.loaded{text-decoration:underline wavy #b00020}
.source{font-weight:600}
.source.uncredited{font-weight:400;border-bottom:1px dashed #444}
.caution{font:13px/1.5 system-ui,sans-serif;margin:0 0 .5rem}
.about{font:14px/1.5 system-ui,sans-serif;margin-top:2rem;border-top:1px solid #ddd}
.key{font-weight:600}
.key{padding:0 .3rem;border-radius:.3rem}
.cue{font-style:italic;border-bottom:1px dotted #333}
.content{border-bottom:2px solid #555}
@media print{
.s,.legend span,.key,[data-truncated]::after{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.d,.s:focus+.d,.s:hover+.d,.d:hover{display:inline;border:0;padding:0;font:11px system-ui,sans-serif;color:#444}
.d::before{content:" ["}
.d::after{content:"] "}
.hint,.jump{display:none}
}
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


class _Credit(NamedTuple):
    """What a sentence's description and marks take from its document's profile: what the description adds
    ("credited to: Mark Ellery", "answers sentence 4") and the offsets of the source spans that the profile's
    credit of the sentence does not come from ("Many" of "Many believe ...")."""

    notes: tuple[str, ...] = ()
    uncredited: frozenset[tuple[int, int]] = frozenset()


def _description(sentence: Sentence, marks: list, labels: tuple[str, ...], credit: _Credit = _Credit()) -> str:
    """What the badge, outline and marks of a sentence show, as text: its label, any flags, the source,
    cue and loaded phrases marked in it (a source the profile does not credit apart), what the profile adds
    (``credit``), then the score of every label (by tag, to keep the page light), or that it has none (a label
    given by hand).
    It is the sentence's accessible description, shown on focus and printed. The marked text goes without
    its invisible characters, as in the Sources table: a direction override (U+202E) in a name would
    otherwise run on through the rest of the line and show the scores reversed ("0.57" as "75.0")."""
    head = [sentence.label]
    head += ["low confidence"] if sentence.low_confidence else []
    rival = _near_tie(sentence)
    head += [f"near tie with {_tag(rival, labels)}"] if rival else []
    head += ["truncated (the model read only its start)"] if sentence.truncated else []
    parts = [", ".join(head)]
    for kind, name in _DESCRIBED:
        found = [without_invisible(span.text, emoji_joiners=True) for span in marks
                 if span.type == kind[0] and ((span.start, span.end) in credit.uncredited) == kind[1]]
        parts += [f"{name}: {', '.join(found)}"] if found else []
    parts += credit.notes
    scores = ", ".join(f"{_tag(label, labels)} {score:.2f}" for label, score in sentence.scores.items())
    return "; ".join([*parts, f"scores: {scores}" if scores else "no scores (labelled by hand)"])


def _near_tie(sentence: Sentence) -> str | None:
    """The label whose score comes within ``_NEAR_TIE`` of the sentence's own, for a sentence not flagged
    low-confidence already (it has its "?"), so that a coin toss (0.50 against 0.50) does not look like a sure
    label; ``None`` for none, or for a sentence without scores."""
    own = sentence.scores.get(sentence.label)
    others = {label: score for label, score in sentence.scores.items() if label != sentence.label}
    if sentence.low_confidence or own is None or not others:
        return None
    rival = max(others, key=others.__getitem__)
    return rival if 0 <= round(own - others[rival], 9) <= _NEAR_TIE else None


def _marked(sentence: Sentence, start: int, end: int, spans: list, uncredited: frozenset = frozenset()) -> str:
    """The sentence's text from document offset ``start`` to ``end``, escaped, with ``spans`` (sorted by
    start, longest first) marked; a span inside another ("so-called" inside a source) is marked inside
    it, one that crosses a border is not; a source span in ``uncredited`` (offsets) is marked apart."""
    text, base = sentence.text, sentence.start
    pieces, pos = [], start
    for k, span in enumerate(spans):
        if span.start < pos or span.end > end:
            continue
        inner = [s for s in spans[k + 1:] if span.start <= s.start and s.end <= span.end]
        pieces.append(escape(text[pos - base:span.start - base]))
        kind = _SPAN_CLASS[span.type] + (" uncredited" if (span.start, span.end) in uncredited else "")
        pieces.append(f'<span class="{kind}" data-start="{span.start}" data-end="{span.end}">'
                      f'{_marked(sentence, span.start, span.end, inner, uncredited)}</span>')
        pos = span.end
    pieces.append(escape(text[pos - base:end - base]))
    return "".join(pieces)


def _sentence_html(sentence: Sentence, index: int | None, labels: tuple[str, ...], ids: str,
                   loaded: Sequence[Span] | None = None, credit: _Credit = _Credit()) -> str:
    """The sentence with its marked spans (a span inside another marked inside it), focusable, followed by
    its description (hidden until the sentence has focus). ``index`` numbers it (``None``:
    a sentence shown alone, without a number); ``ids`` starts its id and its description's; ``loaded``: the
    writer's loaded wording in it as its document's profile counts it (see :meth:`Document.writers_loaded`), else
    read from the sentence alone; ``credit``: what its document's profile says of it (see :func:`_credits`)."""
    # loaded spans as the profile counts them: the writer's wording, not a name or cue tagged loaded
    if loaded is None:
        loaded = [mark for s in sentence.spans if s.type == "loaded" for mark in [writers_wording(s, sentence)]
                  if mark]
    marks = sorted([s for s in sentence.spans if s.type in _SPAN_CLASS and s.type != "loaded"] + list(loaded),
                   key=lambda s: (s.start, -s.end))
    flags = "".join(f" data-{name}" for name, on in (("low-confidence", sentence.low_confidence),
                                                      ("near-tie", _near_tie(sentence)),
                                                      ("truncated", sentence.truncated)) if on)
    key = "" if index is None else index
    number = "" if index is None else f' data-n="{index + 1}"'
    # by most of its letters (dir="auto" would take the first alone); without any, its paragraph's
    direction = _direction(sentence.text)
    turned = f' dir="{direction}"' if direction else ""
    return (f'<span class="s" id="{ids}s{key}" data-label="{escape(sentence.label)}"{number} '
            f'data-start="{sentence.start}" data-end="{sentence.end}"{flags} tabindex="0"{turned} '
            f'aria-describedby="{ids}d{key}">'
            f'{_marked(sentence, sentence.start, sentence.end, marks, credit.uncredited)}'
            f'</span><span class="d" id="{ids}d{key}">{escape(_description(sentence, marks, labels, credit))}</span>')


def _css_string(value: str) -> str:
    """``value`` for the inside of a double-quoted CSS string: every character but letters, digits, "_"
    and "-" escaped by its code point, so that no label can end the string, or the style element."""
    return "".join(c if c.isalnum() or c in "_-" else f"\\{ord(c):x} " for c in value)


def _label_rules(labels: tuple[str, ...]) -> str:
    """The CSS rules of each label: its colour for every element carrying its ``data-label`` (sentences,
    legend keys), and its tag after a sentence's number ("?" added when low-confidence or a near tie), then a no-break
    space, which parts it from the sentence's first word, on screen and in what a screen reader reads ("1 fact
    The inquiry", not "1 factThe inquiry"), and never leaves the tag at the end of a line. A few rules per
    label instead of a style and a tag attribute on every sentence keep the page light."""
    rules = []
    for label in labels:
        selector, tag = _label_selector(label), _css_string(_tag(label, labels))
        rules += [f"{selector}{{background:{_colour(label, labels)}}}",
                  f'.s{selector}::before{{content:attr(data-n) "\\a0 {tag}\\a0"}}',
                  f'.s{selector}[data-low-confidence]::before{{content:attr(data-n) "\\a0 {tag}?\\a0"}}',
                  f'.s{selector}[data-near-tie]::before{{content:attr(data-n) "\\a0 {tag}?\\a0"}}']
    return "\n".join(rules) + "\n"


def _label_selector(label: str) -> str:
    """The CSS selector of the elements that carry ``label`` in their ``data-label``."""
    return f'[data-label="{_css_string(label)}"]'


def _legend(labels: tuple[str, ...], scored: bool) -> str:
    """A line saying the labels are a model's guesses (see :func:`_caution`; ``scored``: some sentence has
    scores), then two rows: each label with its colour and tag, then every other mark; and how to see the
    scores."""
    keys = "".join(f'<span data-label="{escape(l)}"><b class="tag">{escape(_tag(l, labels))}</b>'
                   + (f" {escape(l)}" if _tag(l, labels) != l else "") + "</span>" for l in labels)
    marks = ('<span><b class="tag">7</b> sentence number</span>'
             '<span class="source">source</span><span class="source uncredited">source not credited</span>'
             '<span class="cue">cue</span>'
             '<span class="content">content (what is attributed)</span>'
             '<span class="loaded">loaded (writer)</span>'
             '<span data-low-confidence>unsure: low confidence or near tie (tag ends in ?)</span>'
             '<span data-truncated>model read only the start</span>')
    hint = '<div class="hint">Hover, Tab to, click or tap a sentence to see its label, flags and scores below it.</div>'
    return f'<div class="legend">{_caution(labels, scored)}<div>{keys}</div><div>{marks}</div>{hint}</div>'


#: Each default label's meaning in plain words, for readers who have not seen the annotation guidelines.
_MEANINGS = {
    "reported_fact": "the writer tells, in their own voice and without judging it, something that could be "
                     "checked: an event, a number, a date, a decision.",
    "attributed_claim": "the sentence passes on what a person, group or document that can be identified said, "
                        "found, wants or believes. The source, not the writer, vouches for it, so a judgement "
                        "inside a quotation is a claim too.",
    "official_denial": "the side that is accused or criticised (a company, a government, an official, a "
                       "spokesperson, an accused person) denies, rejects or plays down the accusation.",
    "editorial_opinion": "the writer's own judgement: praise or blame, a guess about what will happen, advice on "
                         "what should be done, or a vague crowd given as the source (\"many believe\", \"it "
                         "is said\") instead of someone who can be named.",
}


def _caution(labels: tuple[str, ...], scored: bool,
             pointer: str = "The end of the page says what each label and mark means.") -> str:
    """The line that says the labels, marks and credits are a model's automatic guesses and the scores its
    confidence, and, where the model has a denial label, that it often calls a sentence a denial that is not
    one (the model card's first known failure mode), so that a reader checks one before quoting it; only where
    some sentence has scores (``scored``), as labels given by hand are no model's. Either way it ends with
    ``pointer``, which says where each label and mark is explained (a report: its own end)."""
    if not scored:
        return f"<p>{pointer}</p>"
    denials = (" It often calls a sentence a denial when it is not one: before quoting a denial, read the text "
               "to see who speaks and whether they are the side accused." if "official_denial" in labels else "")
    return ('<p class="caution">Automatic labels: the labels, marks and sources on this page are a computer '
            "model's guesses, not a person's reading, and each score is how sure the model is, from 0 to "
            f"1.{denials} {pointer}</p>")


def _meanings(labels: tuple[str, ...], ids: str, n_labels: int) -> str:
    """What each label and mark means, and what the "?" says, in plain words, for a reader without the
    annotation guidelines: the page's last section, which the legend points to (no link: the first Tab stays
    the skip link's, the second the first sentence's) and which prints with the page; ``ids`` starts its id,
    ``n_labels`` how many labels the model scores (its low-confidence cut-off depends on it: see
    :func:`framing.document.low_confidence_cutoff`). Each sentence that speaks of a label (a fact, a claim, a
    denial) is there only where ``labels`` hold it, so that another model's page says nothing of labels it lacks."""
    items = "".join(f'<li><span class="key" data-label="{escape(label)}">{escape(_tag(label, labels))}</span>: '
                    f"{_meaning(label, labels)}</li>" for label in labels if label in _MEANINGS)
    named = ", ".join(escape(label) for label in labels)
    each = (f"<p>Each sentence gets one label, which says whose word you are asked to take for it:</p><ul>{items}</ul>"
            if items else f"<p>Each sentence gets one of these labels: {named}.</p>" if labels else "")
    cutoff = f" ({low_confidence_cutoff(n_labels):.2f} for its {n_labels} labels)" if n_labels else ""
    fact = "reported_fact" in labels
    named_in_fact = ", or a name in a sentence labelled a fact" if fact else ""
    fact_and_loaded = (" A sentence can be labelled a fact and still carry loaded words: the label is about whose "
                       "word it is, the mark about how it is worded." if fact else "")
    denial = ", and a denial says which earlier sentence it answers" if "official_denial" in labels else ""
    return (f'<div class="about" id="{ids}about"><h2>What the labels and marks mean</h2>{each}'
            "<p>Marks inside the sentences:</p><ul>"
            '<li><span class="source">source</span>: who the sentence credits. A source that the profile does '
            f'not count for this sentence (no one who can be named, such as "many" in "many believe"{named_in_fact}) '
            'is shown as <span class="source uncredited">source not credited</span>.</li>'
            '<li><span class="cue">cue</span>: the words that do the crediting, such as "said", "according to" '
            'or "denied".</li>'
            '<li><span class="content">content</span>: what the source is credited with.</li>'
            '<li><span class="loaded">loaded</span>: words in the writer\'s own voice that judge or stir '
            f"feeling.{fact_and_loaded}</li>"
            f"<li>? after a tag (and a dashed outline): the model is unsure. Its top score is under its cut-off"
            f"{cutoff}, or the sentence does not look like English, or the next label's score is within "
            f"{_NEAR_TIE:g} of the top one (a near tie).</li></ul>"
            '<p>Below a sentence, "credited to" names the source the profile credits it to where the sentence '
            f'does not name it itself (a quotation that carries on, a "he said"){denial}.</p></div>')


def _meaning(label: str, labels: tuple[str, ...]) -> str:
    """``label``'s meaning in plain words (one of ``_MEANINGS``); the denial's says what a rejection by someone
    not accused is, naming a claim only where ``labels`` hold one."""
    if label != "official_denial":
        return _MEANINGS[label]
    other = "a claim, not a denial" if "attributed_claim" in labels else "no denial"
    return f"{_MEANINGS[label]} When someone who is not accused rejects something, that is {other}."


def whole_percentages(counts: dict[str, int], total: int) -> dict[str, int]:
    """Each of ``counts`` as a percentage of ``total`` sentences, rounded on its own to the nearest whole one
    (a half up: 1 of 8 reads 13%), so that equal counts always read alike: 1, 1, 1 and 3 of 6 sentences read
    17%, 17%, 17% and 50%. No figure is bent to make them add up to 100: rounded apart, they may add up to a
    little more or less (4, 4, 3 and 6 of 17 read 24%, 24%, 18% and 35%: 101%). It counts in whole numbers, so
    that no half is lost to floating point (29 of 200 reads 15%).
    The report's chart and index and the command line's table all use it, so they show the same figures."""
    return {label: (200 * n + total) // (2 * total) for label, n in counts.items()}


def _figures(profile: Profile | Summary, labels: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """Each label's share of the sentences in whole percentages (see :func:`whole_percentages`) and its
    count: the figures of the report's chart, and of the index's row for the report."""
    counts = {label: profile.get("counts", {}).get(label, 0) for label in labels}
    percents = whole_percentages(counts, profile["sentences"])
    return {label: (percents[label], counts[label]) for label in labels}


def _chart(profile: Profile, labels: tuple[str, ...]) -> str:
    """An inline SVG bar per label, its name on a line of its own above it and its share of the sentences
    after it in whole percentages. It takes the page's width without a viewBox, so its text keeps its size
    on a narrow screen; its accessible name gives every figure with its count (a chart's figures as text, WCAG
    1.1.1), once: a list of the same figures for screen readers alone made them read the chart twice."""
    if not profile["sentences"]:
        return "<p>No sentences to chart.</p>"
    shares, figures = profile.get("shares", {}), _figures(profile, labels)
    rows = []
    for k, label in enumerate(labels):
        width, y = max(float(shares.get(label, 0.0)) * 80, 0.2), 8 + k * 44
        rows.append(f'<text x="0" y="{y + 13}">{escape(label)}</text>'
                    f'<rect x="0" y="{y + 19}" width="{width:.1f}%" height="16" fill="{_colour(label, labels)}" '
                    f'stroke="#888"/><text x="{width:.1f}%" dx="6" y="{y + 32}">{figures[label][0]}%</text>')
    named = [f"{label} {percent}% ({count} of {profile['sentences']})"
             for label, (percent, count) in figures.items()]
    return (f'<svg class="chart" role="img" aria-label="{escape("label shares: " + "; ".join(named))}" '
            f'width="100%" height="{8 + 44 * len(labels)}" xmlns="http://www.w3.org/2000/svg">{"".join(rows)}</svg>')


@command_line_keywords({})
def render_html(doc: Document, title: str = "framing report", labels: Sequence[str] | None = None, *,
                lang: str | None = None, model: str | None = None) -> str:
    """One self-contained HTML page for ``doc``, the same page as ``framing analyze --format html``.

    ``doc`` is what :meth:`framing.Analyzer.analyze` returns; the profile of any other Document (built by
    hand, read by ``from_dict``, its labels or spans edited) is rebuilt from its sentences, so the page
    agrees with itself. ``title`` heads the page (escaped); ``labels`` orders the legend and chart
    (default: the profile's label order); ``lang`` is the text's language tag (``"pt-BR"``; default
    ``None``: unknown, the page's own words being English); ``model`` names the model in the footer,
    beside the framing version. Write the result as UTF-8::

        from pathlib import Path
        import framing
        from framing.report import render_html

        doc = framing.load().analyze(Path("article.txt").read_text(encoding="utf-8"))
        Path("report.html").write_text(render_html(doc, title="article"), encoding="utf-8")
    """
    labels = _check_arguments(doc, labels, lang, model)
    _check_text(title, "title", required=True)
    style = _PAGE_ROOT + _STYLE + _label_rules(labels)
    return (f"{_head(title, style)}<body><main><h1>{escape(title)}</h1>{_drawing(doc, labels, lang, ids='')}"
            f"</main>{_footer(model)}</body></html>\n")


@command_line_keywords({})
def render_fragment(doc: Document, title: str | None = None, labels: Sequence[str] | None = None, *,
                    lang: str | None = None, model: str | None = None) -> str:
    """The report of ``doc`` as an HTML fragment to put inside another page or show in a notebook (what
    ``Document._repr_html_`` shows): the legend, the article and the profile, as :func:`render_html` draws
    them, in one ``<div class="framing-report">``. It has no ``<html>`` or ``<head>`` and no script; its
    style sheet applies inside the wrapper alone, and its ids (sentences, links) are new on every call,
    so two fragments on one page keep apart. ``title`` heads it when given; the other arguments, and the
    errors they raise, are :func:`render_html`'s.
    """
    labels = _check_arguments(doc, labels, lang, model)
    _check_text(title, "title", required=False)
    scope = _new_scope()
    heading = "" if title is None else f"<h1>{escape(title)}</h1>"
    return _wrapped(scope, labels, heading + _drawing(doc, labels, lang, ids=f"{scope}-") + _footer(model))


def render_sentence(sentence: Sentence, labels: Sequence[str] | None = None) -> str:
    """One sentence as an HTML fragment (what ``Sentence._repr_html_`` shows): coloured by its label, its
    tag and marked spans as in the report, its description on focus; no number, the sentence
    being shown alone. ``labels`` chooses the tags and colours (default: the sentence's scores' labels);
    ``TypeError`` for a ``sentence`` that is no :class:`Sentence`, ``InputError`` for ``labels`` without
    its label."""
    if not isinstance(sentence, Sentence):
        raise TypeError(f"sentence must be a framing Sentence, got {type(sentence).__name__}")
    labels = _chosen_labels(labels, {sentence.label}) if labels is not None else tuple(
        dict.fromkeys((*sentence.scores, sentence.label)))
    scope = _new_scope()
    paragraph = (f'<p class="para" dir="{_direction(sentence.text) or "ltr"}">'
                 f"{_sentence_html(sentence, None, labels, f'{scope}-')}</p>")
    return _wrapped(scope, labels, paragraph)


#: What the sources tables say for a model that cannot name a source.
_NO_SOURCE_LABEL = "n/a: this model has no attributed_claim or official_denial label."


#: The mark in an index page's head that tells it from any other page (see :func:`is_index_page`).
_INDEX_MARK = '<meta name="generator" content="framing index">'
#: How many sources the index lists across its reports.
_INDEX_SOURCES = 20
#: The index's own rules: counts and shares line up on the right, under the label they belong to (the total
#: row's sentences too, after its heading cell); a table wider than the page (on a phone) scrolls in its own box.
_INDEX_STYLE = ("\ntd+td,th+td{text-align:right;font-variant-numeric:tabular-nums}\ntd.meta{text-align:left}\n"
                ".wide{overflow-x:auto}\n")


#: One report :func:`render_index` links: ``(name, path, doc)``, or with the full name the name shortens after them.
IndexEntry = (tuple[str, str | os.PathLike[str], Document]
              | tuple[str, str | os.PathLike[str], Document, str])


def render_index(reports: Iterable[IndexEntry],
                 title: str = "framing reports", *, model: str | None = None,
                 set_aside: Sequence[Mapping[str, Any]] = (), columns: Sequence[str] = (),
                 unfinished_at: int | None = None) -> str:
    """One self-contained page that links several reports (what ``framing analyze FILE FILE ... --format
    html --out FOLDER`` writes as ``FOLDER/index.html``): a table row per report, its link naming it after the
    document's headline where it has one (``meta``'s, else the one its text opens with), with its sentence count
    and each label's share in the whole percentages that report's chart shows, its count beside it; a last
    row for all of them together; and the sources cited across them (:func:`framing.summary.summarize`),
    cited in most reports first, the first 20. Above the table, as on each report, a line says that the labels
    are a model's guesses (where a model scored any report) and that each report's page explains them.

    ``reports`` holds ``(name, path, doc)`` triples: the text shown for the report (its input file's
    name, say), the report page's file path relative to the index (a ``str`` or ``os.PathLike``, such as
    a ``pathlib.Path``, whose parts are joined by "/" in the link; URL-quoted here, so give the path, not a
    URL) and the :class:`Document` it draws; a fourth item, the full name the name shortens (the input's whole
    path), is the link's ``title``, shown when the pointer rests on it. It is read once, in order, and only each
    report's figures are kept, so a generator that analyses one document at a time never holds them all.
    ``title`` heads the page; ``model`` names the model in the footer. Like the report it has no script
    and no external asset, and its Content-Security-Policy allows its own style sheet alone.
    ``set_aside`` lists the input's records that have no report, as ``framing score``'s rejects file holds them
    (``id``, ``record``, ``where``, ``reason``): a table after the sources names each and why, so that a reader
    of the index knows what it leaves out. ``columns`` names ``meta`` keys shown in a column each after the report's
    name (a ``framing score --keep-columns`` output's outlet and date, say), so that a reader can tell the reports of
    one outlet or week; a report whose ``meta`` lacks one shows an empty cell.
    ``unfinished_at``: for the reports of an unfinished ``framing score`` output, the input records it committed;
    a line above the table says that the run stopped there and that the input's later records have no report, so
    that a reader does not take part of a day's articles for all of them.
    ``TypeError`` for a ``reports`` that is no collection of such triples (a string, one triple) or a
    ``doc`` that is no Document; ``InputError`` for no reports, documents that ``summarize`` cannot sum
    up together, a blank name, title or model, or a path that is blank or absolute (the index would not
    travel with its reports).
    """
    _check_reports(reports)
    _check_text(title, "title", required=True)
    _check_text(model, "model", required=False)
    columns = tuple(columns)
    kept: list[_IndexedReport] = []
    summary = summarize(_documents_keeping_figures(reports, kept, columns))
    if not kept:
        raise InputError("reports is empty; give a (name, path, document) triple per report to link")
    labels = tuple(dict.fromkeys(label for report in kept for label in report.labels))
    style = _PAGE_ROOT + _COMMON_STYLE + _INDEX_STYLE + "".join(
        f"{_label_selector(label)}{{background:{_colour(label, labels)}}}\n" for label in labels)
    # a long label may break after an underscore, so that the table keeps to the page's width
    heads = "".join(f'<th data-label="{escape(label)}">{escape(label).replace("_", "_<wbr>")}</th>' for label in labels)
    rows = "".join(_index_row(report, labels) for report in kept)
    heads = "".join(f"<th>{escape(column)}</th>" for column in columns) + "<th>sentences</th>" + heads
    caption = "Sentences and label shares per report"
    # a column per label: wider than a phone's screen, it scrolls in its own box (which keys scroll once it has
    # focus), not the whole page
    table = (f'<div class="wide" role="region" aria-label="{caption}" tabindex="0"><table><caption>{caption}</caption>'
             f"<tr><th>report</th>{heads}</tr>{rows}{_total_row(summary, labels, len(columns))}</table></div>")
    return (f"{_head(title, style, _INDEX_MARK)}<body><main><h1>{escape(title)}</h1>"
            "<p>Each label's share of a report's sentences, in whole percentages as its chart shows them, "
            "with the number of sentences in brackets. Each share is rounded on its own, so that equal counts "
            "read alike and a row may add up to a little more or less than 100%.</p>"
            f"{_unfinished_note(unfinished_at)}"
            f"{_caution(labels, any(report.scored for report in kept), _INDEX_POINTER)}"
            f"{table}{_corpus_sources(summary, kept)}{_set_aside_table(set_aside)}</main>{_footer(model)}"
            "</body></html>\n")


def _unfinished_note(committed: int | None) -> str:
    """The index's line saying that its reports come from an unfinished scoring run that committed ``committed``
    input records, or "" for a finished one (``None``)."""
    if committed is None:
        return ""
    return (f"<p><strong>Unfinished:</strong> the scoring run stopped after the first {committed:,} "
            f"record{'' if committed == 1 else 's'} of its input, so the records after them have no report and "
            "are counted nowhere on this page.</p>")


#: Where the index sends a reader for what the labels and marks mean.
_INDEX_POINTER = "Each report's page ends by saying what each label and mark means."


class _IndexedReport(NamedTuple):
    """What the index keeps of one report instead of its Document: its link, sentence count, labels, the
    figures of its chart (label -> whole percentage and count; empty without sentences) and whether a model
    scored it."""

    name: str
    path: str
    headline: str | None  # shown before the name, which alone ("art-000", "a.txt") says little of the story
    sentences: int
    labels: tuple[str, ...]
    figures: dict[str, tuple[int, int]]
    scored: bool  # some sentence has a model's scores (not labelled by hand)
    shown: tuple[str, ...] = ()  # the values of the index's ``columns`` in the document's meta, as text
    full_name: str | None = None  # what the link's title attribute shows: the full path a short name stands for


def _documents_keeping_figures(reports: Iterable[object], kept: list[_IndexedReport],
                               columns: tuple[str, ...] = ()) -> Iterator[Document]:
    """Each report's Document, in order, for ``summarize``, once its entry is checked and its figures, and its meta's
    values of ``columns``, added to ``kept``."""
    for k, entry in enumerate(reports):
        name, path, doc, full_name = _checked_entry(entry, k)
        own = document_labels(doc)
        figures = _figures(current_profile(doc, own), own) if doc.sentences else {}
        scored = any(sentence.scores for sentence in doc.sentences)
        shown = tuple("" if doc.meta.get(column) is None else str(doc.meta[column]) for column in columns)
        kept.append(_IndexedReport(name, path, _headline(doc), len(doc.sentences), own, figures, scored, shown,
                                   full_name))
        yield doc


#: The most characters of a headline the index shows, an ellipsis after them, so that its table keeps narrow.
_HEADLINE_CHARS = 150


def _headline(doc: Document) -> str | None:
    """What the index shows of ``doc`` beside its name: ``meta``'s ``headline`` (a ``framing score
    --headline-column`` output's), else the headline its text opens with as the profile reads it
    (:func:`framing.furniture.in_headline`: "Bridge Repairs Will Close Two Lanes" on a line of its own), else its
    title line (see :func:`_title_line`), its heading marks left out, its blanks collapsed and cut to
    :data:`_HEADLINE_CHARS`; ``None`` for a document with none of them."""
    headline = doc.meta.get("headline")
    if not isinstance(headline, str) or not headline.strip():
        flags = in_headline(doc.text, [(s.start, s.end) for s in doc.sentences]) if doc.text else []
        pairs = dropwhile(lambda pair: not pair[1], zip(doc.sentences, flags))
        lead = [sentence for sentence, _ in takewhile(lambda pair: pair[1], pairs)]  # the headline's sentences
        headline = doc.text[lead[0].start:lead[-1].end] if lead else _title_line(doc)
    words = " ".join(_without_heading_marks(headline).split())
    return None if not words else words if len(words) <= _HEADLINE_CHARS else words[:_HEADLINE_CHARS].rstrip() + "…"


#: The most words of a title line (see :func:`_title_line`): a headline's length, where a paragraph of copy is longer.
_TITLE_WORDS = 15
#: A line written as a heading: an HTML heading's tags around it ("<h1>Ferry Deal Approved</h1>") or Markdown's
#: marks before it ("# Ferry Deal Approved"); ``title`` is the heading's own words.
_HEADING_MARKS = re.compile(r"<(?P<tag>h[1-6]|title)\b[^<>]*>(?P<title>[^<>]*)</(?P=tag)\s*>|#{1,6}[^\S\r\n]+",
                            re.IGNORECASE)


def _title_line(doc: Document) -> str:
    """The title ``doc``'s text opens with where the profile reads no headline (one with a stop after it, "Ferry
    Deal Approved.", or with copy on the next line, no blank line between): a heading element ("<h1>...</h1>"), or
    a line of its own, with text below it, of at most :data:`_TITLE_WORDS` words, ending without a stop where no
    blank line follows it (a line of copy does), whose sentences end on it (copy wrapped at a width runs on) and
    are no page furniture (a byline or stamp above the headline names no story); ``""`` when it opens with none."""
    text = doc.text.lstrip(" \t\r\n\ufeff")
    heading = _HEADING_MARKS.match(text)
    if heading is not None and heading.group("title") is not None:
        return heading.group("title")
    line = LINE.search(text)
    if line is None or not text[line.end():].strip() or len(text[:line.start()].split()) > _TITLE_WORDS:
        return ""
    if PARAGRAPH_BREAK.match(text, line.start()) is None and LINE_END_STOP.search(text[:line.start()].rstrip()):
        return ""  # a sentence's stop, with copy on the next line: a paragraph of copy, wrapped or not
    end = len(doc.text) - len(text) + line.start()
    bounds = [(s.start, s.end) for s in doc.sentences if s.start < end]
    if not bounds or bounds[-1][1] > end or any(page_furniture(doc.text, bounds)):  # a sentence runs on: copy
        return ""
    return text[:line.start()]


def _without_heading_marks(line: str) -> str:
    """``line`` without the heading marks around it (see ``_HEADING_MARKS``): "# Ferry Deal Approved" is
    "Ferry Deal Approved"."""
    heading = _HEADING_MARKS.match(line.strip())
    if heading is None:
        return line
    return heading.group("title") if heading.group("title") is not None else line.strip()[heading.end():]


def _total_row(summary: Summary, labels: tuple[str, ...], columns: int = 0) -> str:
    """The index's last row: every report's sentences together, as :func:`framing.summary.summarize` counts
    them (``columns`` empty cells under the meta columns)."""
    figures = _figures(summary, labels) if summary["sentences"] else {}
    return (f'<tr><th scope="row">all reports</th>{"<td></td>" * columns}<td>{summary["sentences"]}</td>'
            f"{_figure_cells(figures, labels)}</tr>")


def _corpus_sources(summary: Summary, kept: list[_IndexedReport], top: int = _INDEX_SOURCES) -> str:
    """The sources cited across the reports, most reports first: in how many each is cited, its sentences,
    and in how many it denies; n/a only when they credit no source and the reports' model has no label that
    names one (a transcript's speakers are sources whatever the labels)."""
    heads = "<tr><th>source</th><th>reports</th><th>sentences</th><th>denies in</th></tr>"
    if not summary["sources"] and "sources" in _losses(summary):
        return (f"<table><caption>Sources across the reports</caption>{heads}"
                f'<tr><td colspan="4">{_NO_SOURCE_LABEL}</td></tr></table>')
    rows = "".join(f"<tr><td>{escape(s['display'])}{_own_report(s, kept)}</td><td>{s['documents']}</td>"
                   f"<td>{s['sentences']}</td><td>{s['denying_documents'] or ''}</td></tr>"
                   for s in summary["sources"][:top])
    rows = rows or '<tr><td colspan="4">No sources found.</td></tr>'
    shown = min(top, len(summary["sources"]))
    return (f"<table><caption>Sources across the reports ({shown} of {len(summary['sources'])}, cited in most "
            f"reports first)</caption>{heads}{rows}</table>")


def _set_aside_table(set_aside: Sequence[Mapping[str, Any]]) -> str:
    """The index's table of the input's records that have no report (see :func:`render_index`), each named by its
    id and record number, or ``""`` when there are none."""
    if not set_aside:
        return ""
    rows = "".join(f"<tr><td>{escape(_set_aside_name(entry))}</td><td>{escape(str(entry.get('reason', '')))}</td></tr>"
                   for entry in set_aside)
    return (f"<table><caption>Records without a report ({len(set_aside)}, set aside when scored)</caption>"
            f"<tr><th>record</th><th>why</th></tr>{rows}</table>")


def _set_aside_name(entry: Mapping[str, Any]) -> str:
    """How the index names a record set aside: its id, then its record number and line ("ha-3 (record 3, line 5)")."""
    where = ", ".join(str(part) for part in (f"record {entry['record']}" if "record" in entry else None,
                                             entry.get("where")) if part)
    name = str(entry["id"]) if entry.get("id") is not None else ""
    return f"{name} ({where})" if name and where else name or where


def _own_report(source: SummarySource, kept: list[_IndexedReport]) -> str:
    """For a source that names no one ("police"), kept apart for each report citing it, the name of its report
    in brackets, so that two such rows say whose each is; nothing for a source merged across reports."""
    return "" if source["document"] is None else f" ({escape(kept[source['document']].name)})"


def _index_row(report: _IndexedReport, labels: tuple[str, ...]) -> str:
    """The index's row for one report: its name linked to it, its sentence count, and the share and count
    of each of ``labels`` as its own chart gives them ("n/a" for a label its model lacks, or for every
    label when it has no sentences)."""
    name = escape(report.name) if report.headline is None else f"{escape(report.headline)} ({escape(report.name)})"
    shown = "".join(f'<td class="meta">{escape(value)}</td>' for value in report.shown)
    title = "" if report.full_name in (None, report.name) else f' title="{escape(report.full_name)}"'
    return (f'<tr><td><a href="{escape(quote(report.path))}"{title}>{name}</a></td>{shown}'
            f"<td>{report.sentences}</td>{_figure_cells(report.figures, labels)}</tr>")


def _figure_cells(figures: dict[str, tuple[int, int]], labels: tuple[str, ...]) -> str:
    """A cell per label: its whole percentage and count ("50% (1)"), or "n/a" where ``figures`` lack it."""
    return "".join(f"<td>{figures[label][0]}% ({figures[label][1]})</td>" if label in figures else "<td>n/a</td>"
                   for label in labels)


def _check_reports(reports: object) -> None:
    """Raise ``TypeError`` for ``reports`` that are no collection of triples: a string, a mapping, one
    Document, or nothing that can be iterated (each triple is checked as it is read)."""
    if isinstance(reports, (str, bytes, Mapping, Document)) or not isinstance(reports, Iterable):
        raise TypeError(f"reports must be a list of (name, path, document) triples, got {type(reports).__name__}")


def _checked_entry(entry: object, k: int) -> tuple[str, str, Document, str | None]:
    """``reports[k]``, ``entry``, as a checked ``(name, path, doc, full_name)`` (``None`` for a triple; see
    :func:`render_index`)."""
    if not isinstance(entry, (tuple, list)) or len(entry) not in (3, 4):
        got = f"a {type(entry).__name__} of {len(entry)}" if isinstance(entry, (tuple, list)) else type(entry).__name__
        raise TypeError(f"reports[{k}] must be a (name, path, document) triple, or with a full name after them, "
                        f"got {got}")
    name, path, doc, *rest = entry
    full_name = rest[0] if rest else None
    _check_text(name, f"reports[{k}]'s name", required=True)
    _check_text(full_name, f"reports[{k}]'s full name", required=False)
    if isinstance(path, PurePath):
        path = path.as_posix()  # a link's separator is "/", whatever the system's
    elif isinstance(path, os.PathLike):
        path = os.fspath(path)
    if not isinstance(path, str):
        raise TypeError(f"reports[{k}]'s path must be a str or os.PathLike, got {type(path).__name__}")
    _check_text(path, f"reports[{k}]'s path", required=True)
    if path.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", path):
        raise InputError(f"reports[{k}]'s path {path!r} is absolute; give it relative to the index page, "
                         "so that the index travels with its reports")
    _check_document(doc, f"reports[{k}]'s document")
    return name, path, doc, full_name


def is_index_page(start: str) -> bool:
    """Whether ``start``, the start of an HTML file (its first few kilobytes), is an index page that
    :func:`render_index` wrote: what ``framing analyze`` may write over, unlike any other page."""
    return _INDEX_MARK in start.split("</head>", 1)[0]


#: How a page that :func:`render_html` or :func:`render_index` writes ends: the footer naming the framing version
#: (and the model), which no text drawn in the page can forge, every piece of it being escaped.
_PAGE_END = re.compile(r"<footer><p>Made by framing [^<]*</p></footer></body></html>\n?\Z")


def is_report_page(start: str, end: str) -> bool:
    """Whether an HTML file whose start (its first few kilobytes) is ``start`` and whose end (its last few) is
    ``end`` is a report page that :func:`render_html` wrote (an index page is not): what ``framing analyze``
    counts among the reports in a folder that its new index does not link."""
    return _PAGE_END.search(end) is not None and not is_index_page(start)


def _new_scope() -> str:
    """A fresh id for a fragment's wrapper, random so that fragments made in other sessions (a notebook
    saved and run again) do not share one either."""
    return f"framing-{secrets.token_hex(4)}"


def _wrapped(scope: str, labels: tuple[str, ...], inner: str) -> str:
    """``inner`` in the fragment's wrapper ``scope``, with the report's style sheet confined to it."""
    style = f"#{scope}{{{_ROOT};{_FRAGMENT_BOX}}}" + _scoped(_STYLE + _label_rules(labels), f"#{scope}")
    return f'<div class="framing-report" id="{scope}" lang="en"><style>{style}</style>{inner}</div>'


#: A style rule: its selectors and its declarations (no braces inside: labels in selectors are escaped).
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def _scoped(style: str, scope: str) -> str:
    """``style`` with each selector of each rule (those inside ``@media`` too) put under the selector
    ``scope``, so that it styles nothing outside that element."""
    def rule(match: re.Match) -> str:
        lead = match.group(1)[:len(match.group(1)) - len(match.group(1).lstrip())]
        selectors = ",".join(f"{scope} {selector.strip()}" for selector in match.group(1).split(","))
        return f"{lead}{selectors}{{{match.group(2)}}}"

    return _RULE.sub(rule, style)


def _drawing(doc: Document, labels: tuple[str, ...], lang: str | None, ids: str) -> str:
    """What the page and the fragment share: a link to the profile, the legend, the article, the profile's
    sections and what the labels and marks mean; ``ids`` starts every id and every link to one."""
    profile = current_profile(doc, labels)
    wrapped = any(_LINE_BREAK.search(s.text) for s in doc.sentences)  # hard-wrapped: breaks inside sentences
    loaded, credits = _writers_loaded(doc), _credits(doc, profile)
    body = "\n".join(f'<p class="para" dir="{_paragraph_direction(doc, p)}">'
                     f"{_paragraph_html(doc, p, labels, wrapped, ids, loaded, credits)}</p>" for p in _paragraphs(doc))
    scored = [s.scores for s in doc.sentences if s.scores]
    n_labels = len(scored[0]) if scored else len(labels)  # how many labels the model scores: its cut-off's
    return (f'<p class="jump"><a href="#{ids}profile">Jump to the profile</a></p>{_legend(labels, bool(scored))}'
            f'{_doubts_note(doc)}<article dir="auto" lang="{escape(lang or "")}">'
            f'{body or "<p>No sentences: the text is empty.</p>"}'
            f"</article>{_summary(doc, profile, labels, ids)}{_meanings(labels, ids, n_labels)}")


def _doubts_note(doc: Document) -> str:
    """A line above the article when its text is one the model reads badly (HTML markup, mostly not English), or "":
    a run's log warns whoever ran it, but the page reaches readers who never see that log."""
    from .doubts import holds_markup, mostly_foreign

    doubts = []
    if holds_markup(doc.text):
        doubts.append("This text holds HTML tags or entities, which the model reads as words: sentences may be "
                      "joined and quotation marks hidden, so its labels and sources are less to be trusted.")
    if doc.sentences and mostly_foreign(doc):
        doubts.append("Most of this text does not look like English: the model knows English news only, so its "
                      "labels mean little.")
    return f'<p class="caution">{" ".join(doubts)}</p>' if doubts else ""


def _head(title: str, style: str, meta: str = "") -> str:
    """The page up to ``<body>``: a mobile viewport, and a Content-Security-Policy that allows nothing but
    ``style`` (by its SHA-256), so no script, external asset or other style can run or load; ``meta``
    adds to it."""
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode("ascii")
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-{digest}'\">"
            f"{meta}<title>{escape(title)}</title><style>{style}</style></head>")


def _summary(doc: Document, profile: Profile, labels: tuple[str, ...], ids: str) -> str:
    """The profile's sections: the chart, loaded phrases and unsourced sentences (with what they are, where the
    model has an opinion label to count them by), the sources, the denials."""
    meaning = f" {_UNSOURCED_MEANING}" if profile.get("unsourced_evaluative_share") is not None else ""
    loaded = ", ".join(f"<bdi>{escape(p['text'])}</bdi> ×{p['count']}" for p in profile.get("loaded_phrases", []))
    return (f'<h2 id="{ids}profile">Profile</h2>{_chart(profile, labels)}'
            f"<p>Writer's loaded phrases: {loaded or 'none found'}</p>"
            f"<p>Unsourced evaluative sentences: {_unsourced(doc, profile, ids)}.{meaning}</p>"
            f"<h2>Sources</h2>{_sources_table(profile)}<h2>Denials</h2>{_denials(profile, ids)}")


#: What the unsourced evaluative count counts, in plain words, beside it.
_UNSOURCED_MEANING = ("These are the sentences labelled opinion that are the writer's own words, not inside a "
                      "quotation or someone's answer: judgements no one but the writer vouches for.")


def _sources_table(profile: Profile) -> str:
    """Each source as written, the sentences credited to it, and whether it denies; n/a only when the profile
    credits no source and the model has no label that names one (a transcript's speakers are sources whatever
    the labels)."""
    if not profile.get("sources") and "sources" in _losses(profile):
        rows = f'<tr><td colspan="3">{_NO_SOURCE_LABEL}</td></tr>'
    else:
        rows = "".join(f"<tr><td>{escape(s.get('display', s['source']))}</td><td>{s['sentences']}</td>"
                       f"<td>{'yes' if s['denies'] else ''}</td></tr>" for s in profile.get("sources", []))
        rows = rows or '<tr><td colspan="3">No sources found.</td></tr>'
    return ("<table><caption>Sources and the sentences credited to them</caption>"
            "<tr><th>source</th><th>sentences</th><th>denies</th></tr>"
            f"{rows}</table>")


def _footer(model: str | None) -> str:
    """What made the page: the framing version and, when the caller names it, the model."""
    named = f"; model: {escape(model)}" if model is not None else ""
    return f"<footer><p>Made by framing {escape(__version__)}{named}.</p></footer>"


def _check_arguments(doc: object, labels: object, lang: object, model: object) -> tuple[str, ...]:
    """The labels to draw, after checking the arguments of ``render_html`` and ``render_fragment`` but the
    title: ``TypeError`` for a ``doc`` that is no :class:`Document` (a ``to_dict()`` result:
    ``Document.from_dict`` first) or a ``lang`` or ``model`` that is no string, ``InputError`` for a blank
    ``model``, a ``lang`` that is no language tag, or ``labels`` that name a label twice or leave out one
    the document's sentences hold (it would vanish from the legend and chart)."""
    document = _check_document(doc, "doc")
    _check_text(model, "model", required=False)
    _check_text(lang, "lang", required=False)
    if isinstance(lang, str) and not LANGUAGE_TAG.fullmatch(lang):
        raise InputError(f"lang must be a language tag such as 'en' or 'pt-BR', got {lang!r}")
    return (document_labels(document) if labels is None
            else _chosen_labels(labels, {s.label for s in document.sentences}))


def _check_document(doc: object, name: str) -> Document:
    """``doc``, once checked to be a :class:`Document`: ``TypeError`` otherwise, pointing a ``to_dict()``
    result at ``Document.from_dict``."""
    if not isinstance(doc, Document):
        hint = "; rebuild one with Document.from_dict" if isinstance(doc, dict) else ""
        raise TypeError(f"{name} must be a framing Document, got {type(doc).__name__}{hint}")
    return doc


def _chosen_labels(labels: object, held: set[str]) -> tuple[str, ...]:
    """``labels`` as a tuple, refused (``InputError``) when it names a label twice or leaves out one of
    ``held``, the labels the sentences hold (it would vanish from the legend and chart)."""
    chosen = tuple(check_names(labels, "labels"))
    repeated = [label for label, n in Counter(chosen).items() if n > 1]
    if repeated:
        raise InputError(f"labels name {repeated} more than once; list each label once")
    missing = sorted(held - set(chosen))
    if missing:
        raise InputError(f"labels leave out {missing}, which the document's sentences hold; list every label "
                         "(or pass labels=None for the profile's order)")
    return chosen


def _check_text(value: object, name: str, required: bool) -> None:
    """Raise ``TypeError`` unless ``value`` is a string (or ``None`` where not ``required``), ``InputError``
    for a blank one: it would show as nothing."""
    if value is None and not required:
        return
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise InputError(f"{name} is blank; give some text" + ("" if required else " or None"))


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


def _paragraph_direction(doc: Document, indices: list[int]) -> str:
    """The direction of a paragraph (its sentences ``indices``): the one most of its sentences take (see
    :func:`_direction`), on a tie its first's; "ltr" when none has a strongly directional letter. An Arabic
    sentence then an English one stay a right-to-left paragraph."""
    return _most([d for d in (_direction(doc.sentences[k].text) for k in indices) if d]) or "ltr"


#: The direction of each strongly directional kind of character (``unicodedata.bidirectional``).
_STRONG = {"L": "ltr", "R": "rtl", "AL": "rtl"}


def _direction(text: str) -> str | None:
    """The direction of most of the strongly directional letters of ``text`` ("rtl": Arabic, Hebrew), on a tie
    its first's, ``None`` without any. Not the first alone, which dir="auto" takes: an English sentence that
    starts with an Arabic name ("علي حسن, a shopkeeper, said ...") runs left to right, the name right to left
    inside it."""
    return _most([_STRONG[kind] for kind in map(unicodedata.bidirectional, text) if kind in _STRONG])


def _most(directions: list[str]) -> str | None:
    """The direction most of ``directions`` take, on a tie the first's; ``None`` for none."""
    rtl = directions.count("rtl")
    if 2 * rtl == len(directions):
        return directions[0] if directions else None
    return "rtl" if 2 * rtl > len(directions) else "ltr"


def _writers_loaded(doc: Document) -> list[list[Span]]:
    """The writer's loaded wording in each sentence of ``doc``, as its profile counts it
    (:meth:`Document.writers_loaded`: not in a speaker's turn, nor in page furniture but the headline)."""
    loaded: list[list[Span]] = [[] for _ in doc.sentences]
    starts = [s.start for s in doc.sentences]
    for span in doc.writers_loaded():
        loaded[bisect_right(starts, span.start) - 1].append(span)
    return loaded


def _paragraph_html(doc: Document, indices: list[int], labels: tuple[str, ...], wrapped: bool, ids: str,
                    loaded: list[list[Span]], credits: list[_Credit]) -> str:
    """The sentences of one paragraph (``ids`` starts their ids; ``loaded``: the writer's loaded wording in each
    of the document's sentences; ``credits``: what the profile says of each, see :func:`_credits`). A line break
    between two sentences keeps its line (a byline, an "Updated" stamp) unless the text is hard-wrapped, with
    breaks inside its sentences; a list item, or the line introducing a list, keeps its own line even then."""
    pieces = []
    for n, k in enumerate(indices):
        if n:
            before, sentence = doc.sentences[indices[n - 1]], doc.sentences[k]
            own_line = _LINE_BREAK.search(doc.text, before.end, sentence.start) and (
                not wrapped or LIST_ITEM.match(sentence.text) or before.text.endswith(":"))
            pieces.append("<br>" if own_line else " ")
        pieces.append(_sentence_html(doc.sentences[k], k, labels, ids, loaded[k], credits[k]))
    return "".join(pieces)


def _credits(doc: Document, profile: Profile) -> list[_Credit]:
    """What ``profile`` says of each sentence of ``doc``, for its description and marks: the source it credits
    the sentence to (its display form) where the sentence's credited source span does not hold that name (a
    quotation that carries on, "he said"), the claim a denial answers or a rebuttal stands by, and the source spans
    the credit does not come from (a source span holds the credit's mention when it does: ``credit_mentions``)."""
    total = len(doc.sentences)
    credited, mentions = profile.get("credits") or [None] * total, profile.get("credit_mentions") or [None] * total
    shown = {s["source"]: s.get("display", s["source"]) for s in profile.get("sources", [])}
    answers: dict[int, str] = {}
    for pair in profile.get("denials", []):
        answered = pair.get("allegation")
        answers[pair["denial"]] = ("answers no earlier claim found" if answered is None
                                   else f"answers sentence {answered + 1}")
    for rebuttal in profile.get("rebuttals", []):
        answers[rebuttal["rebuttal"]] = (f"read as its source standing by sentence {rebuttal['allegation'] + 1} "
                                         "(a rebuttal, not a denial)")
    result = []
    for k, sentence in enumerate(doc.sentences):
        mention, source = mentions[k], credited[k]
        sources = [span for span in sentence.spans if span.type == "source"]
        uncredited = frozenset((span.start, span.end) for span in sources
                               if not (mention and span.start <= mention[0] and mention[1] <= span.end))
        named = " ".join(without_invisible(span.text, emoji_joiners=True).casefold() for span in sources
                         if (span.start, span.end) not in uncredited)
        display = without_invisible(shown.get(source, source), emoji_joiners=True) if source else None
        written = (doc.text[mention[0]:mention[1]] if mention and sentence.start <= mention[0]
                   and mention[1] <= sentence.end else None)
        notes = ([f"credited to: {display}"] if display and display.casefold() not in named
                 and not (written and _shortened(written, display)) else [])
        notes += [answers[k]] if k in answers else []
        result.append(_Credit(tuple(notes), uncredited))
    return result


def _shortened(written: str, display: str) -> bool:
    """Whether ``written``, a sentence's own mention of its credited source, is ``display``'s name cut short or
    with a title ("Mr. Pence" of "Mike Pence", "Senator Voss" of "Rina Voss"), so that naming the source again
    would only repeat it; a body's noun alone ("The Ministry" of "Foreign Ministry") is no such name, and the
    reader is told whom it means."""
    words, full = normalise_source(written).split(), normalise_source(display).split()
    return (bool(words) and words == full[len(full) - len(words):] and written.lstrip()[:1].isupper()
            and not all(word in BODY_NOUNS for word in words))


def _denials(profile: Profile, ids: str) -> str:
    """Each denial with the claim it answers, both linked (``ids`` starts the sentences' ids), then each
    accuser's rebuttal the model labelled a denial, with the claim it stands by; or why there are none."""
    items = []
    shown = {s["source"]: s.get("display", s["source"]) for s in profile.get("sources", [])}
    for pair in profile.get("denials", []):
        source, allegation = pair.get("source"), pair.get("allegation")
        who = f"<bdi>{escape(shown.get(source, source))}</bdi>" if source else "an unnamed source"
        answered = (f' answering <a href="#{ids}s{allegation}">sentence {allegation + 1}</a>'
                    if allegation is not None else " (no earlier claim found)")
        items.append(f'<li><a href="#{ids}s{pair["denial"]}">sentence {pair["denial"] + 1}</a>: '
                     f"denial by {who}{answered}</li>")
    for rebuttal in profile.get("rebuttals", []):
        who = f'<bdi>{escape(shown.get(rebuttal["source"], rebuttal["source"]))}</bdi>'
        items.append(f'<li><a href="#{ids}s{rebuttal["rebuttal"]}">sentence {rebuttal["rebuttal"] + 1}</a>: '
                     f'labelled a denial, read as {who} standing by its own claim in '
                     f'<a href="#{ids}s{rebuttal["allegation"]}">sentence {rebuttal["allegation"] + 1}</a> '
                     "(a rebuttal, not a denial)</li>")
    if items:
        return f'<ul class="denials">{"".join(items)}</ul>'
    if "denials" in _losses(profile):
        return "<p>n/a: this model has no official_denial label.</p>"
    return "<p>No denials found.</p>"


def _losses(profile: Profile | Summary) -> list[str]:
    """What the profile cannot find for the labels ``profile`` counts (a document's profile or a summary;
    :func:`framing.profile.profile_losses`); nothing when it counts no label, having nothing to go by."""
    counts = profile.get("counts")
    return profile_losses(tuple(counts)) if counts else []


def _unsourced(doc: Document, profile: Profile, ids: str) -> str:
    """How many of the sentences are unsourced evaluative ones, as a count (a percentage would round
    apart from the chart's for the same sentences), each linked (``ids`` starts the sentences' ids)."""
    if not doc.sentences:
        return "n/a (no sentences)"
    if profile.get("unsourced_evaluative_share") is None:
        return "n/a (this model has no editorial_opinion label)"
    indices = profile.get("unsourced_sentences", [])
    return f"{len(indices)} of {len(doc.sentences)}{_sentence_links(indices, ids)}"


def _sentence_links(indices: list[int], ids: str) -> str:
    """``indices`` as the sentence numbers shown in the text, each linked to its sentence (" (sentences
    <a>2</a>, <a>5</a>)"); nothing for none."""
    if not indices:
        return ""
    links = ", ".join(f'<a href="#{ids}s{k}">{k + 1}</a>' for k in indices)
    return f" (sentence{'s' if len(indices) > 1 else ''} {links})"
