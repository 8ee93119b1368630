"""The built wheel holds every sub-package and data file, under the rightsgraph namespace only."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIRS = {"ontology": "rightsgraph/ontology", "loaders": "rightsgraph/loaders",
               "queries": "rightsgraph/queries", "graph": "rightsgraph/graph"}
DATA_SUFFIXES = {".ttl", ".rq", ".tsv", ".json", ".txt", ".js", ".css"}


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    (wheel,) = out.glob("rightsgraph-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _expected_files(suffixes):
    for src, dest in SOURCE_DIRS.items():
        for path in (ROOT / src).rglob("*"):
            if "__pycache__" in path.parts or not path.is_file():
                continue
            if path.suffix in suffixes:
                yield f"{dest}/{path.relative_to(ROOT / src).as_posix()}"


def test_every_module_is_in_the_wheel(wheel_names):
    missing = sorted(set(_expected_files({".py"})) - wheel_names)
    assert not missing, f"modules missing from the wheel (add the package to pyproject.toml): {missing}"


def test_every_data_file_is_in_the_wheel(wheel_names):
    missing = sorted(set(_expected_files(DATA_SUFFIXES)) - wheel_names)
    assert not missing, f"data files missing from the wheel: {missing}"


def test_nothing_generic_lands_in_site_packages(wheel_names):
    tops = {name.split("/")[0] for name in wheel_names}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"rightsgraph"}
    assert "rightsgraph/__init__.py" not in wheel_names  # a namespace package


def test_console_script_is_declared(wheel_names):
    entry = next(n for n in wheel_names if n.endswith("entry_points.txt"))
    assert entry
