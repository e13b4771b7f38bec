"""pytest plugin for `make mutate`: every mutant's test run starts with empty caches.

mutmut forks each mutant's run from a process that has already run the tests once, so a
result cached there (a fixture parsed by a cached loader, a data table) would be served to
the mutant's run and hide the mutant: the footnote and label rules survived that way.
"""

from __future__ import annotations

import functools
import gc

import pytest


def pytest_sessionstart(session: pytest.Session) -> None:
    """Empty every functools cache in the process: the package's and the tests' alike."""
    for cached in gc.get_objects():
        if isinstance(cached, functools._lru_cache_wrapper):
            cached.cache_clear()
