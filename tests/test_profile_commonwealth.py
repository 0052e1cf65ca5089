"""British and Commonwealth press conventions: posts written in letters ("the CM", "the IGP"), a quotation opened
after a colon, a denial lede on "dismissing", a source's manner in its cue ("strenuously denied"), court reports
("a court heard"), Commonwealth titles and "Shri."; on hand-built sentences."""

import re

import pytest

import framing
from framing.document import Sentence, Span
from framing.profile import build_profile
from framing.segment import split_sentences
from framing.sources import normalise_source

FACT, CLAIM, DENIAL, OPINION = framing.LABELS


def profile_of(*rows):
    """The profile of sentences laid out one after another, a space between: each row is (text, label, spans),
    the spans (kind, words) of words written once in the text."""
    sentences, start = [], 0
    for words, label, marked in rows:
        spans = []
        for kind, part in marked:
            at = start + re.search(rf"(?<!\w){re.escape(part)}(?!\w)", words).start()
            spans.append(Span(kind, at, at + len(part), part))
        sentences.append(Sentence(words, start, start + len(words), label,
                                  {label_: float(label_ == label) for label_ in framing.LABELS},
                                  tuple(sorted(spans, key=lambda span: span.start))))
        start += len(words) + 1
    return build_profile(sentences, framing.LABELS, " ".join(words for words, _, _ in rows))


ALLEGATION = ("The Opposition alleged that Rs 4 crore meant for Varunpet's drains was diverted.", CLAIM,
              [("source", "The Opposition"), ("cue", "alleged")])


@pytest.mark.parametrize("post", ["CM", "IGP", "MEC", "MP", "DGP", "SP"])
def test_a_post_written_in_letters_is_a_nameless_role_that_he_may_mean(post):
    profile = profile_of(ALLEGATION,
                         (f"The {post} said the charge was baseless.", DENIAL,
                          [("source", f"The {post}"), ("cue", "said")]),
                         ("He denied that any money was diverted.", DENIAL, [("source", "He"), ("cue", "denied")]))
    assert profile["credits"] == ["opposition", post.lower(), post.lower()]


@pytest.mark.parametrize("first, then, source", [
    ("The Prime Minister", "The PM", "prime minister"),
    ("The PM", "The Prime Minister", "pm"),
    ("The chief minister", "The CM", "chief minister"),
    ("The CM", "The chief minister", "cm"),
    ("The Deputy Chief Minister", "The Deputy CM", "deputy chief minister"),
    ("The Inspector-General of Police", "The IGP", "inspector-general of police"),
    # a person named with the post, in letters or spelled out, is the one it describes next
    ("Chief Minister Tarun Vellayan", "The CM", "tarun vellayan"),
    ("CM Tarun Vellayan", "The chief minister", "tarun vellayan"),
    ("Prime Minister Ada Quell", "The PM", "ada quell"),
])
def test_a_post_in_letters_and_spelled_out_is_one_source_in_a_document(first, then, source):
    profile = profile_of((f"{first} said the reports were wrong.", DENIAL, [("source", first), ("cue", "said")]),
                         (f"{then} said there was no review.", DENIAL, [("source", then), ("cue", "said")]))
    assert profile["credits"] == [source, source]


@pytest.mark.parametrize("first, then", [
    ("Superintendent of Police Kavan Rell", "The SP"),
    ("Inspector General of Police Kavan Rell", "The IGP"),
    ("Deputy Superintendent of Police Kavan Rell", "The DSP"),
])
def test_a_post_in_letters_is_the_one_person_named_with_it_spelled_out_before_other_sources(first, then):
    profile = profile_of((f"{first} said four men were held.", CLAIM, [("source", first), ("cue", "said")]),
                         ("Farmer Osi Tamber said the men were farmhands.", CLAIM,
                          [("source", "Farmer Osi Tamber"), ("cue", "said")]),
                         (f"{then} said they would be charged.", CLAIM, [("source", then), ("cue", "said")]))
    assert profile["credits"] == ["kavan rell", "osi tamber", "kavan rell"]


def test_a_post_in_letters_with_a_deputy_of_it_named_is_the_holder_not_the_deputy():
    profile = profile_of(("Superintendent of Police Kavan Rell said four men were held.", CLAIM,
                          [("source", "Superintendent of Police Kavan Rell"), ("cue", "said")]),
                         ("Deputy Superintendent of Police Ina Sorel said two more were sought.", CLAIM,
                          [("source", "Deputy Superintendent of Police Ina Sorel"), ("cue", "said")]),
                         ("The SP said they would be charged.", CLAIM, [("source", "The SP"), ("cue", "said")]),
                         ("The DSP said the search went on.", CLAIM, [("source", "The DSP"), ("cue", "said")]))
    assert profile["credits"] == ["kavan rell", "ina sorel", "kavan rell", "ina sorel"]
    # two superintendents named: "the SP" is neither
    profile = profile_of(("Superintendent of Police Kavan Rell said four men were held.", CLAIM,
                          [("source", "Superintendent of Police Kavan Rell"), ("cue", "said")]),
                         ("Superintendent of Police Ina Sorel said two more were sought.", CLAIM,
                          [("source", "Superintendent of Police Ina Sorel"), ("cue", "said")]),
                         ("The SP said they would be charged.", CLAIM, [("source", "The SP"), ("cue", "said")]))
    assert profile["credits"] == ["kavan rell", "ina sorel", "sp"]


def test_two_posts_in_letters_stay_two_sources():
    profile = profile_of(("The PM said the reports were wrong.", DENIAL, [("source", "The PM"), ("cue", "said")]),
                         ("The CM said there was no review.", DENIAL, [("source", "The CM"), ("cue", "said")]))
    assert profile["credits"] == ["pm", "cm"]


@pytest.mark.parametrize("spelled, acronym, source", [
    ("The Socialist Party", "SP", "socialist party"),
    ("The Democratic Socialist Party", "DSP", "democratic socialist party"),
    ("The Marsh Party", "MP", "marsh party"),
])
def test_an_acronym_the_document_spelled_out_is_that_name_not_a_post_in_letters(spelled, acronym, source):
    profile = profile_of((f"{spelled} ({acronym}) won 12 seats in Kessel.", FACT, []),
                         (f"The {acronym} said it would join the coalition.", CLAIM,
                          [("source", f"The {acronym}"), ("cue", "said")]),
                         ("It denied any deal on posts.", DENIAL, [("source", "It"), ("cue", "denied")]))
    assert profile["credits"] == [None, source, source]


@pytest.mark.parametrize("opening, closing", [("'", "'"), ('"', '"'), ("“", "”")])
def test_a_denial_in_a_quotation_its_source_opened_after_a_colon_is_theirs(opening, closing):
    profile = profile_of(("Mr Tolland, the shadow housing secretary, attacked the plan.", CLAIM,
                          [("source", "Mr Tolland, the shadow housing secretary"), ("cue", "attacked")]),
                         (f"He told the Gazette: {opening}They promised to end this scandal.", CLAIM,
                          [("source", "He"), ("cue", "told")]),
                         (f"Instead they are writing blank cheques.{closing}", DENIAL, []))
    assert profile["credits"] == ["tolland"] * 3
    assert [denial["source"] for denial in profile["denials"]] == ["tolland"]


def test_a_denial_after_the_claim_s_quotation_closed_still_inherits_no_one():
    profile = profile_of(("Mr Tolland, the shadow housing secretary, attacked the plan.", CLAIM,
                          [("source", "Mr Tolland, the shadow housing secretary"), ("cue", "attacked")]),
                         ('He told the Gazette: "They promised to end this scandal."', CLAIM,
                          [("source", "He"), ("cue", "told")]),
                         ('"Instead they are writing blank cheques."', DENIAL, []))
    assert profile["credits"] == ["tolland", "tolland", None]


@pytest.mark.parametrize("text, cue, source", [
    ('The Prime Minister has ruled out changes to the levy, dismissing reports of a secret review as "rubbish".',
     "dismissing", "prime minister"),
    ("The Home Office has ruled out changes to the scheme, rejecting calls for an inquiry.", "rejecting",
     "home office"),
    ("The Velmark council has ruled out a rate rise, denying that its budget was in deficit.", "denying",
     "velmark council"),
])
def test_a_subject_before_a_participle_of_denial_is_the_denial_s_source(text, cue, source):
    assert profile_of((text, DENIAL, [("cue", cue)]))["credits"] == [source]


@pytest.mark.parametrize("adverb, cue, loaded", [
    ("strenuously", "strenuously denied", "strenuously"),
    ("strenuously", "strenuously denied", "strenuously denied"),
    ("strenuously", "denied", "strenuously"),  # next to the cue
    ("vehemently", "vehemently denied", "vehemently"),
])
def test_an_adverb_of_how_forcefully_the_source_spoke_in_or_by_its_cue_is_not_the_writer_s(adverb, cue, loaded):
    profile = profile_of((f"The council {adverb} denied the claim.", DENIAL,
                          [("source", "The council"), ("cue", cue), ("loaded", loaded)]))
    assert profile["loaded_phrases"] == []


def test_the_writer_s_adverb_by_a_cue_and_a_speaking_adverb_away_from_any_cue_still_count():
    assert profile_of(("The council laughably denied the claim.", DENIAL,
                       [("source", "The council"), ("cue", "laughably denied"), ("loaded", "laughably")]),
                      ("A strenuously worded letter followed.", FACT, [("loaded", "strenuously")])
                      )["loaded_phrases"] == [{"text": "laughably", "count": 1}, {"text": "strenuously", "count": 1}]


@pytest.mark.parametrize("text, marked", [
    ("Sprinter Ines Mabry has always denied knowingly taking a banned substance.",
     [("source", "Sprinter Ines Mabry"), ("cue", "denied"), ("loaded", "knowingly")]),
    ("Sprinter Ines Mabry has always denied knowingly taking a banned substance.",
     [("source", "Sprinter Ines Mabry"), ("cue", "denied"), ("loaded", "denied knowingly")]),
    ("Sprinter Ines Mabry has always denied knowingly taking a banned substance.", [("loaded", "knowingly")]),
    ("The trainer admitted deliberately misleading the stewards.", [("loaded", "deliberately")]),
])
def test_an_adverb_of_the_act_a_source_denies_or_admits_is_the_source_s_matter(text, marked):
    # "knowingly taking ...": what is denied, how the act was done; not the writer's word for how anyone spoke
    assert profile_of((text, DENIAL, marked))["loaded_phrases"] == []


@pytest.mark.parametrize("label", [CLAIM, DENIAL])
@pytest.mark.parametrize("loaded", ["falsely", "falsely claiming", "falsely claiming that the fund was empty"])
def test_loaded_words_in_what_a_source_accuses_another_of_are_the_accuser_s(label, loaded):
    # before, "falsely" of what Vask charges Ruiz with counted as the writer's loaded wording
    text = "Vask accused Ruiz of falsely claiming that the fund was empty."
    for content in ([], [("content", "Ruiz of falsely claiming that the fund was empty")]):
        marked = [("source", "Vask"), ("cue", "accused"), *content, ("loaded", loaded)]
        assert profile_of((text, label, marked))["loaded_phrases"] == [], (content, loaded)


@pytest.mark.parametrize("text, loaded", [
    ("Ruiz was accused of knowingly hiding the fund's losses.", "knowingly"),  # a passive: no object, as before
    ("Vask accused Ruiz of hiding the losses, a shameful smear by any measure.", "shameful smear"),  # past the clause
    ("Ruiz has been falsely claiming that the fund was empty.", "falsely claiming"),  # no accusation
])
def test_loaded_words_outside_what_a_cue_accuses_its_object_of_still_count(text, loaded):
    cue = [("cue", "accused")] if "accused" in text else []
    assert profile_of((text, CLAIM, [*cue, ("loaded", loaded)]))["loaded_phrases"] == [{"text": loaded, "count": 1}]


@pytest.mark.parametrize("text, cue, loaded", [
    ("Critics called the plan reckless and cruel.", "called", "reckless"),
    ("The opposition branded it a disgrace.", "branded", "disgrace"),
    ("Critics have long described the treasurer as accident-prone.", "have long described", "accident-prone"),
    # so a pronoun's of someone written of: whom it means names it
    ("She called the plan reckless and cruel.", "called", "reckless"),
    ("Vask, who branded it a disgrace, resigned.", "branded", "disgrace"),
    # a noun ending in "ly" is the subject, no adverb read past ("his" was then taken for the subject)
    ("His family called the ruling reckless.", "called", "reckless"),
    ("Her ally branded it a disgrace.", "branded", "disgrace"),
])
def test_what_a_source_calls_something_is_the_source_s_word_under_the_writer_s_label(text, cue, loaded):
    # before, the model's opinion label made "reckless", what the critics called the plan, the writer's loaded wording
    content = [("content", text[text.index(cue) + len(cue) + 1:-1])]
    assert profile_of((text, OPINION, [("cue", cue), *content, ("loaded", loaded)]))["loaded_phrases"] == []
    # the model may mark no cue: the verb is read in the words
    assert profile_of((text, OPINION, [*content, ("loaded", loaded)]))["loaded_phrases"] == []


@pytest.mark.parametrize("text, loaded", [
    ("Critics called for the reckless plan to be dropped.", "reckless"),  # "called for": no naming
    ("The shop sold branded goods at shameful prices.", "shameful"),  # a participle, no verb of naming
])
def test_a_naming_verb_s_look_alike_read_in_the_words_leaves_the_writer_s_word(text, loaded):
    assert profile_of((text, OPINION, [("loaded", loaded)]))["loaded_phrases"] == [{"text": loaded, "count": 1}]


@pytest.mark.parametrize("text, cue, loaded", [
    ("Many call it a disgrace.", "call", "disgrace"),  # a weasel word: the writer's naming
    ("You could call it a farce.", "could call", "farce"),  # the reader, as the writer puts it
    ("The fund, once dubbed a miracle, collapsed.", "dubbed", "miracle"),  # a passive names no one
    ("Villagers describe a grim scene.", "describe", "grim scene"),  # no "as": the writer's word for it
])
def test_what_no_source_calls_something_stays_the_writer_s_loaded_wording(text, cue, loaded):
    marked = [("cue", cue), ("loaded", loaded)]
    assert profile_of((text, OPINION, marked))["loaded_phrases"] == [{"text": loaded, "count": 1}]


def test_a_writer_s_adverb_after_a_cue_before_no_act_still_counts():
    assert profile_of(("The stable claimed falsely during a hearing that the horse was sound.", CLAIM,
                       [("source", "The stable"), ("cue", "claimed"), ("loaded", "falsely")]),
                      ("The stable was caught knowingly racing a lame horse.", FACT, [("loaded", "knowingly")])
                      )["loaded_phrases"] == [{"text": "falsely", "count": 1}, {"text": "knowingly", "count": 1}]


BARRISTER = ("Her barrister, Ms Anwen Pryce, said her client denied any dishonesty.", DENIAL,
             [("source", "Her barrister, Ms Anwen Pryce"), ("cue", "said")])


@pytest.mark.parametrize("text, source", [
    ("A family doctor claimed more than £240,000 from the health board for patients she never saw, a court heard.",
     "court"),
    ("A roofer stole £40,000 from his employer, Wexbury Crown Court heard.", "wexbury crown court"),
    ("A roofer stole £40,000 from his employer, jurors were told.", "jurors"),
    ("The court heard that an inquiry began after a practice manager raised concerns.", "court"),
    ("The jury was told that the payments began in 2019.", "jury"),
    ("The inquiry heard that the report was marked urgent.", "inquiry"),
    ("Officers ignored three warnings, the Brennmoor Inquiry has heard.", "brennmoor inquiry"),
    ("A roofer stole £40,000 from his employer, a court has heard.", "court"),
])
def test_what_a_court_heard_is_credited_to_the_court_not_the_accused_nor_counsel(text, source):
    assert profile_of(BARRISTER, (text, CLAIM, []))["credits"] == ["anwen pryce", source]


def test_claimed_before_a_sum_of_money_is_no_speech_verb():
    profile = profile_of(("Mr Harwick claimed £12,000 in expenses for a flat he never used.", CLAIM, []),
                         ("Mr Harwick claimed the expenses were within the rules.", CLAIM, []))
    assert profile["credits"] == [None, "harwick"]


@pytest.mark.parametrize("written, source", [
    ("Treasurer Jim Carrow", "jim carrow"),
    ("Federal Treasurer Jim Carrow", "jim carrow"),
    ("Leader of the Opposition K Raghav Reddy", "k raghav reddy"),
    ("CM N Chandra Varma", "n chandra varma"),
    ("Deputy CM Pavan Dorai", "pavan dorai"),
    ("MEC Thandi Mokoena", "thandi mokoena"),
    ("DGP Rajiv Tolani", "rajiv tolani"),
])
def test_commonwealth_titles_are_not_part_of_the_name(written, source):
    assert normalise_source(written) == source


def test_shri_with_a_full_stop_holds_before_a_name():
    text = "Shri. Venkat Idamalli said delays were due to verification. The award went to Arun Shri. Officials agreed."
    assert [text[start:end] for start, end in split_sentences(text)] == [
        "Shri. Venkat Idamalli said delays were due to verification.", "The award went to Arun Shri.",
        "Officials agreed."]


def test_a_body_s_member_written_as_a_title_is_no_one_else_named_before_a_she_in_a_denial():
    """A title ending in a body's "Member" reads as no person's name: the "she" of a denial after the titled
    woman's claim goes on with her, where before "Committee Member" was read as someone else named since her
    claim, and her denial was no one's."""
    title = "County Executive Committee Member for Trade"
    profile = profile_of(
        (f"{title}, Ms. Zawadi Achieng, said the market levy was legal.", CLAIM,
         [("source", f"{title}, Ms. Zawadi Achieng"), ("cue", "said")]),
        ('"Every trader was consulted," she said.', DENIAL, [("source", "she"), ("cue", "said")]))
    assert profile["credits"] == ["zawadi achieng", "zawadi achieng"]
    assert profile["denials"][0]["source"] == "zawadi achieng"


@pytest.mark.parametrize("first, later", [
    ("Chief Obi Eze, the traditional ruler of Amaokwe", "The monarch"),
    ("Chief Obi Eze, the traditional ruler of Amaokwe", "The traditional ruler"),
    ("Chief Obi Eze, the traditional ruler of Amaokwe", "The chief"),
    ("The Emir of Kantoro, Obi Eze", "The emir"),
    ("King Harald Varn", "The monarch"),
    ("King Harald Varn", "The king"),
])
def test_a_ruler_s_noun_means_the_one_ruler_named_though_someone_else_spoke_since(first, later):
    """A realm has one ruler: "the monarch", "the traditional ruler", "the emir" (or "the chief" of a chief who
    rules) is the one ruler the copy named, though another source spoke between; before, only where the ruler spoke
    just before, and the ruler's later turns were a source of their own."""
    profile = profile_of(
        (f"{first} said the farmland was sold.", CLAIM, [("source", first), ("cue", "said")]),
        ("Ada Nwosu, a farmer, said the farmland was never sold.", CLAIM,
         [("source", "Ada Nwosu, a farmer"), ("cue", "said")]),
        (f"{later} said the buyers had paid in full.", CLAIM, [("source", later), ("cue", "said")]))
    assert profile["credits"][2] == profile["credits"][0] != profile["credits"][1]


@pytest.mark.parametrize("first, later", [("Emir Obi Eze", "The king"), ("Chief Obi Eze", "The monarch")])
def test_a_ruler_s_style_or_a_chief_s_honour_alone_is_no_other_ruler(first, later):
    """"The king" is no emir, and "Chief" alone is an honour, not a throne: neither is the ruler named."""
    profile = profile_of(
        (f"{first} said the farmland was sold.", CLAIM, [("source", first), ("cue", "said")]),
        ("Ada Nwosu, a farmer, said the farmland was never sold.", CLAIM,
         [("source", "Ada Nwosu, a farmer"), ("cue", "said")]),
        (f"{later} said the buyers had paid in full.", CLAIM, [("source", later), ("cue", "said")]))
    assert profile["credits"][2] == later.lower().removeprefix("the ")


@pytest.mark.parametrize("clause", ["who chairs the cross-party committee", "who chairs the committee"])
def test_a_person_said_to_chair_a_body_in_a_relative_clause_is_the_chair_described_before(clause):
    """"who chairs the committee" is a role, as "chair of the committee" is: a headline's "Committee chair" and the
    body's "The chair of the Kestrel Affairs Committee" are the chair named after them (one source); before, three
    sources, the clause's words dropped as any relative clause's are. "cross-party" describes the committee and is
    no word of its name."""
    profile = profile_of(
        ("Committee chair says water firms broke the rules", CLAIM, [("source", "Committee chair"), ("cue", "says")]),
        ("The chair of the Kestrel Affairs Committee said the firms had broken the rules.", CLAIM,
         [("source", "The chair of the Kestrel Affairs Committee"), ("cue", "said")]),
        (f"Helena Brackwater, {clause}, said fines were too low.", CLAIM,
         [("source", f"Helena Brackwater, {clause}"), ("cue", "said")]))
    assert profile["credits"] == ["helena brackwater"] * 3


def test_a_relative_clause_that_heads_no_body_gives_no_role():
    """"who left the committee" makes no chair: "the chair of the committee" stays a source of its own."""
    profile = profile_of(
        ("The chair of the Kestrel Affairs Committee said the firms had broken the rules.", CLAIM,
         [("source", "The chair of the Kestrel Affairs Committee"), ("cue", "said")]),
        ("Helena Brackwater, who left the committee, said fines were too low.", CLAIM,
         [("source", "Helena Brackwater, who left the committee"), ("cue", "said")]))
    assert profile["credits"] == ["chair of the kestrel affairs committee", "helena brackwater"]


@pytest.mark.parametrize("minister", ["Minister of Works Kato Lwanga", "Minister for Housing Kato Lwanga",
                                      "Hon. Minister of Works Kato Lwanga"])
def test_a_minister_of_a_commonwealth_portfolio_is_the_person_named_after_it_as_the_surname_and_hon_are(minister):
    profile = profile_of((f"{minister} said the bridge would reopen in May.", CLAIM,
                          [("source", minister), ("cue", "said")]),
                         ("Engineers disputed the timetable.", DENIAL, [("source", "Engineers"), ("cue", "disputed")]),
                         ("Lwanga said the repairs were on schedule.", DENIAL, [("source", "Lwanga"), ("cue", "said")]),
                         ("Hon. Kato Lwanga later told reporters the contractor had been paid.", CLAIM,
                          [("source", "Hon. Kato Lwanga"), ("cue", "told")]))
    assert profile["credits"] == ["kato lwanga", "engineers", "kato lwanga", "kato lwanga"]
    # the portfolio alone names no one
    assert normalise_source("the Minister of Works") == "minister of works"
