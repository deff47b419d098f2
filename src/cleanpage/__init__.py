"""cleanpage: clean article text out of scraped web pages, without boilerplate or SEO filler."""

from __future__ import annotations

import logging
from functools import cache

__version__ = "0.1.0"

from .cleaner import Cleaner, Options, default_model  # noqa: E402
from .errors import CleanError, CleanTimeout, InputError, InputTooLarge, ModelError, OptionError  # noqa: E402
from .records import Block, Paragraph, Result  # noqa: E402

__all__ = [
    "Block",
    "CleanError",
    "CleanTimeout",
    "Cleaner",
    "InputError",
    "InputTooLarge",
    "ModelError",
    "OptionError",
    "Options",
    "Paragraph",
    "Result",
    "arrow_schema",
    "clean",
    "default_model",
    "to_frame",
    "__version__",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def to_frame(results, *, paragraphs: bool = False):
    """A pandas DataFrame of results, a row per page or per paragraph (see `output.to_frame`)."""
    from .output import to_frame as frame

    return frame(results, paragraphs=paragraphs)


def arrow_schema(*, dropped: bool = True):
    """The Arrow schema every `Result.to_dict()` matches (needs pyarrow: `pip install 'cleanpage[parquet]'`).
    `dropped=False` leaves out the `dropped` counts (an Arrow map, which HuggingFace datasets
    cannot hold; they can be counted from `paragraphs`)."""
    from .output import arrow_schema as schema
    from .output import parquet_schema

    return schema() if dropped else parquet_schema()


def clean(markup: str | bytes, url: str | None = None) -> Result:
    """Clean one page (HTML or plain text, str or bytes) with the default model."""
    return _default_cleaner().clean(markup, url)


@cache
def _default_cleaner() -> Cleaner:
    return Cleaner()
