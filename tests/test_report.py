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
    assert "<svg" in html and "official_denial" in html
    shot = tmp_path / "shot.png"
    result = subprocess.run([chromium, *flags, f"--screenshot={shot}", "--window-size=900,1200", page.as_uri()],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and shot.stat().st_size > 10_000


def test_report_lists_denials_with_links_and_the_unsourced_share():
    from framing.document import Document, Sentence, Span
    from framing.profile import build_profile

    labels = framing.LABELS
    text = "<NGO> said the sites are police stations. The <ministry> denied it. What a disgrace."

    def sentence(fragment, label, spans=()):
        start = text.index(fragment)
        return Sentence(fragment, start, start + len(fragment), label, {l: float(l == label) for l in labels},
                        tuple(spans))

    sentences = (
        sentence("<NGO> said the sites are police stations.", "attributed_claim", [Span("source", 0, 5, "<NGO>")]),
        sentence("The <ministry> denied it.", "official_denial",
                 [Span("source", text.index("The <m"), text.index(" denied"), "The <ministry>")]),
        sentence("What a disgrace.", "editorial_opinion"),
    )
    page = render_html(Document(text, sentences, build_profile(sentences, labels)))
    assert ('<li><a href="#s1">sentence 2</a>: denial by &lt;ministry&gt; answering '
            '<a href="#s0">sentence 1</a></li>') in page
    assert "Unsourced evaluative sentences: 33%" in page
    assert 'id="s0"' in page and 'id="s1"' in page
