"""The cattrs converter applies the same rules as the functions."""

from __future__ import annotations

import subprocess
import sys

import pendulum
import pytest
from hypothesis import HealthCheck, given, settings

from bulletinkit import Bulletin, DateRange, PartialDate, ValidationError, codec, to_dict
from tests import strategies


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bulletin=strategies.bulletins())
def test_converter_round_trip(bulletin: Bulletin) -> None:
    document = codec.converter.unstructure(bulletin)
    assert document == to_dict(bulletin)
    assert codec.converter.structure(document, Bulletin) == bulletin
    assert codec.converter.structure([document], list[Bulletin]) == [bulletin]


def test_converter_is_strict() -> None:
    with pytest.raises(ValidationError) as caught:
        codec.converter.structure({"schema_version": "1.0", "title": 1, "date": "x"}, Bulletin)
    assert [i.location for i in caught.value.issues] == ["/title", "/date"]


def test_converter_reads_date_strings() -> None:
    converter = codec.converter
    assert converter.structure("2021-11-19", pendulum.Date) == pendulum.date(2021, 11, 19)
    assert converter.structure("2020-09~", PartialDate) == PartialDate.parse("2020-09~")
    assert converter.structure("2020/2021", DateRange) == DateRange.parse("2020/2021")
    assert converter.unstructure(PartialDate.parse("2020")) == "2020"
    with pytest.raises(ValidationError, match="EDTF"):
        converter.structure("2021-02-30", PartialDate)


def test_import_stays_light() -> None:
    code = (
        "import sys, bulletinkit; bulletinkit.from_json(bulletinkit.to_json("
        "bulletinkit.Series(name='x')), bulletinkit.Series);"
        "print(sorted({'jsonschema', 'cattrs', 'hypothesis'} & set(sys.modules)))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "[]"
