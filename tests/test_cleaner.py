import gzip
import json

import pytest

import cleanpage
from cleanpage import Cleaner, CleanError, InputTooLarge, Options

ARTICLE_START = "The top political leader of Hamas"
ARTICLE_END = "But Mr. Blinken said the militants also had the power to end the bloodshed"


STRUCTURED_FILLER = (
    "Author:",
    "Contributor:",
    "Views:",
    "Hits:",
    "Rating:",
    "Average score:",
    "Reviews:",
    "Readers' verdict:",
    "Name:",
    "Real name:",
    "Birthday:",
    "Birth date:",
    "Address:",
    "Residence:",
    "Phone:",
    "Contact number:",
    "Job:",
    "Employment:",
    "Hobby:",
    "Pastimes:",
    "Introduction:",
    "Self-description:",
    "Top Articles",
    "Latest Posts",
    "Popular Stories",
    "Recent Articles",
    "Article information",
    "Author information",
    "Post details",
    "Who wrote this",
)


def seed_path(fixtures, name):
    """The seed lives in data/ (it is the README's sample); its variants in tests/fixtures/."""
    return fixtures / name if (fixtures / name).exists() else fixtures.parent.parent / "data" / name


def article_span(result):
    texts = [p.text for p in result.paragraphs]
    start = next(i for i, t in enumerate(texts) if t.startswith(ARTICLE_START))
    end = next(i for i, t in enumerate(texts) if t.startswith(ARTICLE_END))
    return start, end


@pytest.mark.parametrize("name", ["seed-spam-page.txt", "seed-reworded.txt", "seed-spam-page.html", "seed-reworded.html"])
def test_seed_keeps_every_article_paragraph(fixtures, name):
    path = seed_path(fixtures, name)
    result = cleanpage.clean(path.read_bytes())
    start, end = article_span(result)
    assert end - start >= 25
    assert [p.text[:60] for p in result.paragraphs[start : end + 1] if not p.kept] == []


@pytest.mark.parametrize("name", ["seed-spam-page.txt", "seed-reworded.txt", "seed-spam-page.html", "seed-reworded.html"])
def test_seed_drops_bios_widgets_and_link_strips(fixtures, name):
    """The fake author bio, the rating/views widget and the link strip go, in any wording."""
    path = seed_path(fixtures, name)
    result = cleanpage.clean(path.read_bytes())
    start, _ = article_span(result)
    tail = [p for p in result.paragraphs[start:] if p.text.startswith(STRUCTURED_FILLER)]
    assert len(tail) >= 14
    assert [p.text for p in tail if p.kept] == []
    assert sum(p.label == "seo_filler" for p in tail) >= 0.6 * len(tail)  # most are named as filler, not boilerplate


SEED_DEK = "In Cairo and at the U.N., negotiators struggled"
SEED_LAST = "“There seems to be silence on what Hamas could do,” he said."  # the story's last paragraph


@pytest.mark.parametrize("name", ["seed-spam-page.txt", "seed-spam-page.html"])
def test_seed_text_is_the_story_alone(fixtures, name):
    """No headline copies, "Supported by", byline, author bios or print-edition lines: the text
    starts at the story's first paragraph (after the dek, which the convention lets stay) and
    ends at its last."""
    result = cleanpage.clean(seed_path(fixtures, name).read_bytes())
    kept = [p.text for p in result.kept]
    if kept and kept[0].startswith(SEED_DEK):
        kept = kept[1:]
    assert kept[0].startswith(ARTICLE_START), kept[:3]
    assert kept[-1].endswith(SEED_LAST), kept[-3:]


def filler_tail(result):
    """Everything after the article's print-edition line: all of it is SEO filler."""
    texts = [p.text for p in result.paragraphs]
    sep = next(i for i, t in enumerate(texts) if t.startswith("SEPARATE TALKS"))
    return result.paragraphs[sep + 1 :]


@pytest.mark.parametrize("name", ["seed-spam-page.txt", "seed-reworded.txt", "seed-spam-page.html", "seed-reworded.html"])
def test_seed_loses_all_its_filler(fixtures, name):
    """The generated summary (opener, transition, every key-point line, closing claim), the title
    copy, the link strips, the widget and the bio: 30 to 44 lines, none kept."""
    tail = filler_tail(cleanpage.clean(seed_path(fixtures, name).read_bytes()))
    assert len(tail) >= 30
    assert [p.text[:60] for p in tail if p.kept] == []


def test_filler_is_named_by_family(seed_text):
    paragraphs = {p.text: p for p in cleanpage.clean(seed_text).paragraphs}
    kind = {text: p.kind for text, p in paragraphs.items() if p.label == "seo_filler"}
    assert all(kind.get(t) == "author_bio" for t in paragraphs if t.startswith(("Birthday:", "Phone:", "Hobby:", "Job:")))
    assert all(kind.get(t) == "rating_widget" for t in paragraphs if t.startswith(("Views:", "Rating:", "Reviews:")))
    assert kind.get("Top Articles") == kind.get("Latest Posts") == "link_strip"
    summary = [k for t, k in kind.items() if t.startswith(("Hamas demands", "The U.S. urges", "Israel is worried"))]
    assert summary == ["generated_summary"] * 3
    assert all(p.kind is None for p in paragraphs.values() if p.label != "seo_filler")


def test_html_article_keeps_body_and_drops_boilerplate(article_html):
    r = cleanpage.clean(article_html, url="https://valleycourier.example/news/river-towns-flood")
    kept = r.text
    assert "Residents of the three river towns" in kept
    assert "The river is expected to crest late next week" in kept
    for junk in (
        "Accept all cookies",
        "Share on Facebook",
        "Council approves new budget",
        "First!!!",
        "All rights reserved",
        "Subscribe to our newsletter",
    ):
        assert junk not in kept
    assert r.title.startswith("River towns brace")
    assert r.url == "https://valleycourier.example/news/river-towns-flood"
    assert r.paragraphs and all(0.0 <= p.score <= 1.0 for p in r.paragraphs)


def test_markdown_marks_headings_and_lists(article_html):
    md = cleanpage.clean(article_html).markdown
    assert "## Engineers inspect the levee" in md
    assert "- Sandbag stations are open daily" in md


def test_result_to_dict_is_json_ready(article_html):
    d = cleanpage.clean(article_html).to_dict()
    json.dumps(d)
    assert set(d) >= {"source", "url", "title", "text", "paragraphs", "error"}
    assert set(d["paragraphs"][0]) >= {"text", "label", "score", "kept"}


def test_bytes_and_str_give_the_same_result(article_html):
    assert cleanpage.clean(article_html.encode("utf-8")).text == cleanpage.clean(article_html).text


def test_threshold_trades_precision_for_recall(article_html):
    loose, strict = Cleaner(threshold=0.01).clean(article_html), Cleaner(threshold=0.99).clean(article_html)
    assert len(loose.kept) > len(strict.kept)
    assert Cleaner(threshold=0.3).threshold == 0.3
    with pytest.raises(ValueError, match="threshold must be a number between 0 and 1"):
        Cleaner(threshold=1.5)


def test_empty_input_gives_an_empty_result_with_a_warning():
    r = cleanpage.clean("   \n  ")
    assert r.text == "" and r.paragraphs == ()
    assert r.warnings == ("no text found in input",)


def test_oversized_input_raises_a_clean_error():
    with pytest.raises(InputTooLarge, match="more than max_bytes=100"):
        Cleaner(options=Options(max_bytes=100)).clean("x" * 101)


def test_wrong_type_raises_clean_error():
    with pytest.raises(CleanError, match="markup must be str or bytes, not int"):
        cleanpage.clean(42)  # type: ignore[arg-type]


def test_clean_many_keeps_order_and_counts_failures(article_html, seed_text):
    cleaner = Cleaner(options=Options(max_bytes=50_000))
    pages = [article_html, "x" * 60_000, seed_text, b"\xff\xfe broken"]
    for n_jobs in (1, 2):
        results = list(cleaner.clean_many(pages, n_jobs=n_jobs))
        assert len(results) == 4
        assert results[0].text == cleaner.clean(article_html).text
        assert results[1].error.startswith("InputTooLarge: input is 60000 bytes")
        assert results[2].text == cleaner.clean(seed_text).text
        assert results[3].error is None


def test_cleaner_load_and_bad_model_path(tmp_path):
    from cleanpage import ModelError
    from cleanpage.cleaner import default_model_path

    assert Cleaner.load(default_model_path()).model.labels == ["content", "boilerplate", "seo_filler"]
    with pytest.raises(ModelError, match="not a cleanpage model folder"):
        _ = Cleaner(tmp_path).model


def test_gzip_bytes_are_decompressed(article_html):
    # e.g. a raw HTTP body stored with its Content-Encoding
    assert cleanpage.clean(gzip.compress(article_html.encode())).text == cleanpage.clean(article_html).text
    with pytest.raises(cleanpage.InputError, match="truncated gzip"):
        cleanpage.clean(gzip.compress(article_html.encode())[:200])


def test_signal_modes(article_html):
    from cleanpage.signals import page_signals

    fast = page_signals(article_html, mode="fast")
    base = page_signals(article_html, mode="baseline")
    assert fast.mode == "fast" and base.mode == "baseline"
    for signals in (fast, base):
        assert signals.ok and "Residents of the three river towns" in signals.main_text
    with pytest.raises(ValueError, match="unknown signal mode 'slow'"):
        page_signals(article_html, mode="slow")


@pytest.mark.parametrize("codec", ["utf-8", "gb18030", "shift_jis", "cp1251"])
def test_other_languages_and_encodings_do_not_crash(codec):
    body = {
        "utf-8": "Ελληνικό κείμενο για δοκιμή. " * 20,
        "gb18030": "这是一个用于测试的中文段落，内容足够长。" * 20,
        "shift_jis": "これはテスト用の日本語の段落です。" * 20,
        "cp1251": "Это русский текст для проверки. " * 20,
    }[codec]
    page = f"<html><head><title>T</title></head><body><nav><a href='/'>Home</a></nav><p>{body}</p></body></html>"
    result = cleanpage.clean(page.encode(codec))
    assert [p.text for p in result.paragraphs] == ["Home", body.strip()]  # decoded and parsed intact


STUFFED = (
    "Flood insurance river towns, cheapest flood insurance river towns quotes, flood insurance river towns "
    "reviews, compare flood insurance river towns, flood insurance river towns online today"
)


def test_a_keyword_stuffed_paragraph_in_a_new_wording_is_dropped(article_html):
    """A wording no training page used, beyond the content envelope (and called filler by the trees)."""
    anchor = "although the exact timing will depend on how quickly temperatures rise in the mountains.</p>"
    r = cleanpage.clean(article_html.replace(anchor, f"{anchor}\n  <p>{STUFFED}</p>"))
    stuffed = next(p for p in r.paragraphs if p.text == STUFFED)
    assert not stuffed.kept and stuffed.label == "seo_filler" and stuffed.score == 0.0
    assert "The river is expected to crest late next week" in r.text
    assert cleanpage.clean(article_html).text == r.text


def test_the_byline_gives_the_author_when_the_markup_names_none():
    """The convention moves the byline out of the text into `author`: a page whose markup has no
    author meta tag still gets the name its byline gives, and a byline inside the story does not."""
    story = "".join(
        f"<p>Paragraph {i} of the story tells how the council voted to rebuild the old bridge over the river "
        "after years of delays, two failed tenders and a long public debate about its cost.</p>"
        for i in range(4)
    )
    byline = "<div class='meta'>By Jane Roe, Staff Writer</div>"
    page = f"<html><body><article><h1>Bridge vote</h1>{byline}{story}</article></body></html>"
    result = cleanpage.clean(page)
    assert result.author == "Jane Roe" and "Jane Roe" not in result.text
    assert cleanpage.clean(page.replace("By Jane Roe, Staff Writer", "")).author is None
    late = page.replace("<div class='meta'>By Jane Roe, Staff Writer</div>", "").replace(
        "</article>", "<p>By Jane Roe</p></article>"
    )
    assert cleanpage.clean(late).author is None  # after the story: not the article's byline


def test_full_metadata_changes_metadata_not_the_model_signal(article_html):
    """The coverage signal is the one the model was trained on (meta.json `signal_mode`), with or
    without trafilatura's metadata."""
    from cleanpage.signals import page_signals

    plain = Cleaner().clean(article_html)
    full = Cleaner(options=Options(full_metadata=True)).clean(article_html)
    assert [p.score for p in full.paragraphs] == [p.score for p in plain.paragraphs]
    assert full.author and full.date
    mode = cleanpage.default_model().signal_mode
    assert page_signals(article_html, mode=mode).mode == mode


GERMAN = "Der Gemeinderat hat am Dienstag über den Hafen beraten und eine neue Fähre für den Sommer beschlossen. "


def test_description_image_and_language_metadata():
    html = (
        '<html lang="en-GB"><head><title>Hafen</title><meta property="og:description" content="Kurz gesagt">'
        '<meta name="twitter:image" content="https://news.example/a.jpg"></head>'
        f"<body><article><p>{GERMAN * 3}</p><p>{GERMAN * 2}</p></article></body></html>"
    )
    r = Cleaner().clean(html)
    assert (r.description, r.image) == ("Kurz gesagt", "https://news.example/a.jpg")
    assert r.language == "de"  # detected from the article text, over the page's claim
    short = Cleaner().clean('<html lang="fr_FR"><body><p>Oui.</p></body></html>')
    assert short.language == "fr"  # too little text to tell: the declared language, primary subtag
    assert Cleaner().clean("<html><body><p>Hi.</p></body></html>").language is None
    assert {"description", "image", "language"} <= set(r.to_dict())


def test_a_page_where_nothing_clears_the_threshold_keeps_its_best_story_paragraphs(fixtures):
    """An empty text is the worst answer for a page with an article: when no block clears the
    threshold, the most probable story paragraphs are kept, and the result says so."""
    result = cleanpage.Cleaner(threshold=0.999).clean((fixtures / "article.html").read_bytes())
    kept = [p for p in result.paragraphs if p.kept]
    assert kept and all(p.reason == "best_available" and len(p.text.split()) >= 25 for p in kept)
    assert any("no block cleared the threshold" in w for w in result.warnings)
