"""The package's type hints hold under mypy: ``py.typed`` promises them to users' type checkers, so a wrong
hint is a bug a user meets in their own checks. A second check reads the public API as a user's code does."""

import importlib.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _mypy(tmp_path: Path, *targets: str) -> subprocess.CompletedProcess:
    if importlib.util.find_spec("mypy") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but mypy is not installed (it is in the [test] extra)")
        pytest.skip("mypy is not installed (pip install -e '.[test]')")
    command = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
               "--cache-dir", str(tmp_path / "cache"), "--no-error-summary", *targets]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)


#: What ``mypy --strict`` checks in a module, as inline flags: one mypy run checks the package, a user's plain
#: script and a user's strict modules (a second run with --strict would analyse torch and transformers again).
STRICT = ("# mypy: warn-return-any, disallow-untyped-defs, disallow-incomplete-defs, disallow-untyped-calls, "
          "disallow-any-generics, strict-equality")


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """One mypy run over the package, a user's script and a user's strict modules (the cache makes the other
    targets cheap): one strict module reads a profile, a summary, records and a document's sentences (iterated
    and indexed), one misspells a key."""
    tmp_path = tmp_path_factory.mktemp("mypy")
    user = tmp_path / "user_code.py"
    user.write_text(textwrap.dedent('''
        from pathlib import Path
        from typing import Any, Iterator

        import framing
        from framing import Document

        analyzer = framing.load(Path("model-folder"))
        docs: Iterator[Document] = analyzer.analyze_many(["One text."])
        pairs: Iterator[tuple[Document, Any]] = analyzer.analyze_many([("One text.", 7)], as_tuples=True)
        labels: list[str] = [s.label for s in analyzer.analyze("Text.").sentences]
        wrong: Iterator[Document] = analyzer.analyze_many([("One text.", 7)], as_tuples=True)
    '''), encoding="utf-8")
    inputs = tmp_path / "documented_inputs.py"
    inputs.write_text(textwrap.dedent('''
        from pathlib import Path

        import framing
        from framing import Document, Sentence, Span
        from framing.profile import build_profile
        from framing.report import render_fragment, render_html, render_index, render_sentence

        analyzer = framing.load()
        sentence = Sentence("Hi.", 0, 3, "reported_fact", {"reported_fact": 1.0}, [Span("source", 0, 2, "Hi")])
        doc = Document("Hi.", [sentence], {}, {"id": "a"})
        kept: tuple[Span, ...] = sentence.spans
        held: tuple[Sentence, ...] = doc.sentences
        render_html(doc, labels=["reported_fact"])
        render_fragment(doc, labels=list(framing.LABELS))
        render_sentence(sentence, labels=["reported_fact"])
        analyzer.classify(iter(["One sentence."]))
        analyzer.predict((s for s in ["One sentence."]), iter([None]))
        analyzer.predict_proba(iter(["One sentence."]), ["A context."])
        build_profile((s for s in doc.sentences), ["reported_fact"], doc.text)
        render_index(iter([("a.txt", Path("a.html"), doc)]))
        render_index([("b.txt", "b.html", doc)])
    '''), encoding="utf-8")
    typed = tmp_path / "typed_results.py"
    typed.write_text(STRICT + textwrap.dedent('''
        import framing
        from framing import Document, DocumentRecord, Profile, Sentence, Summary
        from framing.profile import DenialPair, LoadedPhrase, ProfileSource, Rebuttal, build_profile
        from framing.summary import SummaryPhrase, SummarySource


        def first_denies(doc: Document) -> bool:
            return doc.profile["sources"][0]["denies"]


        def credit(doc: Document, position: int) -> str | None:
            return doc.profile["credits"][position]


        def unsourced(doc: Document) -> float | None:
            profile: Profile = build_profile(doc.sentences, ["reported_fact"], doc.text)
            return profile["unsourced_evaluative_share"]


        def parts(profile: Profile) -> tuple[ProfileSource, LoadedPhrase, DenialPair, Rebuttal]:
            return profile["sources"][0], profile["loaded_phrases"][0], profile["denials"][0], profile["rebuttals"][0]


        def allegation(pair: DenialPair) -> int | None:
            return pair["allegation"]


        def cited(docs: list[Document]) -> tuple[int, str, int | None, SummarySource, SummaryPhrase]:
            summary: Summary = framing.summarize(docs, top=5)
            return (summary["sources"][0]["denying_documents"], summary["loaded_phrases"][0]["text"],
                    summary["denial_pairs"], summary["sources"][0], summary["loaded_phrases"][0])


        def label_of(doc: Document) -> str:
            record: DocumentRecord = doc.to_dict()
            return record["sentences"][0]["label"]


        def span_end(doc: Document) -> int:
            return doc.to_dict()["sentences"][0]["spans"][0]["end"] + doc.sentences[0].spans[0].to_dict()["start"]


        def probability(doc: Document) -> float:
            return doc.sentences[0].to_dict()["scores"]["reported_fact"]


        def round_trip(doc: Document) -> Document:
            return Document.from_dict(doc.to_dict())


        def from_records(doc: Document) -> Summary:
            return framing.summarize([doc.to_dict(), doc])


        def empty() -> Document:
            return Document("", [], {})


        def first_opinion(doc: Document) -> str | None:
            for sentence in doc:  # each a Sentence, not Any
                if sentence.label == "editorial_opinion":
                    return sentence.text
            return None


        def ends(doc: Document) -> tuple[Sentence, Sentence, list[Sentence], int]:
            return doc[0], doc[-1], doc[1:-1], len(doc)
    '''), encoding="utf-8")
    misspelt = tmp_path / "misspelt_key.py"
    misspelt.write_text(STRICT + textwrap.dedent('''
        from framing import Document


        def sources(doc: Document) -> object:
            return doc.profile["sourcez"]
    '''), encoding="utf-8")
    return _mypy(tmp_path, "framing", str(user), str(inputs), str(typed), str(misspelt))


def test_the_package_type_checks_clean(checked):
    errors = [line for line in checked.stdout.splitlines() if line.startswith("framing")]
    assert not errors, "\n".join(errors)
    assert checked.returncode in (0, 1), checked.stderr  # 2 would be mypy's own failure


def test_a_user_s_code_reads_analyze_many_by_as_tuples(checked):
    # both spellings type-check; pairs assigned where Documents are expected is caught, on that line alone
    user_errors = [line for line in checked.stdout.splitlines() if "user_code.py" in line and ": error:" in line]
    assert len(user_errors) == 1, checked.stdout
    assert "user_code.py:12:" in user_errors[0] and "Incompatible types in assignment" in user_errors[0]


def test_what_the_docs_let_a_user_pass_type_checks(checked):
    # lists of spans and sentences (kept as tuples), a list of labels, an iterator of sentences to label
    errors = [line for line in checked.stdout.splitlines() if "documented_inputs.py" in line]
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("name", ["Sentence", "Document"])
def test_the_signature_type_checkers_read_matches_the_dataclass_fields(name):
    # Sentence and Document declare the __init__ that type checkers read (spans and sentences of any
    # iterable): it must name every field, in order, with a default where the field has one
    import ast
    import dataclasses

    import framing.document

    source = ast.parse((ROOT / "framing" / "document.py").read_text(encoding="utf-8"))
    cls = next(node for node in source.body if isinstance(node, ast.ClassDef) and node.name == name)
    init = next(node for block in cls.body if isinstance(block, ast.If) for node in block.body
                if isinstance(node, ast.FunctionDef) and node.name == "__init__")
    params = init.args.args[1:]
    declared = [(arg.arg, k >= len(params) - len(init.args.defaults)) for k, arg in enumerate(params)]
    fields = [(f.name, f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING)
              for f in dataclasses.fields(getattr(framing.document, name))]
    assert declared == fields


def test_a_user_s_strict_code_reads_profile_summary_and_record_fields_typed(checked):
    # under --strict, a field read as Any would be "Returning Any from function declared to return ..."
    errors = [line for line in checked.stdout.splitlines() if "typed_results.py" in line]
    assert not errors, checked.stdout
    assert checked.returncode in (0, 1), checked.stderr


def test_a_misspelt_profile_key_is_reported(checked):
    errors = [line for line in checked.stdout.splitlines() if "misspelt_key.py" in line and ": error:" in line]
    assert len(errors) == 1 and "misspelt_key.py:6:" in errors[0] and '"sourcez"' in errors[0], checked.stdout
