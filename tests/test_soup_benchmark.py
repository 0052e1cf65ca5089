"""benchmarks/soup.py: a soup of stage-2 runs merges to stage 1's update plus the mean of theirs."""

import pytest
import torch

from conftest import load_benchmark


def _member(a0, b0, seed):
    g = torch.Generator().manual_seed(seed)
    a1, b1 = torch.randn(3, 6, generator=g), torch.randn(5, 3, generator=g)
    return {"lora.layer.a": torch.cat([a0, a1]), "lora.layer.b": torch.cat([b0, b1], dim=1),
            "sentence_head.weight": torch.randn(4, 6, generator=g)}


def test_soup_merges_to_shared_update_plus_mean_of_member_updates():
    a0, b0 = torch.randn(2, 6), torch.randn(5, 2)
    members = [_member(a0, b0, seed) for seed in (1, 2, 3)]

    state = load_benchmark("soup").soup_state(members, shared_rank=2)

    def update(s):
        return s["lora.layer.b"] @ s["lora.layer.a"]

    expected = sum(update(m) for m in members) / 3
    assert state["lora.layer.a"].shape == (2 + 3 * 3, 6)
    assert torch.allclose(update(state), expected, atol=1e-5)
    assert torch.allclose(state["sentence_head.weight"], sum(m["sentence_head.weight"] for m in members) / 3)


def test_soup_of_one_member_is_that_member():
    a0, b0 = torch.randn(2, 6), torch.randn(5, 2)
    member = _member(a0, b0, 7)
    state = load_benchmark("soup").soup_state([member], shared_rank=2)
    assert torch.allclose(state["lora.layer.b"] @ state["lora.layer.a"],
                          member["lora.layer.b"] @ member["lora.layer.a"])


def test_soup_refuses_members_from_different_stage_one_models():
    a0, b0 = torch.randn(2, 6), torch.randn(5, 2)
    other = _member(torch.randn(2, 6), b0, 2)
    with pytest.raises(ValueError, match="same stage-1 model"):
        load_benchmark("soup").soup_state([_member(a0, b0, 1), other], shared_rank=2)


def test_soup_of_separate_runs_averages_their_whole_updates():
    """--shared-rank 0: members trained from the base separately share no factors; the soup's update is
    the mean of theirs, at the summed rank."""
    members = [_member(torch.randn(2, 6), torch.randn(5, 2), seed) for seed in (4, 5)]
    state = load_benchmark("soup").soup_state(members, shared_rank=0)
    assert state["lora.layer.a"].shape == (2 * 5, 6)  # each member's rank-5 block, stacked
    update = state["lora.layer.b"] @ state["lora.layer.a"]
    expected = sum(m["lora.layer.b"] @ m["lora.layer.a"] for m in members) / 2
    assert torch.allclose(update, expected, atol=1e-5)
