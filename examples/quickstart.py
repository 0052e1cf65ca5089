"""framing in five minutes: label an article, look at its profile, classify sentences, sum up several.

Run from the repository root:  python examples/quickstart.py
"""

from dataclasses import replace
from pathlib import Path

import framing

analyzer = framing.load()  # the bundled model, on CUDA when available
print("labels:", analyzer.labels)

text = (Path(__file__).parent / "port_strike.txt").read_text(encoding="utf-8")
doc = analyzer.analyze(text)

for sentence in doc.sentences:
    print(f"{sentence.label:<18} {sentence.confidence:.2f}  {sentence.text}")
    for span in sentence.spans:
        print(f"{'':>24}{span.type}: {span.text!r} [{span.start}:{span.end}]")

profile = doc.profile
print("\nshares:", {label: f"{share:.0%}" for label, share in profile["shares"].items()})
print("sources:", [(s["display"], s["sentences"], "denies" if s["denies"] else "") for s in profile["sources"]])
print("denial pairs:", profile["denials"])
print("unsourced evaluative share:", f"{profile['unsourced_evaluative_share']:.0%}")

for prediction in analyzer.classify([
    "The union said the crews had been cut by a third.",
    "The operator rejected the accusation as without foundation.",
    "This standoff is an embarrassment for everyone involved.",
]):
    print(prediction.label, {k: round(v, 2) for k, v in prediction.scores.items()})

# Several articles: batched together, each carrying its file name, then summed up as one corpus.
paths = sorted(Path(__file__).parent.glob("*.txt"))
texts = ((path.read_text(encoding="utf-8"), {"file": path.name}) for path in paths)
documents = [replace(doc, meta=meta) for doc, meta in analyzer.analyze_many(texts, as_tuples=True)]
summary = framing.summarize(documents, top=5)
print(f"\n{summary['documents']} articles, {summary['sentences']} sentences:",
      {label: f"{share:.0%}" for label, share in summary["shares"].items()})
print("most cited:", [(s["display"], s["documents"], s["sentences"]) for s in summary["sources"]])
