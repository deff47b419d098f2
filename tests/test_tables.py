"""Tables of an article's body: rows in `.text`, a markdown table in `.markdown`, no cell lost."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleanpage
from cleanpage.parse import parse_html, table_runs
from cleanpage.records import Paragraph, Result

TABLE_PAGE = (Path(__file__).resolve().parent / "fixtures" / "table.html").read_text()


def test_a_two_by_three_table_loses_no_cell():
    result = cleanpage.clean(TABLE_PAGE)
    assert "Year | Visitors | Revenue\n2018 | 9,870 | $3.9m\n2019 | 11,002 | $4.2m" in result.text
    assert (
        "| Year | Visitors | Revenue |\n| --- | --- | --- |\n| 2018 | 9,870 | $3.9m |\n| 2019 | 11,002 | $4.2m |"
        in result.markdown
    )
    cells = [p for p in result.paragraphs if p.table is not None]
    assert len(cells) == 9 and all(p.kept for p in cells)
    assert {(p.table, p.row) for p in cells} == {(0, 0), (0, 1), (0, 2)}
    assert "Related" not in result.text and "Ferry line opens" not in result.text


def test_the_cells_of_a_table_are_decided_together():
    result = cleanpage.Cleaner().clean(TABLE_PAGE)
    cells = [p for p in result.paragraphs if p.table is not None]
    assert len({round(p.score, 6) for p in cells}) == 1  # one pooled score for the table
    assert {p.reason for p in cells} <= {"content", "table_pooled"}


def test_layout_tables_are_not_data_tables():
    long = "The council met on Tuesday to talk about the harbour, the ferry and the market hall again. " * 3
    html = (
        f"<table><tr><td><p>{long}</p></td><td>Menu</td></tr></table>"  # a paragraph inside: layout
        f"<table><tr><td>{long}</td><td>Home</td></tr><tr><td>a</td><td>b</td></tr></table>"  # a long cell: layout
        "<table><tr><td>one</td><td>two</td></tr></table>"  # one row: not a table of data
        "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"
    )
    blocks, _ = parse_html(html)
    numbered = [(b.text[:4], b.table, b.row) for b in blocks if b.table != -1]
    assert numbered == [("a", 0, 0), ("b", 0, 0), ("c", 0, 1), ("d", 0, 1)]
    assert [list(r) for r in table_runs(blocks)] == [[len(blocks) - 4, len(blocks) - 3, len(blocks) - 2, len(blocks) - 1]]


def test_a_nested_table_is_its_own_table():
    html = (
        "<table><tr><td>x</td><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td></tr>"
        "<tr><td>y</td><td>z</td></tr></table>"
    )
    blocks, _ = parse_html(html)
    inner = [b for b in blocks if b.text in "abcd"]
    assert [(b.table, b.row) for b in inner] == [(0, 0), (0, 0), (0, 1), (0, 1)]
    assert all(b.table == -1 for b in blocks if b.text in "xyz")  # the outer table holds a table: layout


def _cell(text, table, row, kept=True):
    return Paragraph(text=text, label="content", score=0.9, kept=kept, tag="td", table=table, row=row)


def test_output_groups_rows_and_pads_short_ones():
    para = Paragraph(text="Before.", label="content", score=0.9, kept=True)
    result = Result(
        paragraphs=(
            para,
            _cell("A", 0, 0),
            _cell("B", 0, 0),
            _cell("a|1", 0, 1),
            _cell("gone", 0, 1, kept=False),
            _cell("X", 1, 2),
            _cell("Y", 1, 3),
            para,
        )
    )
    assert result.text == "Before.\n\nA | B\na|1\n\nX\nY\n\nBefore."
    assert result.markdown == "Before.\n\n| A | B |\n| --- | --- |\n| a\\|1 |  |\n\n| X |\n| --- |\n| Y |\n\nBefore."


def test_table_fields_are_in_the_record_and_the_arrow_schema():
    pa = pytest.importorskip("pyarrow")
    record = cleanpage.clean(TABLE_PAGE).to_dict()
    assert {"table", "row"} <= set(record["paragraphs"][0])
    assert pa.Table.from_pylist([record], schema=cleanpage.arrow_schema()).num_rows == 1


def test_a_table_of_links_is_a_menu_not_data():
    cells = "".join(
        f'<tr><td><a href="/{i}">Story number {i}</a></td><td><a href="/b{i}">More {i}</a></td></tr>' for i in range(4)
    )
    menu, _ = parse_html(f"<table>{cells}</table>")
    assert all(b.table == -1 for b in menu)
    mixed = (
        "<tr><th>Team</th><th>Points</th></tr>"
        + '<tr><td><a href="/a">Ajax</a></td><td>12</td></tr><tr><td>PSV</td><td>9</td></tr>'
    )
    data, _ = parse_html(f"<table>{mixed}</table>")
    assert all(b.table == 0 for b in data)  # a link in a cell or two is still a data table


def test_tables_can_be_left_out():
    result = cleanpage.Cleaner(options=cleanpage.Options(include_tables=False)).clean(TABLE_PAGE)
    cells = [p for p in result.paragraphs if p.table is not None]
    assert cells and not any(p.kept for p in cells) and {p.reason for p in cells} == {"tables_excluded"}
    assert "11,002" not in result.text and "The harbour authority published" in result.text
    import subprocess
    import sys

    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "cleanpage",
            str(Path(__file__).parent / "fixtures" / "table.html"),
            "--no-tables",
            "--format",
            "txt",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "11,002" not in out and "The harbour authority published" in out


def test_a_cell_split_by_blank_lines_is_page_layout():
    """An old site's news cell, its paragraphs split by `<br><br>`, is not a table of data, and
    neither is anything else in its table (the menu cell, the footer row)."""
    html = (
        "<table><tr><td>Home<br>News<br>Contact</td><td>First paragraph of the news.<br><br>Second paragraph."
        "<br><br>Third paragraph.</td></tr><tr><td>a</td><td>b</td></tr></table>"
        "<table><tr><td>x<br>y</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"  # one line break: still data
    )
    blocks, _ = parse_html(html)
    assert [b.table for b in blocks] == [-1] * 6 + [0] * 4
