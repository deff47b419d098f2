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
    (
        "news-pt.html",
        "Obras começam em fevereiro",  # the dek
        "até o fim do mês.",
        [
            "Início",
            "Por Ana",
            "Publicado em",
            "Atualizado há",
            "Compartilhe",
            "Foto: Reprodução",
            "Leia também",
            "Cadastre-se",
            "Veja também",
            "Professores aprovam",
            "Todos os direitos",
        ],
        "Ana Paula Ribeiro",
        ["Escolas incluídas", "EMEF Tucuruvi"],
    ),
    (
        "blogger-en.html",
        "I have saved tomato seed for years",
        "so they keep well if you keep them cool.",
        [
            "Next Blog",
            "Muddy boots",
            "Sunday, 9 September",
            "Posted by",
            "Email This",
            "Labels:",
            "Allotment Dave",
            "cherry tomatoes",
            "Post a Comment",
            "Older Post",
            "Post Comments (Atom)",
            "Retired teacher",
            "Blog Archive",
            "Powered by",
        ],
        "Margaret H.",
        ["What you need:", "a ceramic plate"],
    ),
    (
        "review-en.html",
        "The X2 cleans thick rugs",  # the standfirst
        "look at more expensive hybrid models.",
        [
            "Smart Home",
            "By Sam",
            "last updated",
            "affiliate commission",
            "Today's best",
            "Amazon $349",
            "Show More Deals",
            "Advertisement",
            "Sam Whitaker is a senior writer",
            "More about smart home",
            "Best smart plugs",
            "Sign in to comment",
            "Quay House",
        ],
        "Sam Whitaker",
        ["Our Verdict", "Clunky app", "Aurora X2: Specs", "Weight | 8.2 pounds", "Should you buy the Aurora X2?"],
    ),
    (
        "news-bbc-style.html",
        "A Victorian pier that was closed",
        'she expected a "huge boost" when the gates reopened.',
        [
            "Skip to content",
            "27 May 2022",
            "Image source",
            "Image caption",
            "By Helen",
            "BBC News, Norfolk",
            "Related Internet Links",
            "District Council",
            "not responsible for the content",
            "Find BBC News",
            "Related Topics",
            "More on this story",
            "Top Stories",
        ],
        "Helen Marsh",
        [],
    ),
    (
        "news-vox-style.html",
        "If your electricity bill looks higher this year",
        "said an economist who studies power markets.",
        [
            "Energy & Environment",
            "Oct 3, 2022",
            "Share this story",
            "Brandon Bell",
            "Sign up for the newsletter",
            "Understand the world",
            "By submitting your email",
            "Will you support",
            "Millions turn to us",
            "More in Explainers",
            "egg prices",
            "Loading comments",
            "All Rights Reserved",
        ],
        "Rebecca Liu",
        ["The grid is old, and fixing it is expensive"],
    ),
    (
        "club-de.html",
        "Am Samstag, den 13. Juli, feiern wir",
        "Euer Vorstand",
        ["Startseite", "Mitglied werden", "Erstellt am", "zurück zur Übersicht", "Nächste Termine", "Sponsoren", "Impressum"],
        None,
        ["Programm", "11:00 Uhr | Eröffnung durch den Vorstand", "19:00 Uhr | Live-Musik", "Kuchen 1,50 €", "Helfer gesucht"],
    ),
    (
        "news-ru.html",
        "В четверг в Казани торжественно открыли",
        "начнётся с 1 сентября.",
        [
            "Главная",
            "Просмотров",
            "Автор:",
            "Фото:",
            "Читайте также",
            "Поделиться",
            "Подписывайтесь",
            "Другие новости",
            "Марат",
            "Наконец-то",
            "Все права защищены",
        ],
        "Ирина Соколова",
        [],
    ),
    (
        "news-pl.html",
        "Tramwaj z Mokotowa na Kabaty",  # the lead
        "posadzone zostaną trzy nowe.",
        [
            "Strona główna",
            "Opublikowano",
            "Aktualizacja",
            "Autor:",
            "Fot. Tramwaje",
            "Czytaj także",
            "Udostępnij",
            "Tagi:",
            "Polecamy",
            "Remont Wisłostrady",
            "marek_w",
            "Wszelkie prawa",
        ],
        "Katarzyna Nowak",
        [],
    ),
    (
        "news-nyt-style.html",
        "The measure, which passed 41 to 7",  # the summary
        "The mayor is expected to sign the measure next week.",
        [
            "Skip to content",
            "Subscribe for",
            "Supported by",
            "SKIP ADVERTISEMENT",
            "Share full article",
            "Read 312 Comments",
            "Credit...",
            "Published Oct. 3",
            "Leer en español",
            "covers New York City politics",
            "appears in print",
            "Order Reprints",
            "See more on",
            "Related Content",
            "Floor plans",
        ],
        "Dana Rubinstein and Mihir Zaveri",
        [],
    ),
    (
        "news-cnn-style.html",
        "Phoenix — Phoenix hit 110 degrees",
        "cooling centers extended their hours.",
        [
            "Sign in",
            "Updated 6:47 PM",
            "Link Copied",
            "Ad Feedback",
            "how extreme heat affects your body",
            "01:51",
            "Related article",
            "Heat is the deadliest",
            "Matt York/AP",
            "contributed to this report",
            "More from Network News",
            "Paid Partner Content",
            "All Rights Reserved",
        ],
        None,  # the byline's outlet stays in the author ("…, Network News")
        [],
    ),
    (
        "news-de-regional.html",  # a paragraph below a box inside the story
        "Nach dem schweren Unwetter vom Wochenende",  # the lead
        "an der gesperrten Strecke. (lh)",
        [
            "Wir und unsere Partner",
            "Nach Unwetter",
            "Stand: 04.12.2026",
            "Von: Lisa Huber",
            "Kommentare",
            "unterspült",
            "© Thomas Sehr",
            "Lesen Sie auch",
            "Hochwasser in Oberbayern",
            "Auch interessant",
            "Schnee in den Alpen",
            "GAP-Newsletter",
            "IPPEN.MEDIA",
            "Fehler gefunden",
            "Impressum",
        ],
        "Lisa Huber",
        ["Anwohner sind verärgert", "Der Gemeinderat will in seiner nächsten Sitzung"],
    ),
    (
        "news-de-broadcaster.html",
        "Ab Mitte Dezember fahren auf vielen Regionalstrecken",  # the lead
        "in Ausbildung und Quereinstieg gewonnen werden.",
        [
            "Direkt zum Inhalt",
            "Neuer Fahrplan",
            "Stand: 05.12.2026",
            "Audio:",
            "02:31 Min.",
            "GDL droht",
            "Bild: dpa",
            "Mehr zu diesem Thema",
            "Über dieses Thema berichtete",
            "Artikel teilen",
            "Schlagwörter",
            "Preise steigen",
            "ARD-aktuell",
        ],
        None,
        ["Kritik von Fahrgastverbänden"],
    ),
    (
        "news-it.html",
        "Il Comune approva il progetto",  # the dek
        "per i giorni delle partite.",
        [
            "Abbonati",
            "Cronaca",
            "di Giulia Bianchi",
            "modifica il",
            "Ascolta l'articolo",
            "Condividi",
            "Leggi anche",
            "il nodo dello stadio",
            "La newsletter",
            "iscriviti",
            "RIPRODUZIONE RISERVATA",
            "I più letti",
            "RCS Mediagroup",
        ],
        "Giulia Bianchi",
        [],
    ),
    (
        "news-wapo-style.html",
        "The measure offers tax breaks",  # the dek
        "The first could open in 2026.",
        [
            "Democracy Dies",
            "By Jordan Ellis",
            "6:12 p.m.",
            "Gift Article",
            "Listen 4 min",
            "Ricky Carioti",
            "Story continues",
            "Advertisement",
            "Read more",
            "record high",
            "is a reporter covering",
            "Follow Jordan",
            "Comments are closed",
            "Most Read",
            "1996-2024",
        ],
        "Jordan Ellis",
        [],
    ),
    (
        "service-de.html",  # a page of short paragraphs, lists and a table: no long story paragraph
        "Jede Person ab 16 Jahren",
        "E-Mail: buergerbuero@musterhausen.de",  # the office's contact box: the page's own content
        [
            "Zum Inhalt springen",
            "Leichte Sprache",
            "Sie sind hier",
            "Personalausweis beantragen\n",  # the headline
            "Seite drucken",
            "Zuletzt aktualisiert",
            "Das könnte Sie",
            "Reisepass beantragen",
            "Impressum",
        ],
        None,
        ["Welche Unterlagen brauche ich?", "ein aktuelles biometrisches Passfoto", "unter 24 Jahren | 6 Jahre | 22,80 Euro"],
    ),
    (
        "news-es-national.html",
        "El programa ofrece avales del 20%",  # the dek
        "Las comunidades autónomas gestionarán las solicitudes.",
        [
            "Suscríbete",
            "Vivienda\n",
            "05 dic 2026",
            "Compartir en",
            "Copiar enlace",
            "Claudio Álvarez",
            "Más información",
            "El precio del alquiler",
            "Recibe cada tarde",
            "Archivado En",
            "Trust Project",
            "Para comentar",
            "Los jóvenes destinan",
            "EDICIONES EL PAÍS",
        ],
        None,
        [],
    ),
    (
        "listicle-en.html",  # a story in short items under numbered subheadings
        "1. Freeze leftover herbs in olive oil.",
        "which makes nearby fruit ripen faster.",
        [
            "HomeBuzz Staff",
            "March 3, 2025",
            "Share on",
            "Rachel Kim / HomeBuzz",
            "Getty Images",
            "via reddit.com",
            "Sign up",
            "inbox",
            "What's your reaction?",
            "LOL 12",
            "More Stories",
            "Weirdly Satisfying",
        ],
        None,
        ["3. Use a spoon to peel ginger.", "It is not magic, but it helps."],
    ),
    (
        "post-medium-style.html",  # a first-person post whose middle section reads like a summary's bullets
        "For three years I built every side project",
        "and you probably won't need to.",
        ["Sign up", "7 min read", "1.2K", "Followers", "Written by", "More from Lena Park", "Responses", "the hard way"],
        "Lena Park",
        ["What I do now", "One repository, one process, one database.", "from idea to first user in nine days."],
    ),
    (
        "recipe-de-soup.html",  # ingredients, steps and a nutrition table, comments and ratings around them
        "Eine kräftige Linsensuppe",
        "Paprikapulver mit an.",
        ["Startseite", "Bewertungen", "Foto: Petra Hansen", "Teilen", "Kommentare", "Sehr lecker", "Erbsensuppe", "Impressum"],
        "Petra Hansen",
        ["250 g Tellerlinsen", "Salz, Pfeffer", "Mit Essig, Salz und Pfeffer abschmecken.", "390 kcal"],
    ),
    (
        "news-uk-inline-links.html",  # "READ MORE:" and "Related:" links between the paragraphs
        "Engineers worked through the night",
        "for the rest of the week.",
        [
            "WEATHER",
            "Transport Correspondent",
            "READ MORE",
            "amber warning",
            "Related:",
            "Topics:",
            "morning briefing",
            "More from News",
            "bus lanes",
            "All rights reserved",
        ],
        "Sam Ellis",
        ["operations director at Western Power.", "Schools in parts of Herefordshire"],
    ),
    (
        "sport-report-table.html",  # a league table and a line-up inside a match report
        "Two goals from Jamie Hartley",
        "Subs not used: Barton, Hughes, Lowe.",
        ["3 min read", "Share", "WhatsApp", "Most read", "loan move", "Northern Echo Online ©"],
        None,
        ["How the top of the table looks", "1 | Rovers | 34 | +21 | 68", "Rovers manager Steve Clarke said."],
    ),
    (
        "news-au-key-points.html",  # a newsroom's own "In short" box above the story, a byline with a job title
        "In short:",
        "pushed back their forecasts.",
        ["Just In", "By business reporter", "2:30pm", "Topics:", "Top Stories", "Flood warnings"],
        "Nadia Daly",
        ["Governor Michele Bullock says inflation is still too high", "The board meets again in September."],
    ),
    (
        "howto-faq.html",  # a how-to whose own FAQ closes it
        "If you live in a hard-water area",
        "affects the taste of hot drinks.",
        [
            "Subscribe",
            "Updated June 2",
            "affiliate links",
            "Was this article helpful?",
            "is a cleaning writer",
            "Popular guides",
            "Privacy",
        ],
        "Maria Lopez",
        ["A soft sponge", "Method 2: Citric acid", "Can I use lemon juice instead?", "about once a month."],
    ),
    (
        "news-split-body.html",  # a story split into chunks around an ad and a newsletter box, short teasers after it
        "The desert outside Phoenix",
        "decide if the bet pays off.",
        [
            "Subscribe",
            "6:00 AM EST",
            "Advertisement",
            "Sign up for the Fortune Tech newsletter",
            "technology reporter based",
            "Latest in Tech",
            "Apple shares fall",
            "sales in China dropped",
            "lining up",
            "All Rights Reserved",
        ],
        "Rina Patel",
        ["The biggest question is water.", "Then there is the question of people."],
    ),
    (
        "news-pt-storm.html",  # Brazilian Portuguese furniture: "Compartilhe", "Publicidade", "LEIA TAMBÉM", "Veja também"
        "Concessionária diz que equipes",
        "em caso de emergência.",
        [
            "Entrar",
            "Rio Grande do Sul\n",
            "Por Ana Souza",
            "Atualizado",
            "Compartilhe",
            "Publicidade",
            "LEIA TAMBÉM",
            "Previsão indica",
            "Foto: Carlos Mendes",
            "Veja também",
            "Motorista",
            "Todos os direitos",
        ],
        "Ana Souza",
        ["afirmou o diretor de operações, Marcelo Lima."],
    ),
    (
        "news-nl-dikes.html",  # Dutch furniture: "Door NAME", "Lees ook", "Deel dit artikel", "Meest gelezen"
        "Het kabinet trekt de komende tien jaar",
        "begroting van het ministerie.",
        [
            "Inloggen",
            "Aangepast",
            "Lees ook",
            "Waterschappen waarschuwen",
            "Deel dit artikel",
            "Meest gelezen",
            "Storing bij NS",
            "Cookie-instellingen",
        ],
        "Pieter de Vries",
        ["zegt voorzitter Dijksma."],
    ),
    (
        "release-de.html",  # a press release: its contact block and the site's footer go
        "Rund 48.000 Haushalte profitieren",
        "beschäftigen 420 Mitarbeitende.",
        ["Pressemitteilung vom", "Pressekontakt", "0621 123456", "Impressum", "Cookie-Einstellungen"],
        None,
        ["Grundversorgung | 38,9 ct/kWh | 34,2 ct/kWh", "sagt Geschäftsführer Martin Keller."],
    ),
    (
        "news-de-bridge.html",  # a regional story: "Lesen Sie auch", an ad, a paywall's log-in, teaser cards, a newsletter form
        "Nach jahrelanger Planung",
        "Der Ortsbeirat will bis zum Sommer Vorschläge sammeln.",
        [
            "Startseite",
            "Von Jana Köhler",
            "vorlesen",
            "Visualisierung",
            "Lesen Sie auch",
            "Anzeige",
            "Hier einloggen",
            "Schlagworte",
            "Artikel teilen",
            "ist Redakteurin",
            "Mehr aus Kassel",
            "Sturmtief",
            "E-Mail-Adresse",
            "Endlich!",
            "Impressum",
        ],
        "Jana Köhler",
        ["Sperrungen am Auedamm", "Länge: 140 Meter", "Fertigstellung: Herbst 2026"],
    ),
    (
        "health-de-advice.html",  # a health guide: a reviewer's credit, a TOC, an info box, a feedback widget, an author box
        "Müdigkeit, blasse Haut",
        "Zu viel Eisen kann schaden.",
        [
            "Startseite",
            "Medizinisch geprüft",
            "Lesezeit",
            "Anzeige",
            "ersetzt keine ärztliche Beratung",
            "Wie hilfreich",
            "Bewertungen",
            "Dr. med. Lena Voss",
            "Lena Voss ist",
            "Weitere Artikel",
            "Cookie",
        ],
        "Dr. med. Lena Voss",
        ["Kurzatmigkeit", "Linsen | 8,0 mg", "Gut zu wissen", "Wie viel Eisen braucht man am Tag?"],
    ),
    (
        "forum-de-thread.html",  # a forum thread: its posts are the text, the user boxes' names and counts are not
        "ich habe am Wochenende",
        "Jetzt ist Ruhe.",
        ["Foren-Übersicht", "Antwort erstellen", "Beitrag von", "Kai_HH", "Beiträge:", "Registriert", "Ähnliche Themen", "phpBB"],
        "Kai_HH",
        ["0,9 bar ist für ein Einfamilienhaus zu wenig"],
    ),
    (
        "club-de-layout-table.html",  # an old club site laid out in a table, its news text split by blank lines
        "Am vergangenen Freitag",
        "gemütlich aus.",
        ["Startseite", "eingetragen am", "<< zurück", "Letzte Änderung", "Impressum", " | "],
        None,
        ["Kassier: Thomas Brandl"],
    ),
    (
        "news-es-bogota.html",  # "Por: NAME", an inline "Le puede interesar:" link, a tag strip without a colon
        "La Alcaldía anunció que las obras",
        "falta de señalización.",
        [
            "Bogotá amplía",
            "Por:",
            "Redacción",
            "p. m.",
            "Comparte",
            "Foto:",
            "Le puede interesar",
            "Temas",
            "Síguenos",
            "Más noticias",
            "Capturan",
            "derechos reservados",
        ],
        "Laura Gómez",
        ["180.000 millones de pesos"],
    ),
    (
        "news-wire-short.html",  # a wire story of one-sentence paragraphs, the last one naming a deadline ("by Saturday")
        "PORTLAND, Maine (AP)",
        "winds would ease by Saturday morning.",
        ["Storm knocks out", "By DAVID", "Nov 1, 2019", "Copyright 2019", "Trending", "Lobster", "Sign up", "Coastal Daily"],
        "DAVID SHARP",
        ["Schools in more than a dozen districts closed for the day."],
    ),
    (
        "news-de-short-box.html",  # a short story of four paragraphs: its last one sits below an audio box
        "Die Lokführergewerkschaft GDL",
        "eine Corona-Prämie von 600 Euro.",
        ["Stand:", "Bahn legt neues Angebot", "Der Konzern bietet", "Audio: 02:13", "Mehr zum Thema", "Über dieses Thema"],
        None,
        ["Fahrgäste sollen Reisen verschieben"],
    ),
    (
        "press-release-en.html",  # the issuer's name below "News provided by"
        "Facility will employ 400 workers by 2022",  # the release's subtitle: its dek
        "SOURCE Acme Robotics Inc.",  # the golds keep the wire's source line
        [
            "News provided by",
            "Acme Robotics Inc.\n",
            "Sep 15, 2020",
            "Share this article",
            "Media Contact",
            "Related Links",
            "Also from",
        ],
        "Acme Robotics Inc.",
        ["DAYTON, Ohio, Sept. 15, 2020 /PRNewswire/ --", "About Acme Robotics"],
    ),
    (
        "news-de-magazine.html",  # "aus Hamburg berichtet NAME"; the author tag names the publisher the title names
        "Viele Versorger geben",
        "zu einem günstigeren Anbieter wechseln.",
        [
            "berichtet",
            "Merkliste",
            "Foto:",
            "Mehr zum Thema",
            "kel/dpa",
            "Mehr lesen über",
            "Wiedergabe",
            "Inflation",
            "Alle Rechte",
        ],
        "Katrin Elger",
        ["180 Euro im Jahr"],
    ),
    (
        "docs-sphinx.html",  # a documentation page: its headings' permalink marks ("¶") are no text
        "fastqueue reads its settings",
        "retry.max | FASTQUEUE_RETRY_MAX | 3",
        ["¶", "Navigation", "previous", "Table of Contents", "Quick search", "Show Source", "© Copyright", "Sphinx"],
        None,
        ["The settings file\n", "Environment variables\n", 'url = "redis://localhost:6379/0"', "Setting | Variable | Default"],
    ),
    (
        "recipe-en-card.html",  # a recipe card: "Jump to Recipe Print Recipe", its call to tag the blog
        "These lemon bars have",
        "Fat: 12g",
        [
            "Jump to Recipe",
            "Print Recipe",
            "affiliate links",
            "4.86 from",
            "Tried this recipe",
            "Share this",
            "Related",
            "Linda",
            "Hi, I'm Sally",
        ],
        "Sally Moreno",
        ["Can I freeze lemon bars?", "1 cup butter, softened", "Bake 25 minutes more.", "Prep Time 15 mins"],
    ),
    (
        "municipal-de-news.html",  # a town hall's news in a CMS: its closing line names a phone number
        "Ab dem 8. März wird die Hauptstraße",  # the teaser, the story's dek
        "Fragen beantwortet das Bauamt unter Telefon 07661 9305-20.",
        [
            "Sie sind hier",
            "14.02.2021",
            "Foto: Gemeinde",
            "Zugehörige Dateien",
            "Bauzeitenplan",
            "Zurück",
            "Klosterplatz",
            "Mo–Fr",
        ],
        None,
        ["Informationsabend\n"],
    ),
    (
        "wiki-de-article.html",  # a MediaWiki article: its headings' "[Bearbeiten | Quelltext bearbeiten]" links are no text
        "Feldberg\nHöhe | 1493,5 m",  # the infobox, a table of the article's
        "einer Sprungschanze in Hinterzarten.",
        ["Bearbeiten", "Inhaltsverzeichnis", "Zur Navigation", "Einzelnachweise", "Landesamt", "Berge im Schwarzwald"]
        + ["Kategorien", "Hauptseite", "zuletzt am", "Creative Commons", "aus Wikipedia"],
        None,
        ["Geographie\n", "Geschichte\n"],
    ),
    (
        "blog-fr-recipe.html",  # a hosted French blog: the title loses the blog's name its linked h1 gives
        "Cette année, le figuier du jardin",
        "Bonne dégustation !",
        ["Publié le", "Partager", "Repost", "Tarte aux prunes", "Vous aimerez", "Commenter", "Martine", "Présentation"]
        + ["Overblog", "Mentions légales"],
        "Lucie",
        ["Ingrédients pour 4 pots :", "600 g de sucre"],
    ),
    (
        "news-uk-tabloid.html",  # "MOST READ IN NEWS" and "Read More on The Sun" boxes inside the story, a tip line
        "The couple say they were never warned",  # the subdeck, the story's dek
        "sent letters about the changes in December.",
        ["BIN THERE", "Published:", "Credit: SWNS", "MOST READ", "HEARTBROKEN", "Read More on", "CAN IT", "We pay for"]
        + ["Topics", "View comments", "News Group"],
        "Jane Moss",
        ["Dave and Karen Hill, both 52,"],
    ),
    (
        "review-gallery-group.html",  # the verdict in a block group below a twelve-picture gallery is the story's
        "Paragraph 0 of the review",
        "again long enough to be a proper story paragraph here.",
        ["View 3", "Bikes Weekly"],
        None,
        ["Verdict", "Later section paragraph 1"],
    ),
    (
        "news-fox-style.html",  # a featured video's linked caption above the story, an app call inside it
        "A Texas man used his fishing boat",
        'They would have done the same for me."',
        ["historic flooding to southeast", "AP Photo", "FOX NEWS APP", "contributed to this report", "is a reporter for"]
        + ["Trending in", "alligator", "may not be published"],
        "Greg Norman",
        ["Among those he rescued"],
    ),
    (
        "tech-news-wordpress.html",  # an embedded post's linked headline, a bare "Tags" label over its tag links
        "Acme Robotics today announced",
        "outpaces available labor.",
        ["Image Credits", "@bheater", "learns to pick", "Tags", "robotics\n", "fundings", "Early Stage", "More TechCrunch"],
        "Brian Heater",
        ["Scaling up\n"],
    ),
    (
        "news-gannett-style.html",  # a "More:" teaser between the paragraphs, a "Contributing:" credit
        "Portland, Oregon, hit 112 degrees",
        "portable air conditioners.",
        ["Published 11:02", "Getty Images", "misting station", "More:", "heat dome? Here", "Contributing", "Most Popular"],
        "Doyle Rice",
        ["Many homes in the region"],
    ),
    (
        "news-bi-style.html",  # a homepage call in the summary list, a reporter's call for tips at the end
        "Costco is raising its starting wage",
        "amid a tight labor market.",
        ["Visit Business Insider", "Getty Images", "Read more", "Walmart is eliminating", "Contact this reporter"]
        + ["Read the original", "Trending"],
        "Hayley Peterson",
        ["Costco already pays more"],
    ),
    (
        "news-de-multipage.html",  # a dateline crediting its sources, a paid teaser, the list of the story's pages
        "Der Anstieg der Angebotsmieten",  # the summary, the story's dek
        "fünf Jahre einfrieren soll.",
        ["Aktualisiert am", "Quelle:", "Kommentare", "Soeder", "Z+", "Mietendeckel: Was", "Seite 1", "Inhalt"]
        + ["Schlagworte", "Zur Startseite", "Hanseat", "Impressum"],
        None,
        ["Kritik vom Mieterbund"],
    ),
    (
        "blog-de-research.html",  # a research blog's footnotes (the post's), its citation line, the next post's link
        "Stadtbücher gehören zu den reichsten",
        "Topographie der Stadt Köln im Mittelalter, Bd. 1, Bonn 1910.",
        ["Veröffentlicht am", "Zitierweise", "Abgerufen am", "↩", "Verschlagwortet", "Zunftordnungen", "Das Stadtbuch von"]
        + ["Schreibe einen", "Neueste Beiträge", "CC BY", "Impressum"],
        "Julia Wagner",
        ["Vgl. Dieter Rübsamen"],
    ),
    (
        "news-fr-agency-strip.html",  # an agency's strip with two stamps and a reading time, a "Lire aussi" teaser
        "L’entreprise prévoit 4 %",  # the dek
        "seront prévenus par SMS.",
        ["Le Monde avec AFP", "Publié le", "Temps de Lecture", "Partager", "THOMAS SAMSON", "Lire aussi", "Ouigo : la"]
        + ["réservé à nos abonnés", "Services Le Monde", "Dans la même", "cookies"],
        None,
        ["Des travaux sur plusieurs lignes"],
    ),
    (
        "news-es-madrid.html",  # a video's caption, a "Más información" box, an invitation to follow the site
        "El Ayuntamiento activa el escenario 2",  # the subtitle, the story's dek
        'todo el invierno", ha señalado un portavoz de Ecologistas en Acción.',
        ["Imágenes capturadas", "Telemadrid", "Más información", "Así funciona", "Puedes seguir", "Comentarios"]
        + ["Archivado", "Lo más visto", "Aviso legal"],
        "Pablo Linde",
        ["Además, la velocidad máxima"],
    ),
    (
        "municipal-fr-budget.html",  # a table of amounts, a list under a subheading, then the story's closing sentence
        "Le conseil municipal a adopté",
        "aux heures d'ouverture.",
        ["Accès rapide", "Accueil >", "Publié le", "Partager", "Mentions légales"],
        None,
        ["1 545 500 EUROS", "À retenir", "pas de hausse des impôts"],
    ),
    (
        "news-us-metro-widgets.html",  # an audio player, an ad's notice, a pull quote, a sign-up box with a bold heading
        "The city council voted 7-2",
        "could open in 2022.",
        ["Listen to this article", "5 min", "Advertisement", "Story continues", "Photo: Jane Doe", "Get the Morning"]
        + ["delivered to your inbox", "Tom Becker covers", "contributed to this report", "Report an error", "Join the"]
        + ["Water rates", "Privacy"],
        "Tom Becker",
        ["This is the biggest thing we've done for parks in this city in 50 years.\"\n"],
    ),
    (
        "news-celebrity-embeds.html",  # an Instagram and a Twitter embed; the tweet and its signature are the story's
        "Pop singer Lena Marlow",
        "across North America, Europe and Asia.",
        ["View this post", "Mr. and Mrs.", "Related:", "Stage Fright", "Filed Under", "Pin It", "Most Popular"],
        "Kim Porter",
        ["I cried reading this.", "— Jess (@jess_music) November 19, 2019"],
    ),
    (
        "event-de-market.html",  # an event's facts as a description list, its date among them, above the text
        "Datum:\n\n29.11.2019 – 01.12.2019",
        "Programmflyer herunterladen (PDF, 1,2 MB)",  # the programme's download, a link in the event's text
        ["Startseite", "Weitere Veranstaltungen", "Seniorennachmittag", "Termin in Kalender", "Impressum"],
        None,
        ["Eintritt:\n\nfrei", "am Sportgelände."],
    ),
    (
        "news-university-press.html",  # a date before a capitalised "By" in one strip, a media contact box
        "Honeybees trained with sugar rewards",  # the dek
        "funded by the National Science Foundation.",
        ["By Laura Finch", "November 19", "Media Contact", "lfinch@", "Related Links", "Tags:", "More News", "©"],
        "Laura Finch",
        ["They are not just measuring distance"],
    ),
    (
        "news-crypto-markets.html",  # a price ticker, two credits in one line, the site's self-description, a sign-up box
        "Bitcoin fell below $8,000 for the first time",  # the summary, the story's dek
        "holds no cryptocurrency at the time of writing.",  # the author's disclosure, which the golds keep
        ["BTC $7,985", "Nov 19, 2019 at", "Updated", "Shutterstock", "The leader in news", "Market Wrap", "By signing up"],
        "Omar Godbole",
        ["The relative strength index"],
    ),
    (
        "review-roundup-affiliate.html",  # an affiliate notice, price boxes and shop buttons between the picks, an author box
        "A good cordless vacuum makes quick work",
        "from full charge until it shut off.",
        ["We may earn a commission", "Check Price", "at Amazon", "at Walmart", "Photo: Rachel Kim", "Want more reviews"]
        + ["senior editor at Home Gear", "Popular Now"],
        "Rachel Kim",
        ["1. Best overall: Dyson V11 Torque Drive", "Pros: Powerful suction", "Cons: Runs only about 40 minutes"],
    ),
    (
        "news-campus-comments.html",  # reader comments in a "conversation" section: handle and time, text, controls
        "The main library will stay open until midnight",
        "the start of the fall exam period.",
        ["Sam Ortiz", "Conversation", "Newest first", "mlopez22", "Finally!", "Would be nice", "Graduate students"]
        + ["Reply", "Powered by", "©"],
        None,
        ["Dean of Libraries Helen Park"],
    ),
    (
        "news-nonprofit-utility-classes.html",  # utility classes only: an author card (name over date), a donation box
        "WALDEN, Kan. — When Harold Baer announced",
        '"When the community owns the store, the community shops there."',
        ["Maria Lindqvist", "November 19, 2019", "Shoppers at the Walden", "Support independent", "nonprofit newsroom"]
        + ["Give now", "covers rural communities", "Republish", "More from Small Towns", "A school that kept", "©"],
        None,
        ["Rural grocery stores have been closing"],
    ),
    (
        "news-zh-wire.html",  # a Chinese wire story: its original headline above it, a photo's credit, its editor below
        "新华社武汉11月19日电",
        "确保群众生活用水安全。",
        ["原标题", "分享到", "张三 摄", "责任编辑", "关键词", "相关新闻", "我要评论", "版权所有"],
        None,
        ["长江委已组织三峡水库"],
    ),
    (
        "obituary-en.html",  # an obituary: its run in print, a guest book of condolences, the funeral home's card
        "SPRINGFIELD — Margaret Ann Hoffman, 87",
        "or the Springfield Public Library.",
        ["1932 - 2019", "Send Flowers", "Sign Guest Book", "Published in The State Journal", "Guest Book", "Not sure what"]
        + ["my third grade teacher", "deepest sympathy", "Jennifer Walsh", "(217)", "©"],
        None,
        ["She is survived by two sons"],
    ),
    (
        "news-de-guide-list.html",  # a guide's tips list and table of values between its paragraphs, which the model drops
        "Die Heizperiode hat begonnen",
        "die Heizung arbeitet weniger effizient.",
        ["Lesen Sie auch", "Colourbox", "Im Video", "(ans)", "Kommentare", "Empfohlene Inhalte", "Teilen"],
        None,
        ["Die wichtigsten Tipps im Überblick", "Stoßlüften statt Kipplüften", "Wohnzimmer | 20 Grad", "Richtig lüften"],
    ),
    (
        "news-in-also-read.html",  # an "Also Read" teaser set apart from its link by markup, a trending-topics line
        "Highlights",
        "The bill now needs the President's assent to become law.",
        ["Also Read", "Onion prices", "Trending Topics", "Download", "Stories you may", "TNN", "Copyright"],
        None,
        ["NEW DELHI: Parliament on Tuesday", "Celebrities are free to endorse"],
    ),
    (
        "news-at-postings.html",  # a forum below the story: its "Postings" heading, its policy line, postings
        "Ab Dezember fahren die Züge",
        "auch unter der Woche. (mika, 19.11.2019)",
        ["Lesen Sie auch", "Foto: APA", "148 Postings", "Postings", "Diskutieren Sie mit", "Endlich!", "Links"]
        + ["Fahrgast_1970", "Alle Rechte"],
        None,
        ["Mehr Personal nötig"],
    ),
    (
        "news-uk-inline-readmore.html",  # a "Read more" teaser inside the story: the label in a span of the link
        "Figures show 4.4 million people",
        "staff were treating more patients than ever before.",
        ["Hospitals told to cancel", "Sign up for our free", "Junior doctors", "Join our commenting", "97 comments"]
        + ["(PA)", "@ShaunLintern"],
        None,
        ["Dr Nick Scriven, president"],
    ),
    (
        "news-ca-short-section.html",  # a subheading above the story's short last paragraph, an author box below it
        "Ontario is moving to cut electricity rates",
        "does nothing to bring down the actual cost of power.",
        ["Read more", "Ford government", "About the Author", "Senior reporter", "covers provincial affairs"]
        + ["Corrections and clarifications", "Popular Now", "Chris Young"],
        "Mike Crawley",
        ["Critics say rebate hides real cost"],
    ),
    (
        "news-ph-reactions.html",  # a reactions widget above the story: its question, feelings and their shares
        "(UPDATED) The fund will give cash aid",
        "through the National Food Authority. – Rappler.com",
        ["What's your reaction", "Happy 0.0%", "Amused", "Published 7:54", "Tags:", "is a business reporter"]
        + ["More from Aika Rey", "Copyright"],
        "Aika Rey",
        ["Agriculture Secretary William Dar said"],
    ),
    (
        "news-in-wire-feed.html",  # a wire story republished: its feed note below it, an "Also read" line, a follow call
        "Delhi's overall air quality index stood at 312",
        "accounted for about 8 per cent of the pollution in Delhi on Monday, SAFAR said.",
        ["published from a wire agency feed", "Also read", "Follow more stories", "Advertisement", "TOPICS"]
        + ["Trending Topics", "Press Trust of India", "Copyright"],
        "Shivani Kumar",
        ["An AQI between 0 and 50 is considered"],
    ),
    (
        "news-us-results-list.html",  # a results list a paragraph introduces with a colon, a market ticker above the story
        "Home Depot cut its sales forecast for the year.",
        "Read the full press release here.",
        ["27,934.02", "NASDAQ", "Share Article", "Subscribe to CNBC PRO", "Related Tags", "Data is a real-time"]
        + ["02:14", "All Rights Reserved"],
        "Lauren Thomas",
        ["Earnings per share: $2.53 vs. $2.52 expected", "Same-store sales: up 3.6% vs. 4.6% expected"],
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
