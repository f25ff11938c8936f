"""Interrupted builds leave nothing behind (issue 15 item 5, issue 16): SIGTERM and SIGINT
remove the staging folder; a folder that a killed build left is removed by the next build."""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from site_builder.build.site import remove_stale_folders, stale_folders
from tests.conftest import ROOT


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_stale_folders_of_finished_builds_go_and_running_ones_stay(tmp_path):
    dead = _dead_pid()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        for name in (f".site-staging-{dead}", f".site.oud-{dead}", f".uit.nieuw-{dead}",
                     f".site-staging-{sleeper.pid}", "site", ".site-staging-x", ".git"):
            (tmp_path / name).mkdir()
            (tmp_path / name / "page.html").write_text("x")
        found = {p.name for p in stale_folders(tmp_path)}
        assert found == {f".site-staging-{dead}", f".site.oud-{dead}", f".uit.nieuw-{dead}"}
        remove_stale_folders(tmp_path, wait=True)
        left = {p.name for p in tmp_path.iterdir()}
        assert left == {f".site-staging-{sleeper.pid}", "site", ".site-staging-x", ".git"}
    finally:
        sleeper.kill()
        sleeper.wait()


@pytest.fixture
def small_repo(minimal) -> Path:
    """The minimal data with what a build needs besides data (theme, translations)."""
    for name in ("mkdocs.yml", "vragen.yaml"):
        shutil.copy(ROOT / name, minimal / name)
    for name in ("overrides", "translations"):
        shutil.copytree(ROOT / name, minimal / name)
    (minimal / "node_modules").symlink_to(ROOT / "node_modules")
    return minimal


def _build(repo: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "site_builder.cli", "build"], cwd=repo,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _wait_for_staging(repo: Path, process: subprocess.Popen) -> Path:
    """The staging folder once the variants are being written into it."""
    staging = repo / f".site-staging-{process.pid}"
    deadline = time.time() + 300
    while time.time() < deadline and process.poll() is None:
        if (staging / "work" / "docs").exists():
            return staging
        time.sleep(0.05)
    raise AssertionError("the build never reached its staging folder")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_interrupted_build_removes_its_staging_folder_and_keeps_the_site(small_repo, signum):
    first = _build(small_repo)
    assert first.wait(timeout=600) == 0, first.stdout.read()
    index = small_repo / "site" / "index.html"
    before = index.read_bytes()
    (small_repo / "regelingen").joinpath("landelijk").mkdir(exist_ok=True)
    process = _build(small_repo)
    staging = _wait_for_staging(small_repo, process)
    process.send_signal(signum)
    output, _ = process.communicate(timeout=120)
    assert process.returncode == 130, output
    assert "Bouwen afgebroken" in output and "Traceback" not in output
    assert not staging.exists()
    assert not [p.name for p in small_repo.iterdir() if p.name.startswith(".site")]
    assert index.read_bytes() == before                 # the previous site is untouched


def test_next_build_removes_what_a_killed_build_left(small_repo):
    process = _build(small_repo)
    staging = _wait_for_staging(small_repo, process)
    process.kill()                                      # SIGKILL: no clean-up possible
    process.wait()
    assert staging.exists()
    again = _build(small_repo)
    output, _ = again.communicate(timeout=600)
    assert again.returncode == 0, output
    assert f"Achtergebleven map van een afgebroken bouw verwijderd: {staging.name}" in output
    deadline = time.time() + 120                        # removed by a background process
    while staging.exists() and time.time() < deadline:
        time.sleep(0.2)
    assert not staging.exists()
