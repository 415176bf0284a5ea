"""Command-line values the plain way: text stays text, digits become a number.

Typer 0.29 turns every parameter's value into its annotated type through a pydantic
``TypeAdapter``, built per parameter on each run. For a brief that is pydantic's validation
stack and one schema build per option (``brief`` has thirteen): about 0.1 s of a cold
brief's CPU (README, "Speed and memory"), spent before any article is read, to turn "text"
into "text" and "250" into 250.

``quick_values(command)`` gives each parameter of a command a coercion that handles the
values whose result is not in doubt and hands everything else to Typer's own, built on
first need: a string for a ``str``, up to 18 ASCII digits for an ``int``, a non-empty
string for a plain ``Path`` (then Typer's own path checks), strings for a ``List[str]``,
and a missing value. The results are those Typer gives (``tests/test_cli_values.py``
compares them on every parameter of every command); error messages always come from
Typer, since every value it could reject goes to it. If Typer's internals are not the ones
this was written for, commands keep Typer's coercion.
"""

from __future__ import annotations

import typing
from pathlib import Path

_ASK_TYPER = object()


class QuickValue:
    """The coercion of one parameter; Typer's ``RuntimeParam`` interface (``coerce``)."""

    def __init__(self, param) -> None:
        # Typer 0.29's own builder and path checks (both modules are loaded with typer.main);
        # an ImportError or AttributeError here leaves the parameter to Typer (quick_value)
        from typer._coercion import build_runtime_param
        from typer._param_types import coerce_cli_path

        self._build, self._check_path = build_runtime_param, coerce_cli_path
        self.param = param
        descriptor = param.type_descriptor
        info = descriptor.parameter_info
        annotation = descriptor.annotation
        plain = (info.parser is None and not descriptor.is_choice and not descriptor.is_file
                 and not descriptor.is_ranged)
        self.kind = None
        if plain and annotation is str:
            self.kind = "str"
        elif plain and annotation is int:
            self.kind = "int"
        elif plain and annotation is Path and (info.path_type in (None, Path)):
            self.kind = "path"
        elif plain and typing.get_origin(annotation) is list and typing.get_args(annotation) == (str,):
            self.kind = "strings"
        self._typer = None

    def typer_coercion(self):
        """Typer's own coercion for this parameter (imports pydantic on first use)."""
        if self._typer is None:
            self._typer = self._build(self.param.type_descriptor)
        return self._typer

    def coerce(self, value, param, ctx):
        quick = self.quick(value, param, ctx)
        if quick is _ASK_TYPER:
            return self.typer_coercion().coerce(value, param=param, ctx=ctx)
        return quick

    def quick(self, value, param, ctx):
        if value is None:  # what Typer's RuntimeParam.coerce returns for a missing value
            return () if param.multiple or param.nargs == -1 else None
        if self.kind == "str" and isinstance(value, str):
            return value
        if self.kind == "int":
            if type(value) is int:
                return value
            # past 18 digits Typer answers, as it does past the interpreter's digit limit
            if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 18:
                return int(value)
        if self.kind == "path" and isinstance(value, str) and value:
            # what Typer's path adapter does, minus the adapter: str -> Path, then its checks
            return self._check_path(Path(value), self.param.type_descriptor.parameter_info,
                                    path_type=Path, param=param, ctx=ctx)
        if self.kind == "strings" and isinstance(value, (list, tuple)) \
                and all(isinstance(v, str) for v in value):
            return list(value)
        return _ASK_TYPER


def quick_value(param):
    """Give a Typer parameter a ``QuickValue`` coercion (others are left as they are)."""
    if hasattr(param, "type_descriptor") and getattr(param, "_runtime_param", False) is None:
        try:
            quick = QuickValue(param)
        except (AttributeError, ImportError):  # not Typer 0.29's internals: Typer's own coercion
            return param
        param._runtime_param = quick
    return param


def quick_values(command) -> None:
    """Give every Typer parameter of ``command`` a ``QuickValue`` coercion."""
    for param in getattr(command, "params", ()):
        quick_value(param)


class QuickValues:
    """Mixed into a Typer command or group class: its parameters, and ``--help`` when it is
    made (on demand), get ``QuickValue`` coercions."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        quick_values(self)

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        return option if option is None else quick_value(option)
