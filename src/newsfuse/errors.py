"""Errors a user can act on.

Library code raises these; the CLI and the HTTP service turn them into one line (or one
JSON error body) that names the input and the reason, never a traceback.
"""


class NewsfuseError(Exception):
    """Base class: the message is complete and meant for the user."""


class InputError(NewsfuseError):
    """An input cannot be read as articles. ``source`` names it (a path, '-' or a record id)."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")

    @property
    def skipped_line(self) -> str:
        """The line that says this input was left out and the rest read (a file of a folder, an
        item of a feed): one form wherever inputs are skipped, since ``corpus.ingest`` reads the
        source and the reason back out of it at ": skipped, "."""
        return f"{self.source}: skipped, {self.reason}"


class UsageError(InputError):
    """A value given for an option or parameter is not one the call takes (a wrong choice, a
    length under the least, an --out that names a folder). The command line exits 2 for it
    wherever it is found, as for the usage errors click finds itself, so a script can tell a
    call to fix from input that could not be read (1); the Python API and the HTTP API see
    an ``InputError`` like any other."""


def check_choice(option: str, value: str, choices, what: str) -> str:
    """``value`` when it is one of ``choices``, else the one-line refusal every face shows, with
    ``option`` the name the caller's face gives the value: "--scorer: 'magic' is not a summary
    scorer; use learned or heuristic" on the command line, "scorer: ..." for the Python API's
    keyword and the HTTP API's JSON key."""
    if value not in choices:
        listed = " or ".join(choices) if len(choices) == 2 else f"one of {', '.join(choices)}"
        raise UsageError(option, f"{value!r} is not {what}; use {listed}")
    return value


def kind_of(value: object) -> str:
    """What a Python value is, as a sentence says it ("cannot read an int", not "a int")."""
    if value is None:
        return "None"
    name = type(value).__name__
    if name in ("bytes", "bytearray"):
        return name
    return f"{'an' if name[0] in 'aeiou' else 'a'} {name}"


class MissingExtraError(NewsfuseError):
    """An optional feature needs packages that are not installed; the message says which."""

    def __init__(self, feature: str, extra: str):
        super().__init__(
            f"{feature} needs the '{extra}' extra: pip install 'newsfuse[{extra}]'"
        )
