from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
DATA = Path(__file__).parent.parent / "data"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (DATA / "seed-spam-page.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def article_html() -> str:
    return (FIXTURES / "article.html").read_text(encoding="utf-8")
