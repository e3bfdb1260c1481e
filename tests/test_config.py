"""Configuration: every problem reported at once."""

import pytest

from dateline.config import Config
from dateline.errors import DatelineError


def test_defaults():
    config = Config()
    assert config.db == "dateline.duckdb" and config.batch_size == 32


def test_all_problems_reported_together():
    with pytest.raises(DatelineError) as info:
        Config.from_mapping({"modle": "x", "batch_size": 0, "dictionaries": ["/no/such/file"]})
    text = str(info.value)
    assert "E003" in text
    assert "unknown setting 'modle'" in text
    assert "batch_size" in text
    assert "/no/such/file" in text
