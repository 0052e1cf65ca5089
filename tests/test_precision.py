"""precision='int8' really runs dynamically quantised linear layers, on a copy of the model."""

import numpy as np
import torch

import framing
from framing.engine import Engine

SENTENCES = ["The ministry said on Tuesday that the rules would change.", "Officials denied the report.",
             "It is a disgrace.", "Prices rose 3.5 percent in March."]


def linear_layers(model, kind):
    return [name for name, module in model.named_modules() if type(module) is kind]


def test_int8_quantises_every_linear_layer_of_a_copy(tiny, tiny_dir):
    from torch.ao.nn.quantized.dynamic import Linear as DynamicLinear

    floats = linear_layers(tiny.model, torch.nn.Linear)
    assert floats and any(name.startswith("encoder.") for name in floats)
    int8 = framing.load(tiny_dir, device="cpu", precision="int8")
    assert int8.engine.quantized
    assert linear_layers(int8.model, torch.nn.Linear) == []  # no float linear layer is left
    assert linear_layers(int8.model, DynamicLinear) == floats
    assert all(int8.model.get_submodule(name).weight().dtype == torch.qint8 for name in floats)
    # built from a loaded model, the engine quantises a copy: the float model keeps serving fp32
    engine = Engine(tiny.model, tiny.tokenizer, device="cpu", precision="int8")
    assert engine.model is not tiny.model and linear_layers(engine.model, torch.nn.Linear) == []
    assert linear_layers(tiny.model, torch.nn.Linear) == floats
    # quantised weights give scores near the float model's, not the same ones
    p32, p8 = tiny.predict_proba(SENTENCES), int8.predict_proba(SENTENCES)
    np.testing.assert_allclose(p8, p32, atol=0.05)
    assert not np.array_equal(p8, p32)
