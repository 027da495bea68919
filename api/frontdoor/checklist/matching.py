"""Finding checklist concerns in what people write in their own words.

"cant pay the rent n im shattered" -> money_or_finance, housing, tiredness_or_fatigue. The message is
read as lemmas with spelling mended (frontdoor.checklist.words), then:

1. cancer names are set aside ("bowel cancer" is a diagnosis, not a bowel problem), and so is what
   the person says is not a problem ("not worried about money", "sleep is ok", "no pain thank god");
2. phrases from content/checklist.yml are looked for, as lemmas;
3. a multi-label classifier trained at start-up on every item's phrases and examples, and on the
   checklist's ``ordinary`` talk (diagnoses, greetings, "I'm fine"), reads each clause, for what is
   said in other words ("feeling queasy all the time from the tablets" -> eating_or_appetite). It adds
   an item only when the clause holds a word that is evidence for that item and the item beats
   ordinary talk. A message that opens by saying there is no concern ("nothing really", "I'm fine
   thanks") gets no classifier guesses, only what its phrases name outright;
4. worry beside the thing worried about is that thing ("worried about the kids" is children); the body
   or the day of someone else ("my husband still works", a carer's "he forgets things") is not the
   writer's concern; and for a carer, caring itself is why they are here: strain is carer_coping.

What is found is never a guess without evidence; what nothing finds is kept by the caller in the
person's words ("something else"). The bot reads the result back, so a wrong guess is seen and
corrected.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from itertools import pairwise

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline, make_pipeline
from sklearn.preprocessing import MultiLabelBinarizer
from spacy.lang.en.stop_words import STOP_WORDS

from frontdoor.checklist.definition import Checklist, ChecklistItem
from frontdoor.checklist.other_words import (
    NOT_WHAT_THEY_SAY,
    SAID_BY_A_CARER,
    SAID_BY_ANYONE,
    SAID_OF_THE_PERSON,
    Run,
    first_run,
    run_spans,
)
from frontdoor.checklist.words import Words, is_english

WORRY = "worry_fear_or_anxiety"
ORDINARY = "_ordinary"  # the classifier's class for talk that raises no concern
CARER_COPING = "carer_coping"
CARING = "caring_responsibilities"
COPING = "coping_with_diagnosis"
TIRED = "tiredness_or_fatigue"
WORK = "work_or_education"
INFO = "information_needs"
CHILDREN = "children"
TRANSPORT = "transport_or_parking"
BREATHING = "breathing"
BEREAVEMENT = "bereavement"
END_OF_LIFE = "end_of_life_wishes"
WALKING = "walking_or_moving"
SURE = 0.3  # the classifier adds an item to those the phrases found
FAIRLY_SURE = 0.2  # its best guess for the whole message, when nothing else was found
MASK = "_"
CHAR_NGRAMS = (3, 4)  # character n-grams: misspellings share most of theirs with the right word
C = 8.0  # the classifier's inverse regularisation: the examples are few and short


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words of worry that take their meaning from what they are about ("worried about the rent" is money);
# fear words ("scared", "panic") are a concern in their own right wherever they come.
GENERIC_WORRY = _words("worry worried worrying wrried concern concerned stress bother dread dreading")
# Splits a message into clauses for the classifier and for worry-about-what; sentences for carers.
_CLAUSE_BREAKS = _words(", . ; ! ? and but also plus as because so too or though then")
_SENTENCE_BREAKS = _words(". ; ! ? but though however")
# "so tired", "too dear": read as how much, "so" and "too" do not end a clause.
_DEGREE_KEPT = _CLAUSE_BREAKS - {"so", "too"}
_PUNCTUATED_BREAKS = _SENTENCE_BREAKS | {","}  # a clause as punctuation marks it ("too", "and" go on)
# Where a "not ..." or "... is fine" stops reaching.
_SCOPE_BREAKS = _words(", . ; ! ? but though however just it that its")

# Cancer names: the diagnosis, not a concern ("bowel cancer", "breast ca", "cancer of the stomach").
_CANCER = _words("cancer cancers tumour tumor carcinoma lymphoma leukaemia leukemia myeloma sarcoma melanoma")
_SITES = _words(
    "bowel breast lung prostate skin brain bladder kidney liver stomach throat mouth ovarian ovary cervical "
    "cervix womb uterine pancreatic pancreas bone blood colon colorectal rectal oesophageal testicular "
    "thyroid head neck secondary secondaries advanced terminal stage the of my his her with"
)

# "sick with cancer", "ill with leukaemia": ill, not sick to the stomach.
_ILL = _words("sick ill poorly unwell")
_SITE_GLUE = _words("the of my his her with stage advanced terminal secondary secondaries")
_NUMBER_WORDS = _words("one two three four i ii iii iv")
# Words that may come between a phrase's words without changing what it says.
_FILLERS = _words(
    "really very so too even just the a an my me our his her their all much any more quite bit be have"
)
_MAX_GAP = 2
# Figures of speech that are not what their words say: "dying to know" ("dying" reads as "dye"), "my
# marriage is falling apart", Scots "a wee bit tired" ("bit" reads as "bite"), "nothing works since the
# op", "pain every night", "thank God", "too late" and "late for work" (a time, not "my late husband").
_IDIOMS = frozenset(
    {
        ("die", "to"),
        ("die", "for"),
        ("dye", "to"),
        ("dye", "for"),
        ("fall", "apart"),
        ("wee", "bite"),
        ("wee", "bit"),
        ("wee", "while"),
        ("wee", "minute"),
        ("nothing", "work"),
        ("anything", "work"),
        ("it", "work"),
        ("that", "work"),
        ("which", "work"),
        ("every", "night"),
        ("each", "night"),
        ("last", "night"),
        ("one", "night"),
        ("thank", "god"),
        ("oh", "god"),
        ("god", "know"),
        ("for", "god"),
        ("step", "by"),  # "step by step": one thing at a time, not walking
        ("end", "up"),  # "I don't want to end up in a home": where they may land, not the end of life
        ("by", "step"),
        ("bless", "her"),
        ("bless", "him"),
        ("bless", "them"),
        ("bless", "you"),
        ("too", "late"),
        ("late", "for"),
        ("eat", "me"),
        ("eat", "away"),
        ("wash", "line"),
        ("fee", "me"),
        ("poo", "test"),  # "they found it from the poo test": the screening, not the bowels
        ("bowel", "screening"),
        ("bowel", "screen"),
        ("maintenance", "tablet"),  # "on maintenance tablets": a treatment, not child maintenance
        ("maintenance", "therapy"),
        ("maintenance", "treatment"),
        ("maintenance", "chemotherapy"),
        ("maintenance", "dose"),  # "mum's trying to feed me up": "feed" is read as "fee"
        ("be", "late"),  # "I'm late for everything", "running late": a time, not "my late husband"
        ("run", "late"),
        ("yer", "late"),  # "an then yer late": you're late
        ("social", "work"),  # "social work won't ring back", "dental work", "blood work": a service or a
        ("dental", "work"),  # treatment, not a job
        ("blood", "work"),
        ("paper", "work"),
        ("building", "work"),
    }
)
# Runs of words that say less than their words: "crying for no reason" is not a life without purpose.
_IDIOM_RUNS = (
    ("for", "no", "reason"),
    ("for", "no", "good", "reason"),
    ("like", "a", "train"),  # "puffing like a train": out of breath, not a journey
    ("nothing", "do", "in"),  # "nothing doing in the bedroom": nothing happens, not "done in"
    ("know", "what", "i", "mean"),  # "if you know what I mean": a hint, not a question about meaning
)
# "What's worrying me?", "what worries me": the question said back before the answer, not a worry.
_ECHOED_QUESTIONS = tuple(
    (what, *rest, "worry", "me") for what in ("what", "whit") for rest in ((), ("be",), ("have",))
)
# "I'm falling apart" is the writer coming apart, and stays to be read; "the house is falling apart" is not.
_SELF = ("i", "be")
# "at my wits' end": an end that is not the end of life.
_WITS = _words("wit wits")
_HOUSEWORK = _words("cook cooking clean cleaning iron ironing hoover hoovering housework")
# "walking to the corner shop", "can't walk to the bus stop": where a walk goes is not a concern.
_WALK = _words("walk shuffle hobble totter")
_DESTINATION_REACH = 4
# "3 flights and no lift", "10th floor, the lift is broken": a lift in a building, not a lift to hospital.
_BUILDING = _words("flight floor storey stair stairs block flat tower")
SEX = "sex_intimacy"
# Words that put a bedroom in the home: "up to the bedroom", "downstairs", "a 2 bedroom flat".
_ROOMS = _words("flat house home bungalow downstairs upstairs stair stairs wall room living")
# "the shop at the end of the road", "at the end of the day": an end that is a place or a time of day,
# not the end of life.
_ORDINARY_ENDS = _words(
    "road street lane close garden corridor ward day week month year phone queue term summer winter spring "
    "autumn christmas jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december"
)
# "if the chemo doesn't work", "the tablets aren't working": treatment working or not, not a job.
_TREATMENTS = _words(
    "chemotherapy radiotherapy immunotherapy treatment tablet medicine medication drug painkiller surgery "
    "operation op bcg"
)
_BETWEEN_TREATMENT_AND_WORK = _words(
    "do not will be have really even still never down there any more want to"
)
_TREATMENT_REACH = 5
# "things aren't working like they used to", "nothing down there works": the body working, not a job.
_WHAT_WORKS = _TREATMENTS | _words(
    "thing things everything something body bit bits part parts leg legs arm arms hand hands knee knees foot "
    "feet hip hips"
)
# "we don't know if it's working", "nothing is working": something working or not, not a job.
_IT_WORKS = _words("it that this which anything nothing something everything")
# "I'm his daughter", "I am her husband": who the writer is, not a concern about children or a marriage.
_RELATIONS = _words(
    "daughter son stepdaughter stepson grandson granddaughter niece nephew wife husband partner"
)
_WHOSE = _words("his her the their your")
# Scots "wee" is small before a thing or a person ("my wee dog", "the wee one", "a wee house"): not
# the bladder. Only "wee" is set aside; what it describes is still read.
_SMALL_PEOPLE = _words(
    "boy boys girl girls one ones un lass lassie laddie lad man wife wifie grandson granddaughter wean "
    "weans bairn bairns"
)
_SMALL_THINGS = _SMALL_PEOPLE | _words(
    "dog dug cat house hoose flat thing things car garden job place room walk chat salon shop business "
    "cafe van"
)
# "leaking when I cough", "out of breath just walking to the kitchen", "tired after walking the dog":
# after these, a clause says when its concern comes, not another concern.
_CIRCUMSTANCE = _words("when while whenever after just even from time")
# "sore all the time, especially when I bend": a clause that opens this way adds a time to the last one.
_ADDING_A_TIME = _words("especially particularly mainly mostly worse even")
_CIRCUMSTANCE_REACH = 3  # the marker is at most this many words before the item it qualifies
_STATES = _words("tiredness_or_fatigue pain")  # what "when I'm ..." may name as a concern in itself

# "not worried about money", "no pain", "nae bother wi the bills": a negation before a word that names
# a problem takes back the problem and what it is about. "not sleeping", "no appetite", "can't eat"
# are the concern itself, so a negation before those is left alone, and so is "no help", "he doesn't
# help": help missing is a complaint ("don't need help" is taken back by "need").
_NEGATIONS = _words("not no nae never without nothing nor none")
_PROBLEM_WORDS = _words(
    "worry worried worrying wrried concern concerned bother bothered problem issue trouble stress stressed "
    "pain painful sore depress depressed sad tired exhausted lonely angry scared afraid frightened anxious "
    "fuss complaint complain need struggle struggling difficulty religious believer churchgoer frighten "
    "scare terrify petrify"
)
# After a lone "not", words that say how things are rather than name a thing ("not sleeping", "not good").
_NOT_A_THING = _words(
    "sleep eat cope walk work breathe manage go get able good great well much really too so very that "
    "sure coping"
)
_SKIPPED_AFTER_NEGATION = _words(
    "really very too so that much any at all be have got get feel a an real massively overly particularly "
    "actually even in do the about for"
)
# "... is fine", "... isn't the problem", "... is under control": what comes before is not a concern.
_SETTLED = _words(
    "fine ok okay alright good great better well sorted sort grand champion manageable controlled brilliant"
) | _words("wonderful amazing amaze fantastic lovely marvellous excellent supportive")
# "my church has been wonderful", "the stoma nurse is lovely": praise settles only the one praised (the
# church, the nurse), not what names them ("stoma").
_PRAISE = _words("wonderful amazing amaze fantastic lovely marvellous excellent supportive")
# "the pain is sorted now the nurses got my patches right": what made it fine is settled with it.
_BECAUSE_NOW = _words("now since through with by")
# "my faith is strong, no worries there": a clause that only takes a problem back points at the one
# before it.
_BACK_THERE = _words("there")
_SETTLED_AFTER = _words("be have seem look feel now get go much bit a cope")
# "..., which is fine" takes back all the clause before it; "which is great" is as often said wryly.
_PLAINLY_FINE = _words("fine ok okay alright")
_SETTLED_PHRASES = (
    ("under", "control"),
    ("at", "peace", "with", "god"),
    ("keep", "me", "go"),
    ("not", "the", "problem"),
    ("not", "a", "problem"),
    ("not", "a", "issue"),  # "an" is read as "a"
    ("not", "the", "issue"),
    ("not", "too", "bad"),
    ("no", "problem"),
)

# "nothing really", "not much to be honest", "I'm fine thanks", "coping ok", "not sure": a message that
# opens by saying there is no concern. What follows ("the nurse said to sign up", "good family round
# me") is then read only for what it names outright, never for the classifier's guesses; and wanting
# to find out what the service does is not a need for information about an illness.
_NOTHING_TALK = _words(
    "nothing not much anything fine okay alright good well i be do cope everything all really just now at "
    "the mo moment thank thanks ta honestly to honest here x aye nah yeah yes so far for you right pretty "
    "quite think can of that report say a this time present mostly manage urgent press major serious "
    "specific particular sure me"
)
_NOTHING_SUBJECTS = _words("i be cope do everything all manage")
_EXCEPTIONS = _words("but except apart only although though however")
_ACKNOWLEDGEMENTS = _words(
    "okay thank thanks ta hi hello hiya yes yeah aye nah no well honestly so erm um umm hmm"
)

_DRIVING = _words("drive driver cabbie cabby")  # "been a cabbie 30 year": a driver by trade
# "my leg is agony at night", "the scar on my knee": a limb named with another concern says where it is.
_LIMBS = _words("leg legs knee knees hip hips foot feet ankle ankles arm arms")
_LIMB_OWNERS = _words("my his her the me")
# "what he wants for his funeral", "the money for her funeral": a funeral to come, planned or paid for.
_FUNERAL_PLANS = _words("want wish plan arrange sort pay afford save money cost for write")
_FUNERAL_WORDS = _words("funeral funerals")
_FUNERAL_LIST = 6  # how far back a list of plans ("sort his will, his funeral") is read
# "out of breath going up the stairs": climbing is when the breathlessness comes, not a walking concern.
_CLIMBS = _words("stair stairs step steps hill hills up upstairs uphill slope incline")
_CLIMB_REACH = 6  # the climb comes at most this many words after the breathlessness
_NOT_A_CIRCUMSTANCE = _NEGATIONS | _words("and can could manage")
# The words of fear, as lemmas ("scared" is "scare").
_FEARS = ("scare", "frighten", "afraid", "terrify", "petrify", "worry")
# "frightened of ...", "scared about ...", "I worry what will happen": what follows is what is feared.
_FEARED = [[fear, about] for fear in _FEARS for about in ("of", "about", "what", "how")]

# Someone other than the person writing: "my husband still works", "he forgets things" are about them.
_OTHER_PERSON = _words(
    "he she him his her mum mam dad da husband wife partner missus hubby mother father son daughter nan "
    "gran grandad granda sister brother they them their"
)
_FIRST_PERSON = _words("i me myself meself")
# "they said it's terminal", "the doctor told me it's spread": someone reporting news to the writer, not
# a state of their own.
_REPORTING = _words("say tell")
# Items that describe the writer's own body or day: said of someone else, they are not the writer's.
_OWN_STATE = _words(
    "tiredness_or_fatigue walking_or_moving eating_or_appetite sleep pain breathing memory_or_concentration "
    "bladder_or_bowels skin_or_appearance work_or_education coping_with_diagnosis meaning_or_purpose"
)
# "she gets frustrated with me", "he's fed up of never seeing me": someone else's anger at the writer is
# between them (relationships), not the writer's own anger; anger in the family otherwise is shared.
ANGER = "anger_or_frustration"
SADNESS = "sadness_or_depression"
# "fed up of waiting", "fed up with the hospital": what fed up is aimed at.
_AIMED = _words("of with about at wi")
_AT_THE_WRITER_REACH = 5
# For a carer, the body of the person they look after is part of what they are asking help with: "mum
# won't eat", "dad can't manage the stairs", "he's in a lot of pain". Not a child's (that is a concern
# about the children), and not what the carer only listens to or watches ("his breathing at night").
_CARED_FOR = _words(
    "eating_or_appetite tiredness_or_fatigue pain walking_or_moving breathing memory_or_concentration "
    "bladder_or_bowels"
)
# ... and what they have lost ("he's lost interest in everything", "the garden was his life") or how they
# look, when a phrase names it outright: the classifier's guesses at someone else's purpose are not kept.
_CARED_FOR_WHEN_NAMED = _words("meaning_or_purpose skin_or_appearance")
_CHILD = _words("son daughter boy girl kid child baby lad lass bairn wean grandson granddaughter")
_WATCHING = _words("listen hear watch")
# "my husband won't eat", "my partner works away": a husband or wife named beside another concern is
# saying whose it is, and is no evidence of trouble between them; named alone ("it's my husband I'm
# worried about") they are.
RELATIONSHIPS = "relationships"
_SPOUSES = _words("husband wife partner missus hubby")
# Words that show a carer's strain: with caring, it is carer_coping.
_STRAIN = _words(
    "much cope coping drown drowning knee knees break exhaust exhausted knackered tired struggle struggling "
    "stress stressed manage burn burnt burned nut alone everything"
)

# Words the concerns reader reads as other words: text-speak and dialect that spelling distance misses.
SHORTHAND = {
    "bout": "about",
    "abt": "about",
    "wi": "with",
    "hosp": "hospital",
    "meself": "myself",
    "ar": "our",
    "a'm": "i am",
    "a've": "i have",
    "wis": "was",
    "whit": "what",
    "masel": "myself",
    "mysel": "myself",
    "cannae": "can not",
    "canna": "can not",
    "cannit": "can not",  # Geordie
    "divnt": "do not",
    "divvent": "do not",
    "dinnae": "do not",
    "didnae": "did not",
    "isnae": "is not",
    "wisnae": "was not",
    "disnae": "does not",
    "divent": "do not",  # Geordie and Scots negatives, however they are spelt
    "divvn't": "do not",
    "divvnt": "do not",
    "divn't": "do not",
    "divna": "do not",
    "dinna": "do not",
    "didna": "did not",
    "wasnae": "was not",
    "hasnae": "has not",
    "havnae": "have not",
    "havenae": "have not",
    "wouldnae": "would not",
    "couldnae": "could not",
    "shouldnae": "should not",
    "winnae": "will not",
    "willnae": "will not",
    "hes": "he is",
    "shes": "she is",
    "2": "to",
    "4": "for",
    "tbh": "to be honest",
    "idk": "i do not know",
    "nowt": "nothing",
    "owt": "anything",
    "summat": "something",
    "appt": "appointment",
    "appts": "appointments",
    "meds": "medicine",
    "chemo": "chemotherapy",
    "rads": "radiotherapy",
    "cnt": "can not",
    "nuthin": "nothing",
    "nothin": "nothing",
    "nuffin": "nothing",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "ppl": "people",
    "rly": "really",
    "realy": "really",
    "wk": "week",
    "wks": "weeks",
    "hrs": "hours",
    "dr": "doctor",
    "drs": "doctors",
    "lil": "little",
    "bc": "because",
    "tbf": "to be fair",
    "aboot": "about",
    "oot": "out",
    "doon": "down",
    "hame": "home",
    "tae": "to",
    "wor": "our",
    "ma": "my",
    "noo": "now",
    "himsel": "himself",
    "wrk": "work",
    "hozzie": "hospital",
    "hozzy": "hospital",
    "dug": "dog",
    "naethin": "nothing",
    "hersel": "herself",
    "gan": "go",
    "roon": "round",
    "aw": "all",
    "reet": "right",  # "aw reet": all right, not "greet" (Scots for crying)
    "naebody": "nobody",
    "telt": "told",
    "swally": "swallow",
    "mooth": "mouth",
    "gaun": "going",  # Scots "cannae keep gaun": going
    "ain": "own",  # Scots "my ain knees", "his ain troubles"
    "efter": "after",
    "wha": "who",
    "wha'll": "who will",
    "dae": "do",
    "feart": "afraid",
    "paine": "pain",  # "paine" is a name, so spelling mending leaves it as it is
    "khazi": "toilet",  # Cockney "up and down to the khazi all night"
    "karzy": "toilet",
    "netty": "toilet",  # Geordie
    "cludgie": "toilet",  # Scots
    "lavvy": "toilet",
    "jitty": "alley",  # Midlands "walking up the jitty": not "jittery"
    "ginnel": "alley",
    "snicket": "alley",
}
# Function words that are evidence for no item on their own.
_NOT_EVIDENCE = (
    STOP_WORDS
    | _words(
        "i be have get feel like want need know think thing time day week lot bit really just help hospital "
        "cancer chemotherapy radiotherapy treatment since now make go come tell say all do can not still "
        "stay kill change middle suppose nurse miss round"
    )
) - _words("alone down nobody empty move back well none nothing sleep bottom front")


# Words of an item's phrases that say little of it alone: "I can't close it" (a shop), "I feel like an old
# woman", "not able to lift her" are not about sex or fertility, though "not been close", "don't feel like
# a woman" and "able to have children" are (those phrases still find it).
# "in hospital at Christmas", "my Christmas baking": Christmas alone is no end of life and no grief.
_WEAK_EVIDENCE = {
    "sex_intimacy": _words("close woman able early start stuff future"),
    "end_of_life_wishes": _words("christmas"),
    "bereavement": _words("christmas"),
}


class ConcernReader:
    """Built once per checklist: lemma patterns and evidence words per item, and the trained classifier."""

    def __init__(self, checklist: Checklist) -> None:
        items = [i for i in checklist.items if not i.retired and i.offered]
        self.items = {i.id: i for i in items}
        self.category_of = {i.id: i.category for i in items}
        texts = {i.id: _texts(i) for i in items}
        vocabulary = {
            w for group in texts.values() for text in group for w in re.findall(r"[^\W\d_]+", text.lower())
        }
        self.words = Words(vocabulary, SHORTHAND)
        read: dict[str, list[str]] = {}
        for text in {t for group in texts.values() for t in group} | set(checklist.ordinary):
            read[text] = self.words.lemmas(text)
        # Each phrase as lemmas, filed under its first word: a message is only checked against the
        # phrases that start with one of its words.
        self.patterns: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        for item in items:
            for phrase in {tuple(read[p]) for p in [*item.phrases, item.label] if read[p]}:
                self.patterns[phrase[0]].append((item.id, phrase))
        lemmatised = {item: [read[text] for text in group] for item, group in texts.items()}
        self.evidence = _evidence(lemmatised)
        self._not_about_us = set().union(*(e for i, e in self.evidence.items() if i != RELATIONSHIPS))
        samples = [(" ".join(lemmas), item) for item, group in lemmatised.items() for lemmas in group]
        samples += [(" ".join(read[text]), ORDINARY) for text in checklist.ordinary]
        self.labels = MultiLabelBinarizer(classes=sorted({item for _, item in samples}))
        targets = self.labels.fit_transform([[item] for _, item in samples])
        self.model = _model()
        self.model.fit([text for text, _ in samples], targets)
        self._ordinary = list(self.labels.classes_).index(ORDINARY) if checklist.ordinary else None

    def read(self, text: str) -> tuple[list[str], list[str], list[str], list[str]]:
        """The message's words as written; as lemmas with spelling mended; with figures of speech and
        cancer names masked; and with what the person says is no problem masked too (what is read)."""
        read = self.words.read((text or "").replace("£", " pound "))
        lemmas = [lemma for _, lemma in read]
        written = [word for word, _ in read]
        masked = _mask_cancer_names(_mask_idioms(lemmas, written))
        settled = _settled(masked)
        visible = [MASK if index in settled else lemma for index, lemma in enumerate(masked)]
        return written, lemmas, masked, visible

    def find(
        self, text: str, allowed: set[str], limit: int, carer: bool = False, for_someone_else: bool = False
    ) -> list[str]:
        """Item ids in the text, in the order they come, at most ``limit``, only from ``allowed``.
        ``carer``: a carer telling their own concerns; ``for_someone_else``: someone writing on the
        person's behalf, so "she can't sleep" is the person's concern, not someone else's."""
        written, lemmas, masked, visible = self.read(text)
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for first in set(visible):
            for item_id, phrase in self.patterns.get(first, ()):
                if item_id in allowed and (span := _span(visible, phrase)) is not None:
                    spans[item_id].append(span)
        found = {
            item: min(start for start, _ in hits) for item, hits in spans.items() if not _inside(item, spans)
        }
        places = {item: {start for start, _ in spans[item]} for item in found}
        clauses = _clauses(visible)
        texts = [" ".join(w for w in words if w != MASK) for _, words in clauses]
        texts.append(" ".join(w for w in visible if w != MASK))
        scores = self.model.predict_proba(texts)
        diagnosis = {index for index, lemma in enumerate(masked) if lemma == MASK}
        for (start, words), row in zip(clauses, scores[:-1], strict=True):
            evidence = _evidence_in(words, start, diagnosis)
            if (evidence - _SPOUSES) & self._not_about_us:
                evidence -= _SPOUSES
            for item_id in self._confident(row, evidence, allowed, SURE):
                place = start + _first_evidence(words, self.evidence[item_id])
                found.setdefault(item_id, place)
                places.setdefault(item_id, set()).add(place)
        if _says_nothing_is_wrong(masked):
            found = {item: place for item, place in found.items() if item in spans and item != INFO}
        elif not found:
            best = self._confident(scores[-1], _evidence_in(visible, 0, diagnosis), allowed, FAIRLY_SURE)[:1]
            found.update({item_id: 0 for item_id in best})
        _drop_driving_for_a_living(visible, found, spans)
        _fares_done_are_work(visible, found, places, allowed)
        _driving_a_cab_is_work(visible, found, places, allowed)
        _drop_a_lift_in_a_building(visible, found, spans)
        _drop_a_bedroom_that_is_a_room(visible, found, places, spans)
        if CHILDREN in allowed and (kids := _my_two(visible)) is not None:
            found.setdefault(CHILDREN, kids)
            places.setdefault(CHILDREN, set()).add(kids)
        _children_told_or_feared_for(visible, found, places, allowed, carer or for_someone_else)
        _drop_a_childs_pregnancy(visible, found, places, allowed)
        _drop_telling_the_children(visible, found, places)
        _drop_children_that_may_not_come(visible, found, places, allowed)
        _drop_fear_of_what_it_means(visible, found, places)
        _drop_fear_of_a_thing_named(visible, found, places)
        _drop_circumstances(visible, found, places)
        _drop_dealing_with_papers(visible, found, places)
        _drop_the_climb_that_brings_breathlessness(visible, found, places)
        _drop_the_toilet_that_brings_breathlessness(visible, found, places)
        _a_funeral_to_come(visible, found, places, allowed)
        _drop_the_hospice_after_a_death(visible, found, places)
        _drop_a_shop_that_is_where(visible, found, places)
        _drop_food_that_money_buys(visible, found, places)
        _drop_a_job_long_ago(visible, found, places)
        _drop_a_career_behind_me(visible, found, places, written)
        _drop_work_stopped_as_a_time(visible, found, places)
        _drop_time_off(visible, found, places)
        _drop_being_forgotten(visible, found, places)
        _drop_friends_as_family(visible, found, places, masked)
        _drop_the_two_of_us(visible, found, places)
        _drop_a_wheelchair_taxi(visible, found, places)
        _drop_sleeping_somewhere(visible, found, places)
        _drop_a_lone_nothing(visible, found, places)
        _said_in_other_words(visible, found, allowed, _SAID_IN_OTHER_WORDS)
        named = _said_in_runs(visible, found, allowed, SAID_BY_ANYONE)
        if not carer:
            _said_in_other_words(visible, found, allowed, _THE_PERSON_SAYS_IN_OTHER_WORDS)
            named |= _said_in_runs(visible, found, allowed, SAID_OF_THE_PERSON)
        _drop_a_limb_that_is_where(visible, found, places)
        _drop_a_vehicle_that_is_where(visible, found, places)
        _drop_sleeping_in_the_day(visible, found, places)
        _drop_nights_worked(visible, found, places)
        _drop_passing_something(visible, found, places)
        _drop_hair_falling_out(visible, found, places)
        _drop_switching_off_beside_sleep(visible, found, places)
        _drop_work_that_is_where(visible, found, places)
        _drop_work_only_named(visible, found, places)
        _drop_half_pay_among_money(visible, found, places)
        _drop_family_far_away(visible, found, places)
        _drop_family_only_placed(visible, found, places)
        _drop_talk_without_a_listener(visible, found, places)
        _drop_not_understanding_a_thing(visible, found, places, allowed)
        _drop_a_childs_feelings(visible, found, places)
        _drop_alone_with_the_children(visible, found, places)
        _drop_children_counted_in_a_home(visible, found, places, written)
        _drop_everyday_senses(visible, found, places)
        _drop_a_cleaners_job(visible, found, places, written)
        _drop_keeping_on_top_of_work(visible, found, places)
        _drop_a_house_kept(visible, found, places)
        _drop_a_garden_to_be_in(visible, found, places)
        _drop_a_mess_of_something_else(visible, found, places)
        _drop_nothing_as_an_amount(visible, found, places)
        _drop_a_distance_walked(visible, found, places)
        _drop_forgetting_as_lonely(found, places, written)
        _drop_ill_as_nausea(found, places, written)
        _drop_last_month_as_a_time(visible, found, places, written)
        _drop_food_going_down(visible, found, places)
        _drop_a_car_park_that_is_where(visible, found, places)
        _drop_the_price_of_parking(visible, found, places)
        _drop_a_toilet_that_is_where(visible, found, places)
        _drop_a_home_that_is_where(visible, found, places)
        _drop_a_quiet_home(visible, found, places)
        _asking_if_dying_is_fear(visible, found, places, allowed)
        _drop_my_own_death_as_grief(visible, found, places)
        _fear_of_a_loss_is_worry(visible, found, places, allowed)
        _drop_a_death_that_has_happened(visible, found, places, spans)
        _drop_terminal_news_beside_plans(visible, found, places)
        _drop_a_loss_never_told(lemmas, found, spans)
        _drop_a_thing_on_my_mind(visible, found, places)
        if not carer:
            _drop_carers_who_come(visible, found, places)
        if not carer or _cares_for_someone_else(visible):
            _anger_at_a_partner(visible, found, allowed)
            _drop_children_beside_a_partner(visible, found, places)
        _parenthood_is_fertility(visible, found, places, allowed)
        _drop_worry_about_something_named(visible, found, places, written)
        _drop_fear_of_the_sack(visible, found, places)
        _drop_a_concern_doing_my_head_in(visible, found, places, self.evidence)
        _drop_a_childs_question_about_dying(visible, found, places)
        _fed_up_is_low(visible, found, places, allowed)
        _drop_hating_a_thing_of_the_body(visible, found, places)
        _drop_numb_limbs(visible, found, places)
        if not carer:
            _worry_about_a_partner(visible, found, allowed)
            _a_partner_struggling(visible, found, allowed)
            _a_partner_says_i_have_changed(visible, found, allowed)
        if _only_everything(masked) and WORRY in allowed:
            found.setdefault(WORRY, 0)
        if LONELY in allowed and (indoors := _staying_in(visible)) is not None:
            found.setdefault(LONELY, indoors)
        if LONELY in allowed and (alone := _left_on_my_own(visible)) is not None:
            found.setdefault(LONELY, alone)
        if LONELY in allowed and (unknown := _knowing_no_one(visible)) is not None:
            found.setdefault(LONELY, unknown)
        if LONELY in allowed and (much := _on_their_own_much_of_the_time(visible)) is not None:
            found.setdefault(LONELY, much)
        if LONELY in allowed and (sitting := _sitting_at_home_alone(visible)) is not None:
            found.setdefault(LONELY, sitting)
        if SLEEP in allowed and (awake := _awake_in_the_small_hours(visible, lemmas)) is not None:
            found.setdefault(SLEEP, awake)
        if CHILDREN in allowed and (needs := _a_child_with_needs(visible)) is not None:
            found.setdefault(CHILDREN, needs)
        if RELATIONSHIPS in allowed and (gone := _a_partner_left(visible)) is not None:
            found.setdefault(RELATIONSHIPS, gone)
        if LONELY in allowed and (unchecked := _nobody_checks_on_me(visible)) is not None:
            found.setdefault(LONELY, unchecked)
        if INFO in allowed and (unsigned := _no_one_signs(visible)) is not None:
            found.setdefault(INFO, unsigned)
        if WORK in allowed and (signed := _signed_off(visible)) is not None:
            found.setdefault(WORK, signed)
        _a_last_wish_is_the_end_of_life(visible, found, places, allowed)
        if SKIN in allowed and (stared := _stared_at(visible)) is not None:
            found.setdefault(SKIN, stared)
        if SEX in allowed and (hinted := _not_a_proper_partner(visible)) is not None:
            found.setdefault(SEX, hinted)
        if BOWELS in allowed and (eaten := _eaten_through_me(visible)) is not None:
            found.setdefault(BOWELS, eaten)
        if MEMORY in allowed and (head := _nothing_kept_in_my_head(visible)) is not None:
            found.setdefault(MEMORY, head)
        if SLEEP in allowed and (pacing := _pacing_the_floor(visible)) is not None:
            found.setdefault(SLEEP, pacing)
        if EATING in allowed and (sick := _nothing_kept_down(visible)) is not None:
            found.setdefault(EATING, sick)
        if SLEEP in allowed and (broken := _up_and_down_in_the_night(visible)) is not None:
            found.setdefault(SLEEP, broken)
        if (fuel := next((at for at, lemma in enumerate(visible) if lemma in _FUEL), None)) is not None:
            for item in (TRANSPORT, MONEY):
                if item in allowed:
                    found.setdefault(item, fuel)
        if WORK in allowed and (trade := _a_trade_given_up(visible)) is not None:
            found.setdefault(WORK, trade)
        if WORK in allowed and (not_yet := _a_trade_not_yet_gone_back_to(visible)) is not None:
            found.setdefault(WORK, not_yet)
        _the_waiting_is_worry(visible, found, places, allowed)
        _other_words_and_figures_of_speech(visible, lemmas, written, found, places, allowed, for_someone_else)
        _drop_where_to_start(visible, found, places)
        _drop_a_church_group(visible, found, places, written)
        if END_OF_LIFE in allowed and (asked := _how_long_alone(visible)) is not None:
            found.setdefault(END_OF_LIFE, asked)
        if BEREAVEMENT in allowed and (died := _one_of_mine_passed(visible)) is not None:
            found.setdefault(BEREAVEMENT, died)
        if BEREAVEMENT in allowed and (dreaded := _a_loss_dreaded(visible)) is not None:
            found.setdefault(BEREAVEMENT, dreaded)
        if (
            carer
            and BEREAVEMENT in allowed
            and (missed := _a_carer_missing_them(visible, written)) is not None
        ):
            found.setdefault(BEREAVEMENT, missed)
        if not for_someone_else:
            kept = _CARED_FOR | (_CARED_FOR_WHEN_NAMED & set(spans)) if carer else frozenset()
            _a_partner_fed_up_with_me(visible, found, places, allowed)
            _drop_someone_elses(visible, found, places, kept, carer)
            if carer:
                _drop_a_childs_fear(visible, found, places)
        if carer:
            _drop_what_caused_it(visible, found, places, written)
            _drop_what_keeps_a_carer_up(visible, found, places)
            _as_a_carer(visible, found, allowed)
            _care_tasks_are_caring(visible, found, places, allowed)
            _a_carers_own_symptoms(visible, found, places)
            _a_carers_own_body(visible, found, places, allowed)
            _said_in_other_words(visible, found, allowed, _A_CARER_SAYS_IN_OTHER_WORDS)
            named |= _said_in_runs(visible, found, allowed, SAID_BY_A_CARER)
            _drop_their_illness(visible, found, places)
            _drop_running_the_home(visible, found, places)
        if (turned := _a_partner_will_not_look(visible)) is not None:  # read after whose each concern is
            if RELATIONSHIPS in allowed:
                found.setdefault(RELATIONSHIPS, turned)
            changed = next((at for at, lemma in enumerate(visible) if lemma in _BODY_CHANGES), None)
            if SKIN in allowed and changed is not None:
                found.setdefault(SKIN, changed)
        if not for_someone_else:
            _drop_tasks_done_for_someone(visible, found, places)
        _drop_missing_someone_still_here(visible, found, places, written)
        _drop_leaning_on_others(visible, found, places)
        _drop_getting_up_that_is_not_moving(visible, found, places)
        _drop_weight_lost_as_looks(visible, found, places)
        _drop_living_alone_as_a_fact(visible, found, places, self.category_of)
        _drop_what_explains_a_settled_concern(masked, found, places, self._settled_ends(masked, visible))
        if ANGER in allowed and _shouted(text or ""):
            found.setdefault(ANGER, len(visible))
        return _most_specific(found, set(spans) | named, limit, self.category_of)

    def _settled_ends(self, masked: list[str], visible: list[str]) -> dict[str, int]:
        """Items the person says are no problem ("money's alright"), each with where that is said ends:
        a phrase of the item found in the words before settling, all of it settled."""
        if masked == visible:  # nothing said to be no problem: no second look at the phrases
            return {}
        ends: dict[str, int] = {}
        for first in set(masked):
            for item_id, phrase in self.patterns.get(first, ()):
                span = _span(masked, phrase)
                if (
                    span is not None
                    and not _NEGATIONS & set(phrase)  # "can't be bothered" is a complaint, never settled
                    and all(visible[at] == MASK for at in range(*span))
                ):
                    end = span[1]
                    while end < len(visible) and visible[end] == MASK:  # "money" in "money's alright"
                        end += 1
                    ends[item_id] = max(ends.get(item_id, 0), end)
        return ends

    def _confident(self, row: np.ndarray, words: set[str], allowed: set[str], floor: float) -> list[str]:
        """Items the classifier is sure of, best first: above ``floor``, above ordinary talk, and with a
        word in the clause that is evidence for the item."""
        ordinary = row[self._ordinary] if self._ordinary is not None else 0.0
        picked = []
        for index in np.argsort(-row):
            item_id = self.labels.classes_[index]
            if row[index] < floor:
                break
            if item_id in allowed and row[index] > ordinary and words & self.evidence.get(item_id, set()):
                picked.append(item_id)
        return picked


# "Money's alright, I've got my pension and my husband's": the clause right after a concern called no
# problem tells why it is none. Not when it turns ("but the bills are piling up", "it's the stairs") or
# says the same word again ("not scared of dying, scared of the pain").
_EXPLAINS_REACH = 12
_TURNS = _words("but though however although except still only it its what that just")


def _drop_what_explains_a_settled_concern(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], settled: dict[str, int]
) -> None:
    for item, end in settled.items():
        if item not in found or lemmas[end : end + 1] != [","]:
            continue
        clause_end = end + 1
        while clause_end < len(lemmas) and lemmas[clause_end] not in _SCOPE_BREAKS:
            clause_end += 1
        opening = lemmas[end + 1 : end + 2]
        where = places.get(item) or {found[item]}
        said_again = (set(lemmas[end + 1 : clause_end]) & set(lemmas[max(0, end - 6) : end])) - STOP_WORDS
        if (
            opening
            and opening[0] not in _TURNS
            and not said_again
            and clause_end - end <= _EXPLAINS_REACH
            and all(end < at < clause_end and lemmas[at] not in lemmas[:end] for at in where)
        ):
            del found[item]


def _model() -> Pipeline:
    """Word and character n-grams (misspellings share most of their characters), one logistic
    regression per item; liblinear keeps training to a few seconds at start-up."""
    return make_pipeline(
        FeatureUnion(
            [
                ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
                ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, sublinear_tf=True)),
            ]
        ),
        OneVsRestClassifier(LogisticRegression(C=C, solver="liblinear", random_state=0)),
    )


def _evidence(lemmatised: dict[str, list[list[str]]]) -> dict[str, set[str]]:
    """Per item, the content words that mostly belong to it in the checklist's own phrases and examples:
    the classifier may add an item only when one of them is in the clause."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for item, group in lemmatised.items():
        for lemmas in group:
            for lemma in set(lemmas):
                if lemma.isalpha() and len(lemma) >= 3 and lemma not in _NOT_EVIDENCE:
                    counts[lemma][item] += 1
    evidence: dict[str, set[str]] = defaultdict(set)
    for lemma, per_item in counts.items():
        total = sum(per_item.values())
        for item, count in per_item.items():
            if count / total >= 0.4 and lemma not in _WEAK_EVIDENCE.get(item, ()):
                evidence[item].add(lemma)
    return evidence


def _evidence_in(words: list[str], start: int, diagnosis: set[int]) -> set[str]:
    """The words of a clause that may count as evidence: in a clause naming a diagnosis ("my wife has
    breast cancer"), the people named are saying who has it, not raising a concern about them; and "I
    used to ..." says what was, where "no use to anyone" is a loss of purpose."""
    evidence = set(words)
    if "use" in evidence and all(_used_to(words, i) for i, word in enumerate(words) if word == "use"):
        evidence.discard("use")
    if diagnosis & set(range(start, start + len(words))):
        return evidence - _OTHER_PERSON
    return evidence


# Who "used to" do something, or was "used to" it: "I used to be so active", "we never used to", "I'm used
# to it" (where "no use to", "of use to" is use).
_USED_BY = _words("i we you he she they it never always once just all be get")


def _used_to(words: list[str], at: int) -> bool:
    return words[at + 1 : at + 2] == ["to"] and (at == 0 or words[at - 1] in _USED_BY)


def _first_evidence(words: list[str], evidence: set[str]) -> int:
    return next((index for index, word in enumerate(words) if word in evidence), 0)


def _mask_cancer_names(lemmas: list[str]) -> list[str]:
    """ "bowel cancer", "breast ca", "cancer of the stomach", "lung, stage 3": the diagnosis is not a
    concern, so the words naming it are set aside (a bowel problem is still read from "my bowels are
    all over the place"). "ca" counts only after a site ("can't" is also read as "ca n't")."""
    masked = list(lemmas)
    for index, lemma in enumerate(lemmas):
        named = lemma in _CANCER or (lemma == "ca" and index > 0 and lemmas[index - 1] in _SITES)
        staged = lemma == "stage" and index + 1 < len(lemmas) and _is_number(lemmas[index + 1])
        if not (named or staged):
            continue
        masked[index] = MASK
        if staged:
            masked[index + 1] = MASK
        before = index - 1
        while before >= 0 and (lemmas[before] in _SITES or lemmas[before] == ",") and index - before <= 3:
            masked[before] = MASK if lemmas[before] != "," else ","
            before -= 1
        if before >= 0 and lemmas[before] in _ILL and lemmas[before + 1] == "with":
            masked[before] = MASK
        after = index + 1
        while named and after < len(lemmas) and lemmas[after] in _SITES and after - index <= 3:
            masked[after] = MASK
            after += 1
        if named and (site := _site_named_after(lemmas, index + 1)):
            for at in range(index + 1, site + 1):
                masked[at] = "," if lemmas[at] == "," else MASK
    return masked


def _site_named_after(lemmas: list[str], start: int) -> int:
    """ "cancer in my lung", "the cancer, bowel": where a site named after the cancer word ends (it is
    the diagnosis), or 0."""
    if lemmas[start : start + 1] not in ([","], ["in"]):
        return 0
    for at in range(start + 1, min(start + 4, len(lemmas))):
        if lemmas[at] not in _SITES:
            return 0
        if lemmas[at] not in _SITE_GLUE:
            return at
    return 0


# "it has left me so tired": what something left the writer feeling, not someone leaving them.
_LEFT_IN_A_STATE = _words(
    "tired tire exhausted exhaust weak drained drain wiped wipe knackered shattered numb sore unable "
    "breathless feel feeling scarred"
)


_MY = _words("my our me")  # "my" as people say it: "our Jade", "me lass"
_SKINT = _FIRST_PERSON | _words("we they")


def _broken(lemmas: list[str], written: list[str], index: int) -> bool:
    """ "the boiler's broke", "the lift is broke": a thing broken. "I'm broke", "we're broke" are skint."""
    return (
        written[index] == "broke"
        and index >= 2
        and lemmas[index - 1] in ("be", "have")
        and lemmas[index - 2] not in _SKINT
    )


def _in_law(lemmas: list[str], index: int) -> int:
    """The width of "in law" (or "-in-law", read with commas) from ``index``, or 0: a son- or
    daughter-in-law is no child of the writer's."""
    for words in (["in", "law"], [",", "in", ",", "law"]):
        if lemmas[index : index + len(words)] == words:
            return len(words)
    return 0


def _is_idiom(lemmas: list[str], index: int, pair: tuple[str, str]) -> bool:
    """The two words from ``index`` are a figure of speech ("I'm falling apart" is the writer, and
    stays; "had a scare" is a health scare, "a scare" alone a fright; "the chemo left me exhausted" is
    what treatment did, not a partner leaving)."""
    if pair == ("a", "scare"):
        return lemmas[index - 1 : index] == ["have"]
    if pair == ("leave", "me"):  # "the surgery left me with a scar": what it left, not someone leaving
        left_with = lemmas[index + 2 : index + 4] in (["with", "a"], ["with", "an"])
        return left_with or bool(set(lemmas[index + 2 : index + 4]) & _LEFT_IN_A_STATE)
    if pair == ("get", "about"):  # "got about 6 numbers": about as many as, not getting about
        return lemmas[index + 2 : index + 3] != [] and _is_number(lemmas[index + 2])
    if pair == ("bring", "up"):  # "I was brought up to get on with it": an upbringing, not raising a subject
        return lemmas[index - 1 : index] == ["be"]
    # "on top of it all", "on top of everything": as well, not keeping on top of things
    if pair == ("on", "top"):
        rest = lemmas[index + 2 : index + 5]
        kept_up = lemmas[index - 1 : index] in (["keep"], ["get"], ["stay"])
        return (
            not kept_up
            and rest[:1] == ["of"]
            and (rest[1:] == ["it", "all"] or rest[1:2] in (["everything"], ["that"], ["this"]))
        )
    if pair == ("eat", "at"):  # "it's eating at him": it troubles him, not food ("can't eat at all" is)
        return bool(set(lemmas[index + 2 : index + 3]) & _EATEN_AT)
    if pair == ("eat", "away"):  # "eating away at me"
        return lemmas[index + 2 : index + 3] == ["at"]
    if pair == ("leave", "school"):  # "I left school at 16": the writer's schooling, not the children
        return lemmas[index + 2 : index + 3] == ["at"]
    if pair == ("back", "of"):  # "always there in the back of my head": on the mind, not the back
        return lemmas[index + 3 : index + 4] in (["head"], ["mind"], ["heid"])
    return pair in _IDIOMS and not (pair == ("fall", "apart") and tuple(lemmas[index - 2 : index]) == _SELF)


_EATEN_AT = _words("me him her us them you")
_A_THING = _words("the my a her his your their new")


def _a_wound_dressing(lemmas: list[str], written: list[str], at: int) -> bool:
    return written[at] == "dressings" or (
        written[at] == "dressing"
        and lemmas[at - 1] in _A_THING
        and lemmas[at + 1 : at + 2] in (["on"], ["gown"])
    )


_GOOD_SLEEPERS = _words("good great sound heavy deep decent brilliant")
_BEFORE_A_SLEEPER = _words("a an really very such so always")
_ONCE_OR_NOT = _NEGATIONS | _words("was were used longer")  # "I was a good sleeper", "never a good sleeper"
_SLEEPER_REACH = 6  # how far back from "sleeper" a "was" or "never" is looked for


def _a_good_sleeper(lemmas: list[str], written: list[str], index: int) -> bool:
    """ "I've always been a good sleeper", "I'm a sound sleeper": sleep that is no trouble. "I was a good
    sleeper", "never been a good sleeper", "not a great sleeper" say it is trouble now ("a terrible
    sleeper" is read as sleep)."""
    before = index - 1
    while before >= 0 and lemmas[before] in _BEFORE_A_SLEEPER:
        before -= 1
    if before < 0 or lemmas[before] not in _GOOD_SLEEPERS:
        return False
    start = _around(lemmas, before, _SCOPE_BREAKS)[0]
    told = {w.lower() for w in written[max(start, index - _SLEEPER_REACH) : before]}
    return not (told | set(lemmas[max(start, index - _SLEEPER_REACH) : before])) & _ONCE_OR_NOT


# A word that names another thing before the word after it: "my works pension" is money, not a job; "3
# cleaning jobs" are work, not housework.
_SAID_OF_SOMETHING_ELSE = {("work", "pension"): "company", ("clean", "job"): "cleaner"}
_FOOD_THAT_STICKS = _words("food bread meat toast tablet pill everything it")
_BEFORE_A_PAST_CHRISTMAS = _words("die pass away lose since from before till until diagnose start happen")


def _a_christmas_gone(lemmas: list[str], at: int) -> bool:
    """ "died last Christmas", "we lost me dad last christmas", "since last Christmas": last year's, not
    "my last Christmas" (the last one to come)."""
    return (
        lemmas[at : at + 2] == ["last", "christmas"]
        and at > 0
        and lemmas[at - 1] not in _POSSESSIVE | _words("the this a")
        and bool(_BEFORE_A_PAST_CHRISTMAS & set(lemmas[max(0, at - 3) : at]))
    )


def _getting_up_off_the_toilet(lemmas: list[str], at: int) -> bool:
    return (
        at > 0
        and lemmas[at - 1] == "up"
        and lemmas[at] in ("off", "from")
        and lemmas[at + 1 : at + 2] == ["the"]
        and lemmas[at + 2 : at + 3] != []
        and lemmas[at + 2] in _TOILETS
    )


def _mask_idioms(lemmas: list[str], written: list[str] | None = None) -> list[str]:
    """ "dying to know", "dying for a cup of tea": figures of speech that are not what their words say
    (Scots "my wee dog", where "wee" is little; "if the chemo doesn't work", which is not a job; "I'm his
    daughter", which says who is writing; "the end of the road", a place; "at my wits' end"; "burying
    my head in the sand"; "hanging the washing out", which is not washed out; "walking the dog";
    "walking to the corner shop", where the walk goes; northern "our kid", a brother; "looking at
    them", not looks; "I had a scare with my prostate", a health scare, not fear; "all the running
    about after her", not the runs); "my 8 year old"
    is a child; and a message that is only the name of a cancer's site ("lung", "yes, breast") is a
    diagnosis. ``written``: the words as written, where the lemma loses the difference ("kid's" and
    "kids" are both "kid")."""
    written = written or lemmas
    masked = list(lemmas)
    for index in range(len(lemmas) - 1):
        pair = (lemmas[index], lemmas[index + 1])
        if _is_idiom(lemmas, index, pair):
            masked[index] = masked[index + 1] = MASK
        elif lemmas[index] == "wee" and lemmas[index + 1] in _SMALL_THINGS:
            # "my wee grandson" is little; "a wee cafe", "my wee dog" are no child (R41 C22182, C22067)
            masked[index] = "little" if lemmas[index + 1] in _SMALL_PEOPLE else MASK
        elif _a_christmas_gone(lemmas, index):
            masked[index] = "previous"  # "my Jim died last Christmas": a time, not the last one to come
        elif pair in _SAID_OF_SOMETHING_ELSE:
            masked[index] = _SAID_OF_SOMETHING_ELSE[pair]
        elif pair[1] == "stick" and pair[0] in _FOOD_THAT_STICKS:
            masked[index + 1] = "catch"  # "food sticks when I swallow": not a walking stick
        elif _getting_up_off_the_toilet(lemmas, index):
            masked[index + 2] = "chair"  # "getting up off the loo": getting up, not the bladder (C22194)
        elif pair == ("no", "lift") and written[index + 1].lower() == "lifting":
            masked[index + 1] = "lifting"  # "doctor says no lifting for 3 months": not "no lift" in the flats
        elif lemmas[index] == "them" and _them_as_those(lemmas, index):
            masked[index] = "the"  # "I can't do them stairs": those stairs, not other people
        elif lemmas[index : index + 2] == ["on", "tap"] and lemmas[index + 2 : index + 3] in (["o"], ["of"]):
            masked[index + 1] = "top"  # Scots "keep on tap o the hoose": on top of the house
        elif lemmas[index] == "wee" and lemmas[index + 1] == "hour":
            masked[index] = "small"  # "till the wee hours": the small hours, not the bladder
        elif lemmas[index] == "wee" and lemmas[index + 1 : index + 3] == ["small", "hour"]:
            masked[index] = MASK  # "the wee small hours"
        elif lemmas[index] in _STIFF_WITH and lemmas[index + 1] == "stiff":
            masked[index + 1] = MASK  # "bored stiff", "frozen stiff": very, not stiff joints
        elif (
            _walks_someone(lemmas[index : index + 3])
            and not _NEGATIONS & set(lemmas[max(0, index - 2) : index])
            and not _A_HARD_WALK & set(lemmas[index + 2 : index + 8])
        ) or _buries_a_head(lemmas[index : index + 3]):
            masked[index] = MASK
        elif _laundry_out(lemmas, index) or (lemmas[index] in _WITS and lemmas[index + 1] == "end"):
            masked[index + 1] = MASK
        elif _is_laundry(lemmas, written, index + 1):
            masked[index + 1] = "laundry"
        elif _a_wound_dressing(lemmas, written, index + 1):
            # "the dressing on my head", "my dressings" cover a wound; "my dressing gown" is a gown
            masked[index + 1] = "robe" if lemmas[index + 2 : index + 3] == ["gown"] else "wound"
        elif lemmas[index] == "our" and written[index + 1] in ("kid", "kid's"):
            masked[index + 1] = "brother"
        elif _broken(lemmas, written, index + 1):
            masked[index + 1] = "break"  # "the boiler's broke": broken, as "the lift is broken" is
        elif lemmas[index] in _MY and lemmas[index + 1] == "lass":
            masked[index + 1] = "she"  # "wor lass", "me lass": a northern man's wife, not a daughter
        elif lemmas[index] in _CHILD and (law := _in_law(lemmas, index + 1)):
            masked[index : index + 1 + law] = [MASK] * (1 + law)  # "my daughter-in-law reads it to me"
        elif _is_a_childs_age(lemmas, index) or _children_with_ages(lemmas, index):
            masked[index] = "kid"
        elif _looks_at_a_thing(lemmas, index) or _what_it_will_look_like(lemmas, index):
            masked[index] = MASK
        elif _meant_to(lemmas, index - 1):
            masked[index] = "suppose"
        elif _put_down(lemmas, index):
            masked[index + 1 if lemmas[index + 1] == "down" else index + 2] = MASK
        elif _out_of_a_seat(lemmas, index) or _a_park_to_play_in(lemmas, written, index):
            masked[index + 1] = MASK
        elif (
            lemmas[index] in ("be", "get")
            and written[index + 1] == "cared"
            and lemmas[index + 2 : index + 3] == ["for"]
        ):
            masked[index + 1] = MASK  # "where I would wish to be cared for": care received, not given
        elif lemmas[index] == "the" and lemmas[index + 1] == "run" and written[index + 1] != "runs":
            masked[index] = MASK  # "all the running about after her": going to and fro, not the runs
    for index in range(len(lemmas)):
        for run in (*_IDIOM_RUNS, *_ECHOED_QUESTIONS):
            if tuple(lemmas[index : index + len(run)]) == run and (
                run not in _ECHOED_QUESTIONS or lemmas[index + len(run) : index + len(run) + 1] in ([], [","])
            ):
                masked[index : index + len(run)] = [MASK] * len(run)
    for start, end in run_spans(lemmas, NOT_WHAT_THEY_SAY):
        masked[start:end] = [MASK] * (end - start)
    for index in range(len(lemmas)):
        width = 3 if lemmas[index] == "pride" else 1  # "my pride and joy"
        if _everyday_sense(lemmas, written, index):
            masked[index : index + width] = [MASK] * width
    for index in range(3, len(lemmas)):
        if (
            lemmas[index] in _RELATIONS
            and lemmas[index - 1] in _WHOSE
            and lemmas[index - 3 : index - 1] == ["i", "be"]
        ):
            masked[index] = MASK
    for index in range(len(lemmas) - 2):
        if lemmas[index : index + 2] == ["end", "of"] and _ORDINARY_ENDS & set(lemmas[index + 2 : index + 4]):
            masked[index] = MASK
        if lemmas[index : index + 3] == ["up", "and", "down"] and lemmas[index - 1 : index] not in _MOODS_UP:
            masked[index + 2] = MASK
    for index in (i for i, lemma in enumerate(lemmas) if lemma == "work"):
        before = index - 1
        while (
            before >= 0
            and index - before <= _TREATMENT_REACH
            and lemmas[before] in _BETWEEN_TREATMENT_AND_WORK
        ):
            before -= 1
        if before >= 0 and (
            lemmas[before] in _WHAT_WORKS
            or (lemmas[before] in _IT_WORKS and written[index] in ("working", "works", "worked"))
        ):
            masked[index] = MASK
    for index in (i for i, lemma in enumerate(lemmas[:-1]) if lemma in _WALK and lemmas[i + 1] == "to"):
        after = index + 2
        while (
            after < len(lemmas)
            and after - index <= _DESTINATION_REACH
            and lemmas[after] not in _CLAUSE_BREAKS
        ):
            masked[after] = MASK
            after += 1
    for index in (i for i, lemma in enumerate(lemmas) if lemma == "nursery"):
        if _a_workplace(lemmas, index):
            masked[index] = "job"
    for index in (i for i, lemma in enumerate(lemmas) if lemma == "sleeper"):
        if _a_good_sleeper(lemmas, written, index):
            masked[index] = MASK
    content = [lemma for lemma in lemmas if lemma not in (",", "yes", "yeah", "aye", "it", "be", "its")]
    if content and all(lemma in _SITES and lemma not in _SITE_GLUE for lemma in content):
        return [MASK if lemma in _SITES else lemma for lemma in masked]
    return masked


# Things people name with "them" for "those" ("them stairs", "them tablets").
_THEM_THINGS = _words(
    "stair stairs step steps hill hills tablet tablets pill pills form forms letter letters bill bills "
    "appointment appointments steroid steroids injection injections bus buses"
)


def _them_as_those(lemmas: list[str], index: int) -> bool:
    """ "them stairs", "them tablets": "them" for "those" before a thing ("give them tablets" is not)."""
    return (
        lemmas[index] == "them"
        and lemmas[index + 1] in _THEM_THINGS
        and lemmas[index - 1 : index] != ["give"]
    )


# "helping him up and down", "up and down the stairs all night": going up and down, not feeling down;
# "I've been up and down", "my mood is up and down" are moods.
_MOODS_UP = (["be"], ["feel"], ["mood"], ["moods"])
_STIFF_WITH = _words("bore scare freeze frighten")


_WORKING_AT = _words("job work shift staff employ")
_NURSERY_JOBS = _words("nurse teacher worker assistant manager practitioner staff job")
_WORKPLACE_REACH = 4


def _a_workplace(lemmas: list[str], index: int) -> bool:
    """ "her job at the nursery", "I work in a nursery", "a nursery nurse": the nursery is where someone
    works, not a child's."""
    start = index
    while start > 0 and index - start < _WORKPLACE_REACH and lemmas[start - 1] not in _CLAUSE_BREAKS:
        start -= 1
    after = lemmas[index + 1 : index + 2]
    return bool(_WORKING_AT & set(lemmas[start:index])) or bool(after and after[0] in _NURSERY_JOBS)


_LOOKED_AT = (["them"], ["it"], ["this"], ["that"])
_WILL = _words("will would")


def _what_it_will_look_like(lemmas: list[str], index: int) -> bool:
    """ "what it'll look like at the end", "what would that look like": how things will be, not looks."""
    return (
        lemmas[index : index + 2] == ["look", "like"]
        and index >= 2
        and lemmas[index - 1] in _WILL
        and lemmas[index - 2] in ("it", "that", "this")
    )


# "turned down", "let her down", "slow down": "down" as part of a verb, not low mood ("let down by"
# is left for anger, and "keep it down", "break down" are read as they are).
_DOWN_VERBS = _words("turn let put write slow calm cut sit lie close shut hand track pin note settle knock")
_DOWN_OBJECTS = _words("me him her them us it you everyone everybody")


def _put_down(lemmas: list[str], index: int) -> bool:
    """ "got turned down", "I don't want to let her down": "down" after these verbs is no low mood."""
    if lemmas[index] not in _DOWN_VERBS:
        return False
    at = index + 1 if lemmas[index + 1] == "down" else index + 2
    if lemmas[at : at + 1] != ["down"] or (at == index + 2 and lemmas[index + 1] not in _DOWN_OBJECTS):
        return False
    return lemmas[at + 1 : at + 2] != ["by"]


# "can't get out the bath", "can't get out of bed on his own": getting out of a seat, a bed or a bath is
# moving or washing, not being cut off.
_SEATS = _words("bath bed chair armchair car shower seat sofa settee toilet")


def _out_of_a_seat(lemmas: list[str], index: int) -> bool:
    """ "get out the bath", "get out of the chair", "the bed's too low, I can't get out of it": the "out"
    is out of a seat, not out of the house."""
    if lemmas[index : index + 2] != ["get", "out"]:
        return False
    if lemmas[index + 2 : index + 4] in (["of", "it"], ["of", "them"]):
        return True  # "the bed is too low, I can't get out of it"
    after = [w for w in lemmas[index + 2 : index + 5] if w not in ("of", "the", "my", "his", "her", "a")]
    return bool(after) and after[0] in _SEATS


_GREEN_PLACES = _words("in to at round around through")


def _a_park_to_play_in(lemmas: list[str], written: list[str], index: int) -> bool:
    """ "kick a ball about in the park", "take them to the park": a park to walk or play in, not
    parking ("the car park", "nowhere to park" are left to be read)."""
    return (
        written[index + 1] in ("park", "parks")
        and lemmas[index] == "the"
        and index > 0
        and lemmas[index - 1] in _GREEN_PLACES
    )


_MEANT_FOR = _words("me him her us them you")


def _meant_to(lemmas: list[str], index: int) -> bool:
    """ "I'm meant to ring", "I was meant to go back": "be meant to" is "supposed to", not meaning ("she
    is mean to me" is unkind, and stays)."""
    following = lemmas[index + 1 : index + 4]
    return (
        index >= 0
        and lemmas[index] == "be"
        and following[:2] == ["mean", "to"]
        and len(following) == 3
        and following[2] not in _MEANT_FOR
    )


_THROWN = _words("thing things stuff plate plates cup at out away money")
_HABITS = {"eat": _words("good healthy healthily right"), "walk": _words("every daily mile miles")}
_WASHED_THINGS = frozenset({"bedding", "sheets", "sheet", "clothes", "towels", "uniforms", "dishes", "pots"})
_ABOUT_ME = _words("i me myself feel")
_BELIEFS = _words("faith belief beliefs trust religion")


def _everyday_sense(lemmas: list[str], written: list[str], index: int) -> bool:
    """Words in their everyday sense, not the concern their checklist sense names: "the cough won't
    shift" (not a work shift), "he's thrown things" (not thrown up), "I eat well, walk every day"
    (habits that are fine), "my pride and joy", "telling everyone my business" (not a business), "the
    washing machine" (an appliance), "the broadband is useless" (a thing, not the writer), "my hands
    shake" (a tremor, not nerves)."""
    word, after = lemmas[index], lemmas[index + 1 : index + 3]
    start = index
    while start > 0 and lemmas[start - 1] not in _CLAUSE_BREAKS:
        start -= 1
    before = lemmas[max(start, index - 3) : index]
    if word == "shift":
        return before[-1:] == ["not"]
    if word == "throw":
        return bool(_THROWN & set(after))
    if word in _HABITS:
        return bool(_HABITS[word] & set(after[:1])) and not (_NEGATIONS | {"use"}) & set(before)
    if word == "pride":
        return after == ["and", "joy"]
    if word == "business":
        return before[-1:] in (["my"], ["me"]) and bool(
            _words("tell know share spread") & set(lemmas[start:index])
        )
    if word == "wash":
        return written[index] in ("washing", "wash") and after[:1] == ["machine"]
    if word == "shake":  # "my hands shake": a tremor, not nerves; "my faith is shaken": faith, not nerves
        end = index
        while end < len(lemmas) and lemmas[end] not in _CLAUSE_BREAKS:
            end += 1
        beliefs = _BELIEFS & set(lemmas[max(start, index - 3) : min(end, index + 3)])
        return bool(_GRIPS & set(lemmas[max(start, index - 2) : index])) or bool(beliefs)
    if word == "useless" and before[-1:] == ["be"]:
        return not _ABOUT_ME & set(lemmas[start:index])
    if word == "alone":  # "the diesel alone is costing us a fortune": only, not lonely
        return after[:1] in (["be"], ["cost"]) and bool(before) and before[-1] not in _ALONE_AS_LONELY
    if word == "car":  # "some days I sit in the car on the drive": a place to be, not transport
        return lemmas[max(start, index - 3) : index - 1] == ["sit", "in"]
    if word == "drive":  # "on the drive": the driveway, not driving ("on the drive to Leeds" is)
        return before[-2:] == ["on", "the"] and after[:1] != ["to"]
    if word == "toilet":  # "toilet is shared", "a shared toilet": the home, not the bowels
        return "share" in (*before[-1:], *after)
    return False


_ALONE_AS_LONELY = _words("live be feel leave all stay sit home spend i me")


def _looks_at_a_thing(lemmas: list[str], index: int) -> bool:
    """ "just looking at them", "can't look at it", and an opening "Look, ...": looking at something, or
    asking to be heard, not how the writer looks ("I can't look at myself", "people look at me" stay)."""
    if lemmas[index] != "look":
        return False
    if index == 0 and lemmas[1] == ",":
        return True
    return lemmas[index + 1] == "at" and lemmas[index + 2 : index + 3] in _LOOKED_AT


_CHORES = _HOUSEWORK | _words("house housework home garden shopping tidying tidy")


def _laundry_out(lemmas: list[str], index: int) -> bool:
    """ "hang the washing out": the washing is laundry, and "out" is where it goes."""
    return lemmas[index : index + 2] == ["wash", "out"] and index > 0 and lemmas[index - 1] in _WHOSE | {"my"}


def _is_laundry(lemmas: list[str], written: list[str], index: int) -> bool:
    """ "the washing", "the cooking and washing": the household's washing, laundry, not washing
    oneself ("the washing and dressing", "washing myself" are the person's own)."""
    if (
        written[index] in ("washing", "wash")
        and written[index + 1 : index + 2]
        and (written[index + 1] in _WASHED_THINGS or written[index + 1 : index + 3] == ["the", "bedding"])
    ):
        return True
    if (
        written[index] == "washing"
        and lemmas[index - 2 : index - 1] == ["do"]
        and lemmas[index - 1] in _WHOSE | {"my"}
    ):
        return True  # "someone to do her washing": her laundry
    chores_after = lemmas[index + 1 : index + 2] == ["and"] and bool(
        _CHORES & set(lemmas[index + 2 : index + 4])
    )  # "the washing and the house", "the washing and ironing": more housework, not dressing
    if written[index] != "washing" or (
        lemmas[index + 1 : index + 2] in (["and"], ["myself"], ["meself"]) and not chores_after
    ):
        return False
    return lemmas[index - 1] == "the" or (
        lemmas[index - 1] in ("and", ",") and bool(_HOUSEWORK & set(lemmas[max(0, index - 3) : index - 1]))
    )


# "walking the dog is hard since the op", "walking the dog is a struggle": the writer's own walking.
_A_HARD_WALK = _words("hard difficult struggle impossible tough agony painful effort beyond")


def _walks_someone(words: list[str]) -> bool:
    """ "who will walk him", "walking the dog": walking someone or something else, not the writer's
    walking ("can't walk the dog any more", "walking the dog is hard" are read in _mask_idioms, and
    stay)."""
    return words[:1] == ["walk"] and (
        words[1:2] in (["him"], ["her"], ["them"], ["dog"])
        or (words[1:2] in (["the"], ["my"], ["me"], ["our"]) and words[2:3] == ["dog"])
    )


def _buries_a_head(words: list[str]) -> bool:
    """ "burying my head in the sand": not a burial."""
    return words[:1] == ["bury"] and "head" in words[1:]


_BETWEEN_CHILD_AND_AGE = _words("be have only just , he she")


def _is_a_childs_age(lemmas: list[str], index: int) -> bool:
    """ "my 8 year old", "our 3 yr old", "our 6 and 9 year old", "I've got a 5 year old", "my son's
    16", "my daughter is only 12", "my son, he's 15", "our Kayleigh, she's 14": an age under 18 after
    "my", "our" or "a", or after a son or daughter or one of ours by name, names a child."""
    word = lemmas[index]
    if not word.isdigit() or int(word) >= 18 or index == 0:
        return False
    if lemmas[index - 1] in ("my", "our", "a"):
        following = lemmas[index + 1 : index + 3]
        if following[:1] == ["and"] and following[1:] and following[1].isdigit():
            following = lemmas[index + 3 : index + 5]
        return following in (["year", "old"], ["yr", "old"])
    before = [w for w in lemmas[max(0, index - 6) : index] if w not in _BETWEEN_CHILD_AND_AGE]
    return bool(before) and (before[-1] in ("son", "daughter") or _one_of_ours(before[-2:]))


_BOYS_AND_GIRLS = _words("boy girl lad lass")
_HOW_MANY_UNDER = _words("one two three four 2 3 4")


def _children_with_ages(lemmas: list[str], index: int) -> bool:
    """ "two boys, 8 and 11", "our girls (9 and 12)": boys or girls given an age under 18 are children,
    and so are "two under 5", and boys or girls who keep asking ("the girls keep asking when I'll be
    better")."""
    word = lemmas[index]
    following = [w for w in lemmas[index + 1 : index + 3] if w != ","][:1]
    age = following[0] if following and following[0].isdigit() else ""
    if word in _BOYS_AND_GIRLS:
        asking = lemmas[index + 1 : index + 3] in (["keep", "ask"], ["ask", "if"], ["ask", "me"])
        return asking or (bool(age) and int(age) < 18)
    return (
        word == "under" and index > 0 and lemmas[index - 1] in _HOW_MANY_UNDER and bool(age) and int(age) < 18
    )


def _is_number(word: str) -> bool:
    return word.isdigit() or word in _NUMBER_WORDS


def _settled(lemmas: list[str]) -> set[int]:
    """Positions of what the person says is not a problem: after "not worried about", "no pain",
    "nae bother wi" up to the end of the clause, and before "is fine", "isn't the problem", "is under
    control" back to its start."""
    settled: set[int] = set()
    for index, lemma in enumerate(lemmas):
        if lemma in _NEGATIONS and _negates_a_problem(lemmas, index):
            end = index + 1
            while end < len(lemmas) and lemmas[end] not in _SCOPE_BREAKS:
                end += 1
            settled.update(range(index, _listed_after(lemmas, end)))
        if _fine_for(lemmas, index):  # "we're alright for money": settled to the end of its clause
            end = index + 1
            while end < len(lemmas) and lemmas[end] not in _SCOPE_BREAKS:
                end += 1
            settled.update(range(index, end))
        width = _settled_at(lemmas, index)
        if not width and (called := _fine_right_after(lemmas, index)) is not None:
            settled.update(range(called, index + 1))  # "sleeping fine, eating ok"
        if width:
            start = index
            which = lemmas[index - 2 : index - 1] == ["which"] and lemmas[index] in _PLAINLY_FINE
            reach = len(lemmas) if which else 5  # "I do the cooking and cleaning now, which is fine"
            while start > 0 and lemmas[start - 1] not in _SCOPE_BREAKS and index - start < reach:
                start -= 1
            if (
                which and start == index - 2 and lemmas[start - 1 : start] == [","]
            ):  # "the ironing, which is fine"
                start = _around(lemmas, start - 2, _SCOPE_BREAKS)[0] if start >= 2 else start
            if lemmas[index] in _PRAISE:
                praised = index - 1
                while praised > start and lemmas[praised] in _SETTLED_AFTER:
                    praised -= 1
                start = praised
            end = index + width
            if lemmas[end : end + 1] and lemmas[end] in _BECAUSE_NOW:
                while end < len(lemmas) and lemmas[end] not in _SCOPE_BREAKS:
                    end += 1
            settled.update(range(start, end))
            settled.update(_how_it_was_settled(lemmas, end))
            settled.update(_settled_before(lemmas, start, index, end))
        if _points_back(lemmas, index):
            start = index - 1
            while start > 0 and lemmas[start - 1] not in _SCOPE_BREAKS:
                start -= 1
            settled.update(range(start, index))
    return settled


_STILL_TO_DO = _words("to need must can could will should")
_FINE_FOR_AFTER = _words("be 're have am are")  # "we're alright for money", "I'm ok for food"


def _fine_for(lemmas: list[str], index: int) -> bool:
    return (
        lemmas[index] in _PLAINLY_FINE
        and lemmas[index + 1 : index + 2] == ["for"]
        and index > 0
        and lemmas[index - 1] in _FINE_FOR_AFTER
    )


# "sleeping fine, eating ok, it's the money": a concern called fine or ok straight after it, with no "is"
# between, is settled as "sleep is fine" is. What may follow: the end of the clause, or "now", "too".
_FINE_ENDS = _SCOPE_BREAKS | _words("and now too thanks mostly really")
_FINE_REACH = 3  # "my appetite ok": the words called fine, back to the start of their clause


def _fine_right_after(lemmas: list[str], index: int) -> int | None:
    """Where the words called "fine" or "ok" at ``index`` begin, when they come right before it ("sleeping
    fine", "my appetite ok"), or None ("not sleeping ok", "I'm ok" and "is fine" are read elsewhere)."""
    if index == 0 or lemmas[index] not in _PLAINLY_FINE:
        return None
    before = lemmas[index - 1]
    if not before.isalpha() or before in STOP_WORDS or before in _NEGATIONS or before in _SETTLED_AFTER:
        return None
    if lemmas[index + 1 : index + 2] and lemmas[index + 1] not in _FINE_ENDS:
        return None
    start = index - 1
    while start > 0 and index - start < _FINE_REACH and lemmas[start - 1] not in _SCOPE_BREAKS | {"and"}:
        start -= 1
    return None if _NEGATIONS & set(lemmas[start:index]) else start


_THAT = _words("that it this")
_SETTLED_REACH = 12  # how far back "..., but that's sorted now" reaches


def _settled_before(lemmas: list[str], start: int, index: int, end: int) -> range:
    """ "Had a bit of pain in my ribs but that's sorted now", "the bills were a worry, it's all sorted":
    "that" or "it" sorted, or fine now, after a comma or "but" takes back the clause before it. "It's
    better than it was" and "it's fine when I sit" do not."""
    sorted_now = lemmas[index] == "sort" or lemmas[end : end + 1] == ["now"]
    if not sorted_now or start < 2 or lemmas[start - 1] not in _THAT or lemmas[start - 2] not in (",", "but"):
        return range(0)
    back = start - 2
    first = back
    while first > 0 and lemmas[first - 1] not in (",", "but") and back - first < _SETTLED_REACH:
        first -= 1
    return range(first, back)


_LISTED_AFTER = _words("about with of over")
_LIST_JOINS = _words("and or")
_LIST_ITEM = 3  # words in one thing of a list ("money, the house, family")
_LIST_LENGTH = 5


def _listed_after(lemmas: list[str], end: int) -> int:
    """ "Not worried about: money, house, family. Worried about the side effects": a negation that ends
    on "about" with nothing after it before a colon takes back the short list that follows, thing by
    thing, up to the first longer clause."""
    if not (0 < end < len(lemmas) and lemmas[end - 1] in _LISTED_AFTER and lemmas[end] == ","):
        return end
    listed = end
    for _ in range(_LIST_LENGTH):
        start = listed + 1
        stop = start
        while stop < len(lemmas) and lemmas[stop] not in _SCOPE_BREAKS and lemmas[stop] not in _LIST_JOINS:
            stop += 1
        if not 0 < stop - start <= _LIST_ITEM:
            break
        listed = stop
        if listed >= len(lemmas) or lemmas[listed] not in _LIST_JOINS | {","}:
            break
    return listed


def _how_it_was_settled(lemmas: list[str], end: int) -> range:
    """ "Money's fine, the grant came through and sorted the boiler": the clause after a settled one
    that tells how it was settled ("came through", "sorted") is settled with it."""
    while end < len(lemmas) and lemmas[end] not in _SCOPE_BREAKS:
        end += 1
    if lemmas[end : end + 1] != [","]:
        return range(0)
    start = stop = end + 1
    while stop < len(lemmas) and lemmas[stop] not in _SCOPE_BREAKS:
        stop += 1
    clause = lemmas[start:stop]
    came_through = any(clause[i : i + 2] == ["come", "through"] for i in range(len(clause)))
    sorted_it = any(
        w == "sort" and clause[i + 1 : i + 2] != ["out"] and not _STILL_TO_DO & set(clause[max(0, i - 2) : i])
        for i, w in enumerate(clause)
    )
    return range(start, stop) if came_through or sorted_it else range(0)


def _points_back(lemmas: list[str], index: int) -> bool:
    """ "faith is strong, no worries there", "the money, no problem there at all": a clause that opens
    after a comma with a negated problem and "there" takes back the clause before it."""
    if lemmas[index] not in _NEGATIONS or index == 0 or lemmas[index - 1] != ",":
        return False
    clause = lemmas[index + 1 : index + 5]
    return bool(clause) and clause[0] in _PROBLEM_WORDS and bool(_BACK_THERE & set(clause[1:3]))


_WHO_I_WAS = _words("same man woman person")


def _negates_a_problem(lemmas: list[str], index: int) -> bool:
    """ "not worried", "no pain", "not the money", "don't need help with": the negation takes a problem
    back. "not sleeping", "no appetite", "can't eat" name the problem, and are left alone."""
    if index > 0 and lemmas[index - 1] in ("can", "could", "will", "would") and lemmas[index] == "not":
        return False
    following = index + 1
    if (
        lemmas[index : index + 2] == ["not", "the"]
        and lemmas[index + 2 : index + 3]
        and (lemmas[index + 2] in _WHO_I_WAS)
    ):
        return False  # "I'm not the same", "not the man I was": a change in someone, not a thing taken back
    if following < len(lemmas) and lemmas[following] in ("the", "about") and lemmas[index] == "not":
        return lemmas[index - 1 : index] != ["have"]  # "I haven't the breath for it": lacking it
    if _names_a_thing_alone(lemmas, index):
        return True
    if lemmas[index] == "no" and _no_worries_about_a_thing(lemmas, index):
        return True
    while following < len(lemmas) and lemmas[following] in _SKIPPED_AFTER_NEGATION:
        following += 1
    if lemmas[following : following + 2] == ["help", "need"]:  # "no help needed"
        return True
    return following < len(lemmas) and lemmas[following] in _PROBLEM_WORDS


_TROUBLES = _words("worry problem issue trouble bother")
_NOT_A_THING_NAMED = _words("one idea more longer end way clue real big other")
_LINKS = _words("for to about with of the a an my me from")  # "no sleeping for worrying": not a thing


def _no_worries_about_a_thing(lemmas: list[str], index: int) -> bool:
    """ "no money worries", "no housing problems": a thing named between "no" and the worry is settled
    ("no one to worry about", "no real worries" are not a thing named)."""
    for width in (1, 2):
        named = lemmas[index + 1 : index + 1 + width]
        after = lemmas[index + 1 + width : index + 2 + width]
        if (
            len(named) == width
            and after
            and after[0] in _TROUBLES
            and all(w.isalpha() and w not in _NOT_A_THING_NAMED and w not in _LINKS for w in named)
        ):
            return True
    return False


def _names_a_thing_alone(lemmas: list[str], index: int) -> bool:
    """ "Not pain, not money, it's sleep": a clause that is only "not" and a word or two naming a
    thing. "Not sleeping, not eating" name the problems, and are left alone."""
    if lemmas[index] != "not" or (index > 0 and lemmas[index - 1] not in _SCOPE_BREAKS):
        return False
    end = index + 1
    while end < len(lemmas) and lemmas[end] not in _SCOPE_BREAKS:
        end += 1
    words = lemmas[index + 1 : end]
    return 0 < len(words) <= 2 and end < len(lemmas) and not set(words) & _NOT_A_THING


def _settled_at(lemmas: list[str], index: int) -> int:
    """The width of a "fine", "under control" or "not the problem" starting here, or 0 ("not fine",
    "not going well" are not settled)."""
    if (
        index == 0
        or lemmas[index - 1] not in _SETTLED_AFTER
        or _NEGATIONS & set(lemmas[max(0, index - 2) : index])
    ):
        return 0
    if lemmas[index] in _SETTLED:
        # "she is sorted for money", "get it sorted out": provided for, or still to be done; "they'd be
        # better off without me": not a thing that is fine
        following = lemmas[index + 1 : index + 2]
        if following == ["off"] or (lemmas[index] == "sort" and following in (["for"], ["out"])):
            return 0
        if lemmas[index] in ("great", "good") and following == ["deal"]:
            return 0  # "I worry a great deal": how much, not that it is fine
        if lemmas[index] in ("better", "well") and lemmas[index - 2 : index - 1] in (["would"], ["'d"]):
            return 0  # "a bungalow would be better": a wish, not a thing that is fine
        return 1
    for phrase in _SETTLED_PHRASES:
        if tuple(lemmas[index : index + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _says_nothing_is_wrong(lemmas: list[str]) -> bool:
    """The message opens (after any "ok thanks", "hi") by saying there is no
    concern: "nothing really", "not much", "not really anything", "I'm fine", "coping ok", "all good".
    "not fine", "not coping ok" and "ok so, ..." do not count, and nor does a message that goes on to
    an exception ("I'm fine but ...", "nothing except ...")."""
    if any(lemma in _EXCEPTIONS and "obvious" not in lemmas[i + 1 : i + 4] for i, lemma in enumerate(lemmas)):
        return False  # "nothing apart from the obvious" is still nothing
    everything_said = set(lemmas) - {MASK, ","} - _ACKNOWLEDGEMENTS
    if "nothing" in everything_said and not everything_said - _NOTHING_TALK - {"know", "and"}:
        return True  # "erm. dunno. everything and nothing": nothing named at all
    said = next(
        (set(words) - {MASK} for _, words in _clauses(lemmas) if set(words) - {MASK} - _ACKNOWLEDGEMENTS),
        set(),
    )
    if not said or said - _NOTHING_TALK:
        return False
    if "nothing" in said or ("not" in said and said & _words("much anything sure")):
        return True
    return not _NEGATIONS & said and (
        "fine" in said or bool(said & _words("okay alright good well") and said & _NOTHING_SUBJECTS)
    )


_DYING = _words("die dye dying death dead")  # "dying" is read as "dye"


def _drop_worry_about_something_named(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], written: list[str]
) -> None:
    """ "money worries", "worried about the bills", "it's the kids I worry about": a generic worry word
    with another concern after it in its clause, or right before it, is about that concern, which is
    what is kept. "lying awake worrying" keeps both; fear words ("scared", "panic") and "worried sick"
    are a worry in their own right. ``places``: everywhere each item was seen; ``written``: the words
    as written (a noun, "worries", takes the word before it: "money worries", not "nights
    worrying"). "not sleeping for worrying about her" is a worry about a person, and stays, and so
    does "worried about dying": fear of death is a worry of its own beside the end of life ("worried
    about his burial" is about the plans, and goes)."""
    first = found.get(WORRY)
    if first is None:
        return
    at = next((i for i in range(first, min(first + 3, len(lemmas))) if lemmas[i] in GENERIC_WORRY), None)
    if at is None:
        return
    if at + 1 < len(lemmas) and lemmas[at + 1] == "sick":
        return
    if any(_worried_about_everything(lemmas, i) for i in range(first, len(lemmas))):
        return
    if _who_will_take_over(lemmas, at):
        return
    start, end = _around(lemmas, at, _CLAUSE_BREAKS)
    if any(
        _worry_naming_nothing(lemmas, seen, found, places)
        for seen in _seen_at(WORRY, found, places)
        if not start <= seen < end
    ):
        return  # "worried about the bills ... and I'm just freaked out by it all": a worry of its own too
    if _worry_is_a_thing(lemmas, at, end):
        end = _around(lemmas, end + 1, _CLAUSE_BREAKS)[1]  # "my only worry is the bathroom, I need a ..."
    elif _a_worry_heading(lemmas, at, end):
        end = _around(lemmas, end + 1, _CLAUSE_BREAKS)[1]  # "main worries: paying bills, ..."
    about_before = (
        at + 1 < len(lemmas)
        and lemmas[at + 1] in ("about", "over")
        and end - (at + 2) <= 1
        and not (at + 2 < end and lemmas[at + 2] in _OTHER_PERSON)
    )
    fear_of_dying = bool(_DYING & set(lemmas[start:end]))
    for item, seen in places.items():
        for position in (
            seen if item != WORRY and item in found and not (item == END_OF_LIFE and fear_of_dying) else ()
        ):
            noun_after = (
                position == at - 1 and written[at] in ("worry", "worries", "concerns", "stress")
            ) or _named_then_called_a_worry(lemmas, position, at, written)
            if _worry_points_back(lemmas, at, start, position):
                del found[WORRY]  # "the tablets can affect things in the bedroom, that worries me"
                return
            if start <= position < end and (position > at or noun_after or about_before):
                elsewhere = _a_worry_of_its_own(lemmas, found, places, start, end)
                if elsewhere is None:
                    del found[WORRY]
                else:
                    found[WORRY] = elsewhere
                return


def _worry_naming_nothing(
    lemmas: list[str], at: int, found: dict[str, int], places: dict[str, set[int]]
) -> bool:
    """The worry seen at ``at`` names no other concern in its clause ("freaked out by it all"), unlike
    "anxious about the mortgage", and points back to none ("and it worries me")."""
    start, end = _around(lemmas, at, _CLAUSE_BREAKS)
    if {"it", "that", "this"} & set(lemmas[max(start, at - 2) : at]):
        return False
    return not any(
        start <= seen < end for item in found if item != WORRY for seen in _seen_at(item, found, places)
    )


# "money is a big worry for him", "the job is my main worry": a concern named, then called a worry.
_WORRY_SIZE = _words(
    "a the big biggest huge massive real main major constant my our his her their another also"
)
_NAME_REACH = 3  # the concern's words take at most this many words before "is"


def _named_then_called_a_worry(lemmas: list[str], position: int, at: int, written: list[str]) -> bool:
    """ "money is a big worry for him": the concern seen at ``position`` is said to be the worry (a
    noun) at ``at``, with only "is" and words of size or whose between."""
    if position >= at or written[at] not in ("worry", "worries", "concern", "concerns", "stress"):
        return False
    reach = range(position + 1, min(position + 1 + _NAME_REACH, at))
    verb = next((k for k in reach if lemmas[k] == "be"), None)
    return verb is not None and all(word in _WORRY_SIZE for word in lemmas[verb + 1 : at])


# "I'm scared they'll sack me", "terrified they will fire me": the fear is of losing the job, which is
# the work concern it names, not a worry beside it.
_FEAR_WORDS = frozenset(_FEARS) | _words("scared frightened terrified petrified worried")
_SACKING = _words("sack fire")
_SACK_REACH = 4  # "scared they'll sack me": the sacking comes this many words after the fear


def _drop_fear_of_the_sack(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """A fear whose only object is being sacked ("they'll sack me") is the work concern alone. "scared
    of losing my job" is left as it is: people say that with a worry of their own."""
    if WORK not in found or WORRY not in found:
        return

    def feared_sacking(at: int) -> bool:
        if lemmas[at] not in _FEAR_WORDS:
            return False
        after = lemmas[at + 1 : at + 1 + _SACK_REACH]
        return bool(_SACKING & set(after)) and "me" in after

    if _only_where(WORRY, found, places, feared_sacking):
        del found[WORRY]


# "worrying about who will look after him", "worried who'd have the kids": who will take on the ones the
# writer or the person looks after is a fear of its own, beside the caring it names.
_WORRY_LINKS = _words("that about over")
_TO_COME = _words("will would might may could go gonna")
_OUTCOME_REACH = 3  # the word of what may happen comes at most this many words after "who"


def _who_will_take_over(lemmas: list[str], at: int) -> bool:
    """The worry word at ``at`` is followed by a question still open about who will take over ("worried
    about who will look after him"), not by a thing ("worried about looking after him")."""
    k = at + 1
    if lemmas[k : k + 1] and lemmas[k] in _WORRY_LINKS:
        k += 1
    return lemmas[k : k + 1] == ["who"] and bool(_TO_COME & set(lemmas[k + 1 : k + 1 + _OUTCOME_REACH]))


def _worry_points_back(lemmas: list[str], at: int, start: int, position: int) -> bool:
    """ "..., that worries me", "... which is a worry", "..., it bothers me": a worry that opens its
    clause by pointing at what was just said, with nothing else in it, is a worry about that, not a worry
    of its own, when the clause just before named the concern (at ``position``)."""
    if start == 0 or lemmas[start - 1] not in _POINTING_BREAKS or at - start > 2:
        return False
    if not (_BACK_POINTERS & set(lemmas[start:at])) or lemmas[start] not in _BACK_POINTERS:
        return False
    _, end = _around(lemmas, at, _CLAUSE_BREAKS)
    if end - at > 2:
        return False
    before, _ = _around(lemmas, start - 2, _CLAUSE_BREAKS) if start >= 2 else (0, 0)
    return before <= position < start - 1


_POINTING_BREAKS = _words(", and")


def _a_worry_of_its_own(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], start: int, end: int
) -> int | None:
    """ "worried she can't have kids. And she's anxious all the time": a worry about something named
    goes, but a worry said again in a clause of its own, naming nothing else, is a worry in its own right
    (not "that worries me" or "it's a worry", which point back at what was just said)."""
    for position in sorted(places.get(WORRY, ())):
        if start <= position < end or lemmas[position] not in _PLAIN_WORRY:
            continue
        first, last = _around(lemmas, position, _CLAUSE_BREAKS)
        if _BACK_POINTERS & set(lemmas[max(first, position - 3) : position]):
            continue
        others = [where for item, where in places.items() if item != WORRY and item in found]
        named = any(first <= seen < last for where in others for seen in where)
        if not named:
            return position
    return None


_PLAIN_WORRY = _words("anxious anxiety worried scared scare frightened frighten terrified terrify panic")
_BACK_POINTERS = _words("that it this which")


_WHOLE = _words("everything all")


def _worry_is_a_thing(lemmas: list[str], at: int, end: int) -> bool:
    """ "my only worry is the bathroom, I need a walk in shower", "the real worry is money, ...": a worry
    that is a thing, with a comma after it, is told in the clause that follows too. Not when the thing is
    a person ("what I worry about is my husband, he won't eat": a worry about him)."""
    copula = next((i for i in (at + 1, at + 2) if lemmas[i : i + 1] == ["be"]), None)
    if copula is None or (copula == at + 2 and lemmas[at + 1] != "about") or lemmas[end : end + 1] != [","]:
        return False
    subject = [w for w in lemmas[copula + 1 : end] if w not in ("my", "our", "the")]
    return not (subject[:1] and subject[0] in _OTHER_PERSON | _CHILD)


_HEADED = _words("main big biggest top my our")


def _a_worry_heading(lemmas: list[str], at: int, end: int) -> bool:
    """ "Main worries: paying bills, getting there": a worry word that heads a list is what the list
    names, told in the clause after it."""
    return (
        end == at + 1
        and lemmas[end : end + 1] == [","]
        and lemmas[at - 1 : at] != []
        and (lemmas[at - 1] in _HEADED)
    )


def _worried_about_everything(lemmas: list[str], at: int) -> bool:
    """ "worried about money. worried about everything": a worry about everything is a worry of its own,
    whatever else was named beside it."""
    return (
        lemmas[at] in GENERIC_WORRY | _words("scared frightened anxious")
        and lemmas[at + 1 : at + 2] in (["about"], ["of"], ["over"])
        and bool(_WHOLE & set(lemmas[at + 2 : at + 3]))
    )


# "this bag is doing me head in", "the waiting for results, it's driving me mad": exasperation at a
# concern named as what does it is that concern, not anger of its own ("he's doing my head in" is).
_EXASPERATION = (("do", "me", "head", "in"), ("do", "my", "head", "in"), ("drive", "me"))
_IDIOM_LENGTH = 5  # "driving me up the wall", "doing my head in"
_EXASPERATING_PEOPLE = (
    _OTHER_PERSON
    | _SPOUSES
    | _CHILD
    | _words("people everyone everybody someone nobody staff family kids friend friends neighbour neighbours")
)


def _drop_a_concern_doing_my_head_in(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], evidence: dict[str, set[str]]
) -> None:
    """Anger seen only in "... is doing my head in" or "... is driving me mad", where what does it names
    another concern found (its words are that concern's evidence) and no person: the concern is the
    worry, and the idiom says how much it weighs."""

    def exasperated_by_a_concern(at: int) -> bool:
        opening = next(  # the idiom's first word: "mad" in "driving me mad" is seen at "mad"
            (
                i
                for i in range(max(0, at - _IDIOM_LENGTH + 1), at + 1)
                for idiom in _EXASPERATION
                if tuple(lemmas[i : i + len(idiom)]) == idiom
            ),
            None,
        )
        if opening is None:
            return False
        at = opening
        start, _ = _around(lemmas, at, _CLAUSE_BREAKS)
        subject = set(lemmas[start:at]) - _FILLERS - _words("be it this that keep")
        if not subject and start >= 2:  # "waiting for the scan results, driving me mad"
            subject = set(lemmas[_around(lemmas, start - 2, _CLAUSE_BREAKS)[0] : start - 1])
        if subject & _EXASPERATING_PEOPLE:
            return False
        return any(
            subject & evidence.get(item, set()) for item in found if item not in (ANGER, RELATIONSHIPS)
        )

    if _only_where(ANGER, found, places, exasperated_by_a_concern):
        del found[ANGER]


_TELLING = _words("tell explain break")


def _drop_a_childs_question_about_dying(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "my little boy keeps asking if I'm going to die", "how do we tell the kids their dad is dying":
    a child's question about death, or telling the children of one, is a concern about the children
    (what to tell them), not the writer planning the end of life."""
    if END_OF_LIFE not in found or CHILDREN not in found:
        return
    for at in _seen_at(END_OF_LIFE, found, places):
        start, _ = _around(lemmas, at, _SENTENCE_BREAKS)
        children = _seen_at(CHILDREN, found, places)
        asked = next((i for i in range(start, at) if lemmas[i] == "ask"), None)
        told = next((i for i in range(start, at) if lemmas[i] in _TELLING), None)
        if not (
            (asked is not None and any(start <= child < asked for child in children))
            or (told is not None and lemmas[at] in _DYING and any(told < child < at for child in children))
        ):
            return
    del found[END_OF_LIFE]


def _fed_up_is_low(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str]
) -> None:
    """ "knackered and fed up", "tired, sore, fed up": fed up aimed at nothing is low mood; "fed up of
    waiting", "fed up with the hospital" is frustration at something, and stays anger."""
    if ANGER not in found or SADNESS not in allowed:
        return
    seen = _seen_at(ANGER, found, places)
    if not all(lemmas[at : at + 2] == ["feed", "up"] for at in seen):
        return
    fed_up = [at for at in range(len(lemmas)) if lemmas[at : at + 2] == ["feed", "up"]]
    if any(set(lemmas[at + 2 : at + 4]) & _AIMED for at in fed_up):  # "fed up. fed up of the hospital"
        return
    found.setdefault(SADNESS, found.pop(ANGER))


_BODILY = _words("skin_or_appearance bladder_or_bowels")


def _drop_hating_a_thing_of_the_body(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "the stoma. I hate it", "my wig, I hate it": hating a thing of the body named just before is that
    concern, not anger ("I can't even open a jar. I hate it" stays anger)."""
    bodily = {at for item in found if item in _BODILY for at in _seen_at(item, found, places)}

    def hating_it(at: int) -> bool:
        if lemmas[at : at + 3] != ["i", "hate", "it"]:
            return False
        start = _around(lemmas, at, _SENTENCE_BREAKS)[0]
        before = _around(lemmas, start - 2, _SENTENCE_BREAKS)[0] if start > 1 else start
        return any(before <= seen < at for seen in bodily)

    if _only_where(ANGER, found, places, hating_it):
        del found[ANGER]


_NUMB_PARTS = _LIMBS | _words("hand hands finger fingers toe toes lip lips")
_NUMB_REACH = 4  # "my feet. numb and tingling": the part is named at most this many words from "numb"


def _drop_numb_limbs(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "my feet are numb", "numb fingers from the chemo": a numb part of the body is a feeling lost in
    it, not numb with the shock of the news."""

    def numb_part(at: int) -> bool:
        near = lemmas[max(0, at - _NUMB_REACH) : at + _NUMB_REACH]
        return lemmas[at] == "numb" and bool(_NUMB_PARTS & set(near))

    if _only_where(COPING, found, places, numb_part):
        del found[COPING]


def _worry_about_a_partner(lemmas: list[str], found: dict[str, int], allowed: set[str]) -> None:
    """ "worried about my wife, she's not coping", "worried about my partner and the kids": the person
    with cancer worrying about their husband or wife is a concern for the two of them
    (relationships), not a worry with no object. A carer's worry about the person they look after is
    their worry, and stays."""
    at = found.get(WORRY)
    if at is None or RELATIONSHIPS not in allowed:
        return
    worry = next((i for i in range(at, min(at + 3, len(lemmas))) if lemmas[i] in GENERIC_WORRY), None)
    if worry is None:
        return
    about = [w for w in lemmas[worry + 1 : worry + 5] if w not in ("my", "our", "be")]
    if about[:1] in (["about"], ["for"]) and about[1:2] and about[1] in _SPOUSES:
        found.setdefault(RELATIONSHIPS, found.pop(WORRY))


# "the wife is in bits", "my husband isn't coping", "he's drinking more since": a husband or wife not
# managing, told by the person with cancer.
_PARTNER_STRUGGLES = [
    ["in", "bit"],
    ["not", "cope"],
    ["not", "coping"],
    ["drink"],
    ["struggle"],
    ["struggling"],
]
_PARTNER_REACH = 4


def _a_partner_struggling(lemmas: list[str], found: dict[str, int], allowed: set[str]) -> None:
    """ "the wife is in bits", "my husband isn't coping though": the person with cancer telling of their
    husband or wife not managing is a concern for the two of them (relationships)."""
    if RELATIONSHIPS not in allowed or RELATIONSHIPS in found:
        return
    for at, lemma in enumerate(lemmas):
        if lemma not in _SPOUSES:
            continue
        _, end = _around(lemmas, at, _CLAUSE_BREAKS)
        reach = _PARTNER_REACH
        if lemmas[end : end + 2] in ([",", "he"], [",", "she"]):  # "it's my husband, he's not coping"
            _, end = _around(lemmas, end + 1, _CLAUSE_BREAKS)
            reach += 2
        if lemmas[at + 1 : at + 2] and lemmas[at + 1] in _REPORTING:  # "my wife says she can't cope"
            reach += 3
        after = lemmas[at + 1 : min(end, at + 1 + reach)]
        if any(
            after[i : i + len(struggle)] == struggle
            for struggle in _PARTNER_STRUGGLES
            for i in range(len(after))
        ):
            found[RELATIONSHIPS] = at
            return


_PARTNER_SAYING = _words("say tell reckon think keep always")
_SAID_OF_ME_SKIPPED = _PARTNER_SAYING | _words("that me just really so totally completely quite such")
# "the missus says I'm not the same", "my husband reckons I've changed", "she tells me I'm a different
# person": how the writer has changed, as their husband or wife sees it. "She says I'm not myself" is
# low mood seen by someone close, and is read as that.
_CHANGED = (
    ("be", "not", "the", "same"),
    ("be", "different"),
    ("be", "a", "different"),
    ("be", "like", "a", "different"),
    ("be", "a", "change"),
    ("have", "become", "a", "different"),
    ("be", "not", "the", "man"),
    ("be", "not", "the", "woman"),
    ("be", "not", "the", "person"),
)
_CHANGED_WHAT = _words("my the a an his her our their it that this mind")  # "changed my diet"
_PARTNERS = _SPOUSES | _words("half girlfriend boyfriend gf bf fiance fiancee")  # "the other half"


def _a_partner_says_i_have_changed(lemmas: list[str], found: dict[str, int], allowed: set[str]) -> None:
    """ "the missus says I'm not the same", "my husband reckons I've changed": the person with cancer
    telling that their husband or wife finds them changed is a concern for the two of them
    (relationships)."""
    if RELATIONSHIPS not in allowed or RELATIONSHIPS in found:
        return
    for at, lemma in enumerate(lemmas[:-1]):
        if lemma not in _PARTNERS or lemmas[at + 1] not in _PARTNER_SAYING:
            continue
        after = [w for w in lemmas[at + 2 : at + 10] if w not in _SAID_OF_ME_SKIPPED]
        if after[:1] != ["i"]:
            continue
        said = tuple(after[1:])
        # "I've changed", not "I've changed my diet"
        changed = said[:2] == ("have", "change") and not set(said[2:3]) & _CHANGED_WHAT
        if changed or any(said[: len(change)] == change for change in _CHANGED):
            found[RELATIONSHIPS] = at
            return


def _only_everything(lemmas: list[str]) -> bool:
    """ "everything", "everything really", "all of it": asked what is worrying them, the answer that it
    is everything is a worry about everything."""
    said = [w for w in lemmas if w not in _ACKNOWLEDGEMENTS and w not in (",", "really", "just", "honestly")]
    return said in (["everything"], ["all", "of", "it"], ["the", "lot"])


def _drop_driving_for_a_living(
    lemmas: list[str], found: dict[str, int], spans: dict[str, list[tuple[int, int]]]
) -> None:
    """ "I'm a taxi driver and can't drive on these tablets", "a lorry driver, they took my licence":
    when driving is the person's work, not driving is about the work, not getting to appointments."""
    if TRANSPORT in found and any(_DRIVING & set(lemmas[start:end]) for start, end in spans.get(WORK, ())):
        del found[TRANSPORT]
    elif TRANSPORT in found and WORK in found and _a_driver_by_trade(lemmas):
        del found[TRANSPORT]  # "i am driver uber, now i cannot drive" (R41026): the work, not the journey


_DRIVER_REACH = 3  # "I'm an uber driver": "driver" this many words after "I'm"


def _a_driver_by_trade(lemmas: list[str]) -> bool:
    """ "I'm an Uber driver", "i am driver uber": the writer drives for a living ("the bus driver" they
    met is not)."""
    return any(
        lemma == "driver" and ["i", "be"] in (lemmas[at - n - 2 : at - n] for n in range(_DRIVER_REACH))
        for at, lemma in enumerate(lemmas)
    )


# "can't drive the cab no more", "not allowed to drive my lorry": a cab, taxi or lorry the writer drives
# is their living.
_TRADE_VEHICLES = _words("cab cabs taxi taxis lorry lorries truck trucks hgv forklift forklifts")
_WHOSE_VEHICLE = _words("the my me a his her our")


def _driving_a_cab_is_work(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str]
) -> None:
    """ "cant drive the cab no more", "I can't drive my taxi on these tablets": not driving a cab or a
    lorry is not getting to appointments, it is work (a car, or a taxi taken, is still transport); so is
    "the taxi work", "his lorry job"."""

    def trade(at: int) -> bool:
        start, end = _around(lemmas, at, _CLAUSE_BREAKS)
        for i in range(start, end):
            if lemmas[i] in _TRADE_VEHICLES and lemmas[i + 1 : i + 2] in (["work"], ["job"]):
                return True
            if lemmas[i] in _DRIVING or _doing_the_cab(lemmas, i, end):
                after = lemmas[i + 1 : min(end, i + 3)]
                if after[:1] and (
                    after[0] in _TRADE_VEHICLES
                    or (after[0] in _WHOSE_VEHICLE and after[1:] and after[1] in _TRADE_VEHICLES)
                ):
                    return True
        return False

    if _only_where(TRANSPORT, found, places, trade):
        _read_as(WORK, TRANSPORT, found, allowed, places)


_JOURNEY = _words("to there home back in")  # "do the taxi to hospital" is a journey, not the job


def _doing_the_cab(lemmas: list[str], at: int, end: int) -> bool:
    """ "i cant do the cab no more": "do the cab" (or "my taxi", "the lorry") is driving it for a living,
    unless a journey follows ("do the taxi to the hospital")."""
    words = lemmas[at:end]
    return (
        words[:1] == ["do"]
        and words[1:2] != []
        and words[1] in _WHOSE_VEHICLE - {"a"}
        and words[2:3] != []
        and words[2] in _TRADE_VEHICLES
        and not (words[3:4] and words[3] in _JOURNEY)
    )


_FARES = _words("fare fares")


def _fares_done_are_work(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str]
) -> None:
    """ "how am I meant to do fares?", "can't do any fares on these tablets": fares a driver does are the
    driver's work (a cabbie's takings), not the cost of getting to hospital ("the bus fare adds up")."""

    def done(at: int) -> bool:
        return lemmas[at] in _FARES and "do" in lemmas[max(0, at - 3) : at]

    if _only_where(TRANSPORT, found, places, done):
        _read_as(WORK, TRANSPORT, found, allowed, places)


def _drop_a_lift_in_a_building(
    lemmas: list[str], found: dict[str, int], spans: dict[str, list[tuple[int, int]]]
) -> None:
    """ "up 3 flights and no lift", "9th floor, the lift is broken": a lift in a block of flats is about
    the home and the stairs, not a lift to the hospital."""
    if TRANSPORT not in found:
        return
    for start, end in spans.get(TRANSPORT, [(found[TRANSPORT], found[TRANSPORT] + 1)]):
        if "lift" not in lemmas[start:end]:
            return
        sentence_start, sentence_end = _around(lemmas, start, _SENTENCE_BREAKS)
        if not _BUILDING & set(lemmas[sentence_start:sentence_end]):
            return
    del found[TRANSPORT]


def _drop_a_bedroom_that_is_a_room(
    lemmas: list[str],
    found: dict[str, int],
    places: dict[str, set[int]],
    spans: dict[str, list[tuple[int, int]]],
) -> None:
    """ "can't get up to the bedroom, need a bed downstairs", "a small flat, 2 bedroom": a bedroom in a
    sentence about the home or its stairs, or counted ("four of us in a 2 bedroom"), is a room. "things in
    the bedroom have stopped" is intimacy, and so is anything a phrase names outright."""
    if SEX not in found or SEX in spans:
        return
    for at in _seen_at(SEX, found, places):
        start, end = _around(lemmas, at, _SENTENCE_BREAKS)
        counted = at > 0 and _is_number(lemmas[at - 1])  # "5 of us in a 2 bedroom"
        if lemmas[at] != "bedroom" or not (counted or _ROOMS & set(lemmas[start:end])):
            return
    del found[SEX]


# "might not be able to have kids", "I'll never have children", "we can't start a family": children
# that may never come are fertility, not a concern about children the writer has.
_UNBORN = _words("kid child baby family bairn wean")
_HAVING = _words("have start")
_MAY_NOT = _words("not never no unable able stop prevent affect mess ruin damage wreck harm impact")
_MAY_NOT_REACH = 4  # "can't ever really have kids": the doubt comes this many words before "have"


_LATER = _words("late later future someday eventually")  # "later" is read as "late"
_WISHING = _words("want plan hope try")  # "we were planning to have kids"
# "havin kids one day", "having a family in the future": a time to come, said in more than one word.
_ONE_DAY = (["one", "day"], ["some", "day"], ["in", "the", "future"], ["in", "future"])
_PER = _words("a per each every")  # "one day a week": how often, not a time to come


def _at_a_time_to_come(lemmas: list[str], at: int) -> bool:
    """The words after ``at`` (the children) put them in a time to come: "later", "one day", "in the
    future"."""
    after = lemmas[at + 1 : at + 4]
    if after[:2] == ["one", "day"] and after[2:3] and after[2] in _PER:
        return False  # "I have the kids one day a week": a day they are with the writer
    return bool(_LATER & set(after[:2])) or any(after[: len(words)] == list(words) for words in _ONE_DAY)


def _children_that_may_not_come(lemmas: list[str], at: int) -> bool:
    """ "can't ever really have kids", "we want children", "messes up having kids later", "we were
    planning to have kids": children the writer may or may not go on to have."""
    if (
        lemmas[at] in _UNBORN
        and lemmas[at - 1 : at]
        and (
            lemmas[at - 1] == "want"
            or (lemmas[at - 1] in _HAVING and _at_a_time_to_come(lemmas, at))
            or (
                at >= 3
                and lemmas[at - 3] in _WISHING
                and lemmas[at - 2 : at] in (["to", "have"], ["to", "start"])
            )
        )
    ):
        return True
    window = lemmas[max(0, at - 2) : at + 3]
    for offset, word in enumerate(window):
        index = max(0, at - 2) + offset
        if word in _UNBORN and lemmas[index - 1 : index] and lemmas[index - 1] in _HAVING:
            doubt = lemmas[max(0, index - 1 - _MAY_NOT_REACH) : index - 1]
            return bool(_MAY_NOT & set(doubt))
    return False


def _drop_children_that_may_not_come(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str]
) -> None:
    """ "they said I probably can't have kids now": fertility, not the children; it is sex_intimacy
    (the checklist's fertility item) when that is offered."""
    if CHILDREN not in found:
        return
    if _only_where(CHILDREN, found, places, lambda at: _children_that_may_not_come(lemmas, at)):
        _read_as(SEX, CHILDREN, found, allowed)


_PARENTS = _words("dad daddy father mum mam mom mummy mother parent")
_BECOMING = _words("be become")
_IN_DOUBT = _words("can could able ever never whether if chance hope")
_DOUBT_REACH = 4  # "if I'll ever be able to be a mum": the doubt comes this many words before "be"
_PARENT_OF = _words("to for of like")  # "be a mum to them", "a dad of three": the children there are


def _parenthood_in_doubt(lemmas: list[str]) -> int | None:
    """ "will I ever be a dad now", "not sure I can become a mother after this": whether the writer may
    still become a parent is fertility, and where it is said. "I'm a dad of three", "I can't be a mum to
    them just now" are a parent already, and are not."""
    if (more := _more_children_in_doubt(lemmas)) is not None:
        return more
    for index, word in enumerate(lemmas):
        if word not in _PARENTS or (lemmas[index + 1 : index + 2] and lemmas[index + 1] in _PARENT_OF):
            continue
        becoming = index - 2 if lemmas[index - 1 : index] in (["a"], ["an"]) else index - 1
        if becoming < 1 or lemmas[becoming] not in _BECOMING:
            continue
        if _IN_DOUBT & set(lemmas[max(0, becoming - _DOUBT_REACH) : becoming]):
            return becoming
    return None


def _more_children_in_doubt(lemmas: list[str]) -> int | None:
    """ "kids. might not be able to have more", "two boys and I can't have any more now": with children
    named, "have more" ending its clause is more children, in doubt (fertility). "can't have more than
    a slice" goes on to what it is and is not. ("more" is read as "much".)"""
    if not _UNBORN & set(lemmas) and not _CHILD & set(lemmas):
        return None
    for index in range(1, len(lemmas)):
        if lemmas[index] != "much" or lemmas[index - 1] not in ("have", "any"):
            continue
        if lemmas[index + 1 : index + 2] and lemmas[index + 1] not in _CLAUSE_BREAKS:
            continue
        having = index - 1 if lemmas[index - 1] == "have" else index - 2
        if having < 0 or lemmas[having] != "have":
            continue
        if _MAY_NOT & set(lemmas[max(0, having - _MAY_NOT_REACH) : having]):
            return having
    return None


def _parenthood_is_fertility(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str]
) -> None:
    """Whether the writer can still become a parent is sex_intimacy (the checklist's fertility), found
    before worry is read, so that "worried if I can be a father after this" is that worry."""
    if SEX in allowed and (at := _parenthood_in_doubt(lemmas)) is not None:
        found.setdefault(SEX, at)
        places.setdefault(SEX, set()).add(at)


def _drop_telling_the_children(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "how do I explain it to my little boy", "the kids are too young to understand": what to tell
    the children is a concern about the children, not the writer's own need for information."""
    if INFO not in found or CHILDREN not in found:
        return
    for at in _seen_at(INFO, found, places):
        start, end = _around(lemmas, at, _PUNCTUATED_BREAKS)
        if not any(start <= child < end for child in _seen_at(CHILDREN, found, places)):
            return
    del found[INFO]


def _drop_fear_of_what_it_means(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "I'm frightened of what that means", "scared about what happens next": what is feared is the
    worry; it is not asking to be told."""
    if INFO not in found or WORRY not in found:
        return
    if _only_where(INFO, found, places, lambda at: _feared_before(lemmas, at)):
        del found[INFO]


# "I'm scared of the bath", "frightened of what the priest would say": a fear of a thing that is a concern
# of its own (a bath, the faith, a journey) is that concern, not a worry besides. Fear of pain, of
# falling, of being alone stays a fear.
_FEARED_THINGS = _words("washing_and_dressing faith_or_spiritual transport_or_parking housework_and_shopping")
_FRIGHTS = [[fear, about] for fear in _FEARS if fear != "worry" for about in ("of", "about")]
_FEARED_REACH = 4  # "scared of what my minister would say": the thing feared is this many words on


def _drop_fear_of_a_thing_named(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """Worry seen only at "scared of" a thing found as one of ``_FEARED_THINGS``."""
    things = {at for item in found if item in _FEARED_THINGS for at in _seen_at(item, found, places)}

    def fear_of_a_thing(at: int) -> bool:
        return lemmas[at : at + 2] in _FRIGHTS and any(
            at + 2 <= seen < at + 2 + _FEARED_REACH for seen in things
        )

    if _only_where(WORRY, found, places, fear_of_a_thing):
        del found[WORRY]


def _feared_before(lemmas: list[str], position: int) -> bool:
    """ "scared of" or "frightened about" comes earlier in the clause."""
    start, _ = _around(lemmas, position, _CLAUSE_BREAKS)
    return any(lemmas[at : at + 2] in _FEARED for at in range(start, position))


def _drop_circumstances(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]] | None = None
) -> None:
    """An item named just after "when", "while", "after", "just" ... in a clause that has already named
    another item says when that one comes ("leaking when I cough" is not a breathing concern; "looking
    after" is caring, not a circumstance). A clause opening "especially when" belongs to the one before.
    ``places``: everywhere each item was seen, so "the scar. I can't look in the mirror after a shower"
    finds the appearance named again in the clause, not only where it was first named."""
    places = places or {}
    for item, position in sorted(found.items(), key=lambda kv: -kv[1]):
        start, end = _around(lemmas, position, _CLAUSE_BREAKS)
        if item != BEREAVEMENT and any(not start <= at < end for at in places.get(item, ())):
            # "they pay nothing when I am sick, food I cannot eat much": named again in a clause of its
            # own. Not a death: "after I die, the will, the funeral" is their own end of life.
            continue
        if start > 1 and lemmas[start] in _ADDING_A_TIME:
            start, _ = _around(lemmas, start - 2, _CLAUSE_BREAKS)
        marker = next(
            (
                i
                for i in range(position - 1, max(start, position - _CIRCUMSTANCE_REACH) - 1, -1)
                if lemmas[i] in _CIRCUMSTANCE
                and not (lemmas[i] == "after" and lemmas[i - 1 : i] == ["look"])
                and not (lemmas[i] == "even" and lemmas[i - 1 : i] == ["not"])  # "can't even shower"
            ),
            None,
        )
        if marker is not None and item in _STATES and "be" in lemmas[marker + 1 : position]:
            continue  # "hard to keep up with work when I'm exhausted": the state is a concern of its own
        if item == EATING and PAIN in found:
            continue  # "my stomach hurts after I eat": eating that hurts is trouble eating, too
        elsewhere = [at for other in found if other != item for at in places.get(other, {found[other]})]
        if marker is not None and any(start <= at < marker for at in elsewhere):
            del found[item]


def _drop_the_climb_that_brings_breathlessness(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "short of breath, even on the stairs", "puffed walking up the hill": a climb named just after
    the breathlessness says when it comes, so it is not a walking concern of its own. "no puff and
    can't manage the stairs", "can't get up the stairs without a breather" name the walking itself,
    and keep it."""
    if BREATHING not in found or WALKING not in found:
        return
    breaths = _seen_at(BREATHING, found, places)
    for walk in _seen_at(WALKING, found, places):
        start, _ = _around(lemmas, walk, _SENTENCE_BREAKS)
        if not any(
            start <= breath < walk <= breath + _CLIMB_REACH
            and not _NOT_A_CIRCUMSTANCE & set(lemmas[breath + 1 : walk])
            and _CLIMBS & set(lemmas[breath + 1 : walk + 3])
            for breath in breaths
        ):
            return
    del found[WALKING]


_OUT_OF_BREATH = _words("breath breathless puff puffed wheeze wheezy winded gasp")
_TOILETS = _words("toilet loo bathroom lav lavvy netty")


def _drop_the_toilet_that_brings_breathlessness(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "puffed oot jist gaun tae the toilet", "breathless just getting from the chair to the loo": the
    walk to the toilet is when the breathlessness comes, not a bladder or bowel concern."""

    def where_the_breath_goes(at: int) -> bool:
        start, end = _around(lemmas, at, _SENTENCE_BREAKS)
        toilet = next((i for i in range(at, min(end, at + 5)) if lemmas[i] in _TOILETS), None)
        return (
            toilet is not None
            and lemmas[toilet - 2 : toilet - 1] in (["to"], ["tae"])
            and bool(_OUT_OF_BREATH & set(lemmas[start:at]))
        )

    if _only_where(BOWELS, found, places, where_the_breath_goes):
        del found[BOWELS]


def _a_funeral_to_come(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str]
) -> None:
    """ "he wants to sort out the money for his funeral", "what she wants for her funeral": a funeral
    planned or paid for ahead is a wish for the end of life, not grief. "since her funeral", "the
    funeral was hard" stay grief, and so does any other word for a death in the message."""
    if BEREAVEMENT not in found:
        return
    for at in _seen_at(BEREAVEMENT, found, places):
        if _a_wish_where_to_die(lemmas, at):
            continue
        funeral = next((i for i in range(at, min(at + 2, len(lemmas))) if lemmas[i] in _FUNERAL_WORDS), None)
        if funeral is None:
            return
        start, _ = _around(lemmas, funeral, _CLAUSE_BREAKS - {"and"})
        listed = lemmas[start - 1 : start] == [","]  # "sort his will, his funeral": one list of plans
        before = lemmas[max(0, start - _FUNERAL_LIST if listed else start) : funeral]
        planned = (
            _FUNERAL_PLANS & set(before)
            or _FUNERAL_PLANS & set(lemmas[funeral + 1 : funeral + 3])  # "wants his funeral sorted"
            or any(before[k : k + 2] in (["the", "will"], ["my", "will"]) for k in range(len(before)))
        )
        if not planned and _my_death_to_come(lemmas) is None:
            return
    _read_as(END_OF_LIFE, BEREAVEMENT, found, allowed)


def _a_wish_where_to_die(lemmas: list[str], at: int) -> bool:
    """ "he wants to die in his own house", "she wishes to die at home": where to die, a wish for the end
    of life, not a death."""
    return (
        lemmas[at] == "die"
        and lemmas[max(0, at - 2) : at] in (["want", "to"], ["wish", "to"])
        and lemmas[at + 1 : at + 2] in (["in"], ["at"])
    )


# "can't keep a thing in my head", "nothing stays in me head", "cannae hold owt in my heid": memory.
_HOLDING = _words("keep hold stay stick retain")
_NOTHING_HELD = _NEGATIONS | _words("anything thing")
_HEADS = _words("head heid brain")


def _nothing_kept_in_my_head(lemmas: list[str]) -> int | None:
    """Where the writer says nothing is kept or stays in their head."""
    for at in range(len(lemmas) - 2):
        if lemmas[at] != "in" or lemmas[at + 1] not in _MY or lemmas[at + 2] not in _HEADS:
            continue
        start, _ = _around(lemmas, at, _CLAUSE_BREAKS)
        before = set(lemmas[start:at])
        if _HOLDING & before and _NOTHING_HELD & before:
            return start
    return None


# "the petrol is killing us", "the price of diesel": fuel for the car is a journey and what it costs.
_FUEL = _words("petrol diesel")

# "when I'm gone", "after I die", "once I pass": the writer's own death to come.
_TIMES_TO_COME = _words("when after once before")
_BE_HAVE = _words("be have")
_MY_GOING = _words("go die dye pass")


def _my_death_to_come(lemmas: list[str]) -> int | None:
    """Where the writer speaks of their own death to come ("sorted for when I'm gone"); "when I go to
    the hospital" is a journey."""
    for at in range(len(lemmas) - 2):
        if lemmas[at] not in _TIMES_TO_COME or lemmas[at + 1] != "i":
            continue
        going = next((k for k in range(at + 2, min(len(lemmas), at + 4)) if lemmas[k] not in _BE_HAVE), None)
        if going is None or lemmas[going] not in _MY_GOING:
            continue
        after = lemmas[going + 1 : going + 2]
        if lemmas[going] != "go" or not after or after[0] in _CLAUSE_BREAKS:
            return at
    return None


_CARE_PLACES = _words("hospice palliative")
HOUSEWORK = "housework_and_shopping"
_SHOPS = _words("shop shops asda tesco aldi lidl sainsbury sainsburys morrisons supermarket")
_CANNOT = _NEGATIONS | _words("can could struggle hard manage")


def _drop_a_shop_that_is_where(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "people stare in Asda", "went to the shop for milk and forgot it", "volunteering at the charity
    shop", "deliveries for a supermarket": a shop the writer was in, went to or worked for is where
    something happened, not shopping they need help with. "can't get to the shops" stays."""
    if HOUSEWORK not in found:
        return
    for seen in _seen_at(HOUSEWORK, found, places):
        at = next((i for i in range(seen, min(seen + 3, len(lemmas))) if lemmas[i] in _SHOPS), seen)
        if lemmas[at] not in _SHOPS:
            return
        start, _ = _around(lemmas, at, _CLAUSE_BREAKS)
        before = lemmas[max(start, at - 3) : at]
        going = bool(_GOING & set(lemmas[start:at]))  # "walking up the hill to the shop": where it goes
        worked = "for" in before and bool(_WORKED_FOR & set(lemmas[start:at]))  # "deliveries for Tesco"
        inside = bool({"in", "at"} & set(before)) or ("to" in before and going) or worked
        if not inside or _CANNOT & set(lemmas[start:at]):
            return
    del found[HOUSEWORK]


_WORKED_FOR = _words("work job shift delivery deliver volunteer drive")
_GOING = _words("go walk")

_MONEY_FOR = _words("money afford buy pay cash skint")


_MONEY_NOUNS = _words("money cash penny pound quid")
_RENT = _words("rent rend")  # "rent" is read as "rend"
_COSTS = _RENT | _words("food bill heat heating gas electric electricity petrol shopping clothes nappy")
_COSTS_GLUE = _words("and or , the our my me a some any")
_COSTS_REACH = 6  # how far back from a cost in a list "money ... for" is looked for


def _money_short_for(lemmas: list[str], at: int) -> bool:
    """ "no money for rent and food", "nae cash for the bills or the shopping": ``at`` is one of a list
    of everyday costs that money is short for."""
    before = at - 1
    while before >= 0 and at - before <= _COSTS_REACH and lemmas[before] in _COSTS_GLUE | _COSTS:
        before -= 1
    short = set(lemmas[max(0, before - 3) : max(0, before)])
    return before >= 1 and lemmas[before] == "for" and bool(_MONEY_NOUNS & short)


def _drop_food_that_money_buys(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "no money for food at the end of the month", "can't afford food": food is what the money is
    short for, not eating. "off my food" stays. So is rent in "no money for rent and food" (money, not
    housing); "can't pay the rent" stays housing."""
    if _only_where(
        EATING,
        found,
        places,
        lambda at: (
            lemmas[at] == "food"
            and (
                bool(_MONEY_FOR & set(lemmas[max(0, at - 3) : at]))
                or _money_short_for(lemmas, at)
                or _food_among_costs(lemmas, at)
            )
        ),
    ):
        del found[EATING]
    if _only_where(HOUSING, found, places, lambda at: _rent_among_costs(lemmas, at)):
        del found[HOUSING]


# "gas, electric, food, it's all gone up", "the price of food and heating": food listed among costs that
# have risen is money, not eating ("can't face food" is eating).
_PRICES_UP = _words("up price prices cost costs dear expensive rise rising afford bill bills money")
_EATEN_BEFORE = _words("face off not no can keep smell taste eat")


def _food_among_costs(lemmas: list[str], at: int) -> bool:
    near = set(lemmas[max(0, at - 4) : at + 5])
    start, end = _around(lemmas, at, _SENTENCE_BREAKS)
    return (
        bool((_COSTS - {"food", "shopping"}) & near)
        and bool(_PRICES_UP & set(lemmas[start:end]))
        and not _EATEN_BEFORE & set(lemmas[max(0, at - 3) : at])
    )


def _rent_among_costs(lemmas: list[str], at: int) -> bool:
    """Rent listed with other costs that money is short for ("rent and food"); "no money for the rent"
    alone stays housing."""
    near = set(lemmas[max(0, at - _COSTS_REACH) : at + 4])
    return lemmas[at] in _RENT and _money_short_for(lemmas, at) and bool((_COSTS - _RENT) & near)


_AGO = _words("ago")


def _drop_a_job_long_ago(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "it's from a job I did forty years ago": a job long past is where an illness came from, not a
    worry about work now."""

    def past(at: int) -> bool:
        _, end = _around(lemmas, at, _PUNCTUATED_BREAKS)
        return lemmas[at] == "job" and bool(_AGO & set(lemmas[at:end]))

    if _only_where(WORK, found, places, past):
        del found[WORK]


# "someone who lectured for forty years", "I used to teach": a working life told as what the writer did,
# with nothing about work now (giving it up, going back, not being able to), is who they are, not a
# worry about work.
_WORK_NOW = _words(
    "give quit pack lose leave stop can could back return now still miss sack redundant off push manage"
)
_LASTING = _words("year years decade decades")


def _drop_a_career_behind_me(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], written: list[str]
) -> None:
    """Work seen only in a career told in the past ("used to lecture", "worked as a nurse for 35
    years", "worked all my life"), where neither its clause nor the next says anything of work now."""

    def behind(at: int) -> bool:
        start, clause_end = _around(lemmas, at, _CLAUSE_BREAKS)
        # "..., but I can't now", "... and now I can't": the next clause too
        end = (
            _around(lemmas, clause_end + 1, _CLAUSE_BREAKS)[1] if clause_end + 1 < len(lemmas) else clause_end
        )
        if _WORK_NOW & set(lemmas[start:end]):
            return False
        if lemmas[max(0, at - 2) : at] == ["use", "to"]:
            return True
        rest = lemmas[at + 1 : _around(lemmas, at, _PUNCTUATED_BREAKS)[1]]  # "worked as a nurse for years"
        lasting = ("for" in rest and bool(_LASTING & set(rest))) or any(
            rest[i : i + 3] == ["all", "my", "life"] for i in range(len(rest))
        )
        return written[at].endswith("ed") and written[at] != lemmas[at] and lasting

    if _only_where(WORK, found, places, behind):
        del found[WORK]


# "since he stopped working he says he has no purpose", "skint since I stopped working": work stopped,
# told as when another concern began, is the start of that concern (its cause), not a worry about work
# itself.
_SINCE_STOPPING = _words("stop quit finish retire give pack leave lose")
# "since he stopped": "since" comes at most this many words before "work". The guard sets label a longer
# "since I had to give up work, ..." as work as well, so it is not reached; someone else's work stopped
# ("since he had to stop the taxi work") is reached anywhere in its stretch: it is not the writer's work.
_SINCE_REACH = 4
_WHOSE_STOPPED = _words("my me our the")


def _someone_else_since(lemmas: list[str], since: int) -> bool:
    """ "since he ...", "since my husband ...": someone other than the writer, right after "since"."""
    who = [w for w in lemmas[since + 1 : since + 3] if w not in _WHOSE_STOPPED][:1]
    return bool(who) and who[0] in _OTHER_PERSON | _KIN


# "how much time I'll need off", "how much time off to take": time off work, not the time left to live.
_TIME_OFF_REACH = 7  # "time" is at most this many words before "off"


def _time_off(lemmas: list[str], at: int) -> bool:
    time = next((i for i in range(at, min(len(lemmas), at + 4)) if lemmas[i] == "time"), None)
    return time is not None and "off" in lemmas[time + 1 : time + 1 + _TIME_OFF_REACH]


def _drop_time_off(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    if _only_where(END_OF_LIFE, found, places, lambda at: _time_off(lemmas, at)):
        del found[END_OF_LIFE]


def _drop_work_stopped_as_a_time(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """Work seen only in "since ... stopped working", with another concern found in the same stretch."""

    def since_then(at: int) -> bool:
        start, end = _around(lemmas, at, _PUNCTUATED_BREAKS)
        since = [
            i
            for i in range(start, at)
            if lemmas[i] == "since" and (at - i <= _SINCE_REACH or _someone_else_since(lemmas, i))
        ]
        began = any(
            start <= where < end for item in found if item != WORK for where in _seen_at(item, found, places)
        )
        return bool(since) and bool(_SINCE_STOPPING & set(lemmas[since[-1] : at])) and began

    if _only_where(WORK, found, places, since_then):
        del found[WORK]


MEMORY = "memory_or_concentration"
_FORGOTTEN = _words("me him her us them")
_FEEL_WORDS = _words("feel felt")


def _drop_being_forgotten(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "she says God has forgotten her": someone forgotten is not a memory problem; forgotten by God
    is faith, not loneliness ("my friends have forgotten me" stays lonely)."""

    def forgotten(at: int) -> bool:
        # "forgotten her", or "they feel forgotten", "I feel so forgotten about": left out, not forgetful
        return lemmas[at] == "forget" and (
            (lemmas[at + 1 : at + 2] and lemmas[at + 1] in _FORGOTTEN)
            or bool(_FEEL_WORDS & set(lemmas[max(0, at - 2) : at]))
        )

    if _only_where(MEMORY, found, places, forgotten):
        del found[MEMORY]
    if "faith_or_spiritual" in found and _only_where(
        LONELY,
        found,
        places,
        lambda at: (
            forgotten(at) and "faith_or_spiritual" in found and abs(found["faith_or_spiritual"] - at) <= 8
        ),
    ):
        del found[LONELY]


_FRIENDS = _words("mate mates friend friends pal pals")


_THEY = _words("they them")
_THEY_REACH = 8  # how far back the people "they" stands for are looked for


def _drop_friends_as_family(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], unsettled: list[str]
) -> None:
    """ "my mates don't get it", "my friends mean well but they don't really get it": friends who do not
    understand are friends (loneliness), not a partner or family; "they" stands for the last people
    named before it, looked for in ``unsettled`` (the words before any were set aside as fine: "my pals
    are lovely but they ..." still names the pals)."""
    family = _KIN | _SPOUSES | {"family"}
    people = _FRIENDS | family | _CHILD | {"kid", "child"}

    def friends(at: int) -> bool:
        start, end = _around(lemmas, at, _PUNCTUATED_BREAKS)
        clause = set(lemmas[start:end])
        if not people & clause and _THEY & clause:
            named = [w for w in unsettled[max(0, start - _THEY_REACH) : start] if w in people]
            clause |= set(named[-1:])
        return bool(_FRIENDS & clause) and not family & clause

    if _only_where(RELATIONSHIPS, found, places, friends):
        del found[RELATIONSHIPS]


_COUPLE = _SPOUSES | _words("girlfriend boyfriend gf bf fiance fiancee")
_US_TWO = (["and", "i"], ["and", "me"])
_WANTING = _words("want try plan hope wish")  # what the two of them want: "my wife and I were hoping ..."
_WANTING_REACH = 3


def _the_two_of_us(lemmas: list[str], at: int) -> bool:
    """ "my girlfriend and I want a baby", "me and my husband are trying": a partner named with the writer
    as the one doing or wanting something together, not a concern about the partner."""
    if lemmas[at] not in _COUPLE or lemmas[at - 1 : at] not in (["my"], ["me"], ["the"]):
        return False
    if lemmas[at + 1 : at + 3] in _US_TWO:
        after = at + 3
    elif lemmas[at - 3 : at - 1] in (["me", "and"], ["i", "and"]):
        after = at + 1
    else:
        return False
    return bool(_WANTING & set(lemmas[after : after + _WANTING_REACH]))


def _drop_the_two_of_us(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """A couple named together as who wants or does something is not a relationship concern, when the
    something is a concern of its own ("my girlfriend and I want a baby" is fertility)."""
    if len(found) > 1 and _only_where(RELATIONSHIPS, found, places, lambda at: _the_two_of_us(lemmas, at)):
        del found[RELATIONSHIPS]


_LOOKED_AFTER_AT = _words("between with to at round around by from")
_LITTLE_ONES = _CHILD | _words(
    "kids children little bairn bairns wean weans grandkid grandkids grandchildren"
)


def _minding_the_children(lemmas: list[str], at: int) -> bool:
    """ "the kids are getting passed round my mates", "the bairns stay with friends when I'm in": friends
    named as where the children are looked after, not friends missed."""
    if lemmas[at] not in _FRIENDS:
        return False
    start, end = _around(lemmas, at, _PUNCTUATED_BREAKS)
    return bool(_LOOKED_AFTER_AT & set(lemmas[max(start, at - 3) : at])) and bool(
        _LITTLE_ONES & set(lemmas[start:end])
    )


def _children_passed_round(lemmas: list[str], at: int) -> bool:
    """ "the kids are getting passed round friends": the children minded here and there while the writer
    is ill (children), not the writer passed around between services."""
    start, _ = _around(lemmas, at, _PUNCTUATED_BREAKS)
    return lemmas[at] == "pass" and bool(_LITTLE_ONES & set(lemmas[start:at]))


def _drop_a_wheelchair_taxi(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "getting a wheelchair taxi to chemo": the kind of taxi, a transport trouble, not walking."""
    if TRANSPORT in found and _only_where(
        WALKING, found, places, lambda at: lemmas[at] == "wheelchair" and lemmas[at + 1 : at + 2] == ["taxi"]
    ):
        del found[WALKING]


_SLEEPING_PLACES = _words("downstairs upstairs")


def _drop_sleeping_somewhere(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "I sleep downstairs now": where the writer sleeps (because of the stairs), not a sleep problem
    nor a housing one."""
    for at in (
        i for i, lemma in enumerate(lemmas[:-1]) if lemma == "sleep" and lemmas[i + 1] in _SLEEPING_PLACES
    ):
        if _only_where(SLEEP, found, places, lambda seen, at=at: seen == at):
            del found[SLEEP]
        if _only_where(HOUSING, found, places, lambda seen, at=at: seen == at + 1):
            del found[HOUSING]


def _drop_a_lone_nothing(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "nobody told me what happens after the operation, nothing": a last "nothing" stresses what
    was not said, not a life with nothing in it."""

    def alone(at: int) -> bool:
        start, end = _around(lemmas, at, _PUNCTUATED_BREAKS)
        return lemmas[start:end] == ["nothing"] and INFO in found

    if _only_where("meaning_or_purpose", found, places, alone):
        del found["meaning_or_purpose"]


# "worried about our two, they're 19 and 22", "my three are only small": a parent's children, counted.
_HOW_MANY = _words("two three four five six")
_AFTER_COUNTED = _CLAUSE_BREAKS | _words("be have do will can they who both all still only just need keep")


def _my_two(lemmas: list[str]) -> int | None:
    for at in range(len(lemmas) - 1):
        if lemmas[at] in ("my", "our", "me") and lemmas[at + 1] in _HOW_MANY:
            after = lemmas[at + 2 : at + 3]
            if not after or after[0] in _AFTER_COUNTED:
                return at + 1
    return None


_ON_MY_MIND = _words("play prey weigh")


def _drop_a_thing_on_my_mind(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "the money side of it is playing on my mind": the worry is that thing, named before it in the same
    clause (as "work is weighing on my mind" already reads); "it's playing on my mind" alone is a worry."""

    def about_a_thing_named(at: int) -> bool:
        on_my_mind = next(
            (
                i
                for i in range(at, min(at + 2, len(lemmas)))
                if lemmas[i] in _ON_MY_MIND and "mind" in lemmas[i + 1 : i + 4]
            ),
            None,
        )
        if on_my_mind is None:
            return False
        start, _ = _around(lemmas, on_my_mind, _CLAUSE_BREAKS)
        return any(
            start <= seen < on_my_mind
            for item in found
            if item != WORRY
            for seen in _seen_at(item, found, places)
        )

    if _only_where(WORRY, found, places, about_a_thing_named):
        del found[WORRY]


# What tells of a death or a loss, as lemmas ("passed" is "pass", "died" "die", "dying" "dye").
_LOSS_TOLD = _words(
    "die dye dead death pass lose loss funeral widow widowed widower grief grieve griever bereave "
    "bereaved bereavement mourn mourning anniversary late miss miscarriage stillbirth stillborn bury "
    "buried grave cremation cremate ashes heaven rip gone"
)


def _a_loss_told(lemmas: list[str]) -> bool:
    """A death or a loss in the message: said in words for it, or as a life "without her", "since dad"."""
    return bool(_LOSS_TOLD & set(lemmas)) or any(
        lemma in ("without", "since") and _OTHER_PERSON & set(lemmas[at + 1 : at + 3])
        for at, lemma in enumerate(lemmas)
    )


def _drop_a_loss_never_told(lemmas: list[str], found: dict[str, int], spans: dict[str, list]) -> None:
    """ "I look after the wife, she had a stroke last year": a wife, a year ago, and no death or loss in
    the whole message is no grief; the classifier's guess at one, where no phrase named it, goes."""
    if BEREAVEMENT in found and BEREAVEMENT not in spans and not _a_loss_told(lemmas):
        del found[BEREAVEMENT]


def _drop_terminal_news_beside_plans(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "Been told it's terminal. Need to sort a will and I want to die at home": news that it is
    terminal, in a message that goes on to the end itself (a will, a funeral, dying at home), is read
    as the end of life, not as a diagnosis to take in. "they said it's terminal" alone stays news to
    cope with."""
    if COPING not in found or END_OF_LIFE not in found:
        return

    def terminal(at: int) -> bool:
        return "terminal" in lemmas[at : at + 4]

    if _only_where(COPING, found, places, terminal) and not _only_where(END_OF_LIFE, found, places, terminal):
        del found[COPING]


def _drop_the_hospice_after_a_death(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "my partner died 3 weeks ago, the hospice said you help carers after": beside a death already
    grieved, the hospice is where it happened, not a wish for the end of life to come."""
    if END_OF_LIFE not in found or BEREAVEMENT not in found:
        return
    if _only_where(
        END_OF_LIFE, found, places, lambda at: lemmas[at] in _CARE_PLACES or _a_death_told_as_past(lemmas, at)
    ):
        del found[END_OF_LIFE]


def _a_death_told_as_past(lemmas: list[str], at: int) -> bool:
    """ "my partner died 3 weeks ago": a clause telling of a death that has happened."""
    start, end = _around(lemmas, at, _CLAUSE_BREAKS)
    clause = set(lemmas[start:end])
    return "ago" in clause and bool(_DYING & clause)


def _drop_a_limb_that_is_where(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "my leg is agony at night", "my legs swell up", "the scar on my knee is huge": a limb named in a
    clause with another concern (pain, swelling, a scar) says where that concern is, and is not a
    walking concern of its own. "my legs are weak" names nothing else, and "can't get my leg over the
    bath" says what the limb cannot do: both are the walking itself."""
    if WALKING not in found:
        return
    for at in _seen_at(WALKING, found, places):
        limb = at + 1 if lemmas[at] in _LIMB_OWNERS and at + 1 < len(lemmas) else at
        if lemmas[limb] not in _LIMBS:
            return
        start, end = _around(lemmas, at, _CLAUSE_BREAKS)
        if _NEGATIONS & set(lemmas[start:limb]) or not any(
            start <= place < end and place not in (at, limb)
            for item, seen in places.items()
            if item != WALKING and item in found
            for place in seen
        ):
            return
    del found[WALKING]


# Family the writer may look after: two of them in the sentence that names the caring ("my husband and
# my mother", "mum's the carer for my disabled brother") is more caring than the one person they came about.
_KIN = _words(
    "mum mam mother dad da father husband wife partner son daughter brother sister nan gran grandad granda "
    "grandson granddaughter sibling bro sis"
)
_AS_WELL_AS = ["as", "good", "as"]  # "as well as", with "well" read as "good"


def _two_to_care_for(lemmas: list[str], position: int) -> bool:
    """Two of the family named in the clause that names the caring (joined by "and"), none of them dead."""
    breaks = _CLAUSE_BREAKS - {"and"}
    start, end = _around(lemmas, position, breaks)
    if lemmas[end : end + 3] == _AS_WELL_AS:  # "my little bro as well as dad": both are looked after
        end = _around(lemmas, end + 3, breaks)[1]
    if start >= 3 and lemmas[start - 3 : start] == _AS_WELL_AS:  # "as well as dad, my brother too"
        start = _around(lemmas, start - 4, breaks)[0] if start > 3 else 0
    clause = set(lemmas[start:end])
    counted = any(  # "my two little brothers", "my 3 sisters": more than one of them, by number
        lemmas[at] in _KIN and _MORE_THAN_ONE & set(lemmas[max(start, at - 2) : at])
        for at in range(start, end)
    )
    return (len(_KIN & clause) >= 2 or counted) and not _DYING & clause


_MORE_THAN_ONE = _words("two three four five 2 3 4 5 twin twins")
_PARENTS_UNABLE = _words("not ill poorly sick hospital bed")
_PARENT_REACH = 4  # "cos mum can't": the parent comes this many words after "because", unable soon after


def _standing_in_for_a_parent(lemmas: list[str], position: int) -> bool:
    """ "looking after my little brothers cos mum can't": a young carer doing what a parent cannot, for
    others of the family, is caring that is a load of its own."""
    start, end = _around(lemmas, position, _SENTENCE_BREAKS)
    for at in range(start, end):
        if lemmas[at] != "because":
            continue
        parent = next((k for k in range(at + 1, min(end, at + _PARENT_REACH)) if lemmas[k] in _PARENTS), None)
        if parent is not None and _PARENTS_UNABLE & set(lemmas[parent + 1 : parent + 1 + _PARENT_REACH]):
            return bool((_KIN - _PARENTS) & set(lemmas[start:at]))
    return False


# Long-term conditions that make caring a load of its own, beside the cancer.
_LONG_TERM = _words(
    "dementia alzheimer alzheimers ms parkinson parkinsons disability disabilities autism autistic"
)


def _a_condition_besides(lemmas: list[str]) -> bool:
    """ "I look after my sister who has MS and now her cancer on top", "my wife has dementia as well
    as the cancer": the person cared for has a long-term condition besides the cancer, so the caring is
    a concern of its own. The writer's own condition ("I have MS") is not."""
    return any(
        lemma in _LONG_TERM and not {"i", "myself"} & set(lemmas[max(0, at - 3) : at])
        for at, lemma in enumerate(lemmas)
    )


def _as_a_carer(lemmas: list[str], found: dict[str, int], allowed: set[str]) -> None:
    """A carer is here because they care: caring is not a concern of its own (unless they care for two
    people, "my husband and my mum"), but strain in caring is carer_coping, and so is "not coping".
    Tiredness in the same sentence as the caring is strain too ("looking after mum and I'm running on
    empty"), and stays."""
    for item in (CARING, COPING):
        if item in found:
            position = found.pop(item)
            start, end = _around(lemmas, position, _SENTENCE_BREAKS)
            if (
                item == CARING
                and CARING in allowed
                and (
                    _two_to_care_for(lemmas, position)
                    or _a_condition_besides(lemmas)
                    or _standing_in_for_a_parent(lemmas, position)
                )
            ):
                found[CARING] = position  # two people, or a second condition: the caring itself is a load
            tired = TIRED in found and start <= found[TIRED] < end
            strained = item == COPING or tired or bool(_STRAIN & set(lemmas[start:end]))
            if strained and CARER_COPING in allowed:
                found.setdefault(CARER_COPING, position)


CARER_OWN_HEALTH = "carer_own_health"
_SYMPTOMS = _words("sleep eating_or_appetite walking_or_moving")


def _a_carers_own_symptoms(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "The stress is making me ill. I've lost weight, I'm not sleeping": beside a carer's own health,
    their own sleep, eating and getting about ("my knees are bad", said of "I", not of the person they
    look after) are that health, not concerns of their own. Pain and tiredness are left as they are:
    carers name those for themselves, and so is sleep the one they look after keeps them from, and sleep
    beside a health that is only an aching body ("my back is bad from lifting him. I don't sleep")."""
    if CARER_OWN_HEALTH not in found:
        return
    aching = _only_where(CARER_OWN_HEALTH, found, places, lambda at: _names_my_body(lemmas, at))
    for item in _SYMPTOMS & set(found):
        if item == SLEEP and (
            aching or any(_why_kept_up(lemmas, at) for at in _seen_at(item, found, places))
        ):
            continue  # "I never get a decent night's sleep because she's up coughing"
        if _only_where(item, found, places, lambda at: _of_the_writer(lemmas, at)):
            del found[item]


# "I never get a decent night's sleep because she's up coughing", "he's awake half the night coughing so
# I get no sleep": a carer's sleep lost to the one they look after being up in the night is a concern of
# the carer's own, and what keeps that one up is why, not a concern of its own. "I can't sleep because
# his pain is so bad" tells of the pain too.
_WHY = _words("because")  # "cos" is read as "because"
_SO = _words("so")
_UP_IN_THE_NIGHT = _words("up awake")


def _why_kept_up(lemmas: list[str], at: int) -> tuple[int, int] | None:
    """The clause told as why the writer's sleep (seen at ``at``) is lost (after "because", or before
    "so"), when it says someone else is up or awake."""
    start, end = _around(lemmas, at, _CLAUSE_BREAKS)
    if end + 1 < len(lemmas) and lemmas[end] in _WHY:
        why = _around(lemmas, end + 1, _DEGREE_KEPT)  # "because he's up so much at night"
    elif start >= 2 and lemmas[start - 1] in _SO:
        why = (_around(lemmas, start - 2, _DEGREE_KEPT)[0], start - 1)
    else:
        return None
    said = set(lemmas[why[0] : why[1]])
    return why if _OTHER_PERSON & said and _UP_IN_THE_NIGHT & said else None


def _drop_what_keeps_a_carer_up(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """The cough or the trips to the toilet that keep up the one a carer looks after, told only as why
    the carer gets no sleep, are not concerns of their own."""
    if SLEEP not in found:
        return
    whys = [why for at in _seen_at(SLEEP, found, places) if (why := _why_kept_up(lemmas, at)) is not None]
    for item in _CARED_FOR & set(found):
        if _only_where(item, found, places, lambda at: any(start <= at < end for start, end in whys)):
            del found[item]


_CARER_PAIN = "pain"
_BODY = _LIMBS | _words("back neck shoulder shoulders wrist wrists")
_CAUSED = _words("housework_and_shopping washing_and_dressing walking_or_moving")


def _drop_what_caused_it(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], written: list[str]
) -> None:
    """ "my back's killing me from lifting him and changing the bedding": a carer's chores told after
    "from" say what caused their own trouble; the lifting and the bedding are not concerns of their own."""

    def a_cause(at: int) -> bool:
        start, _ = _around(lemmas, at, _SENTENCE_BREAKS)
        window = range(max(start + 1, at - 10), at + 1)
        return any(
            lemmas[i] == "from" and written[i + 1 : i + 2] and written[i + 1].endswith("ing") for i in window
        )

    for item in _CAUSED & set(found):
        if _only_where(item, found, places, a_cause):
            del found[item]


_KEPT_DOWN = _words("much anything food it owt nothing")
_KEEP_OR_GET = _words("keep get")  # "can't get much down, soup and that": swallowed, as kept down


def _nothing_kept_down(lemmas: list[str]) -> int | None:
    """ "he can't keep much down", "can't get much down": food not kept or got down is eating (a rule, not
    checklist phrases: "down" in the phrases moved the trained model's reading of "up and down")."""
    for at in range(len(lemmas) - 2):
        if lemmas[at] in _KEEP_OR_GET and lemmas[at + 1] in _KEPT_DOWN and lemmas[at + 2] == "down":
            return at
    return None


_INSIDE = _words("chest heart lung lungs breathing")


def _my_own_chest(lemmas: list[str]) -> int | None:
    """ "I've not been to the doctor about my own chest": a carer's own chest or heart, said to be their
    own, is their health."""
    for at in range(len(lemmas) - 2):
        if lemmas[at] in ("my", "me") and lemmas[at + 1] == "own" and lemmas[at + 2] in _INSIDE:
            return at
    return None


def _names_my_body(lemmas: list[str], at: int) -> bool:
    """The clause holding ``at`` names a part of the writer's own body: "my back", "me knees", "my own
    hips"."""
    start, end = _around(lemmas, at, _CLAUSE_BREAKS)
    clause = [w for w in lemmas[start:end] if w != "own"]
    return any(w in _MY and clause[i + 1 : i + 2] and clause[i + 1] in _BODY for i, w in enumerate(clause))


def _a_carers_own_body(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str]
) -> None:
    """A carer's pain in their own body ("my back's killing me", "my shoulder is agony") is their own
    health, unless they named that health apart as well; and a carer "worn down" by doing everything is
    the strain of caring, not fatigue."""

    def my_body(at: int) -> bool:
        return _names_my_body(lemmas, at)

    # "me own health's gone down the pan ... me back's killing me": their health named in its own right
    # as well, the pain is a concern of its own beside it.
    named_apart = CARER_OWN_HEALTH in found and not _only_where(CARER_OWN_HEALTH, found, places, my_body)
    if CARER_OWN_HEALTH in allowed and not named_apart and _only_where(_CARER_PAIN, found, places, my_body):
        found.setdefault(CARER_OWN_HEALTH, found.pop(_CARER_PAIN))

    def worn_down(at: int) -> bool:  # "worn down", "it's wearing me down"
        near = range(max(0, at - 2), min(len(lemmas), at + 2))
        return any(lemmas[i] == "wear" and "down" in lemmas[i + 1 : i + 3] for i in near)

    if CARER_COPING in allowed and _only_where(
        TIRED, found, places, lambda at: worn_down(at) or _tired_by_the_caring(lemmas, at)
    ):
        found.setdefault(CARER_COPING, found.pop(TIRED))


def _drop_their_illness(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "my mum won't stop working and it's making her so ill": the illness of the one a carer looks after,
    told in a part of the sentence about them alone ("so" does not end it), is not the carer's own health."""

    def theirs(at: int) -> bool:
        start, end = _around(lemmas, at, _DEGREE_KEPT)
        said = set(lemmas[start:end])
        return bool(said & _OTHER_PERSON) and not said & (_FIRST_PERSON | {"my"})

    if _only_where(CARER_OWN_HEALTH, found, places, theirs):
        del found[CARER_OWN_HEALTH]


_BY = _words("with from by")
_BEFORE_CARING = _words("the all this my his her")
_TIRED_REACH = 4  # "worn out with all the caring": "with" comes at most this many words after the tiredness


def _tired_by_the_caring(lemmas: list[str], at: int) -> bool:
    """ "worn out with the caring", "shattered from looking after him", "caring for her is wearing me
    out": tiredness the writer puts down to the caring itself is the strain of caring."""
    start, end = _around(lemmas, at, _DEGREE_KEPT)
    subject = [w for w in lemmas[start:at] if w not in _BEFORE_CARING]
    if _names_the_caring(subject) and {"be", "make"} & set(subject):
        return True
    by = next((i for i in range(at, min(end, at + _TIRED_REACH + 1)) if lemmas[i] in _BY), None)
    if by is None:
        return False
    return _names_the_caring([w for w in lemmas[by + 1 : end] if w not in _BEFORE_CARING])


def _names_the_caring(words: list[str]) -> bool:
    """The words open on the caring: "caring (for her)", "the carer's job", "looking after him"."""
    return words[:1] in (["care"], ["carer"]) or words[:2] == ["look", "after"]


def _of_the_writer(lemmas: list[str], position: int) -> bool:
    """The clause holding ``position`` is about the writer ("I", "me", "my") and no one else."""
    start, end = _around(lemmas, position, _CLAUSE_BREAKS)
    if start >= 3 and lemmas[start - 2 : start] == ["up", "and"]:  # "up and down" is one way of going
        start = _around(lemmas, start - 3, _CLAUSE_BREAKS)[0]
    clause = set(lemmas[start:end])
    # "up and down the stairs to him all night": the one gone to is where the writer goes, not whose
    # legs they are.
    others = {w for at, w in enumerate(lemmas[start:end], start) if lemmas[at - 1 : at] != ["to"]}
    return bool(clause & (_FIRST_PERSON | {"my"})) and not others & (_OTHER_PERSON | _CHILD)


# "I won't go out", "he never goes out now", "not been outside the flat since": no longer going out.
_NOT_GOING_OUT = (("not", "go", "out"), ("never", "go", "out"), ("stop", "go", "out"))
_NOT_OUTSIDE = (
    ("not", "be", "outside"),
    ("not", "be", "out", "in"),
    ("not", "be", "out", "for"),
    ("not", "be", "out", "since"),
    ("not", "be", "out", "of", "the", "house"),
    ("not", "leave", "the", "house"),
)
_STILL_NOT = _words("anymore any more now much since at all these day")
# "I can't be out in the garden in the sun": out in the open, kept from the sun, not kept indoors.
_OUT_IN_THE_OPEN = _words("garden sun sunshine heat yard allotment")


def _staying_in(lemmas: list[str]) -> int | None:
    """ "my face has changed and I won't go out", "he's lost his confidence, won't go out", "not been
    outside the flat since June", "she's not been out in a fortnight": someone who no longer goes out
    is cut off. "won't go out with the wig
    on" says how they would go out, and is not."""
    for at in range(len(lemmas)):
        for pattern in _NOT_OUTSIDE:
            if tuple(lemmas[at : at + len(pattern)]) == pattern:
                if pattern[-1] == "in" and _OUT_IN_THE_OPEN & set(lemmas[at + 4 : at + 6]):
                    continue
                return at
        for pattern in _NOT_GOING_OUT:
            if tuple(lemmas[at : at + len(pattern)]) == pattern:
                after = lemmas[at + len(pattern) : at + len(pattern) + 1]
                if not after or after[0] in _CLAUSE_BREAKS or after[0] in _STILL_NOT:
                    return at
    return None


def _how_long_alone(lemmas: list[str]) -> int | None:
    """ "don't know how long.", "How long, what it will be like": "how long" with nothing after it
    asks how long is left. "how long will the chemo take" asks about something else."""
    return next(
        (
            at
            for at in range(len(lemmas) - 1)
            if lemmas[at : at + 2] == ["how", "long"] and lemmas[at + 2 : at + 3] in ([], [","])
        ),
        None,
    )


_KIN_WHO_DIE = _words(
    "mum mam mom mother dad da father husband wife partner son daughter sister brother nan gran granny "
    "grandad granda friend"
)
_PASSED_WHAT = _words("out the a an my his her it me him over through by that this")


def _drop_passing_something(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "my daughter passed her exams", "he passed out": passing something, or out, is no death."""
    if _only_where(
        BEREAVEMENT,
        found,
        places,
        lambda at: lemmas[at] == "pass" and lemmas[at + 1 : at + 2] != [] and lemmas[at + 1] in _PASSED_WHAT,
    ):
        del found[BEREAVEMENT]


_FALLS_OUT = frozenset(
    {"hair", "hairs", "tooth", "teeth", "nail", "nails", "eyelash", "eyelashes", "lash", "lashes"}
)


def _drop_hair_falling_out(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "her hair's falling out with the chemo": hair, teeth or nails that fall out are no quarrel,
    where every "falling out" in the clause follows one of them."""

    def hair_falls(at: int) -> bool:
        start, end = _around(lemmas, at, _CLAUSE_BREAKS)
        falls = [i for i in range(start, end - 1) if lemmas[i] == "fall" and lemmas[i + 1] == "out"]
        return bool(falls) and all(
            _FALLS_OUT & set(lemmas[max(start, i - 3) : i]) or _hair_just_named(lemmas, i) for i in falls
        )

    if _only_where(RELATIONSHIPS, found, places, hair_falls):
        del found[RELATIONSHIPS]


_HAIR_REACH = 6  # "losing my hair. it starts falling out soon": the hair is this many words back


def _hair_just_named(lemmas: list[str], fall: int) -> bool:
    """ "my hair, it'll start falling out next week": hair named just before a falling out with nobody."""
    quarrel = lemmas[fall + 2 : fall + 3] in (["with"], ["wi"])
    return not quarrel and bool(_FALLS_OUT & set(lemmas[max(0, fall - _HAIR_REACH) : fall]))


def _one_of_mine_passed(lemmas: list[str]) -> int | None:
    """ "since my wife Joan passed in the autumn", "our mam passed at Christmas": one of the writer's
    own who passed, with no "away", is a death. "my son passed his test", "my dad passed out" are not."""
    for at, lemma in enumerate(lemmas):
        if lemma != "pass" or (lemmas[at + 1 : at + 2] and lemmas[at + 1] in _PASSED_WHAT):
            continue
        for kin in range(max(1, at - 3), at):
            if lemmas[kin] in _KIN_WHO_DIE and lemmas[kin - 1] in {"my", "our", "me"}:
                return kin - 1
    return None


def _drop_someone_elses(
    lemmas: list[str],
    found: dict[str, int],
    places: dict[str, set[int]],
    kept: frozenset[str],
    carer: bool,
) -> None:
    """ "my husband still works", "he forgets things", "his dad's no use": the body or the day of
    someone other than the writer is not the writer's concern. ``kept``: items that count even so (a
    carer's "mum won't eat"), unless said of a child or of what the writer only listens to. An item
    said of the writer in any clause (``places``: everywhere it was seen) stays. Someone else's fear
    ("he's scared to touch me") is theirs too, unless the writer is their carer."""
    own = _OWN_STATE if kept else _OWN_STATE | {WORRY}
    for item, position in list(found.items()):
        if item not in own and not (item == ANGER and _at_the_writer(lemmas, position)):
            continue
        mentions: dict[int, int] = {}  # the first place the item is seen in each clause
        for at in sorted(places.get(item, set()) | {position}):
            mentions.setdefault(_around(lemmas, at, _CLAUSE_BREAKS)[0], at)
        if item == WORRY and not all(lemmas[at] in _FEELINGS_OF_FEAR for at in mentions.values()):
            continue  # "who will look after him if I'm not here": the writer's own worry
        if any(lemmas[at - 1 : at] == ["my"] for at in places.get(item, set()) | {position}):
            continue  # "with him up all night my sleep is shot": the writer's own, named as theirs
        if not carer and _work_given_up(lemmas, item, position):
            continue
        if any(_said_again_of_me(lemmas, at) for at in places.get(item, set()) | {position}):
            continue  # "him not sleeping means me not sleeping"
        if all(_someone_elses(lemmas, at, item in kept) for at in mentions.values()):
            del found[item]


def _said_again_of_me(lemmas: list[str], at: int) -> bool:
    """ "him not sleeping means me not sleeping", "she can't eat so I can't eat either": the word seen at
    ``at`` (past a "not") comes again later in the sentence, said of the writer ("me", "I" just before)."""
    word = next((w for w in lemmas[at : at + 2] if w not in _NEGATIONS), "")
    if not word.isalpha() or word in STOP_WORDS:
        return False
    _, end = _around(lemmas, at, _SENTENCE_BREAKS)
    return any(
        lemmas[again] == word and bool(_FIRST_PERSON & set(lemmas[max(at + 2, again - 3) : again]))
        for again in range(at + 2, end)
    )


def _drop_a_childs_fear(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "the kids are 7 and 10 and scared their dad's going to die": for a carer, the children's fear is
    theirs (the children are the concern), and a death it names is what they fear, not the carer's
    plans. The carer's own fear ("I'm scared he's going to die") stays."""

    def the_childs(at: int) -> bool:
        if lemmas[at] not in _FEELINGS_OF_FEAR:
            return False
        start, _ = _around(lemmas, at, _PUNCTUATED_BREAKS)
        near = lemmas[max(start, at - 8) : at]
        who = [w for w in near if w in _FIRST_PERSON | _YOUNGER | _OTHER_PERSON]
        return bool(who) and who[-1] in _YOUNGER and CHILDREN in found

    if not _only_where(WORRY, found, places, the_childs):
        return
    feared = [_around(lemmas, at, _PUNCTUATED_BREAKS) for at in _seen_at(WORRY, found, places)]
    del found[WORRY]
    if _only_where(END_OF_LIFE, found, places, lambda at: any(s <= at < e for s, e in feared)):
        del found[END_OF_LIFE]


_GIVEN_UP = _words("give quit pack lose leave stop")
_JOBS = _words("job work career")


def _work_given_up(lemmas: list[str], item: str, position: int) -> bool:
    """ "she had to give up her job to look after me", "he's lost his job": a job given up or lost in
    the household is the household's work concern, not only someone else's day ("he still works" is).
    Not for a carer: the job the one they look after has had to stop is that household's money, not the
    carer's work."""
    if item != WORK:
        return False
    start, end = _around(lemmas, position, _PUNCTUATED_BREAKS)
    return any(
        lemmas[at] in _JOBS and _GIVEN_UP & set(lemmas[max(start, at - 3) : at]) for at in range(start, end)
    )


# "he's scared to touch me", "she's frightened of the hospital": a fear said of someone else, told by the
# person with cancer, is theirs, not the writer's (a carer's "mum is scared of dying" is what they ask
# help with, and stays).
_FEELINGS_OF_FEAR = GENERIC_WORRY | _words(
    "scare scared frighten frightened afraid terrify terrified petrify panic nervous anxious fret worrier"
)


def _someone_elses(lemmas: list[str], position: int, kept: bool) -> bool:
    """The item seen here is said of someone else (and is not one a carer keeps). "keeps me and the wife
    awake" is said of the writer too."""
    start, _ = _around(lemmas, position, _CLAUSE_BREAKS)
    near = lemmas[max(start, position - 4) : position]
    before = set(near) | ({"her"} if _one_of_ours(near) or _a_partner_or_mate(near) else set())
    if _a_child_by_age(near):
        before.add("child")
    writer = {
        w
        for i, w in enumerate(near)
        if w in _FIRST_PERSON
        and not _possessive_me(near, i)
        and not (lemmas[position] in _FEELINGS_OF_FEAR and _believes_of_someone(near, i))
    }
    reported = any(w in _REPORTING and near[i + 1 : i + 2] not in _THIRD for i, w in enumerate(near))
    if not before & (_OTHER_PERSON | _YOUNGER) or writer or reported:
        return False
    if lemmas[start - 2 : start] in (["me", "and"], ["i", "and"]):
        return False
    return not kept or bool(before & (_YOUNGER | _WATCHING))


# The children and grandchildren as people name them ("the grandbairns", "the grandkids", as lemmas).
_YOUNGER = _CHILD | _words(
    "grandbabies grandkids grandkid grandchild grandweans grandbairns teenager youngster"
)


# "ma man works nights", "my mates are all at uni", "me daughter works": someone else, named the way
# people name those close to them ("me" before a relative is "my").
_CLOSE = _words(
    "man fella bloke boyfriend girlfriend bf gf fiance fiancee mate mates friend friends pal pals"
)
_THIRD = (["he"], ["she"], ["they"])  # "my wife says she couldn't cope": said of her, not news to the writer


_BELIEVING = _words("think know reckon guess suppose feel")


def _a_child_by_age(words: list[str]) -> bool:
    """ "the youngest is wetting the bed", "our eldest won't eat": one of the children, named by age
    ("youngest" is read as "young")."""
    return "eldest" in words or any(
        first in {"the", "our", "my", "me"} and second == "young" for first, second in pairwise(words)
    )


def _believes_of_someone(words: list[str], index: int) -> bool:
    """ "I think he's scared of hurting me": the writer saying what they believe of someone else."""
    return (
        words[index + 1 : index + 2] != []
        and words[index + 1] in _BELIEVING
        and (words[index + 2 : index + 3] in _THIRD)
    )


def _a_partner_or_mate(words: list[str]) -> bool:
    return any(first in _MY and second in _CLOSE for first, second in pairwise(words))


def _possessive_me(words: list[str], index: int) -> bool:
    following = words[index + 1 : index + 2]
    return words[index] == "me" and bool(following) and following[0] in _OTHER_PERSON | _CHILD | _CLOSE


def _one_of_ours(words: list[str]) -> bool:
    """ "so our Kerry can work", "our Nathan's got ADHD": northern "our" before a name is one of the
    family."""
    return any(
        first == "our" and name.isalpha() and len(name) >= 3 and not is_english(name)
        for first, name in pairwise(words)
    )


def _at_the_writer(lemmas: list[str], position: int) -> bool:
    """ "gets frustrated with me", "fed up of never seeing me": the feeling is aimed at the writer."""
    _, end = _around(lemmas, position, _CLAUSE_BREAKS)
    return "me" in lemmas[position + 1 : min(end, position + 1 + _AT_THE_WRITER_REACH)]


# "I fall asleep on the bus", "I sit in the car in the car park and cry": a vehicle named as where the
# writer passes time is a place, not a journey to be helped with.
_VEHICLES = _words("bus buses car train taxi cab tram")
_PLACE_WORDS = _words("in on")
_PASSING_TIME = _words("asleep sleep doze nap sit cry sob weep stare look")
_PLACE_REACH = 3  # "in the Tesco car park": the vehicle comes at most this many words after in/on


def _drop_a_vehicle_that_is_where(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "so tired I fall asleep on the bus": transport named only as where the writer sleeps, sits or
    cries, or where people stare at them, is not a transport concern. "I can't sit on the bus that long"
    is, and stays."""
    if TRANSPORT not in found:
        return
    for seen in _seen_at(TRANSPORT, found, places):
        at = seen - 1 if seen and lemmas[seen - 1] in _VEHICLES else seen  # "park" in "car park"
        if lemmas[at] not in _VEHICLES or not _PLACE_WORDS & set(lemmas[max(0, at - _PLACE_REACH) : at]):
            return
        start, end = _around(lemmas, at, _CLAUSE_BREAKS)
        before = set(lemmas[start:at])
        if _a_place_listed(lemmas, start, end):
            before = set(lemmas[max(0, start - _LISTED_PLACE_REACH) : at])  # "I cry. In Tesco, on the bus."
        if not before & _PASSING_TIME or before & _NEGATIONS:
            return
    del found[TRANSPORT]


_LISTED_PLACE_REACH = 10


def _a_place_listed(lemmas: list[str], start: int, end: int) -> bool:
    """ "In Tesco, on the bus": a clause that only names a place, as where the last thing happens."""
    return set(lemmas[start:end]) <= _PLACE_WORDS | _VEHICLES | _words("at the a")


_DAYTIME = _words("day daytime afternoon afternoons")
_NIGHT = _words("night nights tonight bedtime")
SLEEP = "sleep"


def _drop_sleeping_in_the_day(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "he's very tired and sleeps most of the day": sleeping through the day is tiredness, not trouble
    sleeping; beside not eating ("off her food and sleeping most of the day") it is tiredness even
    unnamed. "sleeps all day and is up all night" names the night too, and stays."""
    if SLEEP not in found or (TIRED not in found and EATING not in found):
        return
    for at in _seen_at(SLEEP, found, places):
        _, end = _around(lemmas, at, _CLAUSE_BREAKS)
        start, _ = _around(lemmas, at, _CLAUSE_BREAKS)
        clause = set(lemmas[start:end])
        if not clause & _DAYTIME or clause & _NIGHT:
            return
    found.setdefault(TIRED, found[SLEEP])
    del found[SLEEP]


_NIGHT_WORK = _words("work shift shifts job drive taxi cab")


def _drop_nights_worked(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "I work nights as a porter", "dad works nights", "on night shifts": nights worked are the work,
    not trouble sleeping. "I can't sleep after a night shift" names sleep, and stays."""

    def worked(at: int) -> bool:
        start, end = _around(lemmas, at, _CLAUSE_BREAKS)
        clause = lemmas[start:end]
        # "I drive a taxi, nights mostly": the work may be named in the clause just before
        before = lemmas[_around(lemmas, start - 2, _CLAUSE_BREAKS)[0] : start] if start >= 2 else []
        return "night" in clause and bool(_NIGHT_WORK & set(clause + before)) and "sleep" not in clause

    if _only_where(SLEEP, found, places, worked):
        del found[SLEEP]


def _drop_switching_off_beside_sleep(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "It's sleep. I just can't switch off": not switching off beside sleep is the sleeplessness; alone
    ("it's my head, I can't switch off") it is a mind that will not rest, a worry."""
    if SLEEP in found and _only_where(WORRY, found, places, lambda at: lemmas[at : at + 3] == _SWITCH_OFF):
        del found[WORRY]


_SWITCH_OFF = ["not", "switch", "off"]


def _drop_work_that_is_where(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "can't concentrate at work", "I get breathless at work": "at work" after another concern in its
    clause says where that concern comes, and is not a worry about work. "struggling at work" names
    nothing else, and stays."""
    if WORK not in found:
        return
    for seen in _seen_at(WORK, found, places):
        at = seen + 1 if lemmas[seen] == "at" else seen  # the phrase "at work" starts at "at"
        if lemmas[at : at + 1] != ["work"] or lemmas[at - 1 : at] != ["at"]:
            return
        start, _ = _around(lemmas, at, _CLAUSE_BREAKS)
        if not any(
            start <= place < at - 1
            for item, seen in places.items()
            if item not in (WORK, WORRY) and item in found
            for place in seen
        ):
            return
    del found[WORK]


# What makes work a concern in its clause: at risk, a struggle, missed, behind, stopped, worried
# about, or money from it is the problem. A clause about work with none of these only says where
# someone is or what they do ("when I'm at work", "I work nights", "my son works").
_WORK_TROUBLE = _words(
    "not no never nothing can cannot could worry worried afraid scare scared frighten terrified dread "
    "stress stressed struggle struggling cope hard difficult tough behind miss missed lose lost losing "
    "stop stopped give quit pack leave left sack sacked redundant redundancy fire off sick pay money "
    "afford wage wages income boss manager employer warning job back return keep how whether what if "
    "still need must meant try manage trouble problem late tired exhaust exhausted knackered "
    "shattered too much cut reduce drop hour hours part time fit disability benefit ssp"
)
# "the transplant doesn't work", "nothing is working for the pain": a treatment that fails, not a job.
_WORKING_THINGS = _words(
    "it this that nothing transplant treatment chemo chemotherapy radiotherapy radio drug drugs tablet "
    "tablets medication medicine meds pill pills painkiller painkillers patch surgery operation op trial "
    "immunotherapy injection injections stent bag"
)
_WORK_WHEN = _words("when while whilst")
_WORK_SUBJECT_FILLER = _words("both all also still do be not")
_WE = _words("we us")


def _treatment_failing(lemmas: list[str], at: int, start: int) -> bool:
    """ "if the transplant doesn't work", "the tablets aren't working": what fails to work is a
    treatment, named just before."""
    before = [word for word in lemmas[start:at] if word not in _WORK_SUBJECT_FILLER]
    return "not" in lemmas[max(start, at - 3) : at] and bool(before) and before[-1] in _WORKING_THINGS


def _work_only_named(lemmas: list[str], at: int) -> bool:
    """The clause holding ``at`` names work only as where someone is or what they do."""
    start, end = _around(lemmas, at, _CLAUSE_BREAKS)
    works = [start + index for index, word in enumerate(lemmas[start:end]) if word == "work"]
    if not works or any(_treatment_failing(lemmas, work, start) for work in works):
        return bool(works)
    return all(_a_time_or_a_routine(lemmas, work, start) for work in works)


def _a_time_or_a_routine(lemmas: list[str], work: int, start: int) -> bool:
    """ "when I'm at work" (a time, with nothing wrong in its part of the sentence) or "I work nights",
    "my son works" (what someone does, with nothing wrong in that sentence or the next: "I work in a
    shop. They won't pay me when I'm off" is work at risk)."""
    before = set(lemmas[start:work])
    if _a_time_by_work(lemmas, work):
        return True
    if lemmas[work - 1 : work] == ["at"]:
        first, last = _around(lemmas, work, _PUNCTUATED_BREAKS)
        return bool(_WORK_WHEN & before) and not _troubled(lemmas[first:last])
    first, last = _around(lemmas, work, _SENTENCE_BREAKS)
    _, last = _around(lemmas, min(last + 1, len(lemmas) - 1), _SENTENCE_BREAKS)
    return bool(before & (_FIRST_PERSON | _OTHER_PERSON | _CHILD | _WE)) and not _troubled(lemmas[first:last])


_BY_WORK = _words("after before")
_HOME_FROM = (["home", "from"], ["back", "from"], ["straight", "from"])


def _a_time_by_work(lemmas: list[str], work: int) -> bool:
    """ "every night after work", "before work", "on my way home from work": a time of day told by
    work, not a worry about it."""
    return (work >= 1 and lemmas[work - 1] in _BY_WORK) or lemmas[max(0, work - 2) : work] in _HOME_FROM


def _troubled(words: list[str]) -> bool:
    return bool(_WORK_TROUBLE & set(words)) or ("have", "to") in pairwise(words)


def _drop_work_only_named(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "she's alone when I'm at work", "I work nights", "my mum and me both work", "if the transplant
    doesn't work": work named only as a time, a routine, or what a treatment does is not a worry about
    work. "I'm behind at work", "I work nights and can't keep up" stay."""
    if WORK not in found:
        return
    if _only_where(WORK, found, places, lambda at: _work_only_named(lemmas, at)):
        del found[WORK]


def _half_pay(lemmas: list[str], at: int) -> bool:
    """ "on half pay": ``at`` is one of its words."""
    return any(lemmas[i : i + 2] == ["half", "pay"] for i in range(max(0, at - 1), at + 2))


def _drop_half_pay_among_money(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "the bills keep coming and I'm on half pay": half pay beside other money troubles is the money,
    not the job ("they've put me on half pay", the only money named, is both)."""
    money_besides = MONEY in found and not all(_half_pay(lemmas, at) for at in _seen_at(MONEY, found, places))
    if money_besides and _only_where(WORK, found, places, lambda at: _half_pay(lemmas, at)):
        del found[WORK]


_JOB_BEFORE = _words("be as")  # "I'm a cleaner", "work as a cleaner"
_CLEANERS = frozenset({"cleaner", "cleaners"})


def _drop_a_cleaners_job(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], written: list[str]
) -> None:
    """ "I'm a cleaner at the school", "she works as a cleaner": cleaning for a living is a job, not
    housework the person can't manage. "we need a cleaner" stays."""

    def a_job(at: int) -> bool:
        if lemmas[at] == "a":  # the phrase "a cleaner" is found at its article
            at += 1
        if at >= len(written) or written[at].lower() not in _CLEANERS:
            return False
        before = lemmas[at - 2 : at] if lemmas[at - 1 : at] == ["a"] else lemmas[at - 1 : at]
        return bool(before and before[0] in _JOB_BEFORE) or lemmas[at + 1 : at + 2] == ["at"]

    if _only_where(HOUSEWORK, found, places, a_job):
        del found[HOUSEWORK]


_ON_TOP = ["keep", "on", "top", "of"]
_NOT_HOUSEWORK = _words(
    "work job study studies course coursework uni college school email emails paperwork bill bills "
    "appointment appointments tablet tablets medication meds"
)


_POINTING_BACK = _words("it that them this")
_HOME_WORDS = _words(
    "house home housework clean cleaning shopping cooking garden washing ironing hoover hoovering dust "
    "dusting chore chores flat place allotment"
)


def _drop_keeping_on_top_of_work(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "keeping on top of work", "can't keep on top of the bills": what is kept on top of is named, and
    it is not the house; nor is "it" in "I have angina and I'm not keeping on top of it", in a sentence
    that names nothing of the home."""

    def something_else(at: int) -> bool:
        if lemmas[at - 1 : at + 3] == _ON_TOP:
            at -= 1  # seen by the phrase "on top of it", after the "keep"
        if lemmas[at : at + 4] != _ON_TOP:
            return False
        named = [w for w in lemmas[at + 4 : at + 6] if w not in _MY | _words("the his her")]
        if named and named[0] in _POINTING_BACK:
            start, end = _around(lemmas, at, _SENTENCE_BREAKS - {"but", "though", "however"})
            return not _HOME_WORDS & set(lemmas[start:end])
        return bool(named) and named[0] in _NOT_HOUSEWORK

    if _only_where(HOUSEWORK, found, places, something_else):
        del found[HOUSEWORK]


def _drop_a_mess_of_something_else(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "money's a right mess", "my sleep is a mess": a mess said of another concern named before it in
    its clause says how bad that is; a mess is housework when it is the home's ("our flat is a mess")."""

    def of_something_else(at: int) -> bool:
        start, _ = _around(lemmas, at, _CLAUSE_BREAKS)
        return lemmas[at] == "mess" and any(
            start <= seen < at
            for item in found
            if item not in (HOUSEWORK, HOUSING)
            for seen in _seen_at(item, found, places)
        )

    if _only_where(HOUSEWORK, found, places, of_something_else):
        del found[HOUSEWORK]


_GARDENS = _words("garden gardens yard allotment")
_BEING_IN = (["in", "the"], ["in", "my"], ["in", "our"], ["in", "his"], ["in", "her"])


def _a_garden_to_be_in(lemmas: list[str], at: int) -> bool:
    """ "can't be out in the garden in the sun", "the garden was my whole life": a garden to sit in or
    love, not one to keep."""
    if lemmas[at] not in _GARDENS:
        return False
    if lemmas[at - 2 : at] in _BEING_IN:
        return True
    rest = [word for word in lemmas[at + 1 : at + 6] if word not in ("my", "his", "her", "our", "whole")]
    if rest[:2] in (["be", "life"], ["be", "everything"], ["mean", "everything"]):
        return True
    start, end = _around(lemmas, at, _SENTENCE_BREAKS)
    sentence = set(lemmas[start:end])
    return bool(_LOVED & sentence) and not _KEEPING_A_GARDEN & sentence


# "the garden's gone to ruin and I used to love it": a garden loved, and lost, is what gave the days their
# meaning; "I love my garden but I can't keep it tidy" is the keeping of it.
_LOVED = _words("love adore enjoy joy pride")
_KEEPING_A_GARDEN = _words(
    "keep cut mow weed weeding tidy manage cope do help maintain struggle dig hedge hedges grass lawn not"
)


def _drop_a_garden_to_be_in(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """A garden found only as somewhere to be or something loved is not the housework."""
    if _only_where(HOUSEWORK, found, places, lambda at: _a_garden_to_be_in(lemmas, at)):
        del found[HOUSEWORK]


def _drop_a_house_kept(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "can't keep on top of the washing and the house", "the ironing, the house": the house named beside
    the laundry or other housework is the housework, not the home itself."""

    def kept(at: int) -> bool:
        return lemmas[at] in ("house", "home") and bool(_KEPT_HOUSE & set(lemmas[max(0, at - 4) : at]))

    if _only_where(HOUSING, found, places, kept):
        del found[HOUSING]


_KEPT_HOUSE = _HOUSEWORK | _words("laundry")


def _left_on_my_own(lemmas: list[str]) -> int | None:
    """ "On my own since the spring.", "on me own now": a sentence that opens by saying the writer is on
    their own says they live alone. "can't shower on my own" is about the shower, and is not read here."""
    for at in range(len(lemmas) - 2):
        opens = at == 0 or lemmas[at - 1] in _PUNCTUATED_BREAKS
        if opens and lemmas[at] == "on" and lemmas[at + 1] in _MY and lemmas[at + 2] == "own":
            return at
    return None


# "she's by herself most of the time", "mum's on her own a lot", "dad is on his own all day": someone on
# their own for much of the time is cut off. "can't manage the shower by himself" says how a thing is done.
_WHOSE_OWN = _MY | _words("his her their")
_SELVES = _words("myself himself herself themselves ourselves")
_MUCH_OF_THE_TIME = (
    ["a", "lot"],
    ["much", "of", "the", "time"],  # "most" is read as "much"
    ["much", "of", "the", "day"],
    ["much", "day"],
    ["all", "the", "time"],
    ["all", "day"],
    ["all", "week"],
    ["day", "and", "night"],
)


def _alone_until(lemmas: list[str], at: int) -> int | None:
    """Where "on his own", "on me own" or "by herself", starting at ``at``, ends; None if it does not
    start there."""
    if lemmas[at] == "on" and lemmas[at + 1] in _WHOSE_OWN and lemmas[at + 2 : at + 3] == ["own"]:
        return at + 3
    if lemmas[at] == "by" and lemmas[at + 1] in _SELVES:
        return at + 2
    return None


def _on_their_own_much_of_the_time(lemmas: list[str]) -> int | None:
    """Where someone is said to be on their own ("on her own", "by himself") a lot or most of the time."""
    for at in range(len(lemmas) - 1):
        end = _alone_until(lemmas, at)
        if end is None:
            continue
        if lemmas[end : end + 2] == ["at", "home"]:
            end += 2  # "on her own at home all day"
        elif lemmas[end : end + 1] == ["in"]:
            end += 3  # "on her own in the flat all day"
        if any(lemmas[end : end + len(time)] == time for time in _MUCH_OF_THE_TIME):
            return at
    return None


# "he just sits in the house on his own now", "she sat indoors by herself": someone sitting at home alone
# is cut off.
_INDOORS = _words("house flat home bungalow indoor indoors hoose")


def _alone_in_a_clause(clause: list[str]) -> bool:
    """ "on his own", "on me own", "by herself"."""
    return any(_alone_until(clause, i) is not None for i in range(len(clause) - 1))


def _sitting_at_home_alone(lemmas: list[str]) -> int | None:
    for at, lemma in enumerate(lemmas):
        if lemma != "sit":
            continue
        _, end = _around(lemmas, at, _CLAUSE_BREAKS)
        if _INDOORS & set(lemmas[at + 1 : end]) and _alone_in_a_clause(lemmas[at + 1 : end]):
            return at
    return None


# "I don't know nobody in this city", "know no one here", "don't know a soul round here": knowing no one
# where the writer lives is loneliness ("I don't know anyone who's had this" is not).
_NO_ONE = (["nobody"], ["naebody"], ["no", "one"], ["noone"])
_ANYONE = (["anyone"], ["anybody"], ["a", "soul"])
_WHERE_I_AM = (["here"], ["round", "here"], ["around", "here"], ["in", "this"], ["in", "the", "area"])
_WHERE_REACH = 3  # the place comes at most this many words after the one not known


def _knowing_no_one(lemmas: list[str]) -> int | None:
    """Where the writer says they know no one ("I know nobody", "I don't know nobody in this city") or
    no one here ("I don't know anyone round here")."""
    for at, lemma in enumerate(lemmas):
        if lemma != "know":
            continue
        after = lemmas[at + 1 :]
        nobody = next((len(w) for w in _NO_ONE if after[: len(w)] == w), 0)
        anyone = next((len(w) for w in _ANYONE if after[: len(w)] == w), 0)
        if anyone and "not" not in lemmas[max(0, at - 3) : at]:
            continue
        if not (nobody or anyone):
            continue
        rest = after[nobody or anyone : (nobody or anyone) + _WHERE_REACH]
        placed = any(rest[i : i + len(w)] == w for w in _WHERE_I_AM for i in range(len(rest)))
        if placed or (nobody and rest[:1] in ([], ["."], [","], ["in"], ["here"], ["round"], ["around"])):
            return at
    return None


_AWAKE = _words("up awake")
_UNTIL = _words("at till until")
_SMALL_HOURS = _words("1 2 3 4 5 one two three four five")
_MORNING = _words("be in")  # "3am" is read as "3 be"; "3 in the morning"


_SMALLEST_HOURS = _words("1 2 3 4 one two three four")
# "up at 4 every night", "awake till 2": "2" and "4" alone are read as "to" and "for"
_HOURS_READ = _words("to for")
_EVERY = _words("every each much some")  # "most nights" is read as "much night"
_EVERY_NIGHT_OR_MORNING = _words("night nights morning mornings")


def _awake_in_the_small_hours(lemmas: list[str], unmasked: list[str] | None = None) -> int | None:
    """ "still up at 4am", "awake till 3 in the morning": awake in the small hours is sleep; so is "up at 3
    every night", "awake at 2 o'clock most nights" (read in ``unmasked``: "every night" is set aside as a
    time in what the rest of the reader sees)."""
    said = unmasked or lemmas
    for at in range(len(lemmas) - 3):
        if not (
            lemmas[at] in _AWAKE and lemmas[at + 1] in _UNTIL and lemmas[at + 2] in _SMALL_HOURS | _HOURS_READ
        ):
            continue
        if lemmas[at + 3] in _MORNING:
            return at
        after = said[at + 3 : at + 5]
        nightly = after[:1] == ["o'clock"] or (
            len(after) == 2
            and after[0] in _EVERY
            and after[1] in _EVERY_NIGHT_OR_MORNING  # "every night", "most nights"
        )
        if lemmas[at + 2] in _SMALLEST_HOURS | _HOURS_READ and nightly:
            return at
    return None


# "the waiting is unbearable", "the wait for the scan results is agonising", "all this waiting for news is
# torture": a wait for news told as a torment is fear of what the news will be.
PAIN = "pain"
_WAITS = _words("wait")
_A_WAIT = _words("the this that all endless constant")  # "the waiting": the wait itself
_WAITED_FOR = _words(
    "result results scan scans news biopsy biopsies test tests word call letter diagnosis verdict outcome "
    "hear know find"
)
_WAIT_LINKS = _words("for on to the my our his her a an of")
_WAITED_FOR_REACH = 4  # "waiting on the biopsy results": the news comes this many words after "wait"
_NOT_A_WAIT = _words("room list time times area queue")  # "the waiting room is grim", "waiting times"
_TORMENTS = _words(
    "unbearable unbearably agonise agonize agonising agonizing agony torture torturous torment hell "
    "hellish nightmare awful terrible horrible horrendous dreadful worst hardest intolerable excruciating "
    "purgatory limbo murder grim"
)
_TORMENT_RUNS = (
    ("do", "my", "head"),  # "the waiting is doing my head in": the wait, not temper
    ("kill", "me"),
    ("kill", "us"),
    ("drive", "me"),
    ("can", "not", "bear"),
    ("can", "not", "stand"),
    ("can", "not", "take"),
    ("too", "much"),
)


def _a_wait(lemmas: list[str], at: int) -> bool:
    """ "the waiting", "all this waiting", "waiting for the results", "waiting to hear": a wait for news
    (not "the waiting room", "waiting times", "waiting for a taxi")."""
    after = lemmas[at + 1 : at + 1 + _WAITED_FOR_REACH]
    if after[:1] and after[0] in _NOT_A_WAIT:
        return False
    if at > 0 and lemmas[at - 1] in _A_WAIT:
        return True
    for word in after:
        if word in _WAITED_FOR:
            return True
        if word not in _WAIT_LINKS:
            return False
    return False


def _waiting_is_a_torment(lemmas: list[str]) -> tuple[int, set[int]] | None:
    """Where a wait for news is told as a torment in the same sentence, and where the torment words are."""
    for at, lemma in enumerate(lemmas):
        if lemma not in _WAITS or not _a_wait(lemmas, at):
            continue
        start, end = _around(lemmas, at, _DEGREE_KEPT)
        # "I'm waiting for results and it's unbearable": a next clause about the wait
        if end < len(lemmas) - 1 and lemmas[end] not in _SENTENCE_BREAKS and lemmas[end + 1] in _THAT:
            end = _around(lemmas, end + 1, _DEGREE_KEPT)[1]
        torments = {i for i in range(start, end) if lemmas[i] in _TORMENTS}
        for run in _TORMENT_RUNS:
            torments |= {i for i in range(start, end) if tuple(lemmas[i : i + len(run)]) == run}
        if torments:
            return at, torments
    return None


def _the_waiting_is_worry(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str]
) -> None:
    """ "The waiting is unbearable", "waiting for the biopsy results is agonising": worry; the agony of
    the wait is not pain, and the news waited for is not the news of the diagnosis."""
    torment = _waiting_is_a_torment(lemmas)
    if torment is None:
        return
    at, torments = torment
    if WORRY in allowed:
        found.setdefault(WORRY, at)
    for item in (PAIN, ANGER):
        if _only_where(item, found, places, lambda where: where in torments):
            del found[item]
    # "all this waiting for news is hell": news still to come, not the news of the diagnosis
    waited = range(at + 1, at + 1 + _WAITED_FOR_REACH)
    if _only_where(COPING, found, places, lambda where: where in waited and lemmas[where] in _WAITED_FOR):
        del found[COPING]


# "the church choir", "bingo at the chapel hall", "the mosque lunch club": a place of worship named for
# what people do together there is company and things to do, not faith.
FAITH = "faith_or_spiritual"
_WORSHIP_PLACES = _words("church chapel mosque temple gurdwara synagogue parish")
_GATHERINGS = _words(
    "choir hall group club coffee bingo social fete fair lunch luncheon youth bazaar jumble quiz dance "
    "outing trip knit craft whist raffle tea committee panto pantomime flower"
)
_GATHERING_REACH = 3  # "the church choir", "the choir at the church"
_TOLD_AS_PAST = _words("used was were went sang loved did")
_GATHERING_GLUE = _words("'s s have")  # "the church's coffee morning" ("'s" is read as "have")


def _drop_a_church_group(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], written: list[str]
) -> None:
    """Faith seen only at a place of worship named with a gathering there, in a sentence telling what the
    writer did ("I used to sing in the chapel choir", "I was always at the church coffee morning"), in a
    message with no other word of faith."""

    def gathering(at: int) -> bool:
        start, _ = _around(lemmas, at, _SENTENCE_BREAKS)
        if lemmas[at] not in _WORSHIP_PLACES or not _TOLD_AS_PAST & set(written[start:at]):
            return False
        named = [w for w in lemmas[at + 1 : at + 1 + _GATHERING_REACH] if w not in _GATHERING_GLUE][:1]
        before = lemmas[max(0, at - _GATHERING_REACH) : at]
        held_there = before[-1:] == ["the"] and before[-2:-1] in (["at"], ["in"]) and before[-3:-2] != []
        return bool(named and named[0] in _GATHERINGS) or (held_there and before[-3] in _GATHERINGS)

    other_faith = {
        at for at, lemma in enumerate(lemmas) if lemma in _FAITH_WORDS and lemma not in _WORSHIP_PLACES
    }
    if not other_faith and _only_where(FAITH, found, places, gathering):
        del found[FAITH]


_FAITH_WORDS = _words(
    "faith god pray prayer prayers belief beliefs believe religion religious spiritual worship mass "
    "service chaplain vicar priest imam minister pastor rabbi jesus lord allah heaven"
)


# "Where to start.", "where do I even begin": an opening that says there is a lot to tell, not a want of
# information (unlike "I don't know where to start with the benefit forms").
_WHERE_TO_START = _words("start begin")
_OPENING_WORDS = _WHERE_TO_START | _words(
    "where to do i even not know sure really well so ok okay right oh god gosh um erm hmm honestly be "
    "shall should can one the from"
)


def _drop_where_to_start(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """Information seen only in a "where to start" sentence of its own, beside other concerns."""

    def opening(at: int) -> bool:
        start, end = _around(lemmas, at, _PUNCTUATED_BREAKS)
        words = set(lemmas[start:end])
        return "where" in words and bool(words & _WHERE_TO_START) and words <= _OPENING_WORDS

    if len(found) > 1 and _only_where(INFO, found, places, opening):
        del found[INFO]


# "I was a scaffolder 30 years and I can't go back to that now", "twenty years a bricklayer, there's no
# going back to it": a working life named by its trade, then no going back to it, is work lost.
_NOT_A_TRADE = _words(
    "smoker drinker carer widow widower patient member volunteer mum mother mam dad father wife husband "
    "partner parent gran nan grandmother grandad grandfather child kid boy girl lad lass teenager student "
    "runner walker swimmer cyclist golfer fan supporter vegetarian vegan christian catholic muslim regular "
    "bit lot little couple few"
)
_WORKING_YEARS = _words("year decade life school")  # "all my working life", "since school"
_TRADE_REACH = 5  # "a joiner for nearly 30 years": the years come at most this many words after the trade
_GOING_BACK = _words("go get")
_NO_WAY_BACK = _words("not never no")
_BACK_TO_REST = _words("sleep bed home hospital doctor gp")  # "can't go back to sleep": not the trade
_DONE_NOW = _words("anymore now again")
_ANY_MORE = (["any", "more"], ["any", "much"], ["no", "more"], ["no", "much"])  # "more" is read as "much"


def _a_trade(lemmas: list[str], at: int, end: int) -> bool:
    """ "I was a scaffolder 30 years", "been a roofer all my working life": a trade at ``at`` (after "a"),
    with the years spent at it."""
    trade = lemmas[at]
    if not trade.isalpha() or len(trade) < 3 or trade in _NOT_A_TRADE or trade in _NOT_EVIDENCE:
        return False
    after = lemmas[at + 1 : min(end, at + 1 + _TRADE_REACH)]
    before = lemmas[max(0, at - 4) : at - 1]
    return bool(_WORKING_YEARS & set(after)) or (
        lemmas[at - 2 : at - 1] in (["year"], ["as"]) and "year" in before
    )


def _no_going_back(lemmas: list[str], start: int, end: int) -> bool:
    """ "I can't go back to that now", "there's no going back to it", "I'll never go back", "I can't do
    that any more"."""
    for at in range(start, end - 1):
        if (
            lemmas[at] in _GOING_BACK
            and lemmas[at + 1] == "back"
            and _NO_WAY_BACK & set(lemmas[max(start, at - 3) : at])
            and not _BACK_TO_REST & set(lemmas[at + 2 : at + 4])
        ):
            return True
        if (
            lemmas[at] == "do"
            and lemmas[at + 1] in _THAT
            and _NO_WAY_BACK & set(lemmas[max(start, at - 3) : at])
            and (_DONE_NOW & set(lemmas[at + 2 : at + 4]) or lemmas[at + 2 : at + 4] in _ANY_MORE)
        ):
            return True
    return False


def _a_trade_given_up(lemmas: list[str]) -> int | None:
    """Where the writer names a trade they spent years at, and says in that sentence or the next that
    there is no going back to it."""
    for at in range(1, len(lemmas)):
        if lemmas[at - 1] not in ("a", "an"):
            continue
        end = _around(lemmas, at, _SENTENCE_BREAKS)[1]
        if not _a_trade(lemmas, at, end):
            continue
        next_end = _around(lemmas, end + 1, _SENTENCE_BREAKS)[1] if end + 1 < len(lemmas) else end
        if _no_going_back(lemmas, at + 1, next_end):
            return at
    return None


# "I'm a plasterer and I'm nowhere near fit enough to go back yet": a trade named, then not yet able to
# go back, is work.
_TRADE_ENDINGS = ("er", "or", "ian", "ist")
_FIT_TO_GO = _words("enough fit ready able well strong")
_NOT_YET = _NO_WAY_BACK | _words("nowhere")
_NOT_YET_REACH = 5  # "not strong enough to go back": the "not" comes this many words before "enough"


def _my_trade(lemmas: list[str], at: int) -> bool:
    """ "I'm a scaffolder": a trade told as what the writer is."""
    trade = lemmas[at]
    return (
        lemmas[max(0, at - 3) : at] == ["i", "be", "a"]
        and trade.isalpha()
        and trade.endswith(_TRADE_ENDINGS)
        and trade not in _NOT_A_TRADE
        and trade not in _NOT_EVIDENCE
    )


def _not_fit_to_go_back(lemmas: list[str], start: int, end: int) -> bool:
    """ "not strong enough to go back", "nowhere near fit to go back yet" (not "back to the clinic",
    which names somewhere else)."""
    return any(
        lemmas[at] in _GOING_BACK
        and lemmas[at + 1] == "back"
        and lemmas[at + 2 : at + 3] not in (["to"], ["into"], ["in"])
        and lemmas[at - 1] == "to"
        and lemmas[at - 2] in _FIT_TO_GO
        and bool(_NOT_YET & set(lemmas[max(start, at - 2 - _NOT_YET_REACH) : at - 2]))
        for at in range(start + 2, end - 1)
    )


def _a_trade_not_yet_gone_back_to(lemmas: list[str]) -> int | None:
    """Where the writer names their trade and says in that sentence or the next they are not fit to go
    back yet."""
    for at in range(len(lemmas)):
        if not _my_trade(lemmas, at):
            continue
        end = _around(lemmas, at, _SENTENCE_BREAKS)[1]
        next_end = _around(lemmas, end + 1, _SENTENCE_BREAKS)[1] if end + 1 < len(lemmas) else end
        if _not_fit_to_go_back(lemmas, at + 1, next_end):
            return at
    return None


LONELY = "loneliness_or_isolation"
# Words that say something is wrong between people, not only that they are far away.
_STRIFE = _words(
    "argue arguing argument row rowing fight fall out talk understand accept snap shout distant blame "
    "cross angry upset"
)
_WITH_THE_CHILDREN = _CHILD | _words("them kids children")
_ALONE = _words("alone own")


def _drop_family_far_away(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "I am alone here, my family is in Poland": family named in the sentence that says the writer is
    alone is why they are alone (loneliness), not trouble between them. "my wife doesn't understand"
    beside it is, and stays."""
    if RELATIONSHIPS not in found or LONELY not in found:
        return
    lonely = [_around(lemmas, at, _SENTENCE_BREAKS) for at in _seen_at(LONELY, found, places)]
    for at in _seen_at(RELATIONSHIPS, found, places):
        sentence = next(((start, end) for start, end in lonely if start <= at < end), None)
        if sentence is None or _STRIFE & set(lemmas[sentence[0] : sentence[1]]):
            return
    del found[RELATIONSHIPS]


# "my son is in Leeds", "her family are all back in Ghana", "my daughter lives away": family named
# only as where they live. After "in", these say how someone is, not where.
_IN_A_STATE = _words(
    "bit bits piece pieces tear tears pain bed trouble care prison jail hospital hospice denial shock "
    "school college uni university year class nursery mess state debt danger agony"
)
_LIVING = _words("be have live stay still all now both move")
_MATES = _words("lad lass")  # "out with the lads": friends; "our lad", "my lass" are family
_FAR_OFF = _words("away abroad overseas")
_GROWN_UP = 20  # "my son is 24": a son or daughter this old is grown up (at 19, maybe still at home)
_FAR_PARTS = (["down", "south"], ["up", "north"], ["back", "home"], ["over", "there"])
_FAMILY_TROUBLE = (
    _STRIFE
    | GENERIC_WORRY
    | _words(
        "afraid scared scare frighten struggle cope tell explain behave act play miss cry ill sick poorly "
        "never speak"
    )
)
_FAMILY = (
    _OTHER_PERSON | _CHILD | _words("family child kid grandchild grandchildren grandkid grandkids relative")
)


def _only_where_they_live(lemmas: list[str], at: int) -> bool:
    """The part of the sentence holding ``at`` names a relative only as living somewhere or working
    ("my son works, so it's two buses", "the kids are down south", "the children down south"), as
    helping ("my son does the garden"), as grown up ("my son is 34", "the kids are grown up and away"),
    or names the writer's mates ("miss the lads")."""
    if lemmas[at] in _MATES and lemmas[at - 1 : at] == ["the"]:
        return True
    start, end = _around(lemmas, at, _PUNCTUATED_BREAKS)
    stretch = lemmas[start:end]
    if _FAMILY_TROUBLE & set(stretch):
        return False
    for index, word in enumerate(stretch):
        if word not in _FAMILY:
            continue
        rest = stretch[index + 1 :]
        verbs = next((n for n, later in enumerate(rest) if later not in _LIVING), len(rest))
        place = rest[verbs:]
        far_off = (bool(place[:1]) and place[0] in _FAR_OFF) or place[:2] in _FAR_PARTS
        named = place[:1] == ["in"] and bool(place[1:2]) and _a_place_name(place[1])
        grown = place[:1] == ["grow"] or (
            place[:1] != [] and place[0].isdigit() and int(place[0]) >= _GROWN_UP
        )
        helps = place[:1] == ["do"] and place[1:2] in (["the"], ["my"], ["our"], ["all"])  # "does the garden"
        if (
            place[:1] == ["work"]
            or helps
            or far_off
            or (verbs and (named or grown))
            or place[:2] == ["back", "home"]
        ):
            return True
    return False


def _a_place_name(word: str) -> bool:
    return word.isalpha() and word not in STOP_WORDS and word not in _IN_A_STATE


def _drop_family_only_placed(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "My son is in Aberdeen and rings on a Sunday", "her family are back in Ghana", "my daughter
    works": a relative named only as where they live or that they work is no concern about the
    children or trouble between people. "my son is in Leeds and won't speak to me" stays."""
    for item in (CHILDREN, RELATIONSHIPS):
        if _only_where(item, found, places, lambda at: _only_where_they_live(lemmas, at)):
            del found[item]


# "he just sits and doesn't talk", "I can't talk since the op": one person not talking, to no one named,
# is speech or withdrawal, not trouble between people ("we don't talk", "he won't talk to me" are).
_LISTENERS = _words("to with me us each other about")
_TALKERS = _words("we they us")
_TALK_REACH = 3  # "can't really talk": "talk" comes at most this many words after "not"


def _talks_to_no_one(lemmas: list[str], at: int) -> bool:
    start, end = _around(lemmas, at, _CLAUSE_BREAKS)
    talk = next((n for n in range(at, min(end, at + _TALK_REACH)) if lemmas[n] == "talk"), None)
    if lemmas[at] != "not" or talk is None or _me_and_another(lemmas, start):
        return False
    return not (_TALKERS & set(lemmas[start:at]) or _LISTENERS & set(lemmas[talk + 1 : end]))


def _me_and_another(lemmas: list[str], start: int) -> bool:
    """ "my sister and me aren't talking", "me and our kid don't talk": the writer and someone else,
    joined by "and" where the clause starts, are the two not talking to each other."""
    pair = [w for w in lemmas[max(0, start - 3) : start + 3] if w not in _WHOSE | {"my", "our"}]
    return any(
        {first, second} & _FIRST_PERSON and {first, second} & (_KIN | _CLOSE | _OTHER_PERSON)
        for first, joined, second in zip(pair, pair[1:], pair[2:], strict=False)
        if joined == "and"
    )


def _drop_talk_without_a_listener(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """Relationships found only where one person does not talk, to no one named, are dropped."""
    if _only_where(RELATIONSHIPS, found, places, lambda at: _talks_to_no_one(lemmas, at)):
        del found[RELATIONSHIPS]


# "he dont understand the letters from hospital", "my son is 9 and he dont understand why mama is sick":
# "he doesn't understand" is trouble between people when it is the writer he doesn't understand ("he
# doesn't understand me", "... what I'm going through"); when what he can't follow is a thing (letters,
# his treatment, why someone is ill) it is information, and when he is a child just named it is the
# children's worry, not a relationship.
_UNDERSTOOD_THINGS = _words("the a an any anything his her their its english")
_WHYS = _words("why what how where when")
_ABOUT_THE_WRITER = _FIRST_PERSON | _words("my we us our")
_UNDERSTAND_REACH = 4  # "he does not really understand": "understand" comes this many words after "he"
_WHOSE_REACH = 8  # how far back the "he" of "he doesn't understand" is looked for


def _not_understanding(lemmas: list[str], at: int) -> int | None:
    """Where "understand" is, when ``at`` starts "he/she does not understand"."""
    if lemmas[at] not in ("he", "she"):
        return None
    _, end = _around(lemmas, at, _PUNCTUATED_BREAKS)
    understand = next(
        (n for n in range(at, min(end, at + _UNDERSTAND_REACH)) if lemmas[n] == "understand"), None
    )
    return understand if understand is not None and "not" in lemmas[at:understand] else None


def _a_thing_not_understood(lemmas: list[str], at: int) -> bool:
    """ "he doesn't understand the letters", "... why mama is sick": what is not understood is a thing or
    a happening, not the writer."""
    if (understand := _not_understanding(lemmas, at)) is None:
        return False
    after = lemmas[understand + 1 : _around(lemmas, at, _PUNCTUATED_BREAKS)[1]]
    if after[:1] and after[0] in _UNDERSTOOD_THINGS and after[1:2] and after[1] not in _CLAUSE_BREAKS:
        return True
    return (
        bool(after[:1]) and after[0] in _WHYS and bool(after[1:]) and not _ABOUT_THE_WRITER & set(after[1:4])
    )


def _a_child_not_understanding(lemmas: list[str], at: int) -> bool:
    """ "my son is 9 and he doesn't understand": the last person named before "he" is a child."""
    return _not_understanding(lemmas, at) is not None and _a_child_named_last(lemmas, at)


_STANDING_IN = _words("he she they him them")  # who they are is named before them


def _a_child_named_last(lemmas: list[str], at: int) -> bool:
    """The last person named before ``at`` is a child, "he", "she" and "they" standing for the one named
    before them ("my daughter is 9 and she is sad, she doesn't understand": the daughter both times)."""
    named = [
        w
        for w in lemmas[max(0, at - _WHOSE_REACH) : at]
        if w in _FIRST_PERSON | _OTHER_PERSON | _CHILD | _SPOUSES and w not in _STANDING_IN
    ]
    return bool(named) and named[-1] in _CHILD


def _drop_a_childs_feelings(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "my daughter is 9 and she is sad", "my son's angry all the time": a child's sadness or anger,
    beside the children found, is the worry about the children, not the writer's own feeling."""
    if CHILDREN not in found:
        return
    for item in (SADNESS, ANGER):
        if _only_where(item, found, places, lambda at: _a_child_named_last(lemmas, at)):
            del found[item]


def _drop_not_understanding_a_thing(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str]
) -> None:
    """Relationships found only where a child doesn't understand (the children's worry, found apart) are
    dropped; found only where someone doesn't understand a thing, they are information_needs."""
    if _only_where(RELATIONSHIPS, found, places, lambda at: _a_child_not_understanding(lemmas, at)):
        del found[RELATIONSHIPS]
    elif _only_where(RELATIONSHIPS, found, places, lambda at: _a_thing_not_understood(lemmas, at)):
        _read_as(INFO, RELATIONSHIPS, found, allowed)


EATING = "eating_or_appetite"
MEANING = "meaning_or_purpose"
_RAISED_WITH = _words("with to my his her their our")
_THEY_ANSWER = _words("he she they everyone everybody people")  # "I bring it up and they change the subject"
_STILL_ME = _words("anymore any now nowadays without these since if when")
_GRIPS = _words("hand hands arm arms grip finger fingers wrist wrists thumb thumbs")


# "food won't go down", "nothing stays down": food going down is swallowing, not feeling down.
_SWALLOWED = _words(
    "food drink eat meal nothing anything it tablet pill water swallow soup toast bread meat tea milk "
    "porridge medicine"
)
_GOING_DOWN = _words("go stay keep")


def _food_going_down(lemmas: list[str], at: int) -> bool:
    if _nothing_kept_down(lemmas[at : at + 3]) is not None or (
        at >= 2 and _nothing_kept_down(lemmas[at - 2 : at + 1]) is not None
    ):
        return True  # "can't get anything down", found at "get" or at "down"
    if lemmas[at] != "down" or not lemmas[at - 1 : at] or lemmas[at - 1] not in _GOING_DOWN:
        return False
    start, _ = _around(lemmas, at, _CLAUSE_BREAKS)
    return bool(_SWALLOWED & set(lemmas[start:at]))


def _drop_last_month_as_a_time(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], written: list[str]
) -> None:
    """ "a bit of pain in my ribs last month": one month, as written, is a time gone by, not "the last
    months" of a life (both are read as "last month")."""
    if _only_where(
        END_OF_LIFE,
        found,
        places,
        lambda at: lemmas[at : at + 2] == ["last", "month"] and written[at + 1] == "month",
    ):
        del found[END_OF_LIFE]


def _drop_food_going_down(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "food not go down", "nothing will stay down", "can't get much down": low mood found only there is
    dropped."""
    if _only_where(SADNESS, found, places, lambda at: _food_going_down(lemmas, at)):
        del found[SADNESS]


# "my husband is also sick", "now I am sick": in plain English a person who "is sick" is ill; being
# sick, feeling sick and being sick after meals are nausea.
_ILL_BEFORE = _words("am is are also too now got fell off")
_NAUSEA_BEFORE = _words("feel feeling felt been being keep get getting vomit")
_SICK_WHEN = _words("every all after when again each most in at")  # "sick every morning" is nausea
_SICK_REACH = 3  # the phrase found may start a word or two before "sick" ("am sick")


# "he dont understand why mama is sick all the time", "the kids can't understand why I'm sick": a
# parent named as their children name them, or an illness a child is to understand, is ill even "all the
# time" (in many Englishes "sick" is simply ill).
_CHILDS_PARENT = _words("mama mamma momma mummy mommy daddy papa")
_EXPLAINING = _words("understand explain")
_WHY_REACH = 6  # "understand why mama is sick": "why" comes at most this many words before "sick"


def _ill_not_nauseous(written: list[str], at: int) -> bool:
    sick = next((n for n in range(at, min(len(written), at + _SICK_REACH)) if written[n] == "sick"), None)
    if sick is None:
        return False
    near = written[max(0, sick - 3) : sick]
    if _NAUSEA_BEFORE & set(near):
        return False
    if _ill_as_a_child_hears_it(written, sick):
        return True
    if _SICK_WHEN & set(written[sick + 1 : sick + 3]):
        return False
    return bool(set(near) & _ILL_BEFORE)


def _ill_as_a_child_hears_it(written: list[str], sick: int) -> bool:
    """ "mama is sick", "explain to them why I'm sick": "sick" said of a parent as a child names them, or
    as what a child is to understand ("understand" or "explain" up to three words before "why")."""
    if _CHILDS_PARENT & set(written[max(0, sick - 3) : sick]):
        return True
    why = next((n for n in range(sick - 1, max(-1, sick - _WHY_REACH - 1), -1) if written[n] == "why"), None)
    return why is not None and bool(_EXPLAINING & set(written[max(0, why - 3) : why]))


def _drop_ill_as_nausea(found: dict[str, int], places: dict[str, set[int]], written: list[str]) -> None:
    """Eating found only where someone "is sick" (ill) is dropped; "I'm being sick" stays."""
    if _only_where(EATING, found, places, lambda at: _ill_not_nauseous(written, at)):
        del found[EATING]


# "SSP is a joke, it's nowt", "the pension is next to nothing": "nothing" as an amount, with no one
# feeling it, is not a loss of meaning.
_AN_AMOUNT = _words("it its that this be nothing just and really worth next to all")
_IT = _words("it its that this")  # "now nothing" (with no "it") is a life with nothing in it


def _drop_nothing_as_an_amount(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """Meaning found only in a clause that says only "it's nothing" is dropped, and so is a trailing
    "... or nothing" ("not doing my bloods or nowt": "or anything")."""
    if MEANING not in found:
        return
    for at in _seen_at(MEANING, found, places):
        start, end = _around(lemmas, at, _CLAUSE_BREAKS)
        clause = set(lemmas[start:end])
        if lemmas[at] == "nothing" and lemmas[at - 1 : at] == ["or"] and clause == {"nothing"}:
            continue
        if lemmas[at] != "nothing" or clause - _AN_AMOUNT or not clause & _IT:
            return
    del found[MEANING]


# "I walk 40 minutes to the hospital because the bus costs", "she walks two miles to the shop": a
# distance walked with nothing hard about it is how someone gets there, not trouble walking.
_DISTANCE = _words("minute minutes mile miles hour hours km")
_WALK_TROUBLE = _words(
    "not can only barely struggle hard pain ache breathless puff sit rest stop slow far difficult "
    "need manage even"
)


def _a_distance_walked(lemmas: list[str], at: int) -> bool:
    after = lemmas[at + 1 : at + 3]
    if lemmas[at] != "walk" or len(after) < 2 or not _is_number(after[0]) or after[1] not in _DISTANCE:
        return False
    start, end = _around(lemmas, at, _PUNCTUATED_BREAKS)
    return not _WALK_TROUBLE & set(lemmas[start:end])


def _drop_a_distance_walked(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """Walking found only where a distance walked is named, with nothing hard before it, is dropped."""
    if _only_where(WALKING, found, places, lambda at: _a_distance_walked(lemmas, at)):
        del found[WALKING]


def _raised(lemmas: list[str], at: int) -> bool:
    """ "every time I bring it up with her", "I don't know how to bring it up with him": raising a
    subject, not being sick."""
    return (
        lemmas[at : at + 1] == ["bring"]
        and lemmas[at + 1 : at + 2] in (["it"], ["this"], ["that"])
        and lemmas[at + 2 : at + 3] == ["up"]
        and bool(
            _RAISED_WITH & set(lemmas[at + 3 : at + 4])
            or _THEY_ANSWER & set(lemmas[at + 3 : at + 4])
            or "how" in lemmas[max(0, at - 4) : at]
        )
    )


def _sick_of(lemmas: list[str], at: int) -> bool:
    """ "sick of being stuck in", "I'm sick of it": fed up, not sick to the stomach."""
    at += lemmas[at : at + 1] == ["be"]
    return lemmas[at : at + 2] == ["sick", "of"]


def _who_i_am_doing(lemmas: list[str], at: int) -> bool:
    """ "who I'm supposed to ring", "who I'm seeing on Monday": "who I am" going on to something the
    writer does, not "I don't know who I am anymore"."""
    following = lemmas[at + 3 : at + 4]
    return (
        lemmas[at : at + 3] == ["who", "i", "be"]
        and bool(following)
        and not (following[0] in _CLAUSE_BREAKS or following[0] in _STILL_ME)
    )


def _anywhere_without(lemmas: list[str], at: int) -> bool:
    """ "can't go anywhere without knowing where the loos are", "I don't go out unless I know where the
    nearest one is": going out only with something to hand says what going out needs, not that the
    writer is cut off. Others going out without the writer ("my friends all go out without me") is being
    left out, and stays."""
    start, end = _around(lemmas, at, _CLAUSE_BREAKS)
    return any(
        lemmas[i] in ("anywhere", "out")
        and lemmas[i + 1 : i + 2] in (["without"], ["unless"])
        and not (lemmas[i + 1] == "without" and lemmas[i + 2 : i + 3] in (["me"], ["us"]))
        for i in range(start, end)
    )


def _losing_weight(lemmas: list[str], at: int) -> bool:
    """ "weight. I keep losing it": what is lost is the weight, not the writer's temper."""
    at += lemmas[at : at + 1] != ["lose"] and lemmas[at + 1 : at + 2] == ["lose"]
    return lemmas[at : at + 2] == ["lose", "it"] and "weight" in lemmas[max(0, at - 6) : at]


_AWAITING = _words("think wait worry dread scared nervous about")


def _results_awaited(lemmas: list[str], at: int) -> bool:
    """ "lying awake thinking about the scan results": results waited on or worried over are the worry,
    not a question about them."""
    return lemmas[at + 1 : at + 2] == ["result"] and bool(_AWAITING & set(lemmas[max(0, at - 4) : at]))


def _at_each_other(lemmas: list[str], at: int) -> bool:
    """ "we're snapping at each other all the time": a quarrel between two is the relationship, not the
    writer's own anger."""
    return lemmas[at + 1 : at + 4] in (["at", "each", "other"], ["with", "each", "other"])


_OWN_CONDITIONS = _words("disability disabilities autism autistic dementia disable")


def _my_own_condition(lemmas: list[str], at: int) -> bool:
    """ "I have a learning disability": the writer's own condition, not someone they care for."""
    condition = next((i for i in range(at, min(at + 3, len(lemmas))) if lemmas[i] in _OWN_CONDITIONS), None)
    if condition is None:
        return False
    before = lemmas[max(0, condition - 4) : condition]
    return "i" in before and bool({"have", "be"} & set(before)) and not _KIN & set(before)


_WHO_ELSE = _words("he she they mum mam dad mother father husband wife partner nan gran")


def _not_known_by_someone(lemmas: list[str], at: int) -> bool:
    """ "some days she doesn't know who I am": someone else (dementia, confusion) not knowing the
    writer, not the writer's own sense of who they are ("I don't know who I am any more" stays)."""
    before = lemmas[max(0, at - 9) : at - 1]
    return (
        lemmas[at : at + 3] == ["who", "i", "be"]
        and lemmas[at - 1 : at] == ["know"]
        and "i" not in before
        and bool(_WHO_ELSE & set(before))
    )


def _useless_at_a_task(lemmas: list[str], at: int) -> bool:
    """ "I'm useless at work the next day": how well something gets done, not feeling worthless."""
    return lemmas[at] == "useless" and lemmas[at + 1 : at + 2] == ["at"]


def _my_own_care(lemmas: list[str], at: int) -> bool:
    """ "no idea what's going on with my care": the care the writer is given, not caring for someone."""
    at += lemmas[at : at + 2] == ["my", "care"]
    return lemmas[at] == "care" and lemmas[at - 1 : at] == ["my"] and lemmas[at + 1 : at + 2] != ["for"]


def _piling_up(lemmas: list[str], at: int) -> bool:
    """ "dishes piling up", "the post piles up": things heaping up, not piles."""
    return lemmas[at] == "pile" and lemmas[at + 1 : at + 2] == ["up"]


def _hard_to_explain(lemmas: list[str], at: int) -> bool:
    """ "hard to explain, I just feel numb": the writer finding words, not wanting things explained."""
    return lemmas[at] == "explain" and lemmas[at - 2 : at] in (["hard", "to"], ["difficult", "to"])


def _at_a_mates(lemmas: list[str], at: int) -> bool:
    """ "sofa surfing at a mate's", "staying with a mate": one friend named as where the writer is, not
    friends missed."""
    return lemmas[at] == "mate" and lemmas[at - 1 : at] == ["a"]


def _drop_forgetting_as_lonely(
    found: dict[str, int], places: dict[str, set[int]], written: list[str]
) -> None:
    """ "I forgot my grandson's birthday", "forgetting her tablets": forgetting something is memory; only
    being forgotten ("I feel forgotten") is loneliness. ``written``: the words as written (both are
    "forget" as lemmas)."""
    if _only_where(
        LONELY, found, places, lambda at: written[at] in ("forget", "forgot", "forgets", "forgetting")
    ):
        del found[LONELY]


_PAINKILLERS = _words(
    "morphine codeine oxycodone oramorph tramadol fentanyl opioid opioids painkiller painkillers"
)
_CAUSED_BY = _words("off from since after")


def _caused_by_a_painkiller(lemmas: list[str], at: int) -> bool:
    """ "constipation off the morphine", "drowsy from the codeine": a painkiller named as the cause of
    something else, not pain."""
    return lemmas[at] in _PAINKILLERS and bool(_CAUSED_BY & set(lemmas[max(0, at - 2) : at]))


def _forgotten_about(lemmas: list[str], at: int) -> bool:
    """ "I forgot my grandson's birthday", "I keep forgetting the kids' names": a child named as what the
    writer forgot is the memory, not a concern about the children."""
    return "forget" in lemmas[max(0, at - 3) : at]


def _weak_grip(lemmas: list[str], at: int) -> bool:
    """ "my hands are too weak to open jars": a weak grip, not tiredness."""
    return lemmas[at] == "weak" and bool(_GRIPS & set(lemmas[max(0, at - 4) : at]))


_MONEY_EATEN = _words("penny pennies money saving savings pound wage wages pension budget into")


def _eats_money(lemmas: list[str], at: int) -> bool:
    """ "the meter is eating every penny", "eating into my savings": money used up, not food."""
    return lemmas[at] == "eat" and bool(_MONEY_EATEN & set(lemmas[at + 1 : at + 4]))


_PETS = _words("dog dogs cat cats puppy kitten pet pets budgie parrot rabbit horse pony")


def _a_pet(lemmas: list[str], at: int) -> bool:
    """ "my dog. who will look after him if I go in?": a pet to be looked after, with no one of the
    family named, is not caring for a person."""
    return bool(_PETS & set(lemmas)) and not (_KIN | _CHILD | _SPOUSES) & set(lemmas)


_CARED_FOR_BY_OTHERS = _words("me us myself")


def _cared_for_me(lemmas: list[str], at: int) -> bool:
    """ "my wife does everything for me", "I'm well looked after": being cared for, not caring."""
    window = lemmas[at : at + 5]
    if window[:2] == ["look", "after"] and lemmas[at + 2 : at + 3] in ([], [","]):
        # "I'm well looked after" ("I'm well" may be set aside as settled): looked after, no one named
        return bool({"be", MASK} & set(lemmas[max(0, at - 3) : at]))
    return any(
        word in ("for", "after") and window[i + 1 : i + 2] and window[i + 1] in _CARED_FOR_BY_OTHERS
        for i, word in enumerate(window)
    )


def _understood_by_others(lemmas: list[str], at: int) -> bool:
    """ "people can't understand me on the phone": the writer not being understood (speech, accent),
    not wanting information."""
    return any(
        lemmas[i] == "understand" and lemmas[i + 1 : i + 2] in (["me"], ["us"], ["him"], ["her"])
        for i in range(at, min(at + 4, len(lemmas)))
    )


# "my husband doesn't understand", "he just doesn't get it": someone close not understanding the writer.
_WHO_MAY_UNDERSTAND = _SPOUSES | _words("he she they people nobody everyone family friend friends")
_NOT_GETTING_IT = _words("not never")


def _a_partner_who_does_not_understand(lemmas: list[str], at: int) -> bool:
    """ "my husband doesn't understand, we argue about it", "people don't understand how I feel": the
    one close to the writer does not understand them, which is the relationship, not a want of
    information ("he doesn't understand what the consultant said" stays)."""
    for i in range(at, min(at + 4, len(lemmas))):
        if lemmas[i] != "understand":
            continue
        before = lemmas[max(0, i - 5) : i]
        after = lemmas[i + 1 : i + 2]
        return (
            bool(_NOT_GETTING_IT & set(before[-3:]))
            and bool(_WHO_MAY_UNDERSTAND & set(before))
            and not _FIRST_PERSON & set(before[-3:])
            and (not after or after[0] in _CLAUSE_BREAKS or after[0] in ("me", "us", "how"))
        )
    return False


_FOOD = _words("food eat eating cook cooking meal meals dinner tea")


def _bothered_with_food(lemmas: list[str], at: int) -> bool:
    """ "can't be bothered with food", "can't be bothered to cook": appetite, not low mood."""
    return lemmas[at] in ("can", "not", "bother") and bool(
        "bother" in lemmas[at : at + 4] and _FOOD & set(lemmas[at : at + 7])
    )


_TRAVEL = _words(
    "get getting take go travel drive lift bus car taxi train there reach transport park parking far way"
)


def _appointment_alone(lemmas: list[str], at: int) -> bool:
    """ "appointments, people's names", "I keep missing appointments because I forget": appointments
    named with no getting there in the clause are not a journey."""
    start, end = _around(lemmas, at, _CLAUSE_BREAKS)
    return lemmas[at] == "appointment" and not _TRAVEL & set(lemmas[start:end])


_SWEATS = _words("sweat sweats sweating flush flushes clammy")


def _wet_with_sweat(lemmas: list[str], at: int) -> bool:
    """ "hot flushes, soaking wet every night": wet with sweat, not wet from the bladder."""
    return lemmas[at] in ("wet", "soak", "soaking") and bool(_SWEATS & set(lemmas))


def _all_the_time_off(lemmas: list[str], at: int) -> bool:
    """ "constipated all the time off the morphine": all the time, from the morphine; not time off work."""
    return lemmas[at : at + 2] == ["time", "off"] and lemmas[at - 1 : at] == ["the"]


_BOILED = _words("the a some water kettle pan egg eggs")


def _boiling_a_thing(lemmas: list[str], at: int) -> bool:
    """ "boiling the kettle to wash": water boiled, not the writer boiling with rage."""
    return lemmas[at] == "boil" and lemmas[at + 1 : at + 2] != [] and lemmas[at + 1] in _BOILED


_GONE_THROUGH = _words("die suffer struggle go lose")


def _seen_going_through(lemmas: list[str], at: int) -> bool:
    """ "I've seen people die in pain": people watched going through something, not people missed."""
    return (
        lemmas[at : at + 2] == ["see", "people"]
        and lemmas[at + 2 : at + 3] != []
        and (lemmas[at + 2] in _GONE_THROUGH)
    )


_WHAT_IS_UNREAL = _words("it this that everything all life")


def _unreal_as_very(lemmas: list[str], at: int) -> bool:
    """ "the fatigue is unreal", "the pain's unreal": how strong something is, not the diagnosis feeling
    unreal ("it all feels unreal" stays)."""
    return (
        lemmas[at] == "unreal"
        and lemmas[at - 1 : at] in (["be"], ["have"])
        and lemmas[at - 2 : at - 1] != []
        and lemmas[at - 2] not in _WHAT_IS_UNREAL
    )


def _a_death_to_come(lemmas: list[str], at: int) -> bool:
    """ "he wants to go home to die": a death to come, not one grieved."""
    return lemmas[at] in _DYING and lemmas[at - 1 : at] == ["to"]


def _my_own_kids(lemmas: list[str], at: int) -> bool:
    """ "I don't want my kids to have to pay for it": children the writer has, not wanting children."""
    return any(
        lemmas[i] in ("my", "our") and lemmas[i + 1 : i + 2] in (["kid"], ["child"], ["children"])
        for i in range(at, min(at + 3, len(lemmas)))
    )


_IN_THE_SHOWER = _words("hair clump clumps cry crying sob")


def _in_the_shower(lemmas: list[str], at: int) -> bool:
    """ "my hair comes out in clumps in the shower": the shower as where something happens, not washing."""
    start, end = _around(lemmas, at, _SENTENCE_BREAKS)
    return (
        lemmas[at] in ("shower", "bath")
        and lemmas[at - 2 : at] == ["in", "the"]
        and bool(_IN_THE_SHOWER & set(lemmas[start:end]))
    )


def _someone_else_hopeless(lemmas: list[str], at: int) -> bool:
    """ "my husband's hopeless", "she's hopeless at cooking": a judgement of someone else, not despair."""
    return lemmas[at] == "hopeless" and (
        lemmas[at + 1 : at + 2] == ["at"] or bool(_THIRD_PEOPLE & set(lemmas[max(0, at - 3) : at]))
    )


_THIRD_PEOPLE = _words("he she they")
_FOOD_PUSHED = _words("plate plates food dinner bowl meal tray")


def _food_pushed_away(lemmas: list[str], at: int) -> bool:
    """ "he pushes the plate away": food refused, not a person pushed away."""
    return lemmas[at] == "push" and bool(_FOOD_PUSHED & set(lemmas[at + 1 : at + 4]))


def _a_season_to_get_through(lemmas: list[str], at: int) -> bool:
    """ "how will I get through Christmas": a hard season to come, not a last one."""
    return lemmas[at] == "christmas" and "through" in lemmas[max(0, at - 2) : at]


_PAYING = _words("pay afford find cover manage")


def _no_clue_how_to_pay(lemmas: list[str], at: int) -> bool:
    """ "I haven't a clue how I'll pay it": money that cannot be found, not a question to be answered."""
    return (
        lemmas[at] in ("have", "no", "not")
        and "clue" in lemmas[at : at + 4]
        and "how" in lemmas[at : at + 6]
        and bool(_PAYING & set(lemmas[at : at + 10]))
    )


_DRESSING = _words("put sock socks shoe shoes tights dress dressed trousers")


def _bending_to_dress(lemmas: list[str], at: int) -> bool:
    """ "I can't bend to put my socks on": bending to dress is the dressing, not getting about."""
    bend = next((i for i in range(at, min(at + 4, len(lemmas))) if lemmas[i] == "bend"), None)
    return bend is not None and bool(_DRESSING & set(lemmas[bend + 1 : bend + 5]))


# "since I lost me hair", "since losing my job": a thing lost, not someone who died.
_THINGS_LOST = _words(
    "hair weight job work appetite licence license confidence voice sight hearing taste smell breast breasts "
    "leg legs arm eye eyebrow eyebrows eyelash eyelashes nail nails teeth tooth stone pound kilo kg interest "
    "home house flat car independence mobility strength balance memory business income wage wages money "
    "savings bearings temper"
)
_LOST_SKIPPED = _words("my me our his her their your all a the so much some bit of")
# "lost two stone", "lost nearly a stone", "lost loads of weight": how much was lost.
_AMOUNTS = _words(
    "five six seven eight nine ten half nearly almost over about around loads lots lot couple few"
)


def _a_thing_lost(lemmas: list[str], at: int) -> bool:
    """ "since I lost me hair", "since losing my job": what was lost (within a few words of where the
    grief was seen) is a thing, not a person."""
    loss = next((i for i in range(at, min(len(lemmas), at + 4)) if lemmas[i] == "lose"), None)
    if loss is None:
        return False
    lost = [
        w
        for w in lemmas[loss + 1 : loss + 5]
        if w not in _LOST_SKIPPED and not _is_number(w) and w not in _AMOUNTS
    ][:1]
    return bool(lost) and lost[0] in _THINGS_LOST


_EATEN = _words("eat food meal meals drink")


def _through_me(lemmas: list[str], at: int) -> bool:
    """ "everything I eat goes straight through me", "food runs right through me": the bowels, not the
    appetite."""
    _, end = _around(lemmas, at, _CLAUSE_BREAKS)
    after = lemmas[at + 1 : end]
    return lemmas[at] in _EATEN and any(after[i : i + 2] == ["through", "me"] for i in range(len(after)))


def _eaten_through_me(lemmas: list[str]) -> int | None:
    return next((at for at in range(len(lemmas)) if _through_me(lemmas, at)), None)


_EGGS = _words("egg eggs sperm embryo embryos")


def _freezing_cold(lemmas: list[str], at: int) -> bool:
    """ "the flat's freezing", "freezing cold": cold, not eggs or sperm frozen for later."""
    return lemmas[at] == "freeze" and not _EGGS & set(lemmas[max(0, at - 3) : at + 4])


# "my autistic son", "my daughter who has ADHD", "our boy with special needs": one of the writer's children
# with needs of their own, whom the illness touches too.
_CHILD_NEEDS = _words("autistic autism adhd asd asperger aspergers dyslexic dyslexia dyspraxia")
_NEEDS_REACH = 4  # the need comes at most this many words either side of the child


def _a_child_with_needs(lemmas: list[str]) -> int | None:
    """Where one of the writer's own children ("my son", "our girl") is named with a condition."""
    for at, lemma in enumerate(lemmas):
        if lemma not in _CHILD - {"baby"}:
            continue
        start, end = _around(lemmas, at, _PUNCTUATED_BREAKS)
        near = lemmas[max(start, at - _NEEDS_REACH) : min(end, at + 1 + _NEEDS_REACH)]
        whose = lemmas[max(start, at - 3) : at]
        caring = (
            any(lemmas[i : i + 2] in _CARING_FOR for i in range(start, end)) or "carer" in lemmas[start:end]
        )
        if _CHILD_NEEDS & set(near) and _words("my our me") & set(whose) and not caring:
            return max(start, at - len(whose))  # "I look after my autistic son" is the caring, and read so
    return None


# "my husband left when I got diagnosed", "my wife left after the op": a partner who walked out.
_LEFT_HOW = _CLAUSE_BREAKS | _words("me us when after once because soon in last")
_PARTNER_REACH_BACK = 3  # the partner comes at most this many words before "left"


def _a_partner_left(lemmas: list[str]) -> int | None:
    """Where the writer's husband, wife or partner is said to have left them ("left for work", "left the
    room" are not)."""
    for at in range(1, len(lemmas)):
        if lemmas[at] != "leave":
            continue
        before = lemmas[max(0, at - _PARTNER_REACH_BACK) : at]
        partner = next((i for i, w in enumerate(before) if w in _PARTNERS), None)
        if partner is None or not _MY & set(before[:partner] or lemmas[max(0, at - 4) : at]):
            continue
        after = lemmas[at + 1 : at + 2]
        if not after or after[0] in _LEFT_HOW:
            return at - len(before) + partner
    return None


# "my husband won't look at me", "he can't bear to look at me since the op": a partner who turns away from
# the writer is trouble between them, and, beside a body changed, how the writer looks.
_BODY_CHANGES = _words(
    "scar scars operation op surgery mastectomy stoma bag body naked undressed hair bald weight wound"
)
_LOOK_AWAY_REACH = 6  # "won't even look at me": "not" comes at most this many words before "look"
SKIN = "skin_or_appearance"


_STARING = _words("stare gawp gawk gape")
_STARED_AT = (["at", "it"], ["at", "my"], ["at", "me"])
# Where a growth on the skin shows: stared at with one of these named, it is how the writer looks.
_FACE = _words("face nose cheek lip forehead ear chin eyelid scalp scar lump")


def _stared_at(lemmas: list[str]) -> int | None:
    """ "folk keep staring at me", "everyone stares at me in the shop", "it's on my nose and people gawp":
    stared at for how the writer looks ("staring at the ceiling all night" is not)."""
    face = bool(_FACE & set(lemmas))
    for at, word in enumerate(lemmas):
        if word not in _STARING:
            continue
        after = lemmas[at + 1 : at + 3]
        if after == ["at", "me"]:
            return at
        if face and (not after or after[0] in _CLAUSE_BREAKS or after in _STARED_AT):
            return at
    return None


def _a_partner_will_not_look(lemmas: list[str]) -> int | None:
    """Where the writer's partner will not (or cannot bear to) look at them."""
    for at in range(len(lemmas) - 2):
        if lemmas[at : at + 3] != ["look", "at", "me"]:
            continue
        start, _ = _around(lemmas, at, _CLAUSE_BREAKS)
        before = lemmas[max(start, at - _LOOK_AWAY_REACH) : at]
        partner = next((w for w in lemmas[start:at] if w in _PARTNERS | _words("he she")), None)
        if partner is not None and "not" in before:
            return start
    return None


# "haven't been a proper husband to her since the op", "not been a real wife to him": what a partner can no
# longer be to the other, said without naming it, is intimacy.
_PROPER = _words("proper real")
_PARTNER_ROLES = _SPOUSES | _words("man woman")
_PROPER_REACH = 5  # "not" comes at most this many words before "proper"


def _not_a_proper_partner(lemmas: list[str]) -> int | None:
    """Where the writer says they have not been a proper husband or wife (or man, or woman) to someone."""
    for at in range(1, len(lemmas) - 1):
        if lemmas[at] not in _PROPER or lemmas[at + 1] not in _PARTNER_ROLES or lemmas[at - 1] != "a":
            continue
        start, _ = _around(lemmas, at, _CLAUSE_BREAKS)
        if "not" in lemmas[max(start, at - _PROPER_REACH) : at] and not _OTHER_PERSON & set(lemmas[start:at]):
            return at  # "he's not been a proper husband to me" is his, and is read as that
    return None


_WHOSE_MATE = _words("my me our a an the his her their your no any of with")


def _mate_as_address(lemmas: list[str], at: int) -> bool:
    """ "money m8", "cheers mate": the reader called "mate" at the end of what they say, not friends."""
    return (
        lemmas[at] == "mate"
        and lemmas[at - 1 : at] != []
        and lemmas[at - 1] not in _WHOSE_MATE
        and (at + 1 == len(lemmas) or lemmas[at + 1] in _PUNCTUATED_BREAKS)
    )


_APOLOGIES = _words("sorry apologise apologize apology apologies excuse forgive pardon")


def _sorry_for_my_english(lemmas: list[str], at: int) -> bool:
    """ "sorry english not good", "excuse my English": the writer apologising for how they write, not
    asking for information in their language."""
    start, end = _around(lemmas, at, _SENTENCE_BREAKS)
    sentence = lemmas[start:end]
    return "english" in lemmas[at : at + 3] and bool(_APOLOGIES & set(sentence))


def _the_job_centre(lemmas: list[str], at: int) -> bool:
    """ "a Job Centre appointment": the benefits office (money), not a job."""
    return lemmas[at] == "job" and lemmas[at + 1 : at + 2] in (["centre"], ["center"])


_FLUSHES = _words("hot flush flushes")
# What puts hot flushes in the night: "up all night with hot flushes", "they keep waking me".
_NIGHT_WORDS = _words(
    "night nights nightly wake waking awake sleep bed bedtime am morning sheet sheets drench drenched soak "
    "soaked soaking pyjamas duvet tired exhausted"
)


def _flushes_by_day(lemmas: list[str], at: int) -> bool:
    """ "hot flushes", "the hot flushes are awful": a symptom the checklist does not name, not sleep,
    unless the message puts them in the night."""
    return lemmas[at] in _FLUSHES and not _NIGHT_WORDS & set(lemmas)


_FLOORS = _words("floor floors")


_PACING = _words("walk pace")


def _walking_the_floor(lemmas: list[str], at: int) -> bool:
    """ "up walking the floor till the small hours", "pacing the floors": awake and pacing, not walking."""
    return (
        lemmas[at] in _PACING
        and lemmas[at + 1 : at + 2] == ["the"]
        and bool(set(lemmas[at + 2 : at + 3]) & _FLOORS)
    )


def _pacing_the_floor(lemmas: list[str]) -> int | None:
    """Where the writer is up walking or pacing the floor: lying awake, on their feet."""
    return next((at for at in range(len(lemmas)) if _walking_the_floor(lemmas, at)), None)


_NIGHT_REACH = 6  # "up and down to the loo in the night": the night comes this many words after "down"


def _up_and_down_in_the_night(lemmas: list[str]) -> int | None:
    """ "I'm up and down all night", "up and down in the night": a broken night ("out all night" is not)."""
    return next(
        (
            at
            for at in range(len(lemmas) - 2)
            if lemmas[at : at + 3] == ["up", "and", "down"]
            and "night" in lemmas[at + 3 : at + 3 + _NIGHT_REACH]
        ),
        None,
    )


# "my carers don't come often enough to get me washed", "the carers rush me": paid carers who come to the
# writer are care the writer gets, not the writer caring for someone.
_CARERS_WHOSE = _words("my me our the")
_CARERS_COMING = _words("come visit turn arrive rush leave pop send me us")


def _carers_who_come(lemmas: list[str], at: int) -> bool:
    if lemmas[at] != "carer" or at < 1 or lemmas[at - 1] not in _CARERS_WHOSE:
        return False
    if "be" in lemmas[max(0, at - 3) : at - 1]:  # "I'm the carer"
        return False
    _, end = _around(lemmas, at, _SENTENCE_BREAKS)
    return bool(_CARERS_COMING & set(lemmas[at + 1 : end]))


def _drop_carers_who_come(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """For someone who is not a carer, carers named only as people who come to help them."""
    if _only_where(CARING, found, places, lambda at: _carers_who_come(lemmas, at)):
        del found[CARING]


# "he wants to go back to Bangladesh before he dies", "she'd love to see home one last time": a wish for
# before death is a wish for the end of life, not grief.
_LAST_WISHES = _words("want wish like love hope dream")
_DYING_ONE = _FIRST_PERSON | _OTHER_PERSON | _words("we")
_ONE_LAST = (["one", "last", "time"], ["one", "more", "time"], ["one", "much", "time"], ["last", "wish"])


def _before_dying(after: list[str], at: int) -> bool:
    if after[at : at + 1] != ["before"] or not after[at + 1 : at + 2]:
        return False
    if after[at + 1] == "it" and "late" in after[at + 2 : at + 5]:  # "before it's too late"
        return True
    going = next((k for k in range(at + 2, min(len(after), at + 4)) if after[k] not in _BE_HAVE), None)
    if after[at + 1] not in _DYING_ONE or going is None or after[going] not in _MY_GOING:
        return False
    return after[going] in ("die", "dye") or after[going + 1 : going + 2] in ([], ["away"])


def _a_last_wish(lemmas: list[str]) -> tuple[int, int] | None:
    """Where a wish for before death is said, and where its sentence ends."""
    for at, word in enumerate(lemmas):
        if word not in _LAST_WISHES:
            continue
        _, end = _around(lemmas, at, _SENTENCE_BREAKS)
        after = lemmas[at + 1 : end]
        if any(after[i : i + len(last)] == last for last in _ONE_LAST for i in range(len(after))) or any(
            _before_dying(after, i) for i in range(len(after))
        ):
            return at, end
    return None


def _a_last_wish_is_the_end_of_life(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str]
) -> None:
    if (wish := _a_last_wish(lemmas)) is None:
        return
    start, end = wish
    if END_OF_LIFE in allowed:
        found.setdefault(END_OF_LIFE, start)
    if _only_where(BEREAVEMENT, found, places, lambda at: start <= at < end):
        del found[BEREAVEMENT]


# "nobody at the hospital signs", "none of the nurses can sign": no one to sign to a deaf person is
# information they miss. Signing a form, or being signed off, is not.
_NOBODY = _words("nobody naebody noone none")
_SIGNED_THINGS = _words(
    "the a an my his her their your it this that off up on in for form forms paper papers name anything "
    "something me him them"
)
_SIGN_REACH = 5  # "nobody at the hospital signs": "nobody" comes at most this many words before "sign"


def _no_one_signs(lemmas: list[str]) -> int | None:
    for at, word in enumerate(lemmas):
        if word != "sign" or (lemmas[at + 1 : at + 2] and lemmas[at + 1] in _SIGNED_THINGS):
            continue
        before = lemmas[max(0, at - _SIGN_REACH) : at]
        if _NOBODY & set(before) or ("no", "one") in pairwise(before):
            return at
    return None


# "nobody checks on me now", "no one rings to see how I am": no one keeping in touch is being left alone.
# "nobody rings back" (the hospital) is information, and "nobody checks the forms" is neither.
_KEEPING_IN_TOUCH = _words("check ring phone call text visit pop")
_CHECKED_ON = _words("on in up")
_TOUCH_FILLER = _words("ever even really now much")
_NEWS_CALLS = _words("back tell explain let about result results appointment appointments letter")
_NEWS_REACH = 5  # "nobody rings me to tell me": what the call would be for comes this many words after


def _nobody_checks_on_me(lemmas: list[str]) -> int | None:
    for at in range(len(lemmas)):
        if lemmas[at] in _NOBODY:
            verb = at + 1
        elif lemmas[at : at + 2] == ["no", "one"]:
            verb = at + 2
        else:
            continue
        while verb < len(lemmas) and lemmas[verb] in _TOUCH_FILLER:
            verb += 1
        if verb >= len(lemmas) or lemmas[verb] not in _KEEPING_IN_TOUCH:
            continue
        after = lemmas[verb + 1 : verb + 3]
        if _NEWS_CALLS & set(lemmas[verb + 1 : verb + 1 + _NEWS_REACH]) or (
            after[:1] and after[0] in _OTHER_PERSON
        ):
            continue
        if lemmas[verb] == "check" and not (after[:1] and after[0] in _CHECKED_ON):
            continue
        return at
    return None


# "I'm signed off work with stress", "the GP signed me off for a month": off work on a doctor's note.
_SIGNED_OFF_THINGS = _words("the a an it this that form forms paper papers on")


def _signed_off(lemmas: list[str]) -> int | None:
    for at in range(len(lemmas) - 1):
        if lemmas[at] != "sign":
            continue
        off = at + 2 if lemmas[at + 1] == "me" else at + 1
        if lemmas[off : off + 1] == ["off"] and not (
            lemmas[off + 1 : off + 2] and lemmas[off + 1] in _SIGNED_OFF_THINGS
        ):
            return at
    return None


# "who will look after the kids when I go in", "who'll mind the bairns": children to be minded while the
# writer is ill are a concern about the children, not the writer caring for someone ("looking after my
# little brothers" and "my disabled son" stay caring).
_MINDING = _words("after for mind")
_MINDED_GLUE = _words("the my our me his her their your little wee young small two three four 2 3 4")
_MINDED = _words("kid child bairn wean baby one ones grandkid grandchild toddler youngster twin")
_MINDING_REACH = 4  # "who will look after": the "after" comes at most this many words from where it was found


def _children_minded(lemmas: list[str], at: int) -> bool:
    for minding in range(at, min(at + _MINDING_REACH, len(lemmas))):
        if lemmas[minding] in _MINDING:
            child = minding + 1
            while child < len(lemmas) and lemmas[child] in _MINDED_GLUE and child - minding <= 3:
                child += 1
            return child < len(lemmas) and lemmas[child] in _MINDED
    return False


# "worried about my cat if I'm kept in": who will see to a pet is not on the checklist; it is kept in the
# writer's words, not read as anxiety.
_PET_GLUE = _words("about for over the my me our his her wee little old")


def _worry_for_a_pet(lemmas: list[str], at: int) -> bool:
    if lemmas[at] not in GENERIC_WORRY:
        return False
    after = [word for word in lemmas[at + 1 : at + 5] if word not in _PET_GLUE]
    return bool(after) and after[0] in _PETS


# "my memory's shocking", "sleep is shocking": shocking as very bad, said of a concern, is not shock.
_SHOCKING_THINGS = _words(
    "memory sleep appetite concentration pain back eyesight hearing balance skin hair weight energy mood "
    "bowel bladder breathing breathe walk walking chest leg knee nerve"
)
_SHOCKING_GLUE = _words("be have so really absolutely just bloody pretty")


def _shocking_as_bad(lemmas: list[str], at: int) -> bool:
    if lemmas[at] != "shock":
        return False
    before = at - 1
    while before >= 0 and lemmas[before] in _SHOCKING_GLUE:
        before -= 1
    return before >= 0 and lemmas[before] in _SHOCKING_THINGS


def _every_one_feared(lemmas: list[str], at: int) -> bool:
    """ "every ache or lump, I'm convinced it's spread", "every cough I think it's back": each one feared
    as a sign, not a pain or a cough of its own."""
    return lemmas[max(0, at - 1) : at + 1].count("every") == 1


def _words_had(lemmas: list[str], at: int) -> bool:
    """ "we've had words, big words": a row, not words to be explained."""
    return "word" in lemmas[at : at + 3] and ["have", "word"] in (
        lemmas[i : i + 2] for i in range(max(0, at - 5), at + 1)
    )


def _drop_everyday_senses(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """An item found only in a word's everyday sense: "bring it up with him" and "sick of it" are not
    being sick, "who I'm supposed to ring" is not a question of who the writer is, "my hands are too
    weak to open jars" is a grip, not tiredness, and "can't go anywhere without a loo" is not being cut
    off."""
    for item, everyday in (
        (EATING, (_raised, _sick_of, _eats_money, _through_me)),
        (MEANING, (_who_i_am_doing, _not_known_by_someone, _useless_at_a_task)),
        (TIRED, (_weak_grip,)),
        ("pain", (_caused_by_a_painkiller, _every_one_feared)),
        (BREATHING, (_every_one_feared,)),
        (CHILDREN, (_forgotten_about,)),
        (ANGER, (_losing_weight, _at_each_other, _children_passed_round)),
        (
            INFO,
            (
                _results_awaited,
                _hard_to_explain,
                _understood_by_others,
                _no_clue_how_to_pay,
                _a_partner_who_does_not_understand,
                _sorry_for_my_english,
                _words_had,
            ),
        ),
        (CARING, (_my_own_condition, _my_own_care, _a_pet, _cared_for_me, _children_minded)),
        (WORRY, (_worry_for_a_pet,)),
        ("bladder_or_bowels", (_piling_up, _wet_with_sweat)),
        (WORK, (_all_the_time_off, _the_job_centre)),
        (ANGER, (_boiling_a_thing,)),
        (
            LONELY,
            (_anywhere_without, _at_a_mates, _seen_going_through, _minding_the_children, _mate_as_address),
        ),
        (COPING, (_unreal_as_very, _shocking_as_bad)),
        (SEX, (_my_own_kids, _freezing_cold)),
        (SLEEP, (_flushes_by_day,)),
        (BEREAVEMENT, (_a_death_to_come, _a_thing_lost)),
        ("washing_and_dressing", (_in_the_shower,)),
        (SADNESS, (_bothered_with_food, _someone_else_hopeless)),
        (RELATIONSHIPS, (_food_pushed_away,)),
        (WALKING, (_bending_to_dress, _walking_the_floor)),
        (END_OF_LIFE, (_a_season_to_get_through,)),
        (TRANSPORT, (_appointment_alone,)),
    ):
        if _only_where(item, found, places, lambda at, senses=everyday: any(s(lemmas, at) for s in senses)):
            del found[item]


# "had two panic attacks in the car park", "I sat in the hospital car park and cried": a car park the
# writer was in is where something happened; paying for it, finding a space or getting there is not.
_PARKING_TROUBLE = _words(
    "pay paying cost costs charge charges fee fees space spaces find afford pound money ticket fine "
    "expensive full price far walk drive get can not never always"
)


def _drop_a_car_park_that_is_where(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "Panic attacks. Had two in the car park at the hospital": a car park named as where something
    happened, with nothing about parking in its clause, is not a parking concern."""
    if TRANSPORT not in found:
        return
    for seen in _seen_at(TRANSPORT, found, places):
        at = seen + 1 if lemmas[seen : seen + 2] == ["car", "park"] else seen
        if lemmas[at : at + 1] != ["park"] or not {"in", "at"} & set(lemmas[max(0, at - 3) : at]):
            return
        start, end = _around(lemmas, at, _CLAUSE_BREAKS)
        if _PARKING_TROUBLE & set(lemmas[start:end]):
            return
    del found[TRANSPORT]


MONEY = "money_or_finance"
# "the parking costs a fortune", "parking at the hospital is that dear": what parking costs is the parking
# concern, not money as well. Hardship ("parking is crippling us", "can't afford the parking") is money
# too, and so are fares: people count a taxi's or a bus's price as money.
_PRICES = _words("cost fortune expensive dear pricey charge price")
_HARDSHIP = _words("afford cripple struggle skint broke money pay")


_PAYERS = _words("me us")


def _costs_me_a_fortune(sentence: list[str]) -> bool:
    """ "parking costs us a fortune": a price the writer pays, told as a hardship ("parking charges cost
    a fortune" is only the price)."""
    return any(
        sentence[i] in _PAYERS and sentence[i + 1 : i + 3] == ["a", "fortune"] for i in range(len(sentence))
    )


def _drop_the_price_of_parking(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """Money seen only at a price, in a clause that names parking (found as transport), in a sentence that
    tells of no hardship."""
    if TRANSPORT not in found:
        return
    parking = [at for at in _seen_at(TRANSPORT, found, places) if "park" in lemmas[at : at + 2]]

    def a_price(at: int) -> bool:
        start, end = _around(lemmas, at, _DEGREE_KEPT)
        first, last = _around(lemmas, at, _SENTENCE_BREAKS)
        return (
            bool(_PRICES & set(lemmas[at : at + 2]))
            and any(start <= seen < end for seen in parking)
            and not _HARDSHIP & set(lemmas[first:last])
            and not _costs_me_a_fortune(lemmas[first:last])
        )

    if _only_where(MONEY, found, places, a_price):
        del found[MONEY]


BOWELS = "bladder_or_bowels"
_ON_A_FLOOR = _words("upstairs downstairs")


def _drop_a_toilet_that_is_where(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "the toilet is upstairs and he can't manage the stairs": where the toilet is, not the bowels."""
    if _only_where(BOWELS, found, places, lambda at: bool(_ON_A_FLOOR & set(lemmas[at : at + 4]))):
        del found[BOWELS]


HOUSING = "housing"
_BY_A_PLACE = _words("near outside from by round past behind opposite")
_WHICH_HOME = _words("a an the our my his her their")


def _lived_in(lemmas: list[str], at: int) -> bool:
    """``at`` is in "we live in a house", "she lives in a bungalow", said and left there: the home named
    only as where someone lives. "live in a house that's too big", "live in a council flat" say more."""
    live = next((i for i in range(at, max(-1, at - 4), -1) if lemmas[i] == "live"), None)
    if live is None or lemmas[live + 1 : live + 2] != ["in"]:
        return False
    home = live + 2
    while home < len(lemmas) and lemmas[home] in _WHICH_HOME:
        home += 1
    return at <= home < len(lemmas) and (home + 1 == len(lemmas) or lemmas[home + 1] in _CLAUSE_BREAKS)


def _drop_a_home_that_is_where(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "no benches near my house", "the bus stop outside my flat": a home named as where something is,
    or as where someone lives beside a concern named ("we live in a house, the toilet is upstairs and she
    can't get up the stairs"), is not a housing concern. Named so with nothing else found ("we live in a
    flat, the lift is always broken"), the home is what the message is about."""

    def where(at: int) -> bool:
        by_a_place = lemmas[at - 1 : at] != [] and lemmas[at - 1] in _BY_A_PLACE
        return by_a_place or (len(found) > 1 and _lived_in(lemmas, at))

    if _only_where(HOUSING, found, places, where):
        del found[HOUSING]


# "the house is too quiet", "the flat feels so empty now": a home gone quiet is loneliness or grief, not a
# housing concern.
_QUIET = _words("quiet empty silent lonely")


def _drop_a_quiet_home(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    def gone_quiet(at: int) -> bool:
        end = _around(lemmas, at, _PUNCTUATED_BREAKS)[1]
        return bool(_QUIET & set(lemmas[at + 1 : min(end, at + 5)]))

    if _only_where(HOUSING, found, places, gone_quiet):
        del found[HOUSING]


# "does it mean I'm dying?", "am I dying?": asking whether death is coming is fear of it, not plans for it.
_ASKED_DYING = (["mean", "i", "be"], ["be", "i"], ["mean", "i", "be", "go", "to"], ["be", "i", "go", "to"])


def _asking_if_dying_is_fear(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str]
) -> None:
    def asked(at: int) -> bool:
        return lemmas[at] in _DYING and any(lemmas[max(0, at - len(w)) : at] == w for w in _ASKED_DYING)

    if WORRY in allowed and END_OF_LIFE in found:
        dying = {at for at in _seen_at(END_OF_LIFE, found, places) if asked(at)}
        if dying:
            found.setdefault(WORRY, min(dying))
            if dying == _seen_at(END_OF_LIFE, found, places) or _only_where(
                END_OF_LIFE, found, places, asked
            ):
                del found[END_OF_LIFE]


# "frightened of losing him", "scared I'll lose her", "dreading the day we lose him": a loss to come,
# feared or foreseen, is fear of it, not grief for a death.
_LOSS = _words("lose")
_LOSS_TO_COME = _FEELINGS_OF_FEAR | _words("will would might could may go gonna bear")
_LOSS_REACH = 4  # the fear comes at most this many words before the loss


def _fear_of_a_loss_is_worry(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str]
) -> None:
    """ "I'm frightened of losing him", "I'm scared we're going to lose her": the grief phrases ("losing
    him") told as a loss still to come are the writer's fear of it, a worry; "I'm losing him" and "since
    losing her" stay grief."""

    def to_come(at: int) -> bool:
        start, _ = _around(lemmas, at, _CLAUSE_BREAKS - {"and"})
        before = set(lemmas[max(start, at - _LOSS_REACH) : at])
        return lemmas[at] in _LOSS and bool(_LOSS_TO_COME & before) and not _DREADED & before

    if _only_where(BEREAVEMENT, found, places, to_come):
        _read_as(WORRY, BEREAVEMENT, found, allowed)


_MY_DEATH = _words("i me")


def _drop_my_own_death_as_grief(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "that I'll die before my granddaughter's born", "before I die": the writer's own death to come is
    not grief for someone who has died."""
    if BEREAVEMENT not in found:
        return
    for at in _seen_at(BEREAVEMENT, found, places):
        if lemmas[at] not in _DYING or not _MY_DEATH & set(lemmas[max(0, at - 3) : at]):
            return
    del found[BEREAVEMENT]


def _drop_a_death_that_has_happened(
    lemmas: list[str],
    found: dict[str, int],
    places: dict[str, set[int]],
    spans: dict[str, list[tuple[int, int]]],
) -> None:
    """ "my wife died in the summer after 3 years of treatment": the classifier's guess at the end of life
    in a clause telling of a death that has happened is the grief, not plans for a death to come.
    What a phrase names outright ("her funeral plans") stays, unless it is only one of the writer's own
    dying, told in the grief ("he's not got over me mam dying in June")."""
    if END_OF_LIFE not in found or BEREAVEMENT not in found:
        return
    grieved = {_around(lemmas, at, _CLAUSE_BREAKS)[0] for at in _seen_at(BEREAVEMENT, found, places)}
    grieved |= {
        _around(lemmas, at, _CLAUSE_BREAKS)[0]
        for at in places.get(END_OF_LIFE, ())
        if _a_death_told_as_past(lemmas, at)
    }

    def grief(at: int) -> bool:
        if END_OF_LIFE in spans and not (at and lemmas[at] in _DYING and lemmas[at - 1] in _KIN_WHO_DIE):
            return False
        return _around(lemmas, at, _CLAUSE_BREAKS)[0] in grieved

    if _only_where(END_OF_LIFE, found, places, grief):
        del found[END_OF_LIFE]


# "I get so angry at my husband", "snapping at the wife": anger aimed at a husband or wife is trouble
# between them too.
_AT_WHOM = _words("at with")
_CARING_FOR = (["look", "after"], ["care", "for"])
_WHOSE_CARE = _words("my me our the his her")


def _cares_for_someone_else(lemmas: list[str]) -> bool:
    """ "looking after dad", "I care for my mum": a carer who names the one they look after, and it is
    not their husband or wife, so a partner they snap at is the family at home, not the one cared for."""
    for at in range(len(lemmas) - 2):
        if lemmas[at : at + 2] in _CARING_FOR:
            whom = [w for w in lemmas[at + 2 : at + 4] if w not in _WHOSE_CARE][:1]
            if whom and whom[0] in _KIN - _SPOUSES:
                return True
    return False


def _drop_children_beside_a_partner(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "short tempered with my wife and kids", "rowing with the kids and my husband": children named
    with a partner as who the writer is at odds with are the family's relationships, not a concern
    about the children."""
    if RELATIONSHIPS not in found:
        return
    odds = _seen_at(RELATIONSHIPS, found, places)

    def with_a_partner(at: int) -> bool:
        start, end = _around(lemmas, at, _PUNCTUATED_BREAKS)
        beside = {*lemmas[max(start, at - 3) : at], *lemmas[at + 1 : min(end, at + 4)]}
        return "and" in beside and bool(_SPOUSES & beside) and any(start <= seen < at for seen in odds)

    if _only_where(CHILDREN, found, places, with_a_partner):
        del found[CHILDREN]


def _anger_at_a_partner(lemmas: list[str], found: dict[str, int], allowed: set[str]) -> None:
    """ "I get so angry at my husband over nothing": the person with cancer angry with their husband or
    wife is a concern for the two of them (relationships) as well as anger."""
    if ANGER not in found or RELATIONSHIPS not in allowed or RELATIONSHIPS in found:
        return
    angry = found[ANGER] + (lemmas[found[ANGER]] in _CLAUSE_BREAKS)  # "so angry" is found at "so"
    start, end = _around(lemmas, angry, _CLAUSE_BREAKS)
    for at in range(start, end - 1):
        whom = [w for w in lemmas[at + 1 : at + 4] if w not in ("my", "the", "our")]
        if lemmas[at] in _AT_WHOM and whom[:1] and whom[0] in _SPOUSES:
            found[RELATIONSHIPS] = at
            return


def _a_partner_fed_up_with_me(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str]
) -> None:
    """ "the wife's fed up with me", "my husband gets short with me": a husband's or wife's anger aimed
    at the writer is trouble between the two of them (relationships); the anger is theirs, and goes
    when someone else's is set aside."""
    if ANGER not in found or RELATIONSHIPS not in allowed or RELATIONSHIPS in found:
        return
    for at in _seen_at(ANGER, found, places):
        start, _ = _around(lemmas, at, _CLAUSE_BREAKS)
        if (
            _at_the_writer(lemmas, at)
            and _SPOUSES & set(lemmas[max(0, start - 12) : at])
            and not (_FIRST_PERSON & set(lemmas[start:at]))
        ):
            found[RELATIONSHIPS] = at
            return


# "4 children in a 2 bedroom flat": children counted as who lives in a home too small is the housing.
# The count is read as written: a "4" or "2" may have become "for" or "to" among the lemmas.
_A_HOME = _words("bedroom room flat house home")
_COUNTED = _MORE_THAN_ONE | _words("6 7 8 six seven eight")


def _children_counted_in_a_home(lemmas: list[str], written: list[str], at: int) -> bool:
    start, end = _around(lemmas, at, _PUNCTUATED_BREAKS)
    stretch = set(lemmas[start:end])
    counted = at > 0 and written[at - 1].lower() in _COUNTED
    return counted and bool(_A_HOME & stretch) and not (_FAMILY_TROUBLE & stretch)


def _drop_children_counted_in_a_home(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], written: list[str]
) -> None:
    if HOUSING in found and _only_where(
        CHILDREN, found, places, lambda at: _children_counted_in_a_home(lemmas, written, at)
    ):
        del found[CHILDREN]


def _drop_alone_with_the_children(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    """ "I have 5 children, I am alone with them", "on my own with the kids all day": bringing
    children up alone is a concern about the children, not loneliness. "alone with this" and "alone
    with my thoughts" are lonely, and stay."""
    if LONELY not in found or CHILDREN not in found:
        return
    for at in _seen_at(LONELY, found, places):
        start, end = _around(lemmas, at, _CLAUSE_BREAKS)
        clause = lemmas[start:end]
        if not any(
            word == "with" and clause[index + 1 : index + 2] and clause[index + 1] in _WITH_THE_CHILDREN
            for index, word in enumerate(clause)
            if _ALONE & set(clause[:index])
        ):
            return
    del found[LONELY]


# "he lives on his own and can't do his cooking", "she lives alone, and she's not eating": living alone
# told beside a concern of the body or the day says who there is to see to it, not that they are lonely.
# Told on its own ("I live on my own since the divorce") or beside a feeling ("I live alone and I'm
# scared") it is the concern; "lives alone and is so lonely" says so itself.
_SEEN_TO = _words("physical practical")


def _living_alone(lemmas: list[str], at: int) -> bool:
    """``at`` is in the words that say someone lives alone ("lives alone", "live on my own", "living by
    himself")."""
    live = next((i for i in range(at, max(-1, at - 3), -1) if lemmas[i] == "live"), None)
    return live is not None and bool((_ALONE | _SELVES) & set(lemmas[live + 1 : live + 4]))


def _drop_living_alone_as_a_fact(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], category_of: dict[str, str]
) -> None:
    if any(category_of.get(item) in _SEEN_TO for item in found) and _only_where(
        LONELY, found, places, lambda at: _living_alone(lemmas, at)
    ):
        del found[LONELY]


def _seen_at(item: str, found: dict[str, int], places: dict[str, set[int]]) -> set[int]:
    """Everywhere the classifier saw an item; where only a phrase found it, the one place it was found."""
    return places.get(item, {found[item]})


def _read_as(
    item: str,
    instead_of: str,
    found: dict[str, int],
    allowed: set[str],
    places: dict[str, set[int]] | None = None,
) -> None:
    """What was read as ``instead_of`` is ``item``, where it was first seen (when the checklist offers it);
    with ``places``, everywhere it was seen is where ``item`` was seen too."""
    seen = _seen_at(instead_of, found, places or {})
    position = found.pop(instead_of)
    if item in allowed:
        found.setdefault(item, position)
        if places is not None:
            places.setdefault(item, set()).update(seen)


def _only_where(
    item: str, found: dict[str, int], places: dict[str, set[int]], holds: Callable[[int], bool]
) -> bool:
    """The item was found, and everywhere it was seen ``holds``: a reading the caller sets aside."""
    return item in found and all(holds(at) for at in _seen_at(item, found, places))


def _around(lemmas: list[str], position: int, breaks: frozenset[str]) -> tuple[int, int]:
    """The start and end of the clause or sentence (as ``breaks`` say) holding ``position``."""
    start = position
    while start > 0 and lemmas[start - 1] not in breaks:
        start -= 1
    end = position
    while end < len(lemmas) and lemmas[end] not in breaks:
        end += 1
    return start, end


def _texts(item: ChecklistItem) -> list[str]:
    return [item.label, *item.phrases, *item.examples]


def _inside(item: str, spans: dict[str, list[tuple[int, int]]]) -> bool:
    """Every phrase of this item lies inside a longer phrase of another ("trying for a baby" is
    fertility, not children): the longer phrase says what was meant."""
    return all(
        any(
            s <= start and end <= e and (e - s) > (end - start)
            for other, hits in spans.items()
            if other != item
            for s, e in hits
        )
        for start, end in spans[item]
    )


def _span(lemmas: list[str], pattern: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the phrase first comes, as (start, end): its words in order, with at most ``_MAX_GAP``
    filler words between two of them ("can't really sleep", "no more money", "hair is all falling
    out" for "can't sleep", "no money", "hair falling out")."""
    for start in (i for i, lemma in enumerate(lemmas) if lemma == pattern[0]):
        end = _rest(lemmas, pattern, 1, start + 1)
        if end is not None:
            return start, end
    return None


def _rest(lemmas: list[str], pattern: tuple[str, ...], part: int, at: int) -> int | None:
    if part == len(pattern):
        return at
    for gap in range(_MAX_GAP + 1):
        index = at + gap
        if index >= len(lemmas):
            return None
        if lemmas[index] == pattern[part]:
            end = _rest(lemmas, pattern, part + 1, index + 1)
            if end is not None:
                return end
        if (
            lemmas[index] not in _FILLERS
            and not lemmas[index].isdigit()
            and not _how_many_children(lemmas[index], pattern[part])
        ):
            return None
        if lemmas[index] in _POSSESSIVE and pattern[part] in _OFFSPRING:
            return None  # "want my kids to see me": children who are here, not "want kids"
    return None


# "my two boys", "my wee girl", "our three little ones": how many children, or how small, between "my"
# and the children is no gap in "my boys".
_CHILDREN_WORDS = _CHILD | _words("kids children youngster youngsters bairns weans grandkid grandchild one")
_HOW_MANY_CHILDREN = _words("two three four five six seven eight nine ten twin wee little young small")


def _how_many_children(word: str, following: str) -> bool:
    return word in _HOW_MANY_CHILDREN and following in _CHILDREN_WORDS


# "I don't want my kids to see me like this": a child named as someone's is a child who is here, so a
# phrase for children wanted or hoped for ("want kids", "want a baby") does not reach across "my".
_POSSESSIVE = _words("my me our his her their your")
_OFFSPRING = _words("kid child baby")


def _clauses(lemmas: list[str]) -> list[tuple[int, list[str]]]:
    """The message cut at commas and joining words: each part may raise a different concern."""
    parts: list[tuple[int, list[str]]] = []
    start, current = 0, []
    for index, lemma in enumerate(lemmas):
        if lemma in _CLAUSE_BREAKS:
            if current:
                parts.append((start, current))
            start, current = index + 1, []
        else:
            current.append(lemma)
    if current:
        parts.append((start, current))
    return parts or [(0, lemmas)]


# "I don't know how to explain to the boys", "what do I say to my daughter", "worried about our son":
# telling the children, or a worry for one of the writer's own (a grown-up son or daughter too), is a
# concern about the children. Not the lads at work, and not the children telling the writer.
_TOLD = _words("tell explain say break")
_CHILD_NAMES = _CHILD | _words(
    "kids children grandchild grandchildren grandkid grandkids youngster youngsters "
    "lassie lassies laddie laddies"  # Scots "my lassie", "oor laddie": a daughter, a son
)
_WHOSE_CHILD = _POSSESSIVE | _words("the")
_FEAR_FOR = _words("about for over")
_WORRIED_HOW = _words("sick stiff")  # "worried sick about our son"


def _fear_for_at(lemmas: list[str], at: int) -> int | None:
    """Where what a fear word at ``at`` is for begins: after "about", "for" or "over"."""
    k = at + 1 + (lemmas[at + 1 : at + 2] != [] and lemmas[at + 1] in _WORRIED_HOW)
    return k + 1 if lemmas[k : k + 1] and lemmas[k] in _FEAR_FOR else None


# What may come after the child a worry is for: nothing more, or who they are ("our daughter, who's
# expecting").
_CHILD_ENDS = _CLAUSE_BREAKS | _words("who")
_NOT_FAMILY_PLACES = _words("work office club pub gym football darts school college")  # "the lads at work"
_TOLD_REACH = 5  # "explain it all to my two boys": the child comes at most this many words after "tell"


def _a_child_named_at(lemmas: list[str], start: int, reach: int) -> int | None:
    """Where one of the writer's own children is named within ``reach`` words from ``start``, as
    "my son", "the boys", "our two girls", in the same clause, and not as mates at work or the pub."""
    for at in range(start, min(len(lemmas), start + reach)):
        if lemmas[at] in _PUNCTUATED_BREAKS or lemmas[at] in ("and", "but", "because"):
            return None
        if lemmas[at] in _CHILD_NAMES and _WHOSE_CHILD & set(lemmas[start:at]):
            if _NOT_FAMILY_PLACES & set(lemmas[at + 1 : at + 4]):
                return None
            return at
    return None


def _children_told_or_feared_for(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str], carer: bool
) -> None:
    """ "how do I explain to the boys", "worried about our daughter who's expecting": the children. A
    carer's or a relative's own worry for "my son" may be for the one with cancer, so from them only the
    worry of the one they look after ("she's worried about our daughter") is read as the children."""
    if CHILDREN not in allowed:
        return
    for at, lemma in enumerate(lemmas):
        child = None
        if lemma in _TOLD and (lemma != "say" or lemmas[at + 1 : at + 2] == ["to"]):
            child = _a_child_named_at(lemmas, at + 1, _TOLD_REACH)
        elif lemma in _FEELINGS_OF_FEAR and (k := _fear_for_at(lemmas, at)) is not None:
            start, _ = _around(lemmas, at, _CLAUSE_BREAKS)
            worrier = set(lemmas[max(start, at - 3) : at])
            if not carer or (_THIRD_PEOPLE & worrier and not _FIRST_PERSON & worrier):
                child = _a_child_named_at(lemmas, k, 3)
            if child is not None and lemmas[child + 1 : child + 2] and lemmas[child + 1] not in _CHILD_ENDS:
                child = None  # "worried about my son seeing me like this": what may happen is the worry
        if (
            child is None
            and lemma in _UPSET
            and (lemmas[at + 1 : at + 2] == ["them"] or lemmas[at - 1 : at] in (["her"], ["him"], ["them"]))
        ):  # "...frighten them", "my lassie's sitting her Highers and I don't want her worrying"
            child = _children_named_before(lemmas, at)
        if child is not None and CHILDREN not in found:
            found[CHILDREN] = child
            places.setdefault(CHILDREN, set()).add(child)


def _thinks_it_will_come_back(lemmas: list[str]) -> int | None:
    """ "i keep thinking its gonna come back": the fear of the cancer returning ("when I come back from
    holiday" is not)."""
    return next(
        (
            at
            for at in range(len(lemmas) - 1)
            if lemmas[at : at + 2] == ["come", "back"]
            and {"it", "its"} & set(lemmas[max(0, at - 4) : at])
            and _TO_COME & set(lemmas[max(0, at - 3) : at])
            and "think" in lemmas[max(0, at - 7) : at]
        ),
        None,
    )


_TOO_MUCH = [["too", "much"], ["much", "than"]]


def _drinking_too_much(lemmas: list[str]) -> int | None:
    """A carer's "drinking more than I should", "I'm drinking too much": their own health. ("more" is
    read as "much".)"""
    return next(
        (
            at
            for at, lemma in enumerate(lemmas)
            if lemma == "drink"
            and ("i" in lemmas[max(0, at - 3) : at] or at == 0 or lemmas[at - 1] in _CLAUSE_BREAKS)
            and any(lemmas[at + 1 : at + 3] == much for much in _TOO_MUCH)
        ),
        None,
    )


_LOW_WHEN = _words("about at sometimes when in a over")


def _i_get_down(lemmas: list[str]) -> int | None:
    """ "I get down about it all at night", "I do get down sometimes": low in spirits, not down the stairs."""
    return next(
        (
            at
            for at in range(len(lemmas) - 2)
            if lemmas[at : at + 2] == ["get", "down"]
            and "i" in lemmas[max(0, at - 3) : at]
            and lemmas[at + 2] in _LOW_WHEN
            and lemmas[at + 3 : at + 4] != ["the"]
        ),
        None,
    )


_OUT_WITH_FRIENDS = _words("see go meet")
_FRIENDS_AND_HAUNTS = _words("lad mate pal pub club")
_NOT_OUT = _NEGATIONS | _words("stop")


def _not_out_with_friends(lemmas: list[str]) -> int | None:
    """ "dont go to the pub or see the lads now", "stopped seeing my mates": cut off from friends."""
    for at, lemma in enumerate(lemmas):
        if lemma in _OUT_WITH_FRIENDS and _NOT_OUT & set(lemmas[max(0, at - 3) : at]):
            _, end = _around(lemmas, at, _PUNCTUATED_BREAKS)
            if _FRIENDS_AND_HAUNTS & set(lemmas[at + 1 : min(end, at + 9)]):
                return at
    return None


def _i_am_failing(lemmas: list[str]) -> int | None:
    """A carer's "I feel like I'm failing at both", "I'm failing her": not coping with the caring."""
    return next(
        (at for at, lemma in enumerate(lemmas) if lemma == "fail" and "i" in lemmas[max(0, at - 3) : at]),
        None,
    )


_WEIGHT = _words("weight stone kilo kilos kg")
_WEIGHT_KEPT = _words("lose keep")


def _weight_lost(lemmas: list[str]) -> int | None:
    """ "I've lost over three stone", "I can't keep the weight on": weight lost, which most link workers
    (and most writers of the blind rounds) record as eating."""
    return next(
        (
            at
            for at, lemma in enumerate(lemmas)
            if lemma in _WEIGHT_KEPT and _WEIGHT & set(lemmas[at + 1 : at + 5])
        ),
        None,
    )


# Concerns said in words of their own, each found by a rule over the lemmas (see each rule's docstring).
_SAID_IN_OTHER_WORDS: tuple[tuple[str, Callable[[list[str]], int | None]], ...] = (
    (LONELY, _not_out_with_friends),
    (WORRY, _thinks_it_will_come_back),
    (SADNESS, _i_get_down),
)
# Said of the one with cancer (a carer's own weight lost is their own health, not this).
_THE_PERSON_SAYS_IN_OTHER_WORDS: tuple[tuple[str, Callable[[list[str]], int | None]], ...] = (
    (EATING, _weight_lost),
)
_A_CARER_SAYS_IN_OTHER_WORDS: tuple[tuple[str, Callable[[list[str]], int | None]], ...] = (
    (CARER_OWN_HEALTH, _my_own_chest),
    (CARER_COPING, _i_am_failing),
    (CARER_OWN_HEALTH, _drinking_too_much),
)


def _said_in_runs(
    lemmas: list[str], found: dict[str, int], allowed: set[str], said: dict[str, tuple[Run, ...]]
) -> set[str]:
    """Each item of ``said`` whose runs of words are in the message, where it is offered: the items
    named so, which count as named in a phrase when there are more than can be kept."""
    named = set()
    for item, item_runs in said.items():
        if item in allowed and (at := first_run(lemmas, item_runs)) is not None:
            found.setdefault(item, at)
            named.add(item)
    return named


def _said_in_other_words(
    lemmas: list[str],
    found: dict[str, int],
    allowed: set[str],
    rules: tuple[tuple[str, Callable[[list[str]], int | None]], ...],
) -> None:
    """Each rule's item, where the rule finds it and the item is offered, unless already found."""
    for item, rule in rules:
        if item in allowed and (at := rule(lemmas)) is not None:
            found.setdefault(item, at)


_UPSET = _words("tell frighten scare upset worry")
_THEIR_NUMBER = _POSSESSIVE | _HOW_MANY_CHILDREN


def _children_named_before(lemmas: list[str], at: int) -> int | None:
    """ "I've got two lads at home and I don't want to frighten them", "my girls, I can't tell them": the
    children, named earlier in the sentence as the writer's own or by their number ("the lads" at the pub
    are mates)."""
    start, _ = _around(lemmas, at, _SENTENCE_BREAKS)
    return next(
        (
            i
            for i in range(at - 1, start, -1)
            if lemmas[i] in _CHILD_NAMES and _THEIR_NUMBER & set(lemmas[max(start, i - 2) : i])
        ),
        None,
    )


_PREGNANT = _words("pregnant")
_PREGNANT_REACH = 6  # "our daughter who is pregnant": the daughter comes this many words before


def _drop_a_childs_pregnancy(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str]
) -> None:
    """ "our daughter who's pregnant", "my son's girlfriend is pregnant": a child's baby on the way is
    family news (the children), not the writer's fertility."""

    def a_childs(at: int) -> bool:
        start, _ = _around(lemmas, at, _PUNCTUATED_BREAKS)
        return lemmas[at] in _PREGNANT and bool(
            _CHILD_NAMES & set(lemmas[max(start, at - _PREGNANT_REACH) : at])
        )

    if _only_where(SEX, found, places, a_childs):
        _read_as(CHILDREN, SEX, found, allowed, places)


# "dreading losing him", "I fear losing her": a loss dreaded is grief begun before the death (a fright,
# "scared of losing him", is read as worry).
_DREADED = _words("dread fear")

# "deal with the bank and her pension", "sort out the paperwork": dealing with papers and money is the
# practical matter, not coping with the news.
_PAPERS = _words(
    "bank banks pension pensions paperwork form forms bill bills council benefit benefits dwp solicitor "
    "probate estate insurance mortgage landlord account accounts tax hmrc letter letters utility"
)
_DEALT_REACH = 4


def _drop_dealing_with_papers(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "I don't know how to deal with the bank": coping read from "deal" with papers after it goes."""

    def papers(at: int) -> bool:
        _, end = _around(lemmas, at, _CLAUSE_BREAKS - {"and"})
        return lemmas[at] in ("deal", "handle") and bool(
            _PAPERS & set(lemmas[at + 1 : min(end, at + 1 + _DEALT_REACH)])
        )

    if _only_where(COPING, found, places, papers):
        del found[COPING]


# A carer's "him" or "her" is the one they looked after: "missing her", "I miss him so much", "the house
# is empty without him" is that they have died.
_MISSED = _words("him her")
_MISSED_AFTER = _words(
    ", . ! ? ; so terribly loads much every already like badly dreadfully awful awfully desperately"
)
_GONE_WITHOUT = _words("empty quiet lost lose lonely")


_STILL_HERE = _words("he she")
_NOW_DOING = _words(
    "'s is are does do doesnt can cant cannot will wont keeps still has gets needs wants knows thinks says "
    "seems looks sits sleeps just hardly barely never"
)
_GONE = _words("go pass die")  # "she's gone", "he's passed": not here now


def _still_here(lemmas: list[str], written: list[str], at: int) -> bool:
    """ "I miss him, he's not the same man", "I miss her, she just sits there": what comes next tells
    of them as they are now (not "she was my world", "he's gone")."""
    _, end = _around(lemmas, at, _SENTENCE_BREAKS)
    return any(
        lemmas[i] in _STILL_HERE
        and written[i + 1 : i + 2] != []
        and written[i + 1] in _NOW_DOING
        and not _GONE & set(lemmas[i + 2 : i + 4])
        for i in range(at, end)
    )


def _a_carer_missing_them(lemmas: list[str], written: list[str]) -> int | None:
    """Where a carer misses him or her, or a place is empty without them."""
    for at, lemma in enumerate(lemmas):
        after = lemmas[at + 2 : at + 3]
        missed = lemma == "miss" and lemmas[at + 1 : at + 2] and lemmas[at + 1] in _MISSED
        if missed and (not after or after[0] in _MISSED_AFTER) and not _still_here(lemmas, written, at + 2):
            return at
        if lemma == "without" and lemmas[at + 1 : at + 2] and lemmas[at + 1] in _MISSED:
            start, _ = _around(lemmas, at, _PUNCTUATED_BREAKS)
            if (not after or after[0] in _MISSED_AFTER) and _GONE_WITHOUT & set(lemmas[start:at]):
                return at
    return None


# "having to rely on other people for everything", "depending on my daughter for lifts": the writer
# leaning on others is not caring for someone ("he relies on me" is).
_LEANING = _words("rely depend")
_ON_ME = _words("i me us myself")


def _drop_leaning_on_others(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    def leaning(at: int) -> bool:
        return any(
            lemmas[i] in _LEANING
            and lemmas[i + 1 : i + 2] == ["on"]
            and not _ON_ME & set(lemmas[i + 2 : i + 3])
            for i in range(max(0, at - 1), min(len(lemmas), at + 2))
        )

    if _only_where(CARING, found, places, leaning):
        del found[CARING]


# "getting up to the Walsgrave every day, it's two buses": getting up to a place is the journey; "no
# point getting up most days": getting up without the will is low mood. Neither is moving about ("can't
# get up to the bedroom" is).
_UP_TO_INDOORS = _ROOMS | _SEATS | _CLIMBS | _words("bedroom bathroom toilet loo")
_NO_WILL = _words("point bother bothered reason")


def _drop_getting_up_that_is_not_moving(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    def not_moving(at: int) -> bool:
        if lemmas[at : at + 2] != ["get", "up"]:
            return False
        if _NO_WILL & set(lemmas[max(0, at - 2) : at]):
            return True
        place = [w for w in lemmas[at + 3 : at + 5] if w != "the"]
        return TRANSPORT in found and lemmas[at + 2 : at + 3] == ["to"] and not _UP_TO_INDOORS & set(place)

    if _only_where(WALKING, found, places, not_moving):
        del found[WALKING]


# "my weight keeps dropping", "losing weight fast": weight lost is eating, not how the writer looks ("I've
# put on weight and none of my clothes fit" stays appearance).
_WEIGHT_LOST = _words("drop dropping lose losing lost fall falling loss")


def _drop_weight_lost_as_looks(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    def weight_lost(at: int) -> bool:
        start, end = _around(lemmas, at, _CLAUSE_BREAKS)
        clause = set(lemmas[start:end])
        return "weight" in clause and bool(_WEIGHT_LOST & clause)

    if EATING in found and _only_where(SKIN, found, places, weight_lost):
        del found[SKIN]


_THOUGH = _words("even though although but")


def _past_though(lemmas: list[str], at: int) -> int:
    """ "... even though he's here": where what follows "even though" starts."""
    while at < len(lemmas) and lemmas[at] in _THOUGH:
        at += 1
    return at


_DEATH_TOLD = _DYING | _GONE | _words("lose lost grief grieve widow widower funeral passing")


def _drop_missing_someone_still_here(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], written: list[str]
) -> None:
    """ "I miss him even though he's right there": missing someone who is still here, with no death told,
    is no grief."""
    missed_here = any(
        lemmas[at] == "miss"
        and lemmas[at + 1 : at + 2] != []
        and lemmas[at + 1] in _MISSED
        and _still_here(lemmas, written, _past_though(lemmas, at + 2))
        for at in range(len(lemmas))
    )
    if BEREAVEMENT in found and missed_here and not _DEATH_TOLD & set(lemmas):
        del found[BEREAVEMENT]


# "I do everything at home in the day": running the home, with no one named as looked after, is no
# strain of caring.
_AT_HOME = (["at", "home"], ["in", "the", "house"], ["round", "the", "house"], ["around", "the", "house"])
_CARED_FOR_NAMED = _OTHER_PERSON | _words("care caring carer look")


def _drop_running_the_home(lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]) -> None:
    """ "work nights and do everything at home": carer_coping read from "do everything" said of the home,
    in a message that names no one looked after, goes."""
    if CARER_COPING not in found or _CARED_FOR_NAMED & set(lemmas):
        return

    def the_home(at: int) -> bool:
        if lemmas[at : at + 2] not in (["do", "everything"], ["i", "do"]):
            return False
        k = at + (3 if lemmas[at] == "i" else 2)
        return any(lemmas[k : k + len(home)] == home for home in _AT_HOME)

    if _only_where(CARER_COPING, found, places, the_home):
        del found[CARER_COPING]


_DREAD_REACH = 5  # "dreading the day I lose him": the loss comes at most this many words after the dread
_LOST_ONES = _words("him her them")


def _a_loss_dreaded(lemmas: list[str]) -> int | None:
    """Where a loss of him, her or one of the writer's own is dreaded: "dreading losing him", "I dread
    the day we lose mum". Not a job, the hair or the house ("dreading losing my hair")."""
    for at, lemma in enumerate(lemmas):
        if lemma not in _DREADED:
            continue
        _, end = _around(lemmas, at, _CLAUSE_BREAKS - {"and"})
        for loss in range(at + 1, min(end, at + 1 + _DREAD_REACH)):
            if lemmas[loss] not in _LOSS:
                continue
            whom = [w for w in lemmas[loss + 1 : loss + 3] if w not in _POSSESSIVE]
            if whom and whom[0] in _THINGS_LOST:
                continue  # "dreading losing her hair": her hair, not her
            if lemmas[loss + 1 : loss + 2] and (
                lemmas[loss + 1] in _LOST_ONES or (whom and whom[0] in _KIN_WHO_DIE | _SPOUSES)
            ):
                return loss
    return None


# Concerns in other words, and figures of speech: read by _other_words_and_figures_of_speech below.

# "whether I can go back to nursing", "get back into the classroom", "back on the buses after the summer":
# going back to a job named by its trade or by where it is done is work ("back to sleep", "back to normal",
# "back to the hospital" are not).
_TRADES_DONE = frozenset(
    {
        "nursing",
        "teaching",
        "hairdressing",
        "midwifery",
        "policing",
        "lecturing",
        "farming",
        "plumbing",
        "joinery",
        "plastering",
        "bricklaying",
        "labouring",
        "welding",
        "roofing",
        "scaffolding",
        "decorating",
        "childminding",
        "bartending",
        "waitressing",
        "catering",
        "tutoring",
        "nannying",
        "barbering",
        "engineering",
        "accountancy",
        "carpentry",
        "joinering",
        "hairdressin",
        "nursin",
        "teachin",
    }
)
_WORKPLACES = _words("classroom classrooms ward wards site sites salon factory warehouse depot")
_WORKED_ON = _words("bus buses bin bins tool tools")  # "back on the buses", "back on the tools"
_BACK_INTO = _words("to into in on onto")
_BACK_THE = _words("the my our a")
_GOING_BACK_TO = _words("back return")


def _back_to_a_trade(lemmas: list[str], written: list[str]) -> int | None:
    for at, lemma in enumerate(lemmas):
        if lemma not in _GOING_BACK_TO or lemmas[at + 1 : at + 2] == [] or lemmas[at + 1] not in _BACK_INTO:
            continue
        k = at + 2
        while k < len(lemmas) and lemmas[k] in _BACK_THE and k - at <= 3:
            k += 1
        if k >= len(lemmas):
            continue
        if written[k] in _TRADES_DONE or lemmas[k] in _WORKPLACES:
            return at
        if lemmas[k] in _WORKED_ON and lemmas[at + 1] == "on":
            return at
    return None


# "his flat's up three flights", "the house is all stairs", "stairs at home": a home named with its stairs
# in one sentence is a home that may no longer suit (the stairs alone are walking).
_HOMES = _words("flat house home bungalow maisonette hoose")
_FLIGHTS = _words("stair stairs flight flights step steps")
_HOME_STAIRS_REACH = 6


def _a_home_of_stairs(lemmas: list[str]) -> int | None:
    for at, lemma in enumerate(lemmas):
        if lemma not in _HOMES:
            continue
        start, end = _around(lemmas, at, _SENTENCE_BREAKS)
        near = range(max(start, at - _HOME_STAIRS_REACH), min(end, at + _HOME_STAIRS_REACH + 1))
        if any(lemmas[i] in _FLIGHTS for i in near):
            return at
    return None


# "nothing works down there any more", "things don't work down there": a man's erections, not a job or a
# treatment; "I can't perform", "can't perform in bed": the same, not a task at work.
_DOWN_THERE = (["down", "there"], ["down", "below"])
_NOT_WORKING = _NEGATIONS | _words("stop anything")
_PERFORMED = _words("in anymore any properly for with like now since sexually much no")


def _not_working_down_there(lemmas: list[str]) -> int | None:
    for at in range(len(lemmas) - 1):
        if lemmas[at : at + 2] not in _DOWN_THERE:
            continue
        start, end = _around(lemmas, at, _PUNCTUATED_BREAKS)
        window = lemmas[max(start, at - 5) : min(end, at + 6)]
        if "work" in window and _NOT_WORKING & set(window):
            return at
    return None


def _cannot_perform(lemmas: list[str]) -> int | None:
    for at, lemma in enumerate(lemmas):
        if lemma != "perform" or not {"not", "never", "unable", "struggle"} & set(
            lemmas[max(0, at - 3) : at]
        ):
            continue
        after = lemmas[at + 1 : at + 2]
        if after and after[0] == "in" and not {"bed", "bedroom"} & set(lemmas[at + 2 : at + 4]):
            continue
        if not after or after[0] in _CLAUSE_BREAKS or after[0] in _PERFORMED:
            return at
    return None


# "getting his pills mixed up", "forgets if she's taken her tablets", "muddles her meds": medicines
# muddled or forgotten are memory, not a want of information about them.
_MEDICINES_MUDDLED = _words(
    "pill pills tablet tablets medicine medicines medication medications meds dose doses insulin inhaler "
    "inhalers pack packs"
)
_MUDDLED = _words("mix muddle muddled forget jumble jumbled")


def _medicines_muddled_at(lemmas: list[str], at: int) -> bool:
    start, end = _around(lemmas, at, _CLAUSE_BREAKS - {"and"})
    clause = set(lemmas[start:end])
    return bool(_MEDICINES_MUDDLED & clause) and bool(_MUDDLED & clause)


def _medicines_muddled(lemmas: list[str]) -> int | None:
    return next(
        (at for at, lemma in enumerate(lemmas) if lemma in _MUDDLED and _medicines_muddled_at(lemmas, at)),
        None,
    )


# "I do my dad's shopping and his pills", "I get the shopping in for my gran": shopping done for someone
# else is looking after them, not the writer's own housework ("the shopping for me" is).
_SHOPPED_FOR = _KIN | _words(
    "him her his them their granny grandma grandpa nana nanna parent parents aunt auntie uncle neighbour "
    "mummy daddy"
)
_SHOPPING = _words("shopping shop")
_SHOPPED_GLUE = _words("in the my our a bit of some")


def _shopping_for_someone(lemmas: list[str], at: int) -> bool:
    if lemmas[at] not in _SHOPPING:
        return False
    before = lemmas[max(0, at - 3) : at]
    if before[-1:] in (["his"], ["her"], ["their"]) or (
        before[-1:] in (["have"], ["'s"], ["s"], ["be"])
        and before[-2:-1] != []
        and before[-2] in _SHOPPED_FOR
    ):
        return True
    after = lemmas[at + 1 : at + 5]
    if "for" not in after:
        return False
    rest = [w for w in after[after.index("for") + 1 :] if w not in _SHOPPED_GLUE]
    if rest[:1] in (["her"], ["his"], ["their"]) and rest[1:2] and rest[1] not in _CLAUSE_BREAKS:
        return False  # "to the shops for her bits": what is bought, hers
    return bool(rest) and rest[0] in _SHOPPED_FOR


def _shopping_done_for_someone(lemmas: list[str]) -> int | None:
    return next((at for at in range(len(lemmas)) if _shopping_for_someone(lemmas, at)), None)


def _near_shopping_for_someone(lemmas: list[str], at: int) -> bool:
    return any(_shopping_for_someone(lemmas, i) for i in range(max(0, at - 1), min(len(lemmas), at + 4)))


# "I'm his carer now, not his wife", "more her nurse than her husband": the couple's bond changed into
# care is the relationship, not intimacy.
_CARE_ROLES = _words("carer nurse")
_COUPLE_ROLES = _SPOUSES | _words("girlfriend boyfriend lover")


def _a_carer_not_a_partner(lemmas: list[str]) -> tuple[int, int, int] | None:
    for at, lemma in enumerate(lemmas):
        if lemma not in _CARE_ROLES:
            continue
        start, end = _around(lemmas, at, _SENTENCE_BREAKS)
        for i in range(max(start, at - 6), min(end, at + 8)):
            if lemmas[i] in _COUPLE_ROLES and {"not", "than", "instead"} & set(lemmas[max(start, i - 3) : i]):
                return at, start, end
    return None


# "nothing left in the tank by teatime", "nothing left by the afternoon": strength run out, not a life
# without purpose ("nothing left for me" stays).
_LEFT_UNTIL = _words("by in at after till until once")


def _nothing_left_by_a_time(lemmas: list[str], at: int) -> bool:
    for i in range(max(1, at - 1), min(len(lemmas) - 1, at + 3)):
        if lemmas[i - 1] == "nothing" and lemmas[i] in ("leave", "left") and lemmas[i + 1] in _LEFT_UNTIL:
            return True
    return False


# "it's ruling my life", "the appointments are running my life", "it's getting on top of me": a thing
# taking over the days, not a loss of meaning.
_TAKING_OVER = _words("rule run dominate control consume")
_WHOSE_LIFE = _words("my our me his her")


def _life_taken_over(lemmas: list[str], at: int) -> bool:
    start, end = _around(lemmas, at, _CLAUSE_BREAKS)
    for i in range(start, end):
        ruling = lemmas[i] in _TAKING_OVER and lemmas[i + 1 : i + 2] != [] and lemmas[i + 1] in _WHOSE_LIFE
        taken_over = lemmas[i : i + 2] == ["take", "over"]  # "it's taken over my life" (not "take my life")
        if (ruling or taken_over) and "life" in lemmas[i + 1 : i + 4]:
            return True
        if lemmas[i : i + 3] == ["on", "top", "of"] and lemmas[i + 3 : i + 4] in (
            ["me"],
            ["us"],
            ["everything"],
        ):
            return True
    return False


# "lost my faith", "God has left her": faith shaken is faith, not also a loss of meaning, unless the
# clause says so too ("no point to anything").
_PURPOSE_WORDS = _words(
    "purpose point pointless meaning meaningless useless worthless burden identity future reason"
)


def _faith_lost(lemmas: list[str], at: int) -> bool:
    start, end = _around(lemmas, at, _CLAUSE_BREAKS)
    clause = set(lemmas[start:end])
    return bool(_FAITH_WORDS & clause) and not _PURPOSE_WORDS & clause


# "I wake up every morning and remember I've got it": remembering the illness on waking is neither a
# sleep nor a memory problem ("I can't remember", "I wake at 3" are).
_RECALLED = _words("i it that he she we they")
_NOT_RECALLING = _NEGATIONS | _words("can could hard struggle try forget")
_WAKING_THOUGHTS = _words("remember realise realize think hit")
_NIGHT_TROUBLE = _NIGHT | _words("early hour hours sleep asleep awake sweat sweating pain o'clock")


def _remembering_a_fact(lemmas: list[str], at: int) -> bool:
    for i in range(at, min(len(lemmas), at + 2)):
        if lemmas[i] != "remember":
            continue
        after = lemmas[i + 1 : i + 2]
        return bool(after) and after[0] in _RECALLED and not _NOT_RECALLING & set(lemmas[max(0, i - 3) : i])
    return False


def _waking_to_remember(lemmas: list[str], at: int) -> bool:
    wake = next((i for i in range(at, min(len(lemmas), at + 2)) if lemmas[i] == "wake"), None)
    if wake is None:
        return False
    start, end = _around(lemmas, wake, _SENTENCE_BREAKS)
    after = lemmas[wake + 1 : min(end, wake + 7)]
    sentence = lemmas[start:end]
    return (
        bool(_WAKING_THOUGHTS & set(after))
        and not _NIGHT_TROUBLE & set(sentence)
        and not any(w.isdigit() for w in sentence)
    )


# "walking through treacle", "like wading through mud": a figure for tiredness, not walking.
_TREACLE = _words(
    "treacle mud glue sludge quicksand custard syrup concrete molasses tar honey porridge cement"
)


def _walking_through_treacle(lemmas: list[str], at: int) -> bool:
    for i in range(max(0, at - 1), min(len(lemmas), at + 2)):
        if lemmas[i] in ("walk", "wade") and lemmas[i + 1 : i + 2] == ["through"]:
            return bool(_TREACLE & set(lemmas[i + 2 : i + 5]))
    return False


# "my dad died in March and I was diagnosed the week of his funeral": a funeral that has been, beside a
# death told, is grief, not plans for the end of life ("plan my funeral" is).
_FUNERAL_WHOSE = _words("his her their the mum mam dad")


def _a_funeral_that_has_been(lemmas: list[str], at: int) -> bool:
    funeral = next((i for i in range(at, min(len(lemmas), at + 3)) if lemmas[i] in _FUNERAL_WORDS), None)
    if funeral is None or lemmas[funeral - 1 : funeral] == ["my"]:
        return False
    start, _ = _around(lemmas, funeral, _CLAUSE_BREAKS - {"and"})
    if _FUNERAL_PLANS & set(lemmas[start:funeral]):
        return False
    return lemmas[funeral - 1 : funeral] != [] and lemmas[funeral - 1] in _FUNERAL_WHOSE | _words(
        "after since"
    )


# "I'm missing work taking mum to her appointments": the appointments are why work is missed, not a
# trouble getting there ("I can't take her, I don't drive" is).
_GETTING_THERE = _words(
    "car drive driver bus buses taxi cab train park parking far mile miles petrol fare fares lift transport "
    "afford cost money travel journey"
)


def _taking_someone_not_a_journey(lemmas: list[str], at: int) -> bool:
    start, end = _around(lemmas, at, _SENTENCE_BREAKS)
    sentence = set(lemmas[start:end])
    return "take" in sentence and not _GETTING_THERE & sentence


# "I need to make a will and don't know how": how to do what the end of life asks is that, not a want of
# information.
_PLANS_FOR_THE_END = _words("attorney funeral wishes dnr affairs")


def _how_to_plan_the_end(lemmas: list[str], at: int) -> bool:
    start, end = _around(lemmas, at, _SENTENCE_BREAKS)
    sentence = lemmas[start:end]
    will = any(
        w == "will" and sentence[i - 1 : i] in (["a"], ["my"], ["the"]) for i, w in enumerate(sentence)
    )
    return (will or bool(_PLANS_FOR_THE_END & set(sentence))) and "how" in sentence


# "I ate well, never smoked and still got it": a healthy life before is no trouble with eating now.
_CLEAN_LIVING = (
    ["never", "smoke"],
    ["not", "smoke"],
    ["never", "drink"],
    ["not", "drink"],
    ["non", "smoker"],
    ["still", "get"],
)
_EATING_TROUBLE = _words("appetite sick swallow taste weight hungry nausea vomit struggle can face stomach")


def _healthy_before(lemmas: list[str], at: int) -> bool:
    start, end = _around(lemmas, at, _SENTENCE_BREAKS)
    sentence = lemmas[start:end]
    lived_well = any(sentence[i : i + 2] in _CLEAN_LIVING for i in range(len(sentence)))
    return lived_well and not _EATING_TROUBLE & set(sentence)


# "the benefit forms, I don't understand them": money papers not understood are the money, not a want of
# information about the illness.
_MONEY_PAPERS = _words("form forms claim claims paperwork application")
_MONEY_NAMED = _words("benefit benefits pip esa dwp universal credit allowance tax council money")
_NOT_FOLLOWED = _words("understand confuse confused confusing sense complicated clue")


def _money_papers_not_understood(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], at: int
) -> bool:
    start, end = _around(lemmas, at, _SENTENCE_BREAKS)
    first, last = _around(lemmas, at, _CLAUSE_BREAKS)
    return (
        bool(_MONEY_PAPERS & set(lemmas[start:end]))
        and bool(_MONEY_NAMED & set(lemmas[start:end]))
        and bool(_NOT_FOLLOWED & set(lemmas[first:last]))
        and any(start <= seen < end for seen in _seen_at(MONEY, found, places))
    )


def _other_words_and_figures_of_speech(
    lemmas: list[str],
    unmasked: list[str],
    written: list[str],
    found: dict[str, int],
    places: dict[str, set[int]],
    allowed: set[str],
    for_someone_else: bool = False,
) -> None:
    """Concerns named in other words than the checklist's ("back to nursing" is work, "my pills are
    muddled" is memory) and figures of speech set aside ("walking through treacle" is no walking,
    "nothing left by teatime" no loss of purpose): read after the items are found and before whose each
    one is (someone writing for the person: "his shopping" is the person's own)."""
    if WORK in allowed and (trade := _back_to_a_trade(lemmas, written)) is not None:
        found.setdefault(WORK, trade)
    if HOUSING in allowed and (home := _a_home_of_stairs(lemmas)) is not None:
        found.setdefault(HOUSING, home)
    if SEX in allowed and (down := _not_working_down_there(unmasked)) is not None:
        found.setdefault(SEX, down)
    if SEX in allowed and (perform := _cannot_perform(lemmas)) is not None:
        found.setdefault(SEX, perform)
    if (muddled := _medicines_muddled(lemmas)) is not None:
        if MEMORY in allowed:
            found.setdefault(MEMORY, muddled)
        if _only_where(INFO, found, places, lambda at: _medicines_muddled_at(lemmas, at)):
            del found[INFO]
    if not for_someone_else and (shopping := _shopping_done_for_someone(lemmas)) is not None:
        if CARING in allowed:
            found.setdefault(CARING, shopping)
        if _only_where(HOUSEWORK, found, places, lambda at: _near_shopping_for_someone(lemmas, at)):
            del found[HOUSEWORK]
    if (changed := _a_carer_not_a_partner(lemmas)) is not None:
        at, start, end = changed
        if RELATIONSHIPS in allowed:
            found.setdefault(RELATIONSHIPS, at)
        if _only_where(SEX, found, places, lambda where: start <= where < end):
            del found[SEX]
    if _only_where(MEANING, found, places, lambda at: _nothing_left_by_a_time(lemmas, at)):
        del found[MEANING]
        if TIRED in allowed:
            found.setdefault(TIRED, 0)
    if _only_where(
        MEANING, found, places, lambda at: _life_taken_over(lemmas, at) or _faith_lost(lemmas, at)
    ):
        del found[MEANING]
    if _only_where(MEMORY, found, places, lambda at: _remembering_a_fact(lemmas, at)):
        del found[MEMORY]
    if _only_where(SLEEP, found, places, lambda at: _waking_to_remember(lemmas, at)):
        del found[SLEEP]
    if _only_where(WALKING, found, places, lambda at: _walking_through_treacle(lemmas, at)):
        del found[WALKING]
    if _only_where(EATING, found, places, lambda at: _healthy_before(lemmas, at)):
        del found[EATING]
    if BEREAVEMENT in found and _only_where(
        END_OF_LIFE, found, places, lambda at: _a_funeral_that_has_been(lemmas, at)
    ):
        del found[END_OF_LIFE]
    if WORK in found and _only_where(
        TRANSPORT, found, places, lambda at: _taking_someone_not_a_journey(lemmas, at)
    ):
        del found[TRANSPORT]
    if END_OF_LIFE in found and _only_where(INFO, found, places, lambda at: _how_to_plan_the_end(lemmas, at)):
        del found[INFO]
    if MONEY in found and _only_where(
        INFO, found, places, lambda at: _money_papers_not_understood(lemmas, found, places, at)
    ):
        del found[INFO]


# "I can't get her up off the settee", "no idea how I'm meant to give his injections": a carer telling a
# task of caring they do or struggle with is the caring itself.
_THE_PERSON = _words("him her them")
_GOT_TO = _words("up out off into onto")  # "get her up", "get him into the car"
_MEDICINES = _words("medicine medication tablet tablets pill pills injection injections insulin dose doses")
_WHOSE_MEDICINE = _words("his her their")
_AT_A_LOSS = _words("know idea clue")  # "no idea what I'm meant to do with her tablets"
_WHAT_OR_HOW = _words("what how which")


def _got_up_by_me(lemmas: list[str], at: int) -> bool:
    after = lemmas[at + 1 : at + 3]
    return lemmas[at] == "get" and len(after) == 2 and after[0] in _THE_PERSON and after[1] in _GOT_TO


def _their_medicines_beyond_me(lemmas: list[str], at: int) -> bool:
    if lemmas[at] not in _MEDICINES or not _WHOSE_MEDICINE & set(lemmas[max(0, at - 2) : at]):
        return False
    start, _ = _around(lemmas, at, _CLAUSE_BREAKS)
    before = lemmas[start:at]
    return "i" in before and bool(_AT_A_LOSS & set(before)) and bool(_WHAT_OR_HOW & set(before))


def _care_tasks(lemmas: list[str]) -> int | None:
    """Where a carer tells a task of caring they do or struggle with."""
    for at in range(len(lemmas)):
        if _got_up_by_me(lemmas, at) or _their_medicines_beyond_me(lemmas, at):
            return at
    return None


_TASKS_FOR_SOMEONE = ("washing_and_dressing", HOUSEWORK, EATING, BOWELS)
_SOMEONE_ELSES = _words("his her their him them")
_WHAT_I_DO = _words("everything all his her their the lot")
_SOMEONE_ELSE_DOES = _words("he she they it")


def _a_task_i_do_for_someone(lemmas: list[str], at: int) -> bool:
    """ "I do everything for her, washing, dressing, the lot", "i do his stoma bags, his meals, his
    washing": what the writer does for someone else, in the same sentence after "I do", is a task of
    caring, not a concern about the writer's own body or home (R41040, C22135)."""
    start, _ = _around(lemmas, at, _SENTENCE_BREAKS)
    for do in range(at - 1, start - 1, -1):  # the nearest "I do" before it
        if lemmas[do] != "do" or "i" not in lemmas[max(start, do - 2) : do]:
            continue
        between = set(lemmas[do + 1 : at + 1])
        return (
            bool(_WHAT_I_DO & set(lemmas[do + 1 : do + 3]))  # "I do everything for her", "I do his meals"
            and bool(_SOMEONE_ELSES & between)
            and not _SOMEONE_ELSE_DOES & between  # "... he gets so frustrated": a clause of their own
        )
    return False


def _drop_tasks_done_for_someone(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]]
) -> None:
    for item in _TASKS_FOR_SOMEONE:
        if _only_where(item, found, places, lambda at: _a_task_i_do_for_someone(lemmas, at)):
            del found[item]


def _care_tasks_are_caring(
    lemmas: list[str], found: dict[str, int], places: dict[str, set[int]], allowed: set[str]
) -> None:
    """A carer's task of caring is the caring; "no idea what I'm doing with her tablets" is that, not the
    carer failing to cope."""
    if CARING in allowed and (task := _care_tasks(lemmas)) is not None:
        found.setdefault(CARING, task)
        start, end = _around(lemmas, task, _CLAUSE_BREAKS)
        if _their_medicines_beyond_me(lemmas, task) and _only_where(
            CARER_COPING, found, places, lambda at: start <= at < end
        ):
            del found[CARER_COPING]


_KEPT = 4  # readers of different checklists kept at once (tests load a few)
_READERS: dict[str, ConcernReader] = {}
_LOADED: dict[int, tuple[Checklist, ConcernReader]] = {}


def reader_for(checklist: Checklist) -> ConcernReader:
    """One reader per checklist (training takes a second or two, so it is done once): found by the
    object in hand, else by its content, so the same checklist loaded again (as each test and each
    reload does) reuses the reader already trained."""
    loaded = _LOADED.get(id(checklist))
    if loaded is not None and loaded[0] is checklist:
        return loaded[1]
    key = checklist.model_dump_json()
    reader = _READERS.pop(key, None) or ConcernReader(checklist)
    _READERS[key] = reader  # the most recently used last
    while len(_READERS) > _KEPT:
        del _READERS[next(iter(_READERS))]
    if len(_LOADED) >= _KEPT:
        _LOADED.clear()
    _LOADED[id(checklist)] = (checklist, reader)
    return reader


_SHOUTED_RUN = re.compile(r"\b[A-Z]{2,}(?:[ ]+[A-Z]{2,})+\b")
_ACRONYMS = frozenset(
    [
        "PIP",
        "DLA",
        "ESA",
        "SSP",
        "HR",
        "GP",
        "NHS",
        "UC",
        "DWP",
        "DVLA",
        "COPD",
        "ADHD",
        "MS",
        "MRI",
        "CT",
        "PET",
        "OT",
        "AE",
        "ICU",
        "GCSE",
        "GCSES",
    ]
)


def _shouted(text: str) -> bool:
    """Two or more words in capitals in a message otherwise written in lower case ("when I was IN
    HOSPITAL", "WHY ME") are said in anger; acronyms (PIP, HR, COPD) and all-capitals typing are not."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > len(letters) / 2:
        return False
    return any(
        sum(word not in _ACRONYMS for word in run.group().split()) >= 2 for run in _SHOUTED_RUN.finditer(text)
    )


def _most_specific(
    found: dict[str, int],
    named: Collection[str],
    limit: int,
    category_of: dict[str, str] | None = None,
) -> list[str]:
    """At most ``limit`` items, first mention first. When there are more, the items the writer named in
    a phrase are kept before those only the classifier guessed, so a late, plainly named concern is not
    cut off by an early guess; and, with ``category_of``, one item from each area of life named comes
    before a second from the same area, so a long answer that runs from money to the children to
    feeling low is not cut down to five of its first worries, all about the body. Items seen at the same
    place come in the checklist's order, so the record reads the same whichever process read it."""
    rank = {item: number for number, item in enumerate(category_of or {})}
    ordered = sorted(found, key=lambda item: (found[item], rank.get(item, len(rank)), item))
    if len(ordered) <= limit:
        return ordered
    ranked = sorted(ordered, key=lambda item: item not in named)
    kept: list[str] = []
    if category_of:
        areas: set[str] = set()
        for item in ranked:
            area = category_of.get(item, item)
            if item in named and area not in areas and len(kept) < limit:
                kept.append(item)
                areas.add(area)
    kept += [item for item in ranked if item not in kept][: limit - len(kept)]
    return [item for item in ordered if item in kept]


def match_concerns(text: str, checklist: Checklist, role: str | None = None, limit: int = 5) -> list[str]:
    """Item ids mentioned in the text, first mention first, at most ``limit``."""
    allowed = {i.id for i in checklist.for_role(role) if i.offered}
    return reader_for(checklist).find(
        text, allowed, limit, carer=role == "carer_for_self", for_someone_else=role == "on_behalf"
    )


def pick_numbered(text: str, options: list[ChecklistItem]) -> list[str]:
    """Numbers typed against a numbered list ("1 and 4", "2,3") -> item ids."""
    picked = []
    for number in re.findall(r"\d+", text or ""):
        index = int(number) - 1
        if 0 <= index < len(options) and options[index].id not in picked:
            picked.append(options[index].id)
    return picked
