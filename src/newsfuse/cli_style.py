"""Help text in the style of git, pip and ruff, for every command the CLI registers.

Typer prints a Python type beside each argument (``PATHS... <list[str]>``) and braces in the
usage line (``{paths}...``). ``NewsfuseTyper`` gives every command registered with
``@app.command()`` a command class that prints argument names in upper case
(``PATH...``, ``[FILE]``) and nothing else; options show their ``metavar`` (set one in upper
case on every option that takes a value). Commands added later get this without doing
anything. Both classes also read plain values without pydantic (``cli_values.QuickValues``).
"""

from __future__ import annotations

import typer
from typer.core import TyperCommand, TyperGroup

from .cli_values import QuickValues


def argument_label(param) -> str:
    """``PATH...`` for a required list, ``[FILE]`` for an optional one, upper case."""
    name = (param.metavar or param.name or "ARG").upper()
    if param.nargs != 1 and not name.endswith("..."):
        name += "..."
    return name


class PlainCommand(QuickValues, TyperCommand):
    def collect_usage_pieces(self, ctx) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                label = argument_label(param)
                pieces.append(label if param.required else f"[{label}]")
        return pieces

    def get_short_help_str(self, limit: int = 45) -> str:
        """The first sentence whole in 'newsfuse -h', wrapped like the options' help: cut at
        the terminal's width it ended in '...' for eight of nine commands ("Brief one story: a
        cited summary and what the sources..."), leaving a new user to guess the rest."""
        return super().get_short_help_str(limit=max(limit, 1000))

    def format_options(self, ctx, formatter) -> None:
        args, opts = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                args.append((argument_label(param), record[1]))
            else:
                opts.append(record)
        if args:
            with formatter.section("Arguments"):
                formatter.write_dl(args)
        if opts:
            with formatter.section("Options"):
                formatter.write_dl(opts)


class PlainGroup(QuickValues, TyperGroup):
    """The app's own options (``--version``) read like the commands' (see ``cli_values``)."""


class NewsfuseTyper(typer.Typer):
    """A Typer app whose commands use ``PlainCommand`` unless they name another class, and
    whose top level is a ``PlainGroup``."""

    def __init__(self, *args, cls=None, **kwargs):
        super().__init__(*args, cls=cls or PlainGroup, **kwargs)

    def command(self, *args, cls=None, **kwargs):
        return super().command(*args, cls=cls or PlainCommand, **kwargs)
