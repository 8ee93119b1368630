"""Shared fixtures: paths to the shared data, and running the real CLI in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RIGHTSGRAPH_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"


def run_cli(*args, stdin=None, env=None, timeout=300, cwd=None):
    """Run ``rightsgraph ARGS`` as a user would; returns the CompletedProcess."""
    full_env = dict(os.environ)
    full_env.pop("RIGHTSGRAPH_STORE", None)
    if env:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "rightsgraph.graph.cli", *map(str, args)],
        input=stdin, capture_output=True, env=full_env, timeout=timeout, cwd=cwd,
        text=not isinstance(stdin, bytes))


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def seeds():
    if not SEEDS.is_dir():
        pytest.fail(f"the shared seeds are missing: expected {SEEDS} (clone with ../shared beside it)")
    return SEEDS
