"""Every bad row of a labels file is named in one error, so that one run finds them all (framing train and
framing evaluate read labels alike); the first line stays the one problem named alone."""

import pytest

from framing.data import table_examples
from framing.errors import DataError
from framing.row_problems import MAX_LISTED


def _rows(n: int) -> list[dict[str, str]]:
    return [{"text": f"The council met on day {k}.", "label": "reported_fact"} for k in range(n)]


def test_an_empty_label_and_an_empty_text_far_apart_are_named_in_one_error(tmp_path):
    path = tmp_path / "labels.csv"
    lines = ["text,label"] + [f"The ferry left port {k} on time.,reported_fact" for k in range(400)]
    lines[301] = ",reported_fact"  # line 302: an empty text
    lines[39] = "The mayor called the plan a disgrace.,"  # line 40: an empty label
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(DataError) as caught:
        table_examples(path, name="train")
    message = str(caught.value)
    first, *rest = message.splitlines()
    assert first == f"train: {path}: line 40: 'label' is empty"  # as it was named alone
    assert rest[0].startswith("1 more row to fix")
    assert rest[1] == "  line 302: 'text' must be non-empty text, got ''"


def test_the_rows_after_the_first_are_listed_in_the_table_s_order_and_counted_past_the_cap():
    rows = _rows(60)
    for k in range(5, 60, 2):
        rows[k]["text"] = "  "
    rows[50]["label"] = ""  # a label problem is named first, as before, though its row comes later
    with pytest.raises(DataError) as caught:
        table_examples(rows, name="train")
    first, more, *listed = str(caught.value).splitlines()
    assert first == "train: row 50: 'label' is empty"
    assert more.startswith("28 more rows to fix")
    assert listed[0] == "  row 5: 'text' must be non-empty text, got '  '"
    assert len(listed) == MAX_LISTED + 1 and listed[-1] == f"  and {28 - MAX_LISTED} more"


def test_one_bad_row_is_named_alone_as_before():
    rows = _rows(4)
    rows[2]["text"] = ""
    with pytest.raises(DataError, match=r"^train: row 2: 'text' must be non-empty text, got ''$"):
        table_examples(rows, name="train")


def test_a_row_with_an_empty_text_and_an_empty_label_is_named_once():
    rows = _rows(4)
    rows[1] = {"text": "", "label": ""}
    with pytest.raises(DataError, match=r"^data: row 1: 'label' is empty$"):
        table_examples(rows)


def test_good_rows_read_as_before():
    assert [e.label for e in table_examples(_rows(3))] == ["reported_fact"] * 3
