"""Given names whose holder's sex English-language news copy leaves in no doubt, so that "she" is not credited to
a man named since ("Mara Quill said ... Governor Tom Vance said ... She says ...": Quill's), and a capitalised word
before a surname is known as a given name ("Katharina Vogel" and "Thomas Vogel" are two people of one surname).
Besides English ones, the common given names of the countries English copy and translated wire copy report from:
German, Dutch and Nordic, French, Spanish, Portuguese and Italian, Russian, Ukrainian and Polish, Arabic, Persian and
Turkish, Indian and Pakistani, Japanese ("-ko"), some African and Tongan ones; Chinese and Korean given names, most of
them given to both sexes, are left out.

A name given to both sexes in some country the news covers is left out: "Jordan", "Alex", "Sam", "Chris", "Taylor",
"Jean" and "Andrea" (men's names in France and Italy), "Nicola", "Simone", "Michele", "Camille", "Dominique",
"Kiran", "Nour", "Jan" (a man in Amsterdam), "Inge" (a man in Oslo), "Hanan" (a man in Israel), "Lakshmi" ("Lakshmi
Mittal"), "Darya" (either in Iran), "Jaime" (a woman in American copy), "Remi" ("Remi Tinubu"), "Pat" ("Pat Toomey",
"Pat Schroeder"), "Terry", "Jo", "Kim", "Lee", "Ali", "Hilary" ("Hilary Benn"), "Lindsey" ("Lindsey Graham"),
"Madison" ("Madison Cawthorn"). Words of the calendar ("April", "June") are left out too, and names that often open
a place or a team before a name ("Virginia", "Charlotte", "Victoria", "Florence", "Chelsea", "Marine", "Santiago",
"Petra"), and names that are words or open other names ("Said", "Roman", "Christian" of "Christian Democrats",
"Lotte", "Will", "Al", "Walt" of "Walt Disney Co.", "Sandy" of the storm). Names are in lower case and without
accents.

It also knows given names transliterated more than one way ("Dmitry", "Dmitri": see :func:`given_name_spelling`), so
that one document spelling a person's given name both ways names one person.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["given_name_of_either_sex", "given_name_sex", "given_name_spelling", "is_given_name"]

#: Women's given names.
_WOMEN = frozenset("""
abby abigail ada adriana agnes agnieszka aisha aishwarya akiko alessandra alexandra alice alicia alison allison
amanda amber amelia amelie amina amira amy ana anastasia angela angelika angelina anita anke ann anna annalena anne
anneke annette annie annika anouk antonia ariana astrid aurelie ayanna aylin ayse barbara beata beatrice beatriz
becky belinda benazir bernadette beth bethany betsy betty beverly bianca birgit birgitta bonnie brenda bridget
brigitte brittany camila carla carmen carol carole caroline carolyn cassandra catalina catherine cathy cecilia
celia celine chantal cheryl chiara chloe christelle christiane christina christine cindy claire clara claudia
clemence colleen conceicao condoleezza connie constance consuelo cristina cynthia dagmar daisy daniela daphne daria
darlene debbie deborah debra deepika delia delphine denise diana diane dianne dolores donna doris dorothy
edith eileen ekaterina elaine eleanor elena elif eline elisa elisabeth elise eliza elizabeth elke ella ellen elodie
eloise elsa elspeth emilia emily emine emma erica erin esther eva eve ewa fatima fatma federica felicity femke fernanda
fiona frances francesca francoise frauke gabriela gabrielle gail galina genevieve geraldine gillian gina giorgia
giulia gloria grace greta gudrun gwen halyna hanna hannah harriet hazel heather heidi heike helen helene hildegard
hillary hiroko holly huda ida ilhan ilse indira ines ingeborg ingrid irena irene irina iris iryna isabel isabella
isabelle ivanka jacinda jacqueline jane janet janice jasmine jeanne jennifer jenny jessica jill joanna joanne
josefina josephine joyce judith judy julia juliana julie juliet jutta kamala karen karin katarzyna kate katharina
katherine kathleen kathryn kathy katie katrin katrina kavita keiko kellyanne kerstin kirsten kirstjen kristen
kristi kristin kristina ksenia kseniya kyrsten laetitia laila larisa laura lauren layla leah leila lena
leticia lidia liesbeth liliana lily linda lisa liz lois lorraine louise lucia luciana lucy ludmila luisa lydia lynne
lyudmila maaike madeleine magdalena maggie malgorzata mandy manon margaret margarita margaux maria mariam mariana
marianne marie marieke marilyn marina marisol marjorie marlene marsha marta martha martina martine mary maryam
maureen maxine meena megan meghan melania melanie mele melinda melissa mercedes meredith merve mette mia michelle
mieke mildred mireille miriam molly monica monika monique nadege nadezhda nadia nadine nancy naoko naomi natalia
natalie nataliya natalya natasha nathalie neha ngozi nicole nikki nina nirmala nora noura nuria oksana olena olga
olivia orla pamela paola patricia paula pauline peggy penelope penny phyllis pilar pooja priscilla priti priya priyanka
rachel rania raquel rashida rebecca rekha renata renate rita roberta rocio rosa rosalind rose rosemary ruth sabine
sabrina sachiko sahra sally salma samantha samira sandra sandrine sanna sanne sara sarah saskia segolene sharon
sheila shirin shirley shreya sigrid silke silvana silvia smriti soledad solene solveig sonia sophia sophie soraya
stacy stephanie suella sunita susan susanna susanne sushma suzanne svetlana sylvia sylvie tamara tammy tanya
tatyana teresa theresa tiffany tina tomoko tulsi ulrike ursula valentina valerie vanessa vera veronica veronique
violet wendy wiebke ximena yasmin yasmine yekaterina yelena yoko yolanda yuko yulia yuliya yuriko yvonne zainab
zeinab zeynep zoe zuzana
deirdre megyn tova
carly deb jen kay kristy mara mazie meg mindy pam patti patty shelley sue susie tess tessa trudy
anja
beatrix frida freja linnea maja
berit britt ebba elin hanne hilde ingvild malin maren marit ragnhild randi signe svenja tove
bettina leonie esmee fleur lieke marloes
aleksandra bozena dorota grazyna halina lucie tereza zofia
ioana jelena milica raluca snezana vesna tatiana
alessia ilaria leonor matilde ainhoa amaia begona itziar laia maite mireia
huma juanita
""".split())

#: Men's given names.
_MEN = frozenset("""
aaron abdel abdul abdullah abiy abraham adam adrian ahmad ahmed ahmet ajay ajit alain alan albert alberto alejandro
aleksandar aleksandr alessandro alexander alexei alfonso alfred alistair allen alvaro alvin amir amit anatoly
anders andre andreas andrei andres andrew andriy andrzej andy angus anil anthony antoine antonio antony archie
arjen arnaud arnold arseniy arthur arvind ashok augusto ayman barack barry bart bashar ben benjamin benoit bernard
bernie beto bilawal bill billy bjorn bob bobby bola boris brad bradley bram brandon brendan brett brian bruce bruno
bryan burak byron calvin carl carlo carlos cedric charles christophe chuck clarence clayton clifford clint colin
conor craig curtis cyril dale damian daniel danny darren dave david deepak dennis derek desmond didier diego dieter
dinesh dirk dmitri dmitry dmytro domenico dominic don donald doug douglas dragan duncan dwayne dwight earl eddie
edgar edouard eduardo edward edwin elijah elon emmanuel enrico enrique eric erik ernest ernesto esteban ethan
etienne eugene evan fabien fabio fabrizio fahd faisal felipe felix fernando florian francesco francis francisco
francois frank franklin fred frederick fumio gabriel gareth garry gary gautam gavin geert gennady geoffrey george
gerald gerard gerardo gerhard ghassan giancarlo gianluca gilles giorgio giovanni giuseppe glenn gonzalo gordon
graham greg gregory guillaume guillermo gunter gustav gustavo guy hakan hamad hamid hamza hans harish harold harry
harvey hassan hector heinz helmut hendrik henk henrik henry herbert herve hiroshi horst hossein howard hugh hugo
hussein ian ibrahim ignacio ignazio igor imran inaki isaac ismail ivan jaap jack jacob jacques jair jake
james jared jaroslaw jason javad javier jay jeb jeff jeffrey jens jeremy jeroen jerome jerry jim jimmy joao joaquim
joaquin joe joel johan john johnny jon jonas jonathan joost jorg jorge jose josef joseph josh joshua juan julian
julien julio jurgen justin karim karl kees keir keith kemal ken kenji kenneth kevin khalid khalil kieran kirk klaus
konstantin krzysztof kurt kwame lance larry lars laurent lawrence leo leon leonard leonid lewis liam lloyd lorenzo
louis luca lucas luigi luis luiz lukas luke maarten magnus mahmoud majid malcolm manfred manish manmohan manuel
marc marcelo marco marcus mario mark markus martin marwan massimo mateo mateusz mathieu mats matt matteo matthew
matthias maurice mauricio maurizio max mehmet michael miguel mike mikhail miles milos mitch mitchell mitt mohamed
mohammad mohammed mohsen muhammad muhammadu mukesh murray mustafa mykhailo mykola nabil narendra nathan nawaz neil
newt nicholas nick nicolas nigel niklas nikolai nils nitin noah norman octavio olaf oleg oleksiy oliver olivier
olusegun omar oscar owen pablo paolo patrick paul paulo pavel pedro pete peter petr petro phil philip philipp
philippe pierre pieter pietro piotr pradeep prakash radoslaw rafael rahm rahul rainer rajesh rajiv rakesh ralph
ramesh ramon ramzan randy rashid raul ravi ray raymond recep reince reinhard rex reza ricardo riccardo richard
rick ricky rishi rob robert roberto rodrigo roger roland ron ronald ross roy rudy rui rupert ruslan russell ruud ryan
saad sachin saeed salim salman salvatore samuel sandeep sanjay scott sean sebastian sebastien sergei sergey sergio seth
shahbaz shane shawn shigeru shinzo silvio simon sione sjoerd stanislav stanley stefan stefano stephen steve steven
stuart sunil suresh sven tadeusz takeshi tamim taras tarek tariq ted thabo thierry thomas thorsten tim timothy
tobias todd tom tomas tomasz tommy tony torsten travis trevor troy tyler uhuru ulrich uwe valery vasily victor
vijay vikram viktor viliami vincent vincenzo vinod vitaly vladimir volker volodymyr vyacheslav walid walter warren
wayne werner willem william wojciech wolfgang wouter xavier yasser yevgeny yogesh yoshihide yousef youssef yoweri
yusuf yves zach zachary zayed zbigniew
dante haim jasper lester oisin phillip thaddeus
benny cory corey dan declan devin dick eliot elliot elliott gerry hakeem hank jerrold kenny lamar lenny lou nate ned
norbert rand reggie stan steny trey
anton ivo karel marek piet
arjun emil jakob mads mathias oskar rasmus
eirik geir gunnar kasper kjell leif mikkel soren terje trond arne
daan joris koen luuk niek stijn thijs wim dominik hannes moritz
bogdan florin goran mihai ondrej pawel radek vaclav vadim zoran
davide gennaro rocco aitor iker jaume jordi unai goncalo nuno tiago vicente
barney
""".split())

#: Given names of either sex, left out of both lists above (see the module's note), though each is a given name:
#: "Kim" of "Kim Olde, R.N.", "Chris" of "NBC's Chris Rusk". Those that often open a place's or a team's name
#: ("Madison") or are a month ("Jan") are left out here too.
_EITHER = frozenset("""
alex ali andrea ashley avery camille casey chris dana darya dominique hanan hilary inge jackie jaime jamie jean
jesse jordan kelly kim kiran lakshmi lee leslie lindsey michele morgan nicola nour quinn remi riley robin sam sasha
simone taylor
asa shannon
jo kris mel pat terry val
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


def given_name_of_either_sex(word: str) -> bool:
    """Whether ``word`` (any case, accents or not) is a given name of either sex of :data:`_EITHER` ("Kim", "Sam"),
    which :func:`given_name_sex` does not know."""
    return _folded(word) in _EITHER


def is_given_name(word: str) -> bool:
    """Whether ``word`` (any case, accents or not) is a known given name: of :data:`_WOMEN`, :data:`_MEN`, or of
    either sex (:func:`given_name_of_either_sex`: "Chris", "Ali", "Alex")."""
    return given_name_sex(word) is not None or given_name_of_either_sex(word)


@lru_cache(maxsize=4096)
def _folded(word: str) -> str:
    """``word`` in lower case, without its accents ("José" is "jose"); kept once worked out, as each given name is
    read again for each sentence and rule that meets it."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
