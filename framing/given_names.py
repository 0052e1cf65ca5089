"""Given names whose holder's sex English-language news copy leaves in no doubt, so that "she" is not credited to
a man named since ("Mara Quill said ... Governor Tom Vance said ... She says ...": Quill's).

A name given to both sexes in some country the news covers is left out: "Jordan", "Alex", "Sam", "Chris",
"Taylor", "Jean" and "Andrea" (men's names in France and Italy), "Nicola", "Simone", "Michele", "Jan", "Kim",
"Lee", "Ali", "Hilary" ("Hilary Benn"), "Lindsey" ("Lindsey Graham"), "Madison" ("Madison Cawthorn"). Words of
the calendar ("April", "June") are left out too, and names that often open a place or a team before a
name ("Virginia", "Charlotte", "Victoria", "Florence", "Chelsea", "Marine"). Names are in lower case and
without accents.

It also knows given names transliterated more than one way ("Dmitry", "Dmitri": see :func:`given_name_spelling`), so
that one document spelling a person's given name both ways names one person.
"""

from __future__ import annotations

import unicodedata

__all__ = ["given_name_sex", "given_name_spelling"]

#: Women's given names.
_WOMEN = frozenset("""
abby abigail ada adriana agnes aisha alexandra alice alicia alison allison amanda amber amelia amy ana
anastasia angela angelina anita ann anna annalena anne annette annie antonia ariana ayanna barbara beatrice beatriz
becky belinda benazir bernadette beth bethany betsy betty beverly bianca bonnie brenda bridget brittany camila
carla carmen carol carole caroline carolyn cassandra catherine cathy cecilia celia cheryl chloe
christina christine cindy claire clara claudia colleen condoleezza connie constance cristina cynthia daisy daphne
darlene debbie deborah debra delia denise diana diane dianne dolores donna doris dorothy edith eileen elaine
eleanor elena elisabeth elise eliza elizabeth ella ellen eloise elsa emilia emily emma erica erin esther eva eve
fatima felicity fiona frances francesca gabriela gabrielle gail geraldine gillian gina giorgia giulia
gloria grace greta gwen hannah harriet hazel heather heidi helen hillary holly ida ilhan indira ingrid irene
iris isabel isabella ivanka jacinda jacqueline jane janet janice jasmine jeanne jennifer jenny jessica jill
joanna joanne josephine joyce judith judy julia julie juliet kamala karen kate katherine kathleen kathryn kathy
katie katrina kellyanne kirsten kirstjen kristen kristi kristin kyrsten laura lauren leah lena liliana lily linda
lisa liz lois lorraine louise lucia lucy lydia lynne madeleine maggie mandy margaret margarita maria marianne marie
marilyn marina marjorie marsha martha mary maureen maxine megan meghan melania melanie melinda melissa
mercedes meredith mette mia michelle mildred miriam molly monica monique nadia nadine nancy naomi natalia natalie
natasha ngozi nicole nikki nina nirmala nora olga olivia pamela patricia paula pauline peggy penelope penny phyllis
priscilla priti priyanka rachel raquel rashida rebecca rita roberta rosa rosalind rose rosemary ruth
sabrina sahra sally samantha sandra sanna sara sarah sharon sheila shirley silvia smriti sonia sophia sophie
stacy stephanie suella susan susanna suzanne svetlana sylvia tamara tammy tanya teresa theresa tiffany tina tulsi
ursula valerie vanessa vera veronica violet wendy yolanda yulia yvonne zoe
""".split())

#: Men's given names.
_MEN = frozenset("""
aaron abdel abdul abdullah abiy abraham adam adrian ahmad ahmed ajit alan albert alberto alejandro alexander
alexei alfred alistair allen alvin amir amit anders andre andreas andrei andres andrew andy angus anthony antonio
antony archie arnold arthur arvind ashok augusto ayman barack barry bart bashar ben benjamin bernard bernie beto
bill billy bob bobby bola boris brad bradley brandon brendan brett brian bruce bryan byron calvin carl carlos
cedric charles chuck clarence clayton clifford clint colin conor craig curtis cyril dale damian daniel
danny darren dave david dennis derek desmond diego dmitri dmitry dominic don donald doug douglas duncan dwayne
dwight earl eddie edgar eduardo edward edwin elijah elon emmanuel enrique eric erik ernest ethan eugene evan fabio
faisal felipe felix fernando francesco francis francisco frank franklin fred frederick fumio gabriel gareth garry
gary gavin gennady geoffrey george gerald gerard giorgio giuseppe glenn gordon graham greg gregory gustavo guy
hamad hamid hans harold harry harvey hassan hector henry herbert howard hugh hugo hussein ian ibrahim igor isaac
ismail ivan jack jacob jacques jair jake james jared jason javier jay jeb jeff jeffrey jeremy jerome jerry jim
jimmy joe joel johan john johnny jon jonathan jorge jose josef joseph josh joshua juan julian justin karl keir
keith ken kenneth kevin khalid kieran kirk klaus kurt lance larry lars lawrence leo leon leonard lewis liam lloyd
louis luca lucas luigi luis luiz luke mahmoud malcolm manuel marc marco marcus mario mark martin matt matthew
maurice max michael miguel mike mikhail miles mitch mitchell mitt mohamed mohammad mohammed muhammad muhammadu
murray mustafa narendra nathan neil newt nicholas nick nicolas nigel nikolai noah norman olaf oleg oliver omar
oscar owen pablo patrick paul pedro pete peter phil philip pierre rafael rahm rahul ralph ramon ramzan randy raul
ray raymond recep reince rex reza richard rick ricky rishi rob robert roberto rodrigo roger roland ron ronald ross
roy rudy russell ryan saad salman samuel sanjay scott sean sebastian sergei sergey sergio seth shane shawn shinzo
simon stanley stefan stephen steve steven stuart tariq ted thomas tim timothy todd tom tommy tony travis trevor
troy tyler uhuru victor viktor vijay vincent vladimir volodymyr walid walter warren wayne william wolfgang xavier
yevgeny yoshihide yoweri yusuf zach zachary
""".split())

#: Spellings of one given name, each group one name written from another script in other letters ("Dmitry",
#: "Dmitri"), so that copy that spells it both ways names one person; the first of a group stands for it. Names
#: that differ as a language's do ("Vladimir", "Volodymyr"; "Aleksandr", "Oleksandr") are not spellings.
_SPELLINGS = tuple(group.split() for group in """
dmitry dmitri dmitriy
sergei sergey serguei
aleksandr alexander aleksander alexandr
alexei alexey aleksei aleksey
andrei andrey
yuri yury yuriy
nikolai nikolay
yevgeny yevgeniy evgeny evgeniy
anatoly anatoliy
vasily vasiliy vassily
gennady gennadiy
valery valeriy
vitaly vitaliy
maxim maksim
yulia yuliya
natalia natalya
tatiana tatyana
mohammed mohammad muhammad mohamed mohamad muhammed
ahmed ahmad
hussein husain hussain husayn
yusuf yousef youssef yousuf
mustafa mustapha moustafa
khaled khalid
mahmoud mahmud
""".strip().splitlines())
_SPELLING_OF = {name: group[0] for group in _SPELLINGS for name in group}


def given_name_spelling(word: str) -> str | None:
    """The one spelling that stands for each of ``_SPELLINGS``' ways of writing the given name ``word`` (any case,
    accents or not: "Dmitri" and "Dmitry" are "dmitry"), else ``None``: a name written only one way."""
    return _SPELLING_OF.get(_folded(word))


def given_name_sex(word: str) -> str | None:
    """"she" or "he" for a given name of :data:`_WOMEN` or :data:`_MEN` (``word``, any case, accents or not:
    "José" is "jose"), else ``None``: a name given to both sexes, or no known given name."""
    folded = _folded(word)
    if folded in _WOMEN:
        return "she"
    return "he" if folded in _MEN else None


def _folded(word: str) -> str:
    """``word`` in lower case, without its accents ("José" is "jose")."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
