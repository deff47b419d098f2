import re

import numpy as np
import pytest

from cleanpage.features import _WORD, feature_names, following_novelty, page_features, source_block_overlap
from cleanpage.parse import parse_text
from cleanpage.records import Block, Signals


def features_of(texts, **signals):
    blocks = [Block(text=t, index=i, source="text") for i, t in enumerate(texts)]
    X = page_features(blocks, Signals(**signals))
    return [dict(zip(feature_names(), row)) for row in X]


def test_matrix_shape_and_names_are_stable():
    names = feature_names()
    assert len(names) == len(set(names))
    X = page_features([Block(text="Hello world.", index=0)], Signals())
    assert X.shape == (1, len(names)) and X.dtype == np.float32
    assert page_features([], Signals()).shape == (0, len(names))


@pytest.mark.parametrize(
    "text, feature",
    [
        ("Phone: +44 20 7946 0958", "phone_shape"),
        ("Rating: 4.1 / 5 (318 voted)", "rating_shape"),
        ("Born: 1990-02-11", "date_shape"),
        ("92% of readers found this useful", "percent_shape"),
        ("Home: 12 Baker Street, Springfield, IL 62704", "address_shape"),
        ("Job: Sales Engineer", "kv_shape"),
    ],
)
def test_value_shapes(text, feature):
    assert features_of([text, "An ordinary sentence without any of those shapes in it."])[0][feature] == 1.0
    assert features_of(["An ordinary sentence without any of those shapes in it."])[0][feature] == 0.0


def test_pronoun_and_promo_ratios():
    f = features_of(["I share my deep expertise with you."])[0]
    assert f["first_person_ratio"] == pytest.approx(2 / 7)
    assert f["second_person_ratio"] == pytest.approx(1 / 7)
    assert f["promo_ratio"] == pytest.approx(3 / 7)  # share, deep, expertise


def test_restatement_finds_its_source_block():
    words = [
        ["alpha", "bravo", "charlie", "delta"],
        ["other", "words", "entirely", "here"],
        ["charlie", "delta", "alpha", "bravo", "extra"],
    ]
    assert list(source_block_overlap(words)) == [0.0, 0.0, pytest.approx(4 / 5)]


def test_trafilatura_coverage_and_span():
    f = features_of(
        ["Menu item", "The kept paragraph has several words in it.", "Footer text here now"],
        main_text="The kept paragraph has several words in it.",
        ok=True,
    )
    assert [round(x["traf_coverage"], 2) for x in f] == [0.0, 1.0, 0.0]
    assert [x["before_traf_span"] for x in f] == [1.0, 0.0, 0.0]
    assert [x["after_traf_span"] for x in f] == [0.0, 0.0, 1.0]


def test_neighbour_features_look_at_adjacent_blocks():
    f = features_of(["Name: A", "A sentence that ends.", "Last one"])
    assert f[1]["nb-1_kv_shape"] == 1.0 and f[1]["nb+1_punct_end"] == 0.0
    assert f[0]["nb-1_kv_shape"] == -1.0  # no block before the first


def test_features_are_deterministic(seed_text):
    blocks = parse_text(seed_text)
    np.testing.assert_array_equal(page_features(blocks, Signals()), page_features(blocks, Signals()))


def _following_novelty_by_hand(words, window):
    out = []
    for i in range(len(words)):
        seen = {w for ws in words[: i + 1] for w in ws if len(w) > 3}
        ahead = [{w for w in ws if len(w) > 3} for ws in words[i + 1 : i + 1 + window]]
        total = sum(len(a) for a in ahead)
        out.append(sum(len(a - seen) for a in ahead) / total if total else 1.0)
    return out


def test_following_novelty_matches_its_definition():
    rng = np.random.default_rng(7)
    vocab = [f"word{i}" for i in range(40)] + ["tiny"]
    for _ in range(50):
        words = [list(rng.choice(vocab, size=rng.integers(0, 9))) for _ in range(rng.integers(1, 25))]
        assert np.allclose(following_novelty(words, 4), _following_novelty_by_hand(words, 4))


def test_text_after_an_opener_that_restates_the_page_is_not_novel():
    article = [
        "Negotiators in Cairo discussed a truce covering hostages and aid convoys.",
        "Diplomats at the council delayed the vote over inspection demands.",
        "Hospitals reported shortages of fuel, water and medicine this week.",
    ]
    restated = [
        "Negotiators in Cairo discussed a truce and hostages.",
        "The council vote was delayed over inspection demands.",
        "Hospitals report shortages of water and medicine.",
    ]
    novel = [
        "Farmers in the valley harvested early because frost threatened orchards.",
        "A museum reopened its sculpture wing after lengthy renovations.",
    ]
    opener = "As an expert I share my deep understanding; let us review the key points:"
    rows = features_of(article + [opener] + restated)
    other = features_of(article + [opener] + novel)
    assert rows[3]["following_novelty"] < 0.3 < other[3]["following_novelty"]
    words = [_WORD.findall(t.lower()) for t in article + restated]
    assert np.allclose([r["following_novelty"] for r in features_of(article + restated)], following_novelty(words))


def test_blocks_between_a_promotional_opener_and_closer_are_marked():
    texts = [
        "A plain report about rainfall in the north.",
        "As an expert with deep insight, here is my overview:",
        "Rainfall was high.",
        "Rivers rose.",
        "Overall, my comprehensive expertise gives a complete understanding.",
        "Unrelated footer text.",
    ]
    rows = features_of(texts)
    between = [r["between_max_promo_ratio"] for r in rows]
    assert between[2] > 0 and between[3] > 0
    assert between[0] == 0 and between[5] == 0


def reference_keyword_density(text: str) -> float:
    """keyword_density written the slow, obvious way."""
    from collections import Counter

    from cleanpage.features import DENSITY_MAX_PHRASE, DENSITY_MIN_WORDS, is_distinctive

    words = _WORD.findall(text.lower())
    if len(words) < DENSITY_MIN_WORDS:
        return 0.0
    best = 0
    for k in range(1, DENSITY_MAX_PHRASE + 1):
        grams = Counter(tuple(words[i : i + k]) for i in range(len(words) - k + 1))
        best = max([best] + [c * k for g, c in grams.items() if any(map(is_distinctive, g))])
    return min(best / len(words), 1.0)


KEYWORD_TEXTS = [
    # keyword stuffing in wordings the filler generator never uses
    "Solar panels installer Leeds, solar panels installer cost, solar panels installer reviews, "
    "trusted solar panels installer, solar panels installer quotes today",
    "Dog grooming Austin dog grooming prices dog grooming open Sunday mobile dog grooming dog grooming coupons",
    # article prose, a list, short blocks, digits and repeated stopwords
    "The council voted on Tuesday to widen the bridge, a project that engineers say will take three years "
    "and cost more than the original estimate.",
    "Home | News | Sport | Home | News | Sport",
    "2024 2024 2024 2024 2024 2024 2024 2024 2024 2024 2024 2024 2024",
    "the of and the of and the of and the of and the of and the of and",
    "",
]


def test_keyword_density_matches_its_definition():
    from cleanpage.features import Tokens, keyword_density

    words = [_WORD.findall(t.lower()) for t in KEYWORD_TEXTS]
    np.testing.assert_allclose(keyword_density(Tokens.of(words)), [reference_keyword_density(t) for t in KEYWORD_TEXTS])


def test_keyword_stuffing_is_dense_and_prose_is_not():
    density = [f["keyword_density"] for f in features_of(KEYWORD_TEXTS)]
    assert density[0] > 0.5 and density[1] > 0.3
    assert density[2] < 0.15
    assert density[3:] == [0.0] * 4  # short, digits only, stopwords only, empty (last: it has no text span)


def test_running_maxima_match_their_definition():
    """Each column's largest value among the `window` blocks before (or after) a block, 0 if none
    (the features it runs over are ratios and flags: never negative)."""
    from cleanpage.features import _running_max

    rng = np.random.default_rng(0)
    for n in (0, 1, 2, 7, 40):
        values = rng.random((n, 3)) * (rng.random((n, 3)) < 0.5)
        for window in (1, 3, 15, 25, 60):
            before, after = _running_max(values, window, before=True), _running_max(values, window, before=False)
            for i in range(n):
                for k in range(3):
                    assert before[i, k] == max(values[max(0, i - window) : i, k], default=0.0)
                    assert after[i, k] == max(values[i + 1 : i + 1 + window, k], default=0.0)


def test_membership_flags_match_their_definition():
    from cleanpage.features import HINT_GROUPS, _membership

    hint_sets = [frozenset(), frozenset({"nav", "content"}), frozenset({"comment", "unknown"}), frozenset({"nav", "content"})]
    blocks = [Block(text="x", index=i, ancestor_hints=hint_sets[i % 4]) for i in range(9)]
    cols = _membership(blocks, "ancestor_hints", HINT_GROUPS, "anc_")
    for name in HINT_GROUPS:
        assert list(cols["anc_" + name]) == [float(name in b.ancestor_hints) for b in blocks]


def test_restatement_overlap_matches_its_definition():
    """The largest share of a block's distinctive words (used by at most MAX_POSTINGS blocks)
    found in one earlier block, brute force on random pages of up to 25 blocks."""
    from cleanpage.features import MAX_POSTINGS, is_distinctive

    rng = np.random.default_rng(1)
    for _ in range(30):
        vocab = [f"word{j}" for j in range(rng.integers(5, 40))] + ["the", "and", "2024"]
        words = [[str(w) for w in rng.choice(vocab, size=rng.integers(0, 12))] for _ in range(rng.integers(1, 25))]
        users = {w: {i for i, ws in enumerate(words) if w in ws} for w in vocab}
        expected = []
        for i, ws in enumerate(words):
            distinct = {w for w in ws if is_distinctive(w)}
            ties = {w for w in distinct if len(users[w]) <= MAX_POSTINGS}
            best = max((len({w for w in ties if j in users[w]}) for j in range(i)), default=0)
            expected.append(best / len(distinct) if len(distinct) >= 3 else 0.0)
        assert list(source_block_overlap(words)) == pytest.approx(expected)


SHAPE_SAMPLES = [
    "Call +1 (555) 123-4567 or 020 7946 0958 before 10:30, 9 pm or 14.30 Uhr; 7a.m. is early.",
    "Born 1990-02-11 in 1987, moved 3/4/2019 and 12.05.21; rated 4.5 out of 5, 8/10, ★★★☆☆ 3 of 100.",
    "Home: 12 Baker Street, Springfield, IL 62704 and 400 Elm Rd. North, Reno, NV 89501-1234.",
    "See https://example.com, http://x.org, www.site.de or mail me at anna.b+news@mail.example.co.uk.",
    "Anna says:\nBob wrote\nAna escribió:\nPierre a écrit :\nRépondre\nReply\nPERMALINK\ndice\nWrites",
    "Zahlen ١٢:٣٠ und ２０２０ and 19 99 2020s 20th 1920 a2019 _2019",
    "Foto: Getty Images / iStock, IMAGO, picture-alliance, Shutterstock, FOTOLIA; gettyimages",
    "Photo: NAME\n— Photos by X\nBy Anna\nvon\nBy Ben\nBerlin\nAuthor: Ben\nCredit:\nNote: 12 % off © 2020 (c) (C)",
    "(Reporting by A; Editing by B)\nAP Photo/X\nREUTERS/Y\nFoto: dpa\nAFP\nAPR\nReuters\nEPA-EFE/Z\nMAP/",
    "Additional reporting by C.\nMitarbeit: D\nCon información de EFE\nAvec l'AFP\nKey:\nvalue: x",
]
# The plain forms of the shape patterns that `PATTERNS` writes for speed (see its comment)
PLAIN_SHAPES = {
    "year_count": r"\b(?:19|20)\d\d\b",
    "kv_shape": r"^[^\s:][^:\n]{0,40}:(?:\s|$)",
    "phone_shape": r"(?:\+|\b)\d[\d ().-]{7,20}\d\b",
    "date_shape": r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
    "rating_shape": r"\b\d(?:[.,]\d)?[ \t]*(?:/|out of|of)[ \t]*(?:5|10|100)\b|[★☆]",
    "percent_shape": r"\d\s?%",
    "address_shape": r"\b\d{1,5}[ \t]{1,4}[A-Z][\w.]{0,30}(?: [A-Z][\w.]{0,30}){0,6},[ \t]{0,4}[A-Z]"
    r"|\b[A-Z]{2}[ \t]{1,4}\d{5}(?:-\d{4})?\b",
    "copyright": r"©|\([cC]\)",
    "time_shape": r"(?i)\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b|\b\d{1,2}[.:]\d{2}\s?(?:uhr|h)\b",
    "byline_shape": r"(?i)^\W{0,3}(?:by|von|por|par|di|door|av|af|text|author|autor(?:in)?|written by|posted by)\b[\s:]",
    "reply_shape": r"(?i)\b(?:says|said|wrote|writes|schreibt|schrieb|sagt|dice|escribió|a écrit|reply|replies|"
    r"antworten|responder|répondre|permalink)\W{0,3}$",
    "credit_shape": r"(?i:^\W{0,3}(?:photos?|fotos?|images?|imagen(?:es)?|imágenes|bild(?:er)?|pictures?|quelle|"
    r"credits?|crédits?|source|fuente|grafik|illustration|video)\b\s*(?:[:/|©]|by\b|via\b|courtesy\b))|"
    r"(?i:^\W{0,3}(?:(?:additional\s+)?reporting(?:\s+was\s+contributed)?\s+by|(?:compiled|edited|editing|"
    r"written|produced|contributing)\s+(?:by|reporters?\s*:)|contributing\s*:|mitarbeit\s*:|"
    r"con\s+información\s+de|avec\s+(?:l['’])?afp))",
    "credit_wires": r"\b(?:AP|AFP|dpa|Reuters|EPA|REUTERS)\s*(?:Photo|/|$)",
    "credit_names": r"(?i)(?:getty\s?images|shutterstock|fotolia|istock|imago|picture[- ]alliance)",
}


def _shape_texts() -> list[str]:
    """The samples, joined and in capitals, and random strings of the characters the shapes turn on."""
    joined = "\n".join(SHAPE_SAMPLES)
    rng = np.random.default_rng(3)
    pieces = list("0123456789 \t\n.,:/-()+%©★aAcCpPmM_xé") + ["19", "20", "by ", "Photo", "AP", "dpa", "Reuters", "says"]
    pieces += ["Street", "IL ", "Uhr", "out of ", "of 5", "Reporting by", "Foto: ", "— ", "Key:", "\n\n"]
    noise = ["".join(rng.choice(pieces, size=rng.integers(0, 60))) for _ in range(400)]
    return SHAPE_SAMPLES + [joined, joined.upper(), joined.lower()] + noise


def test_fast_shape_patterns_find_what_their_plain_forms_find():
    """`PATTERNS` writes some shapes so the regex engine skips positions quickly (a leading set of
    first characters, a line start as a newline, needles); they start matches where their plain
    forms do, on the samples and on random strings of the characters they turn on."""
    from cleanpage.features import PATTERNS, pattern_starts

    assert set(PLAIN_SHAPES) <= {name for name, _, _ in PATTERNS}
    for name, pattern, _ in PATTERNS:
        if name not in PLAIN_SHAPES:
            continue
        plain = re.compile(PLAIN_SHAPES[name], re.M)
        for text in _shape_texts():
            assert pattern_starts(name, pattern, text) == [m.start() for m in plain.finditer(text)], (name, text)
        assert plain.search("\n".join(SHAPE_SAMPLES)), name  # every pattern has something to find


def test_a_comment_header_is_found_in_a_lines_tail():
    """reply_shape runs over each short block's last TAIL_CHARS characters: enough for every
    match, and for the word boundary before it."""
    from cleanpage.features import PATTERNS, TAIL_CHARS

    reply = dict((name, pattern) for name, pattern, _ in PATTERNS)["reply_shape"]
    words = re.search(r"\(\?:(.*?)\)", PLAIN_SHAPES["reply_shape"]).group(1).split("|")
    for word in words + [w.upper() for w in words]:
        for before in ("", "x", "xx ", "Anna ", "re"):
            for after in ("", ":", " :", "!!!", " ...", "....", "x"):
                line = "Comment by someone " + before + word + after
                assert bool(reply.search(line[-TAIL_CHARS:])) == bool(reply.search(line)), line


def test_array_helpers_match_numpy():
    # the features' own versions of np.unique, np.isin and np.maximum.at (numpy's are slower on pages)
    from cleanpage.features import _distinct, _equals_any, _member, _raise_to_group_max

    rng = np.random.default_rng(7)
    for size in (0, 1, 2, 50, 3000):
        values = rng.integers(0, 40, size)
        pool = rng.integers(0, 40, size // 2)
        assert np.array_equal(_distinct(values), np.unique(values))
        assert np.array_equal(_member(values, _distinct(pool)), np.isin(values, pool))
        targets = np.array([3, 17, 39])
        assert np.array_equal(_equals_any(values, targets), np.isin(values, targets))
        groups = np.sort(rng.integers(0, 10, size))
        got, want = np.full(10, 5.0), np.full(10, 5.0)
        _raise_to_group_max(got, groups, values)
        np.maximum.at(want, groups, values)
        assert np.array_equal(got, want)


def test_main_text_coverage_matches_its_definition():
    """The share of a block's word trigrams found in trafilatura's main text; a block of one or two
    words: whether they stand in it as a phrase. Brute force on random pages."""
    from cleanpage.features import Tokens, main_text_coverage

    rng = np.random.default_rng(4)
    for _ in range(200):
        vocab = [f"w{j}" for j in range(rng.integers(2, 10))]
        words = [[str(x) for x in rng.choice(vocab, size=rng.integers(0, 6))] for _ in range(rng.integers(1, 15))]
        main = [str(x) for x in rng.choice([*vocab, "other"], size=rng.integers(0, 30))]
        joined = " " + " ".join(main) + " "
        trigrams = {tuple(main[k : k + 3]) for k in range(len(main) - 2)}
        expected = []
        for w in words:
            if len(w) < 3:
                expected.append(float(bool(w) and (" " + " ".join(w) + " ") in joined))
            else:
                grams = [tuple(w[k : k + 3]) for k in range(len(w) - 2)]
                expected.append(sum(g in trigrams for g in grams) / len(grams))
        assert list(main_text_coverage(Tokens.of(words), main)) == pytest.approx(expected)
