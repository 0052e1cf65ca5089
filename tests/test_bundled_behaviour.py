"""The bundled model on clear cases: it must get the obvious ones right."""

import pytest

CASES = [
    ("The foreign ministry categorically denied the allegations, calling the report baseless.", "official_denial"),
    ("\"We will never accept this outcome,\" the opposition leader told reporters on Monday.", "attributed_claim"),
    ("According to the audit, the agency overspent its budget by 12 percent.", "attributed_claim"),
    ("This reckless policy is a disgrace and must be scrapped at once.", "editorial_opinion"),
    ("The bill passed the Senate 52 to 48 on Thursday.", "reported_fact"),
    ("The company declined to comment.", "reported_fact"),
]


@pytest.mark.parametrize("sentence,label", CASES)
def test_clear_cases(bundled, sentence, label):
    assert bundled.classify([sentence])[0].label == label


def test_example_article_runs_end_to_end(bundled):
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "examples" / "overseas_offices.txt"
    doc = bundled.analyze(path.read_text(encoding="utf-8"))
    labels = {s.label for s in doc.sentences}
    assert {"attributed_claim", "official_denial", "editorial_opinion"} <= labels
    assert doc.profile["denials"], "the ministry's denial should be paired in the profile"
