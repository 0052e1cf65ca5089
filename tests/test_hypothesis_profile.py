"""Property tests draw fixed examples under CI and fresh ones elsewhere (see conftest.py)."""

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def test_ci_loads_a_derandomized_profile():
    assert settings.get_profile("ci").derandomize
    if os.environ.get("CI") == "true":
        assert settings.default.derandomize


drawn = []


@settings(max_examples=5)
@given(st.integers())
def draw(value):
    drawn.append(value)


def test_under_ci_two_runs_draw_the_same_examples():
    if os.environ.get("CI") != "true":
        pytest.skip("only CI runs are derandomized")
    draw()
    first = list(drawn)
    drawn.clear()
    draw()
    assert drawn == first
