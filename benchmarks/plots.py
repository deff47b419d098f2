"""PNG charts beside the benchmark tables: accuracy per dataset against the peers, time per page,
SEO filler leak per family. Each benchmark draws its own when it writes its report; run this
to redraw them all from the JSON in benchmarks/results/."""

from __future__ import annotations

import json
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
COLOURS = {"cleanpage": "#1a7f37"}  # cleanpage stands out; the peers share a quiet palette


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")  # no screen: files only
    import matplotlib.pyplot as plt

    return plt


def _colour(name: str, i: int) -> str:
    return COLOURS.get(name, ["#8c959f", "#6e7781", "#afb8c1", "#57606a", "#d0d7de", "#424a53"][i % 6])


def _save(plt, fig, ax, out: Path) -> None:
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)


def plot_accuracy(data: dict, out: Path) -> None:
    """Grouped bars: shingle F1 per dataset (and modern, overall) for each extractor."""
    plt = _pyplot()
    scores = data["scores"]
    names = list(scores)
    groups = [g for g in next(iter(scores.values())) if g != "goose3_start"]
    fig, ax = plt.subplots(figsize=(max(8, 1.3 * len(groups)), 5), dpi=110)
    width = 0.8 / len(names)
    for i, name in enumerate(names):
        xs = [g + (i - (len(names) - 1) / 2) * width for g in range(len(groups))]
        ax.bar(xs, [scores[name][g]["f1"] for g in groups], width, label=name, color=_colour(name, i))
    ax.set_xticks(range(len(groups)), [g.replace("-", "-\n", 1) for g in groups], fontsize=8)
    ax.set_ylabel("page shingle F1 (macro)")
    ax.set_ylim(0.2, 1.0)
    ax.set_title("Accuracy on the held-out-site test split")
    ax.legend(fontsize=8, ncol=len(names), loc="upper center", bbox_to_anchor=(0.5, -0.14), frameon=False)
    _save(plt, fig, ax, out)


def plot_speed(data: dict, out: Path) -> None:
    """Time per page of each round, per extractor, with the medians marked."""
    plt = _pyplot()
    runs = data["runs"]
    fig, ax = plt.subplots(figsize=(6, 3.5), dpi=110)
    for i, (name, values) in enumerate(runs.items()):
        ax.scatter([i] * len(values), values, color=_colour(name, i), alpha=0.6)
        ax.hlines(sorted(values)[len(values) // 2], i - 0.25, i + 0.25, color="black")
    ax.set_xticks(range(len(runs)), list(runs))
    ax.set_xlim(-0.6, len(runs) - 0.4)
    ax.set_ylabel("ms per page (each round; bar = median)")
    ax.set_title(f"Speed: cleanpage / trafilatura = {data['ratio']:.2f}")
    _save(plt, fig, ax, out)


def plot_filler(data: dict, out: Path) -> None:
    """Share of each filler family's shingles left in the output (lower is better)."""
    plt = _pyplot()
    families = data["all families"]["families"]
    fig, ax = plt.subplots(figsize=(7, 3.5), dpi=110)
    names = list(families)
    ax.bar(names, [100 * families[f]["leak"] for f in names], color=COLOURS["cleanpage"])
    ax.set_ylabel("filler left in the output (%)")
    ax.set_title("SEO filler leak per family (test split, cleanpage)")
    ax.tick_params(axis="x", labelsize=8, rotation=20)
    _save(plt, fig, ax, out)


PLOTS = {"accuracy": plot_accuracy, "speed": plot_speed, "filler_in_distribution": plot_filler}


def plot(name: str, data: dict | None) -> Path | None:
    """Draw the chart of report `name` as results/NAME.png; None when it has none (or no matplotlib)."""
    if data is None or name not in PLOTS:
        return None
    try:
        PLOTS[name](data, RESULTS / f"{name}.png")
    except ImportError:
        print(f"no chart for {name}: matplotlib is missing (pip install '.[bench]')")
        return None
    return RESULTS / f"{name}.png"


def main() -> None:
    for name in PLOTS:
        path = RESULTS / f"{name}.json"
        if path.is_file():
            print(plot(name, json.loads(path.read_text())))


if __name__ == "__main__":
    main()
