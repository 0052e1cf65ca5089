"""Credits, sources and denials in energy and utilities copy (audit a59b): power, gas and water companies and grid
operators, regulators fining them or ordering checks, outages, leaks and price rises, consumer groups and the firms'
rebuttals, ministers of energy and trade bodies; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("company", ["Kestrel Nuclear", "Northline Gas", "Varn Hydro", "Sunfield Solar",
                                     "Gridline Transmission"])
def test_a_company_named_with_its_fuel_or_its_grid_is_the_body_a_nameless_spokeswoman_speaks_for(company):
    profile = profile_of((f"{company} said the reactor had been shut down safely as planned.", CLAIM,
                          {"source": [company], "cue": ["said"]}),
                         ("A spokeswoman denied reports that workers had raised concerns in 2022.", DENIAL,
                          {"source": ["A spokeswoman"], "cue": ["denied"]}))
    assert profile["credits"] == [company.lower(), f"{company.lower()} spokesperson"]
