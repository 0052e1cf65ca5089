"""The HTML report: self-contained, escaped, one element per sentence; rendered in headless Chromium."""

import os
import re
import shutil
import subprocess
from html import unescape
from html.parser import HTMLParser

import pytest

import framing
from framing.report import render_html, render_sentence

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


class DevTools:
    """Headless Chromium driven through ``--remote-debugging-pipe``: JSON commands, each ended by a NUL
    byte, written to its file descriptor 3; replies and events read from its descriptor 4."""

    def __init__(self, chromium: str, flags: list[str]):
        commands, self._commands = os.pipe()
        self._replies, replies = os.pipe()
        shell = f'exec "$0" "$@" 3<&{commands} 4>&{replies}'  # the pipe ends become its descriptors 3 and 4
        self.process = subprocess.Popen(["bash", "-c", shell, chromium, *flags, "--remote-debugging-pipe"],
                                        pass_fds=(commands, replies), stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        os.close(commands)
        os.close(replies)
        self.events: list[dict] = []
        self._unread, self._count = b"", 0

    def _message(self, timeout: float = 60) -> dict:
        import json
        import select

        while b"\0" not in self._unread:
            if not select.select([self._replies], [], [], timeout)[0]:
                raise TimeoutError("chromium sent nothing over its DevTools pipe")
            chunk = os.read(self._replies, 1 << 16)
            if not chunk:
                raise EOFError("chromium closed its DevTools pipe")
            self._unread += chunk
        message, self._unread = self._unread.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, session: str | None = None, **params) -> dict:
        """Send a command (to a page's ``session``) and return its result, keeping events that come first."""
        import json

        self._count += 1
        command = {"id": self._count, "method": method, "params": params, **({"sessionId": session} if session else {})}
        os.write(self._commands, json.dumps(command).encode() + b"\0")
        while (message := self._message()).get("id") != self._count:
            self.events.append(message)
        assert "error" not in message, f"{method}: {message['error']}"
        return message["result"]

    def wait_for(self, event: str) -> None:
        while not any(e.get("method") == event for e in self.events):
            self.events.append(self._message())

    def close(self) -> None:
        try:
            self.call("Browser.close")
        finally:
            os.close(self._commands)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            os.close(self._replies)


#: Run in the page: every sentence takes focus and then shows its description; the smallest type shown
#: (an SVG text's size times the SVG's scale); the layout width; which way each sentence runs, and the
#: direction of each paragraph.
IN_PAGE = """(() => {
  const sentences = [...document.querySelectorAll('.s')];
  const focusable = sentences.filter(s => {
    s.focus();
    const described = document.getElementById(s.getAttribute('aria-describedby'));
    return document.activeElement === s && getComputedStyle(described).display !== 'none'
      && described.textContent.includes('scores: ');
  }).length;
  const sizes = [];
  for (const e of document.body.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(e, pseudo);
      const shown = pseudo ? !['none', 'normal'].includes(style.content)
        : [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
      const scale = e instanceof SVGGraphicsElement ? e.getScreenCTM().a : 1;
      if (shown && style.display !== 'none') sizes.push(parseFloat(style.fontSize) * scale);
    }
  }
  const letter = (node, i) => { const range = document.createRange(); range.setStart(node, i);
    range.setEnd(node, i + 1); return range.getBoundingClientRect().left; };
  const runs = sentences.map(s => {  // first letter left of the last: laid out left to right
    const walker = document.createTreeWalker(s, NodeFilter.SHOW_TEXT), texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    return letter(texts[0], 0) < letter(texts.at(-1), texts.at(-1).length - 1) ? 'ltr' : 'rtl';
  });
  const paragraphs = [...document.querySelectorAll('p.para')].map(p => getComputedStyle(p).direction);
  return {width: innerWidth, sentences: sentences.length, focusable, smallest: Math.min(...sizes), runs, paragraphs};
})()"""


def check_on_a_phone(chromium: str, flags: list[str], page, expression: str = IN_PAGE) -> dict:
    """What ``expression`` (:data:`IN_PAGE`) finds in ``page`` laid out on a 400px-wide phone, and the console's
    errors."""
    tools = DevTools(chromium, flags)
    try:
        target = tools.call("Target.createTarget", url="about:blank")["targetId"]
        session = tools.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            tools.call(f"{domain}.enable", session)
        tools.call("Emulation.setDeviceMetricsOverride", session, width=400, height=800, deviceScaleFactor=2,
                   mobile=True)
        tools.call("Page.navigate", session, url=page.as_uri())
        tools.wait_for("Page.loadEventFired")
        found = tools.call("Runtime.evaluate", session, expression=expression,
                           returnByValue=True)["result"]["value"]
    finally:
        tools.close()
    found["errors"] = [e["params"] for e in tools.events
                       if e.get("method") == "Runtime.exceptionThrown"
                       or e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error"
                       or e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] == "error"]
    return found


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
    # the hostile markup is the page's text, never its elements
    body = html.split("<body>", 1)[1]
    assert not re.search(r"<(script|img)\b", body, re.I)
    shown = unescape(re.sub(r"<[^>]*>", "", body))
    assert 'Officials said <script>document.title="pwned"</script> nothing.' in shown
    assert "The minister denied it <img src=x onerror=\"document.title='pwned'\">." in shown
    assert len(re.findall(r'<span class="s" id="s\d+"', html)) == len(doc.sentences) == 5
    assert re.findall(r'<span class="s" id="s\d+" data-label="[^"]*" data-n="(\d+)"', html) == list("12345")
    assert "<svg" in html and "official_denial" in html
    shot = tmp_path / "shot.png"
    result = subprocess.run([chromium, *flags, f"--screenshot={shot}", "--window-size=900,1200", page.as_uri()],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and shot.stat().st_size > 10_000
    assert '<meta name="viewport" content="width=device-width,initial-scale=1">' in html
    # on a phone: laid out at its width (not 980px), every sentence focusable and then described, no type
    # under 11px, and nothing on the console (a style the Content-Security-Policy refused would be there)
    phone = check_on_a_phone(chromium, flags, page)
    assert {key: phone[key] for key in ("width", "sentences", "focusable", "errors")} == {
        "width": 400, "sentences": 5, "focusable": 5, "errors": []}
    assert phone["smallest"] >= 11 and phone["paragraphs"] == ["ltr", "ltr"]


def test_right_to_left_text_runs_right_to_left_in_headless_chromium(tiny, tmp_path):
    chromium = find_chromium()
    arabic = "\u0623\u063a\u0644\u0642 \u0627\u0644\u0645\u064a\u0646\u0627\u0621 \u0627\u0644\u064a\u0648\u0645."
    page = tmp_path / "rtl.html"
    page.write_text(render_html(tiny.analyze(f"{arabic} The port shut.\n\nShips waited."), lang=None),
                    encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
    phone = check_on_a_phone(chromium, flags, page)
    # the Arabic paragraph is right to left, and its English sentence still runs left to right (its full
    # stop at its right end), as does the English paragraph
    assert phone["paragraphs"] == ["rtl", "ltr"] and phone["runs"] == ["rtl", "ltr", "ltr"]
    assert phone["errors"] == []


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
    assert 'Unsourced evaluative sentences: 1 of 3 (sentence <a href="#s2">3</a>).' in page
    assert 'id="s0"' in page and 'id="s1"' in page
    links = re.findall(r'<a href="#s(\d+)">sentence (\d+)</a>', page)
    assert len(links) == 2
    for target, number in links:  # the number shown before the linked sentence is the link's
        assert re.search(rf'id="s{target}" data-label="[^"]*" data-n="{number}"', page)


def without_descriptions(html: str) -> str:
    """``html`` without the sentences' descriptions (hidden until a sentence has focus)."""
    return re.sub(r'<span class="d" id="d\d+">[^<]*</span>', "", html)


def sentence_elements(page: str) -> list[tuple[str, str]]:
    """Each sentence element of a page: (opening tag, inner HTML)."""
    return re.findall(r'(<span class="s" [^>]*>)((?:[^<]|<span class="(?:loaded|source|cue)">[^<]*</span>)*)</span>',
                      page)


def one_claim(text: str, marks: list[tuple[str, str]], scores: dict[str, float] | None = None,
              **flags) -> "framing.document.Sentence":
    """``text`` as one attributed-claim sentence with a span of each ``(type, fragment)`` in ``marks``."""
    from framing.document import Sentence, Span

    spans = tuple(Span(kind, text.index(part), text.index(part) + len(part), part) for kind, part in marks)
    scores = scores or {l: float(l == "attributed_claim") for l in framing.LABELS}
    return Sentence(text, 0, len(text), "attributed_claim", scores, spans, **flags)


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
        assert f'id="s{index}"' in tag and f'data-n="{index + 1}"' in tag and f'data-label="{sentence.label}"' in tag
        assert f'data-start="{sentence.start}" data-end="{sentence.end}"' in tag  # offsets into the document
        assert unescape(re.sub(r"<[^>]+>", "", inner)) == sentence.text  # badges are CSS, not text
        # flags and scores are text too, the sentence's description, not only a "?" or a badge drawn by CSS
        described = unescape(re.search(rf'<span class="d" id="d{index}">([^<]*)</span>', page).group(1))
        assert f'aria-describedby="d{index}"' in tag and described.startswith(sentence.label)
        assert ("data-low-confidence" in tag) == ("low confidence" in described) == sentence.low_confidence
        assert ("data-truncated" in tag) == ("truncated" in described) == sentence.truncated
        assert f"{TAGS[sentence.label]} 0.40" in described
    assert len(set(TAGS.values())) == 4
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    for label in labels:  # the badge: number and tag, "?" added when low-confidence, and a space before the text
        assert f'.s[data-label="{label}"]::before{{content:attr(data-n) "\\a0 {TAGS[label]}\\a0"}}' in style
        low = f'.s[data-label="{label}"][data-low-confidence]::before{{content:attr(data-n) "\\a0 {TAGS[label]}?\\a0"}}'
        assert low in style
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

    from framing.document import Document
    from framing.profile import build_profile

    labels = framing.LABELS
    text = "The so-called Open Ledger Initiative said 3,000 people were held in a brutal sweep."

    sentences = (one_claim(text, [("source", "The so-called Open Ledger Initiative"), ("loaded", "so-called"),
                                  ("cue", "said"), ("loaded", "said 3,000"), ("loaded", "brutal")]),)
    page = render_html(Document(text, sentences, build_profile(sentences, labels)))
    # each mark carries its document offsets
    assert ('<span class="source" data-start="0" data-end="36">The <span class="loaded" data-start="4" '
            'data-end="13">so-called</span> Open Ledger Initiative</span>' in page)
    article = without_descriptions(page.split("<article")[1].split("</article>")[0].split(">", 1)[1])
    # a span that crosses another's border is left unmarked; the text is whole either way
    assert unescape(re.sub(r"<[^>]+>", "", article)) == text
    assert 'class="loaded">said 3,000' not in article
    # as often as each other: in the order they first appear
    assert "Writer's loaded phrases: <bdi>so-called</bdi> ×1, <bdi>brutal</bdi> ×1" in page


def paragraph_texts(page: str) -> list[str]:
    """The sentences' text per paragraph of a page, tags and badges left out, a kept line break as a newline."""
    return [re.sub(r"<[^>]+>", "", p.replace("<br>", "\n"))
            for p in re.findall(r'<p class="para"[^>]*>(.*?)</p>', without_descriptions(page), re.S)]


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
    # each name has a line of its own, above its bar (text y is its baseline, 13px type)
    names = [int(y) for y in re.findall(r'<text x="0" y="(\d+)">(?:fact|speculation_by_the_writer_unsourced)<', page)]
    bars = [int(y) for y in re.findall(r'<rect x="0" y="(\d+)"', page)]
    assert len(names) == len(bars) == 2 and all(name < bar for name, bar in zip(names, bars))
    assert all(bar < name for bar, name in zip(bars, names[1:]))


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
    paragraphs = re.findall(r'<p class="para"[^>]*>(.*?)</p>', render_html(tiny.analyze(text)), re.S)
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


def test_the_chart_shows_the_table_s_whole_percentages_each_rounded_on_its_own():
    from framing.cli import format_table

    fact, claim, denial, opinion = framing.LABELS
    # 7, 11, 4 and 1 of 23 are 30.4, 47.8, 17.4 and 4.3%: no figure is raised to make them add up to 100
    doc = labelled_document(lambda k: f"Item {k} was logged.", [fact] * 7 + [claim] * 11 + [denial] * 4 + [opinion])
    chart = re.search(r"<svg class=\"chart\".*?</svg>", render_html(doc), re.S).group()
    shown = [int(p) for p in re.findall(r">(\d+)%</text>", chart)]
    assert shown == [30, 48, 17, 4]
    table = format_table(doc, width=80).splitlines()[-1]
    assert [int(p) for p in re.findall(r"(\d+)%", table)] == shown


def test_equal_counts_show_equal_percentages_in_the_chart_the_table_and_the_index():
    from framing.cli import format_table
    from framing.report import render_index, whole_percentages

    fact, claim, denial, opinion = framing.LABELS
    # 3, 1, 1 and 1 of 6: each one is 17%, none 16% to make the four add up to 100
    doc = labelled_document(lambda k: f"Part {k} is here.", [fact] * 3 + [claim, denial, opinion])
    chart = re.search(r'<svg class="chart" role="img" aria-label="([^"]*)"', render_html(doc)).group(1)
    assert chart == ("label shares: reported_fact 50% (3 of 6); attributed_claim 17% (1 of 6); "
                     "official_denial 17% (1 of 6); editorial_opinion 17% (1 of 6)")
    table = format_table(doc, width=80).splitlines()[-1]
    assert table == "reported_fact 50%  attributed_claim 17%  official_denial 17%  editorial_opinion 17%"
    shown = "".join(Parsed(render_index([("a.txt", "a.html", doc)])).text)
    assert "a.txt650% (3)17% (1)17% (1)17% (1)" in shown
    assert "rounded on its own" in shown
    # a half goes up, counted exactly: 1 of 8 is 12.5%, 29 of 200 is 14.5% (14.499... as a float)
    assert whole_percentages({"a": 1, "b": 7}, 8) == {"a": 13, "b": 88}
    assert whole_percentages({"a": 29, "b": 171}, 200) == {"a": 15, "b": 86}


def test_content_spans_are_marked_and_named_in_the_legend():
    from framing.document import Document

    labels = framing.LABELS
    text = "The harbour board said the new crane was a costly blunder."
    content = "the new crane was a costly blunder"

    sentence = one_claim(text, [("source", "The harbour board"), ("cue", "said"), ("content", content)])
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
    fact, claim, denial, opinion = framing.LABELS
    doc = labelled_document(lambda k: f"Part {k} is here.", [fact, opinion, claim, opinion, opinion])
    page = render_html(doc)
    assert ('Unsourced evaluative sentences: 3 of 5 (sentences <a href="#s1">2</a>, <a href="#s3">4</a>, '
            '<a href="#s4">5</a>).') in page
    for target, number in re.findall(r'<a href="#s(\d+)">(\d+)</a>', page):
        assert re.search(rf'id="s{target}" data-label="{opinion}" data-n="{number}"', page)
    one = render_html(labelled_document(lambda k: f"Part {k} is here.", [fact, opinion]))
    assert 'Unsourced evaluative sentences: 1 of 2 (sentence <a href="#s1">2</a>).' in one
    none = render_html(labelled_document(lambda k: f"Part {k} is here.", [fact, claim]))
    assert "Unsourced evaluative sentences: 0 of 2." in none
    # a count, not a percentage, which the chart gives for the opinion sentences already: 1 of 6 reads 17%
    six = render_html(labelled_document(lambda k: f"Part {k} is here.", [fact] * 3 + [claim, denial, opinion]))
    assert 'Unsourced evaluative sentences: 1 of 6 (sentence <a href="#s5">6</a>).' in six
    assert re.search(r">editorial_opinion</text><rect [^>]*/><text [^>]*>17%</text>", six)
    assert "%" not in re.search(r"Unsourced evaluative sentences:[^.]*", six).group()


def test_render_html_names_a_wrong_argument_before_drawing_anything():
    from framing.document import Document, Sentence
    from framing.errors import InputError

    sentence = Sentence("It rose.", 0, 8, "reported_fact", {label: 0.25 for label in framing.LABELS})
    doc = Document("It rose.", (sentence,), {"counts": {label: 0 for label in framing.LABELS}})
    with pytest.raises(TypeError,
                       match=r"doc must be a framing Document, got dict; rebuild one with Document\.from_dict"):
        render_html(doc.to_dict())
    with pytest.raises(TypeError, match="title must be a str, got NoneType"):
        render_html(doc, title=None)
    # one string is no list of labels: it would draw a legend key per character
    with pytest.raises(TypeError, match="labels must be a list of names, got a single str"):
        render_html(doc, labels="reported_fact")
    with pytest.raises(InputError, match=r"labels leave out \['reported_fact'\]"):
        render_html(doc, labels=["attributed_claim", "official_denial"])
    assert "<h1>framing report</h1>" in render_html(doc, labels=list(reversed(framing.LABELS)))


def page_style(page: str) -> str:
    return re.search(r"<style>(.*?)</style>", page, re.S).group(1)


def test_each_sentence_takes_focus_and_is_described_by_its_label_flags_marks_and_scores():
    from html import unescape

    from framing.document import Document

    text = "A harbour pilot said the brutal storm had passed."

    sentence = one_claim(text, [("source", "A harbour pilot"), ("cue", "said"), ("loaded", "brutal")],
                         {"reported_fact": 0.3, "attributed_claim": 0.45, "official_denial": 0.05,
                          "editorial_opinion": 0.2}, low_confidence=True)
    page = render_html(Document(text, (sentence,)))
    opening = re.search(r'<span class="s" [^>]*>', page).group()
    assert 'tabindex="0"' in opening and 'aria-describedby="d0"' in opening
    # the description follows the sentence, so that focus or the pointer shows it below (".s:focus+.d")
    described = re.search(r'</span><span class="d" id="d0">([^<]*)</span>', page).group(1)
    assert unescape(described) == ("attributed_claim, low confidence; source: A harbour pilot; cue: said; "
                                   "loaded: brutal; scores: fact 0.30, claim 0.45, denial 0.05, opinion 0.20")
    assert "\n.s:focus+.d,.s:hover+.d,.d:hover{display:block" in page_style(page)
    assert "\n.d{display:none;" in page_style(page)
    assert "Hover, Tab to, click or tap a sentence to see its label, flags and scores below it." in page
    assert " title=" not in page  # a title would be the sentence's accessible name, read instead of its text



def test_a_direction_override_in_a_marked_name_does_not_turn_the_rest_of_the_description():
    """A right-to-left override (U+202E) inside a source or cue would run on to the end of the description
    line, showing its scores reversed ("0.57" as "75.0"): the description drops invisible characters from the
    marked text, as the Sources table does; the sentence itself keeps its text as written (and is isolated)."""
    from framing.document import Document

    text = "Acme \u202eCorp stated the plan works well."
    sentence = one_claim(text, [("source", "Acme \u202eCorp"), ("cue", "stated")],
                         {"reported_fact": 0.02, "attributed_claim": 0.57, "official_denial": 0.4,
                          "editorial_opinion": 0.01})
    page = render_html(Document(text, (sentence,)))
    described = unescape(re.search(r'<span class="d" id="d0">([^<]*)</span>', page).group(1))
    assert described == ("attributed_claim; source: Acme Corp; cue: stated; "
                         "scores: fact 0.02, claim 0.57, denial 0.40, opinion 0.01")
    assert '>Acme \u202eCorp</span>' in page  # the sentence as written
    assert "<td>Acme Corp</td>" in page  # the Sources table's form of the name

def test_an_english_paragraph_that_starts_with_an_arabic_name_is_laid_out_left_to_right(tiny, tmp_path):
    chromium = find_chromium()
    page = tmp_path / "name.html"
    page.write_text(render_html(tiny.analyze(f"{ARABIC_NAME}, a baker on the quay, said flour had doubled in price. "
                                             f"The mill denied it.\n\n{ARABIC_QUOTING_A_NAME}")), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
    phone = check_on_a_phone(chromium, flags, page)
    # the English sentences run left to right (the name right to left inside the first), in the order written;
    # the Arabic paragraph, which names John Smith, right to left
    assert phone["paragraphs"] == ["ltr", "rtl"] and phone["runs"] == ["ltr", "ltr", "rtl"]
    assert phone["errors"] == []


def test_the_page_is_laid_out_for_a_phone_s_width():
    page = render_html(labelled_document(lambda k: f"Line {k} was read.", framing.LABELS))
    head = page.split("</head>")[0]
    assert '<meta name="viewport" content="width=device-width,initial-scale=1">' in head


def test_sentences_paragraphs_and_the_article_take_their_direction_from_their_text(tiny):
    page = render_html(tiny.analyze("\u0627\u0644\u0645\u064a\u0646\u0627\u0621 \u0645\u063a\u0644\u0642. "
                                    "The port reopened.\n\nA second paragraph."))
    assert re.search(r'<article dir="auto"[ >]', page)
    # a sentence's direction is that of most of its letters (dir="auto" would take the first one alone), a
    # paragraph's that of most of its sentences, on a tie its first's (dir="auto" there would not see into its
    # sentences); the English descriptions run left to right
    assert re.findall(r'<p class="para" dir="(\w+)">', page) == ["rtl", "ltr"]
    sentences = re.findall(r'<span class="s" [^>]*>', page)
    assert [re.search(r' dir="(\w+)"', s).group(1) for s in sentences] == ["rtl", "ltr", "ltr"]
    assert re.search(r"\n\.d\{[^}]*direction:ltr;unicode-bidi:isolate\}", page_style(page))
    numbers = render_html(tiny.analyze("12 \u05d0\u05d1\u05d2. 3 go."))  # digits are not strongly directional
    assert re.findall(r'<p class="para" dir="(\w+)">', numbers) == ["rtl"]
    # a sentence without a letter takes its paragraph's direction
    dated = render_html(tiny.analyze("\u05d0\u05d1\u05d2 \u05d3\u05d4. 2024."))
    assert re.findall(r'<p class="para" dir="(\w+)">', dated) == ["rtl"]
    assert [re.search(r' dir="(\w+)"|$', s).group(1) for s in re.findall(r'<span class="s" [^>]*>', dated)] == [
        "rtl", None]


#: Two names, Arabic and Hebrew, and an Arabic sentence quoting an English one ("Traders said prices rose in the
#: old market, John Smith said").
ARABIC_NAME, HEBREW_NAME = "\u0639\u0644\u064a \u062d\u0633\u0646", "\u05d3\u05e0\u05d4 \u05dc\u05d5\u05d9"
ARABIC_QUOTING_A_NAME = ("\u0642\u0627\u0644 \u0627\u0644\u062a\u062c\u0627\u0631 \u0625\u0646 "
                         "\u0627\u0644\u0623\u0633\u0639\u0627\u0631 \u0627\u0631\u062a\u0641\u0639\u062a "
                         "\u0641\u064a \u0627\u0644\u0633\u0648\u0642\u060c \u0642\u0627\u0644 John Smith.")


def test_an_english_paragraph_that_starts_with_an_arabic_or_hebrew_name_runs_left_to_right(tiny):
    # the first letter alone would turn the paragraph, and its first sentence, right to left, and show its
    # sentences in reverse order; most of their letters are English
    for name in (ARABIC_NAME, HEBREW_NAME):
        page = render_html(tiny.analyze(f"{name}, a baker on the quay, said flour had doubled in price. "
                                        f"The mill denied it.\n\n{ARABIC_QUOTING_A_NAME}"))
        assert re.findall(r'<p class="para" dir="(\w+)">', page) == ["ltr", "rtl"]
        sentences = re.findall(r'<span class="s" [^>]*>', page)
        assert [re.search(r' dir="(\w+)"', s).group(1) for s in sentences] == ["ltr", "ltr", "rtl"]
    # a sentence shown alone takes its direction in the same way
    alone = render_sentence(tiny.analyze(f"{ARABIC_NAME} said flour had doubled.").sentences[0])
    assert '<p class="para" dir="ltr">' in alone and ' dir="ltr" aria-describedby=' in alone


def chart_rows(page: str) -> list[tuple[str, int]]:
    """Each bar of the chart: the label and the percentage shown."""
    return [(label, int(percent)) for label, percent in
            re.findall(r">(\w+)</text><rect [^>]*/><text [^>]*>(\d+)%</text>", page)]


def test_a_missing_or_stale_profile_is_rebuilt_from_the_sentences(caplog):
    import dataclasses
    import logging

    from framing.document import Document

    fact, claim, denial, opinion = framing.LABELS
    doc = labelled_document(lambda k: f"Line {k} was read.", [fact, claim, denial, opinion])
    caplog.set_level(logging.DEBUG, logger="framing.profile")
    # none at all: the chart, the unsourced count and the denials come from the sentences
    bare = render_html(Document(doc.text, doc.sentences))
    assert chart_rows(bare) == [(label, 25) for label in framing.LABELS] and "rebuilding" in caplog.text
    assert "Unsourced evaluative sentences: 1 of 4" in bare and '<a href="#s2">sentence 3</a>: denial' in bare
    # a label edited after analysis: the page follows the sentences, not the profile made before
    changed = dataclasses.replace(doc.sentences[2], label=opinion)
    edited = render_html(dataclasses.replace(doc, sentences=(*doc.sentences[:2], changed, doc.sentences[3])))
    assert chart_rows(edited) == [(fact, 25), (claim, 25), (denial, 0), (opinion, 50)]
    assert "Unsourced evaluative sentences: 2 of 4" in edited and "No denials found." in edited


def test_an_analysed_document_s_own_profile_is_drawn_as_it_is_and_a_copy_with_it_draws_the_same(tiny, caplog):
    import logging
    import pickle

    from framing.document import Document
    from framing.report import render_fragment

    doc = tiny.analyze("The port reopened on Monday. Dock workers said the cranes were unsafe. It was a farce.")
    caplog.set_level(logging.DEBUG, logger="framing.profile")
    page, fragment = render_html(doc), render_fragment(doc)
    assert "rebuilding" not in caplog.text  # the Analyzer's profile, for these very sentences
    assert render_html(pickle.loads(pickle.dumps(doc))) == page and "rebuilding" not in caplog.text
    # the same sentences read back from JSON: rebuilt, and drawn byte for byte the same
    assert render_html(Document.from_dict(doc.to_dict())) == page and "rebuilding" in caplog.text
    def unscoped(html: str) -> str:  # each fragment has a random scope id
        return re.sub(r"framing-[0-9a-f]{8}\b", "framing-scope", html)

    assert unscoped(render_fragment(Document.from_dict(doc.to_dict()))) == unscoped(fragment)


def test_labels_swapped_by_hand_with_the_old_profile_carried_over_are_drawn_as_the_sentences_say():
    import dataclasses

    from framing.document import Document
    from framing.report import render_fragment

    fact, claim, denial, opinion = framing.LABELS
    doc = labelled_document(lambda k: f"Line {k} was read.", [fact, claim, denial, opinion])
    # the fact and the opinion swap labels: the counts stay as they were, the unsourced sentence moves
    swapped = (dataclasses.replace(doc.sentences[0], label=opinion), *doc.sentences[1:3],
               dataclasses.replace(doc.sentences[3], label=fact))
    for drawn in (render_html(Document(doc.text, swapped, doc.profile)),
                  render_html(dataclasses.replace(doc, sentences=swapped)),
                  render_fragment(Document(doc.text, swapped, doc.profile))):
        assert re.search(r'Unsourced evaluative sentences: 1 of 4 \(sentence <a href="#[\w-]*s0">1</a>\)', drawn)


def test_a_stored_profile_with_malformed_entries_is_rebuilt_as_summarize_rebuilds_it():
    from framing.document import Document

    doc = labelled_document(lambda k: f"Line {k} was read.", framing.LABELS)
    record = doc.to_dict()
    record["profile"]["sources"] = [{"source": "someone else"}]  # hand-edited: no sentences, no denies
    page = render_html(Document.from_dict(record))
    assert page == render_html(Document(doc.text, doc.sentences)) == render_html(doc)
    assert "someone else" not in page


def test_a_sentence_labelled_by_hand_without_scores_says_so_instead_of_an_empty_scores_line():
    from framing.document import Document, Sentence

    text = "The ferry was late again."
    page = render_html(Document(text, (Sentence(text, 0, len(text), "satire", {}),)))
    described = re.search(r'<span class="d" id="d0">([^<]*)</span>', page).group(1)
    assert described == "satire; no scores (labelled by hand)"
    assert "scores: " not in page


def test_the_chart_gives_screen_readers_its_figures():
    fact, claim, denial, opinion = framing.LABELS
    doc = labelled_document(lambda k: f"Item {k} was logged.", [fact] * 7 + [claim] * 11 + [denial] * 4 + [opinion])
    name = re.search(r'<svg class="chart" role="img" aria-label="([^"]*)"', render_html(doc)).group(1)
    assert name == ("label shares: reported_fact 30% (7 of 23); attributed_claim 48% (11 of 23); "
                    "official_denial 17% (4 of 23); editorial_opinion 4% (1 of 23)")


def test_printing_keeps_the_colours_and_prints_each_sentence_s_description():
    page = render_html(labelled_document(lambda k: f"Line {k} was read.", framing.LABELS))
    printed = page_style(page).split("@media print{")[1]
    keep = re.search(r"\n([^{}]*)\{print-color-adjust:exact;-webkit-print-color-adjust:exact\}", printed).group(1)
    assert {".s", ".legend span"} <= set(keep.split(","))  # backgrounds are dropped when printing otherwise
    assert re.search(r"\n\.d[^{]*\{display:inline;", printed)


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two colours (#rrggbb)."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_content_underline_stands_out_on_every_label_colour():
    from framing.report import COLOURS

    page = render_html(labelled_document(lambda k: f"Line {k} was read.", framing.LABELS))
    line = re.search(r"\n\.content\{border-bottom:2px solid #([0-9a-f]{3}|[0-9a-f]{6})\}", page_style(page)).group(1)
    line = "#" + (line if len(line) == 6 else "".join(c * 2 for c in line))
    assert min(contrast(line, colour) for colour in COLOURS.values()) >= 3  # WCAG 1.4.11, non-text contrast


def test_small_type_is_never_under_11px():
    page = render_html(labelled_document(lambda k: f"Line {k} was read.", framing.LABELS))
    for declaration in re.findall(r"font(?:-size)?:([^;}]*)", page_style(page)):
        floors = [float(px) for px in re.findall(r"max\([^,]*,([\d.]+)px\)", declaration)]
        rest = re.sub(r"max\([^)]*\)", "", declaration)
        assert all(px >= 11 for px in floors + [float(v) for v in re.findall(r"([\d.]+)px", rest)]), declaration
        assert all(float(v) >= 1 for v in re.findall(r"([\d.]+)r?em", rest)), declaration  # no shrinking em
    # no viewBox: a narrow screen narrows the bars, never the chart's 13px text
    assert "viewBox" not in re.search(r"<svg class=\"chart\"[^>]*>", page).group()


def test_a_label_named_twice_is_refused():
    from framing.errors import InputError

    doc = labelled_document(lambda k: f"Line {k} was read.", framing.LABELS)
    with pytest.raises(InputError, match=r"labels name \['official_denial'\] more than once"):
        render_html(doc, labels=framing.LABELS + ("official_denial",))


def test_an_empty_document_draws_no_bars():
    from framing.document import Document
    from framing.profile import build_profile

    page = render_html(Document("", (), build_profile((), framing.LABELS)))
    assert "<svg" not in page and "<p>No sentences to chart.</p>" in page


def test_the_page_has_one_title_heading_and_a_heading_per_section():
    from framing.errors import InputError

    doc = labelled_document(lambda k: f"Line {k} was read.", framing.LABELS)
    page = render_html(doc, title="Harbour story")
    assert re.findall(r"<h1>(.*?)</h1>", page) == ["Harbour story"]
    assert re.findall(r"<h2[^>]*>(.*?)</h2>", page) == ["Profile", "Sources", "Denials",
                                                         "What the labels and marks mean"]
    # a way past a long article to its summary, and a caption naming the sources table
    assert page.index('<a href="#profile">Jump to the profile</a>') < page.index("<article")
    assert '<h2 id="profile">Profile</h2>' in page
    assert "<table><caption>Sources and the sentences credited to them</caption>" in page
    for blank in ("", "  \n"):
        with pytest.raises(InputError, match="title is blank"):
            render_html(doc, title=blank)


def test_the_article_s_language_can_be_given_and_is_unknown_by_default():
    from framing.errors import InputError

    doc = labelled_document(lambda k: f"Line {k} was read.", framing.LABELS)
    page = render_html(doc)
    # the page's own words are English; the article's language is not assumed
    assert page.count('<html lang="en">') == 1 and '<article dir="auto" lang="">' in page
    assert '<article dir="auto" lang="pt-BR">' in render_html(doc, lang="pt-BR")
    with pytest.raises(InputError, match="lang must be a language tag"):
        render_html(doc, lang="en_GB x")
    with pytest.raises(TypeError, match="lang must be a str, got int"):
        render_html(doc, lang=3)


def test_colours_come_from_one_rule_per_label_and_the_policy_allows_that_style_alone():
    import base64
    import hashlib

    from framing.report import COLOURS

    fact, claim, denial, opinion = framing.LABELS
    page = render_html(labelled_document(lambda k: f"Line {k} was read.", [fact, claim, denial, opinion] * 5))
    assert not re.search(r"<[^>]+\sstyle=", page)  # no style attribute on any of the 20 sentences or elsewhere
    style = page_style(page)
    for label, colour in COLOURS.items():
        assert style.count(f'\n[data-label="{label}"]{{background:{colour}}}') == 1
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"content=\"default-src 'none'; style-src 'sha256-{digest}'\"" in page and "unsafe-inline" not in page


def test_a_label_cannot_break_out_of_the_style_sheet():
    from framing.document import Document, Sentence

    label = 'x"]{}</style><b>'
    sentence = Sentence("It rose.", 0, 8, label, {label: 1.0})
    page = render_html(Document("It rose.", (sentence,)), labels=(label,))
    assert "<b>" not in page and page.count("</style>") == 1
    assert '[data-label="x\\22 \\5d \\7b \\7d \\3c \\2f style\\3e \\3c b\\3e "]{background:' in page


def test_the_footer_names_the_framing_version_and_the_model():
    from framing.errors import InputError

    doc = labelled_document(lambda k: f"Line {k} was read.", framing.LABELS)
    assert f"<footer><p>Made by framing {framing.__version__}.</p></footer>" in render_html(doc)
    assert f"<footer><p>Made by framing {framing.__version__}; model: news&lt;v7&gt;.</p></footer>" in \
        render_html(doc, model="news<v7>")
    with pytest.raises(InputError, match="model is blank"):
        render_html(doc, model=" ")


def test_a_manner_adverb_tagged_loaded_with_the_cue_s_verb_is_marked_alone():
    from framing.document import Document
    from framing.profile import build_profile

    text = "The mill's lawyers laughably claimed that the creek was clean."
    sentences = (one_claim(text, [("source", "The mill's lawyers"), ("loaded", "laughably claimed"),
                                  ("cue", "claimed")]),)
    page = render_html(Document(text, sentences, build_profile(sentences, framing.LABELS)))
    assert '<span class="loaded" data-start="19" data-end="28">laughably</span> <span class="cue"' in page
    assert "loaded: laughably;" in page and "Writer's loaded phrases: <bdi>laughably</bdi> ×1" in page


def test_a_name_tagged_loaded_inside_its_source_is_marked_as_the_source_only():
    from framing.document import Document
    from framing.profile import build_profile

    labels = framing.LABELS
    text = "Fernvale Watch said the council ran a shameful cover-up."

    sentences = (one_claim(text, [("source", "Fernvale Watch"), ("loaded", "Fernvale Watch"), ("cue", "said"),
                                  ("loaded", "shameful")]),)
    page = render_html(Document(text, sentences, build_profile(sentences, labels)))
    # the name is the credit, not the writer's wording: no loaded mark inside it, nor in the list
    assert '<span class="source" data-start="0" data-end="14">Fernvale Watch</span>' in page
    assert '<span class="loaded" data-start="38" data-end="46">shameful</span>' in page
    assert page.count('class="loaded" data-start') == 1
    assert "Writer's loaded phrases: <bdi>shameful</bdi> ×1" in page


def test_loaded_words_of_furniture_but_the_headline_are_not_marked_as_the_writer_s():
    from framing.document import Document, Sentence, Span
    from framing.profile import build_profile

    labels = framing.LABELS
    text = "Ferry Fares Soar Again\n\nIt was a reckless decision.\n\nRead more: The brazen sale of another port"
    sentences = tuple(
        Sentence(line, text.index(line), text.index(line) + len(line), "editorial_opinion",
                 {label: float(label == "editorial_opinion") for label in labels},
                 (Span("loaded", text.index(word), text.index(word) + len(word), word),))
        for line, word in (("It was a reckless decision.", "reckless"),
                           ("Read more: The brazen sale of another port", "brazen")))
    page = render_html(Document(text, sentences, build_profile(sentences, labels, text)))
    assert page.count('class="loaded" data-start') == 1 and ">reckless</span>" in page


def test_a_denial_with_no_source_and_no_earlier_claim_says_so():
    page = render_html(labelled_document(lambda k: ["The allegations were flatly denied.", "Prices rose."][k],
                                         ["official_denial", "reported_fact"]))
    assert ('<li><a href="#s0">sentence 1</a>: denial by an unnamed source (no earlier claim found)</li>'
            in page)


def test_a_model_without_denial_or_opinion_labels_says_what_it_cannot_report():
    from framing.document import Document, Sentence
    from framing.profile import build_profile

    labels = ("reported_fact", "attributed_claim")
    text = "The port reopened on Monday. Dockers said the cranes were unsafe."
    cut = text.index(" Dockers")
    sentences = (Sentence(text[:cut], 0, cut, "reported_fact", {"reported_fact": 0.9, "attributed_claim": 0.1}),
                 Sentence(text[cut + 1:], cut + 1, len(text), "attributed_claim",
                          {"reported_fact": 0.2, "attributed_claim": 0.8}))
    page = render_html(Document(text, sentences, build_profile(sentences, labels, text)), labels=labels)
    assert "<p>n/a: this model has no official_denial label.</p>" in page and "No denials found." not in page
    assert "Unsourced evaluative sentences: n/a (this model has no editorial_opinion label)." in page


def custom_label_document(labels, chosen):
    """A two-sentence Document labelled by a model with ``labels`` (its sentences ``chosen``), with its profile."""
    from framing.document import Document, Sentence
    from framing.profile import build_profile

    text = "The mayor said the ferry would run. Critics called the timetable a farce."
    cut = text.index(" Critics")
    sentences = tuple(Sentence(part, start, start + len(part), label, {l: float(l == label) for l in labels})
                      for (part, start), label in zip(((text[:cut], 0), (text[cut + 1:], cut + 1)), chosen))
    return Document(text, sentences, build_profile(sentences, labels, text))


def test_a_model_without_a_speaking_label_says_n_a_for_sources_in_the_page_and_the_index():
    from framing.report import render_index

    doc = custom_label_document(("calm", "alarm"), ("calm", "alarm"))
    page = render_html(doc)
    assert "n/a: this model has no attributed_claim or official_denial label." in page
    assert "No sources found." not in page
    index = render_index([("a.txt", "a.html", doc), ("b.txt", "b.html", doc)])
    assert '<td colspan="4">n/a: this model has no attributed_claim or official_denial label.</td>' in index
    assert "No sources found." not in index and "0 of 0" not in index
    # one speaking label is enough to look for sources: none found is then a finding
    speaking = custom_label_document(("calm", "attributed_claim"), ("calm", "calm"))
    assert '<td colspan="3">No sources found.</td>' in render_html(speaking)
    assert "(0 of 0, cited in most reports first)" in render_index([("a.txt", "a.html", speaking)])


def test_a_transcript_s_speakers_are_listed_as_sources_whatever_the_model_s_labels():
    from framing.document import Document, Sentence
    from framing.profile import build_profile
    from framing.report import render_index
    from framing.segment import split_sentences

    text = "HOST: Is the ferry late again?\n\nGUEST: It is, every single day."
    labels = ("calm", "alarm")
    sentences = tuple(Sentence(text[start:end], start, end, "calm", {"calm": 1.0, "alarm": 0.0})
                      for start, end in split_sentences(text))
    doc = Document(text, sentences, build_profile(sentences, labels, text))
    assert {s["source"] for s in doc.profile["sources"]} == {"host", "guest"}
    page = render_html(doc)
    assert "this model has no attributed_claim" not in page
    assert "<tr><td>Host</td><td>1</td><td></td></tr>" in page and "<tr><td>Guest</td><td>1</td><td></td></tr>" in page
    index = render_index([("a.txt", "a.html", doc)])
    assert "this model has no attributed_claim" not in index and "(2 of 2, cited in most reports first)" in index


class Parsed(HTMLParser):
    """A fragment or page as an HTML parser reads it: each start tag with its attributes, the text (character
    references decoded) and the style sheets' text apart."""

    def __init__(self, markup: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        (self.styles if self._in_style else self.text).append(data)

    def with_class(self, name: str) -> list[dict]:
        return [attrs for _, attrs in self.tags if name in (attrs.get("class") or "").split()]

    def ids(self) -> list[str]:
        return [attrs["id"] for _, attrs in self.tags if "id" in attrs]


def style_rules(style: str) -> list[str]:
    """The selectors of every rule in ``style``, those inside ``@media`` too; only the ``@media`` lines are left
    over, so no rule is missed."""
    rule = r"([^{}]+)\{[^{}]*\}"
    assert re.sub(rule, "", style).split() == ["@media", "print{", "}"]
    return [selector.strip() for group in re.findall(rule, style) for selector in group.split(",")]


def test_a_fragment_draws_each_sentence_once_with_no_page_around_it(tiny):
    from framing.report import render_fragment

    doc = tiny.analyze("The mayor said the bridge would open in May. Critics called that a fantasy.\n\n"
                       "The council denied any delay.")
    fragment = render_fragment(doc, model="tiny")
    parsed = Parsed(fragment)
    names = [tag for tag, _ in parsed.tags]
    assert not {"html", "head", "body", "meta", "title", "script", "link"} & set(names)
    assert fragment.startswith('<div class="framing-report" id="') and fragment.endswith("</div>")
    sentences = parsed.with_class("s")
    assert [s["data-label"] for s in sentences] == [s.label for s in doc.sentences]
    assert [s["data-n"] for s in sentences] == [str(k + 1) for k in range(len(doc.sentences))]
    ids = parsed.ids()
    assert len(ids) == len(set(ids))
    # every description and every link names an element of the fragment
    assert all(s["aria-describedby"] in ids for s in sentences)
    links = [attrs["href"] for tag, attrs in parsed.tags if tag == "a"]
    assert links and all(href.startswith("#") and href[1:] in ids for href in links)
    shown = "".join(parsed.text)
    assert all(s.text in shown for s in doc.sentences) and "Made by framing" in shown and "model: tiny" in shown
    assert "svg" in names and not [attrs for _, attrs in parsed.tags if "style" in attrs]


def test_a_fragment_s_hostile_text_stays_text(tiny):
    from framing.report import render_fragment

    fragment = render_fragment(tiny.analyze(HOSTILE), title='<img src=x onerror="alert(1)">')
    parsed = Parsed(fragment)
    assert {tag for tag, _ in parsed.tags} <= {"div", "style", "h1", "p", "a", "span", "b", "article", "h2", "svg",
                                                "text", "rect", "bdi", "table", "caption", "tr", "th", "td", "ul",
                                                "li", "footer"}
    assert not [attrs for _, attrs in parsed.tags if any(name.startswith("on") for name in attrs)]
    shown = "".join(parsed.text)
    assert '<script>document.title="pwned"</script>' in shown and '<img src=x onerror="alert(1)">' in shown
    assert len(parsed.styles) == 1 and "</style" not in parsed.styles[0]


def test_a_fragment_s_style_applies_inside_its_own_wrapper_alone(tiny):
    from framing.report import render_fragment

    fragment = render_fragment(tiny.analyze("Prices rose. The minister said it was fine."))
    parsed = Parsed(fragment)
    wrapper = parsed.tags[0][1]["id"]
    selectors = style_rules(parsed.styles[0])
    # a rule for the wrapper itself, every other for what is inside it: nothing styles the host page
    assert selectors.count(f"#{wrapper}") == 1
    assert all(s.startswith(f"#{wrapper} ") for s in selectors if s != f"#{wrapper}")
    assert any(s.endswith(" .s:focus+.d") for s in selectors) and any("data-label" in s for s in selectors)
    # its own light background behind its dark text, so that a notebook's dark theme leaves it readable
    root = re.search(rf"#{wrapper}\{{([^}}]*)\}}", parsed.styles[0]).group(1)
    assert "background:#fff" in root and "color:#222" in root and "color-scheme:light" in root


def test_two_fragments_share_no_id(tiny):
    from framing.report import render_fragment

    doc = tiny.analyze("The port reopened. Dockers said the cranes were unsafe.")
    first, second = Parsed(render_fragment(doc)), Parsed(render_fragment(doc))
    assert first.ids() and not set(first.ids()) & set(second.ids())
    # the same drawing otherwise
    assert [tag for tag, _ in first.tags] == [tag for tag, _ in second.tags] and first.text == second.text


def test_an_empty_document_makes_a_fragment_that_says_so():
    from framing.document import Document
    from framing.profile import build_profile
    from framing.report import render_fragment

    parsed = Parsed(render_fragment(Document("", (), build_profile((), framing.LABELS))))
    shown = "".join(parsed.text)
    assert not parsed.with_class("s") and "No sentences: the text is empty." in shown
    assert "No sentences to chart." in shown and "Unsourced evaluative sentences: n/a (no sentences)" in shown


def test_render_fragment_checks_its_arguments_as_render_html_does():
    from framing.errors import InputError
    from framing.report import render_fragment

    doc = labelled_document(lambda k: f"Row {k} was filed.", framing.LABELS)
    with pytest.raises(TypeError, match=r"doc must be a framing Document, got dict; rebuild one"):
        render_fragment(doc.to_dict())
    with pytest.raises(InputError, match="title is blank"):
        render_fragment(doc, title=" ")
    with pytest.raises(InputError, match=r"labels leave out \['reported_fact'\]"):
        render_fragment(doc, labels=framing.LABELS[1:])
    assert "<h1>" not in render_fragment(doc) and "<h1>Row log</h1>" in render_fragment(doc, title="Row log")


def test_a_notebook_shows_a_document_as_its_fragment_and_a_sentence_alone():
    from framing.errors import InputError
    from framing.report import render_sentence

    doc = labelled_document(lambda k: f"Entry {k} was noted.", framing.LABELS)
    shown = Parsed(doc._repr_html_())
    assert shown.tags[0] == ("div", {"class": "framing-report", "id": shown.tags[0][1]["id"], "lang": "en"})
    assert [s["data-label"] for s in shown.with_class("s")] == list(framing.LABELS)
    text = "A ferry captain said the fog was a menace."
    sentence = one_claim(text, [("source", "A ferry captain"), ("cue", "said"), ("loaded", "menace")])
    alone = Parsed(sentence._repr_html_())
    (element,) = alone.with_class("s")
    # no number: shown alone, the sentence has none; its marks and description as in the report
    assert element["data-label"] == "attributed_claim" and "data-n" not in element
    assert [attrs["class"] for attrs in alone.with_class("source") + alone.with_class("cue")] == ["source", "cue"]
    assert any(t.startswith("attributed_claim; source: A ferry captain") for t in alone.text)
    assert all(s.startswith(f"#{alone.tags[0][1]['id']}") for s in style_rules(alone.styles[0]))
    with pytest.raises(TypeError, match="sentence must be a framing Sentence, got str"):
        render_sentence(text)
    with pytest.raises(InputError, match=r"labels leave out \['attributed_claim'\]"):
        render_sentence(sentence, labels=["reported_fact"])


#: Run in a host page holding two fragments: what the host's own elements look like, each sentence's background,
#: and how many sentences take focus and then show their description.
IN_HOST = """(() => {
  const style = e => getComputedStyle(e);
  const sentences = [...document.querySelectorAll('.framing-report .s')];
  const described = sentences.filter(s => { s.focus();
    return document.activeElement === s
      && style(document.getElementById(s.getAttribute('aria-describedby'))).display !== 'none'; }).length;
  return {hostHeading: style(document.getElementById('host-heading')).fontFamily,
          hostSentence: style(document.getElementById('host-sentence')).backgroundColor,
          bodyMargin: style(document.body).marginTop,
          backgrounds: sentences.map(s => style(s).backgroundColor), described};
})()"""


def test_fragments_in_a_host_page_keep_their_styles_to_themselves_in_headless_chromium(tmp_path):
    from framing.document import Document, Sentence
    from framing.report import render_fragment

    chromium = find_chromium()

    def one(labels):  # one sentence labelled "kept", whose fallback colour follows its place among the labels
        sentence = Sentence("It held.", 0, 8, "kept", {label: float(label == "kept") for label in labels})
        return render_fragment(Document("It held.", (sentence,)), labels=labels)

    page = tmp_path / "host.html"
    page.write_text('<!DOCTYPE html><html><head><meta charset="utf-8"><style>h1{font-family:monospace}</style></head>'
                    '<body><h1 id="host-heading">Notebook</h1><span class="s" data-label="kept" id="host-sentence">'
                    f"host text</span>{one(('kept', 'dropped'))}{one(('dropped', 'kept'))}</body></html>",
                    encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
    found = check_on_a_phone(chromium, flags, page, IN_HOST)
    # the host's heading, spans and body are as its own style makes them; each fragment colours its sentence
    # by its own labels (the first fallback colour, then the second), not by the other fragment's rules
    assert found["hostHeading"] == "monospace" and found["hostSentence"] == "rgba(0, 0, 0, 0)"
    assert found["bodyMargin"] == "8px" and found["errors"] == []
    assert found["backgrounds"] == ["rgb(230, 230, 250)", "rgb(255, 243, 196)"] and found["described"] == 2


def test_a_report_page_is_told_from_an_index_a_fragment_and_a_page_that_quotes_its_footer():
    from framing.report import is_report_page, render_fragment, render_index

    doc = labelled_document(lambda k: f"Note {k} was kept.", ["reported_fact", "editorial_opinion"])
    forged = labelled_document(lambda k: "Made by framing 0.1.0.</p></footer></body></html>", ["reported_fact"])

    def told(page: str) -> bool:  # from its first and last 4 kB, as framing analyze reads a file
        return is_report_page(page[:4096], page[-4096:])

    assert told(render_html(doc)) and told(render_html(doc, model="harbour-model"))
    assert not told(render_index([("a.txt", "a.html", doc)]))
    assert not told(render_fragment(doc)) and not told(render_fragment(forged))
    assert not told("<!DOCTYPE html><title>notes</title><p>Made by framing hand.</p>")
    assert not told(render_html(forged).rsplit("<footer>", 1)[0])  # its text, escaped, forges no footer


def test_render_index_links_each_report_and_refuses_what_it_cannot_link():
    from framing.errors import InputError
    from framing.report import is_index_page, render_index

    doc = labelled_document(lambda k: f"Note {k} was kept.", ["reported_fact", "editorial_opinion"])
    index = render_index([("<a>.txt", "reports/a&b ?.html", doc)], title="Weekly <set>")
    parsed = Parsed(index)
    assert [attrs["href"] for tag, attrs in parsed.tags if tag == "a"] == ["reports/a%26b%20%3F.html"]
    shown = "".join(parsed.text)
    assert "<a>.txt" in shown and "Weekly <set>" in shown and "50% (1)" in shown
    assert not [tag for tag, _ in parsed.tags if tag in ("script", "img", "link")]
    assert is_index_page(index) and not is_index_page(render_html(doc))
    for reports, error, message in [
        ([], InputError, "reports is empty"),
        ([("a.txt", "/srv/a.html", doc)], InputError, r"reports\[0\]'s path '/srv/a.html' is absolute"),
        ([("a.txt", "C:\\out\\a.html", doc)], InputError, "is absolute"),
        ([("a.txt", " ", doc)], InputError, r"reports\[0\]'s path is blank"),
        ([("a.txt", "a.html")], TypeError,
         r"reports\[0\] must be a \(name, path, document\) triple, or with a full name after them, got a tuple of 2"),
        ([("a.txt", "a.html", doc, "a.txt", "b")], TypeError, r"with a full name after them, got a tuple of 5"),
        ([("a.txt", "a.html", doc.to_dict())], TypeError, r"reports\[0\]'s document must be a framing Document"),
        ([("a.txt", "a.html", doc, 3)], TypeError, r"reports\[0\]'s full name must be a str"),
        ("a.html", TypeError, r"reports must be a list of \(name, path, document\) triples, got str"),
    ]:
        with pytest.raises(error, match=message):
            render_index(reports)


def test_the_index_names_a_report_shortly_its_full_name_in_the_link_s_title():
    from framing.report import render_index

    doc = labelled_document(lambda k: f"Note {k} was kept.", ["reported_fact", "editorial_opinion"])
    index = render_index([("x.txt", "x.html", doc, "articles/Week 3 \u2013 sourcing/x&y.txt"),
                          ("y.txt", "y.html", doc, "y.txt"), ("z.txt", "z.html", doc)])
    links = [attrs for tag, attrs in Parsed(index).tags if tag == "a"]
    assert [attrs.get("title") for attrs in links] == ["articles/Week 3 \u2013 sourcing/x&y.txt", None, None]
    assert "x.txt</a>" in index and "sourcing/x&amp;y.txt</a>" not in index


def test_the_index_shows_a_report_s_headline_escaped_before_its_name():
    from framing.document import Document, Sentence
    from framing.profile import build_profile
    from framing.report import render_index

    fact = framing.LABELS[0]

    def document(text: str, meta: dict) -> Document:
        starts = [0, text.index("The port")]
        sentences = [Sentence(text[start:end].strip(), start, start + len(text[start:end].strip()), fact,
                              {label: float(label == fact) for label in framing.LABELS})
                     for start, end in zip(starts, starts[1:] + [len(text)])]
        return Document(text, tuple(sentences), build_profile(sentences, framing.LABELS, text), meta=meta)

    lined = document("Harbour Fees Rise <Again> for Kestoria Ferries\n\nThe port raised its fees on Monday.", {})
    body = "The port raised its fees on Monday. The port raised them again."
    given, plain = document(body, {"headline": " Fees & \n tolls "}), document(body, {})
    index = render_index([("art-000", "a.html", lined), ("art-001", "b.html", given), ("art-002", "c.html", plain)])
    links = re.findall(r'<a href="[abc].html">(.*?)</a>', index)
    assert links == ["Harbour Fees Rise &lt;Again&gt; for Kestoria Ferries (art-000)", "Fees &amp; tolls (art-001)",
                     "art-002"]


def test_the_index_shows_the_title_line_a_text_opens_with_where_the_profile_reads_no_headline():
    """A corpus's texts open with their title as a paragraph with a stop after it, with copy on the next line, or in
    an HTML heading's tags: the profile reads no headline there, and the index showed the id alone; it now shows
    the title, but not a byline above the copy, copy wrapped at a width, a sentence running on over the line break,
    a line of copy ending in a stop above more copy, or a paragraph too long to be a title."""
    from framing.document import Document, Sentence
    from framing.profile import build_profile
    from framing.report import render_index
    from framing.segment import split_sentences

    fact = framing.LABELS[0]

    def document(text: str) -> Document:
        scores = {label: float(label == fact) for label in framing.LABELS}
        sentences = [Sentence(text[start:end], start, end, fact, scores) for start, end in split_sentences(text)]
        return Document(text, tuple(sentences), build_profile(sentences, framing.LABELS, text))

    copy = "The port of Kestoria raised its fees on Monday. Ferry firms said they would pass them on."
    texts = ["Harbour Fees Rise for Kestoria Ferries.\n\n" + copy, "Harbour Fees Rise for Kestoria Ferries\n" + copy,
             "<h1>Harbour Fees Rise</h1>\n<p>" + copy + "</p>", "# Harbour Fees Rise\n\n" + copy,
             "By Vela Orban\n" + copy, copy, copy.replace(" its", "\nits"), copy.replace(" Ferry", "\nFerry"),
             "The port of Kestoria, which the island's three ferry firms use every day of the week, raised its fees on "
             "Monday.\n\n" + copy]
    index = render_index([(f"art-{k}", f"{k}.html", document(text)) for k, text in enumerate(texts)])
    assert re.findall(r'<a href="\d.html">(.*?)</a>', index) == [
        "Harbour Fees Rise for Kestoria Ferries. (art-0)", "Harbour Fees Rise for Kestoria Ferries (art-1)",
        "Harbour Fees Rise (art-2)", "Harbour Fees Rise (art-3)", "art-4", "art-5", "art-6",
        "art-7", "art-8"]


def test_render_index_takes_a_path_object_for_a_report_s_path():
    from pathlib import Path, PureWindowsPath

    from framing.errors import InputError
    from framing.report import render_index

    doc = labelled_document(lambda k: f"Note {k} was kept.", ["reported_fact", "editorial_opinion"])

    def links(path):
        return [attrs["href"] for tag, attrs in Parsed(render_index([("a.txt", path, doc)])).tags if tag == "a"]

    assert links(Path("reports") / "a b.html") == links("reports/a b.html") == ["reports/a%20b.html"]
    assert links(PureWindowsPath("reports\\a.html")) == ["reports/a.html"]  # a link's separator is "/"
    with pytest.raises(TypeError, match=r"^reports\[0\]'s path must be a str or os.PathLike, got int$"):
        render_index([("a.txt", 3, doc)])
    with pytest.raises(InputError, match="is absolute"):
        render_index([("a.txt", Path("/srv/a.html"), doc)])


def test_render_index_totals_every_report_and_lists_the_sources_cited_across_them():
    from framing.document import Document
    from framing.report import render_index

    def article(*sentences):
        """One Document of ``(text, label, source)`` sentences, each source tagged where it is written."""
        from framing.document import Sentence, Span
        from framing.profile import build_profile

        text, parts, at = "", [], 0
        for words, label, source in sentences:
            spans = (Span("source", at + words.index(source), at + words.index(source) + len(source), source),
                     ) if source else ()
            parts.append(Sentence(words, at, at + len(words), label, {l: float(l == label) for l in framing.LABELS},
                                  spans))
            text += words + " "
            at += len(words) + 1
        return Document(text, parts, build_profile(parts, framing.LABELS, text))

    first = article(("The port authority said the berths were full.", "attributed_claim", "The port authority"),
                    ("Ships waited offshore.", "reported_fact", None))
    second = article(("The port authority denied the delay.", "official_denial", "The port authority"),
                     ("Dock workers said the cranes had failed.", "attributed_claim", "Dock workers"),
                     ("It is a shambles.", "editorial_opinion", None))
    parsed = Parsed(render_index([("a.txt", "a.html", first), ("b.txt", "b.html", second)]))
    shown = " ".join(parsed.text)
    # five sentences in all: one fact (20%), two claims (40%), one denial, one opinion
    assert re.search(r"all reports\s*5\s*20% \(1\)\s*40% \(2\)\s*20% \(1\)\s*20% \(1\)", shown), shown
    # the authority is cited in both reports and denies in one; the dock workers in one
    assert re.search(r"port authority\s*2\s*2\s*1\s*Dock workers\s*1\s*1", shown), shown
    assert "2 of 2" in shown


#: Run in the index: the layout width and how wide the page is drawn; how wide the label table and the box around
#: it are, and whether the box scrolls; how each row's sentence count is aligned.
INDEX_ON_A_PHONE = """(() => {
  const table = document.querySelector('table'), box = table.parentElement;
  return {width: innerWidth, drawn: document.documentElement.scrollWidth, table: table.offsetWidth,
          box: box.clientWidth, scrolls: getComputedStyle(box).overflowX, focusable: box.tabIndex === 0,
          counts: [...table.rows].slice(1).map(row => getComputedStyle(row.cells[1]).textAlign)};
})()"""


def test_the_index_keeps_to_a_phone_s_width_its_label_table_scrolling_in_its_own_box(tmp_path):
    chromium = find_chromium()
    from framing.report import render_index

    doc = labelled_document(lambda k: f"Berth {k} was cleared.", framing.LABELS)
    page = tmp_path / "index.html"
    reports = [("monday-harbour-notes.txt", "monday.html", doc), ("tuesday.txt", "tuesday.html", doc)]
    page.write_text(render_index(reports), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
    phone = check_on_a_phone(chromium, flags, page, INDEX_ON_A_PHONE)
    # a column per label is wider than the phone: the table scrolls inside its box, which keys reach, and the
    # page keeps to the phone's width
    assert phone["width"] == phone["drawn"] == 400 and phone["errors"] == []
    assert phone["table"] > phone["box"] and phone["scrolls"] == "auto" and phone["focusable"]
    assert '<div class="wide" role="region" aria-label="Sentences and label shares per report" tabindex="0">' \
        in page.read_text(encoding="utf-8")
    # every row's sentence count lines up on the right, the all-reports row's (after its heading cell) too
    assert phone["counts"] == ["right", "right", "right"]


def test_render_index_reads_a_generator_once_keeping_figures_not_documents():
    import gc
    import weakref

    from framing.errors import InputError
    from framing.report import render_index

    kinds = [["reported_fact", "editorial_opinion"], ["attributed_claim"], ["official_denial", "reported_fact"]]
    made, alive = [], []  # a weak reference to each document made; how many earlier ones lived as the next was made

    def reports():
        for k, labels in enumerate(kinds):
            gc.collect()
            alive.append(sum(ref() is not None for ref in made))
            doc = labelled_document(lambda n: f"Item {k}.{n} was filed.", labels)
            made.append(weakref.ref(doc))
            yield f"r{k}.txt", f"r{k}.html", doc

    page = render_index(reports(), title="Desk")
    listed = [(f"r{k}.txt", f"r{k}.html", labelled_document(lambda n: f"Item {k}.{n} was filed.", labels))
              for k, labels in enumerate(kinds)]
    assert page == render_index(listed, title="Desk")  # the same page as from a list of the same documents
    assert len(made) == 3 and max(alive) <= 1, alive  # at most the one being summed up, never all of them
    with pytest.raises(InputError, match="reports is empty"):
        render_index(iter([]))
    with pytest.raises(TypeError, match=r"reports\[0\] must be a \(name, path, document\) triple, .* got str"):
        render_index(("a.txt", "a.html", listed[0][2]))  # one triple, not a list of them


def test_a_loaded_word_in_a_speaker_s_turn_is_not_marked_as_the_writer_s():
    from framing.document import Document, Sentence, Span
    from framing.profile import build_profile
    from framing.segment import split_sentences

    text = "A shameful week ended.\n\nHOST: Why?\n\nMINISTER: The reports are shameful lies."
    sentences = []
    for start, end in split_sentences(text):
        words = text[start:end]
        at = words.find("shameful")
        spans = (Span("loaded", start + at, start + at + 8, "shameful"),) if at >= 0 else ()
        sentences.append(Sentence(words, start, end, "editorial_opinion", {"editorial_opinion": 1.0}, spans))
    page = render_html(Document(text, tuple(sentences), build_profile(sentences, ("editorial_opinion",), text)))
    article = page.split("<article")[1].split("</article>")[0]
    assert article.count('class="loaded"') == 1  # the writer's, in the first line; not the minister's
    assert 'class="loaded" data-start="2" data-end="10"' in article
    assert "Writer's loaded phrases: <bdi>shameful</bdi> ×1" in page


def mill_document():
    """A claim and its continuation, the accused mill's denial and its continuation, and a weasel "Many
    believe": each a sentence with the spans given, built with its profile."""
    from framing.document import Document, Sentence, Span
    from framing.profile import build_profile

    parts = [("Rina Voss accused the Kelmar mill of dumping dye.", "attributed_claim",
              [("source", "Rina Voss"), ("cue", "accused")]),
             ("It has happened every week for a year.", "attributed_claim", []),
             ("The Kelmar mill denied the claim.", "official_denial",
              [("source", "The Kelmar mill"), ("cue", "denied")]),
             ("It has never poured dye into the river.", "official_denial", []),
             ("Many believe the river is ruined.", "editorial_opinion", [("source", "Many"), ("cue", "believe")])]
    text = " ".join(part[0] for part in parts)
    sentences, start = [], 0
    for fragment, label, marks in parts:
        spans = tuple(Span(kind, start + fragment.index(words), start + fragment.index(words) + len(words), words)
                      for kind, words in marks)
        sentences.append(Sentence(fragment, start, start + len(fragment), label,
                                  {l: float(l == label) for l in framing.LABELS}, spans))
        start += len(fragment) + 1
    return Document(text, tuple(sentences), build_profile(sentences, framing.LABELS, text))


def descriptions(page: str) -> list[str]:
    """Each sentence's description, unescaped, in order."""
    return [unescape(found) for found in re.findall(r'<span class="d" id="d\d+">([^<]*)</span>', page)]


def test_the_page_says_in_plain_words_what_each_label_and_mark_means():
    """A reader without the annotation guidelines (a student on a phone) learns what each label and mark
    means from the page itself: a section at its end, which the legend points to, plain text that needs no
    pointer and prints; and what the unsourced count counts, beside it."""
    page = render_html(mill_document())
    about = re.search(r'<div class="about" id="about">(.*?)</div>', page).group(1)
    assert "What the labels and marks mean" in about
    meanings = dict(re.findall(r'<li><span class="key" data-label="[^"]*">(\w+)</span>: ([^<]*)</li>', about))
    assert list(meanings) == ["fact", "claim", "denial", "opinion"]
    assert "in their own voice" in meanings["fact"] and "could be checked" in meanings["fact"]
    assert "inside a quotation is a claim" in meanings["claim"]
    assert "accused" in meanings["denial"] and "not accused rejects something, that is a claim" in meanings["denial"]
    assert "own judgement" in meanings["opinion"] and "many believe" in unescape(meanings["opinion"])
    for mark in ("source", "cue", "content", "loaded"):
        assert f'<li><span class="{mark}">{mark}</span>: ' in about
    assert "labelled a fact and still carry loaded words" in about
    assert "<li>? after a tag" in about and "under its cut-off" in about and "near tie" in about
    assert "The end of the page says what each label and mark means." in page.split("<article")[0]
    assert page.index('id="about"') > page.index('id="profile"')  # after the profile, before the footer
    assert ".about" not in page_style(page).split("@media print{")[1]  # printed as on screen
    assert re.search(r"Unsourced evaluative sentences: 1 of 5 \(sentence <a href=\"#s4\">5</a>\)\. These are the "
                     r"sentences labelled opinion that are the writer's own words, not inside a quotation",
                     unescape(page))
    # a custom label has no meaning to give; the marks are still explained
    custom = render_html(custom_label_document(("satire", "straight"), ("satire", "straight")))
    assert re.search(r'<div class="about" id="about">.*<li><span class="source">source</span>', custom)
    assert '<span class="key" data-label="satire">' not in custom


def test_the_page_says_its_labels_are_a_model_s_guesses_and_that_denials_are_over_predicted():
    page = render_html(mill_document())
    legend = page.split('<div class="legend">')[1].split("<article")[0]
    caution = re.search(r'<p class="caution">([^<]*)</p>', legend).group(1)
    assert "a computer model's guesses" in unescape(caution) and "how sure the model is" in caution
    assert "often calls a sentence a denial when it is not one" in caution and "before quoting a denial" in caution
    # a model without a denial label has nothing to over-predict
    custom = render_html(custom_label_document(("satire", "straight"), ("satire", "straight")))
    caution = re.search(r'<p class="caution">([^<]*)</p>', custom).group(1)
    assert "model's guesses" in unescape(caution) and "denial" not in caution


def test_a_sentence_s_description_names_the_source_it_is_credited_to_and_what_a_denial_answers():
    page = render_html(mill_document())
    claim, carried_claim, denial, carried_denial, weasel = descriptions(page)
    # the sentence names its source itself: no "credited to" to repeat it
    assert "credited to" not in claim and "credited to" not in denial
    assert carried_claim.startswith("attributed_claim; credited to: Rina Voss; scores:")
    assert denial.startswith("official_denial; source: The Kelmar mill; cue: denied; answers sentence 1; scores:")
    assert carried_denial.startswith("official_denial; credited to: Kelmar mill; answers sentence 1; scores:")
    assert "credited to" not in weasel and "answers" not in weasel


def claim_scored(claim: float, denial: float, **flags) -> "framing.document.Document":
    """One claim sentence scored ``claim`` and ``denial`` (the rest shared out), with its profile."""
    from framing.document import Document

    rest = (1 - claim - denial) / 2
    sentence = one_claim("The dock workers said the crane was unsafe.",
                         [("source", "The dock workers"), ("cue", "said")],
                         {"reported_fact": rest, "attributed_claim": claim, "official_denial": denial,
                          "editorial_opinion": rest}, **flags)
    return Document(sentence.text, (sentence,))


def test_a_near_tie_is_marked_unsure_like_a_low_confidence_sentence_while_the_flag_stays_the_model_s():
    tied = claim_scored(0.50, 0.46)
    page = render_html(tied)
    opening = re.search(r'<span class="s" [^>]*>', page).group()
    assert "data-near-tie" in opening and "data-low-confidence" not in opening
    assert descriptions(page)[0].startswith("attributed_claim, near tie with denial; source: The dock workers;")
    assert '.s[data-label="attributed_claim"][data-near-tie]::before{content:attr(data-n) "\\a0 claim?\\a0"}' in page
    assert "\n[data-low-confidence],[data-near-tie]{outline:" in page_style(page)
    assert tied.sentences[0].low_confidence is False and tied.to_dict()["sentences"][0]["low_confidence"] is False
    # 0.05 apart is still a tie; further apart is not; a low-confidence sentence has its "?" already
    def opening_of(doc) -> str:
        return re.search(r'<span class="s" [^>]*>', render_html(doc)).group()

    assert "data-near-tie" in opening_of(claim_scored(0.45, 0.40))
    for clear in (claim_scored(0.60, 0.30), claim_scored(0.40, 0.38, low_confidence=True)):
        assert "data-near-tie" not in opening_of(clear) and "near tie" not in descriptions(render_html(clear))[0]


def test_a_source_the_profile_does_not_credit_is_marked_apart_from_one_it_does():
    page = render_html(mill_document())
    assert '<span class="source" data-start="0" data-end="9">Rina Voss</span>' in page
    many = mill_document().text.index("Many")
    assert f'<span class="source uncredited" data-start="{many}" data-end="{many + 4}">Many</span>' in page
    assert descriptions(page)[4].startswith("editorial_opinion; source not credited: Many; cue: believe; scores:")
    assert "\n.source.uncredited{font-weight:400;" in page_style(page)
    assert '<span class="source uncredited">source not credited</span>' in page.split("<article")[0]  # the legend
    # a sentence shown alone has no profile to go by: its source is marked as the model found it
    alone = render_sentence(mill_document().sentences[4])
    assert 'class="source" ' in alone and "uncredited" not in alone.split("<style>")[0] + alone.split("</style>")[1]


def about_text(page: str) -> str:
    """The page's closing section on what the labels and marks mean, as plain text."""
    return unescape(re.sub("<[^>]+>", " ", re.search(r'<div class="about".*?</div>', page).group()))


def harbour_labelled(labels, chosen, scored=True):
    """Three sentences labelled ``chosen`` over ``labels``, with scores (one-hot) or none (labelled by hand)."""
    from framing.document import Document, Sentence
    from framing.profile import build_profile

    parts = ["Ivo Brandt said the quay leaked.", "The port denied it.", "The quay is a disgrace."]
    text, sentences, start = " ".join(parts), [], 0
    for part, label in zip(parts, chosen):
        scores = {l: float(l == label) for l in labels} if scored else {}
        sentences.append(Sentence(part, start, start + len(part), label, scores))
        start += len(part) + 1
    return Document(text, tuple(sentences), build_profile(sentences, labels, text))


def test_the_page_s_wording_speaks_only_of_the_labels_the_model_has():
    # three labels without a denial: no denial's answer, and the cut-off is this model's (5/9), not 0.5
    labels = ("reported_fact", "attributed_claim", "editorial_opinion")
    about = about_text(render_html(harbour_labelled(labels, ("attributed_claim", "reported_fact",
                                                             "editorial_opinion"))))
    assert "denial" not in about.replace('"denied"', "")
    assert "(0.56 for its 3 labels)" in about and "0.5 with" not in about
    # a denial without a claim label: what is no denial is not called a claim
    labels = ("reported_fact", "official_denial", "editorial_opinion")
    about = about_text(render_html(harbour_labelled(labels, ("reported_fact", "official_denial",
                                                             "editorial_opinion"))))
    assert "that is no denial" in about and "that is a claim" not in about
    assert "a denial says which earlier sentence it answers" in about
    # labels of its own: no empty list, no fact, no opinion meaning beside an n/a
    page = render_html(custom_label_document(("calm", "alarm"), ("calm", "alarm")))
    assert "<ul></ul>" not in page and "Each sentence gets one of these labels: calm, alarm." in about_text(page)
    assert "labelled a fact" not in page and "(0.67 for its 2 labels)" in about_text(page)
    assert re.search(r"Unsourced evaluative sentences: n/a \(this model has no editorial_opinion label\)\.</p>", page)
    # the four usual labels keep every sentence
    about = about_text(render_html(mill_document()))
    assert "(0.50 for its 4 labels)" in about and "labelled a fact" in about
    assert "that is a claim, not a denial" in about and "a denial says which earlier sentence it answers" in about


def test_a_page_labelled_by_hand_is_not_called_a_model_s_guesses():
    page = render_html(harbour_labelled(framing.LABELS, ("attributed_claim", "official_denial", "editorial_opinion"),
                                        scored=False))
    legend = page.split('<div class="legend">')[1].split("<article")[0]
    assert "caution" not in legend and "guesses" not in page and "denial when it is not one" not in legend
    assert "The end of the page says what each label and mark means." in legend
    # one scored sentence is enough for the model's caution
    assert "model's guesses" in unescape(render_html(harbour_labelled(
        framing.LABELS, ("attributed_claim", "official_denial", "editorial_opinion"))))


def test_the_legend_s_question_mark_covers_near_ties_and_the_meanings_have_a_heading():
    page = render_html(mill_document())
    legend = page.split('<div class="legend">')[1].split("<article")[0]
    assert "<span data-low-confidence>unsure: low confidence or near tie (tag ends in ?)</span>" in legend
    assert '<div class="about" id="about"><h2>What the labels and marks mean</h2>' in page


def test_the_index_says_its_reports_labels_are_a_model_s_guesses_and_where_each_is_explained():
    from framing.report import render_index

    chosen = ("attributed_claim", "official_denial", "editorial_opinion")
    scored, by_hand = harbour_labelled(framing.LABELS, chosen), harbour_labelled(framing.LABELS, chosen, scored=False)
    index = unescape(render_index([("a.txt", "a.html", by_hand), ("b.txt", "b.html", scored)]))
    assert "a computer model's guesses" in index and "denial when it is not one" in index
    assert "Each report's page ends by saying what each label and mark means." in index
    assert "The end of the page says" not in index  # the index has no such section of its own
    # reports labelled by hand alone are no model's guesses
    alone = unescape(render_index([("a.txt", "a.html", by_hand)]))
    assert "guesses" not in alone and "Each report's page ends by saying what each label and mark means." in alone


def test_a_sentence_naming_its_source_by_title_or_surname_is_not_told_the_full_name_again():
    """ "Mr. Quarle said ..." after "Dorian Quarle said ..." names its source: "credited to: Dorian Quarle"
    would repeat it; "He said" and "The Ministry said" still say whom they mean."""
    from framing.document import Document, Sentence, Span
    from framing.profile import build_profile

    parts = [("Dorian Quarle said the bridge was closed.", [("source", "Dorian Quarle"), ("cue", "said")]),
             ("Mr. Quarle said it would reopen in May.", [("source", "Mr. Quarle"), ("cue", "said")]),
             ("He said the repairs were late.", [("source", "He"), ("cue", "said")]),
             ("The Foreign Ministry of Ostravia said talks had begun.",
              [("source", "The Foreign Ministry of Ostravia"), ("cue", "said")]),
             ("The Ministry said the envoy had arrived.", [("source", "The Ministry"), ("cue", "said")])]
    text = " ".join(part[0] for part in parts)
    sentences, start = [], 0
    for fragment, marks in parts:
        spans = tuple(Span(kind, start + fragment.index(words), start + fragment.index(words) + len(words), words)
                      for kind, words in marks)
        sentences.append(Sentence(fragment, start, start + len(fragment), "attributed_claim",
                                  {l: float(l == "attributed_claim") for l in framing.LABELS}, spans))
        start += len(fragment) + 1
    doc = Document(text, tuple(sentences), build_profile(sentences, framing.LABELS, text))
    credits = doc.profile["credits"]
    assert credits[0] == credits[1] == credits[2] and credits[3] == credits[4]  # the same sources
    named, titled, pronoun, ministry, noun = descriptions(render_html(doc))
    assert "credited to" not in named and "credited to" not in titled and "credited to" not in ministry
    assert "; credited to: Dorian Quarle; scores:" in pronoun
    assert "; credited to: " in noun and "Ostravia" in noun.split("; credited to: ")[1]


def _page_of(text: str, low: bool = False) -> str:
    """The report of ``text`` cut at its full stops, every sentence a fact (``low``: flagged low-confidence)."""
    from framing.document import Document, Sentence
    from framing.profile import build_profile

    labels = framing.LABELS
    sentences, start = [], 0
    for piece in re.findall(r"[^.]+\.", text):
        begin = text.index(piece.strip(), start)
        start = begin + len(piece.strip())
        sentences.append(Sentence(piece.strip(), begin, start, labels[0],
                                  {l: 0.4 if l == labels[0] else 0.2 for l in labels}, low_confidence=low))
    return render_html(Document(text, tuple(sentences), build_profile(tuple(sentences), framing.LABELS)))


def test_a_report_of_html_or_foreign_text_tells_its_readers_the_labels_are_less_to_be_trusted():
    """The scoring run's log warned of markup and of text not in English, but editors reading the report of such an
    article never see that log: the page itself now says so above the article; plain English copy gets no line."""
    markup = _page_of("<p>The depot closed on Monday.</p><p>Drivers said pay was late.</p><p>Fares rose.</p>")
    assert '<p class="caution">This text holds HTML tags or entities, which the model reads as words' in markup
    foreign = _page_of("Der Stadtrat hat am Dienstag den Bau der neuen Brücke beschlossen. Die Arbeiten beginnen im "
                       "Juni und dauern zwei Jahre.", low=True)
    assert '<p class="caution">Most of this text does not look like English' in foreign
    plain = _page_of("The depot closed on Monday. Drivers said pay was late. Fares rose.")
    assert "This text holds HTML" not in plain and "Most of this text does not look like English" not in plain
