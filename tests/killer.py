"""A cleaner whose worker dies on one page, as under the OOM killer (used by test_workers)."""

import os
import signal

from cleanpage import Cleaner

KILL = "KILL THIS WORKER"


class KillingCleaner(Cleaner):
    def clean_safely(self, markup, url=None, source=None):
        if markup == KILL:
            os.kill(os.getpid(), signal.SIGKILL)
        return super().clean_safely(markup, url, source)
