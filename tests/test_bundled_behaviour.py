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
    # the ministry spokesperson's denial is paired with an earlier claim it answers
    pairs = [p for p in doc.profile["denials"] if p["source"] == "dorin vasko" and p["allegation"] is not None]
    assert pairs, doc.profile["denials"]
    assert all(p["allegation"] < p["denial"] and doc.sentences[p["allegation"]].label == "attributed_claim"
               for p in pairs)
    # "dismissed the report" answers the claim that brought the report up, not the police's nearer one
    assert all("report" in doc.sentences[p["allegation"]].text for p in pairs), doc.profile["denials"]
    # "According to the group's 42-page report" is Civic Compass's, "A watchdog group, Civic Compass" before it
    assert all(doc.profile["credits"][p["allegation"]] == "civic compass" for p in pairs), doc.profile["credits"]


def test_a_source_calling_itself_by_a_name_is_credited_by_that_name(bundled):
    doc = bundled.analyze("Port officials said the booking servers were breached on Friday. A group calling itself "
                          "BlackHarbor claimed responsibility for the attack in a post on Telegram. The ministry said "
                          "the leak was a forgery. A hacker calling himself Zed said he had copied the files from a "
                          "contractor.")
    credits = doc.profile["credits"]
    assert (credits[1], credits[3]) == ("blackharbor", "zed"), credits
    assert {"BlackHarbor", "Zed"} <= {s["display"] for s in doc.profile["sources"]}


def test_the_readme_excerpt_is_what_the_command_prints(bundled):
    """The README shows part of `framing analyze examples/overseas_offices.txt`: every labelled line and
    the label shares there must match what the bundled model prints now."""
    import re
    from pathlib import Path

    from framing.cli import format_table

    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    excerpt = readme.split("$ framing analyze examples/overseas_offices.txt\n", 1)[1].split("```", 1)[0]
    printed = format_table(bundled.analyze((root / "examples" / "overseas_offices.txt").read_text(encoding="utf-8")),
                           width=100).splitlines()
    shown = [line for line in excerpt.splitlines() if re.match(r"(reported_fact|attributed_claim|official_denial|"
                                                                r"editorial_opinion) ", line)]
    assert len(shown) >= 5
    missing = [line for line in shown if line not in printed]
    assert not missing, f"README lines the command no longer prints: {missing}"


def test_the_quickstart_example_runs_and_sums_up_both_articles():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    run = subprocess.run([sys.executable, str(root / "examples" / "quickstart.py")], capture_output=True,
                         text=True, timeout=600, cwd=root)
    assert run.returncode == 0, run.stderr
    articles = len(list((root / "examples").glob("*.txt")))
    assert f"\n{articles} articles, " in run.stdout and "most cited: [(" in run.stdout
