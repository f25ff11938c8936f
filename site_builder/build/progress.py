"""Progress for long steps: one line that updates in a terminal, plain lines elsewhere.

``Status(echo)`` wraps the plain ``progress`` callback the build already takes. Lasting
messages go through ``status(message)``; what a step is doing and how far it is goes through
``status.update(message)``: in a terminal it rewrites one line on stderr; when output goes to
a file or CI (no TTY, or ``CI`` set) it prints a plain line at most every ``interval`` seconds
(always the first and the last), so a log shows the step is alive without flooding.
"""
from __future__ import annotations

import os
import shutil
import sys
import time


def _is_terminal(stream) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("CI")


class Status:
    def __init__(self, echo=print, stream=None, interval: float = 2.0,
                 terminal: bool | None = None):
        self.echo = echo
        self.stream = stream or sys.stderr
        self.terminal = _is_terminal(self.stream) if terminal is None else terminal
        self.interval = interval
        self._shown = False            # a transient line is on screen (terminal)
        self._last = 0.0

    def __call__(self, message: str) -> None:
        self._clear()
        self.echo(message)

    def update(self, message: str, final: bool = False) -> None:
        now = time.monotonic()
        if self.terminal:
            width = shutil.get_terminal_size((100, 20)).columns - 1
            self.stream.write("\r\033[K" + message[:width])
            self.stream.flush()
            self._shown = True
        elif final or now - self._last >= self.interval:
            self.echo(message)
            self._last = now

    def count(self, label: str, done: int, total: int, detail: str = "") -> None:
        """``label: done/total (pct %) detail``; the last count is always shown."""
        pct = 100 * done // total if total else 100
        self.update(f"{label}: {done}/{total} ({pct} %){' ' + detail if detail else ''}",
                    final=done == total)

    def _clear(self) -> None:
        if self.terminal and self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._shown = False


def as_status(progress) -> Status:
    return progress if isinstance(progress, Status) else Status(progress)
