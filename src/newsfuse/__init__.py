"""newsfuse: read many news reports of one story as one.

    >>> import newsfuse
    >>> b = newsfuse.brief(["story/"], words=250)
    >>> print(b.to_json())
"""

from .errors import InputError, NewsfuseError
from .model import Article, Brief, Cluster
from .pipeline import brief, brief_articles

__version__ = "0.1.0"
__all__ = ["brief", "brief_articles", "Brief", "Article", "Cluster", "InputError", "NewsfuseError"]
