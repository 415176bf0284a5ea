"""newsfuse: read many news reports of one story as one.

    >>> import newsfuse
    >>> b = newsfuse.brief(["story/"], words=250)
    >>> print(b.to_json())

The names below load on first use, so that the command line can set up its signal handling
before numpy and the readers are imported (a Ctrl-C during that second would otherwise
print a traceback).
"""

from importlib import import_module

__version__ = "0.1.0"
__all__ = ["brief", "brief_articles", "Brief", "Article", "Cluster", "InputError", "NewsfuseError"]

_WHERE = {
    "brief": "pipeline", "brief_articles": "pipeline",
    "Brief": "model", "Article": "model", "Cluster": "model",
    "InputError": "errors", "NewsfuseError": "errors",
}


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newsfuse' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
