"""Why each block was kept or dropped: the decisions of one page at every threshold, and a
self-contained HTML report of them (`python -m cleanpage explain PAGE -o report.html`).

The report's threshold slider does not re-implement the cleaner in JavaScript: the cleaner
decides the page at every step of `STEPS` here (list pooling, the content envelope and the
story frame included), and the page only looks the decisions up.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from dataclasses import dataclass

from .cleaner import Cleaner
from .records import Result

STEPS = tuple(i / 100 for i in range(101))  # the thresholds the report can show, 0.00 to 1.00


@dataclass(frozen=True)
class Explanation:
    """One page's blocks and how the cleaner decides them at each threshold of `STEPS`."""

    result: Result  # the cleaner's output at its own threshold
    threshold: float
    labels: tuple[str, ...]
    decisions: tuple[str, ...]  # per step, one character per block: the index of its label in `labels`
    reasons: tuple[dict[int, str], ...]  # per step, the blocks a rule rather than the trees decided
    kinds: tuple[str | None, ...]  # each block's filler family, were it filler
    model: str  # where the model came from

    def kept_at(self, threshold: float) -> list[bool]:
        """Which blocks the cleaner keeps at `threshold` (rounded to a step)."""
        content = str(self.labels.index("content"))
        return [c == content for c in self.decisions[_step(threshold)]]


def _step(threshold: float) -> int:
    return min(len(STEPS) - 1, max(0, round(threshold * (len(STEPS) - 1))))


def explain(
    markup: str | bytes, url: str | None = None, *, cleaner: Cleaner | None = None, source: str | None = None
) -> Explanation:
    """Decide one page at every threshold step. Raises `CleanError` like `Cleaner.clean`."""
    cleaner = cleaner or Cleaner()
    with cleaner.guarded(source):
        page = cleaner.read(markup, url, source)
        scores = cleaner.block_scores(page.blocks, page.signals, page.title)
        result = cleaner.result(page, cleaner.decide(scores, page.blocks, page.title), url, source)
        labels = tuple(cleaner.model.labels)
        decisions, reasons = [], []
        for t in STEPS:
            paragraphs = cleaner.decide(scores, page.blocks, page.title, t)
            decisions.append("".join(str(labels.index(p.label)) for p in paragraphs))
            reasons.append({i: p.reason for i, p in enumerate(paragraphs) if p.reason and p.reason not in labels})
        kinds = tuple(cleaner.model.predict_kinds(scores.X))
    return Explanation(result, cleaner.threshold, labels, tuple(decisions), tuple(reasons), kinds, cleaner.model_name)


def render_html(ex: Explanation) -> str:
    """The report: one self-contained HTML page (inline style and script, no network)."""
    r = ex.result
    blocks = []
    for i, p in enumerate(r.paragraphs):
        kind = ex.kinds[i] or ""
        blocks.append(
            f'<li class="block" tabindex="0" data-index="{i}" data-label="{_attr(p.label)}" '
            f'data-score="{p.score:.4f}" data-kept="{str(p.kept).lower()}" data-kind="{_attr(kind)}" '
            f'data-reason="{_attr(p.reason or "")}">'
            f'<div class="meta"><span class="idx">#{i}</span><span class="tag">{_attr(p.tag)}</span>'
            f'<span class="label">{html.escape(p.label)}</span><span class="kind">{html.escape(kind) if p.label == "seo_filler" else ""}</span>'
            f'<span class="reason">{html.escape(_reason_text(p.reason, ex.labels))}</span>'
            f'<span class="bar" title="P(content) = {p.score:.3f}"><span style="width:{100 * p.score:.1f}%"></span></span>'
            f'<span class="score">{p.score:.3f}</span></div>'
            f'<p class="text">{html.escape(p.text)}</p></li>'
        )
    counts = Counter(p.label for p in r.paragraphs)
    facts = [
        ("title", r.title),
        ("author", r.author),
        ("date", r.date),
        ("site", r.sitename),
        ("url", r.url),
        ("source", r.source),
        ("model", ex.model),
    ]
    data = {
        "labels": ex.labels,
        "decisions": ex.decisions,
        "default": ex.threshold,
        "steps": len(STEPS) - 1,
        "reasons": [{str(i): why for i, why in step.items()} for step in ex.reasons],
        "kinds": ex.kinds,
        "cells": [None if p.table is None else [p.table, p.row] for p in r.paragraphs],
        "texts": [p.text for p in r.paragraphs],
    }
    return _PAGE.format(
        title=html.escape(r.title or r.source or "page"),
        facts="".join(f"<dt>{k}</dt><dd>{html.escape(str(v))}</dd>" for k, v in facts if v),
        warnings="".join(f"<li>{html.escape(w)}</li>" for w in r.warnings),
        counts=" · ".join(
            f'<span data-count="{_attr(label)}">{counts.get(label, 0)}</span> {html.escape(label)}' for label in ex.labels
        ),
        n_blocks=len(r.paragraphs),
        n_kept=len(r.kept),
        threshold=f"{ex.threshold:.2f}",
        blocks="\n".join(blocks),
        article=html.escape(r.text),
        data=json.dumps(data, ensure_ascii=False).replace("</", "<\\/"),
        style=_STYLE,
        script=_SCRIPT,
    )


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _reason_text(reason: str | None, labels: tuple[str, ...]) -> str:
    return "" if not reason or reason in labels else reason.replace("_", " ")


_STYLE = """
:root { --content: #1a7f37; --boilerplate: #6e7781; --seo_filler: #cf222e; --bg: #fff; --fg: #1f2328; --muted: #59636e; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
header { position: sticky; top: 0; z-index: 1; background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: .6rem 1.2rem; }
h1 { font-size: 1.15rem; margin: 0 0 .3rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0 .8rem; margin: 0 0 .4rem; font-size: .85rem; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem 1rem; }
.controls label { font-weight: 600; }
input[type=range] { width: min(22rem, 60vw); }
.controls button { font: inherit; padding: .15rem .6rem; border: 1px solid #d0d7de; border-radius: 6px; background: #fff; cursor: pointer; }
.controls button[aria-pressed=true] { background: #ddf4ff; border-color: #54aeff; }
:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.2rem; padding: 1rem 1.2rem; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } }
ol.blocks { list-style: none; margin: 0; padding: 0; }
.block { border-left: 5px solid var(--boilerplate); padding: .35rem .7rem; margin: 0 0 .45rem; border-radius: 4px; background: #f6f8fa; }
.block[data-label=content] { border-color: var(--content); background: #dafbe1; }
.block[data-label=seo_filler] { border-color: var(--seo_filler); background: #ffebe9; }
.block[data-kept=false] .text { color: var(--muted); }
.meta { display: flex; flex-wrap: wrap; align-items: center; gap: .2rem .6rem; font-size: .8rem; color: var(--muted); }
.label { font-weight: 700; color: var(--fg); } .kind { color: var(--seo_filler); } .reason { font-style: italic; }
.bar { display: inline-block; width: 6rem; height: .55rem; background: #d0d7de; border-radius: 3px; overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--content); }
.text { margin: .15rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
body.only-kept .block[data-kept=false], body.only-dropped .block[data-kept=true] { display: none; }
aside h2 { font-size: 1rem; margin: 0 0 .4rem; }
aside .article { position: sticky; top: 9rem; max-height: calc(100vh - 10rem); overflow: auto; white-space: pre-wrap;
  border: 1px solid #d0d7de; border-radius: 6px; padding: .6rem .8rem; background: #fff; }
.warnings { color: #9a6700; font-size: .85rem; margin: .2rem 0; }
"""

_SCRIPT = """
(function () {
  var data = JSON.parse(document.getElementById('decisions').textContent);
  var blocks = Array.prototype.slice.call(document.querySelectorAll('.block'));
  var slider = document.getElementById('threshold');
  var shown = document.getElementById('threshold-value');
  function step(t) { return Math.max(0, Math.min(data.steps, Math.round(t * data.steps))); }
  function apply(t) {
    var s = step(t), row = data.decisions[s], reasons = data.reasons[s], counts = {}, kept = [];
    data.labels.forEach(function (l) { counts[l] = 0; });
    blocks.forEach(function (el, i) {
      var label = data.labels[Number(row.charAt(i))], isKept = label === 'content';
      counts[label] += 1;
      el.dataset.label = label;
      el.dataset.kept = isKept ? 'true' : 'false';
      el.dataset.reason = reasons[i] || '';
      el.querySelector('.label').textContent = label;
      el.querySelector('.kind').textContent = label === 'seo_filler' ? (data.kinds[i] || '') : '';
      el.querySelector('.reason').textContent = (reasons[i] || '').replace(/_/g, ' ');
      if (isKept) { kept.push(i); }
    });
    data.labels.forEach(function (l) {
      var c = document.querySelector('[data-count="' + l + '"]');
      if (c) { c.textContent = counts[l]; }
    });
    document.getElementById('kept-count').textContent = kept.length;
    document.getElementById('article').textContent = articleText(kept);
    shown.textContent = (s / data.steps).toFixed(2);
    slider.value = s / data.steps;
    document.body.dataset.threshold = (s / data.steps).toFixed(2);
  }
  function articleText(kept) {  // as Result.text: a blank line between paragraphs, a table's cells as rows
    var parts = [], prev = null;
    kept.forEach(function (i) {
      var cell = data.cells[i], text = data.texts[i];
      if (cell && prev && prev[0] === cell[0]) {
        parts[parts.length - 1] += (prev[1] === cell[1] ? ' | ' : '\\n') + text;
      } else {
        parts.push(text);
      }
      prev = cell;
    });
    return parts.join('\\n\\n');
  }
  function fromHash() {
    var m = /(?:^#|&)t=([0-9.]+)/.exec(location.hash);
    var t = m ? parseFloat(m[1]) : data.default;
    apply(isNaN(t) ? data.default : t);
  }
  slider.addEventListener('input', function () {
    apply(parseFloat(slider.value));
    history.replaceState(null, '', '#t=' + parseFloat(slider.value).toFixed(2));
  });
  window.addEventListener('hashchange', fromHash);
  document.querySelectorAll('button[data-show]').forEach(function (b) {
    b.addEventListener('click', function () {
      document.body.classList.remove('only-kept', 'only-dropped');
      if (b.dataset.show !== 'all') { document.body.classList.add('only-' + b.dataset.show); }
      document.querySelectorAll('button[data-show]').forEach(function (o) { o.setAttribute('aria-pressed', o === b ? 'true' : 'false'); });
    });
  });
  document.getElementById('reset').addEventListener('click', function () {
    apply(data.default);
    history.replaceState(null, '', location.pathname + location.search);
  });
  fromHash();
})();
"""

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>cleanpage explain: {title}</title>
<style>{style}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<dl class="facts">{facts}</dl>
<ul class="warnings">{warnings}</ul>
<div class="controls">
<label for="threshold">Threshold <output id="threshold-value" for="threshold">{threshold}</output></label>
<input type="range" id="threshold" min="0" max="1" step="0.01" value="{threshold}" aria-describedby="summary">
<button type="button" id="reset">model's threshold</button>
<span id="summary" role="status"><span id="kept-count">{n_kept}</span> of {n_blocks} blocks kept · {counts}</span>
<span role="group" aria-label="show blocks">
<button type="button" data-show="all" aria-pressed="true">all</button>
<button type="button" data-show="kept" aria-pressed="false">kept</button>
<button type="button" data-show="dropped" aria-pressed="false">dropped</button>
</span>
</div>
</header>
<main>
<section aria-label="blocks in page order"><ol class="blocks">
{blocks}
</ol></section>
<aside aria-label="article text"><h2>Article text at this threshold</h2><div class="article" id="article" tabindex="0">{article}</div></aside>
</main>
<script type="application/json" id="decisions">{data}</script>
<script>{script}</script>
</body>
</html>
"""
