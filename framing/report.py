"""A self-contained HTML page for one analysed document.

Each sentence is coloured by label, with its scores in a tooltip; sources,
cues and the writer's loaded phrases are marked inside it; a legend names
the labels and an inline SVG bar chart shows the label shares. No scripts,
no external assets: every piece of input text is HTML-escaped.
"""

from __future__ import annotations

from html import escape

from .document import Document, Sentence

__all__ = ["render_html"]

COLOURS = {
    "reported_fact": "#e8eef5",
    "attributed_claim": "#d6f0e8",
    "official_denial": "#ffe2b8",
    "editorial_opinion": "#f6d3e6",
}
_FALLBACK = ("#e6e6fa", "#fff3c4", "#d9f2d9", "#f2d9d9")
_SPAN_CLASS = {"loaded": "loaded", "source": "source", "cue": "cue"}

_STYLE = """
body{font:16px/1.6 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font:600 1.3rem system-ui,sans-serif}
.legend span,.chart text{font:13px system-ui,sans-serif}
.legend span{display:inline-block;padding:.1rem .5rem;margin:.2rem;border-radius:.3rem}
p.para{margin:0 0 1rem}
.s{border-radius:.25rem;padding:.05rem .1rem}
.loaded{text-decoration:underline wavy #b00020}
.source{font-weight:600}
.cue{font-style:italic;border-bottom:1px dotted #333}
table{border-collapse:collapse;font:14px system-ui,sans-serif;margin-top:1rem}
td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}
"""


def _colour(label: str, labels: tuple[str, ...]) -> str:
    if label in COLOURS:
        return COLOURS[label]
    return _FALLBACK[labels.index(label) % len(_FALLBACK)] if label in labels else "#eeeeee"


def _sentence_html(doc: Document, sentence: Sentence, index: int, labels: tuple[str, ...]) -> str:
    """The sentence with its marked spans; overlapping spans keep the outer one."""
    marks = sorted((s for s in sentence.spans if s.type in _SPAN_CLASS), key=lambda s: (s.start, -s.end))
    pieces, pos = [], sentence.start
    for span in marks:
        if span.start < pos:
            continue
        pieces.append(escape(doc.text[pos:span.start]))
        pieces.append(f'<span class="{_SPAN_CLASS[span.type]}">{escape(span.text)}</span>')
        pos = span.end
    pieces.append(escape(doc.text[pos:sentence.end]))
    tooltip = "; ".join(f"{label} {score:.2f}" for label, score in sentence.scores.items())
    return (f'<span class="s" id="s{index}" data-label="{escape(sentence.label)}" '
            f'style="background:{_colour(sentence.label, labels)}" '
            f'title="{escape(sentence.label)} — {escape(tooltip)}">{"".join(pieces)}</span>')


def _chart(doc: Document, labels: tuple[str, ...]) -> str:
    shares = doc.profile.get("shares", {})
    rows = []
    for k, label in enumerate(labels):
        share = float(shares.get(label, 0.0))
        y = 8 + k * 26
        rows.append(
            f'<text x="0" y="{y + 14}">{escape(label)}</text>'
            f'<rect x="150" y="{y}" width="{max(share * 300, 0.5):.1f}" height="18" '
            f'fill="{_colour(label, labels)}" stroke="#888"/>'
            f'<text x="{158 + share * 300:.1f}" y="{y + 14}">{share:.0%}</text>'
        )
    height = 16 + 26 * len(labels)
    return (f'<svg class="chart" role="img" aria-label="label shares" width="520" height="{height}" '
            f'xmlns="http://www.w3.org/2000/svg">{"".join(rows)}</svg>')


def render_html(doc: Document, title: str = "framing report", labels: tuple[str, ...] | None = None) -> str:
    """One self-contained HTML page for ``doc``."""
    labels = tuple(labels or doc.profile.get("counts", {}).keys() or sorted({s.label for s in doc.sentences}))
    legend = "".join(f'<span style="background:{_colour(l, labels)}">{escape(l)}</span>' for l in labels)
    legend += ('<span><span class="source">source</span> · <span class="cue">cue</span> · '
               '<span class="loaded">loaded (writer)</span></span>')
    paragraphs, current, last_end = [], [], 0
    for index, sentence in enumerate(doc.sentences):
        if current and "\n" in doc.text[last_end:sentence.start]:
            paragraphs.append(current)
            current = []
        current.append(_sentence_html(doc, sentence, index, labels))
        last_end = sentence.end
    if current:
        paragraphs.append(current)
    body = "\n".join(f'<p class="para">{" ".join(p)}</p>' for p in paragraphs)
    sources = "".join(
        f"<tr><td>{escape(s['source'])}</td><td>{s['sentences']}</td>"
        f"<td>{'yes' if s['denies'] else ''}</td></tr>"
        for s in doc.profile.get("sources", [])
    )
    loaded = ", ".join(f"{escape(p['text'])} ×{p['count']}" for p in doc.profile.get("loaded_phrases", []))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(title)}</h1><div class=\"legend\">{legend}</div>"
        f"<article>{body}</article>"
        f"<h1>Profile</h1>{_chart(doc, labels)}"
        f"<table><tr><th>source</th><th>sentences</th><th>denies</th></tr>{sources}</table>"
        f"<p>Writer's loaded phrases: {loaded or 'none found'}</p>"
        f"{_unsourced_and_denials(doc)}"
        "</body></html>\n"
    )


def _unsourced_and_denials(doc: Document) -> str:
    """The share of unsourced evaluative sentences, and each denial with the claim it answers (linked)."""
    share = doc.profile.get("unsourced_evaluative_share", 0.0)
    items = []
    for pair in doc.profile.get("denials", []):
        who = escape(pair["source"]) if pair.get("source") else "an unnamed source"
        answered = (f' answering <a href="#s{pair["allegation"]}">sentence {pair["allegation"] + 1}</a>'
                    if pair.get("allegation") is not None else " (no earlier claim found)")
        items.append(f'<li><a href="#s{pair["denial"]}">sentence {pair["denial"] + 1}</a>: '
                     f"denial by {who}{answered}</li>")
    denials = f'<ul class="denials">{"".join(items)}</ul>' if items else "<p>No denials found.</p>"
    return f"<p>Unsourced evaluative sentences: {share:.0%}.</p><h2>Denials</h2>{denials}"
