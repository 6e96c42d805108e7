"""Agreements: sentences that sign, conclude, establish or renew one, and what they say of it.

A sentence states an **agreement** when it has an agreement noun (agreement, memorandum, MoU,
accord; :data:`.lexicon.AGREEMENT_NOUNS`) and either

- "**between** A and B" (or "**by** A and B" after a signing verb): one agreement among all
  the organisations listed, verb or no verb ("The cooperation agreement between A and B aims
  at ...");
- a **signing verb** (signed, concluded, inked, renewed, entered into, ...) with its subject and
  "**with**" its counterparts: "A signed with B and C a three-party agreement", "A and B
  signed an agreement", "Head of A X met with Chancellor of B Y ... and concluded agreements".
  The subject's organisations are those before the verb and before "with" (a person with a
  known role stands for the organisation; when a subordinating word opens the verb's clause,
  "..., after C signed a similar accord with D", only those after it); the counterparts, those
  after "with". In the
  passive without a subject, the organisation it was signed at is the other party: "An MoU
  has been signed with A ... at B";
- "**between the two universities**", "**by both parties**": the two organisations the
  sentence names before, else the two the text last named together ("A and B have agreed to
  collaborate. ... a Memorandum of Understanding signed by both parties").

Units sign for their organisations: "UGM's Faculty of Engineering signed ...", "TU's Institute
of Engineering also signed a separate deal with Chulalongkorn University's Faculty of
Engineering" (TU and Chulalongkorn University), "the Faculty of Sciences of Rabat, which belongs
to M University, inked ..." (M), "signed by the Department of X (DX) of the University of Y and
the Faculty of Z of W" (Y and W). A city right after a party is none ("A in Abu Dhabi and B
(ACR) in Doha entered into ..."). With one organisation in the subject and no counterpart, the
subject's people stand for theirs ("Prof. X and his counterpart from Georgia, Rector of B Prof.
Y, signed": X's), not a witness ("In the presence of Prof. Dr. X").

Several counterparts of one subject ("A signed with B and C a medical collaboration
agreement") make **one bilateral agreement each**, the reading that holds whether they signed
one agreement or one each (the curated convention); only a kind that says it is multilateral
(three-party, tripartite, trilateral) makes one agreement of all. An organisation named as
the parent of another ("Institute X of the Chinese Academy of Sciences") is not a party, nor
one that reports ("The Ministry announced on Tuesday that A and B had concluded ..."), witnesses
or hosts it ("in the presence of A", "Hosted by A, the ceremony saw B sign ... with C").

A subject with no name stands for an organisation: "it" for the one the sentence before
opens with, "the university" or "the varsity" (also "the campus", and with an aside after it:
"The university, founded in 1845, signed") for the one the article is about,
"his university" for the organisation of the person named before it, "we" and "our university"
in a quote for the speaker's ("'the agreement we signed with B,' Prof. X said"), "the two
universities" for the parties of the last agreement of two, else the two the text last named
together, else the only two the article has named. An aside between commas after a name names
no party ("A (ACR), one of B's founding members, and C signed", "A, which last year became a
member of B, has signed 14 agreements"), unless it signs an agreement itself; a count signed in
a relative clause is its antecedent's ("The campus, which has signed 9 agreements with ...,
also hosted B": the campus's, not B's). "A and B, with which C already
has exchange agreements" makes one agreement of C with each. "while talks are on with D" adds
no party. A signing verb after an intent ("plans to sign", "is expected to sign", "invited B
to sign"), a modal ("will sign", "could soon sign", "is to be signed") or a negation ("no
agreements were signed", "did not sign") signs nothing, and nor does a sentence of such a verb
or of an agreement not made yet ("a draft agreement between A and B", "the proposed
agreement", "talks on an agreement") that has no other.

A **count** of agreements with a signing verb ("signed with XJTU 17 MOUs", "signed 27 new
Erasmus+ inter-institutional agreements", several in one sentence) is an agreement group: the
count, the named parties (its subject's, and those named right after it, "with A and B"; not
what the sentence goes on to name: "..., as rectors met for the assembly of A"), and what is
said of the counterparts ("over 20 membership universities", at least 21), with no date for a period ("37 agreements ... since 2015"); "has signed agreements with 12 universities" is a group without a
count (the number of agreements is not stated).

The **kind** comes from the noun phrase ("twinning agreement", "memorandum of cooperation",
"agreement on the exchange of students", "medical collaboration agreement"); an agreement
whose kind the text does not give has none (noted as such, with a lower confidence). The
**date** is the one date of the sentence, if it states exactly one (:func:`.dates.fact_date`:
not the dateline's, not a report's). The **areas** come from the sentence and from the
sentences that refer back to the agreement: "the agreement", "the memorandum", "the
partnership", "the two sides", "both institutions" (with the same organisations, or with
none, then the agreements of the last sentence that reported some); such a sentence that
signs ("The MoU was signed by MNU Vice-Chancellor X and CUSAT Vice Chancellor Y", "X signed
the agreement on behalf of A") adds the signatories (not the witnesses: "in the presence of")
and the date, and the organisations of the signatories count as named by it. Right after the
sentence that reported an agreement, "The memorandum was signed in Kyiv on October 27, 2026, by
the rector of Kyiv Polytechnic ... and the Vice-Rector of TU Delft" completes it when each
organisation it names may be one of its parties: the same, a unit of one, a distinctive word of
a party's name ("Kyiv Polytechnic") or an acronym of its initials ("SamSU"); where it was signed
("in the University's King's College") names no party. The dateline's date is the news's, the
later sentence's the agreement's. "The agreement signed by A and C" after "A signed with B" is
its own; "the agreement" signed by some of the parties of the one just reported (a three-party
agreement whose third signatory is written in words: "the rector of the Cuban university") is
that one. A unit named by its organisation's acronym ("the UNAM Faculty of Engineering") signs
for it. "On the second day of the assembly" is the second day of the range the last sentence
that tells of the assembly gives ("on May 11-12, 2023").

An agreement of parties **counted, not named** ("Three universities on Monday entered into a
three-way agreement", "A tripartite agreement was signed") takes as parties the organisations
of one of the next two sentences that names as many ("KAIST, POSTECH and UNIST signed the
agreement", "It brings together A, B and C"), with the first sentence's kind and date.

An **earlier agreement** the text recalls ("builds on a general cooperation agreement the two
universities signed in 2019", "first entered into an agreement in 2013", "the first agreement
was concluded in 2008") is one of its own, with its year, never merged with the one reported.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..names import normalize
from . import learned, lexicon
from .acronyms import initials, is_acronym
from .dates import day_of_range, fact_date, find_dates
from .linking import Entity, Linked, home_organisation, name_words, unique
from .people import is_honorific
from .sentences import sentence_number, sentence_of, sentences, text_of
from .roles import RoleFact

_STOP_COUNTERPARTS = frozenset({
    "on", "to", "for", "in", "within", "during", "which", "that", "aiming", "aimed",
    "regarding", "concerning", "under", "whereby", "so", "while", "whereas",
})
_LIST_WORDS = frozenset({
    ",", "and", "&", "the", "such", "as", "institutions", "universities", "including", "etc",
    "its", "their", "partner", "partners", "other", "several", "leading", "both", "well",
})
# "the two higher education institutions", "both partner universities", "the two Korean
# universities": up to three lower-case words between "the two"/"both" and the noun (a name is no
# modifier: "both Melbourne and Korea University")
_PAIR_MODIFIERS = r"(?:(?-i:[a-z][a-z-]*|[A-Z][a-z]+(?:an|ese|ish|ian|i))\s+){0,3}?"
_PAIR = re.compile(rf"\s*(?:(?:the\s+two|both)\s+{_PAIR_MODIFIERS}|the\s+|their\s+respective\s+)(?:universities|institutions|parties|sides|schools|partners|institutes)\b", re.I)
_ANAPHORS = re.compile(
    rf"\b(?:(?:the two|both)\s+{_PAIR_MODIFIERS}(?:sides|institutions|parties|universities)|the parties)\b",
    re.I,
)
_AFTER_THE_EVENT = re.compile(r"\s*(?:After|Following|During|At the end of|On the sidelines of|On the margins of)\s+the\s+(meeting|talks|visit|forum|conference|discussions?)\b")
_NTH_DAY = re.compile(r"\s*On\s+the\s+(first|opening|second|third|fourth|fifth|last|final|closing)\s+day\s+of\s+the\s+(meeting|assembly|conference|forum|visit|summit|congress|session|fair|symposium|workshop)\b", re.I)
_BELONGS = re.compile(r",\s*(?:which|that)\s+(?:belongs|belonged|is\s+part)\s+(?:to|of)(?:\s+the)?|,\s*(?:part|a\s+unit|a\s+faculty|a\s+school)\s+of(?:\s+the)?", re.I)
_ASIDE = re.compile(r"\s*(?:Besides|Apart\s+from|Aside\s+from|In\s+addition\s+to|Alongside|Beyond|Other\s+than)\b[^,]*,", re.I)
_SINCE = re.compile(r"\b(?:since|over\s+the\s+(?:past|last))\s+(?:(?:19|20)\d\d|\w+\s+years)\b", re.I)
_REPORTS = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:has\s+|had\s+)?(?:announced|said|says|reported|reports|stated|confirmed)\s+(?:on\s+\w+(?:,?\s+\w+\s+\d+)?\s+|\w+day\s+)?that\b", re.I)
_COUNTED_COUNTERPARTS = re.compile(
    r"with\s+(?:(?:over|more than|at least|nearly|about|some|around)\s+)?(?:\d+|" + "|".join(lexicon.NUMBER_WORDS) + r")\s+(?:[\w-]+\s+){0,3}?"
    r"(?:universities|institutions|partners|organi[sz]ations|schools|colleges|companies)\b", re.I)
_SAME_EVENT = re.compile(r"\s*(?:On|At|During)\s+the\s+same\s+(?:day|date|occasion|event|ceremony)\b", re.I)
_SAME_DAY = re.compile(r"\bthe\s+same\s+day\b", re.I)  # anywhere: "The same day, A renewed", "was inked the same day by", "in a ceremony on the same day"
_EVENT_WORDS = {  # how a sentence tells of the event "After the X" refers to
    "meeting": r"\b(?:met|meets|meet|meeting)\b", "talk": r"\b(?:talks|held talks)\b", "visit": r"\b(?:visit|visited|visits)\b",
    "forum": r"\bforum\b", "conference": r"\bconference\b", "discussion": r"\b(?:discussion|discussions|discussed)\b",
}
_COUNTERPARTS = re.compile(
    r"\b((?:over|more than|at least|nearly|about|some|around)?\s*(\d+)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:universities|institutions|members|partners|organi[sz]ations|schools|colleges|companies))\b",
    re.I,
)


_EARLIER = frozenset({"first", "earlier", "previous", "prior", "original", "initial"})
_RELATIVE_SUBJECT = frozenset({",", "that", "which", "the", "two", "both", "they", "had", "have", "has", "universities", "institutions", "parties", "sides", "partners", "and", "&", "first"})
_EARLIER_YEAR = re.compile(r"\s*(?:into\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?)?in\s+((?:19|20)\d\d)\b(?!\s*[-/])")
_COUNTED_PARTIES = re.compile(r"\b(two|three|four|five|[2-5])\s+(?:[\w'’-]+\s+){0,6}?(?:universities|institutions|schools|colleges|institutes|parties|partners)\b", re.I)
_INTENT = frozenset({
    "plan", "plans", "planned", "planning", "intend", "intends", "intended", "expected", "expects", "hope", "hopes", "hoping", "hoped",
    "aim", "aims", "aimed", "aiming", "set", "seeks", "seek", "sought", "wants", "want", "wanted", "agreed", "preparing", "prepares", "prepare", "invited", "invites",
    "invite", "ready", "due", "scheduled", "poised", "going", "about", "likely", "keen", "willing", "proposed", "proposes",
    "propose", "wish", "wishes", "wished", "like", "is", "are",
})
# An intent with its object between it and "to sign" ("expects A's public universities to sign",
# "urged the two universities to sign", "invited the rectors of B and C to sign"): the words of
# _INTENT that take an object, not "is"/"are"/"set"/"about" ("A is the first university to sign").
_OBJECT_INTENT = frozenset({
    "expect", "expects", "expected", "invited", "invites", "invite", "urged", "urges", "urge", "asked", "asks", "ask",
    "encouraged", "encourages", "encourage", "wants", "want", "wanted", "called", "calls", "plans", "planned", "intends", "intended",
    "hopes", "hoped", "hope", "allow", "allows", "allowed", "enable", "enables",
})
# "A (already) has an agreement with B", "A now has cooperation agreements with 11 universities":
# agreements held, not signed in the sentence (_Finder._held)
_HELD = re.compile(
    r"\b(?:has|have|holds|hold|maintains|maintain)\s+(?:(?:already|now|also|currently|long)\s+)?(?:(?:an?|its|their)\s+)?"
    r"(?:[\w+-]+\s+){0,3}?(?P<noun>agreements?|memorand(?:um|a|ums)|mous?|moas?|accords?)\b", re.I)
_SUBORDINATORS = frozenset({"after", "before", "when", "while", "whereas", "because", "since", "where", "although", "though", "once", "until"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "should", "can", "must", "'ll"})
_UNREAL = re.compile(
    r"\b(?:(?:draft|proposed|planned|possible|potential|prospective|future)\s+(?:[\w-]+\s+){0,3}?"
    r"|(?:talks|negotiations|discussions)\s+(?:on|about|over|for|towards?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?)"
    r"(?:agreements?|memorand(?:um|a|ums)|mous?|moas?|accords?|protocols?|pacts?|arrangements?)\b",
    re.I,
)
# "M (ACR), a member of the A alliance of European universities, has signed ...": what M belongs to, no party.
_MEMBER_ASIDE = re.compile(r"(?:,|\()\s*(?:a|an|the|also\s+a)\s+(?:[\w-]+\s+){0,2}?(?:member|members|partner|part)\s+of\s+[^,;()]*")
_NEGATION = frozenset({"no", "not", "never", "n't"})
# "the university", "our institution", "his university": a party named by reference (see _Finder._referent)
_REFERENCE_DETERMINERS = frozenset({"the", "our", "his", "her", "their"})
_REFERENCE_NOUNS = frozenset({"university", "varsity", "institution", "college", "campus"})
_SPEECH = frozenset({"said", "says", "told", "added", "noted", "stated", "explained", "remarked", "recalled", "according"})
# The first word of an aside between commas after a name ("A, one of B's founding members,", "A,
# which ...,", "A, a member of B,", "A, formerly known as B,"): see _Finder._asides.
_ASIDE_OPENERS = frozenset({
    "which", "who", "whose", "one", "a", "an", "also", "itself", "formerly", "now", "once", "the",
    "founded", "based", "established", "located", "home", "both",
})
_TRAILING_ASIDE = re.compile(rf",\s*(?:{'|'.join(sorted(_ASIDE_OPENERS))})\b[^,;]*,\s*$", re.I)
# "Hosted by A, the ceremony saw B sign ... with C", "witnessed by A": A is no party
_WITNESSED_BY = re.compile(r"\b(?:presence\s+of|witnessed\s+by|attended\s+by|hosted\s+by|organi[sz]ed\s+by|auspices\s+of)\s+(?:the\s+)?$", re.I)


@dataclass(kw_only=True)
class AgreementFact:
    kinds: list[str]
    parties: list[Entity]
    evidence: list[tuple[int, int]]
    confidence: float
    signed_on: str | None = None
    signatories: list[Entity] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sentence: int = 0
    count: int | None = None  # set for an agreement group
    counterparts: str | None = None
    counterparts_min: int | None = None
    earlier: bool = False  # an earlier agreement the text recalls ("first signed in 2011"): never merged with a later one

    @property
    def is_group(self) -> bool:
        """A count of agreements, or agreements counted by their counterparts only (count None)."""
        return self.count is not None or self.counterparts is not None

    @property
    def party_ids(self) -> frozenset[str]:
        return frozenset(p.id for p in self.parties)


def rolled_up(parties: list[Entity]) -> frozenset[str]:
    """The parties' ids, a unit's as its organisation's: "IoE" (of Tribhuvan University) and
    AIT make the same agreement as Tribhuvan University and AIT."""
    return frozenset(p.unit_of or p.id for p in parties)


def _may_name(entity: Entity, fact: AgreementFact) -> bool:
    """Whether ``entity`` can be one of the fact's parties: it is one (or a unit of one), or it
    shares a distinctive word with one ("Kyiv Polytechnic", "Igor Sikorsky Kyiv Polytechnic
    Institute"; not "Tema University", "Volta University")."""
    if (entity.unit_of or entity.id) in rolled_up(fact.parties):
        return True
    words = set(name_words(normalize(entity.name)))
    return any(words & set(name_words(normalize(p.name))) or _shortens(entity.name, p.name) for p in fact.parties)


def _shortens(short: str, name: str) -> bool:
    """An acronym whose capitals (three or more) are initials of the name, in order ("SamSU" of
    "Samarkand State University named after ...")."""
    if not is_acronym(short):
        return False
    capitals = iter(initials(name))
    letters = [c for c in short if c.isupper()]
    return len(letters) >= 3 and all(c in capitals for c in letters)


def areas_in(text: str) -> list[str]:
    """Cooperation areas a text names, in vocabulary order.

    >>> areas_in("They will exchange students and hold joint conferences on remote sensing.")
    ['student-exchange', 'conferences', 'remote-sensing']
    """
    lowered = text.lower()
    return [slug for phrase, slug in lexicon.AREA_PHRASES.items() if re.search(phrase, lowered)]


def kinds_in(text: str) -> list[str]:
    """Agreement kinds a noun phrase names, the longest phrases first.

    >>> kinds_in("memorandum of cooperation"), kinds_in("medical collaboration agreement")
    (['memorandum-of-cooperation'], ['medical-collaboration'])
    """
    lowered = " " + " ".join(text.lower().replace("-", " - ").split()).replace(" - ", "-") + " "
    found = []
    for phrase in sorted(lexicon.AGREEMENT_KINDS, key=len, reverse=True):
        needle = f" {phrase} "
        if needle in lowered:
            slug = lexicon.AGREEMENT_KINDS[phrase]
            if slug not in found:
                found.append(slug)
            lowered = lowered.replace(needle, " # ")
    return found


def find_agreements(
    doc: Doc, linked: list[Linked], roles: list[RoleFact], *, published: str | None, dateline: int = 0
) -> list[AgreementFact]:
    finder = _Finder(doc, linked, roles, published, dateline)
    for number, sentence in enumerate(sentences(doc)):
        finder.sentence(number, sentence)
        finder.remember_pair(sentence)
    _Pairs(finder).decide()
    return finder.merged()


_RENEWALS = frozenset({"renew", "renews", "renewed", "extend", "extends", "extended"})
_PROGRAMMES = frozenset({"programme", "program", "programmes", "programs"})
_REFERRING_NOUNS = lexicon.AGREEMENT_REFERENCES | lexicon.AGREEMENT_NOUNS  # what "the partnership", "the agreement" refer by


def _owned_by_acronym(orgs: list[Linked]) -> list[Linked]:
    """A unit named by the acronym of its organisation ("the UNAM Faculty of Engineering inked a
    memorandum with B", "the BSU Faculty of Physics and JINR signed") signs for it, when the
    acronym stands for one organisation of the article ("National Autonomous University of
    Mexico (UNAM)") and the name is no institution of the reference list: the unit is that
    organisation's here, as "UGM's Faculty of Engineering" is UGM's."""
    owners: dict[str, set[str]] = {}  # an acronym the article writes alone → the organisations it names
    for item in orgs:
        if is_acronym(item.mention.text) and item.entity.unit_of is None and not item.mention.text.split()[1:]:
            owners.setdefault(item.mention.text, set()).add(item.entity.id)
    result = []
    for item in orgs:
        e = item.entity
        words = e.name.split()
        owner = owners.get(words[0], set()) if len(words) >= 4 and words[1] in lexicon.UNIT_HEADS and words[2] in {"of", "for"} else set()
        if e.new and e.reference is None and e.unit_of is None and len(owner) == 1 and e.id not in owner:
            item = dataclasses.replace(item, entity=dataclasses.replace(e, unit_of=next(iter(owner))))
        result.append(item)
    return result


def _since_comma(sentence: Span, k: int, size: int) -> list[str]:
    """The (lower-case) words of the ``size`` before token ``k`` of the sentence that come after the
    last comma among them: the clause a signing verb is in."""
    words = [t.lower_ for t in sentence[max(0, k - size):k]]
    return words[len(words) - words[::-1].index(","):] if "," in words else words


class _Finder:
    def __init__(self, doc: Doc, linked: list[Linked], roles: list[RoleFact], published: str | None, dateline: int):
        self.doc = doc
        self.published = published
        self.dateline = dateline
        self.text = text_of(doc)
        self.last_pair: list[Entity] = []  # the two organisations the text last named together
        self.in_title = {i for s, e in doc.user_data.get("unikg_titles", []) for i in range(s, e)}
        self.orgs = _owned_by_acronym(sorted((i for i in linked if i.mention.kind == "organization"), key=lambda i: i.mention.token_start))
        self.orgs_in: dict[int, list[Linked]] = {}  # sentence number → its organisations
        for item in self.orgs:
            self.orgs_in.setdefault(item.mention.sentence, []).append(item)
        self.parties_cache: dict[int, list[Linked]] = {}
        self.people = sorted((i for i in linked if i.mention.kind == "person"), key=lambda i: i.mention.token_start)
        self.people_in: dict[int, list[Linked]] = {}  # sentence number → its people
        for item in self.people:
            self.people_in.setdefault(item.mention.sentence, []).append(item)
        self.places = {i.mention.token_start: i.mention.token_end for i in linked if i.mention.kind in ("country", "city")}
        self.org_of_person = {}
        for role in roles:
            self.org_of_person.setdefault(role.person.id, role.organization)
        self.found: list[AgreementFact] = []
        self.last_created: list[AgreementFact] = []
        self.pending: list[AgreementFact] = []  # one party named so far
        self.unnamed: tuple[AgreementFact, int] | None = None  # signed by "three universities", named next: (fact, how many)

    # -- one sentence ----------------------------------------------------------------------

    def sentence(self, number: int, sentence: Span) -> None:
        words = [t.lower_ for t in sentence]
        nouns = [k for k, w in enumerate(words) if (w in lexicon.AGREEMENT_NOUNS and not (w == "deal" and words[k + 1:k + 2] == ["of"]))  # not "a great deal of"
                 or (w in _PROGRAMMES and k > 0 and words[k - 1] == "executive")]  # "an executive programme between A and B": an implementing agreement
        verbs = [k for k, w in enumerate(words) if w in lexicon.SIGNING_VERBS and self._is_verb(sentence, k)]
        orgs = self._parties_in(sentence)
        evidence = self._evidence(sentence)
        if self.unnamed is not None and self._named_next(number, sentence, orgs, evidence):
            return
        if not verbs and (_UNREAL.search(sentence.text) or any(w in lexicon.SIGNING_VERBS and self._not_yet(sentence, k) for k, w in enumerate(words))):
            return  # "a draft agreement between A and B", "talks on an agreement", "an MoU ... is to be signed": none signed
        if nouns and verbs and not orgs and not self._definite(sentence, nouns[0]) and self._unnamed(number, sentence, nouns[0], verbs, evidence):
            return
        if nouns:
            noun = nouns[0]
            if verbs and self._group(number, sentence, nouns, verbs, orgs, evidence):
                return
            if verbs and self._earlier(number, sentence, nouns, verbs, orgs, evidence):
                return
            created = self._with_which(number, sentence, evidence) or self._between(number, sentence, noun, verbs, evidence) or (
                self._subject_with(number, sentence, noun, verbs, orgs, evidence) if verbs else self._held(number, sentence, orgs, evidence)
            )
            if created:
                self.last_created = created
                return
        references = [k for k, w in enumerate(words) if w in _REFERRING_NOUNS and self._definite(sentence, k)]
        if references or _ANAPHORS.search(sentence.text):
            self._reference(sentence, orgs, evidence, [words[k] for k in references])

    def _held(self, number, sentence, orgs, evidence) -> list[AgreementFact]:
        """Agreements an organisation has, with no signing verb: "A already has an agreement with
        B for ..." (one agreement each of the counterparts listed right after "with", undated),
        "A now has cooperation agreements with 11 Hungarian universities", "A, the only member
        of C in X, has exchange agreements with more than 500 institutions" (agreements counted
        by their counterparts: a group with no count). One holder only, the organisation before
        the verb in its clause (after a colon or semicolon; not an aside's), else "the university"."""
        match = _HELD.search(sentence.text)
        if match is None or _NEGATION & set(match.group(0).lower().split()):
            return []
        verb_at = sentence.start_char + match.start()
        noun = next((t.i - sentence.start for t in sentence if t.idx == sentence.start_char + match.start("noun")), None)
        if noun is None:
            return []
        clause = max(sentence.text.rfind(";", 0, match.start()), sentence.text.rfind(":", 0, match.start())) + 1
        asides = [(sentence.start_char + m.start(), sentence.start_char + m.end()) for m in _MEMBER_ASIDE.finditer(sentence.text)]
        holder = unique([o.entity for o in orgs if sentence.start_char + clause <= o.mention.start < verb_at and not o.entity.alliance
                         and not any(a <= o.mention.start < b for a, b in asides)])
        if not holder:
            verb = next((t.i - sentence.start for t in sentence if t.idx >= verb_at), 0)
            holder = self._implied_subject(sentence, verb)
        after = sentence.text[match.end():]
        with_ = re.match(r"\s*with\s+", after)
        if len(holder) != 1 or with_ is None:
            return []
        counted = _COUNTERPARTS.match(after[with_.end():])
        if counted is not None:
            stated = " ".join(counted.group(1).split())
            least = int(counted.group(2)) + (1 if stated.lower().startswith(("over", "more than")) else 0)
            kinds, known = self._kinds(sentence, noun)
            fact = AgreementFact(
                kinds=kinds, parties=holder, evidence=[evidence], confidence=0.6 if known else 0.5, signed_on=None,
                areas=areas_in(sentence.text), sentence=number, counterparts=stated,
                counterparts_min=None if stated.lower().startswith(("nearly", "about", "some", "around")) else least,
                notes=["Agreements the organisation has, counted by their counterparts only: the number of agreements is not stated."],
            )
            self.found.append(fact)
            return [fact]
        counterparts = [c for c in self._list_after(sentence, noun + 2) if c.id != holder[0].id]
        created = [self._new(number, sentence, noun, holder + [c], evidence, confidence=0.7,
                             note="An agreement the text says the organisations have; when it was signed is not said.") for c in counterparts]
        for fact in created:
            fact.signed_on = None
        self.found += created
        return created

    def _unnamed(self, number, sentence, noun, verbs, evidence) -> bool:
        """"Three universities on Monday entered into a three-way agreement": parties counted,
        not named (nor implied: "the two universities"); the next sentences may name them."""
        if self._implied_subject(sentence, verbs[0]) or sentence[noun].lower_.endswith(("s", "memoranda")):
            return False  # one agreement of all: not "Three universities signed agreements with ..."
        kinds, _ = self._kinds(sentence, noun)
        counted = _COUNTED_PARTIES.search(sentence[:verbs[0]].text)
        size = 3 if set(kinds) & lexicon.MULTIPARTY_KINDS else None
        if counted:
            word = counted.group(1).lower()
            size = int(word) if word.isdigit() else lexicon.NUMBER_WORDS.get(word)
        if size is None or not 2 <= size <= 5:
            return False
        self.unnamed = (self._new(number, sentence, noun, [], evidence, confidence=0.7, signatories=self._signatories(sentence, verbs[0])), size)
        return True

    def _named_next(self, number, sentence, orgs, evidence) -> bool:
        """The sentence after an agreement of parties counted, not named, that names as many
        ("KAIST, POSTECH and UNIST signed the agreement", "The partners are A, B and C")."""
        fact, size = self.unnamed
        if number - fact.sentence > 2:
            self.unnamed = None
            return False
        parties = unique([o.entity for o in orgs if not o.entity.alliance])
        if len(parties) != size:
            return False
        self.unnamed = None
        fact.parties = parties
        fact.evidence.append(evidence)
        fact.areas += [a for a in areas_in(sentence.text) if a not in fact.areas]
        fact.signatories = unique(fact.signatories + [p.entity for p in self._people(sentence) if self.org_of_person.get(p.entity.id) in parties])
        fact.signed_on = fact.signed_on or self._date(sentence)
        self.found.append(fact)
        self.last_created = [fact]
        return True

    def _not_yet(self, sentence: Span, k: int) -> bool:
        """A signing verb after an intent ("plans to sign", "is expected to sign", "invited B to
        sign"), a modal ("will sign", "could soon sign", "is to be signed") or a negation ("no
        agreements were signed", "did not sign", "no agreement had been reached")."""
        before = [t.lower_ for t in sentence[max(0, k - 4):k]]
        clause, wide = _since_comma(sentence, k, 6), _since_comma(sentence, k, 9)
        return bool(
            (before and before[-1] == "to" and _INTENT.intersection(before[:-1]))
            or (before and before[-1] == "to" and _OBJECT_INTENT.intersection(wide[:-1]))  # "expects Egyptian public universities to sign"
            or before[-2:] == ["to", "be"] or _NEGATION.intersection(clause)  # "no agreement had been reached", "no agreement has yet been signed"
            or any(t.text in _MODALS for t in sentence[max(0, k - 2):k])  # as written: "MUST" is an acronym
        )

    def _is_verb(self, sentence: Span, k: int) -> bool:
        word = sentence[k].lower_
        if self._not_yet(sentence, k):
            return False
        if word in lexicon.SIGNATURE_VERBS:  # "A and B put their signatures to the protocol", not "put forward"
            return any(t.lower_ in {"signature", "signatures", "seal", "seals"} for t in sentence[k + 1:k + 4])
        if word in {"enter", "entered", "enters"}:
            return k + 1 < len(sentence) and sentence[k + 1].lower_ == "into"
        if word in {"establish", "establishes", "established"}:
            nxt = sentence[k + 1:k + 4]
            return any(t.lower_ in lexicon.AGREEMENT_NOUNS | {"partnership"} for t in nxt)
        if word in {"extend", "extends", "extended"}:  # "have extended their agreement", not "extended a warm welcome"
            return any(t.lower_ in lexicon.AGREEMENT_NOUNS for t in sentence[k + 1:k + 5])
        if word == "signing":  # "through the signing of a memorandum ...", not "the signing ceremony"
            return k + 1 < len(sentence) and sentence[k + 1].lower_ == "of" and any(t.lower_ in lexicon.AGREEMENT_NOUNS for t in sentence[k + 2:k + 7])
        return True

    def _implied_subject(self, sentence: Span, end: int) -> list[Entity]:
        """The organisation a subject without a name stands for, before token ``end``: "it"
        (the organisation the sentence before starts with), "the university", "the varsity",
        "the institution" (the organisation the article is about, from what it said so far), "the two
        universities", "both institutions" (the parties of the last agreement of two)."""
        before = sentence[:end].text
        if re.search(rf"\b(?:the two|both)\s+{_PAIR_MODIFIERS}(?:universities|institutions|parties|sides|partners|institutes)\b", before, re.I):
            pairs = [f.parties for f in self.found if not f.is_group and len(f.parties) == 2]
            return list(pairs[-1]) if pairs else self._paragraph_two(sentence, end) or list(self.last_pair) or self._only_two(sentence)
        number = sentence_number(self.doc, sentence.start)
        if re.search(r"(?:^|,\s*)\s*(?:\w+\s+)?(?:it|It)(?:\s+\w+){0,2}\s*$", before):
            for previous in range(number - 1, max(-1, number - 3), -1):
                orgs = [o for o in self.orgs_in.get(previous, []) if not o.entity.alliance]
                if orgs:
                    first = orgs[0]
                    sentence_start = self.text[:first.mention.start].rstrip().endswith((".", "\n", "\"")) or first.mention.start == 0
                    head = self.text[max(0, first.mention.start - 60):first.mention.start]
                    if sentence_start or re.search(r"[.\n]\s*(?:\w+['’]s\s+)?(?:the\s+)?$", head):
                        return [first.entity]
                    return []
            return []
        bare = _TRAILING_ASIDE.sub("", before)  # "The university, founded in 1845, signed ...": the aside said of it
        noun = re.search(rf"\b({'|'.join(sorted(_REFERENCE_DETERMINERS))})\s+(?:{'|'.join(sorted(_REFERENCE_NOUNS))})(?:\s+\w+){{0,2}}\s*$", bare, re.I)
        if noun is not None:  # "the university", "The campus, which has signed ...", "his university had signed ..."
            k = next(t.i for t in sentence if t.idx >= sentence.start_char + noun.start(1)) - sentence.start
            referent = self._referent(sentence, k)
            return [referent] if referent is not None else []
        if re.search(r"\b[Ww]e(?:\s+\w+){0,2}\s*$", before):  # "the agreement we signed with B," Prof X said
            speaker = self._speaker(sentence)
            return [speaker] if speaker is not None else []
        return []

    def _referent(self, sentence: Span, k: int) -> Entity | None:
        """The organisation "the university" (also "varsity", "institution", "college",
        "campus"), "our university" or "his university" at token ``k`` (its determiner) of the
        sentence stands for: "his", "her", "their" the organisation of the person named last
        before it ("X said his university had signed ..."); "our" the speaker's (else as "the");
        "the" the one the article is about, from what it said so far.

        Not in a list: "between the university and B" read so made one wrong agreement more on
        the third training set, left one set out, and mended none the names let be scored."""
        word = sentence[k].lower_
        if word in {"his", "her", "their"}:
            people = [p for p in self._people(sentence) if p.mention.token_end <= sentence.start + k and p.entity.id in self.org_of_person]
            if not people:  # "... by President Prof. Munir al-Jubouri. Al-Jubouri said his university had signed 14 agreements": a person named before, by surname
                surnames = {}
                for p in self.people:
                    if p.mention.token_start < sentence.start and p.entity.id in self.org_of_person and p.entity.name.split():
                        last = p.entity.name.split()[-1].lower()
                        surnames[last] = p
                        surnames.setdefault(last.rsplit("-", 1)[-1], p)  # "Al-Jubouri", as the tokens "Al", "-", "Jubouri"
                people = [surnames[t.lower_] for t in sentence[:k] if t.text[:1].isupper() and t.lower_ in surnames]
            return self.org_of_person.get(people[-1].entity.id) if people else None
        if word == "our":
            speaker = self._speaker(sentence)
            if speaker is not None:
                return speaker
        return home_organisation(self.orgs, before=sentence_number(self.doc, sentence.start))

    def _speaker(self, sentence: Span) -> Entity | None:
        """The organisation of the one person the sentence quotes ("..., we hope," Prof X said;
        "said Dr Y"), when the text gives it."""
        speakers = []
        for person in self._people(sentence):
            before = self._words(person.mention.token_start - 3, person.mention.token_start)
            after = self._words(person.mention.token_end, person.mention.token_end + 2)
            if _SPEECH.intersection(before) or _SPEECH.intersection(after):
                speakers.append(person.entity.id)
        speakers = list(dict.fromkeys(speakers))
        return self.org_of_person.get(speakers[0]) if len(speakers) == 1 else None

    def _words(self, start: int, end: int) -> list[str]:
        """The document's words from token ``start`` to ``end``, in lower case."""
        return [t.lower_ for t in self.doc[max(0, start):min(end, len(self.doc))]]

    def _definite(self, sentence: Span, k: int) -> bool:
        for j in range(k - 1, max(-1, k - 5), -1):
            word = sentence[j].lower_
            if word in {"the", "this", "that", "these", "such"}:
                return True
            if word in {"a", "an", "another", "new"} or sentence[j].like_num or sentence[j].is_punct:
                return False
        return False

    def _evidence(self, sentence: Span) -> tuple[int, int]:
        text = sentence.text
        start = sentence.start_char + (len(text) - len(text.lstrip()))
        return start, sentence.start_char + len(text.rstrip())

    def _parties_in(self, sentence: Span) -> list[Linked]:
        """Organisations of the sentence that can be parties: not a parent of the one before, not
        a unit of another ("UGM's Faculty of Engineering signed ...": the university signs)."""
        number = sentence_number(self.doc, sentence.start)
        if number not in self.parties_cache:
            self.parties_cache[number] = self._parties(self.orgs_in.get(number, []))
        return self.parties_cache[number]

    def _people(self, sentence: Span) -> list[Linked]:
        return self.people_in.get(sentence_number(self.doc, sentence.start), [])

    def _parties(self, inside: list[Linked]) -> list[Linked]:
        result = []
        previous_end = None
        for item in inside:
            start = item.mention.token_start
            is_parent = False
            if previous_end is not None:
                gap = [t.lower_ for t in self.doc[previous_end:start] if not t.is_space]
                gap = gap[3:] if gap[:1] == ["("] and gap[2:3] == [")"] else gap
                gap = gap[1:] if gap[:1] == [")"] else gap
                is_parent = gap in (["of", "the"], ["at", "the"], ["of"], ["at"], ["in"])  # "A in Abu Dhabi": A's city, whatever it was read as
            end = item.mention.token_end
            if end < len(self.doc) and self.doc[end].lower_ in {"member", "members", "membership"}:
                is_parent = True  # "UANSR membership universities": the alliance is not a party
            if previous_end is not None and result and _BELONGS.fullmatch(self.doc[previous_end:start].text.strip()):
                result.pop()  # "the Faculty of Sciences of Rabat, which belongs to M University, inked ...": M signs
            is_alias = previous_end is not None and [t.text for t in self.doc[previous_end:start] if not t.is_space] == ["("]
            source = self.doc[max(0, start - 3):start].text.lower().endswith(("according to", "according to the", "told", "told the"))  # the source of the report, or whom it was told ("its rector told APP")
            source = source or bool(_REPORTS.match(self.text, item.mention.end))  # "The Ministry announced on Tuesday that A and B had concluded ..."
            witness = bool(_WITNESSED_BY.search(self.text, max(0, item.mention.start - 40), item.mention.start))  # "in the presence of the Ministry"
            if not is_parent and not is_alias and not source and not witness:
                result.append(item)
            previous_end = item.mention.token_end
        named = {item.entity.id for item in result}
        asides = self._asides(inside)
        return [item for item in result if item.entity.unit_of not in named  # "UGM's Faculty of X signed": UGM is the party
                and not any(a <= item.mention.token_start < b for a, b in asides)]

    def _asides(self, inside: list[Linked]) -> list[tuple[int, int]]:
        """The token spans of the asides that follow a name between commas ("A (ACR), one of
        B's founding members, and C signed", "A, which last year became a member of B, has
        signed 14 agreements", "A, the national university of X,"): what they name is said of
        the organisation before, and is no party. An aside that signs or names an agreement
        ("A, which signed an MoU with B in 2019,") is a clause of its own, and a list goes on with
        a name ("A, the B University and C": "the" and a name)."""
        starts = {o.mention.token_start for o in inside}
        spans = []
        for item in inside:
            i = item.mention.token_end
            if i + 2 < len(self.doc) and self.doc[i].text == "(" and self.doc[i + 2].text == ")":
                i += 3  # "A (ACR), one of ..."
            if i + 1 >= len(self.doc) or self.doc[i].text != "," or self.doc[i + 1].lower_ not in _ASIDE_OPENERS:
                continue
            if self.doc[i + 1].lower_ == "the" and (i + 2 in starts or i + 3 in starts):
                continue  # "A, the B University and C": a list
            if _BELONGS.match(self.text, self.doc[i].idx):
                continue  # "the Faculty of X, which belongs to M University, inked": M signs (above)
            end = i + 1
            while end < len(self.doc) and self.doc[end].text not in {",", ";", "\n"} and not self.doc[end].is_sent_start:
                end += 1
            words = {t.lower_ for t in self.doc[i + 1:end]}
            if words & (lexicon.SIGNING_VERBS | lexicon.AGREEMENT_NOUNS):
                continue
            spans.append((i + 1, end))
        return spans

    def _kinds(self, sentence: Span, noun: int) -> tuple[list[str], bool]:
        """Kinds from the noun phrase around ``noun``; (kinds, stated)."""
        start = noun
        while start > 0 and noun - start < 6 and (not sentence[start - 1].is_punct or sentence[start - 1].text == "-") and sentence[start - 1].lower_ not in {"a", "an", "the", "signed", "concluded", "of", "with"} | lexicon.SIGNING_VERBS:
            start -= 1
        end = noun + 1
        if end < len(sentence) and sentence[end].lower_ in {"on", "of", "for", "in", "defining", "regarding", "concerning"}:
            end += 1
            while end < len(sentence) and end - noun < 10 and not sentence[end].is_punct and sentence[end].lower_ not in lexicon.SIGNING_VERBS:
                end += 1
        kinds = kinds_in(sentence[start:end].text)
        if "memorandum-of-understanding" in kinds and "cooperation" in kinds:
            kinds.remove("cooperation")
        if any(k != "cooperation" for k in kinds) and "cooperation" in kinds and kinds.index("cooperation") > 0:
            kinds.remove("cooperation")
        return kinds, bool(kinds)

    def _date(self, sentence: Span) -> str | None:
        """The date the sentence states for its fact; for "After the meeting, ... signed" (or
        "On the sidelines of the meeting") with none, the date of the meeting: the one the last
        sentence that told of a meeting states ("On the morning of October 17, X met with
        ..."), unless the meeting lasts days ("the three-day meeting", "on 23-24 November");
        for "On the same day, ..." (or "At the same event"), the date of the last sentence that
        states one with its day."""
        date = fact_date(self.text, sentence.start_char, sentence.end_char, published=self.published, dateline=self.dateline)
        nth = _NTH_DAY.match(sentence.text)
        if date is None and nth:  # "On the second day of the assembly" held "on May 11-12, 2023"
            number = sentence_number(self.doc, sentence.start)
            for previous in sentences(self.doc)[max(0, number - 25):number][::-1]:
                if re.search(rf"\b{nth.group(2)}\b", previous.text, re.I):
                    days = [day_of_range(d, nth.group(1).lower()) for d in find_dates(previous.text, published=self.published)]
                    if any(days):
                        return next(d for d in days if d)
        event = _AFTER_THE_EVENT.match(sentence.text)
        same = _SAME_EVENT.match(sentence.text) or _SAME_DAY.search(sentence.text)
        if date is None and (event or same):
            told = re.compile(_EVENT_WORDS[event.group(1).lower().rstrip("s")] if event else r".", re.I)
            number = sentence_number(self.doc, sentence.start)
            before = sentences(self.doc)[max(0, number - 25):number]
            if event and any(re.search(rf"\b(?:\w+|\d+)-day\s+(?:\w+\s+)?{event.group(1)}", s.text, re.I) for s in before):
                return None  # "the three-day meeting": which of its days is not said
            for previous in before[::-1]:
                stated = fact_date(self.text, previous.start_char, previous.end_char, published=self.published, dateline=self.dateline)
                if stated is not None and told.search(previous.text) and (event or re.search(r"-\d\d-\d\d$", stated)):
                    if event and any(d.value == stated and day_of_range(d, "second") for d in find_dates(previous.text, published=self.published)):
                        return None  # a meeting "on 23-24 November": which day is not said
                    return stated  # "the same day" is a day: not "in 2023"
        return date

    def _new(self, number, sentence, noun, parties: list[Entity], evidence, *, confidence: float, signatories=(), note=None) -> AgreementFact:
        kinds, stated = self._kinds(sentence, noun)
        notes = [] if stated else ["The text does not say what kind of agreement: kinds left out."]
        if note:
            notes.append(note)
        new_parties = sum(1 for p in parties if p.new)
        score = confidence - (0 if stated else 0.1) - 0.05 * new_parties
        return AgreementFact(
            kinds=kinds, parties=parties, evidence=[evidence], confidence=round(max(0.3, score), 2),
            signed_on=self._date(sentence), signatories=list(signatories),
            areas=areas_in(sentence.text), notes=notes, sentence=number,
        )

    def _group(self, number, sentence, nouns, verbs, orgs, evidence) -> bool:
        """Counts of agreements: "signed 27 new exchange agreements with partner universities",
        and agreements counted by their counterparts only ("has signed agreements with 12
        universities": the number of agreements is not stated)."""
        made = False
        for noun in nouns:
            if noun == 0 or sentence[noun].lower_ not in {"agreements", "memoranda", "memorandums", "mous", "moas", "accords", "protocols", "pacts"}:
                continue
            if not any(v < noun for v in verbs):
                continue
            counted = next((j for j in range(noun - 1, max(-1, noun - 9), -1) if sentence[j].like_num or sentence[j].lower_ in lexicon.NUMBER_WORDS), None)
            if counted is not None and any(t.is_punct and t.text not in {"+", "-"} for t in sentence[counted + 1:noun]):
                counted = None
            previous = sentence[counted] if counted is not None else None
            count = None
            if previous is not None:
                count = int(previous.text) if previous.text.isdigit() else lexicon.NUMBER_WORDS.get(previous.lower_)
            aside = _ASIDE.match(sentence.text)  # "Besides the NTU memorandum, NUM signed four further agreements": NUM's count only
            asides = [(sentence.start_char + m.start(), sentence.start_char + m.end()) for m in _MEMBER_ASIDE.finditer(sentence.text)]
            counterparts = {e.id for e in self._list_after(sentence, noun + 2)} if sentence[noun + 1:noun + 2].text.lower() == "with" else set()
            parties = unique([o.entity for o in orgs if not (aside and o.mention.start < sentence.start_char + aside.end())
                              and not any(a <= o.mention.start < b for a, b in asides)  # "M, a member of the A alliance, has signed 14 agreements": M's
                              and (o.mention.token_start < sentence.start + noun or o.entity.id in counterparts)])  # "..., as rectors gathered for the assembly of A": no party
            verb = max(v for v in verbs if v < noun)
            relative = self._relative_clause(sentence, verb)
            if relative is not None:  # "The campus, which has signed 9 agreements with ..., also hosted B": the campus's
                comma, end = relative
                antecedent = [o.entity for o in orgs if o.mention.token_end in (sentence.start + comma, sentence.start + comma - 3)]
                inside = [o.entity for o in orgs if sentence.start + verb < o.mention.token_start < sentence.start + end]
                parties = unique((antecedent or self._implied_subject(sentence, comma)) + inside)
            parties = parties or self._implied_subject(sentence, min(verbs))
            if not parties:
                continue
            after = sentence[noun + 1:].text
            by_counterparts = re.match(r"\s*with\s+" + _COUNTERPARTS.pattern, after, re.I)
            if (not count or count < 2) and not (by_counterparts and counted is None):
                continue
            if count is None and any(o.mention.token_start > sentence.start + noun for o in orgs):
                continue  # the counterparts are named: not a count
            kinds, stated = self._kinds(sentence, noun)
            stated_counterparts = None
            least = None
            near = re.match(r"\s*with\s+((?:partner\s+)?(?:universities|institutions|partners|organi[sz]ations)\b[^,;.]*)", after, re.I)
            for match in _COUNTERPARTS.finditer(sentence.text):
                if previous is None or match.group(2) != previous.text:
                    stated_counterparts = " ".join(match.group(1).split())
                    words = stated_counterparts.lower()
                    least = int(match.group(2)) + (1 if words.startswith(("over", "more than")) else 0)
                    if words.startswith(("nearly", "about", "some", "around")):
                        least = None
                    break
            if stated_counterparts is None and near:
                stated_counterparts = " ".join(near.group(1).split())
            self.found.append(AgreementFact(
                kinds=kinds, parties=parties, evidence=[evidence],
                confidence=0.7 if stated else 0.6, signed_on=None if _SINCE.search(sentence.text) else self._date(sentence),  # "37 agreements ... since 2015": a period
                signatories=self._signatories(sentence, verbs[0]), areas=areas_in(sentence.text),
                sentence=number, count=count, counterparts=stated_counterparts, counterparts_min=least,
                notes=[f"{count} agreements reported as a count; the counterparts are not named." if count else
                       "Agreements reported by their counterparts only: the number of agreements is not stated."],
            ))
            made = True
        return made

    def _relative_clause(self, sentence: Span, verb: int) -> tuple[int, int] | None:
        """The relative clause the signing verb at ``verb`` is the verb of ("A, which has signed
        9 agreements with ..., also hosted B"; not "A, which C founded, signed ..."): its comma
        and the token its clause ends at (the next comma, or the sentence's end), else None."""
        for j in range(verb - 1, 0, -1):
            token = sentence[j]
            if token.is_punct or sentence.start + j in self.in_title:
                return None
            if token.lower_ in {"which", "who", "that"} and sentence[j - 1].text == ",":
                between = range(sentence.start + j + 1, sentence.start + verb)
                if any(o.mention.token_start in between for o in self.orgs) or any(p.mention.token_start in between for p in self.people):
                    return None  # "A, which C founded in 2019, signed ...": C is the clause's subject
                end = next((k for k in range(verb + 1, len(sentence)) if sentence[k].text in {",", ";"}), len(sentence))
                return j - 1, end
        return None

    def _earlier(self, number, sentence, nouns, verbs, orgs, evidence) -> bool:
        """An earlier agreement the sentence recalls, with the year it was signed: "(builds on)
        a general cooperation agreement the two universities signed in 2019", "The two
        universities first entered into an agreement in 2013", "the first agreement was
        concluded in 2008", "an earlier agreement, signed in 2015", "replaces one signed in
        2019". It is an agreement of its own, dated by its own year; the agreement
        the article reports takes nothing from the sentence (neither that year nor a signing)."""
        org_tokens = {i for o in orgs for i in range(o.mention.token_start, o.mention.token_end)}
        for v in verbs:
            if v >= 2 and sentence[v - 1].lower_ in {"first", "originally", "initially"} \
                    and (sentence[v - 2].text == "," or (sentence[v - 2].i not in org_tokens and sentence[v - 2].lower_ not in _RELATIVE_SUBJECT)) \
                    and any(sentence[u].lower_ in _RENEWALS for u in verbs if u < v):
                continue  # "A and B renewed their agreement(,) first concluded in 2011": the renewal is the fact (not "renews an agreement the two first signed in 2011")
            noun = next((n for n in reversed(nouns) if n < v and v - n <= 6), None)
            first = "first" in [t.lower_ for t in sentence[max(0, v - 2):v]] or (noun is not None and noun > 0 and sentence[noun - 1].lower_ in _EARLIER)
            first = first or (v > 0 and sentence[v - 1].lower_ == "one" and noun is not None)  # "The agreement replaces one signed in 2019"
            clause = noun is not None and v - noun >= 2 and not self._definite(sentence, noun) and all(
                t.lower_ in _RELATIVE_SUBJECT or t.i in org_tokens for t in sentence[noun + 1:v]
            )  # "an agreement [that] the two universities signed"
            year = _EARLIER_YEAR.match(sentence[v + 1:].text) if first or clause else None
            if year is None:
                continue
            if noun is None:
                noun = next((n for n in nouns if n > v), None)
            parties = unique([o.entity for o in orgs if o.mention.token_start < sentence.start + v and not o.entity.alliance])
            if len(parties) != 2:
                parties = self._implied_subject(sentence, v)
            if not parties and not orgs:  # "the first agreement was concluded in 2008": the parties of the last agreement of two
                pairs = [f.parties for f in self.found if not f.is_group and len(f.parties) == 2]
                parties = list(pairs[-1]) if pairs else []
            if noun is None or len(parties) != 2:
                continue
            fact = self._new(number, sentence, noun, parties, evidence, confidence=0.7, note="An earlier agreement the article recalls.")
            fact.signed_on = year.group(1)
            fact.earlier = True
            self.found.append(fact)
            return True
        return False

    def _between(self, number, sentence, noun, verbs, evidence) -> list[AgreementFact]:
        """"(agreement ...) between A and B", or "signed by A and B"."""
        for k, token in enumerate(sentence):
            word = token.lower_
            if word == "between" and (k > noun or any(v < k for v in verbs)):
                pass
            elif word == "by" and any(v < k for v in verbs):
                pass
            else:
                continue
            parties = self._list_after(sentence, k + 1)
            if len(parties) < 2 and _PAIR.match(sentence[k + 1:].text):  # "between the two universities", "by both parties"
                parties = self._pair(sentence, k)
            if len(parties) < 2:
                continue
            if self._definite(sentence, noun):  # "the agreements were signed by A, B and C": those reported
                earlier = [f for f in self.found if not f.is_group and f.party_ids < frozenset(p.id for p in parties)]
                if earlier:
                    for fact in earlier:
                        fact.evidence.append(evidence)
                        fact.signatories = unique(fact.signatories + [p for p in self._signed_by(sentence, k) if self.org_of_person.get(p.id) is None or self.org_of_person[p.id].id in fact.party_ids])
                        fact.signed_on = fact.signed_on or self._date(sentence)
                    return earlier
            existing = self._referred(parties, sentence, noun)  # "The memorandum was signed ... by the rector of Kyiv Polytechnic and ..."
            if existing is not None:
                existing.evidence.append(evidence)
                existing.areas += [a for a in areas_in(sentence.text) if a not in existing.areas]
                existing.signatories = unique(existing.signatories + self._signed_by(sentence, k))
                existing.signed_on = existing.signed_on or self._date(sentence)
                return [existing]
            signatories = self._signed_by(sentence, k) if word == "by" else []
            fact = self._new(number, sentence, noun, parties, evidence, confidence=0.9 if verbs else 0.75, signatories=signatories)
            self.found.append(fact)
            return [fact]
        return []

    def _with_which(self, number, sentence, evidence) -> list[AgreementFact]:
        """"meetings with A and B, with which C already has exchange agreements": C and each of
        A and B (the organisations coordinated right before the clause)."""
        match = re.search(r",\s*with\s+(?:which|whom)\s+", sentence.text)
        if match is None:
            return []
        at = sentence.start_char + match.start()
        orgs = self._parties_in(sentence)
        after = [o for o in orgs if o.mention.start >= sentence.start_char + match.end()]
        if not after or not re.fullmatch(r"(?:the\s+)?", self.text[sentence.start_char + match.end():after[0].mention.start]):
            return []
        clause = self.text[after[0].mention.end:sentence.end_char]
        verb = re.match(r"\s*(?:\w+\s+){0,2}?(?:has|have|had|signed|concluded)\b[^,;.]*?\b(" + "|".join(sorted(lexicon.AGREEMENT_NOUNS)) + r")\b", clause, re.I)
        if verb is None:
            return []
        before = [o for o in orgs if o.mention.end <= at]
        antecedents = []
        for item in reversed(before):
            end = antecedents[-1].mention.start if antecedents else at
            gap = self.text[item.mention.end:end]
            if re.fullmatch(r"\s*(?:\([^)]*\)\s*)?(?:,|,?\s*and|&)?\s*(?:the\s+)?", gap):
                antecedents.append(item)
            else:
                break
        antecedents = unique([a.entity for a in reversed(antecedents)])
        subject = after[0].entity
        noun = next((k for k, t in enumerate(sentence) if t.idx >= after[0].mention.end and t.lower_ == verb.group(1).lower()), None)
        if not antecedents or noun is None:
            return []
        created = [self._new(number, sentence, noun, [other, subject], evidence, confidence=0.7) for other in antecedents if other.id != subject.id]
        self.found += created
        return created

    def _list_after(self, sentence: Span, k: int) -> list[Entity]:
        """The organisations listed from token ``k`` of the sentence on: "A, B and C", also
        "A Vice-Chancellor Prof. X and the President of B, Prof. Y" (people stand for theirs)."""
        starts = {o.mention.token_start: o for o in self._parties_in(sentence)}
        ends = {o.mention.token_end: o for o in self.orgs}
        people = {p.mention.token_start: p for p in self._people(sentence)}
        units = {o.mention.token_start: o for o in self.orgs if o.entity.unit_of is not None}
        parties = []
        i = sentence.start + k
        while i < sentence.end:
            token = self.doc[i]
            if i in units and parties and units[i].entity.unit_of == parties[-1].id:
                i = units[i].mention.token_end  # "between SQU's College of Engineering and B": SQU is the party
                continue
            if i in starts:
                parties.append(starts[i].entity)
                i = starts[i].mention.token_end
                if i + 2 < len(self.doc) and self.doc[i].text == "(" and self.doc[i + 2].text == ")":
                    i += 3
                continue
            if i in people:
                organization = self.org_of_person.get(people[i].entity.id)
                if organization is not None:
                    parties.append(organization)
                i = people[i].mention.token_end
                continue
            parent = self._parent_after(i) if parties and token.lower_ == "of" and i in ends else None
            if parent is not None:  # "between the School of X of A and the Faculty of Y of B": A is the school's organisation, and the list goes on
                i = parent
                continue
            if i in ends or token.is_space or token.lower_ in _LIST_WORDS or i in self.in_title or is_honorific(token) or token.text in {"'s", "’s"}:
                i += 1
                continue
            if i in self.places:  # "China's Huazhong Agricultural University (HZAU), Wuhan,": an owner, a place
                i = self.places[i]
                continue
            if token.lower_ == "of" and i - 1 in self.in_title:  # "the President of the University of X"
                i += 1
                continue
            parent = self._parent_after(i) if parties else None
            if parent is not None:  # "the Department of X (DX) of the University of Y and ...": Y is X's organisation, not a party
                i = parent
                continue
            break
        return unique(parties)

    def _parent_after(self, i: int) -> int | None:
        """The end of "of (the) ORG" at token ``i`` when ORG is a parent no party counts (see
        :meth:`_parties`), else None."""
        if self.doc[i].lower_ != "of":
            return None
        j = i + 1 + (i + 1 < len(self.doc) and self.doc[i + 1].lower_ == "the")
        parent = next((o for o in self.orgs if o.mention.token_start == j), None)
        parties = self._parties_in(sentence_of(self.doc, i))
        if parent is None or any(p.mention.token_start == j for p in parties):
            return None
        return parent.mention.token_end

    def _signed_by(self, sentence: Span, k: int) -> list[Entity]:
        """The people of "signed by P1 and P2 ..." (from token ``k``, "by", to the end of the list)."""
        stop = next((j for j in range(k + 1, len(sentence)) if sentence[j].lower_ in _STOP_COUNTERPARTS | {"at", "during", "while"}), len(sentence))
        return unique([p.entity for p in self._people(sentence) if sentence.start + k < p.mention.token_start < sentence.start + stop])

    def _pair(self, sentence: Span, k: int) -> list[Entity]:
        """The two organisations "the two universities" (before token ``k``) stands for: the
        two this sentence names before it, else the two the text last named together."""
        before = unique([o.entity for o in self._parties_in(sentence) if o.mention.token_start < sentence.start + k and not o.entity.alliance])
        if len(before) == 2:
            return before
        paragraph = self._paragraph_two(sentence, k)
        reported = [f.parties for f in self.found if not f.is_group and not f.earlier and len(f.parties) == 2]
        if paragraph and reported and rolled_up(reported[-1]) & rolled_up(paragraph):
            return list(reported[-1])  # "The agreement was signed by X, Rector of A's other name. It builds on an MoU between the two universities": the agreement's two
        return paragraph or list(self.last_pair) or self._only_two(sentence)

    def _paragraph_two(self, sentence: Span, k: int) -> list[Entity]:
        """The two organisations (not alliances; a unit as its organisation) the paragraph has
        named before token ``k`` of the sentence, when it has named exactly two ("A delegation of
        B visited the university. At a meeting with the Rector of A, ... Following the talks, a
        memorandum was signed between the two higher education institutions")."""
        start = self.text.rfind("\n", 0, sentence.start_char) + 1
        named = unique([o.entity for o in self.orgs if start <= o.mention.start and o.mention.token_start < sentence.start + k
                        and not o.entity.alliance and o.entity.unit_of is None])
        return named if len(named) == 2 else []

    def _only_two(self, sentence: Span) -> list[Entity]:
        """The two organisations (not alliances, not units) the article has named before
        the sentence, when it has named exactly two ("the rector of A received the delegation of
        B ... Following the talks, a memorandum between the two universities was signed")."""
        number = sentence_number(self.doc, sentence.start)
        named = unique([o.entity for o in self.orgs if o.mention.sentence < number and not o.entity.alliance and o.entity.unit_of is None])
        return named if len(named) == 2 else []

    def remember_pair(self, sentence: Span) -> None:
        """Keep the two organisations a sentence names together ("A and B have agreed ...")."""
        orgs = [o for o in self._parties_in(sentence) if not o.entity.alliance]
        distinct = unique([o.entity for o in orgs])
        if len(distinct) == 2:
            first = next(o for o in orgs if o.entity.id == distinct[0].id)
            second = next(o for o in orgs if o.entity.id == distinct[1].id)
            gap = self.text[first.mention.end:second.mention.start]
            if re.fullmatch(r"[^.;]{0,40}?\b(?:and|&|with)\s+(?:the\s+)?", gap) or len(gap) < 40:
                self.last_pair = distinct

    @staticmethod
    def _as_clause(words: list[str], k: int) -> bool:
        """Whether "as" at ``k`` opens a clause of its own, which names no counterpart ("A signs
        an MoU with B as two universities join C", "... with B as part of its strategy", "as
        rectors met"): not "as well as", "such as", nor "known as"/"(also) referred to as"."""
        if words[k] != "as" or words[k + 1:k + 3] == ["well", "as"] or words[k - 1:k] == ["well"]:
            return False
        return words[k - 1] not in {"such", "known", "to", "named", "called"}

    def _subject_with(self, number, sentence, noun, verbs, orgs, evidence) -> list[AgreementFact]:
        """"A (and B) signed ... with C (and D)": subject and counterparts."""
        verb = verbs[0]
        words = [t.lower_ for t in sentence]
        first_org = min((o.mention.token_start - sentence.start for o in orgs), default=0)
        withs = [k for k, w in enumerate(words) if w == "with"]
        if first_org > verb:  # no organisation before the verb: the counterparts follow its "with"
            first_org = verb
        first_with = next((k for k in withs if k > first_org), withs[0] if withs else None)
        boundary = min(verb, first_with) if first_with is not None else verb
        subject = [o.entity for o in orgs if o.mention.token_start - sentence.start < boundary]
        clause = self._clause_start(sentence, verb)
        if clause is not None:  # "The deal makes A the second partner of B, after C signed a similar accord with D": C's
            own = [o.entity for o in orgs if clause < o.mention.token_start - sentence.start < boundary]
            subject = own or subject
        semicolon = next((j for j in range(boundary - 1, -1, -1) if sentence[j].text == ";"), None)
        if semicolon is not None and clause is None:  # "X noted that A is B's second partner; the university signed an agreement with C": the clause after ";" is its own
            own = [o.entity for o in orgs if semicolon < o.mention.token_start - sentence.start < boundary]
            subject = own or self._implied_subject(sentence, boundary) or (subject if boundary - semicolon <= 2 else [])  # an unresolved "the university" is not the first clause's names
        if not subject:
            people = [p for p in self._people(sentence) if sentence.start <= p.mention.token_start < sentence.start + boundary]
            subject = [self.org_of_person[p.entity.id] for p in people if p.entity.id in self.org_of_person]
        if not subject:
            subject = self._implied_subject(sentence, boundary)
        counterparts = []
        if first_with is not None:
            stop = next((k for k in range(first_with + 2, len(words)) if words[k] in _STOP_COUNTERPARTS
                         and not (words[k] == "in" and words[k + 2:k + 3] == ["of"] and sentence[k + 1].text[:1].isupper())  # "the Faculty of X in Subotica of the University of Y"
                         or self._as_clause(words, k)), len(words))
            counterparts = [o.entity for o in orgs if first_with < o.mention.token_start - sentence.start < stop]
        if first_with is not None and not counterparts and _COUNTED_COUNTERPARTS.match(sentence[first_with:].text):
            return []  # "A and B had concluded agreements with two Hungarian universities": none between A and B
        if not subject and counterparts and self._passive(sentence, verb):
            subject = self._signed_at(sentence, verb, orgs, counterparts)
        if len(unique(subject)) == 1 and not counterparts:  # "Prof. X and his counterpart from Georgia, Rector of B Prof. Y, signed": X stands for his
            people = [p for p in self._people(sentence) if sentence.start <= p.mention.token_start < sentence.start + boundary and not self._witness(sentence, p)]
            subject += [self.org_of_person[p.entity.id] for p in people if p.entity.id in self.org_of_person]
        subject = unique(subject)
        counterparts = [c for c in unique(counterparts) if c.id not in {s.id for s in subject}]
        signatories = self._signatories(sentence, boundary)
        kinds, _ = self._kinds(sentence, noun)
        referred = self._referred(unique(subject + counterparts), sentence, noun) if len(unique(subject + counterparts)) >= 2 else None
        if referred is not None:  # "UNAM's rector signed the agreement together with USP's rector and the rector of UBA": the one just reported
            referred.evidence.append(evidence)
            referred.areas += [a for a in areas_in(sentence.text) if a not in referred.areas]
            parties = rolled_up(referred.parties)
            signers = [p.entity for p in self._people(sentence) if not self._witness(sentence, p)
                       and getattr(self.org_of_person.get(p.entity.id), "id", None) in parties]
            referred.signatories = unique(referred.signatories + signatories + signers)
            referred.signed_on = referred.signed_on or self._date(sentence)
            return [referred]
        each = "each" in words[max(0, verb - 3):verb]  # "A and B (have) each signed an agreement with C": one each
        if counterparts and len(subject) >= 2 and each and not set(kinds) & lexicon.MULTIPARTY_KINDS:
            note = f"The text says the {len(subject)} organisations each signed with {len(counterparts)} counterpart(s): one bilateral agreement each."
            created = [
                self._new(number, sentence, noun, [s, c], evidence, confidence=0.8, signatories=signatories, note=note)
                for s in subject for c in counterparts
            ]
        elif counterparts and subject and len(counterparts) >= 2 and not set(kinds) & lexicon.MULTIPARTY_KINDS:
            note = (
                f"The text names {len(counterparts)} counterparts of one signing; recorded as one "
                "bilateral agreement each, the reading that holds whether they signed one agreement or one each."
            )
            created = [
                self._new(number, sentence, noun, subject + [c], evidence, confidence=0.8, signatories=signatories, note=note)
                for c in counterparts
            ]
        else:
            parties = unique(subject + counterparts)
            if len(parties) == 1 and not self._definite(sentence, noun):  # "An agreement was signed with A.": the other party may follow
                self.pending.append(self._new(number, sentence, noun, parties, evidence, confidence=0.8, signatories=signatories))
                return []
            if len(parties) < 2:
                return []
            existing = self._existing(parties, sentence, noun)
            if existing is not None:
                existing.evidence.append(evidence)
                existing.signatories = unique(existing.signatories + signatories)
                existing.areas += [a for a in areas_in(sentence.text) if a not in existing.areas]
                existing.signed_on = existing.signed_on or self._date(sentence)
                return [existing]
            created = [self._new(number, sentence, noun, parties, evidence, confidence=0.9, signatories=signatories)]
        self.found += created
        return created

    def _clause_start(self, sentence: Span, verb: int) -> int | None:
        """The subordinating word that opens the clause of the signing verb at ``verb``, with no
        punctuation between them ("..., after C signed", "... when C and D renewed"), else None:
        what the sentence names before it is said of another verb."""
        for j in range(verb - 1, -1, -1):
            token = sentence[j]
            if token.is_punct or sentence.start + j in self.in_title:
                return None
            if token.lower_ in _SUBORDINATORS:
                return j
        return None

    def _passive(self, sentence: Span, verb: int) -> bool:
        """"has been signed", "was inked", "were concluded"."""
        return any(t.lower_ in {"been", "was", "were", "is", "are", "be"} for t in sentence[max(0, verb - 2):verb])

    def _signed_at(self, sentence: Span, verb: int, orgs: list[Linked], counterparts: list[Entity]) -> list[Entity]:
        """"An MoU has been signed with A ... at B": with no subject, the organisation it was
        signed at is the other party (a university hosts the signing of its own agreements)."""
        for item in orgs:
            k = item.mention.token_start - sentence.start
            if k <= verb or item.entity in counterparts:
                continue
            before = [t.lower_ for t in sentence[max(0, k - 3):k]]
            if "at" in before and (before[-1] in {"at", "the"} or before[-1] in {"'s", "’s"}):
                return [item.entity]
        return []

    def _signatories(self, sentence: Span, end: int) -> list[Entity]:
        """The people of the subject: named before the verb (and before "with")."""
        return unique([p.entity for p in self._people(sentence) if sentence.start <= p.mention.token_start < sentence.start + end])

    def _referred(self, parties: list[Entity], sentence: Span, noun: int) -> AgreementFact | None:
        """The agreement a definite noun phrase ("the agreement", "the accord") signed by these
        parties refers to: one of the same parties (:meth:`_existing`), else the one just reported
        (:meth:`_just_reported`) when they are some of its parties, as when the sentence after
        "A and B signed a three-way agreement with C" says who signed for A and B and writes C
        in words no name stands for ("the rector of the Cuban university")."""
        existing = self._existing(parties, sentence, noun)
        if existing is not None or not self._definite(sentence, noun):
            return existing
        ids = rolled_up(parties)
        recent = [f for f in self._just_reported(sentence, parties) if len(f.parties) == len(parties) or ids < rolled_up(f.parties)]
        return recent[0] if len(recent) == 1 else None

    def _existing(self, parties: list[Entity], sentence: Span, noun: int) -> AgreementFact | None:
        """The agreement a definite noun phrase ("the agreement") with these parties refers to."""
        if not self._definite(sentence, noun):
            return None
        ids = rolled_up(parties)
        matches = [f for f in self.found if not f.is_group and rolled_up(f.parties) == ids]
        return matches[-1] if matches else None

    def _reference(self, sentence: Span, orgs: list[Linked], evidence, nouns: list[str]) -> None:
        """A sentence about an agreement already reported: "The MoU was signed by MNU
        Vice-Chancellor X and CUSAT Vice Chancellor Y", "Both institutions also agreed on ...".
        It adds evidence, areas, a kind its noun names, and, when it signs, signatories and
        the date; the organisations of its signatories and of "on behalf of" count as named."""
        words = [t.lower_ for t in sentence]
        verbs = [k for k, w in enumerate(words) if w in lexicon.SIGNING_VERBS and self._is_verb(sentence, k)]
        signatories: list[Entity] = []
        if verbs:
            by = next((k for k in range(verbs[0], len(words)) if words[k] == "by"), None)
            signatories = self._signed_by(sentence, by) if by is not None else self._signatories(sentence, verbs[0])
            signatories += [p.entity for p in self._on_behalf(sentence)]
        witnesses = {p.entity.id for p in self._people(sentence) if sentence.start <= p.mention.token_start < sentence.end and self._witness(sentence, p)}
        signatories = [p for p in unique(signatories) if p.id not in witnesses]
        ids = {o.entity.id for o in orgs}
        ids |= {self.org_of_person[p.id].id for p in signatories if p.id in self.org_of_person}
        ids = frozenset(ids)
        if len(ids) >= 2:
            targets = [f for f in self.found if not f.is_group and f.party_ids == ids]
            if not targets and verbs:  # fewer named than the agreement has: the last one with them
                targets = [f for f in self.last_created if ids <= f.party_ids][:1]
            if not targets and verbs:  # "signed with A." then "X signed on behalf of A and Y on behalf of B"
                targets = self._completed(ids, orgs, signatories)
        elif not ids or verbs:
            targets = [f for f in self.last_created if not ids or ids <= f.party_ids]
        else:
            targets = []
        if not targets and verbs and nouns:
            named = [o.entity for o in orgs if not self._venue(o)]
            targets = self._just_reported(sentence, named + [self.org_of_person[p.id] for p in signatories if p.id in self.org_of_person])
        for fact in targets:
            if evidence not in fact.evidence:
                fact.evidence.append(evidence)
            fact.areas += [a for a in areas_in(sentence.text) if a not in fact.areas]
            if verbs:
                fact.signatories = unique(fact.signatories + signatories)
                fact.signed_on = fact.signed_on or self._date(sentence)
            for noun in nouns:
                if noun in lexicon.AGREEMENT_KINDS and ids:
                    kind = lexicon.AGREEMENT_KINDS[noun]
                    if kind not in fact.kinds and kind != "cooperation":
                        fact.kinds.insert(0, kind)

    def _just_reported(self, sentence: Span, named: list[Entity]) -> list[AgreementFact]:
        """"The memorandum was signed in Kyiv on October 27, by the rector of Kyiv Polytechnic
        ... and the Vice-Rector of TU Delft" right after the sentence that reported it: the
        agreement of the sentence before (or the one before that), when the organisations this
        one names (but for where it was signed: "in the University's King's College") are
        none, or include one of its parties (a unit counts as its organisation) and may each
        name one (:func:`_may_name`: a short name the linker did not bind to the party's)."""
        number = sentence_number(self.doc, sentence.start)
        ids = rolled_up(named)
        return [
            f for f in self.last_created
            if number - 2 <= f.sentence < number and not f.is_group and (not ids or ids & rolled_up(f.parties))
            and all(_may_name(e, f) for e in named)
        ]

    def _venue(self, item: Linked) -> bool:
        """"signed in the University's King's College", "at the UAEU campus": where, not who."""
        before = self.text[max(0, item.mention.start - 40):item.mention.start]
        return bool(re.search(r"\b(?:in|at)\s+(?:the\s+)?(?:\w+['’]s\s+)?$", before))

    def _completed(self, ids: frozenset[str], orgs: list[Linked], signatories: list[Entity]) -> list[AgreementFact]:
        """The agreement reported with one party that this sentence names the others of."""
        pending = next((f for f in reversed(self.pending) if f.party_ids <= ids), None)
        if pending is None:
            return []
        self.pending.remove(pending)
        named = [o.entity for o in orgs] + [self.org_of_person[p.id] for p in signatories if p.id in self.org_of_person]
        pending.parties = unique(pending.parties + [e for e in named if e.id in ids])
        self.found.append(pending)
        self.last_created = [pending]
        return [pending]

    def _on_behalf(self, sentence: Span) -> list[Linked]:
        """The people who signed "on behalf of" an organisation, each the nearest before it."""
        found = []
        for k in range(len(sentence) - 3):
            if sentence[k:k + 3].text.lower() == "on behalf of":
                before = [p for p in self._people(sentence) if sentence.start <= p.mention.token_start < sentence.start + k]
                if before:
                    found.append(before[-1])
        return found

    def _witness(self, sentence: Span, person: Linked) -> bool:
        """"in the presence of X", "X ... were present as witnesses": not a signatory."""
        before = re.sub(r"\b([A-Z][a-z]{0,4})\.", r"\1", self.text[sentence.start_char:person.mention.start])  # "presence of Prof. Dr. X"
        after = self.text[person.mention.end:sentence.end_char]
        return bool(re.search(r"\b(?:presence of|witnessed by|attended by)\b[^.;]*$", before) or re.match(r"[^.;]{0,80}\b(?:were|was)\s+present\b|[^.;]{0,80}\bwitness", after))

    # -- the article -----------------------------------------------------------------------

    def merged(self) -> list[AgreementFact]:
        """Agreements with the same parties and kinds, stated twice, are one."""
        result: list[AgreementFact] = []
        for fact in self.found:
            same = next(
                (r for r in result if r.party_ids == fact.party_ids and r.is_group == fact.is_group and r.earlier == fact.earlier
                 and (set(r.kinds) == set(fact.kinds) or not r.kinds or not fact.kinds)
                 and not (r.signed_on and fact.signed_on and r.signed_on != fact.signed_on)
                 and not (r.is_group and r.count != fact.count)),
                None,
            )
            if same is None:
                result.append(fact)
                continue
            same.evidence += [e for e in fact.evidence if e not in same.evidence]
            same.areas += [a for a in fact.areas if a not in same.areas]
            same.signed_on = same.signed_on or fact.signed_on
            same.signatories = unique(same.signatories + fact.signatories)
            same.kinds = same.kinds or fact.kinds
        result = self._counts_told_again(result)
        for fact in result:
            fact.evidence.sort()
            multiparty = [k for k in fact.kinds if k in lexicon.MULTIPARTY_KINDS]
            if multiparty and len(fact.parties) != 3:  # "a three-party agreement" naming two parties
                fact.kinds = [k for k in fact.kinds if k not in multiparty]
                fact.notes.append(f"The text calls it {multiparty[0]} but names {len(fact.parties)} parties: recorded without that kind.")
        return result

    @staticmethod
    def _counts_told_again(facts: list[AgreementFact]) -> list[AgreementFact]:
        """A count of agreements the article tells again is no second fact of its own:

        - the same count of the same subject twice (a headline and its lead, "E-JUST signs
          eight agreements" and "The Egypt-Japan University ... (E-JUST) signed eight
          cooperation agreements"): one group, the later (fuller) telling, with both evidences;
          the subject is the same when it is one organisation, or when one party's name is an
          acronym of the other's initials or shares a distinctive word with it (:func:`_may_name`);
        - a count the article then tells one by one ("A has signed two partnership agreements
          with universities in X and Y. ... inked an MoU with B ... signed a separate deal with
          C"): when as many agreements of its subject, each with its counterpart named, follow
          it, the count only summed them up, and they are the facts."""
        groups = [f for f in facts if f.count is not None and not f.earlier]
        dropped: set[int] = set()
        for i, first in enumerate(groups):
            for later in groups[i + 1:]:
                if id(later) in dropped or later.count != first.count or later.sentence == first.sentence:
                    continue
                if all(_may_name(p, later) for p in first.parties) or all(_may_name(p, first) for p in later.parties):
                    later.evidence += [e for e in first.evidence if e not in later.evidence]
                    later.signed_on = later.signed_on or first.signed_on
                    later.kinds = later.kinds or first.kinds
                    dropped.add(id(first))
                    break
        for group in groups:
            if id(group) in dropped or not group.count:
                continue
            subject = rolled_up(group.parties)
            told = [f for f in facts if not f.is_group and not f.earlier and f.sentence > group.sentence
                    and len(f.parties) >= 2 and rolled_up(f.parties) & subject]
            if len(subject) == 1 and len(told) >= group.count:
                dropped.add(id(group))
        return [f for f in facts if id(f) not in dropped]


# -- the learned decision ----------------------------------------------------------------------

DECISION = "agreement_pair"  # are these two organisations of a sentence parties of one agreement?
# A pair the rules did not make an agreement becomes one only at this probability: a wrong one
# is a false agreement in the graph, and in cross-validation (for each blind set left out,
# leave-one-set-out over the other six) 0.6 and 0.7 added more wrong pairs than right ones in
# every fold, 0.8 in four of seven, 0.9 in none. The rules' own agreements always stand.
NEW_PAIR_THRESHOLD = 0.9
_LETTER_OF_INTENT = re.compile(r"\bletters?\s+of\s+intent\b", re.I)
_TALK_WORDS = frozenset({"talks", "negotiations", "discussions", "discussed", "discuss", "explore", "explored", "exploring", "draft", "proposal", "proposed", "possible", "potential", "prospects", "ways"})
_FUTURE_WORDS = frozenset({"will", "would", "could", "may", "might", "shall", "plan", "plans", "planned", "planning", "expected", "expects", "intend", "intends", "hope", "hopes", "aim", "aims", "upcoming", "soon", "future", "preparing", "scheduled"})
_WITNESS_WORDS = frozenset({"witnessed", "presence", "attended", "attendance", "witness", "witnesses", "present", "hosted", "host", "hosts", "organised", "organized", "facilitated", "brokered", "sponsored", "funded", "supported", "presided", "chaired"})
_THE_UNIVERSITY = re.compile(r"\b(?:the|our)\s+(?:university|varsity|institution)\b(?!\s+of\b)", re.I)
_AGREEMENT_WORDS = lexicon.AGREEMENT_NOUNS | {"partnership", "loi"}
_PLURAL_NOUNS = frozenset({"agreements", "memoranda", "memorandums", "mous", "moas", "accords", "protocols", "pacts", "deals", "arrangements"})


class _Pairs:
    """The learned decision over the rules' agreements (:data:`DECISION`, :mod:`.learned`).

    Candidates: every two organisations (units rolled up to theirs) of a sentence with an
    agreement word (an agreement noun, "partnership", "letter of intent"), with the parties the
    rules gave the agreements of that sentence (an "it", a signatory's organisation), the
    organisation the article is about for "the university", and, when the sentence names fewer
    than two, the pair "both institutions" stands for and the organisations of the sentence
    before. The rules' answer is whether one of their agreements of the sentence has both.
    The rules' agreements stand (letting the classifier veto them, when most of their pairs
    fell under 0.5, lost agreements left one set out over the eight blind sets and the training
    set: 0.910 / 0.893 → 0.909 / 0.889); where a classifier is shipped, a pair no agreement of
    the article has becomes an agreement of two at :data:`NEW_PAIR_THRESHOLD`.
    Counts of agreements ("has signed 14 agreements") are the rules' alone."""

    def __init__(self, finder: _Finder):
        self.f = finder
        self.home = home_organisation(finder.orgs)
        self.lower = [t.lower_ for t in finder.doc]  # (spaCy makes a token object each time one is asked)
        self.verbs: list[int] = []  # the signing verbs of the sentence at hand (doc token indices)
        self.elsewhere: dict[frozenset[str], set[int]] = {}  # each pair of the rules' agreements (rolled up) → their sentences
        self.groups: set[int] = set()  # the sentences of the rules' counts of agreements
        self.inside: set[int] = set()  # of the sentence at hand: the tokens of its organisations
        self.can_sign: set[str] = set()  # of the sentence at hand: what the rules let be a party
        self.listed: set[str] = set()  # of the sentence at hand: the organisations of "between A and B"
        self.with_at: int | None = None  # of the sentence at hand: its first "with"

    def decide(self) -> None:
        f = self.f
        origin: dict[int, list[AgreementFact]] = {}  # sentence → the rules' agreements it reported
        for fact in f.found:
            if fact.is_group:
                self.groups.add(fact.sentence)
                continue
            if len(rolled_up(fact.parties)) >= 2:
                origin.setdefault(fact.sentence, []).append(fact)
            for pair in _two_of(rolled_up(fact.parties)):
                self.elsewhere.setdefault(pair, set()).add(fact.sentence)
        model = learned.classifier(DECISION)
        proposed: list[tuple[frozenset[str], int, Span, int, Entity, Entity]] = []
        for number, sentence in enumerate(sentences(f.doc)):
            facts = origin.get(number, [])
            noun = self._agreement_word(sentence)
            if noun is None and not facts:
                continue
            for a, b, features in self._candidates(number, sentence, facts):
                key = frozenset({a.unit_of or a.id, b.unit_of or b.id})
                holders = [x for x in facts if key <= rolled_up(x.parties)]
                if facts and not holders:
                    features["rules_chose_others"] = 1.0  # the rules' agreements of this sentence are of other organisations
                p = learned.weigh(DECISION, features, candidate=(a, b), rule=bool(holders))
                if p >= NEW_PAIR_THRESHOLD and not holders and noun is not None:
                    proposed.append((key, number, sentence, noun, a, b))
        if model is None:
            return  # the rules decide: nothing changes (recording only)
        found = list(f.found)  # the rules' agreements stand: vetoing them lost agreements left one set out
        covered = {pair for x in found if not x.is_group for pair in _two_of(rolled_up(x.parties))}
        for key, number, sentence, noun, a, b in proposed:
            if key in covered:
                continue
            covered.add(key)
            signatories = [p.entity for p in f._people(sentence) if getattr(f.org_of_person.get(p.entity.id), "id", None) in {a.id, b.id}]
            found.append(f._new(number, sentence, noun, [a, b], f._evidence(sentence), confidence=0.6, signatories=signatories,
                                note="Two organisations the learned decision reads as parties of one agreement."))
        f.found = found

    def _agreement_word(self, sentence: Span) -> int | None:
        """The first agreement word of the sentence (its token index), if any."""
        words = self.lower[sentence.start:sentence.end]
        for k, word in enumerate(words):
            if word in _AGREEMENT_WORDS and not (word == "deal" and words[k + 1:k + 2] == ["of"]):
                return k
            if word == "letter" and words[k + 1:k + 3] == ["of", "intent"]:
                return k
        return None

    def _candidates(self, number: int, sentence: Span, facts: list[AgreementFact]):
        """Each two organisations of the sentence (or of a rule's agreement of it), once, with
        their features."""
        f = self.f
        named: dict[str, Linked] = {}  # rolled-up id → its first mention in the sentence
        for item in f.orgs_in.get(number, []):
            named.setdefault(item.entity.unit_of or item.entity.id, item)
        entities: dict[str, tuple[Entity, Linked | None, str]] = {k: (m.entity, m, "named") for k, m in named.items()}
        for fact in facts:
            for party in fact.parties:
                key = party.unit_of or party.id
                if key not in entities:
                    entities[key] = (party, None, "implied")
                elif entities[key][0].id != party.id and party.unit_of is None:
                    entities[key] = (party, entities[key][1], "named")  # the party itself, not its unit
        if self.home is not None and _THE_UNIVERSITY.search(sentence.text):  # "between the university and B"
            entities.setdefault(self.home.id, (self.home, None, "the_university"))
        if len(named) < 2 and _ANAPHORS.search(sentence.text):  # "both institutions", "the two sides"
            for party in f.last_pair:
                entities.setdefault(party.unit_of or party.id, (party, None, "last_pair"))
        if len(named) < 2 and number > 0:
            for item in f.orgs_in.get(number - 1, []):
                entities.setdefault(item.entity.unit_of or item.entity.id, (item.entity, item, "neighbour"))
        if len(entities) < 2:
            return
        words = self.lower[sentence.start:sentence.end]
        self.verbs = [sentence.start + k for k, w in enumerate(words) if w in lexicon.SIGNING_VERBS and f._is_verb(sentence, k)]
        self.can_sign = {o.entity.unit_of or o.entity.id for o in f._parties_in(sentence)}  # not a parent, an alias, a source
        self.listed = {e.unit_of or e.id for k, w in enumerate(words) if w == "between" for e in f._list_after(sentence, k + 1)}
        self.with_at = next((sentence.start + k for k, w in enumerate(words) if w == "with"), None)
        self.inside = {i for o in f.orgs_in.get(number, []) for i in range(o.mention.token_start, o.mention.token_end)}
        shared = self._sentence_features(sentence, facts, len(named))
        keys = sorted(entities, key=lambda k: (entities[k][1].mention.token_start if entities[k][1] else 10**9, k))
        for i, first in enumerate(keys):
            for second in keys[i + 1:]:
                a, b = entities[first], entities[second]
                features = dict(shared)
                features.update(self._pair_features(sentence, a, b))
                key = frozenset({first, second})
                if self.elsewhere.get(key, set()) - {number}:
                    features["rules_elsewhere"] = 1.0  # an agreement of these two the rules found in another sentence
                yield a[0], b[0], features

    def _sentence_features(self, sentence: Span, facts: list[AgreementFact], named: int) -> learned.Features:
        f = self.f
        words = self.lower[sentence.start:sentence.end]
        features: learned.Features = {f"orgs={min(named, 4)}": 1.0}
        for k, word in enumerate(words):
            if word in _AGREEMENT_WORDS:
                features[f"noun={word}"] = 1.0
                if word in _PLURAL_NOUNS and any(t.like_num or t.lower_ in lexicon.NUMBER_WORDS for t in sentence[max(0, k - 4):k]):
                    features["count"] = 1.0
                if f._definite(sentence, k):
                    features["definite_noun"] = 1.0
            if word in lexicon.SIGNING_VERBS:
                if f._is_verb(sentence, k):
                    features[f"cue={word}"] = 1.0
                elif f._not_yet(sentence, k):
                    features["cue_not_yet"] = 1.0  # "plans to sign", "will sign", "did not sign"
            if word in _TALK_WORDS:
                features["talks"] = 1.0
            if word in _FUTURE_WORDS:
                features["future"] = 1.0
            if word in _NEGATION:
                features["negation"] = 1.0
            if word == "each":
                features["each"] = 1.0  # "A and B each signed an agreement with C"
        if _LETTER_OF_INTENT.search(sentence.text):
            features["noun=letter_of_intent"] = 1.0
        if _ANAPHORS.search(sentence.text) or _PAIR.search(sentence.text):
            features["the_two"] = 1.0
        if sentence_number(f.doc, sentence.start) in self.groups:
            features["group_here"] = 1.0
        return features

    def _pair_features(self, sentence: Span, a: tuple, b: tuple) -> learned.Features:
        f = self.f
        doc = f.doc
        features: learned.Features = {}
        (ea, ma, how_a), (eb, mb, how_b) = a, b
        here = sentence_number(doc, sentence.start)
        ma, mb = (m if m is not None and m.mention.sentence == here else None for m in (ma, mb))  # positions only in this sentence
        for how in {how_a, how_b} - {"named"}:
            features[how] = 1.0
        alliances = ea.alliance + eb.alliance
        if alliances:
            features[f"alliances={alliances}"] = 1.0
        if ea.unit_of or eb.unit_of:
            features["unit"] = 1.0
        news = ea.new + eb.new
        features[f"new={news}"] = 1.0
        if self.home is not None and self.home.id in {ea.unit_of or ea.id, eb.unit_of or eb.id}:
            features["home"] = 1.0
        for label, item in (("first", ma), ("second", mb)):
            if item is None:
                continue
            start, end = item.mention.token_start, item.mention.token_end
            before = self.lower[max(sentence.start, start - 4):start]
            features[f"{label}_before={before[-1] if before else 'START'}"] = 1.0
            if _WITNESS_WORDS.intersection(before):
                features[f"{label}_witness"] = 1.0
            features[f"{label}_after={self.lower[end] if end < sentence.end else 'END'}"] = 1.0
        keys = [ea.unit_of or ea.id, eb.unit_of or eb.id]
        if any(item is not None and key not in self.can_sign for key, item in zip(keys, (ma, mb))):
            features["not_a_party_by_rules"] = 1.0  # "Institute X of the Academy", "according to", "announced that"
        if self.listed:
            features[f"between_list={sum(k in self.listed for k in keys)}"] = 1.0  # "between A and B"
        if ma is None or mb is None:
            return features
        if self.with_at is not None:
            side = "both_before_with" if mb.mention.token_start < self.with_at else "both_after_with" if ma.mention.token_start > self.with_at else "with_between"
            features[side] = 1.0
        gap = range(ma.mention.token_end, mb.mention.token_start)
        distance = len(gap)
        features[next((f"distance<={d}" for d in (1, 3, 8, 20) if distance <= d), "distance>20")] = 1.0
        people = {i for p in f._people(sentence) for i in range(p.mention.token_start, p.mention.token_end)}
        orgs_between = 0
        for i in gap:
            word = self.lower[i]
            if i in self.inside:
                word = "ORG"
                orgs_between += i == 0 or i - 1 not in self.inside
            elif i in people:
                word = "PERSON"
            elif word[:1].isdigit():
                word = "NUM"
            elif word.isspace():
                continue
            features[f"between={word}"] = 1.0
        features[f"orgs_between={min(orgs_between, 2)}"] = 1.0
        if self.verbs:
            v = self.verbs[0]
            where = "before" if v < ma.mention.token_start else "between" if v < mb.mention.token_start else "after"
            features[f"verb_{where}"] = 1.0
        else:
            features["no_verb"] = 1.0
        return features


def _two_of(ids: frozenset[str]) -> list[frozenset[str]]:
    """Each two of ``ids``."""
    ordered = sorted(ids)
    return [frozenset({x, y}) for i, x in enumerate(ordered) for y in ordered[i + 1:]]


def label(record: learned.Record, alignment) -> bool | None:
    """From the gold (:mod:`.training`): whether the two organisations of a candidate are both
    parties of one gold agreement (not a count of agreements); None when either is no gold
    entity, or both are the same one (a unit and its university)."""
    a, b = record.candidate
    keys = {alignment.org_key(a), alignment.org_key(b)}
    if len(keys) < 2 or not keys <= set(alignment.gold.entities):
        return None
    return any(not g.group and keys <= g.parties for g in alignment.gold.agreements)
