"""The accuracy gate: no figure on the gold sets may fall below its pinned floor.

Runs benchmarks/accuracy.py --check (about two minutes) when ../shared/gold is
present; without it there is nothing to measure, and the test says so.
"""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"

pytestmark = pytest.mark.slow


@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold is not present")
def test_no_figure_below_its_floor(tmp_path):
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "accuracy.py"), "--check",
                          "--output", str(tmp_path / "accuracy.md")],
                         capture_output=True, text=True, timeout=1200)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
