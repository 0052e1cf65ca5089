"""benchmarks/pathological.py: its inputs are the worst cases they claim, and every case runs."""

import json
import subprocess
import sys
from pathlib import Path

from conftest import load_benchmark

ROOT = Path(__file__).resolve().parent.parent


def _offsets_hold(text, sentences) -> None:
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert all(text[span.start:span.end] == span.text for span in sentence.spans)


def test_the_people_document_credits_every_person_apart_with_offsets_into_its_text():
    bench = load_benchmark("pathological")
    text, sentences = bench._people(30)
    _offsets_hold(text, sentences)
    profile = bench.build_profile(sentences, bench.LABELS, text)
    assert len(profile["sources"]) == 30  # no two joined: the index holds every person


def test_the_namesakes_document_names_hundreds_of_one_surname_each_with_a_known_given_name():
    bench = load_benchmark("pathological")
    text, sentences = bench._namesakes(600)
    _offsets_hold(text, sentences)
    credits = bench.build_profile(sentences, bench.LABELS, text)["credits"]
    assert len(set(credits[::2])) == 300  # each full name is a person of its own
    assert credits[1::2] == credits[::2]  # the surname alone goes on with the account of the one named just before


def test_the_long_sentence_credits_its_one_outlet_from_every_span_at_its_offsets():
    bench = load_benchmark("pathological")
    text, sentences = bench._one_long_sentence(900)
    _offsets_hold(text, sentences)
    assert len(sentences[0].spans) == 2 * 50
    profile = bench.build_profile(sentences, bench.LABELS, text)
    assert profile["credits"] == ["nine news"] and [s["source"] for s in profile["sources"]] == ["nine news"]


def test_every_case_runs_and_the_json_holds_its_times(tmp_path):
    out = tmp_path / "path.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "pathological.py"), "--scale", "0.002",
                           "--json", str(out)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    cases = json.loads(out.read_text(encoding="utf-8"))["cases"]
    assert [case["case"] for case in cases] == list(load_benchmark("pathological").CASES)
    assert all(case["seconds_4n"] > 0 and case["ratio"] > 0 for case in cases)


def test_the_long_said_sentence_marks_he_and_said_in_each_quotation_at_its_offsets():
    bench = load_benchmark("pathological")
    text, sentences = bench._one_long_said_sentence(140)
    _offsets_hold(text, sentences)
    assert [span.text for span in sentences[0].spans[:2]] == ["he", "said"] and len(sentences[0].spans) == 2 * 10
    assert len(bench.build_profile(sentences, bench.LABELS, text)["credits"]) == 1
