"""Concerns said in words of their own, and words that only look like a concern.

Short runs of lemmas, as the concerns reader sees them (``ConcernReader.read``): "it gets him down" is
sadness though no word of it is; "like a wean" is not the children though "wean" is. Each run was
found in a blind round's answers and is tested in other words (tests/unit/test_reading_round36.py).

A run is written as lemmas separated by spaces; ``a|b`` is either word and ``*`` any one word.
"""

from __future__ import annotations

from collections.abc import Iterable

Run = tuple[frozenset[str], ...]
ANY = "*"


def runs(*sources: str) -> tuple[Run, ...]:
    return tuple(tuple(frozenset(word.split("|")) for word in source.split()) for source in sources)


def _matches_at(lemmas: list[str], run: Run, at: int) -> bool:
    return at + len(run) <= len(lemmas) and all(
        ANY in words or lemmas[at + offset] in words for offset, words in enumerate(run)
    )


def first_run(lemmas: list[str], found: Iterable[Run]) -> int | None:
    """Where the first of ``found`` starts in ``lemmas``, or None."""
    places = [at for run in found for at in range(len(lemmas)) if _matches_at(lemmas, run, at)]
    return min(places, default=None)


def run_spans(lemmas: list[str], found: Iterable[Run]) -> list[tuple[int, int]]:
    """Every place one of ``found`` is in ``lemmas``, as (start, end)."""
    return [(at, at + len(run)) for run in found for at in range(len(lemmas)) if _matches_at(lemmas, run, at)]


_RELATIVES = "mum|mam|mother|dad|father|parent|family|wife|husband|partner|sister|brother|nan|gran|grandad"
_CLOTHES = "coat|jumper|top|shirt|blouse|bra|trouser|sock|shoe|cardigan|clothe|vest|tights"

# Said by anyone: the one with cancer, a carer of their own feelings, or someone writing for them.
SAID_BY_ANYONE: dict[str, tuple[Run, ...]] = {
    "worry_fear_or_anxiety": runs(
        "wait for it to get worse",
        "wait for it to spread|grow",
        "wait for it to come back",
        # "every ache or lump, I'm convinced it's spread"
        "every ache|twinge|niggle|lump|cough|headache|pain",
    ),
    "work_or_education": runs(
        "drop|cut|down to * day|hour",  # "I've had to drop to three days"
        "cut|drop|reduce my|me|our hour",
        "use up all my|me|our|the leave",  # "I've used up all my leave going to appointments with him"
        "use up my|me|our|the|all leave",
        "date for when i|he|she be back",  # "the call centre keep ringing wanting a date for when I'm back"
        "date for when be back",
        "ask when i|he|she be back",  # "the warehouse keep ringing asking when I'm back on the forklift"
        "ask when be back",  # Geordie "gaffer keeps ringin askin when am back"
        "contract end|finish",  # "my research contract ends in March"
        "contract be up",  # "my contract is up for renewal in January"
        "my|me|his|her|our live|living go|gone",  # "the van's sat there, that's my living gone"
    ),
    "relationships": runs("have word", "have big word"),  # "my sister's not been round, we've had words"
    "end_of_life_wishes": runs(
        "the end come",  # "when the end comes I don't know what I'm meant to do"
        "home|house to|till the end",  # "she wants to stay in her own house right to the end"
        "home|house right to|till the end",
    ),
    "money_or_finance": runs(
        "not earn",  # "every day I'm up the hospital with her is a day I don't earn"
        "earn nothing|nowt|nought",
        "dear as",  # "the wee Spar at the end o the road, it's dear as anything"
        "save the|on gas|heating|electric|electricity|leccy|meter",  # "I sit in a blanket to save the gas"
        "save on the gas|heating|electric|electricity|leccy",
    ),
    "coping_with_diagnosis": runs(
        "think i be do|finish|through with",  # "now it's back. Thought I was done with all this"
        "think i have do|finish all|with",
        "face all that * again",  # "don't know how I'm going to face all that treatment again"
        "face it|that|this all again",
        "not ready for this|it",  # "I'm not ready for this"
        "not ready for any of this|it",
    ),
    "loneliness_or_isolation": runs(
        "i have no one ,",  # "I've no-one. Never married": not "no one to collect the kids"
        "i have nobody|naebody ,",
        "cabin fever",
        "not let anyone|anybody visit|come|see",  # "he's so embarrassed he won't let anyone visit"
    ),
    "bereavement": runs(
        # "Hogmanay. First one without my dad": the first of the year's days since a death
        "first|1 christmas|hogmanay|birthday|anniversary|one|year without my|me|our|him|her",
    ),
    "meaning_or_purpose": runs("what i be for"),  # "now I'm sat in the house and don't know what I'm for"
    "sex_intimacy": runs(
        "have no|nae be close",  # Scots "we've no been close since, ye ken"
        "he|she have go off me",  # "he's gone off me completely, and I know why"
        # Doric "me an the wife, weel that side o things is deen" (R41020)
        "that side of|o thing be|have do|deen|over|finish|go|stop|dead",
    ),
}

# Said of the one with cancer, by them or by someone writing for them.
SAID_OF_THE_PERSON: dict[str, tuple[Run, ...]] = {
    "sadness_or_depression": runs(
        "get him|her|me|us down",  # "he misses his food and it gets him down"
        "i be proper|pretty|dead down",  # "im proper down to be honest" (R41022)
        "go off everything i use|enjoy|like|love",  # "gone off everything I used to enjoy" (not food)
        "not enjoy anything",
    ),
    "loneliness_or_isolation": runs("like the only one", "feel the only one"),
    "children": runs("single mum|mam|mom|mother|parent|dad|father"),  # "a single mum, my Mia's 12"
    "relationships": runs(
        f"tell my|me|our {_RELATIVES}",  # "Telling my mum. She's 85 and frail"
        "sleep in different|separate room|bed",  # "we sleep in different rooms now"
    ),
    "memory_or_concentration": runs("lose my|me|the word"),  # "I've lost my words mid-sentence"
    "breathing": runs("get on my|me|his|her chest"),  # "the damp is getting on my chest"
    "eating_or_appetite": runs(
        "manage a|only few|couple mouthful|spoon|spoonful|bite",  # "I can only manage a few mouthfuls"
        "manage a|only few|couple of mouthful|spoon|spoonful|bite",
        "manage few|two|three|four mouthful|spoon|spoonful|bite",
        "smell of cook|food|cooking",  # "can't stand the smell of cooking"
        "live on toast|soup|tea|biscuit|yoghurt|cereal|crisp|sandwich|complan|porridge",  # "living on toast"
    ),
    "housework_and_shopping": runs("house|home|flat|kitchen|place be filthy|mucky|manky|dirty|minging"),
    "work_or_education": runs(
        "not graft",  # "can't graft": can't work
        "defer my|the|a year|course|exam|place|degree|study",
        "defer my * year",
        "my|me final|dissertation|coursework|lecture|degree|exam",
        "revise for",
    ),
    "washing_and_dressing": runs(f"get|put my|me|his|her {_CLOTHES}", "do up my|me|his|her bra|button"),
    "pain": runs("water sting", "it sting", "sting like"),  # "ulcers everywhere, even water stings"
    "skin_or_appearance": runs("scalp"),  # "my scalp's all patchy"
    "end_of_life_wishes": runs("want|need|get|make|write|do|sort the|my|a will"),  # "I want the will sorted"
}

# Said by a carer of their own needs.
SAID_BY_A_CARER: dict[str, tuple[Run, ...]] = {
    "carer_own_health": runs(
        "heart attack",  # "I've had two heart attacks myself"
        "hernia",
        "my|me own lump|heart|ticker|knee|back|hip|sugar|blood|health",  # "me own ticker ain't great"
        "my|me own cancer|ms|arthritis|diabetes|operation|op|treatment|scan|chemo|chemotherapy",
        # "I've got a bad heart myself", "I have MS myself"
        "heart|chest|knee|hip|back|leg|lung|sugar|ms|copd|arthritis|angina|cancer|diabetes|asthma myself",
        "stent",  # "had a stent put in"
        "chest|back|knee|hip|leg|neck pain myself",  # "I've been having chest pains myself"
    ),
    "carer_coping": runs(
        "not have * * off",  # "I've not had one night off"
        "not have a|one break",
        "no break",
        "fall to bit|piece",  # "inside I'm falling to bits"
        "break me",  # "it's watching him fade away in front of me that's breaking me"
        "a prisoner",  # "I cannae leave her mair than ten minutes, I'm a prisoner in ma ain hoose"
        "watch him|her|them suffer",  # "we're fine for money, it's just watching him suffer"
    ),
}

# Words that look like a concern's and are not: masked before anything is read.
NOT_WHAT_THEY_SAY: tuple[Run, ...] = runs(
    "like a wean|bairn|baby|child|kid|teenager|teen|toddler",  # "has to get me dressed like a wean": a simile
    "room to breathe",  # "they're smothering me, I need room to breathe"
    "up to my|me|the knee|waist",  # "the grass is up to my knees": how high
    "leave in a mess",  # "so the wife's not left in a mess when I'm gone": money, not housework
    "leave a mess behind",  # "I don't want to leave a mess behind": affairs in order, not housework
    "defer|repeat|miss my|me|his|her|the final year",  # "had to defer my final year": study, not the end
    "mess them|it|thing|everything up",  # "chemo messing them up" (the twins' exams)
    "go back up on|to|the",  # "going back up on a scaffold": a place, not being backed up
    "no use at",  # "she did the cooking and I am no use at it": a skill, not a life's purpose
    "do my|me|his|her heid in",  # Scots "the wife's fussin that much it's doin my heid in": not memory
    "at the end o|of the road|street|lane",  # "the wee Spar at the end o the road": a place
    "dress size",  # "I've dropped a dress size": weight, not getting dressed
    "no kid|kids|child|children|bairn|wean",  # "never married, no kids": a fact of a life, not a worry
    "ashamed to",  # "I'm ashamed to have anyone round": shame at what the rest of it says
    "get|have it in his|her|my|me|the lung|liver|bone|brain|blood|lymph",  # where the cancer is
    "spread to|into his|her|my|me|the lung|liver|bone|brain|lymph",
    "chemo|treatment|tablet|drug|medicine|medication|immunotherapy|radiotherapy have|be no|not work",
    "chemo|treatment|tablet|drug|medicine|medication|immunotherapy|radiotherapy no|not work",
    "inshallah|mashallah",  # "I want to be there, inshallah": God willing, said in passing
    "god willing",
    "touch wood",
    "worse at night",  # "a constant ache in my bones, worse at night": when the pain is, not sleep
    "wake up and remember",  # "every morning I wake up and remember": it comes back, not sleep or memory
    "eat at|in the hospital cafe|canteen|restaurant",  # "eating at the hospital cafe": what it costs
    "eat at|in the cafe|canteen|restaurant",
    "since the diagnosis",  # "my partner's gone distant since the diagnosis": when, not coping
    "nothing physical|physically",  # "Nothing physical, it's my marriage": no body worry, not intimacy
    "be cope with the treatment|chemo|radiotherapy|it fine|grand|alright",  # coping, said to be fine
    "nobody|noone have ring|call|phone about result|scan|it|that",  # "nobody has rung about results": news
    "nobody|noone have ring|call|phone about the|my|his|her result|scan|biopsy",
    "see to the sheep|cattle|cow|stock|farm|animal|horse|hen",  # "who'll see to the sheep": a farm's work
    "nurse|doctor|consultant|specialist|surgeon|gp explain",  # "the nurse explained it's a slow one":
    # information given, not wanted
    "let alone",  # "I can't follow a TV plot let alone a spreadsheet": not being alone
    "cough|sneeze|laugh|lift or stand|get up",  # "leaking wee when I cough or stand up": when it comes
    "read a page|book|chapter|paper|newspaper",  # "can't even read a page of a book": concentration
    "manager|boss|employer|work|school|college be not understand",  # "my manager isn't understanding":
    # how they are treated, not information wanted
    "not speak|read|write english",  # "my mum doesn't speak English": a need for an interpreter, asked
    # about on its own, not information wanted; what they cannot understand still says that
    "speak|read|have no|little|limited english",
    "speak|read very little english",
    "not speak|read much|any english",
    "not speak|read a word of english",
    "speak|read hardly|barely any english",
    ",|. no english",  # "He is 70, from Somalia, no English"
    "my|me|mi|his|her|our|their english",  # "My English is little", "her English is not good"
    "english not|be not|be little|be limited|be poor good|great|well|much|so|very",
    "english not|be not my|his|her|their first language",
    "for love nor|or money",  # "can't get a GP appointment for love nor money": not money
    "could|can sleep on|for a|england|week|day|month|year",  # "could sleep on a washing line": tired
    "fall off me|him|her|them",  # "the weight falling off me": weight lost, not a fall
    "be hard|such|really|bloody hard work",  # "walking is hard work": hard going, not a job
    "be hard work",
    "want|get|take|bring me back",  # "work want me back full time": not Geordie "me back" (my back)
    "uni|university hospital|hosp",  # "Uni Hospital Durham": a hospital, not study
    "cap do|have|be not work",  # "the cold cap didn't work": not a job
    "james cook",  # James Cook hospital in Middlesbrough: no cooking
    "the bus|taxi|cab|lorry|delivery|van driver",  # "angry at everyone, the bus driver": someone met
    "enjoy a|my cup|brew|meal|dinner|pint|drink|food",  # "can't even enjoy a cup of tea": the taste
    "broughty ferry",  # a part of Dundee, not a ferry to hospital
    "hospital|clinic|surgery|gp|ward|they keep forget",  # "the hospital keeps forgetting to book him an
    # interpreter": their memory, not the person's
)
