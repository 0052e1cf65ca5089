"""The HTML report against WCAG 2.1 AA, checked where it matters: in headless Chromium's layout, computed
styles and accessibility tree (what a screen reader is given), not in the markup alone."""

import re
from html.parser import HTMLParser

import pytest

import framing
from framing.document import Document, Sentence, Span
from framing.report import TAGS, render_fragment, render_html, render_index
from test_report import DevTools, contrast, find_chromium

#: Labels past the four defaults, so that the fallback colours (listed and computed) are drawn too.
CUSTOM = ("satire", "rumour", "advert", "correction", "obituary", "recipe", "forecast", "review", "notice", "quiz")
LABELS = framing.LABELS + CUSTOM
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]


def one_sentence(text: str, start: int, label: str, marks=(), **flags) -> Sentence:
    """``text`` at document offset ``start`` as a sentence labelled ``label``, a span of each ``(type,
    fragment)`` in ``marks``."""
    spans = tuple(Span(kind, start + text.index(part), start + text.index(part) + len(part), part)
                  for kind, part in marks)
    return Sentence(text, start, start + len(text), label, {l: float(l == label) for l in LABELS}, spans, **flags)


def harbour_document() -> Document:
    """Twenty sentences: every mark and flag, four of reported_fact, two of each other default label and
    one of each custom label, so that every label's share is a whole percentage (5% per sentence)."""
    parts = [("Harbour officials said the ferry would resume on Friday.", "attributed_claim",
              [("source", "Harbour officials"), ("cue", "said"), ("content", "the ferry would resume on Friday")], {}),
             ("The operator denied cutting any safety checks.", "official_denial",
              [("source", "The operator"), ("cue", "denied")], {}),
             ("It was a shameful week for the coastal towns.", "editorial_opinion", [("loaded", "shameful")],
              {"low_confidence": True}),
             ("The ferry carries 300 cars a day.", "reported_fact", [], {"truncated": True})]
    parts += [(f"Buoy {k} drifted past the pier.", label, [], {})
              for k, label in enumerate(["reported_fact"] * 3 + list(framing.LABELS[1:]) + list(CUSTOM))]
    sentences, start = [], 0
    for text, label, marks, flags in parts:
        sentences.append(one_sentence(text, start, label, marks, **flags))
        start += len(text) + 1
    return Document(" ".join(part[0] for part in parts), tuple(sentences))


#: Run in the page: each piece of text shown (its own text nodes, or a ::before or ::after's content) with
#: its colour and the colour behind it; each mark that is no text (underlines, outlines, bar edges) with
#: its colour and what is behind it; and, each sentence focused in turn, its description and focus ring.
COLOURS_SHOWN = """(() => {
  const clear = c => c === 'transparent' || /, 0\\)$/.test(c);
  const behind = e => {
    for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (!clear(c)) return c; }
    return 'rgb(255, 255, 255)';
  };
  const shown = e => e.getClientRects().length > 0;
  const text = [], marks = [];
  const collect = root => { for (const e of [root, ...root.querySelectorAll('*')]) {
    if (!shown(e)) continue;
    const style = getComputedStyle(e), fg = e instanceof SVGElement ? style.fill : style.color;
    if ([...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
      text.push({what: e.textContent.slice(0, 30), fg, bg: behind(e)});
    for (const pseudo of ['::before', '::after']) {
      const p = getComputedStyle(e, pseudo);
      if (!['none', 'normal'].includes(p.content))
        text.push({what: pseudo + p.content, fg: p.color, \
bg: clear(p.backgroundColor) ? behind(e) : p.backgroundColor});
    }
  } };
  const mark = (selector, what, colour, around = e => e) => {
    for (const e of document.querySelectorAll(selector))
      marks.push({what, fg: colour(getComputedStyle(e)), bg: behind(around(e))});
  };
  collect(document.body);
  mark('.loaded', 'loaded', style => style.textDecorationColor);
  mark('.cue', 'cue', style => style.borderBottomColor);
  mark('.content', 'content', style => style.borderBottomColor);
  mark('[data-low-confidence]', 'outline', style => style.outlineColor, e => e.parentElement);
  mark('.chart rect', 'bar', style => style.stroke, e => e.parentElement);
  const ring = style => (style.boxShadow.match(/rgb\\([^)]*\\)/) || ['rgba(0, 0, 0, 0)'])[0];
  const focused = [...document.querySelectorAll('.s')].map(s => {
    s.focus();
    const d = s.nextElementSibling, next = d.nextElementSibling && d.nextElementSibling.getClientRects()[0];
    collect(d);
    marks.push({what: 'focus ring', fg: ring(getComputedStyle(s)), bg: behind(s.parentElement)});
    return {active: document.activeElement === s, shown: getComputedStyle(d).display !== 'none',
            position: getComputedStyle(d).position, over: !!next && next.top < d.getBoundingClientRect().bottom - 1};
  });
  return {text, marks, focused};
})()"""

#: Run in the page, printed: each sentence's tag (its ::before) and whether its description shows.
PRINTED = """[...document.querySelectorAll('.s')].map(s => [getComputedStyle(s, '::before').content,
  getComputedStyle(s.nextElementSibling).display])"""

#: Run in the page: whether the hint on seeing a sentence's description and the link to the profile show.
AIDS_SHOWN = """[...document.querySelectorAll('main a, .legend div')].filter(e => /^(Hover, Tab to|Jump to the profile)/
  .test(e.textContent)).map(e => [e.textContent.split(',')[0].split(' the')[0], e.getClientRects().length > 0])"""


@pytest.fixture(scope="module")
def browsed(tmp_path_factory) -> dict:
    """What headless Chromium makes of the report of :func:`harbour_document` with every label in
    :data:`LABELS`: its accessibility tree, the colours it shows, the keyboard's and the pointer's effect,
    and the printed page."""
    chromium = find_chromium()
    doc = harbour_document()
    page = tmp_path_factory.mktemp("a11y") / "report.html"
    page.write_text(render_html(doc, title="Harbour week", labels=LABELS), encoding="utf-8")
    tools = DevTools(chromium, FLAGS)
    try:
        target = tools.call("Target.createTarget", url="about:blank")["targetId"]
        session = tools.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        tools.call("Page.enable", session)
        tools.call("Emulation.setDeviceMetricsOverride", session, width=900, height=1200, deviceScaleFactor=1,
                   mobile=False)
        tools.call("Page.navigate", session, url=page.as_uri())
        tools.wait_for("Page.loadEventFired")

        def run(expression: str):
            reply = tools.call("Runtime.evaluate", session, expression=expression, returnByValue=True)
            return reply["result"]["value"]

        found = {"doc": doc, "tree": tools.call("Accessibility.getFullAXTree", session)["nodes"]}
        # the pointer over the first sentence, nothing focused: does anything open?
        x, y = run("(r => [r.x + 5, r.y + 5])(document.querySelector('.s').getBoundingClientRect())")
        tools.call("Input.dispatchMouseEvent", session, type="mouseMoved", x=x, y=y)
        found["hovered"] = run(
            "(d => [...document.querySelectorAll('.d')].filter(e => getComputedStyle(e).display != 'none').length"
            " + ':' + getComputedStyle(d).position + ':' + (d.nextElementSibling.getClientRects()[0].top"
            " >= d.getBoundingClientRect().bottom - 1))(document.querySelector('.d'))")
        # and the pointer moved onto that description keeps it open, so it can be read at length
        x, y = run("(r => [r.x + 5, r.y + r.height / 2])(document.querySelector('.d').getBoundingClientRect())")
        tools.call("Input.dispatchMouseEvent", session, type="mouseMoved", x=x, y=y)
        found["kept"] = run("getComputedStyle(document.querySelector('.d')).display")
        tools.call("Input.dispatchMouseEvent", session, type="mouseMoved", x=1, y=1)
        found["names"] = [n.get("name", {}).get("value", "") for n in found["tree"]
                          if any(p.get("name") == "focusable" and p.get("value", {}).get("value")
                                 for p in n.get("properties", []))]
        # the keyboard: Tab from the top passes the skip link, then reaches the first sentence
        for _ in range(2):
            for kind in ("keyDown", "keyUp"):
                tools.call("Input.dispatchKeyEvent", session, type=kind, key="Tab", code="Tab",
                           windowsVirtualKeyCode=9)
        found["tabbed"] = run("(e => [e.id, getComputedStyle(e.nextElementSibling).display])(document.activeElement)")
        # what a screen reader announces for each sentence it reaches: its accessible name
        found["announced"] = []
        root = tools.call("DOM.getDocument", session)["root"]["nodeId"]
        for k, node in enumerate(tools.call("DOM.querySelectorAll", session, nodeId=root, selector=".s")["nodeIds"]):
            run(f"document.querySelectorAll('.s')[{k}].focus(); 0")
            named = tools.call("Accessibility.getPartialAXTree", session, nodeId=node, fetchRelatives=False)["nodes"][0]
            found["announced"].append(named.get("name", {}).get("value", ""))
        found.update(run(COLOURS_SHOWN))
        run("document.activeElement.blur(); 0")
        found["aids"] = run(AIDS_SHOWN)
        tools.call("Emulation.setEmulatedMedia", session, media="print")
        found["printed"] = run(PRINTED)
        found["printed aids"] = run(AIDS_SHOWN)
    finally:
        tools.close()
    return found


def rgb(css: str) -> str:
    """A computed colour, ``rgb(r, g, b)``, as ``#rrggbb``; a see-through one is refused."""
    numbers = [float(n) for n in re.findall(r"[\d.]+", css)]
    assert len(numbers) == 3 or numbers[3] == 1, f"translucent colour {css}"
    return "#" + "".join(f"{round(n):02x}" for n in numbers[:3])


def test_all_text_keeps_a_contrast_of_4_5_to_1_on_every_background(browsed):
    # WCAG 1.4.3: the page's text, the sentences' tags on every label colour (the default four, the listed
    # fallbacks and the computed ones), the truncated badge, the legend, the chart and each description
    backgrounds = {rgb(item["bg"]) for item in browsed["text"]}
    assert len(backgrounds) >= len(LABELS)  # every label's colour was behind some text
    low = [(item["what"], rgb(item["fg"]), rgb(item["bg"])) for item in browsed["text"]
           if contrast(rgb(item["fg"]), rgb(item["bg"])) < 4.5]
    assert low == []


def test_marks_that_are_not_text_keep_a_contrast_of_3_to_1(browsed):
    # WCAG 1.4.11: the loaded wavy line, the cue's dots, the content underline, the low-confidence outline,
    # the focus ring and the chart's bar edges
    kinds = {item["what"] for item in browsed["marks"]}
    assert {"loaded", "cue", "content", "outline", "focus ring", "bar"} <= kinds
    low = [(item["what"], rgb(item["fg"]), rgb(item["bg"])) for item in browsed["marks"]
           if contrast(rgb(item["fg"]), rgb(item["bg"])) < 3]
    assert low == []


def nodes_by_role(tree: list[dict], role: str) -> list[dict]:
    return [n for n in tree if not n.get("ignored") and n.get("role", {}).get("value") == role]


def texts_under(tree: list[dict], node: dict) -> list[str]:
    """The static texts inside ``node`` of the accessibility ``tree``, in order."""
    by_id = {n["nodeId"]: n for n in tree}
    found = []
    for child in node.get("childIds", []):
        inner = by_id[child]
        if inner.get("role", {}).get("value") == "StaticText":
            found.append(inner["name"]["value"])
        else:
            found += texts_under(tree, inner)
    return found


def test_each_sentence_s_label_is_text_a_screen_reader_is_given(browsed):
    # WCAG 1.4.1 and 1.3.1: the number and tag before each sentence are text in the accessibility tree (so
    # shown without colour), and the sentence's description names its label and flags
    doc, tree = browsed["doc"], browsed["tree"]
    sentences = [n for n in nodes_by_role(tree, "generic") if n.get("description", {}).get("value")]
    assert len(sentences) == len(doc.sentences)
    for k, (node, sentence) in enumerate(zip(sentences, doc.sentences)):
        tag = TAGS.get(sentence.label, sentence.label) + ("?" if sentence.low_confidence else "")
        shown = texts_under(tree, node)
        assert shown[0] == f"{k + 1}\xa0{tag}\xa0"
        assert "".join(shown[1:]).startswith(sentence.text)  # the article's own text is left as it was
        description = node["description"]["value"]
        assert description.startswith(sentence.label)
        assert ("low confidence" in description) == sentence.low_confidence
        assert ("truncated" in description) == sentence.truncated


def test_a_focused_sentence_is_announced_by_its_number_its_tag_and_its_text_as_separate_words(browsed):
    # the tag run into the first word ("1\xa0claimHarbour officials") would be read as one word, as would the
    # truncated badge run into the last ("day.truncated")
    doc = browsed["doc"]
    assert len(browsed["announced"]) == len(doc.sentences)
    for k, (name, sentence) in enumerate(zip(browsed["announced"], doc.sentences)):
        tag = TAGS.get(sentence.label, sentence.label) + ("?" if sentence.low_confidence else "")
        assert name == f"{k + 1}\xa0{tag}\xa0{sentence.text}" + (" truncated" if sentence.truncated else "")
        assert name.split()[:3] == [str(k + 1), tag, sentence.text.split()[0]]


def test_the_chart_is_an_image_named_by_its_figures_which_screen_readers_are_given_once(browsed):
    doc, tree = browsed["doc"], browsed["tree"]
    counts = {label: sum(s.label == label for s in doc.sentences) for label in LABELS}
    total = len(doc.sentences)
    figures = [f"{label} {100 * n // total}% ({n} of {total})" for label, n in counts.items()]
    (chart,) = nodes_by_role(tree, "image")
    assert chart["name"]["value"] == "label shares: " + "; ".join(figures)
    # nothing else repeats them (a list for screen readers alone made them read the chart twice)
    names = [node.get("name", {}).get("value") for node in tree]
    assert not set(figures) & set(names)


def test_a_sentence_shows_its_description_in_the_flow_on_focus_and_on_hover(browsed):
    # WCAG 2.1.1 and 1.4.13: the keyboard reaches every sentence and its description, which opens below
    # it without covering the text after it (so nothing needs dismissing); the pointer opens the same, in
    # the flow too, and keeps it open while it is on the description
    assert browsed["hovered"] == "1:static:true"
    assert browsed["kept"] == "block"
    # no title: it would make the description each sentence's accessible name, read in place of its text
    assert len(browsed["names"]) >= len(browsed["doc"].sentences)
    assert not any("scores" in name for name in browsed["names"])
    assert browsed["tabbed"] == ["s0", "block"]
    focused = browsed["focused"]
    assert len(focused) == len(browsed["doc"].sentences)
    assert all(f["active"] and f["shown"] and f["position"] == "static" and not f["over"] for f in focused)


def test_a_printed_page_keeps_each_sentence_s_tag_and_prints_its_description(browsed):
    doc = browsed["doc"]
    assert len(browsed["printed"]) == len(doc.sentences)
    for (badge, shown), sentence in zip(browsed["printed"], doc.sentences):
        assert TAGS.get(sentence.label, sentence.label) in badge and shown == "inline"


def test_a_printed_page_leaves_out_the_hint_on_pointer_and_keys_and_the_link_to_the_profile(browsed):
    # on paper no sentence can be hovered or focused, and no link followed
    assert browsed["aids"] == [["Jump to", True], ["Hover", True]]
    assert browsed["printed aids"] == [["Jump to", False], ["Hover", False]]


class Outline(HTMLParser):
    """The landmarks and headings of a page, in order, each heading with the landmarks around it."""

    def __init__(self):
        super().__init__()
        self.open: list[str] = []
        self.found: list[tuple[str, tuple[str, ...]]] = []
        self.lang = self.title = None

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag in ("main", "footer", "h1", "h2", "h3"):
            self.found.append((tag, tuple(self.open)))
        if tag in ("main", "footer", "title"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        if self.open and self.open[-1] == tag:
            self.open.pop()

    def handle_data(self, data):
        if self.open and self.open[-1] == "title":
            self.title = data


def outline(page: str) -> Outline:
    parsed = Outline()
    parsed.feed(page)
    return parsed


def test_report_and_index_pages_have_a_language_a_title_one_main_and_headings_in_order():
    doc = harbour_document()
    for page, title in ((render_html(doc, title="Harbour week", labels=LABELS), "Harbour week"),
                        (render_index([("harbour.txt", "harbour.html", doc)], title="This week"), "This week")):
        parsed = outline(page)
        assert parsed.lang == "en" and parsed.title == title
        assert [tag for tag, _ in parsed.found].count("main") == 1
        headings = [int(tag[1]) for tag, inside in parsed.found if tag.startswith("h")]
        assert headings[0] == 1 and all(b <= a + 1 for a, b in zip(headings, headings[1:]))
        assert all(inside == ("main",) for tag, inside in parsed.found if tag.startswith("h"))
        assert ("footer", ()) in parsed.found  # the page's footer, outside main


def test_a_fragment_leaves_the_main_landmark_to_the_page_around_it():
    fragment = render_fragment(harbour_document(), labels=LABELS)
    parsed = outline(fragment)
    assert "main" not in [tag for tag, _ in parsed.found]
    assert [tag for tag, _ in parsed.found if tag.startswith("h")] == ["h2", "h2", "h2", "h2"]
    assert "<ul" not in fragment.split('<svg class="chart"')[1].split("<h2")[0] and "<script" not in fragment


def test_nothing_moves_so_reduced_motion_needs_no_rule():
    page = render_html(harbour_document(), labels=LABELS)
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    assert not re.search(r"animation|transition|scroll-behavior:\s*smooth|@keyframes", style)
