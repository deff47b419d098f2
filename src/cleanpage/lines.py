"""What one line of a page is, by its words and, for a block, its markup: a headline copy, a
byline or dateline, a photo credit, a caption, a share button, a "read also" teaser, a sign-up
prompt, a legal notice, a comment section's line, closing matter (reporting credits, author
bios, print and copyright lines).

These are the convention's vocabulary (data/README.md): the story's frame (`frame`) drops kept
blocks of these shapes around the story, and the same detectors label the training corpora
(`training.convention`). They are shapes (a "By NAME" line, a line that is mostly a date, "NAME
is a reporter …"), in the languages of the training pages, not any page's wording.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from .dates import MONTHS, date_in_text, names_a_year
from .features import BIO_WORDS, CREDIT_LINE, DATE_WORDS, LONG_PARAGRAPH_WORDS, PROMPT_WORDS, SHARE_WORDS
from .metadata import CJK_CHAR, author_name
from .parse import BLOCK_TAGS
from .records import Block

_WORD = re.compile(r"\w+", re.UNICODE)


def any_of(phrases: Sequence[str]) -> str:
    """A regex that finds any of `phrases` (literal text), grouped by their first character: the
    engine then tests one group at each position instead of every phrase."""
    groups: dict[str, list[str]] = {}
    for phrase in dict.fromkeys(phrases):
        groups.setdefault(phrase[:1], []).append(phrase[1:])
    return "|".join(
        re.escape(first) + (f"(?:{'|'.join(map(re.escape, rests))})" if rests != [""] else "") for first, rests in groups.items()
    )


class CaselessPattern:
    """A case-insensitive pattern, written in lower case, that searches quickly: Python's regex
    engine compares each character slowly when it ignores case, so an ASCII text (a page's class
    names, most lines) is searched in lower case by the pattern compiled case-sensitive, and
    other texts, whose case folds go beyond `str.lower`, by the case-insensitive one."""

    __slots__ = ("ascii", "unicode")

    def __init__(self, pattern: str) -> None:
        self.ascii = re.compile(pattern)
        self.unicode = re.compile(pattern, re.IGNORECASE)

    def found_in(self, text: str) -> bool:
        """Whether the pattern matches anywhere in `text` (`re.search`), ignoring case."""
        if text.isascii():
            return self.ascii.search(text.lower()) is not None
        return self.unicode.search(text) is not None


def may_hold(text: str, needles: Sequence[str]) -> bool:
    """Whether a case-insensitive pattern that needs one of `needles` (lower case, ASCII) can
    match `text`: always beyond ASCII, where the regex engine folds more letters together than
    `str.lower` does ("ı", "ſ", the Kelvin sign)."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(needle in low for needle in needles)


LONG_PARAGRAPH_CJK_CHARS = 50  # the same in Chinese, Japanese or Korean, written without spaces
# A date in Chinese or Japanese ("2019年04月21日 12時00分更新"): a short line that starts with one and is not
# a sentence is a dateline.
_CJK_DATE = re.compile(r"\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
MAX_CJK_DATELINE_CHARS = 60
MAX_CLOSING_WORDS = 80
MAX_HEADLINE_WORDS = 40
MAX_HEADLINE_CHARS = 300
MAX_BYLINE_WORDS = 12
MAX_AD_LABEL_WORDS = 4
MAX_CHARS_PER_WORD = 20  # a text longer than N words times this cannot have N words or fewer: skip the split
MAX_HEADER_WORDS = 6  # a comment section's heading is a few words
# "13 Comments", "Kommentare (4)", "Comentarios", "Commentaires", "Commenti", "Reacties": the plural
# names a section; a singular "reply" or "comment" also heads a story's own paragraphs ("Russia's reply")
COMMENT_WORDS = frozenset(
    "comments kommentare comentarios comentários commentaires commenti reacties komentarze комментарии "
    "kommentarer kommentit komentáře komentar komentari yorumlar hozzászólások σχόλια коментарі leserkommentare".split()
)
_COMMENT_PROMPT = re.compile(r"(?i)\b(?:leave|post|add|write|submit)\s+an?\s+(?:comment|reply)\b|\bjoin the discussion\b")
_POSTINGS = re.compile(r"(?i)\W{0,3}(?:\d+\s+)?postings\W{0,3}")  # a forum's count of postings, the whole line ("148 Postings")
HEADLINE_SIMILARITY = 0.8  # share of a line's words found in one headline candidate
HEADLINE_COVER = 0.6  # share of the candidate's words in the line (a <title> adds the site's name)
# "By NAME", "Von NAME", "Por NAME", "Par NAME", "Di NAME", "Door NAME", "Av NAME", "Autor: NAME" …
# a reviewer's credit, a byline too ("Medically reviewed by NAME", "Fact-checked by NAME", "Medizinisch geprüft von NAME")
_REVIEWED_BY = r"(?:(?:medically|medizinisch|fachlich)\s+)?(?:reviewed|fact[\s-]?checked|geprüft|revisado)\s+(?:by|von|por)"
# a byline that names the piece's genre or the reporter's place first ("Ein Kommentar von NAME", "An
# analysis by NAME", "Una entrevista de NAME", "Aus Hamburg berichtet NAME")
_GENRE_BY = (
    r"(?:(?:ein|eine|an?|una?)\s+(?:\w+\s+)?(?:interview|analyse|analysis|kommentar|commentary|kolumne|column|essay|"
    r"gastbeitrag|reportage|bericht|porträt|rezension|glosse|entrevista|análisis|columna|crónica)\s+(?:von|by|de)|"
    r"(?:aus|in)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?\s+berichte[nt])"
)
_BYLINE = re.compile(
    rf"^\s*(?:by|von|por|par|di|door|av|af|autor(?:in)?|author|автор|written by|posted by|text|"
    rf"{_REVIEWED_BY}|{_GENRE_BY})\b[\s:]",
    re.IGNORECASE,
)
_BY_WORDS = ("by", "von", "por", "par")  # the word before an author's name inside a line
# "August 6, 2012 by NAME"; capitalised after a separator: "November 19, 2019 · By NAME"
_BY_INSIDE = re.compile(
    r"(?:\b(?:" + "|".join(_BY_WORDS) + r")|(?<=[·|•–—]\s)(?:" + "|".join(map(str.capitalize, _BY_WORDS)) + r"))"
    r"\s+([A-ZÀ-Ý][\w.]*)"
)
# The author's name in a byline: "By NAME, Staff Writer | DATE", "Von NAME und NAME", "Posted on DATE by NAME"
_NAME_WORD = r"[A-ZÀ-Ý][\w.'’-]*"
_NAME_PARTICLE = r"(?:de|van|von|der|den|da|di|du|del|la|le|bin|al)"
# academic titles before a name ("Dr. med.", "Prof. Dr. rer. nat."): their lower-case parts are not a name's end
_ACADEMIC = r"(?:(?:Prof|Dr|PD)\.\s+(?:(?:med|rer|nat|phil|dent|vet|jur|habil|mult)\.\s+)*)"
ACADEMIC_TITLES = re.compile(rf"^{_ACADEMIC}+")
_NAME = rf"{_ACADEMIC}*{_NAME_WORD}(?:\s+(?:{_NAME_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{0,3}}"
_AND = r"\s(?i:and|und|y|et|en)\s|\s?&\s?"  # between the last two names
_NAME_AND = re.compile(_AND)
# a job title between "By" and the name, in lower case ("By business reporter NAME", "By national science,
# technology and environment reporter NAME")
_ROLE_BEFORE_NAME = r"(?:[a-z][\w-]*,?\s+){0,6}?(?:reporter|correspondent|editor|writer|journalist|columnist|analyst)\s+"
_BYLINE_AUTHOR = re.compile(
    rf"(?:^|\s)(?i:(?:{'|'.join(_BY_WORDS)}):?|di|door|av|af|autor(?:in)?:|author:|text:|berichte[nt])\s+(?:{_ROLE_BEFORE_NAME})?"
    rf"({_NAME}(?:\s*,\s*{_NAME}|(?:{_AND}){_NAME})*)"
)
_PRINT_LINE = re.compile(
    r"(?i)appears in print|(?:in|of)\s+(?:the|our|today['’]s|this\s+\w+['’]s)\s+print\s+edition|print\s+edition\s+of|"
    # the paper named before its print edition ("This article appeared in the South China Morning Post print edition as: …")
    r"\bappear(?:s|ed)\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w.&'’ -]{1,60}?\s+print\s+edition\b|"
    r"order reprints|today['’]s paper|all rights reserved|"
    r"alle rechte vorbehalten|derechos reservados|tous droits réservés|^\W{0,3}(?:©|(?:\(c\)\s*)?copyright(?![\w-]))|"
    # a paid notice's run in print ("Published in The State Journal from Nov. 19 to Nov. 20, 2019.")
    r"^\W{0,3}published\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w.&'’ -]{1,60}?\s+(?:from|on)\s+(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}"
    r"(?:,?\s*\d{4})?(?:\s+(?:to|through|-|–)\s+(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}(?:,?\s*\d{4})?)?\W{0,2}$"
)
_PRINT_WORDS = (
    "print",
    "paper",
    "rights",
    "rechte",
    "derechos",
    "droits",
    "©",
    "copyright",
    "published in",
)  # one in every match
_PRINT_GATE = re.compile(any_of(_PRINT_WORDS))
_BIO_VERBS = r"is|was|joined|has|covers|writes|ist|es|est"  # after a name, a bio's first words
# not a sentence's opening words ("Here is a … Visitors Bureau calendar of January events:")
_NOT_A_NAME = r"(?:Here|There|This|That|These|Those|It|What|Which|Who|He|She|They|We|You|I|Today|Now|Everything|Nothing)\b"
_BIO_START = re.compile(rf"^(?!{_NOT_A_NAME})[A-ZÀ-Ý][\w.'’-]+(?:\s+[A-ZÀ-Ý][\w.'’-]+){{0,3}},?\s+(?:{_BIO_VERBS})\b")
_WIRES = r"AP|AFP|dpa|EPA"  # the wire services: short names, so only inside brackets or beside a slash
_PHOTO_AGENCIES = r"Reuters|Getty Images|Associated Press|Bloomberg|Shutterstock"
_AGENCIES = _PHOTO_AGENCIES + r"|Xinhua"
# what follows a byline's name and is not part of it: a wire service, a job title
_NAME_TAIL = re.compile(
    rf"(?i)(?:,?\s+(?:{_AGENCIES}|{_WIRES}|staff|writer|reporter|correspondent|editor|columnist|chief|senior|political|"
    r"deputy|associate|contributing))+$"
)
# A photo or image credit, alone or closing a caption: "Photo: NAME", "Photo by NAME", "(NAME Photography)",
# "(Image credit: NAME)", "Foto: Privat", "Quelle: NAME / Fotolia.com", "(NAME/Associated Press)",
# "(@NAME/Instagram)", "NAME/Getty Images", a caption that starts with its credit ("NAME/REUTERS A jet …",
# "REUTERS/NAME"): at the start of the text (`match`) …
_CREDIT_AT_START = re.compile(
    r"(?i)\W{0,2}(?:photos?|fotos?|images?|imagen(?:es)?|(?:archiv|symbol|titel|beitrags)?bild(?:er)?|pictures?|credits?|"
    r"crédits?|créditos?|quelle|source|fuente|fonte|źródło|bron|fotografía|illustration|grafik|photograph(?:y|er)?|screenshot|captura|"
    r"fotó|kuva|gambar|фото|fotoğraf|zdjęcie)"
    r"(?:\s+(?:credits?|courtesy|by|via|de|von|source|photos?))?\s*[:©]"  # "Crédit photo : Reuters"
    # a copyright sign before a photo agency ("© picture alliance / dpa | NAME", "© dpa", "©Getty Images")
    r"|\W{0,2}©\s*(?:picture[\s-]alliance|imago|getty|shutterstock|istock|dpa|reuters|afp|ap\b|epa|keystone|apa\b|ansa|efe\b)"
    # a caption's label alone, or a courtesy line ("Symbolbild", "Archivfoto", "Courtesy of the artist")
    r"|\W{0,2}(?:symbolbild|symbolfoto|archivbild|archivfoto|foto\s+de\s+archivo|archivo\s+efe|foto\s+di\s+repertorio|"
    r"courtesy(?:\s+of)?(?:\s+[\w.'’&-]+){1,5})\W{0,2}$"
    r"|\W{0,2}fot\.\s+(?-i:[A-ZÀ-Ý])"  # Polish: "Fot. NAME / AGENCY"
    # a wire's photo credit without brackets ("AP Photo/NAME", "AP Photo", "EPA/NAME")
    r"|\W{0,2}(?-i:AP|AFP|EPA|ANP|ANSA|EFE)\s*(?:photo\s*(?:/|$)|/\s*(?-i:[A-ZÀ-Ý])[\w.'’-]*(?:\s+[\w.'’-]+){0,3}\W*$)"
    r"|\W{0,2}(?:(?:staff|file|handout|contributed|submitted)\s+)?(?:photos?|images?|pictures?|fotos?|photograph)\s+"
    r"(?:by|courtesy(?:\s+of)?(?:\s+the)?|von|de|par)\s+(?-i:[A-ZÀ-Ý@])"
    r"|\W{0,2}(?:photos?|images?|pictures?)\s+(?:(?:captured|taken)\s+)?(?:from|via)\s+(?-i:[A-ZÀ-Ý@\w])[^.]{0,60}(?:\.\w+)?\W*$"
    r"|\W{0,2}\([^()]{0,60}\b(?:photography|photos?|fotos?)\)\W*$"
    r"|(?-i:(?:[A-ZÀ-Ý][\w.'’-]+\s+){0,3}[A-ZÀ-Ý][\w.'’-]+\s?/\s?(?:REUTERS|" + _WIRES.upper() + "|" + _AGENCIES + r"))"
    r"|\W{0,2}(?:" + _AGENCIES + r")\s?/\s?(?-i:(?:[A-ZÀ-Ý][\w.'’-]+\s+){0,3}[A-ZÀ-Ý][\w.'’-]+)\W*$"
)
# … and closing it (`search` from `CREDIT_TAIL_CHARS` before its end):
_CREDIT_AT_END = re.compile(
    # the characters a match can start with, so that the search skips every other position quickly
    r"(?i)(?=[ifcgs(.!?\"”\s;])(?:"
    # a Spanish or Portuguese credit closing a caption: "Imágenes capturadas de video", "Foto cedida por NAME"
    r"\b(?:imágenes|imagens?|imagen|fotos?|fotografías?)\s+(?:cedidas?|capturadas?|tomadas?|facilitadas?)"
    r"(?:\s+(?:de|por|a|pela|pelo)\s+(?:(?:la|el|los|las|a|o)\s+)?(?:v[ií]deo|(?-i:[A-ZÀ-Ý]))[^.]{0,40})?\W*$"
    r"|\bcaptura\s+de\s+(?:pantalla|v[ií]deo|tela)\W*$"
    r"|\((?:AP|AFP|AAP|Reuters|dpa|EPA|Getty|ANSA|EFE|Kyodo|Xinhua|Yonhap|Keystone|Belga)\b[^()]{0,60}\)\W*$"
    # a caption's closing credit: "(NAME/Gothamist)", "(Public domain)", "(Courtesy of NAME)", "(Handout)"
    r"|\((?-i:(?:[A-ZÀ-Ý][\w.'’-]*\s+){1,3}[A-ZÀ-Ý][\w.'’-]*\s?/\s?[A-ZÀ-Ý][\w.'’& -]{1,40})\)\W*$"
    r"|\((?:public\s+domain|handout|courtesy(?:\s+of)?\s[^()]{1,40}|file\s+photo|stock\s+photo|symbolbild|symbolfoto|"
    r"archivbild|archivfoto|imagen\s+de\s+archivo|foto\s+de\s+archivo|photo\s+d['’]archives|foto\s+d['’]archivio)\)\W*$"
    r"|\([^()]{0,60}/\s*(?:" + _WIRES + "|" + _PHOTO_AGENCIES + r"|Twitter|Instagram|Facebook|Flickr|YouTube|TikTok)\)\W*$"
    r"|(?:getty\s?images|shutterstock|istock(?:photo)?)\W*$"
    # a labelled credit after the caption's last sentence: "… on Monday night. Photograph: NAME/AGENCY"
    # or glued to it ("… Sandsäcke.Quelle: NAME / Fotolia.com"; a site's name keeps its dots)
    r"|[.!?\"”]\s*(?:photo(?:graph)?s?|images?|pictures?|fotos?|bild|illustration|(?:image\s+)?credit|quelle|fuente)"
    r"\s*:\s*(?:[^.:]|\.(?=\w)){2,60}$"
    r"|[.!?\"”]\s+fot\.\s+(?-i:[A-ZÀ-Ý])[^.:]{1,60}$"  # "… na nowej trasie. Fot. NAME / Polska Press"
    # a Portuguese credit after a dash: "… entre 2015 e 2019 - Arte/Agência Brasil", "— Foto: Reprodução/TV Globo"
    r"|\s[-–—]\s*(?:fotos?\s*:\s*)?(?:arte|reprodução|divulgação|arquivo\s+pessoal)(?:\s*/\s*[^./]{1,40})?\W*$"
    # a second credit after a semicolon: "Bitcoin image via Shutterstock; charts by TradingView"
    r"|;\s*(?:charts?|graphs?|graphics?|maps?|illustrations?|photos?|images?|videos?)\s+(?:by|via|from|courtesy\s+of)\s+"
    r"(?-i:[A-ZÀ-Ý])[\w.'’&-]*(?:\s+(?-i:[A-ZÀ-Ý&])[\w.'’&-]*){0,3}\W*$)"
)
# … and in Chinese and Korean: "… 新京报记者 王飞 摄", "（新华社记者 NAME 摄）", "[사진 서울시]", "（图片来源：NAME）"
# (searched only in a text that holds one of `_CJK_CREDIT_KEYS`)
_CJK_CREDIT_AT_END = re.compile(
    r"[\s(（\[【][^。.!?\s]{0,12}(?:\s[^。.!?\s]{1,12}){0,2}\s?[摄攝][)）\]】]?\W*$"
    r"|[\[【(（](?:사진|写真|图片?|圖片?|图片来源|圖片來源)\s*[:：=]?\s*[^\]】)）]{1,30}[\]】)）]\W*$"
)
_CJK_CREDIT_KEYS = re.compile("[摄攝]|사진|写真|图|圖")
# one of these is in every match of `_CREDIT_AT_END` in an ASCII text (its brackets, colon or
# semicolon, or a word of its credits): most captions and lines skip the search
_CREDIT_AT_END_NEEDLES = ("(", ":", ";", "fot", "imag", "captura", "stock", "arte", "arquivo")  # "getty images" holds "imag"
CREDIT_TAIL_CHARS = 200  # no closing credit is longer: the search skips the start of a long caption
MAX_CAPTION_WORDS = 40
# The words around a share bar's networks and actions ("Click to share on Twitter (Opens in new window)").
SHARE_FILLERS = frozenset(
    "click to on opens open in new window via this article story page link it with a an the your by friend friends our us "
    "for later "  # "Pin it for later!"
    "google plus artikel beitrag en sur auf em na su per no par e le lien o "
    # Jetpack's German buttons: "Klick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)"
    "klick um über zu wird neuem fenster geöffnet "
    # a listening time and what is heard ("Ascolta l'articolo 3 min")
    "min l articolo article artículo".split()
)
MAX_SHARE_WORDS = 12
# the model's share words and, for the frame, more languages' and networks' ("Поделиться: ВКонтакте")
_SHARE_WORDS = SHARE_WORDS | frozenset(
    "поделиться вконтакте вк одноклассники udostępnij partilhar compartilhar drucken merken anhören vorlesen imprimer imprimir "
    "stampa follow folgen suivre mail envoyer compartilhe partilhe condividere partagez comparte copiar copier kopieren "
    # a player's "listen" beside them ("Ascolta l'articolo 3 min Condividi Commenta")
    "condividi commenta ascolta écouter escuchar".split()
)
# An image or video player's control ("toggle caption", "Enlarge this image", "click to enlarge", "Launch
# Gallery", "Close", "Bild vergrößern"): a verb of the player, the words of what it shows, nothing else
MEDIA_CONTROLS = frozenset(
    "toggle hide show close enlarge expand collapse launch play zoom open view watch voir ver "
    "schließen vergrößern anzeigen ausblenden cerrar ampliar mostrar ocultar fermer agrandir afficher masquer".split()
)
MEDIA_NOUNS = frozenset(
    "caption captions image images photo photos picture pictures gallery fullscreen full screen video videos slideshow "
    "more less all bild bilder foto fotos galerie imagen imágenes galería vidéo".split()
)
_MEDIA_POINTERS = frozenset("click tap".split())  # "click to enlarge": a control without a noun
_MEDIA_FILLERS = _MEDIA_POINTERS | frozenset("to here the this toutes tous les todas las alle".split())
_MEDIA_COUNTER = re.compile(r"\s*\d{1,3}\s*(?:/|of|von|de|sur)\s*\d{1,3}\s+")  # a gallery's "1/12" before its control
_MEDIA_ALONE = frozenset(
    "close enlarge toggle expand collapse zoom hide schließen vergrößern cerrar ampliar fermer agrandir".split()
)
MAX_MEDIA_CONTROL_WORDS = 4
# a video player's status lines ("Video Loading", "Video Unavailable", "The video will auto-play soon8Cancel",
# "Play now", "Now Playing", "Autoplay: On", a video list's "JUST WATCHED" and "More Videos ...")
_PLAYER_STATUS = re.compile(
    r"(?i)^\W{0,3}(?:video\s+(?:is\s+)?(?:loading|unavailable|not\s+available)|(?:the\s+)?video\s+will\s+(?:auto-?\s?play|start|play)"
    r"\s+(?:soon|in\b)[\w\s]{0,20}|play\s+now|now\s+playing|autoplay(?:\s*:\s*(?:on|off))?|just\s+watched|replay|"
    r"must\s+watch|more\s+videos|link\s+copied!?|(?:video\s+)?ad\s+feedback|"
    # a video's running time and source above its player ("01:51 - Source: NAME")
    r"\d{1,2}:\d{2}(?::\d{2})?\s*[-–]\s*source\s*:\s*[^.!?]{1,40}|"
    # a player's fallback for a browser without its plugin ("Get the Flash Player to see this player.")
    r"(?:get|download|install|you\s+need(?:\s+to\s+(?:install|download|upgrade))?)\s+(?:the\s+)?(?:latest\s+)?(?:version\s+of\s+)?"
    r"(?:adobe\s+)?flash\s*player\b[^.!?]{0,60}|"
    r"your\s+browser\s+does\s+not\s+support\s+(?:the\s+)?(?:html5\s+)?(?:video|audio)(?:\s+(?:tag|element|playback))?)\W{0,5}$"
)
# "Share (this article)", "tweet" in Japanese, Chinese and Korean; a bare シェア is also a market share
_CJK_SHARE = re.compile(
    r"^\W*シェア\W*$|[をでに]シェア|シェアする|シェアしよう|ツイート|はてなブックマーク|LINEで送る|分享|轉發|转发|공유하기"
)
MAX_CJK_SHARE_CHARS = 15
MAX_CJK_SHARE_BAR_CHARS = 40
_CJK_PUNCTUATION = re.compile(r"[。、！？]")
# A breadcrumb trail: "Home > News > Politics", "Startseite » Sport", "ホーム > ガジェット > …".
_CRUMB_SEPARATOR = re.compile(r"\s[>»›/|]\s|\s?[>»›]\s?")
_CRUMB_HOME = re.compile(r"(?i)^\W{0,2}(?:home|start|startseite|inicio|portada|accueil|ホーム|トップ|首页)\b")
MAX_CRUMB_WORDS = 30
MAX_CRUMB_HOME_WORDS = 2  # the trail's first step is the home page's name ("Home", "Start page")
# A "read also" teaser inside the story: its label, then a colon or an arrow and the other story's
# headline ("Related: …", "READ MORE: …", "Lesen Sie auch: …", "Lire aussi : …"), or the label alone
_READ_ALSO_ENGLISH = (
    r"related(?:\s+(?:stories|story|articles?|coverage|content|reading|(?:internet\s+|external\s+)?links?|news))?|"
    r"read\s+(?:more|also|next)|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?|recommended(?:\s+reading)?|"
    r"you\s+(?:may|might)\s+also\s+like"
)
_READ_ALSO_OTHERS = (
    r"lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|auch\s+interessant|"
    r"(?:à\s+)?lire\s+(?:aussi|également)|voir\s+aussi|leer\s+más|le[ae]\s+también|v?ea\s+también|ver\s+también|leia\s+(?:também|mais)|"
    r"leggi\s+anche|vedi\s+anche|lees\s+ook|související|czytaj\s+(?:też|także|więcej)|читайте\s+также|см\.\s+также|"
    r"(?:te|le|les)\s+puede(?:n)?\s+interesar"
)
READ_ALSO = re.compile(rf"(?i)^\W{{0,3}}(?:{_READ_ALSO_ENGLISH}|{_READ_ALSO_OTHERS})\s*(?:[:：|»›>–—]|$)")
# the label set apart by markup alone, then the linked headline ("Lees ook Utrecht krijgt …",
# "Související Most v Troji"): the frame's, for a line that is mostly links. Not the English labels:
# "See also Copyright Stuff", "Read More Quickly and Effectively" are a list's own items; but a bare "More:" before
# the link ("More: What is a heat dome? …")
_READ_ALSO_BEFORE_LINK = re.compile(
    rf"(?i)^\W{{0,3}}(?:{_READ_ALSO_OTHERS}|more\s*:|also\s+read|läs\s+(?:också|även)|læs\s+også|les\s+også|lue\s+myös|baca\s+juga|[iİ]lgili\s+haberler|más\s+información|mais\s+informações)\s+(?-i:[A-ZÀ-Ý0-9„\"“‘'])"
)
# The heading of a list of other stories, alone or before one of them: "Most Popular", "Trending Now",
# "Das könnte Sie auch interessieren: …" (the frame's; the corpus labels follow the golds here)
LIST_HEADING = re.compile(
    # "Most Read in News", "Read More on The Sun": the site's or section's name after the label
    r"(?i)^\W{0,3}(?:recommended\s+for\s+you|most\s+(?:popular|read|viewed|shared|emailed)|trending(?:\s+(?:now|stories))?|"
    r"(?:most\s+(?:popular|read|viewed|shared)|read\s+more)\s+(?:in|on|from|at)\s+(?-i:[A-Z0-9])[^\s.!?]*(?:\s+[^\s.!?]+){0,2}|"
    r"top\s+stories|don['’]t\s+miss|(?:das\s+)?könnte\s+(?:sie|dich)\s+auch\s+interessieren|weitere\s+artikel|"
    r"meistgelesen|te\s+puede\s+interesar|lo\s+más\s+leído|les\s+plus\s+lus|"
    # "read also" and "most read" in the languages `is_read_also` (the convention's) leaves out
    r"läs\s+(?:också|även|mer)|læs\s+(?:også|mere)|les\s+(?:også|mer)|lue\s+myös|přečtěte\s+si\s+(?:také|více)|"
    r"mest\s+(?:lästa?|lest|læste)|meest\s+gelezen|(?:i\s+)?più\s+lett[ie]|(?:as\s+)?mais\s+lidas|najczęściej\s+czytane|"
    r"nejčtenější|baca\s+juga|[iİ]lgili\s+haberler|berita\s+terpopuler|"
    r"相[关關](?:阅读|閱讀|新闻|新聞|文章)|延伸(?:阅读|閱讀)|推荐阅读|推薦閱讀|関連記事|관련\s*(?:기사|뉴스)|"
    # "most read", "popular", "recommended", "latest" lists in Japanese, Chinese and Korean
    r"(?:アクセス)?ランキング|(?:人気|おすすめ|オススメ|新着|最新|注目)(?:の)?記事|よく読まれている記事|"
    r"热门(?:文章|推荐|新闻)|熱門(?:文章|新聞)|热读|排行榜|最新文章|推荐文章|많이\s*본\s*(?:뉴스|기사)|인기\s*기사|"
    r"اقرأ\s+(?:أيضا|أيضاً|ايضا|المزيد)|(?:أخبار|مواضيع|مقالات)\s+ذات\s+صلة|بیشتر\s+بخوانید|بخوانید)\s*(?:[:：|»›>–—]|$)|"
    r"^\W{0,3}(?:more\s+(?:stories|news|articles)|editor['’]?s\s+picks?|more\s+(?:(?:stories|news|articles|videos)\s+)?(?:from|in)\s+(?-i:[A-Z0-9])\S*(?:\s+\S+)?|"
    r"(?:popular|recent|related)\s+posts|latest\s+(?:news|stories|posts|articles)|more\s+like\s+this|up\s+next|"
    r"promoted\s+stories|around\s+the\s+web|we\s+recommend|"
    r"read\s+more\s+(?:about|on)\s+[^:.!?]{1,60}:|"
    r"related\s+(?:topics|tags)|more\s+on\s+this\s+(?:story|topic)|elsewhere\s+on\s+(?:the\s+)?\S+|"
    r"te\s+recomendamos|(?:noticias|artículos)\s+relacionad[oa]s|ähnliche\s+artikel|más\s+información|mais\s+informações|"
    r"notícias\s+relacionadas|(?:zum\s+)?weiterlesen|mehr\s+dazu|dazu\s+passend|"
    r"weitere\s+(?:meldungen|nachrichten|beiträge|artikel)\s+(?:von|aus|zu|zum|der|des)\s+(?-i:[A-ZÄÖÜ0-9])\S*(?:\s+\S+){0,3}|"
    r"meer\s+over\s+dit\s+(?:onderwerp|thema)|más\s+sobre\s+(?:este|el)\s+tema|plus\s+sur\s+(?:ce|le)\s+sujet|"
    r"altro\s+su\s+questo\s+(?:argomento|tema)|mehr\s+zu\s+diesem\s+thema)\W{0,3}$"
)
# A site's cookie-consent or affiliate-link notice opening one of a short text's sentences ("We use cookies
# to …", "This post may contain affiliate links.", "Wir verwenden Cookies", "As an Amazon Associate I earn …")
_LEGAL_NOTICE = re.compile(
    r"(?i)(?:^|[.!?]\s+)\W{0,3}(?:(?:note(?:\s+to\s+(?:our\s+)?readers)?|disclosure|disclaimer|hinweis|transparenzhinweis|nota|aviso|remarque)\s*:\s*)?"
    r"(?:(?:we|this\s+(?:site|website))\s+uses?\s+cookies|wir\s+(?:verwenden|nutzen)\s+cookies|"
    r"diese\s+(?:website|seite)\s+(?:verwendet|nutzt)\s+cookies|(?:utilizamos|usamos)\s+cookies|"
    r"(?:nous\s+utilisons|ce\s+site\s+utilise)\s+(?:des\s+)?cookies|"
    r"by\s+(?:continuing|using)\s+(?:to\s+(?:use|browse)\s+)?(?:this|our)\s+(?:site|website)|"
    # a newsletter form's consent ("By signing up you agree to receive email newsletters …")
    r"by\s+(?:signing\s+up|subscribing|registering|submitting\s+your\s+e-?mail|clicking\s+\W?(?:sign\s+up|subscribe|submit)\W?)\s*,?\s*"
    r"you\s+agree|"
    r"(?:[\w.]+\s+){1,3}(?:is|are)\s+not\s+responsible\s+for\s+the\s+content\s+of\s+external\s+(?:sites|websites|links)|"
    r"you\s+(?:can|may)\s+(?:unsubscribe|opt\s+out)\s+at\s+any\s+time|"
    r"this\s+(?:post|article|page)\s+(?:may\s+)?contains?\s+affiliate\s+links|as\s+an\s+amazon\s+associate|"
    r"(?:when|if)\s+you\s+(?:buy|purchase|shop)\s+(?:something\s+|products?\s+)?(?:through|via|using)\s+(?:one\s+of\s+)?(?:the\s+|our\s+)?(?:affiliate\s+|retail\s+)?links|"
    r"(?:we|i)\s+may\s+(?:earn|receive)\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?commission|"
    r"(?:[\w.]+\s+){1,3}(?:has|have)\s+affiliate\s+(?:partnerships?|relationships?)\s*[.;]|"
    r"(?:dieser\s+(?:artikel|beitrag)\s+)?enthält\s+(?:affiliate|werbe)-?links|"
    r"(?:it|this\s+(?:content|article|page)|the\s+content)\s+(?:has|have)\s+not\s+been\s+(?:reviewed|previewed|provided|approved)"
    r"[\w\s,]{0,40}\bendorsed\s+by|"
    r"(?:this|the)\s+(?:content|information|article|material)(?:\s+(?:on|in)\s+this\s+(?:site|website|page|article))?\s+is\s+"
    r"(?:provided\s+)?(?:for\s+(?:general\s+)?(?:informational|information|educational)\s+purposes\s+only|not\s+"
    r"(?:intended\s+(?:to\s+be\s+|as\s+)?)?a\s+substitute\s+for)|"
    # a newsroom's standards line ("Our Standards: The Thomson Reuters Trust Principles.", "Se adhiere a los
    # criterios de The Trust Project")
    r"our\s+standards\s*:|(?:[\w\s]{0,40}\s)?the\s+trust\s+project\W{0,3}$|"
    # a network site's publisher line ("*merkur.de ist ein Angebot von IPPEN.MEDIA.")
    r"[\w.-]+\.(?:de|at|ch|com|net)\s+ist\s+(?:ein\s+angebot|teil)\s+(?:von|der|des)\b)"
)
# A copyright or reprint notice ("© 2002 NAME, all rights reserved.", "Reprinted with permission from …",
# "This document is subject to copyright.", "This material may not be published, broadcast, …", a lone
# "© Copyright"): legal and citation matter, wherever it sits. Not "This article originally appeared
# on …": the modern datasets' golds keep that line.
_RIGHTS_NOTICE = re.compile(
    r"(?i)\b(?:all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|todos\s+los\s+derechos\s+reservados|"
    r"tous\s+droits\s+réservés)\s*(?:[.;,)\]|–—-]|$)|"
    r"(?:^|[.!?(]\s*)\W{0,3}reprinted\s+(?:from|with(?:\s+the)?\s+permission|by\s+permission)\b|"
    r"(?:^|[.!?]\s+)\W{0,3}(?:this\s+(?:document|article|material|work|page|content)\s+is\s+(?:subject\s+to|protected\s+by)\s+copyright|"
    r"no\s+part\s+(?:of\s+this\s+\w+\s+)?may\s+be\s+reproduced|(?:this\s+material|it)\s+may\s+not\s+be\s+(?:re)?published,\s+broadcast)|"
    r"^\W*(?:©\s*)?copyright(?:\s*©)?\W*$|"
    # a copyright inside a sentence ("Weblog posts are copyright 2003 by NAME", "NAME copyright (C) 2000-2003
    # NAME"), a reprint licence ("No permission is needed to reprint this article.")
    r"\b(?:is|are)\s+(?:©\s*)?copyright(?:ed)?\s+(?:\(c\)\s*|©\s*)?(?:\d{4}|by)\b|\bcopyright\s*(?:\(c\)|©)\s*\d{4}|"
    r"\bpermission\s+(?:is\s+)?(?:not\s+)?(?:needed|required|granted)\s+to\s+(?:reprint|republish|reproduce|copy)\b|"
    # how to cite the page ("Zitierweise: NAME (12. März 2018). TITLE …", "Cite this article: …", "Citation: TITLE
    # (2020, May 3) retrieved 4 May 2020 from …", "Pour citer ce billet : …")
    r"^\W{0,3}(?:zitierweise|zitiervorschlag|zitation|(?:how\s+to\s+)?cite\s+this(?:\s+(?:article|post|page|story))?(?:\s+as)?|"
    r"how\s+to\s+cite|citation|pour\s+citer\s+(?:cet\s+article|ce\s+billet|cette\s+page)|citer\s+(?:cet\s+article|ce\s+billet)|"
    r"c[oó]mo\s+citar(?:\s+este\s+art[ií]culo)?|come\s+citare(?:\s+questo\s+articolo)?)\s*:|"
    # the same in Korean, Chinese and Japanese: "무단전재 및 재배포 금지", "版权所有", "未经授权不得转载", "無断転載を禁じます",
    # and a Chinese site's disclaimer ("声明：本文仅代表作者观点，不代表本站立场。如有侵权请联系删除。")
    r"무단\s*전재|재배포\s*금지|版[权權]所有|未[经經](?:授权|授權|许可|許可)[^。]{0,10}[转轉]载|無断転載|"
    r"本文仅代表作者|本文僅代表作者|不代表本(?:站|网|網|报|報|平台)|如有侵权|如有侵權|转载请注明|轉載請註明|"
    # the same disclaimer in English: "The views expressed in this column are the author's own and do not
    # necessarily reflect …", "Opinions expressed at NAME are those of the individual authors"
    r"^\W{0,3}(?:the\s+)?(?:views?|opinions?)\s+expressed\s+(?:in|on|at|here|by)\b[^.!?]{0,80}?\b(?:are|is)\s+"
    r"(?:those\s+of|the\s+(?:personal\s+)?(?:views?|opinions?)\s+of|solely|my|(?:the\s+)?(?:author|writer)['’]?s?)|"
    # a comment section's policy ("Die Kommentare von Usern … geben nicht notwendigerweise die Meinung der Redaktion
    # wieder.", "Comments do not necessarily reflect the views of the editors.")
    r"\bgeben\s+nicht\s+(?:notwendigerweise\s+|unbedingt\s+|zwingend\s+)?die\s+meinung\s+der\s+redaktion\s+wieder\b|"
    r"^\W{0,3}(?:reader\s+|user\s+)?comments\s+(?:posted\s+)?(?:\w+\s+){0,4}do\s+not\s+(?:necessarily\s+)?(?:reflect|represent)\s+"
    r"(?:the\s+)?(?:views?|opinions?)\s+of\b"
)
MAX_NOTICE_WORDS = 40  # the longest cookie or affiliate notices run to ~35 words
_NOTICE_WORDS = tuple(
    "cookie affiliate commission links amazon werbe continuing using rights rechte derechos droits reprinted copyright "
    "signing subscribing registering submitting clicking unsubscribe responsible "
    "reproduced broadcast purposes substitute endorsed permission 무단 재배포 版权 版權 转载 轉載 無断転載 "
    "本文仅 本文僅 不代表本 侵权 侵權 standards trust zitier zitation cite citation citer citar expressed "
    "necessarily".split()
)
# "ist ein Angebot von", "ist Teil des": as phrases, not the words, which German texts use everywhere ("teilen")
_NOTICE_GATE = re.compile(any_of((*_NOTICE_WORDS, "ist ein angebot", "ist teil", "meinung der redaktion")))  # one search for any
# A post's tags or categories ("Tags: bikes, city council", "Filed under: Politics", "Schlagwörter: …")
_TAG_LABEL = (
    r"(?:tags?|(?:(?:related|trending)\s+)?topics?|tagged(?:\s+with)?|filed\s+(?:under|in)|posted\s+in|categor(?:y|ies)|schlagw(?:ö|oe)rter|"
    r"schlagworte|themen|etiquetas|temas|mots-clés|sujets|thèmes|argomenti|onderwerpen|trefwoorden|tópicos|assuntos|"
    r"ämnen|emner|tagi|štítky|etiketler|теги|метки|темы)"
)
TAG_LINE = re.compile(
    rf"(?i)^\W{{0,3}}{_TAG_LABEL}\s*:|"
    # the label alone, its tags in elements of their own below it ("Tags" above "robotics", "fundings & exits"); not
    # the words that also head a table's column or a list's topics ("Topic", "Categories", "Themen")
    r"^\W{0,3}(?:tags|tagged(?:\s+with)?|filed\s+(?:under|in)|schlagw(?:ö|oe)rter|schlagworte|etiquetas|mots-clés|tagi|štítky|"
    r"теги|метки)\W{0,3}$|"
    # a label that says what follows without a colon ("Temas relacionados Movilidad Bicicletas")
    r"^\W{0,3}(?:temas\s+relacionados|assuntos\s+relacionados|sujets\s+associés|argomenti\s+correlati|verwandte\s+themen)\s*:?\s+\S"
)
# An advertisement's notice that the story goes on below it ("Story continues below advertisement",
# "Advertisement - story continues below", "Continue reading the main story", "Weiterlesen nach der Anzeige")
_AD_CONTINUES = re.compile(
    r"(?i)^\W{0,3}(?:(?:advertisement|anzeige|publicidad|publicité)\W{1,4})?(?:(?:the\s+)?(?:story|article)\s+continues\s+"
    r"(?:below|after)(?:\s+(?:this|the)?\s*(?:advertisement|ad))?|continue\s+reading\s+(?:below|the\s+main\s+story)|"
    r"(?:weiterlesen\s+)?nach\s+der\s+anzeige(?:\s+weiterlesen)?|(?:el\s+)?artículo\s+continúa\s+(?:abajo|debajo)|"
    # "SKIP ADVERTISEMENT", "Scroll to continue with content", "Lesen Sie mehr nach der Anzeige", "Suite de l'article
    # après la publicité", "Continúa leyendo después de la publicidad", "Continua a leggere dopo la pubblicità"
    r"skip\s+(?:advertisement|ad)|scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:with|reading)(?:\s+(?:the\s+)?(?:content|article|story))?)?|"
    r"lesen\s+sie\s+(?:mehr|weiter)\s+nach\s+der\s+(?:anzeige|werbung)|"
    r"(?:la\s+)?suite\s+(?:de\s+l['’]article\s+)?après\s+(?:cette\s+|la\s+)?publicité|"
    r"continúa\s+leyendo\s+(?:después|tras)\s+(?:de\s+)?la\s+publicidad|continua\s+a\s+leggere\s+dopo\s+la\s+pubblicità)\W*$"
)
MAX_READ_ALSO_WORDS = 25
# A page's own controls and navigation ("Skip to main content", "Back to top", "Jump to Recipe", "Next
# article", "Previous post: …", "Listen to this article") and its reading-time stamp ("5 min read",
# "Lesezeit: 3 Minuten")
_LANGUAGE_NAMES = (
    r"(?:english|inglés|anglais|englisch|inglês|inglese|engels|español|spanish|espagnol|spanisch|espanhol|spagnolo|"
    r"français|french|francés|französisch|francês|francese|frans|deutsch|german|alemán|allemand|alemão|tedesco|duits|"
    r"português|portuguese|portugués|portugais|portugiesisch|portoghese|italiano|italian|italien|italienisch|"
    r"nederlands|dutch|chinese|中文|العربية|arabic|русский|russian|ukrainian|українською)"
)
_PAGE_CONTROL = re.compile(
    # an accessibility landmark's own line before its skip link ("Start of sidebar. Skip to end of sidebar.")
    # one control or a bar of them ("Jump to Recipe Print Recipe")
    r"(?i)^\W{0,3}(?:(?:(?:start|end|beginning)\s+of\s+(?:the\s+)?(?:sidebar|navigation|menu|main\s+content)\W{1,3})?"
    r"(?:skip\s+to\s+(?:the\s+)?(?:(?:end|start|beginning)\s+of\s+(?:the\s+)?(?:sidebar|navigation|menu)|"
    r"(?:main\s+)?(?:content|navigation|main|search|footer))|skip\s+ad|back\s+to\s+top|"
    r"jump\s+to\s+(?:recipe|comments|content)|print\s+recipe|pin\s+recipe|zum\s+inhalt\s+springen|nach\s+oben|"
    r"(?:audio\W{1,3})?listen\s+to\s+(?:this\s+|the\s+)?(?:article|story)|read\s+more|weiterlesen|mehr\s+lesen|"
    r"lire\s+la\s+suite|zur\s+startseite|zum\s+seitenanfang|report\s+a\s+typo|continue\s+reading|"
    r"read\s+the\s+full\s+(?:story|article)|learn\s+more|find\s+out\s+more|more\s+info|mehr\s+erfahren|en\s+savoir\s+plus|(?:load|see|show)\s+more(?:\s+(?:stories|articles|news|comments))?|zur\s+mobilen\s+ansicht|fehler\s+gefunden\W{1,3}jetzt\s+melden|"
    # a link to the story in another language ("Leer en español", "Read in English", "Auf Deutsch lesen")
    rf"(?:read|leer|lire|ler|leggi|lees)\s+(?:it\s+)?(?:in|en|em|auf|op)\s+{_LANGUAGE_NAMES}|"
    rf"(?:auf|in|en|em)\s+{_LANGUAGE_NAMES}\s+(?:lesen|lezen|leer|lire|ler|leggere)|"
    rf"{_LANGUAGE_NAMES}\s+version|versi[oó]n\s+en\s+{_LANGUAGE_NAMES}|version\s+(?:en\s+)?{_LANGUAGE_NAMES})\W{{0,3}})+$|"
    r"^\W{0,3}(?:next|previous|prev|older|newer)\s+(?:article|post|story|entry|entries|posts)\b|"
    # a multi-page story's list of its pages ("Seite 1 — Mieten in Großstädten steigen langsamer", "Page 2: …")
    r"^\W{0,3}(?:seite|page|pagina|página|strona|sida)\s+\d{1,2}(?:\s*(?:/|of|von|de|di)\s*\d{1,2})?\s*[—–:-]\s+\S"
)
# a blog platform's line naming the publication a post appeared in, the whole line, no date or number in it
_PUBLISHED_IN = re.compile(
    r"(?i)^\W{0,3}(?:published\s+in|publicado\s+en|publié\s+dans|veröffentlicht\s+in)\s+(?-i:[A-Z])[^\W\d][\w&'’.-]*"
    r"(?:\s+(?:[^\W\d][\w&'’.-]*|&)){0,5}\W{0,3}$"
)
_READING_LABEL = (
    r"(?:estimated\s+)?read(?:ing)?\s*time|time\s+to\s+read|lesezeit|lesedauer|temps\s+de\s+lecture|lecture|"
    r"tiempo\s+de\s+lectura|lectura|tempo\s+di\s+lettura|lettura|tempo\s+de\s+leitura|leitura|leestijd|leesduur|lästid"
)
_READING_MINUTES = r"(?:min|mins|minutes?|minuten|minutos|minuti|minuut)\b\.?"
# "5 min read", "Reading time: 4 minutes", "Lesezeit: 3 Min.", "3 Min. Lesezeit", "Lecture 4 min.",
# "4 min de lecture", "Tempo di lettura: 5 minuti", "Leestijd 3 minuten": the whole line
_READING_TIME_SHAPES = (
    rf"(?:(?:{_READING_LABEL})\s*:?\s*(?:ca\.\s*|~\s*)?\d{{1,3}}\s*{_READING_MINUTES}|"
    rf"\d{{1,3}}\s*(?:-\s*)?{_READING_MINUTES}\s*(?:(?:de|di|of)\s+)?(?:{_READING_LABEL}|read(?:ing)?))\W{{0,3}}$"
)
_READING_TIME = re.compile(rf"(?i)^\W{{0,3}}{_READING_TIME_SHAPES}")
# the same at the end of a strip ("… Mis à jour le 02 juillet 2019 à 14h10 Temps de Lecture 2 min.")
_TRAILING_READING_TIME = re.compile(rf"(?i)[\s|·–—-]+{_READING_TIME_SHAPES}")
MAX_CONTROL_WORDS = 20  # "Previous post: " and the post's headline
# A sign-up form's or paywall's lines ("Email address", "Thank you for subscribing!", "Unsubscribe at any
# time.", "By signing up, you agree to our Terms …", "You have 2 free articles remaining", "Already a
# subscriber? Sign in") and a newsroom's calls ("Have a news tip?", "Report an error")
_FORM_LINE = re.compile(
    r"(?i)^\W{0,3}(?:(?:(?:your\s+)?email(?:\s+address)?|invalid\s+email(?:\s+address)?)\W{0,3}$|"
    r"thank\s+you\s+for\s+(?:subscribing|signing\s+up)|we\s+respect\s+your\s+privacy|unsubscribe\s+at\s+any\s+time|"
    r"by\s+(?:signing\s+up|subscribing|clicking|registering)\b.{0,80}(?:terms|privacy)|this\s+site\s+is\s+protected\s+by\s+recaptcha|"
    r"you\s+have\s+(?:reached|\d+)\s+(?:your\s+)?(?:free\s+)?(?:article|articles|story|stories)|"
    r"to\s+continue\s+reading\W{1,3}(?:please\s+)?(?:subscribe|sign|log|register|create|become)|"
    r"(?:this\s+(?:article|story|content)\s+is\s+)?(?:(?:only\s+)?(?:for|available\s+to)\s+subscribers(?:\s+only)?|subscribers?\s+only)\W{0,3}$|"
    # a paywall's lines in other languages ("Article réservé aux abonnés", "Il vous reste 62% de cet article à lire")
    r"(?:(?:article|contenu|la\s+suite)\s+(?:est\s+)?)?réservée?\s+aux\s+abonnés|il\s+vous\s+reste\s+[\d.,]+\s*%\s+de\s+cet\s+article|"
    r"(?:articolo|contenuto)\s+riservato\s+agli\s+abbonati|(?:contenido|artículo)\s+(?:exclusivo\s+)?para\s+suscriptores|"
    r"(?:dieser\s+(?:artikel|beitrag)\s+ist\s+)?(?:exklusiv|nur)\s+für\s+abonnenten|(?:jetzt\s+)?weiterlesen\s+mit\s+\w+(?:\s+\w+)?\s*(?:plus|\+)|"
    r"create\s+a\s+free\s+account|already\s+(?:a\s+subscriber|have\s+an\s+account|registered)\??\s*(?:sign|log)\s*in|"
    r"have\s+a\s+(?:news\s+)?tip\??|got\s+a\s+(?:news\s+)?(?:tip|story\s+idea)\??|report\s+an\s+error|"
    r"contact\s+the\s+(?:author|reporter|writer)|corrections?\s+policy)"
)
# … or a newsletter's promise ("… delivered to your inbox"), apart: its search runs only where "inbox" is
_INBOX_LINE = re.compile(r"(?i)\W{0,3}.{0,120}\b(?:delivered|sent|straight|right|direct(?:ly)?)\s+to\s+your\s+inbox")
# A footer's legal links and copyright line ("Privacy Policy | Terms of Use", "© 2020 NAME")
_LEGAL_LINKS = re.compile(
    r"(?i)^\W{0,3}(?:privacy\s+(?:policy|notice)|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|cookie\s+(?:policy|settings))"
    r"(?:\s*[|·•,&]\s*(?:privacy\s+(?:policy|notice)|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|cookie\s+(?:policy|settings)))*\W{0,3}$"
)
# "© 2004", "(c) 2004", "Copyright 2004", "(C) Copyright 2004", "Copyright (c) 2004-2010"
_COPYRIGHT_LINE = re.compile(
    r"(?i)^\W{0,3}(?:(?:©|\(c\))\s*(?:copyright\s*)?|copyright\s*(?:©|\(c\))?)\s*\d{4}(?:\s*[-–]\s*\d{4})?\b"
)
MAX_COPYRIGHT_LINE_WORDS = 15  # longer, a book's description starts so ("Copyright 1970, 194 pages, …")
# An ad slot's label between a story's paragraphs ("Advertisement", "- Anzeige -", "Sponsored content"):
# the whole line. `is_ad_label`'s wider words ("Supported by", "Subscribe") count above the story only.
_AD_SLOT_LABEL = re.compile(
    r"(?i)^\W{0,3}(?:advertisements?|advertisement\s+feature|anzeige|werbung|publicidad|publicidade|publicité|pubblicità|"
    r"advertentie|reklama|реклама|annons|annonse|annonce|mainos|inzerce|(?:advertiser|advertising|affiliate)\s+disclosure|"
    r"sponsored(?:\s+(?:content|post|story|links?))?|(?:paid|partner)\s+(?:content|post|story)|sponsor\s+message|ad|advertising)\W{0,3}$"
)
# A call to sign up, subscribe, register, log in or donate, at the start of a line or after a question
# ("Sign up for our newsletter", "Want more? Subscribe …", "Jetzt abonnieren", "Abonnez-vous")
_CALL_START = r"(?i)\W{0,3}(?:(?:click\s+here\s+to|please|just|don['’]t\s+forget\s+to)\s+)?"
_CALL_WORDS = (
    r"sign\s*up|subscribe|register|log\s*in|donate|become\s+a\s+(?:member|subscriber|supporter|patron)|"
    r"(?:jetzt\s+)?abonnieren|(?:jetzt\s+)?spenden|abonnez|inscrivez|suscr[ií]b(?:ete|ase)|regístrate"
)
_CALL_TO_ACTION = re.compile(rf"{_CALL_START}(?:{_CALL_WORDS})\b")
# A comment section's button or form heading ("Reply", "Reply ↓", "Leave a Reply", "Post a comment",
# "Cancel reply", "Antworten", "Kommentar schreiben", "Deja un comentario"): the whole line, nothing else
_COMMENT_CONTROL = re.compile(
    r"(?i)^\W{0,3}(?:reply(?:\s+to\s+this(?:\s+comment)?)?|antworten|responder|répondre|rispondi|no\s+comments\s+yet|trackback\s+uri|"
    r"(?:leave|post|add|write|submit|cancel)\s+(?:an?\s+|your\s+)?(?:comment|reply|response)s?|"
    r"(?:start|join)\s+(?:a|the)\s+conversation|kommentar\s+(?:schreiben|abschicken|verfassen)|deja\s+(?:un|tu)\s+comentario|laisser\s+un\s+commentaire|"
    # German comment sections' calls and notices ("Schreibe einen Kommentar", "Jetzt kommentieren", "Kommentare sind
    # geschlossen", "Die Kommentarfunktion ist für diesen Artikel deaktiviert", "Diskutieren Sie mit!")
    r"schreibe?n?\s+(?:sie\s+)?einen\s+kommentar|jetzt\s+kommentieren|kommentare\s+sind\s+geschlossen|diskutieren\s+sie\s+mit|"
    r"(?:die\s+)?kommentarfunktion\s+(?:ist|wurde)\s+(?:für\s+diesen\s+(?:artikel|beitrag)\s+)?(?:deaktiviert|geschlossen)|"
    # a comment form's note ("Ihre E-Mail-Adresse wird nicht veröffentlicht.", "Your email address will not be published.")
    r"(?:ihre|deine)\s+e-?mail-?adresse\s+wird\s+nicht\s+veröffentlicht(?:\.\s+erforderliche\s+felder\s+sind\s+mit\s+\*\s+markiert)?|"
    r"your\s+email\s+address\s+will\s+not\s+be\s+published(?:\.\s+required\s+fields\s+are\s+marked\s+\*)?|"
    r"comments?\s+(?:are\s+|is\s+)?(?:now\s+)?closed|(?:sign|log)\s*in\s+to\s+(?:comment|reply|post\s+a\s+comment)|"
    r"(?:comments?|kommentare|comentarios|commentaires|reacties)\s*\(\d+\)|"
    # a theme's count line ("{ 10 comments… read them below or add one }"), a feed's offer ("You can follow
    # this conversation by subscribing to the comment feed for this post."); not "NAME says:" (a post's quotes)
    r"\d+\s+comments?\W{0,3}\s+read\s+them\s+below\s+or\s+add\s+one|"
    r"you\s+can\s+follow\s+this\s+conversation\s+by\s+subscribing\s+to\s+the\s+comment\s+feed(?:\s+for\s+this\s+post)?)\W{0,3}$"
)
# A rating widget's line ("4.94 from 327 votes", "Rated 4.5 out of 5", "3.0 stars 90 user reviews",
# "★★★★☆ (12)"): a score on a fixed scale, or stars, and the count of votes
_RATING_LINE = re.compile(
    r"(?i)^[\s★☆✩✪⭐]*\W{0,3}(?:(?:rated|rating|bewertung|valoración|valutazione|beoordeling|avaliação|note)\s*:?\s*)?\d(?:[.,]\d{1,2})?\s*"
    r"(?:/\s*(?:5|10)(?![/\d.])|out\s+of\s+(?:5|10)\b|(?:von|de|sur|su|op|em)\s+5\b|from\s+[\d,.]+\s+(?:votes?|ratings?|reviews?)\b|stars?\b|"
    # a score, then its count of votes in brackets and their name ("4,6 (1.245) Bewertungen", "★★★★☆ 4.6 (128 voti)")
    r"\(\s*[\d,.]+\s*\)\s*(?:votes?|ratings?|reviews?|bewertungen|stimmen|valoraciones|votos|avaliações|avis|notes|voti|"
    r"recensioni|beoordelingen|stemmen|betyg|hodnocení|ocen|opinii)\b|\(\s*[\d,.]+\s+(?:votes?|ratings?|reviews?|bewertungen|"
    r"stimmen|valoraciones|votos|avaliações|avis|notes|voti|recensioni|beoordelingen|stemmen)\s*\))|"
    r"^[\s★☆✩✪⭐]+(?:\(?[\d,.]+\)?\s*(?:votes?|ratings?|reviews?)?)?$"
)
MAX_RATING_WORDS = 8
_COUNT_ENDS = frozenset("%.,")  # with a digit, what `_REACTION_COUNT` can end with
# a reactions widget's line: a feeling and its count or share ("Happy 0.0%", "Don't Care 12", "Angry: 3%"), not a
# greeting's year ("Happy 2020")
_REACTION_COUNT = re.compile(
    r"(?i)\W{0,3}(?:happy|sad|angry|inspired|amused|afraid|annoyed|excited|surprised|shocked|bored|scared|don['’]t\s+care|"
    r"love|wow|haha|lol|omg|cute|geeky|fail|win|confused|upset|funny|informative|mad|sleepy)\s*:?\s*(?:\d[\d.,]*\s*%|(?!(?:19|20)\d\d\b)\d[\d.,]*)"
)
# what may follow the score: its count of votes ("from 327 votes", "90 user reviews", "(12)")
RATING_WORDS = frozenset(
    "votes vote ratings rating reviews review user users customer customers stars star from based on no "
    "bewertungen bewertung stimmen votos valoraciones reseñas avis notes avaliações voti recensioni beoordelingen stemmen betyg "
    "hodnocení ocen opinii sterne sternen stelle étoiles estrellas estrelas sterren".split()
)
_AFTER_QUESTION = re.compile(r"\?\s+")
# what may open a call ("If you can, please consider supporting us today.")
_IF_CLAUSE = (
    r"(?:if\s+you\s+(?:can|are\s+able\s+to|like\s+(?:this|what\s+you\s+read)|enjoyed\s+this(?:\s+\w+)?)\s*,?\s*(?:please\s+)?)?"
)
# The frame's wider call (the corpus labels follow the golds here): also to support or follow the site,
# get its app, give an email address or share the story, opening any sentence ("Local journalism needs your support.
# Subscribe today …", "Support independent journalism", "Support The Guardian", "Follow us on Twitter",
# "Download our free app")
# what may open a call to sign up by saying what for ("To receive these entries by e-mail, sign up for …",
# "To get our stories in your inbox, subscribe …"): a purpose naming mail, a newsletter or updates
_FOR_MAIL_CLAUSE = (
    r"(?:to\s+(?:receive|get)\s+[^.!?,]{0,80}?\b(?:e-?mails?|inbox|newsletters?|updates|alerts)\b[^.!?,]{0,40},\s*|"
    # or a wish to stay informed ("Se vuoi restare aggiornato sulle notizie di Milano iscriviti …")
    r"(?:if\s+you\s+(?:want|would\s+like|wish)\s+to|se\s+vuoi|si\s+(?:quieres|desea)|si\s+vous\s+(?:voulez|souhaitez))\s+"
    r"(?:stay|keep|be|restare|rimanere|essere|estar|mantenerte|rester|être)\s+(?:up[\s-]to[\s-]date|informed|in\s+the\s+know|"
    r"aggiornat[oaie]|informat[oaie]|al\s+d[ií]a|informad[oa]s?|informée?s?|au\s+courant)\b[^.!?]{0,80}?[\s,]\s*)?"
)
# or a purpose naming the rest of the story behind a paywall ("To read the rest of this article, log in here",
# "To continue reading, subscribe …")
_TO_READ_CLAUSE = r"(?:to\s+(?:read|continue\s+reading|keep\s+reading|access|unlock)\b[^.!?,]{0,60},\s*)?"
_SITE_CALL = re.compile(
    rf"{_CALL_START}{_IF_CLAUSE}{_FOR_MAIL_CLAUSE}{_TO_READ_CLAUSE}(?:{_CALL_WORDS}|"
    r"support\s+(?:us|our\s+(?:work|journalism|mission)|(?:[\w-]+\s+){0,2}journalism|(?:the\s+)?(?-i:[A-Z])\w*)|"
    # a donation box's button and pitch ("Give now", "Your gift keeps our reporting free for everyone.")
    r"give\s+(?:now|today)\b|your\s+(?:gift|donation|contribution|support)\s+(?:keeps|makes|helps|allows|ensures|funds|powers)\b|"
    r"make\s+a\s+(?:one-time\s+|monthly\s+)?(?:contribution|donation)|"
    r"consider\s+(?:subscribing|supporting|donating|(?:making\s+)?an?\s+(?:one-time\s+|monthly\s+)?(?:donation|contribution|gift))|"
    # a newsroom's own channels and tip line ("Find BBC News: East of England on Facebook", "If you have a
    # story suggestion email …")
    r"find\s+(?:us|[^.!?]{1,60}?)\s+on\s+(?:facebook|twitter|instagram|x\b)|if\s+you\s+have\s+a\s+(?:news\s+tip|story\s+(?:suggestion|idea))\b|"
    # a tip line's question ("Have a confidential tip for our reporters? Get in touch", "Have a news tip?")
    r"(?:do\s+you\s+)?have\s+a\s+(?:confidential\s+|news\s+)?tip(?:\s+(?:for\s+(?:us|our\s+(?:reporters|journalists|newsroom))|about\s+a\s+(?:news\s+)?story))?(?=\s*\?)|"
    # a tabloid's ("We pay for your stories! Do you have a story for The Sun news team? Email us …")
    r"we\s+pay\s+for\s+(?:your\s+)?(?:stories|videos|pictures)\b|"
    # a reporter's call for tips and the site's for visits ("Are you a Costco employee with a story to share? Contact
    # this reporter at …", "Visit Business Insider's homepage for more stories")
    r"(?:contact|e-?mail|reach|message)\s+(?:this|the)\s+(?:reporter|author|writer|journalist)s?\b|"
    # an invitation to follow the site in the Romance languages ("Puedes seguir a EL PAÍS Madrid en Twitter y …")
    r"(?:puedes|puede|puoi|pode|podes|vous\s+pouvez|tu\s+peux)\s+(?:seguir|seguire|suivre)\s+(?:a\s+)?(?-i:[A-ZÀ-Ý])[^.!?]{0,80}?\b"
    r"(?:facebook|twitter|instagram|linkedin|whatsapp|telegram)\b|"
    r"visit\s+(?:[\w'’.&-]+\s+){0,4}home\s?page\s+for\s+more\b|(?:do\s+you\s+have|have\s+you\s+got|got)\s+a\s+(?:news\s+)?(?:story|tip)\s+for\s+(?:us\b|(?:the\s+)?(?-i:[A-Z]))|"
    r"follow\s+(?:us|me\b|@)|(?:mention|tag)\s+(?:us\s+|me\s+)?(?:on\s+\w+\s+)?[@#]|follow\s+(?-i:[A-ZÀ-Ý])[\w.'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w.'’-]*){0,2}\s+on\s+(?:twitter|facebook|instagram|x\b)|"
    r"melden\s+sie\s+sich\s+(?:jetzt\s+|gleich\s+)?(?:hier\s+)?(?:kostenlos\s+)?(?:(?:für|zu[rm])\s+(?:unseren\s+|den\s+)?[\w-]*newsletter\s+)?an(?=\s*[.!])|(?:hier|jetzt)\s+(?:kostenlos\s+)?(?:anmelden|registrieren)\b|"
    r"abonnieren\s+sie\s+(?:jetzt\s+)?(?:unseren|den)\b|folgen\s+sie\s+uns|síguenos|suivez-nous|seguici|siga-nos|volg\s+ons|följ\s+oss|følg\s+os|obserwuj\s+nas|sledujte\s+nás|"
    r"подписывайтесь|подпишитесь|abone\s+olun|berlangganan|ikuti\s+kami|"
    # the same in Portuguese, Spanish and Italian ("Receba as notícias no seu WhatsApp", "Assine", "Iscriviti")
    r"jetzt\s+(?:bestellen|testen|abonnieren|registrieren|gratis\s+testen|kostenlos\s+testen)|"
    r"assine|inscreva-se|cadastre-se|iscriviti|abbonati|(?:receba|recibe|ricevi)\s+(?:[\w-]+\s+){0,3}(?:not[ií]cias|notizie|bolet[ií]n|newsletter)|"
    r"sign-up\s+(?:to|for)\b|click\s+here\s+for\s+more\s+(?:[\w-]+\s+){0,3}(?:coverage|news|stories|updates)|clique\s+aqui|haz\s+clic\s+aqu[ií]|click\s+here\s+for\s+(?:a\s+|our\s+)?free\s+(?:\w+\s+)?newsletter|"
    r"stay\s+(?:up[\s-]to[\s-]date|informed|in\s+the\s+know)(?=[^.!?]{0,100}\b(?:newsletter|inbox|subscri|sign\s+up))|"
    r"get\s+(?=[^.!?]{0,80}\b(?:newsletters?|inbox)\b)|(?:download|get)\s+(?:our|the)\s+(?:free\s+)?(?:[\w-]+\s+){0,4}app|"
    r"start\s+(?:your\s+)?(?:free\s+)?trial|(?:this|the)\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:available\s+)?"
    r"(?:for|to)\s+(?:paid\s+|paying\s+)?subscribers|"
    r"enter\s+your\s+e-?mail|join\s+(?:our|the)\s+(?:free\s+)?(?:\w+\s+)?(?:newsletter|mailing\s+list|community)|"
    r"share\s+(?:this|it|the\s+(?:article|story|post))|teilen\s+sie\s+(?:diesen|den)\s+(?:artikel|beitrag)|comparte\s+(?:esta|este))\b"
)
_SENTENCE_END = re.compile(r"[.!?]\s+")
MAX_PROMPT_WORDS = 30
# a section label above the headline by its class ("kicker", "eyebrow", "rubric", German "dachzeile",
# "spitzmarke", French "surtitre", Italian "occhiello", Spanish "antetitulo", "volanta"), in the
# block's nearest two elements
_KICKER_CLASS = re.compile(
    r"(?i)\.[\w-]*(?:kicker|eyebrow|rubric|dachzeile|spitzmarke|topline|overline|supertitle|surtitre|occhiello|antetitulo|volanta)"
)
MAX_KICKER_WORDS = 5
# a byline element's class, likewise, or one that abbreviates it to a "by" segment ("div.gnt_ar_by", "div.by")
BYLINE_CLASS = re.compile(r"(?i)[.#][\w-]*(?:author|byline)|[.#](?:[\w-]*[_-])?by(?![a-z0-9])")
MAX_NAME_LINE_WORDS = 8
MAX_AGENCY_CREDIT_CHARS = 40
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—»·]+\s+|:\s+")
_MEMBER_LINE = re.compile(  # after the member's name and rank, if the box runs them together ("bernd_k Mitglied seit …")
    r"(?i)\W{0,2}(?:\S{1,30}\s+){0,2}?(?:(?:registered|joined|registriert|beigetreten|registrado)\s*:|member\s+since|"
    r"mitglied\s+seit|registriert\s+seit|dabei\s+seit|miembro\s+desde|membre\s+depuis)"
)
# a user box's count of posts, the whole line ("Beiträge: 5321", "Posts: 88", "Reaction score: 12")
_POST_COUNT_LINE = re.compile(
    r"(?i)\W{0,2}(?:posts|beiträge|messages|nachrichten|mensajes|messaggi|berichten|reputation|reaction\s+score|"
    r"likes\s+received)\s*:\s*[\d.,]+\s*\Z"
)
_DATE_WORDS = DATE_WORDS | frozenset("on at um stand de del le la the".split())  # "Stand: 12.03.2019, 14:30 Uhr"
# a meta strip's date words besides those: "Publié le 07/05/2022 à 08h15 | Mis à jour le …"
_STRIP_DATE_WORDS = _DATE_WORDS | frozenset("à mis jour".split())
_DATE_SHAPE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b")  # 20.11.2019, 2019-11-20, 4:00
DATA_TAGS = frozenset({"td", "th", "dt", "dd"})
MAX_COUNTS = 4
_COUNT = r"\d{1,3}(?:[.,]\d{1,3})?[KkMm]?"  # "31", "1.2K", "884"
_COUNT_LINE = re.compile(rf"\s*{_COUNT}(?:\s+{_COUNT}){{0,{MAX_COUNTS - 1}}}\s*\Z")
# … or the counts with what they count, between a widget's icons and dots ("👁 2,481 views · 💬 0 comments")
_COUNTED = (
    r"views?|reads?|comments?|likes?|shares?|claps?|votes?|reactions?|replies|reply|responses?|"
    r"aufrufe|kommentare?|gefällt\s+mir|visualizaciones|vistas|comentarios?|vues|commentaires?|visite|commenti|"
    r"weergaven|reacties|visualizações|comentários|просмотр(?:ов|а)?|комментари(?:ев|я|й)|wyświetle[nń]|komentarz(?:y|e)?"
)
_COUNTED_LINE = re.compile(
    rf"(?i)[^\w\s]*\s*{_COUNT}\s+(?:{_COUNTED})(?:(?:\s*[^\w\s]+)+\s*{_COUNT}\s+(?:{_COUNTED})){{0,{MAX_COUNTS - 1}}}[^\w]*\Z"
)
_COUNT_CONTEXT = frozenset({"table", "ul", "ol", "pre", "code"})
MAX_STAMP_BYLINE_WORDS = 8
MAX_CJK_STAMP_CHARS = 24
_STAMP_WORDS = _DATE_WORDS | {"last"}  # "Last modified: January 10. 2008"
# a clock written as one word: "12:00AM" splits into "12" and "00am"; "08h15", "10h" (French)
_CLOCK_WORD = re.compile(r"\d{1,2}(?:am|pm|h)(?:\d{2})?")


def _is_time_word(word: str, vocabulary: frozenset[str]) -> bool:
    """A date or time word of `vocabulary`, a number, or a clock written as one word."""
    return word in vocabulary or word.isdigit() or bool(_CLOCK_WORD.fullmatch(word))


# "By NAME", "Written by NAME", "Autor: NAME", "Medically reviewed by NAME"
_NAMED_AFTER_BY = re.compile(rf"(?i:^\W{{0,3}}(?:{_REVIEWED_BY}|\w+(?:\s+\w+)?))[\s:]+[A-ZÀ-Ý]")
_LABEL_FILLERS = frozenset("by von de por par the our".split())
# a post's meta line (`is_post_line`): the words that say it was posted, and those around them
_POST_ANCHORS = frozenset(
    "posted comments comment permalink trackback trackbacks kommentare kommentar comentarios commentaires".split()
)
_POST_WORDS = _POST_ANCHORS | frozenset(_BY_WORDS) | frozenset("at on um link follow ups reply replies reads views email".split())
_CALENDAR_WORDS = DATE_WORDS - frozenset(
    "am pm published updated posted modified veröffentlicht aktualisiert publicado actualizado publié uhr".split()
)
MAX_POST_LINE_WORDS = 20
MAX_POST_NAME_WORDS = 3  # "NAME", "hugh macleod", "Bradley M. Kuhn"


@lru_cache(maxsize=256)  # the frame's tests ask for the words of the same short line several times
def words(text: str) -> tuple[str, ...]:
    """The lower-case words of `text`."""
    return tuple(_WORD.findall(text.lower()))


def is_long_paragraph(text: str) -> bool:
    """A paragraph long enough to be the story's own: `LONG_PARAGRAPH_WORDS` words, or in a script
    written without spaces, `LONG_PARAGRAPH_CJK_CHARS` of its characters."""
    return n_words(text) >= LONG_PARAGRAPH_WORDS or (
        len(text) >= LONG_PARAGRAPH_CJK_CHARS and len(CJK_CHAR.findall(text)) >= LONG_PARAGRAPH_CJK_CHARS
    )


SENTENCE_CLOSE = tuple('.!?"”’»。')


def is_headline(text: str, candidates: tuple[frozenset[str], ...]) -> bool:
    """Whether `text` is a copy of the page's headline (most words shared both ways)."""
    if not candidates or len(text) > MAX_HEADLINE_CHARS:  # cheap bounds before the word split
        return False
    found = words(text)
    if not 2 <= len(found) <= MAX_HEADLINE_WORDS:
        return False
    own = set(found)
    for cand in candidates:
        shared = len(own & cand)
        if shared / len(own) >= HEADLINE_SIMILARITY and shared / len(cand) >= HEADLINE_COVER:
            return True
    return False


def is_headline_element(block: Block) -> bool:
    """A page's `h1` of headline length: above the story it is the headline (or the name of the
    site's section), whatever its words; `training.convention` counts every `h1` among the
    headline's candidates too."""
    return block.tag == "h1" and at_most_words(block.text, MAX_HEADLINE_WORDS)


def is_headline_copy(block: Block, candidates: tuple[frozenset[str], ...]) -> bool:
    """An `h1` of headline length (`is_headline_element`) that repeats the headline (`is_headline`)."""
    return is_headline_element(block) and is_headline(block.text, candidates)


# a schedule, not a date: a range of weekdays or of clock times ("Mon–Fri: 9–17", "Mo-Fr 9:00 - 18:00 Uhr")
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom)[a-zäéá]*\.?"
_SCHEDULE = re.compile(
    rf"(?i)\b{_WEEKDAY}\s*[-–]\s*{_WEEKDAY}(?!\w)|"
    r"(?<![\d./-])\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}(?![\d./-])|"  # "9:00 - 18:00", "9.30–17.00"
    r"(?<![\d./-])\d{1,2}\s*[-–]\s*\d{1,2}\s*(?:uhr|h|am|pm)\b"  # "9–17 Uhr", "9-5 pm"
)


MIN_SENTENCE_LOWER_WORDS = 2
# lower-case words a byline or dateline may hold: its "by" words, name particles, job titles ("By NAME, staff writer.")
_STAMP_LOWER_WORDS = frozenset(
    [*_BY_WORDS, "and", "und", "y", "et", "en", "de", "da", "di", "del", "van", "von", "du", "la", "le"]
    + "staff writer reporter correspondent editor columnist contributor special to the for".split()
)


def _reads_as_sentence(text: str) -> bool:
    """A sentence, not a stamp: it ends like one and holds `MIN_SENTENCE_LOWER_WORDS` lower-case
    words that are neither date words nor a byline's ("By Friday, the river had crested.")."""
    if not ends_a_sentence(text):
        return False
    lower = [
        w for w in _WORD.findall(text) if len(w) > 1 and w.islower() and w not in _DATE_WORDS and w not in _STAMP_LOWER_WORDS
    ]  # not a clock's "a.m." letters
    return len(lower) >= MIN_SENTENCE_LOWER_WORDS


def _names_by_inside(text: str) -> bool:
    """A "by NAME" inside the line ("August 6, 2012 by NAME"), not a deadline ("… ease by Saturday
    morning", "by March 2020"): the word after "by" is no date word."""
    return any(m.group(1).lower().rstrip(".") not in DATE_WORDS for m in _BY_INSIDE.finditer(text))


# a byline that names no one: "Staff Report", "From staff reports", "Staff and wire reports", "Wire services"
_STAFF_BYLINE = re.compile(
    r"(?i)\W{0,2}(?:(?:from|by)\s+)?(?:(?:staff|wire|news\s+services?)(?:\s+(?:and|&)\s+(?:wire|news\s+services?))?\s+"
    r"(?:reports?|services)|staff\s+writer|wire\s+services)\W{0,2}$"
)
# a stamp's closing credit of its sources ("… 14:10 Uhr Quelle: ZEIT ONLINE, dpa, AFP, lk", "Source: Reuters")
_SOURCE_TAIL = re.compile(r"(?i)[\s|·,;–-]+(?:quelle|quellen|source|sources|fuente|fonte|bron|źródło)\s*:\s*[^:]{1,60}$")


def is_byline_or_dateline(text: str) -> bool:
    """A short line that names the author ("By NAME") or is mostly a date and time stamp, also
    with a credit of its sources after it ("Aktualisiert am 15. Oktober 2019, 14:10 Uhr Quelle: dpa")."""
    if len(text) > MAX_BYLINE_WORDS * MAX_CHARS_PER_WORD:
        return False
    if ":" in text and (tail := _SOURCE_TAIL.search(text)) and tail.start() > 0:
        text = text[: tail.start()]
    if len(text) <= MAX_CJK_DATELINE_CHARS and (match := _CJK_DATE.match(text.lstrip())):
        return "。" not in text[match.end() :]
    if _STAFF_BYLINE.match(text):
        return True
    found = words(text)
    if not found or len(found) > MAX_BYLINE_WORDS:
        return False
    # either shape, unless the line reads as a sentence ("By Friday, the river had crested.", "Es wird am
    # Sonntag um 15 Uhr eröffnet."): asked last, as it is the dearest test
    if _BYLINE.match(text) or (_names_by_inside(text) and any(w in DATE_WORDS or w.isdigit() for w in found)):
        return not _reads_as_sentence(text)
    datey = sum(w in _DATE_WORDS or w.isdigit() for w in found)
    if datey / len(found) < 0.6 or not any(w.isdigit() for w in found) or _SCHEDULE.search(text):
        return False
    # a date needs a month, weekday, "published", a clock or a d.m.y shape: a bare number
    # ("2019", "11,002": a table cell, a count) is not a dateline
    return (any(w in DATE_WORDS for w in found) or bool(_DATE_SHAPE.search(text))) and not _reads_as_sentence(text)


MAX_META_STRIP_WORDS = 2 * MAX_BYLINE_WORDS
META_STRIP_DATE_SHARE = 0.4


def is_meta_strip(text: str) -> bool:
    """A byline run together with its datelines and reading time ("By NAME Published 6:12 AM EST,
    Tue December 1, 2020 5 min read", "by NAME Published Nov. 7, 2012 2:25 pm Updated Nov. 7, 2012
    4:01 pm"): longer than a byline, but a name and dates. The frame's, above and below the story."""
    if is_byline_or_dateline(text):
        return True
    if len(text) > MAX_META_STRIP_WORDS * MAX_CHARS_PER_WORD or not (_BYLINE.match(text) and _NAMED_AFTER_BY.match(text)):
        return False
    # "Atualizado há 2 horas": a stamp, whatever its words; "NAME | name@paper.com": an address, not words
    found = words(_EMAIL.sub(" ", _RELATIVE_TIME.sub(" ", text)))
    if not found or len(found) > MAX_META_STRIP_WORDS:
        return False
    datey = sum(_is_time_word(w, _WORLD_STAMP_WORDS) for w in found)
    return datey >= META_STRIP_DATE_SHARE * len(found)


# A time relative to now, as a page rendered when it was fetched writes it ("2 hours ago", "vor 3 Stunden",
# "hace 5 minutos", "há 2 horas", "il y a 3 jours", "2 ore fa", "3 uur geleden")
_RELATIVE_TIME = re.compile(
    r"(?i)\b(?:(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago"
    r"|vor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)"
    r"|hace\s+(?:\d+|una?)\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)"
    r"|há\s+(?:\d+|uma?)\s+(?:segundos?|minutos?|horas?|dias?|semanas?|m[eê]s(?:es)?|anos?)"
    r"|il\s+y\s+a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
    r"|(?:\d+|un[ao]?)\s+(?:second[oi]|minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\s+fa"
    r"|(?:\d+|een)\s+(?:seconden?|minuten?|uur|dagen?|weken?|maanden?|jaar)\s+geleden)\b"
)
MAX_HANDLE_WORDS = 3


def is_handle_and_time(text: str) -> bool:
    """A comment's head: a user's name or handle, then how long ago it was written ("mlopez22 2 hours
    ago", "K. Wright · vor 3 Stunden"): a few words without a sentence's punctuation, then only
    the relative time."""
    found = _RELATIVE_TIME.search(text)
    if found is None or text[found.end() :].strip(" .·|•"):
        return False
    name = text[: found.start()].strip(" ·|•,–-")
    return 0 < len(name.split()) <= MAX_HANDLE_WORDS and not any(c in name for c in ",;:!?")


# what may label it or stand beside it besides dates ("Atualizado há 2 horas", "Aggiornato 2 ore fa")
_RELATIVE_STAMP_WORDS = _STRIP_DATE_WORDS | frozenset(
    "last atualizado atualizada actualizada publicada aggiornato aggiornata pubblicato bijgewerkt gepubliceerd "
    "publié publiée".split()
)


def is_relative_stamp(text: str) -> bool:
    """A line that stamps the story in relative time, alone or beside its date ("Updated 2 hours
    ago", "15/03/2020 08h30 · Atualizado há 2 horas"): nothing but the stamp, dates and their labels."""
    if not at_most_words(text, MAX_BYLINE_WORDS) or not (match := _RELATIVE_TIME.search(text)):
        return False
    rest = words(text[: match.start()] + " " + text[match.end() :])
    return all(_is_time_word(w, _RELATIVE_STAMP_WORDS) for w in rest)


# Datelines in the languages `DATE_WORDS` leaves out: every month name `dates` reads, Swedish, Danish,
# Norwegian, Dutch, Italian, Portuguese and Polish weekdays, their "published" and "updated" labels and
# the words before a clock
_WORLD_DATE_WORDS = frozenset(MONTHS) | frozenset(
    """
måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag maandag dinsdag woensdag
donderdag vrijdag zaterdag zondag lunedì martedì mercoledì giovedì venerdì sabato domenica segunda terça
quarta quinta sexta feira poniedziałek wtorek środa czwartek piątek sobota niedziela
""".split()
)
_WORLD_DATE_LABELS = frozenset(
    """
publicerad publicerat uppdaterad uppdaterat publiceret opdateret publisert oppdatert gepubliceerd bijgewerkt
pubblicato pubblicata aggiornato aggiornata publicado publicada atualizado atualizada opublikowano
aktualizacja zaktualizowano publikováno aktualizováno vydáno
نشر في آخر تحديث تاريخ النشر تم
""".split()
)
# the words around a clock or a date: "kl. 06.00", "alle 10:15", "godz. 8:15", "5:37 p.m. ET", "le 2 septembre"
_CLOCK_LABELS = frozenset("kl klo om op alle ore il às em godz h a p m et ct mt pt le".split())
# a reading time beside the date ("5 min read", "Lesezeit: 4 Minuten", "Temps de Lecture 4 min.")
_READ_WORDS = frozenset("min mins minute minutes read reading time lesezeit minuten lectura de temps lecture".split())
_WORLD_STAMP_WORDS = _RELATIVE_STAMP_WORDS | _WORLD_DATE_WORDS | _WORLD_DATE_LABELS | _CLOCK_LABELS | _READ_WORDS


def is_world_dateline(text: str) -> bool:
    """A dateline in any language the frame reads, one stamp or two ("Publicerad 14 juli 2020 kl.
    06.00 Uppdaterad …", "Pubblicato il 3 marzo 2020 alle 10:15", "Opublikowano: 12 maja 2020,
    godz. 8:15"): date and time words, labels, numbers and clocks only, naming a whole day."""
    if not at_most_words(text, MAX_META_STRIP_WORDS):
        return False
    found = words(_RELATIVE_TIME.sub(" ", text))  # "… · Atualizado há 2 horas": a stamp, whatever its words
    return bool(found) and all(_is_time_word(w, _WORLD_STAMP_WORDS) for w in found) and date_in_text(text) is not None


# a "published" or "updated" label, then a date ("Publicado em 14/07/2020 - 18:25", "Published: March 3, 2020")
_STAMP_LABEL = re.compile(
    r"(?i)\b(?:published|updated|posted|veröffentlicht|aktualisiert|publié|publiée|"
    + "|".join(sorted(_WORLD_DATE_LABELS))
    + r")\b(?:\s+(?:on|am|le|il|em|el|den|op|dne))?\s*:?\s*"
)
MAX_STRIP_LEAD_WORDS = 8  # a name and a job title before the label
MAX_STRIP_TAIL_WORDS = 3  # a place after the date ("… 18:25 Brasília")


def is_labelled_strip(text: str) -> bool:
    """A byline strip that names the author without "By" and ends in a labelled dateline ("NAME -
    Repórter da Agência Brasil Publicado em 14/07/2020 - 18:25 Brasília"): a few words that are
    no sentence, a "published" or "updated" label, a whole date, at most a place after it, and a
    reading time ("Le Monde avec AFP Publié le … Temps de Lecture 2 min.")."""
    if "min" in text.lower() and (reading := _TRAILING_READING_TIME.search(text)):  # "… 14h10 Temps de Lecture 2 min."
        text = text[: reading.start()]
    if not at_most_words(text, MAX_META_STRIP_WORDS) or not (label := _STAMP_LABEL.search(text)):
        return False
    lead = text[: label.start()]
    if not at_most_words(lead, MAX_STRIP_LEAD_WORDS) or re.search(r"[.!?]\s", lead) or text.rstrip().endswith("."):
        return False
    if not is_name_line(" ".join(lead.split()[:2])):  # a name opens it, not a sentence ("The report was …")
        return False
    rest = text[label.end() :]
    if date_in_text(rest) is None:
        return False
    tail = [w for w in words(rest) if not _is_time_word(w, _WORLD_STAMP_WORDS)]
    return len(tail) <= MAX_STRIP_TAIL_WORDS


_STRIP_READ_WORDS = _STRIP_DATE_WORDS | _READ_WORDS
MAX_STRIP_NAME_WORDS = 4
_STRIP_PUNCTUATION = " ·|,–—-"
_NAME_TOKENS = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")  # capitalised words only: no "(@handle)", "Next?"


def is_name_date_strip(text: str) -> bool:
    """A byline strip that starts with a name, without "By" ("Dana Kim Feb 11, 2024 5 min read",
    "Jane Roe | 12.03.2021"), or a place's dateline ("Paris, March 3, 2020"): up to
    `MAX_STRIP_NAME_WORDS` capitalised words (`is_name_line`, no section's words), then only
    dates, times and a reading time, with a whole date among them. Not a quote's signature
    ("— NAME (@handle) DATE" under an embedded post). Its first words are no author to report:
    a place reads the same."""
    return _name_before_date(text) is not None


def _name_before_date(text: str) -> str | None:
    """The capitalised words a name-and-date strip (`is_name_date_strip`) opens with, as written."""
    if not at_most_words(text, MAX_BYLINE_WORDS):
        return None
    tokens = text.split()
    for k in range(1, min(MAX_STRIP_NAME_WORDS, len(tokens) - 1) + 1):
        opening = " ".join(tokens[:k])
        name, rest = opening.rstrip(_STRIP_PUNCTUATION), " ".join(tokens[k:])
        if not _NAME_TOKENS.fullmatch(name) or not is_name_line(name) or _SECTION_WORDS.intersection(words(name)):
            continue
        found = words(rest)
        datey = all(_is_time_word(w, _STRIP_READ_WORDS) for w in found)
        if datey and date_in_text(rest) is not None:
            return opening
    return None


# "today" and "yesterday" where a byline's date would be ("Door NAME Gisteren, 18:32")
_NEAR_DAYS = frozenset("today yesterday heute gestern hoy ayer hoje ontem oggi ieri vandaag gisteren idag igår".split())
_TRAILING_DATE_WORDS = DATE_WORDS | _WORLD_DATE_LABELS | _NEAR_DAYS


def byline_author(text: str) -> str | None:
    """The name a byline gives ("By Jamie Ortiz, Staff Writer" → "Jamie Ortiz", "Von Anna Berger
    | 12.10.2020" → "Anna Berger", "Posted on March 3, 2020 by Fern Walker" → "Fern Walker"),
    or None when the line names no one."""
    match = _BYLINE_AUTHOR.search(text)
    if not match:
        return None
    name = match.group(1)
    if text[match.end() : match.end() + 1] == ":":  # "Written by NAME Topics: …": the last word labels what follows
        name = name.rsplit(None, 1)[0] if " " in name else ""
    # a comma lists names only before a last "and" ("By Jane Roe, John Doe and Max Mustermann");
    # otherwise a job title or a date follows it ("By Jamie Ortiz, Staff Writer")
    if not _NAME_AND.search(name):
        name = name.split(",")[0]
    name = _NAME_TAIL.sub("", re.sub(r",(?=\S)", ", ", name))  # "NAME Associated Press", "NAME, Staff Writer"
    found = name.split()
    # an outlet in capitals after a name in mixed case ("By Alice Brown BBC News, Cornwall")
    cut = next((k for k in range(2, len(found)) if _is_acronym(found[k]) and _is_mixed_case_word(found[k - 1])), None)
    found = found[:cut]
    while found and found[-1].lower().strip(".,") in _TRAILING_DATE_WORDS:
        found.pop()
    return " ".join(found) or None


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word.isupper()


def _is_mixed_case_word(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


# a stamp's label before its date, not a name ("Submitted 3 May 2019")
_STAMP_VERB = re.compile(r"(?i)(?:submitted|posted|published|updated|created|modified|edited|written)\b")


def story_byline_author(texts: Sequence[str], kept: Sequence[bool], blocks: Sequence[Block] | None = None) -> str | None:
    """The name in the first byline dropped above the story (`dropped_above_story`) ("By NAME,
    Staff Writer"), or with the page's `blocks`, failing one, the first dropped line above it that
    is only a name, or starts a strip with one, in an element whose class (or a near ancestor's,
    as the path names them) names the author or byline ("Tana Ganeva" in "div.author-name"):
    the convention moves the byline to `Result.author`, for pages whose markup names no author."""
    above = list(dropped_above_story(texts, kept))
    for i in above:
        # the strip, or its first part when a disclosure or a reading time follows ("By NAME · Updated … · This
        # post may contain affiliate links.")
        for strip in dict.fromkeys((texts[i], _STRIP_SEPARATOR.split(texts[i], 1)[0])):
            if is_meta_strip(strip) and (name := byline_author(strip)):
                return name
        if (found := _CJK_BYLINE.search(texts[i])) is not None:  # "来源：城市晚报 作者：李明 责任编辑：王芳"
            return found.group(1)
    if blocks is None:
        return None
    first_kept = next((i for i, k in enumerate(kept) if k), len(kept))
    for i in above:
        if not BYLINE_CLASS.search(blocks[i].path) or _BYLINE_BUTTONS.issuperset(words(texts[i])):
            continue  # a comment count's or share button's label beside the byline is no name
        text = _without_buttons(texts[i])
        if is_name_line(text) and not _SECTION_WORDS.issuperset(words(text)):  # not "News"
            return author_name(text)
        # a strip's first part ("Pete Evans · CBC News · Posted: Oct 14, 2022", "NAME @handle / 9:00 am
        # EDT • July 16, 2020"), not a section's name
        first = _STRIP_SEPARATOR.split(_HANDLE.sub(" ", text), 1)[0].strip()
        if first != text and is_name_line(first) and not _SECTION_WORDS.intersection(words(first)):
            return author_name(first)
        # a name run into its date above the story ("Rebecca Liu Oct 3, 2022, 8:00am EDT"); not a place's ("Paris, March 3, 2020")
        if i > first_kept:  # a review's or comment's name and date below what the page keeps ("Thomas M. – 12.03.2021")
            continue
        opening = _name_before_date(text)
        if opening is not None and not opening.endswith(",") and not _STAMP_VERB.match(opening):
            return author_name(opening)
    return _footer_author(texts, kept, blocks)


# a Chinese or Japanese strip's author label and the name after it ("作者：李明", "撰文：王芳", "著者：山田太郎"),
# not its editor ("责任编辑：NAME") nor a photo credit's reporter ("（记者 NAME 摄）")
_CJK_NAME_CHAR = "\u3040-\u30ff\u4e00-\u9fff"  # kana and CJK ideographs
_CJK_BYLINE = re.compile(
    rf"(?:^|[\s|｜/／，,、])(?:作者|撰文|著者|記者|记者)\s*[:：]\s*([{_CJK_NAME_CHAR}·]{{2,6}})(?![{_CJK_NAME_CHAR}])"
)
# a blog post's footer under its text ("Posted by NAME at 10:15 AM", "Eingestellt von NAME um 10:15")
_POSTED_BY = re.compile(
    r"(?i)^\W{0,3}(?:posted|eingestellt|gepostet|publicado|publié|pubblicato|geplaatst)\s+(?:by|von|por|par|da|door)\s+\w"
)
MAX_FOOTER_LOOK = 3  # dropped lines looked at after the story's last kept block


def _footer_author(texts: Sequence[str], kept: Sequence[bool], blocks: Sequence[Block]) -> str | None:
    """The name in a blog footer's "Posted by NAME at …" among the first lines dropped right after
    the story's last kept block, outside comments (whose own lines read "Posted by: NAME at …")."""
    last = max((i for i, k in enumerate(kept) if k), default=None)
    if last is None:
        return None
    for i in range(last + 1, min(last + 1 + MAX_FOOTER_LOOK, len(texts))):
        if _POSTED_BY.match(texts[i]) and not in_comments(blocks[i]):
            return byline_author(texts[i])
    return None


_STRIP_SEPARATOR = re.compile(r"\s+[·•|/]\s+")
_HANDLE = re.compile(r"@\w+")  # a social handle glued to the name ("Sarah Perez@sarahintampa")
_BYLINE_BUTTONS = COMMENT_WORDS | _SHARE_WORDS | frozenset("comment follow more".split())
_GLUED_SEPARATOR = re.compile(r"\s*[·•|]\s*")  # inline elements joined without spaces: "NAME·Follow"


def _without_buttons(text: str) -> str:
    """A byline strip without the buttons its last parts are ("Priya Raman·Follow" → "Priya Raman")."""
    parts = _GLUED_SEPARATOR.split(text)
    n_parts = len(parts)
    while len(parts) > 1 and _BYLINE_BUTTONS.issuperset(words(parts[-1])):
        parts.pop()
    return text if len(parts) == n_parts else " · ".join(parts)


# words of a section's or desk's name, never a person's ("World News", "Sport", "Politics")
_SECTION_WORDS = frozenset(
    "news sport sports business world politics opinion tech technology science health culture entertainment "
    "lifestyle local national international travel money markets weather".split()
)


HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())


def is_byline_element_line(block: Block) -> bool:
    """A short line in an element whose class names the author or byline ("Helena Park Environment
    correspondent" in "address.dcr-author"), or in an `address` (the element HTML gives an article's
    author: "NAME in Madrid and NAME in Athens"): above the story, the byline however it is
    worded; not a heading (a blog's post titles may sit in such an element)."""
    return (
        block.tag not in HEADING_TAGS
        and at_most_words(block.text, MAX_BYLINE_WORDS)
        and ("address" in block.ancestors or bool(BYLINE_CLASS.search(nearest_elements(block))))
    )


_AUTHOR_BIO_START = re.compile(rf"{_NAME},?\s+(?:currently\s+)?(?:{_BIO_VERBS}|works|worked)\b")


def is_author_box_bio(block: Block) -> bool:
    """An author's bio in an element whose class names the author or byline ("NAME currently works
    for … as a writer."): above the story, the byline box's, however long."""
    text = block.text
    return (
        at_most_words(text, MAX_CLOSING_WORDS)
        and bool(_AUTHOR_BIO_START.match(text))
        and any(w in BIO_WORDS for w in words(text))
        and bool(BYLINE_CLASS.search(block.path))  # the box's class may sit a few elements up
    )


# A bio's opening in the languages of the corpus: a name, maybe its handle or first name again
# ("Jon Bloom (@Bloom_Jon) is", "Lee Hutchinson / Lee is", "Giulia Rossi è nata", "Jan de Vries werkt")
_BOX_BIO_VERBS = (
    r"is|was|has|joined|covers|writes|works|worked|lives|ist|war|hat|schreibt|arbeitet|lebt|è|era|scrive|lavora|vive|"
    r"est|écrit|travaille|vit|es|fue|escribe|trabaja|é|foi|escreve|trabalha|schrijft|werkt|woont"
)
_BOX_BIO_START = re.compile(
    rf"[A-ZÀ-Ý][\w.'’-]+(?:\s+(?:[a-z]{{1,3}}\s+)?[A-ZÀ-Ý][\w.'’-]+){{1,3}}(?:\s*\([^)]{{1,40}}\)|\s+/\s+[A-ZÀ-Ý]\w+)?,?\s+"
    rf"(?:{_BOX_BIO_VERBS})\b"
)


def is_author_box_paragraph(block: Block) -> bool:
    """An author box's bio in any language ("Giulia Rossi è nata a Roma e scrive …"): a text of at
    most `MAX_CLOSING_WORDS` words that opens with a name and a bio's verb (`_BOX_BIO_START`), in
    an element whose class names the author or byline among the block's three nearest elements.
    Below the story, not the story."""
    return (
        at_most_words(block.text, MAX_CLOSING_WORDS)
        and bool(_BOX_BIO_START.match(block.text))
        and bool(BYLINE_CLASS.search(nearest_elements(block, 3)))
    )


_DISCLOSURE_CLASS = re.compile(r"(?i)[.#][\w-]*(?:disclosure|disclaimer)")


def is_disclosure_paragraph(block: Block) -> bool:
    """A disclosure or disclaimer box's text ("NAME owns shares of … The Motley Fool has a
    disclosure policy."): at most `MAX_CLOSING_WORDS` words in an element whose class names a
    disclosure or disclaimer among the block's four nearest (a link and its emphasis may be two of
    them: "span.disclosure>p>em>a"). Below the story, not the story."""
    return at_most_words(block.text, MAX_CLOSING_WORDS) and bool(_DISCLOSURE_CLASS.search(nearest_elements(block, 4)))


def is_name_line(text: str) -> bool:
    """A line that is only a person's name or names (`metadata.author_name`), without digits."""
    return at_most_words(text, MAX_NAME_LINE_WORDS) and not any(c.isdigit() for c in text) and author_name(text) is not None


def story_dateline_date(texts: Sequence[str], kept: Sequence[bool], language: str | None = None) -> str | None:
    """The day named by the first dateline dropped above the story (`dropped_above_story`;
    "Updated 11:22 PM EST, Tue November 29, 2016", "Publié le 07 mai 2019 à 13h59"), as
    "YYYY-MM-DD", or failing one of that shape, by the first short dropped line that names a day
    ("松村太郎2019年04月13日 09時00分"): the convention moves the dateline to `Result.date`, for pages
    whose markup gives no date."""
    short = [
        i for i in dropped_above_story(texts, kept) if names_a_year(texts[i]) and at_most_words(texts[i], MAX_META_STRIP_WORDS)
    ]
    datelines = [i for i in short if is_byline_or_dateline(texts[i]) or is_meta_strip(texts[i])]
    for i in itertools.chain(datelines, short):
        if day := date_in_text(texts[i], language):
            return day
    return None


def dropped_above_story(texts: Sequence[str], kept: Sequence[bool]) -> Iterator[int]:
    """The dropped blocks above the story's second long kept paragraph (a standfirst of
    paragraph length often sits above the byline), in page order; on a page with fewer, up to a
    comment section's heading below what it keeps (not a recipe's comments)."""
    long_seen = 0
    kept_seen = False
    for i, (text, k) in enumerate(zip(texts, kept)):
        if kept_seen and not k and is_comments_header(text):
            return
        kept_seen = kept_seen or k
        if not k:
            yield i
        elif is_long_paragraph(text):
            long_seen += 1
            if long_seen == 2:
                return


def is_stamp_line(block: Block) -> bool:
    """A line that is only a date or time stamp ("July 15, 2004", "Updated: Sat 8:31 PM",
    "2012-11-09", "Last modified: January 10. 2008 12:00AM", "2019年12月17日更新"), only a byline
    ("By NAME"), a post's meta line (`is_post_line`) or a forum member's join date
    (`is_member_line`): not the story wherever it sits. Quotes (an embedded post's signature,
    "— NAME (@handle) DATE") keep theirs; table cells and definition terms (a schedule, a table of
    dates) keep a bare date or name, not a post's meta line (old blogs lay their posts out in
    tables)."""
    text = block.text
    if block.tag == "blockquote" or "blockquote" in block.ancestors:
        return False
    if is_post_line(text) or is_member_line(text):
        return True
    if block.tag in DATA_TAGS or not is_byline_or_dateline(text):
        return False
    if _BYLINE.match(text):  # "By NAME", not "By 1963, as …" nor a sentence about its author
        named = bool(_NAMED_AFTER_BY.match(text)) and text.rstrip()[-1] not in ":,"
        return named and at_most_words(text, MAX_STAMP_BYLINE_WORDS)
    if _CJK_DATE.match(text.lstrip()):  # "2019年12月17日更新": the date and a word or two
        return len(text) <= MAX_CJK_STAMP_CHARS
    return is_pure_stamp(text)


def is_pure_stamp(text: str) -> bool:
    """A text of date and time words, numbers and clocks only ("01-15-2012 06:40 PM")."""
    found = words(text)
    return bool(found) and all(_is_time_word(w, _STAMP_WORDS) for w in found)


def is_member_line(text: str) -> bool:
    """A forum user box's line: when its author joined, with a date ("Registered: July 03, 2001",
    "Joined: Jun 17, 2003 Posts: 88", "Member since 2009", "Mitglied seit 12.03.2015"), or its count
    of posts alone (`_POST_COUNT_LINE`: "Beiträge: 5321")."""
    if _POST_COUNT_LINE.match(text):
        return True
    return at_most_words(text, MAX_BYLINE_WORDS) and bool(_MEMBER_LINE.match(text)) and any(c.isdigit() for c in text)


def is_post_line(text: str) -> bool:
    """A blog post's or comment's meta line: who posted it and when, with its comment count or
    permalink ("Posted by NAME at 11:48 AM | Comments (1) | TrackBack", "— NAME at 11:46 PM
    Comments (16)", "by NAME on Aug 9, 2012 2:11 PM EDT reply", "Posted on Tuesday 15 October
    2019 at 09:11 by NAME"). It needs a date or clock, a posting word (posted, comments, permalink
    or "by" before a name) and at most `MAX_POST_NAME_WORDS` words besides those: "Doors open at
    7:30 PM" is not one."""
    if len(text) > MAX_POST_LINE_WORDS * MAX_CHARS_PER_WORD:
        return False
    found = words(text)
    if not found or len(found) > MAX_POST_LINE_WORDS:
        return False
    dated = bool(_DATE_SHAPE.search(text)) or (any(w in _CALENDAR_WORDS for w in found) and any(w.isdigit() for w in found))
    if not dated:
        return False
    other = [w for w in found if not (w in _DATE_WORDS or w in _POST_WORDS or w.isdigit())]
    if len(other) > MAX_POST_NAME_WORDS:
        return False
    named = any(w in _BY_WORDS and nxt in other for w, nxt in zip(found, found[1:]))
    return named or any(w in _POST_ANCHORS for w in found)


def is_print_line(text: str) -> bool:
    """A print-edition, reprint or copyright line (`_PRINT_LINE`); a word test first, as most
    texts it sees are the story's own paragraphs."""
    return bool(_PRINT_GATE.search(text.lower())) and bool(_PRINT_LINE.search(text))


# An author's bio in the first person ("I am a senior contributor covering …", "I write about the future of work.")
_FIRST_PERSON_BIO = re.compile(
    r"(?:I\s+am|I['’]m)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:contributor|writer|journalist|reporter|editor|columnist|"
    r"correspondent|blogger)\b"
)
# an author box's heading ("About the author", "Über die Autorin", "Sobre el autor", "À propos de l'auteur")
_AUTHOR_BOX_HEADING = re.compile(
    r"(?i)^\W{0,3}(?:about\s+the\s+authors?|über\s+(?:den\s+autor|die\s+autorin|die\s+autoren)|sobre\s+(?:el|la|o|a)\s+autora?|"
    r"à\s+propos\s+de\s+l['’]auteure?|sull['’]autore|over\s+de\s+auteur)(?:\W{0,3}$|\s*:\s)"
)
_FIRST_PERSON_BEAT = re.compile(r"I\s+(?:write|cover|report)\s+(?:about|on)\b")  # a byline's one line: "I write about …"
# A byline's job title on its own line ("Senior Contributor", "Staff Writer", "Redakteurin"): these
# words only, one of them a journalist's
_JOB_NOUNS = frozenset(
    "contributor writer reporter editor correspondent columnist journalist photographer blogger redakteur redakteurin "
    "korrespondent korrespondentin autor autorin reporterin journalistin rédacteur rédactrice journaliste correspondant "
    "periodista redactor redactora corresponsal giornalista inviato inviata correspondente repórter jornalista".split()
)
_JOB_WORDS = _JOB_NOUNS | frozenset(
    "senior staff contributing chief deputy managing executive associate assistant freelance political news sports "
    "business science health technology tech opinion features investigative national international foreign at large "
    "and of the".split()
)
MAX_JOB_TITLE_WORDS = 5


def is_job_title_line(text: str) -> bool:
    """A line that is only a journalist's job title ("Senior Contributor", "Staff Writer")."""
    found = words(text)
    return 0 < len(found) <= MAX_JOB_TITLE_WORDS and all(w in _JOB_WORDS for w in found) and any(w in _JOB_NOUNS for w in found)


# A press release's contact block ("Media Contact: NAME …", "Investor Relations: …") and its opening credit
# ("News provided by NAME"); not PR Newswire's "SOURCE NAME", which the golds keep
_RELEASE_LABEL = r"(?:media|press|investor)\s+(?:contacts?|inquiries|relations)"
_RELEASE_END = re.compile(rf"(?i)\W{{0,3}}{_RELEASE_LABEL}\s*:")
# a press release's contact heading on its own line ("Media Contact:", "Pressekontakt:", "Contact presse"),
# in the languages of the training pages
_RELEASE_HEADING = re.compile(
    rf"(?i)\W{{0,3}}(?:{_RELEASE_LABEL}|presse?-?kontakte?|medienkontakte?|"
    r"kontakt\s+für\s+(?:medien|journalisten)|contacts?\s+(?:presse|médias?)|contactos?\s+(?:de\s+)?(?:prensa|medios)|"
    r"contatti\s+stampa|perscontacte?n?)\s*:?\W{0,2}"
)
_RELEASE_START = re.compile(r"(?i)\W{0,3}(?:news|content)\s+provided\s+by\b")


def is_byline_note(text: str) -> bool:
    """What a byline box adds to the name: a job title's line, a bio in the first person, the
    box's heading ("About the author"), a press release's "News provided by NAME". The
    frame's, around the story; the corpus does not label these."""
    if is_job_title_line(text) or _AUTHOR_BOX_HEADING.match(text) or _RELEASE_START.match(text):
        return True
    if at_most_words(text, MAX_BYLINE_WORDS) and _FIRST_PERSON_BEAT.match(text):
        return True
    return at_most_words(text, MAX_CLOSING_WORDS) and bool(_FIRST_PERSON_BIO.match(text))


# A reporter's address under the story: an email address, a handle or a social profile's URL, with at most
# their labels ("lisa.gray@chron.com", "twitter.com/lisagray", "Email: NAME@… | Twitter: @…"); not a
# bare link (a blog's sources and commenters' sites)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT = re.compile(
    rf"{_EMAIL.pattern}|@\w{{2,}}|"
    r"(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin)\.com/[\w./-]+"
)
_CONTACT_TAGLINE = re.compile(
    r"(?i)\W{0,3}(?:contact|reach|e-?mail)\s+(?-i:[A-Z])|\W{0,3}(?:contact|reach)\s+(?:the\s+)?(?:reporter|writer|author)\b"
)
MAX_CONTACT_TAGLINE_WORDS = 40
_CONTACT_LABELS = frozenset(
    "email e mail twitter x phone tel contact reach follow on at or and me him her facebook instagram linkedin".split()
)


_CONTACT_HEADING = re.compile(r"(?i)\W{0,3}(?:contact|email|e-mail|follow)\s+(?-i:[A-ZÀ-Ý])")


def is_contact_line(text: str) -> bool:
    """A line of an author's contact details only (`_CONTACT`), a newsroom's tagline that opens
    with the call and gives an address ("Contact Mark Delaney at 555-0143 or mdelaney@….",
    "Reach the reporter at …"), or a contact box's heading that names the author ("Contact Lucy
    Barbour")."""
    if _CONTACT_HEADING.match(text) and is_name_line(text.split(None, 1)[1]) and len(text.split()) >= 3:
        return True  # a contact box's heading: "Contact Lucy Barbour"
    if not ("@" in text or ".com/" in text):
        return False
    if _CONTACT_TAGLINE.match(text) and at_most_words(text, MAX_CONTACT_TAGLINE_WORDS) and _CONTACT.search(text):
        return True
    if not at_most_words(text, MAX_BYLINE_WORDS):
        return False
    rest = _CONTACT.sub(" ", text)
    return rest != text and all(w in _CONTACT_LABELS for w in words(rest))


# A comment section's rules ("Bitte beachten Sie unsere Netiquette.", "Comments are moderated.", "Guidelines:
# Fan feedback should be within the guidelines for the NFL community.", "Normas de participación")
_COMMENT_POLICY = re.compile(
    r"(?i)\b(?:comments?|feedback|kommentare?n?|comentarios?|comentários?|commentaires?|commenti)\b[^.!?]{0,80}?"
    r"\b(?:guidelines?|polic(?:y|ies)|moderated|netiquette|civil|respectful|responsabilidad|responsabilité|responsabilidade|"
    r"gelöscht|deleted|removed|reviewed\s+before|approved\s+before|community\s+standards|regeln|normas)\b|"
    r"\bnetiquette\b|\bnormas\s+de\s+participación\b|\bcommunity\s+guidelines\b"
)
MAX_POLICY_WORDS = 80  # the longest run to ~65 words


def is_comment_policy(text: str) -> bool:
    """A comment section's rules (`_COMMENT_POLICY`), a short text."""
    return at_most_words(text, MAX_POLICY_WORDS) and bool(_COMMENT_POLICY.search(text))


def is_release_heading(text: str) -> bool:
    """A press release's contact heading, the whole line (`_RELEASE_HEADING`: "Media Contacts:",
    "Pressekontakt:")."""
    return len(text) <= MAX_CHARS_PER_WORD * MAX_HEADER_WORDS and bool(_RELEASE_HEADING.fullmatch(text))


def is_release_contact(text: str) -> bool:
    """A press release's contact block (`_RELEASE_END`: "Media Contact: NAME email phone")."""
    return at_most_words(text, 2 * MAX_BYLINE_WORDS) and bool(_RELEASE_END.match(text))


def is_author_note(text: str) -> bool:
    """Closing matter (`is_closing_matter`) or a byline's note (`is_byline_note`)."""
    return is_closing_matter(text) or is_byline_note(text)


def is_closing_matter(text: str) -> bool:
    """A line that closes an article without being its story: a reporting credit ("Reporting was
    contributed by …", "(Reporting by …; Editing by …)"), an author bio ("NAME is a reporter …",
    "NAME joined The Times in …"), or a print-edition, reprint or copyright line."""
    if len(text) > MAX_CLOSING_WORDS * MAX_CHARS_PER_WORD:
        return False
    found = words(text)
    if not found or len(found) > MAX_CLOSING_WORDS:
        return False
    if CREDIT_LINE.match(text) or is_print_line(text):
        return True
    return bool(_BIO_START.match(text)) and any(w in BIO_WORDS for w in found)


_WIRE_NAMES = r"(?i:dpa|afp|ap|reuters|sid|kna|epd|apa|ddp|efe|ansa|kyodo|xinhua)"
_CREDIT_PART = rf"(?:{_WIRE_NAMES}|[a-z]{{2,4}}|[A-Z]{{2,5}})"  # an agency, an editor's initials, an outlet ("RND/dpa")
_BRACKETED_INITIALS = re.compile(r"[(\[][a-z]{2,4}(?:\s*/\s*[a-z]{2,4}){0,3}[)\]]")  # "(jss)", "(das/eds)", "[rtr/jb]"
# the agencies and the editors' initials that close a German or French wire story ("kas/dpa/Reuters", "(afp)")
_AGENCY_CREDIT = re.compile(rf"\W{{0,2}}{_CREDIT_PART}(?:\s*[/,]\s*{_CREDIT_PART}){{0,4}}\W{{0,2}}")


# A Chinese, Korean, Arabic or Persian story's closing credit: its editor, source or original headline
# ("责任编辑：NAME", "来源：新京报", "原标题：…", "편집: NAME", "المصدر: وكالات")
_EDITOR_CREDIT = re.compile(
    r"\W{0,2}(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|来源|來源|原标题|原標題|편집|출처|المصدر|منبع)\s*[:：]"
)
MAX_EDITOR_CREDIT_CHARS = 60


def is_editor_credit(text: str) -> bool:
    """A Chinese, Korean, Arabic or Persian story's closing credit (`_EDITOR_CREDIT`), short."""
    return len(text) <= MAX_EDITOR_CREDIT_CHARS and bool(_EDITOR_CREDIT.match(text))


# an outlet's credit with the agencies it drew on ("Le Monde avec AFP", "Le Figaro avec AFP et Reuters",
# "CNN with Reuters", "ZEIT ONLINE mit dpa")
_WITH_AGENCY_CREDIT = re.compile(
    rf"\W{{0,2}}(?:par\s+)?(?:[\w'’.-]+\s+){{1,3}}(?:avec|with|mit|con|com|met)\s+{_WIRE_NAMES}"
    rf"(?:\s*(?:,|et|and|und|y|e|en)\s*{_WIRE_NAMES})*\W{{0,2}}"
)


# a closing credit to the reporters or agencies who helped ("Caitlin Emma and John Bresnahan contributed
# to this report.", "The Associated Press contributed to this story.", "Mit Material von dpa"), or that
# distributed the text
_CONTRIBUTED = re.compile(
    r"(?i)[^.!?]{3,120}?\s+contributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\W{0,2}"
    r"|\W{0,3}mit\s+material\s+(?:von|der|des)\s+[^.!?]{2,60}"
    # a press release's distribution credit ("Original-Content von: NAME, übermittelt durch news aktuell")
    r"|\W{0,3}original-content\s+von\s*:\s*[^.!?]{2,80}"
)


# a syndicated story's note ("(Except for the headline, this story has not been edited by NDTV staff and is published
# from a syndicated feed.)", "(This story has been published from a wire agency feed without modifications …)")
_SYNDICATED = re.compile(
    r"(?i)\W{0,3}(?:except\s+for\s+the\s+headline,\s+)?this\s+(?:story|article)\s+has\s+(?:not\s+been\s+edited\s+by\s+"
    r"[^.!?]{2,40}?\s+staff\s+and\s+is\s+|been\s+)published\s+from\s+a\s+(?:syndicated|wire\s+agency|news\s+agency)\s+feed"
    r"[^()]{0,120}?\W{0,3}"
)
MAX_CONTRIBUTOR_CREDIT_CHARS = 120
MAX_SYNDICATED_NOTE_CHARS = 200


def is_contributor_credit(text: str) -> bool:
    """A closing credit to contributing reporters or agencies (`_CONTRIBUTED`), short, or a
    syndicated story's note (`_SYNDICATED`)."""
    if len(text) <= MAX_CONTRIBUTOR_CREDIT_CHARS and _CONTRIBUTED.fullmatch(text.strip()):
        return True
    return len(text) <= MAX_SYNDICATED_NOTE_CHARS and may_hold(text, ("feed",)) and bool(_SYNDICATED.fullmatch(text.strip()))


# a print footer's address of the story ("URL: www.sz.de/1.4967143", "Link: https://…")
_URL_LINE = re.compile(r"(?i)\W{0,2}(?:url|link|permalink|quelle|source|fuente)\s*:\s*(?:https?://|www\.)\S+\W{0,2}")


def is_url_line(text: str) -> bool:
    """A print footer's line that gives the story's address (`_URL_LINE`)."""
    return bool(_URL_LINE.fullmatch(text.strip()))


# the bracketed credit of editors' initials or agencies after a story's last sentence ("… Strecke. (lh)", "(dpa/mak)")
_CLOSING_CREDIT = re.compile(rf"\s*[(\[]{_CREDIT_PART}(?:\s*[/,]\s*{_CREDIT_PART}){{0,4}}[)\]]\s*$|\s+$")


def ends_a_sentence(text: str) -> bool:
    """Whether the text's last sentence closes (`SENTENCE_CLOSE`), a bracketed credit of editors'
    initials or agencies after it set aside ("… an der gesperrten Strecke. (lh)")."""
    return text.endswith(SENTENCE_CLOSE) or _CLOSING_CREDIT.sub("", text).endswith(SENTENCE_CLOSE)


def is_agency_credit(text: str) -> bool:
    """A story's closing credit of wire agencies and editors' initials ("kas/dpa/Reuters",
    "(afp)", "lob/dpa"): at least one agency, the rest initials in lower case; or editors'
    initials alone in brackets ("(jss)", "(das/eds)"), or an outlet's credit with its agencies
    ("Le Monde avec AFP")."""
    if len(text) > MAX_AGENCY_CREDIT_CHARS:
        return False
    text = text.strip()
    if _BRACKETED_INITIALS.fullmatch(text) or _WITH_AGENCY_CREDIT.fullmatch(text):
        return True
    return bool(_AGENCY_CREDIT.fullmatch(text)) and bool(re.search(rf"\b{_WIRE_NAMES}\b", text))


def at_most_words(text: str, n: int) -> bool:
    """Whether `text` has `n` words or fewer (a length bound first, so long texts are not split)."""
    return len(text) <= n * MAX_CHARS_PER_WORD and n_words(text) <= n


@lru_cache(maxsize=256)  # the shape tests ask it of the same short line a dozen times in a row
def n_words(text: str) -> int:
    """How many whitespace-separated words `text` has."""
    return len(text.split())


def is_photo_credit(text: str) -> bool:
    """A photo credit, alone or closing a caption ("Photo: NAME", "Foto: Privat", "(NAME/AP)",
    "… NAME/Getty Images"): not the story's text, wherever it sits."""
    if not at_most_words(text, MAX_CAPTION_WORDS):
        return False
    tail = max(0, len(text) - CREDIT_TAIL_CHARS)
    return bool(
        _CREDIT_AT_START.match(text)
        or (may_hold(text[tail:], _CREDIT_AT_END_NEEDLES) and _CREDIT_AT_END.search(text, tail))
        or (not text.isascii() and _CJK_CREDIT_KEYS.search(text, tail) and _CJK_CREDIT_AT_END.search(text, tail))
    )


def is_share_button(text: str) -> bool:
    """A share bar's button or label ("Share this:", "Tweet", "Email", "Click to share on Facebook"):
    a few words, all share words, fillers or counts, one of them a share word."""
    if len(text) > MAX_SHARE_WORDS * MAX_CHARS_PER_WORD:
        return False
    if not text.isascii():  # every `_CJK_SHARE` word has a character beyond ASCII
        if len(text) <= MAX_CJK_SHARE_CHARS and _CJK_SHARE.search(text):  # "この記事をシェアしよう", "分享到微信"
            return True
        if len(text) <= MAX_CJK_SHARE_BAR_CHARS and not _CJK_PUNCTUATION.search(text) and len(_CJK_SHARE.findall(text)) >= 2:
            return True  # a bar's buttons run together ("ツイートシェアはてなブックマーク")
    found = words(text)
    if len(found) > MAX_SHARE_WORDS:  # setting glued words apart only adds words
        return False
    if _share_words_only(found):
        return True
    # the bar's links run together ("Поделиться:ВКонтактеОдноклассникиTelegram", "FacebookTwitterE-Mail")
    unglued = _GLUED_WORDS.sub(" ", text.replace("WhatsApp", "Whatsapp"))
    return unglued != text and _share_words_only(words(unglued))


_GLUED_WORDS = re.compile(r"(?<=[a-zß-ÿа-яё])(?=[A-ZÀ-ÝА-ЯЁ])")


def _share_words_only(found: Sequence[str]) -> bool:
    """A few words, all share words, fillers or counts, one of them a share word."""
    bare = [w.strip("0123456789") or w for w in found]  # "61Click to share …61": a count glued on
    return (
        0 < len(bare) <= MAX_SHARE_WORDS
        and any(w in _SHARE_WORDS for w in bare)
        and all(w in _SHARE_WORDS or w in SHARE_FILLERS or w in COMMENT_WORDS or w.isdigit() for w in bare)
    )


# a player's title line, led by what it plays ("Audio: Bahn startet neuen Fahrplan", "Video: …")
_PLAYER_TITLE = re.compile(r"(?i)^\W{0,3}(?:audio|video|podcast|hörbeitrag|vídeo|vidéo)\s*[:|–-]\s*\w")


def is_player_title(text: str) -> bool:
    """A line led by what a player plays ("Audio: Bahn startet neuen Fahrplan", "Video: …"): its
    title, when it sits in the player's box."""
    return bool(_PLAYER_TITLE.match(text))


def is_media_control(text: str) -> bool:
    """An image or video player's control: "toggle caption", "Enlarge this image", "click to
    enlarge", "Launch Gallery", "Close". A player's verb with only the words of what it shows
    ("The Show" is a heading); alone, only a verb that means nothing else ("Close", "Enlarge")."""
    if len(text) > MAX_MEDIA_CONTROL_WORDS * MAX_CHARS_PER_WORD:
        return False
    if _PLAYER_STATUS.match(text):
        return True
    if counter := _MEDIA_COUNTER.match(text):
        text = text[counter.end() :]
    found = words(text)
    if len(found) == 1:
        return found[0] in _MEDIA_ALONE
    return (
        0 < len(found) <= MAX_MEDIA_CONTROL_WORDS
        and any(w in MEDIA_CONTROLS for w in found)
        and all(w in MEDIA_CONTROLS or w in MEDIA_NOUNS or w in _MEDIA_FILLERS for w in found)
        and any(w in MEDIA_NOUNS or w in _MEDIA_POINTERS for w in found)
    )


def headline_candidates_of_title(title: str | None) -> tuple[frozenset[str], ...]:
    """`headline_candidates` for a page known only by its title (a derived corpus page)."""
    if not title:
        return ()
    return tuple(s for s in {frozenset(words(t)) for t in title_parts(title)} if len(s) >= 2)


def title_parts(title: str) -> list[str]:
    """A title and its parts around the separators sites put between headline and site name."""
    return [title, *_TITLE_SEPARATOR.split(title)]


def is_breadcrumb(text: str) -> bool:
    """A breadcrumb trail before the story: a short line that starts at the site's home page and
    steps down through its sections ("Home > News > Politics")."""
    if not at_most_words(text, MAX_CRUMB_WORDS):
        return False
    parts = _CRUMB_SEPARATOR.split(text, maxsplit=1)
    return len(parts) == 2 and bool(_CRUMB_HOME.match(text)) and len(parts[0].split()) <= MAX_CRUMB_HOME_WORDS


def is_section_label(block: Block) -> bool:
    """A section label set above the headline by its markup ("Verkehr", "Annals of Technology",
    "Opinions"): a few words in an element whose class names a kicker, eyebrow or rubric."""
    return at_most_words(block.text, MAX_KICKER_WORDS) and bool(_KICKER_CLASS.search(nearest_elements(block)))


def nearest_elements(block: Block, n: int = 2) -> str:
    """The block's element and the `n` - 1 above it, as its path names them ("div.byline>a.author"),
    with the inline elements its first text sits in ("p.byline>span>a": a path ends at the first
    text's element, not the block's)."""
    parts = block.path.split(">")
    own = own_element(parts)
    if own is None:  # the block's element lies beyond the path's last parts
        return ">".join(parts[-n:])
    return ">".join(parts[max(0, own - n + 1) :])


def own_element(parts: list[str]) -> int | None:
    """Which of a block's path parts is the block's own element (its last block-level one: the
    parts after it are the inline elements its first text sits in), or None when the path's last
    parts hold none."""
    return next((k for k in range(len(parts) - 1, -1, -1) if parts[k].partition(".")[0] in BLOCK_TAGS), None)


def is_ad_label(text: str) -> bool:
    """A short advertising or sponsorship label ("Advertisement", "Supported by", "Anzeige")."""
    found = words(text)
    return (
        0 < len(found) <= MAX_AD_LABEL_WORDS
        and any(w in PROMPT_WORDS for w in found)
        and all(w in PROMPT_WORDS or w in _LABEL_FILLERS for w in found)
    )


def is_legal_notice(text: str) -> bool:
    """A site's short cookie-consent or affiliate-link notice ("We use cookies to improve your
    experience …", "This post may contain affiliate links."), a copyright or reprint notice
    (`_RIGHTS_NOTICE`), a footer's legal links ("Privacy Policy | Terms of Use") or its copyright
    line ("© 2020 NAME"): legal matter, not the story."""
    if not at_most_words(text, MAX_NOTICE_WORDS):
        return False
    if _LEGAL_LINKS.match(text):
        return True
    low = text.lower()  # one of these words is in every notice the two searches find: most texts skip them
    if _NOTICE_GATE.search(low) and (_LEGAL_NOTICE.search(text) or _RIGHTS_NOTICE.search(text)):
        return True
    return bool(_COPYRIGHT_LINE.match(text)) and at_most_words(text, MAX_COPYRIGHT_LINE_WORDS)


def is_rating_line(text: str) -> bool:
    """A rating widget's line (`_RATING_LINE`: "4.94 from 327 votes", "Rated 8 out of 10",
    "★★★★☆"): a score and its count of votes (`RATING_WORDS`), nothing else, at most
    `MAX_RATING_WORDS` words: a widget, not the story; or a reactions widget's feeling and its
    count (`_REACTION_COUNT`: "Happy 0.0%")."""
    if not at_most_words(text, MAX_RATING_WORDS) or not (match := _RATING_LINE.match(text)):
        return (text[-1:] in _COUNT_ENDS or text[-1:].isdecimal()) and bool(_REACTION_COUNT.fullmatch(text))
    return all(w in RATING_WORDS or w.isdigit() for w in words(text[match.end() :]))


# a feedback widget's question ("Was this article helpful?", "Did you find this page useful?")
_FEEDBACK_QUESTION = re.compile(
    r"(?i)\W{0,3}(?:(?:(?:was|is)\s+this|did\s+you\s+find\s+this)\s+(?:article|page|post|story|information|answer|review|guide|"
    r"content)?\s*(?:helpful|useful)|"
    # a reactions widget's question ("What's your reaction?", "Wie finden Sie diesen Artikel?")
    r"what['’]?s\s+your\s+reaction|what\s+is\s+your\s+reaction|how\s+do\s+you\s+feel\s+about\s+this\s+(?:article|story|post)|"
    r"wie\s+(?:finden|fanden)\s+sie\s+(?:diesen|den)\s+(?:artikel|beitrag)|wie\s+hat\s+ihnen\s+(?:dieser|der)\s+(?:artikel|beitrag)\s+gefallen|"
    # the same in German, Spanish, French ("Wie hilfreich war dieser Artikel?", "¿Te ha resultado útil este artículo?")
    r"(?:wie\s+hilfreich\s+war|war|hat\s+ihnen)\s+(?:dieser|der|dieses|das)\s+(?:artikel|beitrag|text|seite)\s*(?:hilfreich|geholfen)?|"
    r"¿?\s*(?:te|le)\s+(?:ha\s+resultado|resultó|fue)\s+útil(?:\s+este\s+artículo)?|¿?\s*(?:fue|es)\s+útil\s+este\s+artículo|"
    r"cet\s+article\s+vous\s+a-t-il\s+(?:été\s+utile|aidé)|"
    # a star-rating widget's lines ("How useful was this post?", "Click on a star to rate it!", "No votes so far! Be
    # the first to rate this post.", "Rate this recipe", "Submit Rating")
    r"how\s+(?:useful|helpful)\s+was\s+this\s+(?:post|article|page|recipe|guide|story)|click\s+on\s+a\s+star\s+to\s+rate\s+it|"
    r"no\s+votes\s+so\s+far!?(?:\s+be\s+the\s+first\s+to\s+rate\s+this\s+(?:post|article|page|recipe))?|"
    r"be\s+the\s+first\s+to\s+rate\s+this\s+(?:post|article|page|recipe)|rate\s+this\s+(?:post|article|page|recipe|story)|submit\s+rating|"
    r"we\s+are\s+sorry\s+that\s+this\s+(?:post|article)\s+was\s+not\s+useful\s+for\s+you|let\s+us\s+improve\s+this\s+(?:post|article)|"
    r"tell\s+us\s+how\s+we\s+can\s+improve\s+this\s+(?:post|article))"
    r"\W{0,3}\Z"
)


def is_feedback_line(text: str) -> bool:
    """A feedback, reactions or star-rating widget's question or prompt, the whole line
    (`_FEEDBACK_QUESTION`: "Was this article helpful?", "What's your reaction?", "Click on a star
    to rate it!")."""
    return bool(_FEEDBACK_QUESTION.match(text))


def is_count_line(block: Block) -> bool:
    """A widget's bare counts outside tables, lists and code ("1.2K", "31", "884": claps, likes,
    comment and share counts): a line of at most `MAX_COUNTS` numbers, each with an optional K or
    M, and nothing else, or each with the word of what it counts between icons and dots
    ("👁 2,481 views · 💬 0 comments")."""
    if block.tag in DATA_TAGS or block.tag in ("li", "pre") or _COUNT_CONTEXT & block.ancestors:
        return False
    return bool(_COUNT_LINE.match(block.text) or _COUNTED_LINE.match(block.text))


# a blog post's notes on its comment feed and trackbacks ("You can follow any responses to this entry through the
# RSS 2.0 feed.", "RSS feed for comments on this post. TrackBack URI"), and its comment form's note
_COMMENT_FEED = re.compile(
    r"(?i)\byou\s+can\s+follow\s+any\s+responses\s+to\s+this\s+entry\b|\bboth\s+comments\s+and\s+pings\s+are\s+currently\s+closed\b|"
    r"\byou\s+can\s+leave\s+a\s+response,?\s+or\s+trackback\b|\b(?:rss\s+)?feed\s+for\s+comments\s+on\s+this\s+(?:post|entry)\b|"
    # a comment form's note ("You may use these HTML tags and attributes: <a href="" title=""> …")
    r"^\W{0,3}you\s+(?:may|can)\s+use\s+these\s+html\s+tags\b"
)
MAX_COMMENT_FEED_CHARS = 400
_COMMENT_FEED_WORDS = ("respons", "comment", "pings", "trackback", "html")  # a word of every match: quick tests first


def is_comment_control(text: str) -> bool:
    """A comment section's button or form heading, the whole line (`_COMMENT_CONTROL`: "Reply",
    "Leave a Reply", "Comments are closed", "Antworten"), or a short text with a blog's note on
    its comment feed (`_COMMENT_FEED`: "You can follow any responses to this entry through the RSS
    2.0 feed.")."""
    if _COMMENT_CONTROL.match(text):
        return True
    if len(text) > MAX_COMMENT_FEED_CHARS:
        return False
    return may_hold(text, _COMMENT_FEED_WORDS) and bool(_COMMENT_FEED.search(text))


def is_page_control(text: str) -> bool:
    """A page's own control or navigation line (`_PAGE_CONTROL`: "Skip to main content", "Back to
    top", "Jump to Recipe", "Previous post: …", "Read more"), at most `MAX_CONTROL_WORDS` words."""
    return at_most_words(text, MAX_CONTROL_WORDS) and bool(_PAGE_CONTROL.match(text))


def is_reading_time(text: str) -> bool:
    """An article's reading-time stamp, the whole line ("5 min read", "Lesezeit: 3 Minuten"), or a
    blog platform's publication line ("Published in Engineering at Loop")."""
    return bool(_READING_TIME.match(text) or _PUBLISHED_IN.match(text))


def is_form_line(text: str) -> bool:
    """A sign-up form's, paywall's or newsroom's line (`_FORM_LINE`: "Email address", "Unsubscribe
    at any time", "You have 2 free articles remaining", "Have a news tip?"), at most
    `MAX_PROMPT_WORDS` words."""
    return at_most_words(text, MAX_PROMPT_WORDS) and bool(
        _FORM_LINE.match(text) or (may_hold(text, ("inbox",)) and _INBOX_LINE.match(text))
    )


def is_ad_slot_label(text: str) -> bool:
    """An ad slot's label, the whole line (`_AD_SLOT_LABEL`: "Advertisement", "- Anzeige -")."""
    return bool(_AD_SLOT_LABEL.match(text))


def is_tag_line(text: str) -> bool:
    """A post's tags or categories under their label ("Tags: bikes, city council", "Filed under:
    Politics"): links to other pages of the site, not the story."""
    return at_most_words(text, MAX_READ_ALSO_WORDS) and bool(TAG_LINE.match(text))


# A price widget's lines on a review ("Amazon $348 View", "Walmart £349.99 View Deal", "Show More Deals",
# "Today's best Sony WH-1000XM4 deals", "Check Amazon") and a shop's buttons: a shop's offer, not the review
_DEAL_LINE = re.compile(
    r"(?i)\W{0,2}(?:(?:[\w.&'’-]+\s+){1,3}[$£€]\s?\d[\d.,]*\s+(?:view|buy|see|shop|check)(?:\s+(?:deal|now|it|price|at\s+\w+))?"
    r"|(?:show|see|view)\s+(?:more|all)(?:\s+\d+)?\s+(?:deals|offers|prices)"
    r"|today['’]s\s+best\s+(?:[\w.,'’()+-]+\s+){1,8}(?:deals|offers|prices)"
    r"|(?:view|see|check)\s+(?:deal|price)s?\s+(?:at|on)\s+(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*)?"
    # a shop button and a price box's offer ("Check Price", "Buy Now", "Buy on Amazon", "$699.99 at Amazon")
    r"|(?:check|see|view|compare)\s+(?:the\s+)?(?:latest\s+|current\s+)?(?:price|deal)s?|(?:buy|shop)\s+(?:it\s+)?now"
    r"|(?:(?:buy|shop|see\s+it|get\s+it)|[$£€]\s?\d[\d.,]*)\s+(?:at|on|from)\s+(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*)?)\W{0,2}"
)


def is_deal_line(text: str) -> bool:
    """A price widget's line (`_DEAL_LINE`): a shop's offer, a "Show More Deals" button, the
    widget's heading. An advertisement, wherever it sits."""
    return len(text) <= MAX_HEADLINE_CHARS and bool(_DEAL_LINE.fullmatch(text))


def is_ad_notice(text: str) -> bool:
    """An advertisement's notice that the story continues below it ("Story continues below
    advertisement", "Continue reading the main story"): the page's furniture wherever it sits."""
    return len(text) <= MAX_HEADLINE_CHARS and bool(_AD_CONTINUES.match(text))


def is_dangling_label(text: str) -> bool:
    """A short line that ends in a colon ("with the headline:", "Related:") or points on with an
    arrow ("See all >", "More news »", "一覧へ>"): after the story's last paragraph, it introduces
    or links to something that is not the story."""
    return len(text.split()) <= MAX_AD_LABEL_WORDS + 2 and text.rstrip().endswith((":", ">", "»", "›", "→"))


def is_read_also(text: str) -> bool:
    """A "read also" teaser or its label inside the story ("Related: HEADLINE", "SEE ALSO: …",
    "Lesen Sie auch: …", "Související"): a link to another story, not this one's text."""
    return at_most_words(text, MAX_READ_ALSO_WORDS) and bool(READ_ALSO.match(text))


def is_teaser_link(block: Block) -> bool:
    """A link line (`is_link_line`) in an element whose class names a teaser or an embed
    ("teaser-small", "inline-teaser", WordPress's "wp-embedded-content"): another story's kicker
    and linked headline set into this one."""
    return is_link_line(block) and bool(_TEASER_CLASS.search(block.path))


# "teaser-small", "inline-teaser", "wp-embedded-content"; not "pnlTeaser"
_TEASER_CLASS = re.compile(r"(?i)\.[\w-]*(?<![a-z])(?:teaser|embedded-(?:content|post))")


def is_read_also_link(block: Block) -> bool:
    """A "read also" label and the other story's linked headline with nothing between them but
    markup ("Lees ook Utrecht krijgt …"): a short line of mostly link text."""
    return (
        block.mostly_links and at_most_words(block.text, MAX_READ_ALSO_WORDS) and bool(_READ_ALSO_BEFORE_LINK.match(block.text))
    )


def is_list_heading(text: str) -> bool:
    """The heading of a list of other stories ("Most Popular", "Trending Now", "Das könnte Sie
    auch interessieren"), alone or before one of them: not the story wherever it sits."""
    return at_most_words(text, MAX_READ_ALSO_WORDS) and bool(LIST_HEADING.match(text))


def is_prompt(text: str) -> bool:
    """A short call to sign up, subscribe, register, log in or donate ("Sign up for our newsletter",
    "Want more? Subscribe …", "Jetzt abonnieren"): the site's prompt, not the story."""
    if not at_most_words(text, MAX_PROMPT_WORDS):
        return False
    starts = [0] + ([m.end() for m in _AFTER_QUESTION.finditer(text)] if "?" in text else [])
    return any(_CALL_TO_ACTION.match(text, start) for start in starts)


def is_site_call(text: str) -> bool:
    """`is_prompt`, and more: a short text with a call to sign up, subscribe, donate, support or
    follow the site, get its app, give an email address or share the story opening any of its
    sentences ("Local journalism needs your support. Subscribe today …", "Follow us on Twitter",
    "Like this article? Share it."). The frame drops these wherever they sit; the corpus labels
    only `is_prompt`'s as not body."""
    return at_most_words(text, MAX_PROMPT_WORDS) and _calls_in_a_sentence(text)


MAX_APPEAL_WORDS = 200


def is_appeal(text: str) -> bool:
    """A site's appeal in a paragraph of its own, up to `MAX_APPEAL_WORDS`: one of its sentences
    opens with a call to support, subscribe, donate or follow (`_SITE_CALL`: "If you can, please
    support us today")."""
    return at_most_words(text, MAX_APPEAL_WORDS) and _calls_in_a_sentence(text)


def _calls_in_a_sentence(text: str) -> bool:
    """Whether one of the text's sentences opens with a site's call (`_SITE_CALL`)."""
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    return any(_SITE_CALL.match(text, start) for start in starts)


def is_comments_header(text: str) -> bool:
    """The heading of a comment section ("13 Comments", "Leave a Reply", "Kommentare (4)",
    "Comentarios"): a short line naming the comments or asking for one, not a sentence."""
    if len(text) > MAX_HEADER_WORDS * MAX_CHARS_PER_WORD or text.rstrip().endswith((".", "?", "!")):
        return False
    found = words(text)
    return 0 < len(found) <= MAX_HEADER_WORDS and (
        any(w in COMMENT_WORDS for w in found) or bool(_COMMENT_PROMPT.search(text)) or bool(_POSTINGS.fullmatch(text))
    )


# comments named in other languages or as a forum's postings ("kommentare", "posting", "forum", "reacties")
_COMMENT_CLASS = CaselessPattern(
    r"kommentar|posting|forum|leserbrief|comentario|commentaire|reacties|komentar|guest-?book|condolence"
)


def in_comments(block: Block) -> bool:
    """Inside an element whose class or id names comments, replies, a discussion or a forum."""
    return "comment" in block.ancestor_hints or _COMMENT_CLASS.found_in(block.path)


def is_link_line(block: Block) -> bool:
    """A short block of mostly link text: a menu item, a teaser, a "read more" link."""
    return block.mostly_links and not is_long_paragraph(block.text)
