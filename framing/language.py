"""A cheap guard against text the model cannot read: is a sentence English at all?

The model knows English news only. :func:`looks_english` flags text in
another script or another Latin-script language so that its label is
marked low confidence. It lives apart from the Analyzer so that worker
processes can run it without importing torch.
"""

from __future__ import annotations

import re

__all__ = ["looks_english", "weak_text"]


def weak_text(text: str) -> bool:
    """Whether the model's label of ``text`` can only be a weak guess whatever its probability: no letter
    at all, or not English (:func:`looks_english`)."""
    return not any(ch.isalpha() for ch in text) or not looks_english(text)


def looks_english(text: str) -> bool:
    """False when ``text`` does not look like English: mostly non-ASCII letters, or more foreign words
    (two at least) than common English function words.

    A cheap guard, not a language identifier: the model only knows English
    news, so a sentence in another script or in another Latin-script language
    ("Das Ministerium hat den Bericht als haltlos zurückgewiesen.") gets its
    label flagged as low confidence. A foreign word is a word of German,
    Spanish, French, Italian, Dutch or Portuguese that English does not use (a
    function word, a common verb or numeral, a weekday or month, a word of every
    news story: "nahm", "drei", "governo"), a lower-case word spelt with a
    letter English loanwords never have ("zurückgewiesen", "negó", "não",
    "più"), or "Die" opening the sentence, so that a short sentence ("La
    polizia ha arrestato tre uomini.") has the two it takes. The word lists
    leave out words that English and the other languages share ("in", "a",
    "die", "son"), and an article or preposition inside a name is the name's,
    so English copy with a foreign name or phrase in it ("de facto", "La Paz",
    "Die Linke said", "Partij voor de Vrijheid", "à la carte") still passes.
    """
    if text.isascii():
        # no marker at all, the common case: the words read as bytes, lower-cased and cut at every other
        # character at once (for ASCII text, exactly the words of _WORD, lower-cased)
        if _FOREIGN_MARKER_BYTES.isdisjoint(text.encode("ascii").lower().translate(_LETTERS_ONLY).split()):
            return True
    elif _mostly_foreign_letters(text):
        return False
    words = _WORD.findall(text)
    if sum(map(_foreign_word, words)) < 2:  # fewer than two foreign words at most: English
        return True
    # a marker inside a name ("La Paz", "Ignacio de la Fuente") is part of the name, not a foreign word
    preceding, following = _around_particles(words)
    foreign = sum(_foreign_word(w) and not _in_name(words, k, preceding[k], following[k])
                  for k, w in enumerate(words))
    return foreign < 2 or foreign <= sum(w.lower() in _ENGLISH_MARKERS for w in words)


def _foreign_word(word: str) -> bool:
    """Whether ``word`` is a foreign word wherever it stands: a marker in any case, "Die" (the German
    article; in lower case an English verb), or a lower-case word with a letter of _FOREIGN_LETTERS. Words
    inside a name are set apart afterwards (:func:`_in_name`), which leaves "Die" counted only where it
    opens the sentence."""
    return (word.lower() in _FOREIGN_MARKERS or word == "Die"
            or (not word.isascii() and not word[:1].isupper() and _FOREIGN_LETTERS.search(word) is not None))


def _mostly_foreign_letters(text: str) -> bool:
    """Whether fewer than 60% of the letters of ``text`` are ASCII ones. Only the characters outside ASCII are
    read one by one; an ASCII letter is one of A-Z and a-z, counted in bytes."""
    ascii_part = text.encode("ascii", "ignore")
    ascii_letters = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    letters = ascii_letters + sum(map(str.isalpha, "".join(_NON_ASCII.findall(text))))
    return letters > 0 and ascii_letters / letters < 0.6


def _particle(word: str) -> bool:
    """Whether ``word`` is an article, preposition or "and" in lower case, as a name's particle is written
    ("de", "la", "van", "für" of "Alternative für Deutschland")."""
    return word.lower() in _NAME_PARTICLES and not word[:1].isupper()


def _around_particles(words: list[str]) -> tuple[list[str], list[str]]:
    """For each position, the nearest earlier and the nearest later word that is no particle ("" at
    either end): what a run of particles ("de la") stands between. One pass each way, so long text stays
    linear."""
    preceding, following = [""] * len(words), [""] * len(words)
    word = ""
    for k in range(len(words)):
        preceding[k] = word
        word = word if _particle(words[k]) else words[k]
    word = ""
    for k in range(len(words) - 1, -1, -1):
        following[k] = word
        word = word if _particle(words[k]) else words[k]
    return preceding, following


def _in_name(words: list[str], k: int, preceding: str, following: str) -> bool:
    """Whether ``words[k]`` is a capitalised word inside a sentence, or one of a run of particles
    (:func:`_particle`) between two capitalised words (``preceding`` and ``following``, from
    :func:`_around_particles`): a piece of a name such as "La Paz" or "Ana de la Cruz", the whole run ("de
    la") counted as the name's."""
    if words[k][:1].isupper():
        return k > 0
    return _particle(words[k]) and preceding[:1].isupper() and following[:1].isupper()


_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
#: Every byte that is no ASCII letter turned into a space, so that ``split`` cuts words where _WORD does.
_LETTERS_ONLY = bytes(b if b in _ASCII_LETTERS else ord(" ") for b in range(256))

#: Function words common in English news and rare as words of other languages.
_ENGLISH_MARKERS = frozenset("""
the of and to is was were are has have had that this these those with for from by it its he she they we
his her their our said says would could should not been be at after which who than there what when where
while about into over also more because before against between during under being
""".split())

#: Words of German, Spanish, French, Italian, Dutch and Portuguese that English does not use: their function
#: words, common verbs and numerals, weekdays and months, and a few words of every news story ("governo").
#: Left out: words English has ("die", "son", "sin", "nun", "door", "per", "con") or takes from them
#: ("en route", "et al.", "un-American", "Kim Jong-un").
_FOREIGN_MARKERS = frozenset("""
der das und ist nicht dem von zu auf sich ein eine einer wird wurde sind auch nach bei als wie oder aber
den im zum zur vom beim mit für gegen über seit bis durch ohne unter zwischen während wegen laut einen einem eines
keine kein keinen haben hatte hatten habe wurden werden worden waren soll sollen sollte muss müssen kann können
konnte wollen wollte darf wir ihr ihre ihren ihrem sein seine seinen seiner uns ihm ihn ihnen dass weil wenn noch
nur schon sehr mehr mehrere viele viel wenig alle jede jeder diese dieser diesem diesen dieses welche deren dessen
neue neuen neuer zwei drei vier fünf zehn heute gestern jetzt bereits damit dabei dort hier immer wieder etwa rund
sagte sagt erklärte kam nahm ging gibt steht stehen liegt zurück statt vor ums aufs weiter sowie jedoch bisher
zudem außerdem zwar sondern denn doch nichts etwas dann danach
el los las que y del por para una es se su sus como pero fue han lo muy más sobre entre tras hasta desde durante
según contra este esta estos estas ese esa eso esto también aunque cuando donde porque había hemos sido ser está
están estaba fueron tiene tienen hace dijo dicho afirmó aseguró señaló explicó dos tres cuatro cinco mil millones
años año día hoy ayer nuevo nueva nuevos nuevas todos todas todo toda otro otra otros mucho muchos muchas cada
mientras luego después ahora pues sólo nos cual cuales quien quienes mismo misma varios varias tanto poco casi
además sino hacia nada algo alguien nadie nunca aquí allí ni hubo gobierno policía presidente ministro país ciudad
personas
le les des et est une du au aux sur pas dans qui ce cette sont ont elle leur avec pour comme l qu ne été avait
sera était peut doit selon après depuis contre sans sous chez vers lors lorsque mais ou donc encore aussi très où
ces ses leurs nous ils elles lui dont cela ceux celle celui chaque quelques beaucoup trop moins peu jamais rien
auprès ensuite enfin puis pourtant cependant ainsi alors même autre autres aucun aucune tous toutes plusieurs
nouvel nouveau nouveaux nouvelle nouvelles dernier dernière également notamment toujours deux trois quatre cinq dix
mille ans année mois jour jours semaine heures hier demain soir gouvernement ministre président personnes
il di che della delle dei gli nel alla sono dello degli dell dalla dall dai dagli nella nell nelle nei negli sul
sull sulla sui col allo agli alle si ci è hanno anche ancora più già però perché dopo poi secondo senza tra fra
fino verso mentre quando quanto questo questa questi quello quella uno loro suo sua suoi stato stata stati essere
sarà ogni molti molte molto alcuni alcune tutti tutte tutto cosa quale quali cui qualche nessun nessuno proprio
ha soltanto appena intanto presso sempre invece oltre nuovo nuova nuovi nuove quattro cinque dieci mila anni anno
oggi ieri domani governo polizia paese città persone
het een niet zijn op te voor ook maar naar werd dat wordt worden heeft hebben hadden zal zou kan moet moest
moeten moesten kunnen wil bij uit om tot onder tegen nog wel geen niets alles meer veel deze dit hij zij ze wij
hun ons jullie haar zich er zo toen nadat zei meldt vanaf weer echter bijna verder steeds toch dus nu waar welke
iets alleen tussen zonder rond binnen buiten boven achter naast vanwege ongeveer twee drie vijf tien jaar
vandaag gisteren morgen volgens tijdens sinds omdat wat nieuwe politie regering
os o um uma com pelo pela foi de la não são na nos nas da ao aos às pelos pelas num numa nesta neste esse essa
isso isto muito muitos muitas mais já até após sem seu seus suas ele ela eles foram estão ter tem têm disse
afirmou segundo onde ainda depois quase porém pois enquanto cerca dois duas três milhões ontem amanhã novos
novas polícia cidade pessoas houve vai vão
lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto
septiembre octubre noviembre diciembre
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février avril juin juillet août septembre octobre
novembre décembre
lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio aprile maggio giugno luglio settembre
ottobre dicembre
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart mei juni juli augustus oktober
feira janeiro fevereiro março maio junho julho setembro outubro dezembro
""".split())
_FOREIGN_MARKER_BYTES = frozenset(word.encode("ascii") for word in _FOREIGN_MARKERS if word.isascii())
#: The articles, prepositions and words for "and" that stand lower-case inside names ("Ana de la Cruz",
#: "Partij voor de Vrijheid", "Alternative für Deutschland", "Joost van der Meulen").
_NAME_PARTICLES = frozenset("""
der das dem den des von zu zum zur vom im auf bei mit nach für gegen über unter ohne durch und ein eine einer
einen einem eines el la los las del de y por para sobre entre contra desde un una le les du au aux et pour sur
dans avec sans sous chez il lo di della delle dei degli dello dell dalla dall dai dagli nel nell nella nelle nei
negli sul sull sulla sui col allo agli alla alle fra tra uno l het een van ter ten op te voor bij om uit tot
onder tegen o os um uma do dos da das na nos nas ao aos e pelo pela pelos pelas com sem
""".split())
#: Letters of Spanish, Portuguese, Italian and German words that English loanwords do not have (theirs are
#: é, è, à, ê, ç, ñ, ï: "café", "crème", "à la carte", "façade", "señor", "naïve"; "über" is the rare
#: exception).
_FOREIGN_LETTERS = re.compile("[áíóúìòùãõäöüß]")
