"""Span figures: PolNeAR test (source, cue, content) and BASIL writer-voice lexical bias.

    python benchmarks/spans.py [--model DIR] [--shared ../shared/data] [--json OUT]

PolNeAR test: each article is analysed whole; token-level F1 (word tokens
inside a span of the type) and exact-span F1 (start and end equal after
trimming punctuation; discontinuous gold spans count piece by piece).

Seed article (``../shared/seed/article.txt`` when present): the writer's
loaded spans, whether they cover "notorious nature" and "clear violation",
and any loaded span inside the NGO's quotation (there should be none).

BASIL: the 15 held-out events (45 articles, never trained on); gold spans are
lexical-bias spans outside quotes; token-level F1 of the model's ``loaded``
spans against a lexicon baseline built, in the same run, from the training
data's loaded words (words marked loaded at least twice in BASIL training
events, BABE biased words and the written corpus's loaded spans, less
function words).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))

import framing  # noqa: E402
from framing.corpora import basil_body, written_corpus  # noqa: E402
from framing.spans import quoted_regions  # noqa: E402
from train_default import eval_exclusions  # noqa: E402

WORD = re.compile(r"\w+")
FUNCTION_WORDS = frozenset("""that this with from have been were they their there which would could
    about after into over than them then what when will your said says also more most such very just""".split())
TRIM = " \t\n,;:.!?\"'“”‘’()[]"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def token_marks(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """For each word token of ``text``: is it inside one of ``spans``?"""
    tokens = [m.span() for m in WORD.finditer(text)]
    ranges = sorted(spans)
    return [any(s < te and e > ts for s, e in ranges) for ts, te in tokens]


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


class Counts:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add_tokens(self, gold: list[bool], pred: list[bool]) -> None:
        for g, p in zip(gold, pred):
            self.tp += g and p
            self.fp += p and not g
            self.fn += g and not p

    def add_sets(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def result(self) -> dict[str, float]:
        return prf(self.tp, self.fp, self.fn)


def polnear(analyzer, shared: Path) -> dict[str, dict[str, dict[str, float]]]:
    articles = [json.loads(line) for line in (shared / "polnear" / "test.jsonl").open(encoding="utf-8")]
    docs = analyzer.analyze_many([a["text"] for a in articles])
    token = {k: Counts() for k in ("source", "cue", "content")}
    exact = {k: Counts() for k in ("source", "cue", "content")}
    for article, doc in zip(articles, docs):
        text = article["text"]
        for kind in token:
            gold = [trim(text, s, e) for a in article["attributions"] for s, e in a[kind] if e > s]
            gold = [g for g in gold if g[1] > g[0]]
            pred = [trim(text, s.start, s.end) for s in doc.spans if s.type == kind]
            token[kind].add_tokens(token_marks(text, gold), token_marks(text, pred))
            exact[kind].add_sets(set(gold), set(pred))
    return {kind: {"token": token[kind].result(), "exact": exact[kind].result()} for kind in token}


def basil(analyzer, shared: Path) -> dict[str, dict[str, float]]:
    articles = [json.loads(line) for line in (shared / "basil" / "basil.jsonl").open(encoding="utf-8")]
    held = eval_exclusions(shared)
    test = [a for a in articles if f"basil:{a['id']}" in held]
    train = [a for a in articles if f"basil:{a['id']}" not in held]
    seen: Counter = Counter()
    for a in train:
        for ann in a["phrase_annotations"]:
            if ann["bias"] == "lex" and ann["quote"] == "no":
                seen.update(w.lower() for w in WORD.findall(ann["txt"]))
    with (shared / "babe" / "babe_sg2.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            seen.update(w.lower() for w in WORD.findall(row["biased_words"]))
    for e in written_corpus(ROOT / "corpus" / "written"):
        for kind, s, t in e.spans:
            if kind == "loaded":
                seen.update(w.lower() for w in WORD.findall(e.text[s:t]))
    # Words marked loaded at least twice, minus function words.
    lexicon = {w for w, n in seen.items() if n >= 2 and len(w) > 3 and w not in FUNCTION_WORDS}
    model, baseline = Counts(), Counts()
    texts = [basil_body(a)[0] for a in test]
    for article, text, doc in zip(test, texts, analyzer.analyze_many(texts)):
        gold = []
        for start, end in basil_body(article)[1]:
            sentence = text[start:end]
            for ann in article["phrase_annotations"]:
                if ann["bias"] == "lex" and ann["quote"] == "no" and ann["txt"] and ann["txt"] in sentence:
                    pos = start + sentence.find(ann["txt"])
                    gold.append((pos, pos + len(ann["txt"])))
        gold_marks = token_marks(text, gold)
        pred = [(s.start, s.end) for s in doc.spans if s.type == "loaded"]
        model.add_tokens(gold_marks, token_marks(text, pred))
        lex_marks = [m.group().lower() in lexicon for m in WORD.finditer(text)]
        baseline.add_tokens(gold_marks, lex_marks)
    return {"framing": model.result(), "lexicon": baseline.result(), "articles": len(test),
            "lexicon_words": len(lexicon)}


def seed_article(analyzer, shared: Path) -> dict | None:
    """The issue's check on the seed article: the writer's loaded phrases, none inside the NGO's quotes."""
    path = shared.parent / "seed" / "article.txt"
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    doc = analyzer.analyze(text)
    loaded = [(s.start, s.end, s.text) for s in doc.spans if s.type == "loaded"]

    def covered(phrase: str) -> bool:
        start = text.index(phrase)
        return any(s < start + len(phrase) and e > start for s, e, _ in loaded)

    anchor = text.index("become overwhelmingly co-opted")
    quote = next((lo, hi) for lo, hi in quoted_regions(text) if lo <= anchor < hi)
    return {"loaded": [t for _, _, t in loaded],
            "notorious_nature": covered("notorious nature"), "clear_violation": covered("clear violation"),
            "loaded_inside_ngo_quote": [t for s, e, t in loaded if s < quote[1] and e > quote[0]]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=None)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--json", default=None)
    opts = parser.parse_args()
    shared = Path(opts.shared)
    if not shared.is_dir():
        sys.exit(f"{shared} not found: the evaluation sets live there")
    analyzer = framing.load(opts.model, device="cpu")
    results = {"polnear_test": polnear(analyzer, shared), "basil_heldout_loaded": basil(analyzer, shared),
               "seed_article": seed_article(analyzer, shared)}
    print("PolNeAR test          token P/R/F1          exact-span P/R/F1")
    for kind, r in results["polnear_test"].items():
        t, e = r["token"], r["exact"]
        print(f"  {kind:<8} {t['precision']:.3f} {t['recall']:.3f} {t['f1']:.3f}    "
              f"{e['precision']:.3f} {e['recall']:.3f} {e['f1']:.3f}")
    b = results["basil_heldout_loaded"]
    print(f"BASIL held-out writer-voice lexical spans ({b['articles']} articles), token P/R/F1")
    for name in ("framing", "lexicon"):
        r = b[name]
        print(f"  {name:<8} {r['precision']:.3f} {r['recall']:.3f} {r['f1']:.3f}")
    seed = results["seed_article"]
    if seed is not None:
        print(f"seed article: loaded spans {seed['loaded']}; 'notorious nature' covered: "
              f"{seed['notorious_nature']}; 'clear violation' covered: {seed['clear_violation']}; "
              f"loaded spans inside the NGO's quotation: {seed['loaded_inside_ngo_quote']}")
    if opts.json:
        Path(opts.json).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
