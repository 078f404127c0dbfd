"""Every error the library raises on purpose. Messages name the fix."""


class TimelineError(Exception):
    """Base class for errors the CLI turns into a message and an exit code."""


class EvaluationError(TimelineError):
    """A prediction or reference timeline could not be read for scoring."""
