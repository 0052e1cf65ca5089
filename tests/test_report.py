"""The HTML report: self-contained, escaped, one element per sentence; rendered in headless Chromium."""

import os
import re
import shutil
import subprocess

import pytest

import framing
from framing.report import render_html

HOSTILE = ('Officials said <script>document.title="pwned"</script> nothing. '
           'The minister denied it <img src=x onerror="document.title=\'pwned\'">. '
           'This is a disgrace </style><b>bold</b>.')


def test_report_escapes_input_and_has_no_external_assets(tiny):
    page = render_html(tiny.analyze(HOSTILE), title="<script>x</script>")
    assert "<script" not in page.lower().replace("&lt;script", "")
    assert "onerror=\"" not in page
    assert not re.search(r"(src|href)=[\"']https?://", page)
    assert page.count('class="s"') == 3
    for label in tiny.labels:
        assert label in page


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true but no chromium is installed (.ci/run installs Debian's chromium)")
    pytest.skip("chromium is not installed")


def test_report_renders_in_headless_chromium(tiny, tmp_path):
    chromium = find_chromium()
    doc = tiny.analyze(HOSTILE + "\n\nA second paragraph follows here. It has two sentences.")
    page = tmp_path / "report.html"
    page.write_text(render_html(doc, title="hostile"), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
    dom = subprocess.run([chromium, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    assert "<title>hostile</title>" in html  # no injected script changed it
    assert "pwned" not in re.sub(r"&[a-z]+;|&#\d+;", "", html.split("<body>")[0])
    assert len(re.findall(r'<span class="s" id="s\d+"', html)) == len(doc.sentences) == 5
    assert re.findall(r'<span class="s" id="s\d+" data-label="[^"]*" data-n="(\d+)"', html) == list("12345")
    assert "<svg" in html and "official_denial" in html
    shot = tmp_path / "shot.png"
    result = subprocess.run([chromium, *flags, f"--screenshot={shot}", "--window-size=900,1200", page.as_uri()],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and shot.stat().st_size > 10_000


def test_report_lists_denials_with_links_and_the_unsourced_share():
    from framing.document import Document, Sentence, Span
    from framing.profile import build_profile

    labels = framing.LABELS
    text = "<NGO> said the sites are police stations. The <Ministry> denied it. What a disgrace."

    def sentence(fragment, label, spans=()):
        start = text.index(fragment)
        return Sentence(fragment, start, start + len(fragment), label, {l: float(l == label) for l in labels},
                        tuple(spans))

    sentences = (
        sentence("<NGO> said the sites are police stations.", "attributed_claim", [Span("source", 0, 5, "<NGO>")]),
        sentence("The <Ministry> denied it.", "official_denial",
                 [Span("source", text.index("The <M"), text.index(" denied"), "The <Ministry>")]),
        sentence("What a disgrace.", "editorial_opinion"),
    )
    page = render_html(Document(text, sentences, build_profile(sentences, labels)))
    # the source as written (its display form), escaped, in the denials list and the sources table
    assert ('<li><a href="#s1">sentence 2</a>: denial by <bdi>&lt;Ministry&gt;</bdi> answering '
            '<a href="#s0">sentence 1</a></li>') in page
    assert "<tr><td>&lt;Ministry&gt;</td><td>1</td><td>yes</td></tr>" in page
    assert "Unsourced evaluative sentences: 33%" in page
    assert 'id="s0"' in page and 'id="s1"' in page
    links = re.findall(r'<a href="#s(\d+)">sentence (\d+)</a>', page)
    assert len(links) == 2
    for target, number in links:  # the number shown before the linked sentence is the link's
        assert re.search(rf'id="s{target}" data-label="[^"]*" data-n="{number}"', page)


def sentence_elements(page: str) -> list[tuple[str, str]]:
    """Each sentence element of a page: (opening tag, inner HTML)."""
    return re.findall(r'(<span class="s" [^>]*>)((?:[^<]|<span class="(?:loaded|source|cue)">[^<]*</span>)*)</span>',
                      page)


def test_report_numbers_tags_and_flags_each_sentence():
    from html import unescape

    from framing.document import Document, Sentence
    from framing.profile import build_profile
    from framing.report import TAGS

    labels = framing.LABELS
    fragments = ["A <b>fact</b> & more.", "A claim, the NGO said.", "The ministry denied it.", "What a disgrace."]
    text = " ".join(fragments)
    flags = [(False, False), (True, False), (False, True), (True, True)]
    sentences = tuple(
        Sentence(fragment, text.index(fragment), text.index(fragment) + len(fragment), label,
                 {l: 0.4 if l == label else 0.2 for l in labels}, truncated=cut, low_confidence=low)
        for fragment, label, (low, cut) in zip(fragments, labels, flags))
    page = render_html(Document(text, sentences, build_profile(sentences, labels)))
    elements = sentence_elements(page)
    assert len(elements) == page.count('class="s"') == 4
    for index, ((tag, inner), sentence) in enumerate(zip(elements, sentences)):
        assert f'id="s{index}"' in tag and f'data-n="{index + 1}"' in tag
        assert f'data-label="{sentence.label}"' in tag and f'data-tag="{TAGS[sentence.label]}"' in tag
        assert f'data-start="{sentence.start}" data-end="{sentence.end}"' in tag  # offsets into the document
        assert unescape(re.sub(r"<[^>]+>", "", inner)) == sentence.text  # badges are CSS, not text
        title = unescape(re.search(r'title="([^"]*)"', tag).group(1))
        assert title.startswith(f"sentence {index + 1}: {sentence.label}")
        assert ("data-low-confidence" in tag) == ("low confidence" in title) == sentence.low_confidence
        assert ("data-truncated" in tag) == ("truncated" in title) == sentence.truncated
    assert len(set(TAGS.values())) == 4
    legend = page.split('<div class="legend">')[1].split("<article>")[0]
    assert "<span data-low-confidence>" in legend and "<span data-truncated>" in legend
    assert "sentence number" in legend and all(f">{TAGS[l]}</b>" in legend for l in labels)


def test_label_colours_stay_apart_for_common_colour_vision_deficiencies():
    """CIE76 distance of every pair of label colours, as seen normally and under simulated protanopia,
    deuteranopia and tritanopia (Machado et al. 2009, full severity): the old palette scored 4.6."""
    from itertools import combinations

    import numpy as np

    from framing.report import COLOURS

    simulations = [np.eye(3),
                   [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
                   [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
                   [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]]
    to_xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])

    def lab(colour: str, simulation) -> np.ndarray:
        srgb = np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
        linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
        x, y, z = to_xyz @ np.clip(np.asarray(simulation) @ linear, 0, 1) / [0.95047, 1.0, 1.08883]
        fx, fy, fz = (np.cbrt(t) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z))
        return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])

    assert set(COLOURS) == set(framing.LABELS)
    for simulation in simulations:
        points = [lab(colour, simulation) for colour in COLOURS.values()]
        assert min(np.linalg.norm(a - b) for a, b in combinations(points, 2)) > 15
    assert all(lab(colour, np.eye(3))[0] > 75 for colour in COLOURS.values())  # dark text stays readable


def test_a_loaded_word_inside_a_source_is_marked_inside_it_and_listed_as_the_writer_s():
    from html import unescape

    from framing.document import Document, Sentence, Span
    from framing.profile import build_profile

    labels = framing.LABELS
    text = "The so-called Open Ledger Initiative said 3,000 people were held in a brutal sweep."

    def span(kind, fragment):
        start = text.index(fragment)
        return Span(kind, start, start + len(fragment), fragment)

    sentences = (Sentence(text, 0, len(text), "attributed_claim", {l: float(l == "attributed_claim") for l in labels},
                          (span("source", "The so-called Open Ledger Initiative"), span("loaded", "so-called"),
                           span("cue", "said"), span("loaded", "said 3,000"), span("loaded", "brutal"))),)
    page = render_html(Document(text, sentences, build_profile(sentences, labels)))
    # each mark carries its document offsets
    assert ('<span class="source" data-start="0" data-end="36">The <span class="loaded" data-start="4" '
            'data-end="13">so-called</span> Open Ledger Initiative</span>' in page)
    article = page.split("<article>")[1].split("</article>")[0]
    # a span that crosses another's border is left unmarked; the text is whole either way
    assert unescape(re.sub(r"<[^>]+>", "", article)) == text
    assert 'class="loaded">said 3,000' not in article
    assert "Writer's loaded phrases: <bdi>so-called</bdi> ×1, <bdi>brutal</bdi> ×1" in page or \
        "Writer's loaded phrases: <bdi>brutal</bdi> ×1, <bdi>so-called</bdi> ×1" in page


def paragraph_texts(page: str) -> list[str]:
    """The sentences' text per paragraph of a page, tags and badges left out, a kept line break as a newline."""
    return [re.sub(r"<[^>]+>", "", p.replace("<br>", "\n"))
            for p in re.findall(r'<p class="para">(.*?)</p>', page, re.S)]


def test_paragraphs_follow_blank_lines_or_else_line_breaks(tiny):
    wrapped = "One ran. It ended\nlate. Two came.\nThree left.\n\nFour won."
    assert paragraph_texts(render_html(tiny.analyze(wrapped))) == ["One ran. It ended\nlate. Two came. Three left.",
                                                                   "Four won."]
    for newline in ("\n", "\r\n", "\r", "\u2029"):
        lines = f"One ran.{newline}Two came. Three left.{newline}Four won."
        assert paragraph_texts(render_html(tiny.analyze(lines))) == ["One ran.", "Two came. Three left.", "Four won."]
    trailing = "Headline here\nFirst line of text.\nSecond paragraph line.\n\n"  # a final blank line changes nothing
    assert paragraph_texts(render_html(tiny.analyze(trailing))) == ["Headline here", "First line of text.",
                                                                    "Second paragraph line."]
    nbsp = "One ran.\n\u00a0\nTwo came.\nThree left."
    assert paragraph_texts(render_html(tiny.analyze(nbsp))) == ["One ran.", "Two came.\nThree left."]
    # copy that is not hard-wrapped keeps a line break between sentences: a byline, an "Updated" stamp
    article = "Storm closes port\n\nBy Jane Doe, Staff Writer\nUpdated 3:45 p.m.\n\nThe port shut. Ships waited."
    assert paragraph_texts(render_html(tiny.analyze(article))) == [
        "Storm closes port", "By Jane Doe, Staff Writer\nUpdated 3:45 p.m.", "The port shut. Ships waited."]


def test_report_isolates_each_sentence_and_phrase_from_direction_controls_around_it(tiny):
    page = render_html(tiny.analyze("The plan \u202ewas sound. The bridge opened."))
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    assert re.search(r"(^|\n)\.s\{unicode-bidi:isolate;", style)  # an open override ends with its sentence
    assert re.search(r"article,td,li\{overflow-wrap:anywhere\}", style)  # long URLs wrap inside the column
    assert page.count('<span class="s" ') == 2


def test_report_says_so_when_there_is_nothing_to_list(tiny):
    from framing.document import Document
    from framing.profile import build_profile

    empty = render_html(Document("", (), build_profile((), framing.LABELS)))
    assert "No sentences: the text is empty." in empty and "Unsourced evaluative sentences: n/a (no sentences)" in empty
    assert '<tr><td colspan="3">No sources found.</td></tr>' in empty and "No denials found." in empty


def test_the_chart_leaves_room_for_long_label_names():
    from framing.document import Document, Sentence

    labels = ("fact", "speculation_by_the_writer_unsourced")
    sentence = Sentence("It rose.", 0, 8, "fact", {"fact": 0.9, labels[1]: 0.1})
    page = render_html(Document("It rose.", (sentence,), {"shares": {"fact": 1.0, labels[1]: 0.0}}), labels=labels)
    bars = [float(x) for x in re.findall(r'<rect x="([\d.]+)"', page)]
    assert len(bars) == 2 and all(x >= 8 * len(labels[1]) for x in bars)


def test_custom_labels_keep_distinct_tags_and_colours():
    from framing.report import _colour, _tag

    labels = ("reported_fact", "official_denial", "denial", "fact")
    tags = [_tag(label, labels) for label in labels]
    assert len(set(tags)) == 4 and tags[2:] == ["denial", "fact"]
    assert [_tag(label, framing.LABELS) for label in framing.LABELS] == ["fact", "claim", "denial", "opinion"]
    many = tuple(f"lab{k}" for k in range(12))
    assert len({_colour(label, many) for label in many}) == 12
    from framing.document import Document, Sentence

    sentence = Sentence("It rose.", 0, 8, "lab0", {label: 1 / 12 for label in many})
    page = render_html(Document("It rose.", (sentence,), {"shares": {}}), labels=many)
    assert '<b class="tag">lab0</b></span>' in page  # the name once, not "lab0 lab0"


def test_list_items_keep_their_own_lines_inside_a_paragraph(tiny):
    text = ("A fire closed the plant on Monday.\n\nKey points:\n- About 2,000 residents were moved.\n"
            "- The cause is unknown.\n\nOfficials met later. They said\nlittle.")
    paragraphs = re.findall(r'<p class="para">(.*?)</p>', render_html(tiny.analyze(text)), re.S)
    assert [p.count("<br>") for p in paragraphs] == [0, 2, 0]  # wrapped prose runs on; items do not


def labelled_document(text_of, labels_in_order):
    """A Document of one sentence per label in ``labels_in_order`` (``text_of(k)`` the k-th sentence), with
    its profile."""
    from framing.document import Document, Sentence
    from framing.profile import build_profile

    texts = [text_of(k) for k in range(len(labels_in_order))]
    text = " ".join(texts)
    sentences, start = [], 0
    for fragment, label in zip(texts, labels_in_order):
        sentences.append(Sentence(fragment, start, start + len(fragment), label,
                                  {l: float(l == label) for l in framing.LABELS}))
        start += len(fragment) + 1
    return Document(text, tuple(sentences), build_profile(sentences, framing.LABELS, text))


def test_the_chart_shows_the_table_s_whole_percentages_which_add_up_to_100():
    from framing.cli import format_table

    fact, claim, denial, opinion = framing.LABELS
    # 7, 11, 4 and 1 of 23: rounding each alone gives 30, 48, 17 and 4, which add up to 99
    doc = labelled_document(lambda k: f"Item {k} was logged.", [fact] * 7 + [claim] * 11 + [denial] * 4 + [opinion])
    chart = re.search(r"<svg class=\"chart\".*?</svg>", render_html(doc), re.S).group()
    shown = [int(p) for p in re.findall(r">(\d+)%</text>", chart)]
    assert shown == [31, 48, 17, 4]
    table = format_table(doc, width=80).splitlines()[-1]
    assert [int(p) for p in re.findall(r"(\d+)%", table)] == shown


def test_content_spans_are_marked_and_named_in_the_legend():
    from framing.document import Document, Sentence, Span

    labels = framing.LABELS
    text = "The harbour board said the new crane was a costly blunder."
    content = "the new crane was a costly blunder"

    def span(kind, fragment):
        start = text.index(fragment)
        return Span(kind, start, start + len(fragment), fragment)

    sentence = Sentence(text, 0, len(text), "attributed_claim", {l: float(l == "attributed_claim") for l in labels},
                        (span("source", "The harbour board"), span("cue", "said"), span("content", content)))
    page = render_html(Document(text, (sentence,), {"counts": {l: 0 for l in labels}}))
    start = text.index(content)
    assert (f'<span class="content" data-start="{start}" data-end="{start + len(content)}">{content}</span>'
            in page)
    legend = page.split('<div class="legend">')[1].split("<article>")[0]
    assert '<span class="content">content (what is attributed)</span>' in legend
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    # its own mark, drawn by a line rather than a colour alone, unlike the source, cue and loaded marks
    rules = dict(re.findall(r"\n\.(content|source|cue|loaded)\{([^}]*)\}", style))
    assert "border-bottom" in rules["content"] and len(set(rules.values())) == 4


def test_the_unsourced_sentences_are_listed_with_links():
    fact, claim, _, opinion = framing.LABELS
    doc = labelled_document(lambda k: f"Part {k} is here.", [fact, opinion, claim, opinion, opinion])
    page = render_html(doc)
    assert ('Unsourced evaluative sentences: 60%, sentences <a href="#s1">2</a>, <a href="#s3">4</a>, '
            '<a href="#s4">5</a>.') in page
    for target, number in re.findall(r'<a href="#s(\d+)">(\d+)</a>', page):
        assert re.search(rf'id="s{target}" data-label="{opinion}" data-n="{number}"', page)
    one = render_html(labelled_document(lambda k: f"Part {k} is here.", [fact, opinion]))
    assert 'Unsourced evaluative sentences: 50%, sentence <a href="#s1">2</a>.' in one
    none = render_html(labelled_document(lambda k: f"Part {k} is here.", [fact, claim]))
    assert "Unsourced evaluative sentences: 0%." in none


def test_render_html_names_a_wrong_argument_before_drawing_anything():
    from framing.document import Document, Sentence
    from framing.errors import InputError

    sentence = Sentence("It rose.", 0, 8, "reported_fact", {label: 0.25 for label in framing.LABELS})
    doc = Document("It rose.", (sentence,), {"counts": {label: 0 for label in framing.LABELS}})
    with pytest.raises(TypeError, match=r"doc must be a framing Document, got dict; rebuild one with Document\.from_dict"):
        render_html(doc.to_dict())
    with pytest.raises(TypeError, match="title must be a str, got NoneType"):
        render_html(doc, title=None)
    # one string is no list of labels: it would draw a legend key per character
    with pytest.raises(TypeError, match="labels must be a list of names, got a single str"):
        render_html(doc, labels="reported_fact")
    with pytest.raises(InputError, match=r"labels leave out \['reported_fact'\]"):
        render_html(doc, labels=["attributed_claim", "official_denial"])
    assert "<h1>framing report</h1>" in render_html(doc, labels=list(reversed(framing.LABELS)))
