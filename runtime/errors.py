"""The runtime's error hierarchy: one root, one subclass per outcome a caller must tell apart.

Engine (docker SDK) exceptions are translated into these exactly once, in the executor, with
``raise ... from e``; nothing above the runtime ever sees a docker exception.
"""
from __future__ import annotations


class SandboxError(Exception):
    """Root of every error the runtime raises. ``status`` is the outcome word of the run API."""

    status = "error"

    def __init__(self, message: str, *, hint: str = "", exit_code: int = 125):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.exit_code = exit_code


class SpecError(SandboxError):
    """The spec handed to the runtime is malformed (a bug in the caller, or hostile input)."""

    status = "invalid"


class PolicyViolation(SandboxError):
    """Valid docker that the sandbox refuses. Carries every violation found, not just the first."""

    status = "refused"

    def __init__(self, violations: list):
        self.violations = list(violations)
        first = self.violations[0]
        super().__init__(first.message["en"], hint=first.alternative["en"])


class QuotaExceeded(SandboxError):
    """A per-user quota would be exceeded; says which and how to free it."""

    status = "refused"


class DaemonError(SandboxError):
    """The engine answered with an error, worded the way the docker CLI words it."""

    status = "failed"


class NotFound(DaemonError):
    """No such object *for this user* (objects of other users are answered the same way)."""


class EngineUnavailable(SandboxError):
    """The engine cannot be reached (down, restarting, socket missing)."""

    status = "unavailable"
