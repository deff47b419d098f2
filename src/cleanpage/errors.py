"""The errors cleanpage raises. Catch `CleanError` to catch them all."""


class CleanError(Exception):
    """Base class of every error cleanpage raises on purpose."""


class InputError(CleanError):
    """The input cannot be read or decoded into a page."""


class InputTooLarge(InputError):
    """The input is larger than the configured limit."""


class ModelError(CleanError):
    """A model file is missing, unsafe, or incompatible."""


class UnsafeModel(ModelError):
    """A model file that could only be loaded by running code from it."""


class CleanTimeout(CleanError):
    """Cleaning one page took longer than the configured time limit."""


class OptionError(CleanError, ValueError):
    """An option or argument is out of range (also a ValueError, as Python code expects)."""
