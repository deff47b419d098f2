"""Whole pages of the kinds users clean, written for these tests (not taken from any dataset):
the text is the story from its first paragraph (a dek may stay) to its last, and none of what
the article-body convention keeps out of it (data/README.md) is left in; the byline's names go to
`Result.author`."""

from pathlib import Path

import pytest

import cleanpage

PAGES = Path(__file__).parent / "fixtures" / "pages"

CASES = [
    (
        "news-hearst-style.html",
        "MILLBROOK — Volunteers worked through the night",
        "from 7 a.m. to 10 p.m., officials said.",
        [
            "River town braces",
            "Staff Writer",
            "Updated 11:02",
            "2of7",
            "Photograph:",
            "Image via Getty",
            "Support local",
            "Copyright 2020",
            "More from Metro",
            "School board delays",
            "mike_77",
            "Stay safe",
            "We use cookies",
            "HomeNEWS",
        ],
        "MARIA LOPEZ",
        [],
    ),
    (
        "recipe-de.html",
        "Wenn die Tage kürzer werden",
        "sorgen für Biss.",
        [
            "Von Anna Berger",
            "Bild: Landküche",
            "Lesen Sie auch",
            "Anna Berger ist Redakteurin",
            "Quelle:",
            "Apfelkuchen",
            "Netiquette",
            "gartenfee",
            "Alle Rechte",
        ],
        "Anna Berger",
        ["Zutaten für 4 Personen", "400 ml Kokosmilch", "Kalorien | 390 kcal", "Kürbis waschen"],
    ),
    (
        "news-es.html",
        "Las intensas lluvias",
        "deslizamientos e inundaciones.",
        [
            "NACIONAL",
            "Por Redacción",
            "(Foto: Andina)",
            "Imágenes capturadas",
            "Lea también",
            "Etiquetas",
            "Suscríbete",
            "Sismo de magnitud",
            "Todos los derechos",
        ],
        None,
        [],
    ),
    (
        "news-de.html",
        "Ab Dezember sollen mehr Fernzüge",  # the dek, which the convention lets stay
        "schneller und zuverlässiger unterwegs sein.",
        [
            "Von Thomas Maier",
            "Artikel teilen",
            "Foto: Sven Hoppe",
            "Anzeige",
            "Lesen Sie auch",
            "dpa-infocom",
            "Jetzt weiterlesen",
            "Mehr zum Thema",
            "Neue ICE-Strecke",
            "Um kommentieren",
            "Impressum",
        ],
        "Thomas Maier",
        [],
    ),
    (
        "blog-wordpress.html",
        "For three months my starter smelled",
        "It saved mine.",
        [
            "Posted on",
            "Share this",
            "Like this",
            "Related",
            "My go-to weekday",
            "Posted in",
            "Published by",
            "Megan is a home baker",
            "Previous Post",
            "thoughts on",
            "Tom R.",
            "This worked for me",
            "Leave a Reply",
            "Subscribe via Email",
            "Proudly powered",
        ],
        "Megan Holt",
        ["What changed", "I also swapped half of the white flour"],  # a subheading; a paragraph read as a summary
    ),
    (
        "blog-medium-style.html",
        "Last month I gave myself a rule",
        "That list is your real plan.",
        ["Follow", "7 min read", "2.1K", "Written by", "Followers", "More from", "two-list method", "Recommended from"],
        "Priya Raman",
        [],
    ),
    (
        "news-guardian-style.html",
        "Authorities in Italy, Greece and Spain",  # the standfirst (dek)
        "between noon and 6pm.",
        [
            "Support the Ledger",
            "in Madrid and",
            "Photograph:",
            "Related:",
            "small favour",
            "Millions turn",
            "Explore more",
            "Reuse this content",
            "Most viewed",
            "All rights reserved",
        ],
        "Lucía Ortega, Nikos Pappas",
        [],
    ),
    (
        "press-release-de.html",
        "Die Stadtwerke Nordhafen haben am Dienstag",
        "650 Mitarbeiterinnen und Mitarbeiter.",
        ["Pressekontakt", "Jan Petersen", "presse@", "Original-Content"],
        None,
        [],
    ),
    (
        "recipe-en.html",
        "These lemon garlic chicken thighs",
        "Calories: 412kcal | Protein: 28g | Fat: 31g",
        [
            "Jump to Recipe",
            "Print Recipe",
            "affiliate links",
            "4.94 from 327 votes",
            "Tried this recipe",
            "@weeknighttable",
            "Get new recipes",
            "Join 50,000",
            "327 Comments",
            "Made this tonight",
            "All rights reserved",
        ],
        "Dana Kim",
        ["Why you'll love this recipe", "6 bone-in chicken thighs", "Swirl in the butter"],
    ),
    (
        "news-fr.html",
        "Sous l'effet des chaleurs de l'été",  # the dek
        "Les premiers résultats sont attendus dans cinq ans.",
        [
            "Accueil",
            "Par Claire",
            "Publié le",
            "Lecture 4 min",
            "réservé aux abonnés",
            "MAXPPP",
            "Lire aussi",
            "Sécheresse",
            "Il vous reste",
            "Déjà abonné",
            "Les plus lus",
            "Reproduction interdite",
        ],
        "Claire Dubois",
        ["Des cépages venus du Sud"],
    ),
    (
        "news-nl.html",
        "De gemeente wil binnen twee jaar",
        "aldus een woordvoerder.",
        [
            "cookies",
            "Door Pieter",
            "Aangepast",
            "Foto: ANP",
            "Lees ook",
            "Parkeertarief",
            "Onderwerpen",
            "nieuwsbrief",
            "Zie je een fout",
            "Meest gelezen",
            "Alle rechten",
        ],
        "Pieter de Vries",
        ["Weesfietsen"],
    ),
    (
        "recipe-it.html",
        "La pasta e ceci è uno di quei piatti",
        "aggiungete un mestolo d'acqua calda.",
        [
            "Home »",
            "di Giulia Rossi",
            "128 voti",
            "Pubblicità",
            "è nata a Roma",
            "Condividi",
            "Potrebbe interessarti",
            "Minestrone",
            "Fatta ieri sera",
            "Rispondi",
            "Lascia un commento",
            "Tutti i diritti",
        ],
        "Giulia Rossi",
        ["Ingredienti", "200 g di ditalini", "sale e pepe", "Frullate metà dei ceci", "Calorie | 480 kcal"],
    ),
    (
        "blog-wordpress-de.html",
        "Vier Tage, gut 180 Kilometer",
        "einen Abstecher in die Eifel einplanen.",
        [
            "Veröffentlicht am",
            "5 Kommentare",
            "Teilen mit",
            "Ähnliche Beiträge",
            "Verschlagwortet",
            "Jana ist leidenschaftliche",
            "Vorheriger Beitrag",
            "Danke für die tollen Tipps",
            "Antworten",
            "Schreibe einen Kommentar",
            "Neueste Beiträge",
            "Impressum",
        ],
        "Jana",
        ["Unsere Etappen", "Trier – Neumagen | 48", "Regenjacke", "Powerbank", "Was wir eingepackt haben"],
    ),
    (
        "news-en-local.html",
        "The $12 million building on Orchard Road",  # the dek
        "with the rest coming from a state grant.",
        [
            "Storm warning",
            "Local News",
            "By Daniel",
            "PUBLISHED:",
            "Courtesy of",
            "Advertisement",
            "RELATED:",
            "Morning Report",
            "Tags:",
            "Daniel Okafor covers",
            "Follow Daniel",
            "Trending",
            "Highway 9",
            "Join the Conversation",
            "MediaNews",
        ],
        "Daniel Okafor",
        [],
    ),
]


@pytest.mark.parametrize(("name", "first", "last", "absent", "author", "present"), CASES, ids=[case[0] for case in CASES])
def test_a_page_cleans_to_its_story(name, first, last, absent, author, present):
    result = cleanpage.clean((PAGES / name).read_text(encoding="utf-8"))
    assert result.text.startswith(first), result.text[:200]
    assert result.text.endswith(last), result.text[-200:]
    left = [snippet for snippet in absent if snippet in result.text]
    assert not left, left
    missing = [snippet for snippet in present if snippet not in result.text]
    assert not missing, missing
    if author is not None:
        assert result.author == author
    assert result.title and result.title in (PAGES / name).read_text(encoding="utf-8")
