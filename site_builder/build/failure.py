"""Why a build stopped: a failure (the previous site stays) or an interruption (a signal)."""
from __future__ import annotations

from ..data.errors import Problems


class BuildFailed(Exception):
    def __init__(self, message: str, problems: Problems | None = None, files: int = 0):
        super().__init__(message)
        self.problems = problems
        self.files = files


class BuildInterrupted(BaseException):
    """SIGTERM or SIGINT during a build; like KeyboardInterrupt it passes ``except Exception``,
    so only the clean-up in ``finally`` runs."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum
