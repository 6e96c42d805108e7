"""Memberships: organisations joining, founding, leading or serving an alliance, and counts of them.

The sentence shapes (M a member, A the alliance; "the alliance", "the consortium", "the
network", "its" and, once an alliance is named, "the project" and "this initiative" stand for
the alliance last named, and "a new consortium" for the one named next):

- **joining**: "M (and M2) joined A", "M has become the newest member of A", "M, which
  joined A in 2016", "M signed up for A", "M and M2 were selected to become the first
  institutions to join A" (the subject of a passive; the object of "X organized Y to join A"
  is Y);
- **welcoming**: "A welcomed M and M2 as new members", "... to welcome M as a new member";
- **being a member**: "M is a (founding) member of A", "M, a founding member of A,", "M has
  been named as a founding member of A", "As one of the nine partners of A, ..., M is ...";
- **lists**: "Members of A include M, M2 and M3", "A has 30 members, including M and M2",
  "three full members in the network: M, M2 and M3", "A's newest member, M,", "It brings
  together M, M2 and M3" (the alliance last named, as in an "About A" paragraph), "The
  partners of X within A are M, M2 ...",
  "The UK will be represented in A by ... – M, M2 and M3";
- **roles in the alliance** (the membership roles of the vocabulary): "A is coordinated by M",
  "A is led by M" (coordinator), "M serves as the secretariat" / "the secretary-general's unit" (secretariat),
  "M, a founding member of A" (founding-member);
- **counts**: "23 institutions signed up for A", "12 universities joined A", "the network
  admitted four new member universities": a count of members the text does not name stays a
  count. A count with a perfect ("170 universities have joined the alliance") is the
  alliance's size so far, not an event: left out. A count the article goes on to name (the
  same sentence or the three after it) is those names, not as many more members: dropped; a
  count followed by a colon and names ("admitted three new members: M, M2 and M3") is the names;
- **being a member, in other words**: "M1 and M2 are (both) members of A" ("both
  universities", "they": the parties of the article's last agreement of two), "M is a research
  university and a member of A", "M has been admitted as a full member of A", "M1 and M2 were
  accepted as associate members" (no "of A": the alliance last named), "It is a member of A"
  (the organisation the sentence before opens with), "M belongs to A", "M is a founding
  member of A (ACR) and of B", "as a member of A", "M, a U15 member," (the alliance by its
  acronym or first word), "M, which is part of A", "A, of which M is a member,", "M rejoined A";
- **admissions, founders and "About" paragraphs**: "M was admitted as a member of the A in its own language (ACR)" (a name
  not recognised, then its acronym), "A announced that M and M2 have become full members of
  the association" (the organisation that says so), "The General Conference approved the
  membership of M and M2 from C1, and M3 from C2" ("from Country" inside the list), "M, one of
  A's founding members," and "..., M2, another founding member" (the alliance of the member
  before), "M, a long-standing member," (the alliance the article names most), "Its members
  include M (C1), M2 (C2)" (the alliance last named), "It ... is a member of A" after "Founded
  in 1663, M is ...";
- **founding**: "A was founded in 2019 by M1, M2 and M3", "A, which they founded in 2014
  together with M3" (founding members, dated by the founding);
- **the alliance as the subject**: "A, in which M has participated since 2019, is coordinated
  by M2 and also includes M3 and M4", "the network (its assembly) admitted M", "the accession
  of M", "whose permanent secretariat is based at M", "M2, which also hosts the A Secretariat";
- **the body that admits**: the alliance is who welcomes or admits, or its governing body ("The
  General Assembly of A, meeting at the University of Z (...), today welcomed M from C1 and N
  from C2 as new full members of the alliance", after a dateline; "A's General Assembly, held
  at Z, welcomed"; "Meeting at Z on 29 June, the Board of Rectors of A welcomed"; "the A
  admitted 12 new member institutions"; "the A's regional conference in C last month welcomed
  three new member institutions"; "The Council also admitted M": the alliance last named),
  never the host of the meeting named between them ("The assembly, hosted by Z, admitted M");
  "were welcomed as new members of A", "voted to admit M and N as full members";
- **"About A" paragraphs and lists**: "Its members include M (ACR), ... and Z, which hosts the
  Executive Secretariat" and "Members include ...": the organisation the sentence before opens
  with ("The A, created in 1991, is a network ..."), not another network named last; only Z
  hosts the secretariat; "A brings together (consists of, is made up of) M (France), N
  (Greece), ...": a name with no alliance noun ("EU-CONEXUS") is an alliance when a list of two
  or more organisations follows the verb;
- **more of being a member**: "M is a member of A (ACR), whose secretariat is located in C,
  and of B"; "of A (ACR), of which both universities are members" (the parties of the
  article's agreement); "Memorial is a member of A" and "Zadar had been part of the alliance"
  (one word of the name of exactly one organisation named before); "has been a member (part)
  of A since its creation in 2019" / "since it was founded in 2019" (a founding member, dated
  by the founding; not "the first to join A since its founding");
- **membership as a noun, appositions, the article's alliance**: "M1 and M2 were admitted to
  membership with effect from 1 July 2025" (the alliance the article is about), "M was admitted
  to the council last year" (the council named before), "M's membership of A", "M has been
  granted full membership of A", "M1 and M2, both members of A,", "M (a member of A)", "a member
  of both A and B", "long-standing members of A", "Both are members of A" and "Both Yaounde I
  and Cape Coast are members" (short names of the last two parties, one each), "A is a European
  university alliance founded in 2019 by M1, M2 and M3" and "The consortium ... was launched by
  M1 and M2" (founding members), "It joined the association" (the organisation the sentence
  before opens with), "M2 joined it in 2022" (the alliance last named), "..., together with
  five institutions from C1 and C2" (a count of more), "Three new universities joined A,
  including M" (the count and M), "The Council of the ACU met ... and
  admitted M"; a meeting admits for its alliance ("The 29th Plenary Meeting of A, held ...,
  admitted", "The AGM admitted ..."); a list of founders goes on after a relative clause about
  one of them ("by M, which coordinates the alliance, M2 and M3"). Which organisations are alliances the text says around their names
  (:mod:`.alliances`).
- **appositions and relative clauses of round ten**: "M, also a CSUCA member," / "M, also an A
  partner," (the alliance named inside), "M, one of A's three founding members,", `M, "a founding
  member of A"`, "M, which belongs to the A Council", "A, ..., which both M and M2 belong to",
  "A, to which M belongs", "The three institutions are members of A" (the parties of the last
  agreement of three), "the two universities, both members of A," (the parties), "The
  university, which has been a member of A" (the organisation the sentence before opens with),
  "M, a member since 2000," (the alliance the article is about); an apposition takes no date
  from its sentence's main clause.
- **round eleven**: "M1 and M2 are among the (Russian) participants of A"; "Coordinated by M
  (C), it brings together ..., among them M2 and M3" (M the coordinator); "A, which brings
  together ... and is headed by M" and "A (ACR), the ... association, which has its headquarters
  at M" (the antecedent of the relative clause); "The new members are M1 in C1; M2 (ACR), C2;
  ..." (the alliance last named); "The General Assembly of A ... welcomed M as new full members of
  the alliance" (A whatever its name); "M1 (C) and M2 (ACR), which thus became full members of
  A"; "a member of A, B (ACR) and C" (names known as alliances, a list ending with "and");
  "joining M1 and M2, which were already A members".
- **round twelve**: "Founded in 2011 by M1 and M2, the association ..." (founding members of the
  subject after the comma; "Bauman" for a name named before); "Three universities from C were
  admitted as associate members" and "Ten other universities ... were admitted in the same round"
  (a count, of the alliance last named unless one follows "membership of"); "the A (ACR), which
  admitted four new members"; "The ACR Secretariat is hosted by M".

An application, an intent, a negation, a former member or an observer is no membership ("has
applied to join A", "has submitted an application to join A", "Talks with M on joining A",
"has expressed interest in joining A", "hopes to become a member of A", "is not a member of A",
"is a former member of A", "joined A as an observer"); "join an alliance built around ..."
names no alliance.

"They join M, which has been a member of A": M is a fellow member, not an alliance. "The
Faculty of X, which belongs to Y University" is a unit of its university; "take part in the
alliance's hub" is no membership; "A plans to admit M" is an intent; "brings together
researchers from M and N" lists no members.

Trying an organisation as the alliance of a weak shape ("is part of X's DNA") does not make it
one.

A membership gets the date its sentence states when it states one, leaving out a date that
belongs to the alliance itself ("since its founding in 2014", "established in 2015") and the
dateline's; the date right after the alliance's name is the membership's when the sentence has
others ("M, which has been a member of A since 1998, had hosted ... in 2005"), and so is
"participated since the alliance was founded in 2019". With none of its own, a membership takes
the date of the event it is part of (:meth:`_Finder._dated_by_the_event`): the lead's dated count
of new members ("A on Wednesday, April 22, admitted five new member universities"), "The decision
was taken ... on 23-24 November 2023", "The Assembly also admitted M2", "The Assembly admitted M"
after "A held its General Assembly ... on 3 May 2024". "The Assembly" and "the General
Conference" stand for the alliance named before; "the Faculty of X, which belongs to M
University" is no membership (a unit belongs to a university, no alliance). A founding member's
date is the founding's ("has been a member since its founding in 2014": 2014). In a sentence of
two contrasted clauses (", while", ", whereas", "; ") a joining has its own clause's date or none
("M was a founding member of A in 1948, while M2 was admitted to the council last year").

Beyond these shapes, a learned decision adds the pairs of a sentence the rules did not read
when a model of the words around the two names weighs them likely (:mod:`.membership_decision`,
``graph/ingest/models/membership.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from . import learned
from .dates import fact_date, find_dates
from .folding import fold
from .linking import Entity, Linked, unique
from .membership_decision import NAME as DECISION, THRESHOLD, Candidates, may_be_alliance
from .sentences import sentences as all_sentences, text_of

_PROJECT_NOUNS = frozenset({"initiative", "project", "partnership"})
_MEMBER_NOUNS = frozenset({"member", "members", "partner", "partners", "membership"})
_COUNTED = re.compile(
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)\s+(?:[A-Za-z-]+\s+){0,3}?"
    r"(?:universities|institutions|members|colleges|schools|institutes|organi[sz]ations)\b",
    re.I,
)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30}
_JOIN = ("joined", "joins", "join", "joining", "rejoined", "rejoins", "signed up for", "signed up to", "signed on to", "admitted to", "accepted into", "belongs to", "belong to", "belonged to")
_BECOME = re.compile(
    r"(?:\b(?:become|becomes|became|becoming|is|was|are|were|been|be|named as|selected as|admitted as|accepted as|welcomed as|approved as|confirmed as)\s+"
    r"|(?:,|\band|\bas)\s+[\"“]?(?=(?:a|an|the|one of the)\s))"
    r"(?:the|a|an|one of the|among the)?\s*(?:[\w-]+\s+){0,2}?(founding\s+)?(?:member|members|partner|partners|(?<=among the )participants|(?<=among the )(?:[\w-]+\s)participants)[\"”’']?\s+of\b",
    re.I,
)
_AND_OF = re.compile(
    r"\s*\)?\s*(?:\([^)]*\)\s*)?(?:(?:alliance|consortium|network|association|group)\s+)?"
    r"(?:,\s*(?:whose|which|where)\b[^;()]*?)?"  # "A (ACR), whose secretariat is located in C, and of B"
    r",?\s*and\s+of\s+(?:the\s+)?$", re.I)
_FOUNDED = re.compile(r"\b(?:was|were|been|alliance|network|consortium|association|league|federation)\s+(?:co-?)?(?:founded|established|created|launched|set\s+up)\b(?:\s+in\s+\d{4})?\s+by\b|\b(?:co-?)?founded\b[^,;]{0,30}?\btogether\s+with\b", re.I)
_SECRETARIAT_OF = re.compile(
    r"\b(?:its|the|whose|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}?secretariat\s+(?:is|was|will be|has been)\s+(?:hosted|held|run|based|located)\s+(?:by|at|in)\b", re.I)
_PARTICIPATED = re.compile(r",\s*in\s+which\s+", re.I)
_INCLUDES = re.compile(
    r"\b(?:also\s+)?(?:includes|included|comprises|comprised|brings\s+together|unites|gathers|consists\s+of|(?:is|was)\s+(?:made\s+up|composed)\s+of)\s+", re.I)
_MEMBERSHIP_NOUN = re.compile(
    r"(['’]s\s+)(?:full\s+|associate\s+|long-standing\s+)?membership\s+(?:of|in)\s+"
    r"|\b(?:was|were|been|be)\s+(?:granted|awarded|given)\s+(?:full\s+|associate\s+)?membership\s+(?:of|in)\s+", re.I)
_APPOSED = re.compile(r"(?:,|\()\s*(both|all|a|an)\s+(?:[\w-]+\s+){0,2}?(founding\s+)?(?:member|members)\s+of\s+", re.I)
def _number(word: str) -> int:
    """"12" or "twelve": 12."""
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


_CONTRAST = re.compile(r",\s*(?:while|whereas)\b|;\s")
_TO_MEMBERSHIP = re.compile(
    r"\b(?:was|were|been|be|being)\s+(?:formally\s+|unanimously\s+|also\s+)?(?:admitted|accepted|elected)\s+(?:in)?to\s+(?:full\s+|associate\s+)?membership\b(?!\s+of\b)"
    r"|\b(?:was|were|been)\s+(?:granted|awarded)\s+(?:full\s+|associate\s+)?membership\b(?!\s+of\b)", re.I)
_ACCESSION = re.compile(r"\b(?:accession|admission|entry)\s+of\s+", re.I)
_WELCOME = ("welcomed", "welcomes", "welcome", "admitted", "admits", "admit", "added", "adds", "approved the membership of", "approved the memberships of")
_ROLES = (
    (re.compile(r"\b(?:is|are|was|were|being|been|will be)\s+coordinated\s+by\b", re.I), "coordinator", "after"),
    (re.compile(r"\b(?:is|are|was|were|being|been|will be)\s+led\s+by\b", re.I), "coordinator", "after"),
    (re.compile(r"\bserves?\s+as\s+(?:the\s+|its\s+)?(?:secretariat|secretary[- ]general'?s?\s+unit|secretariat\s+unit)\b", re.I), "secretariat", "before"),
    (re.compile(r"\b(?:hosts?|houses?)\s+(?:the\s+|its\s+)?(?:[A-Z][\w-]*\s+)?(?:central\s+|permanent\s+)?secretariat\b", re.I), "secretariat", "before"),
    (re.compile(r"\b(?:coordinates|leads|chairs)\s+(?:the\s+)?", re.I), "coordinator", "before"),
    (_SECRETARIAT_OF, "secretariat", "after"),
    # "A, which ... and is headed by M"; "A, ..., which has its headquarters at M": the member right after
    (re.compile(r"\b(?:is|are|was|were|been|will be)\s+(?:headed|chaired)\s+by\s+(?=(?:the\s+)?[A-ZÀ-Ý])"), "coordinator", "after"),
    (re.compile(r"\b(?:has|have|had)\s+its\s+(?:headquarters|seat|head\s+office)\s+(?:at|in)\s+(?=(?:the\s+)?[A-ZÀ-Ý])"
                r"|\b(?:is|was)\s+headquartered\s+at\s+(?=(?:the\s+)?[A-ZÀ-Ý])|\bwhose\s+headquarters\s+(?:is|are|was|were)\s+(?:at|in)\s+(?=(?:the\s+)?[A-ZÀ-Ý])"),
     "secretariat", "after"),
)
_LED_BY = re.compile(r"\s*(?:(?:Coordinated|Led|Headed)\s+by\s+([^;]{0,120}?)|(?:Founded|Created|Established|Launched|Based)\b[^;]{0,120}?),\s*")
_NEXT_TO = frozenset({"headed", "chaired", "headquarters", "seat", "head", "headquartered"})  # the member right after the words, or none
# "A (ACR), the ... association, which ... and is headed by M": A, the antecedent of the relative clause the words are in
_ANTECEDENT = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:,\s*(?:the|an?)\s+[^,;()]{0,80})?,\s*(?:which|whose)\b[^;]*$")
_TAKE_PART = ("take part in", "takes part in", "took part in", "participate in", "participates in", "participated in", "is part of", "are part of", "been part of")
# A member "since its creation (in 2019)" is a founding member, dated by the founding (not one
# that joined "for the first time since its founding").
_SINCE_FOUNDING = re.compile(
    r"[^.;]{0,120}?\b(?:since|from)\s+(?:(?:its|their|the\s+\w+['’]s)\s+(?:creation|founding|foundation|launch|establishment|inception|beginning|start)"
    r"|(?:it|the\s+(?:alliance|network|consortium|association|federation|league))\s+was\s+(?:founded|created|established|launched|set\s+up))\b"
    r"(?:\s+in\s+((?:1[89]|20)\d\d)\b)?", re.I)
_ALONG_WITH = re.compile(r",?\s*\b(?:along|together)\s+with\b", re.I)
_LIST = re.compile(r"\b(?:members|partners|membership)\b[^.;]{0,80}?\b(?:include|includes|including|are|comprise|comprises|consist of)\b", re.I)
_REPRESENTED = re.compile(r"\brepresented\s+in\s+(?:the\s+)?\w+\s+by\b", re.I)
_ACCEPTED_AS = re.compile(
    r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:accepted|admitted|approved|welcomed)\s+as\s+(?:(?:new|full|associate)\s+)*members?\b(?!\s+of\b)", re.I)
# An intent, an application or a negation right before the verb: no membership ("has applied
# to join", "hopes to become a member of", "is not a member of", "wants to join").
_UNREAL = re.compile(
    r"\b(?:not|never|no\s+longer|(?:hopes?|hoping|wants?|wanting|plans?|planning|intends?|intending|seeks?|seeking|aims?|aiming"
    r"|applied|applies|applying|expected|expects?|wish(?:es)?|would\s+like|(?:is|are)\s+set|considering|invited"
    r"|applications?|bids?|requests?|candidacy)\s+to)\s+(?:\w+\s+)?$"  # "has submitted an application to join A"
    r"|\binterest(?:ed)?\s+in\s+$"  # "has expressed interest in joining A"
    r"|\b(?:talks|negotiations|discussions)\b[^.;]{0,80}?\bon\s+$", re.I)  # "Talks with M on joining A are under way"
_OF_WHICH = re.compile(r",\s*of\s+which\s+[^,;]{2,120}?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:not\s+)?(?:a\s+|an\s+)?(?:(?:full|associate|former)\s+)?(founding\s+)?members?\b")
# "A, ..., which both M and M2 belong to", "A, to which M belongs": the members inside, A before
_WHICH_BELONG = re.compile(
    r",\s*(?:which|that)\s+(?:both\s+|all\s+)?([^,;]{2,120}?)\s+(?:all\s+|both\s+|also\s+)?(?:belongs?|belonged)\s+to\s*(?=[,.;)]|$)"
    r"|,\s*to\s+which\s+(?:both\s+|all\s+)?([^,;]{2,120}?)\s+(?:all\s+|both\s+|also\s+)?(?:belongs?|belonged)\b", re.I)
_NEWEST = re.compile(r"['’]s\s+(?:(?:newest|new|latest|youngest)\s+)?(?:full\s+|associate\s+)?member,\s+(?:the\s+)?")
_COLON_LIST = re.compile(
    r"\b(?:(?:full|associate|founding|new)\s+)?(?:members|partners)\s+(?:in|of)\s+(?:the\s+|this\s+|its\s+)?[^:;.]{0,60}?:\s*", re.I)
_AS_MEMBER = re.compile(r",\s+(also\s+)?(?:a|an)\s+((?:[\w.-]+\s+){1,4}?)(?:(?:full|associate|founding)\s+)?(member|partner)\b(?!\s+of\b)")
_WHICH_ARE_MEMBERS = re.compile(
    r",\s*which\s+(?:were|are|is|was|have\s+been|has\s+been|had\s+been)\s+(?:already\s+|also\s+|both\s+|long\s+)*(?:an?\s+)?((?:[\w.-]+\s+){1,3}?)(?:(?:full|associate|founding)\s+)?(?:members?|partners?)\b(?!\s+of\b)")
_MEMBER_SINCE = re.compile(r",\s+(?:a|an)\s+(?:(?:full|associate|founding)\s+)?member\s+since\s+((?:1[89]|20)\d\d)\b")  # "M, a member since 2000,"
_ONE_OF_FOUNDERS = re.compile(r",\s+one\s+of\s+(?:the\s+)?")  # "M, one of A's founding members," (A right after)
_FOUNDERS_AFTER = re.compile(r"^['’]s?\s+(?:(?:original|first|full|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+){0,2}(founding\s+)?members\b")
_ANOTHER = re.compile(r",\s+(?:another|also\s+a)\s+(founding\s+)?member\b(?!\s+of\b)")
_SINCE = re.compile(r"\s*(?:\([^)]*\)\s*)?((?:since|in)\s+)", re.I)
_SINCE_FOUNDED = re.compile(r"[^,;]*?\bsince\s+(?:the|its)\s+(?:alliance|network|consortium|association|group|federation|university)\s+was\s+(?:founded|established|created|launched)\s+in\s+((?:19|20)\d\d)\b", re.I)
_ADMITTED = re.compile(r"\b(?:admitted|admits|admission|approved|approves|welcomed|welcomes|accepted|joined|joins|new\s+members?)\b", re.I)
_EVENT_SUBJECT = re.compile(r"\s*(?:The|Its|At\s+the|During\s+the)\s+(?:\w+\s+)?(assembly|conference|board|council|congress|summit|meeting|session)\b", re.I)
_DECISION = re.compile(r"\s*(?:The|This|That)\s+(?:decision|admission|admissions|vote|approval)\s+(?:was|were)\b", re.I)
_ALSO_ADMITTED = re.compile(r"\balso\s+(?:admitted|welcomed|accepted|approved\s+the\s+membership\s+of)\b", re.I)
# A governing body of the alliance stands for it: "The General Assembly of A", "The Council of
# Rectors of the A", "the A's regional conference in C last month".
_BODY = r"(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w-]*\s+){0,2}?(?:Assembly|Council|Board|Senate|Committee|Conference|Congress|Meeting|Session)(?:\s+of\s+[A-Z][\w-]*)?"
_OPENING = re.compile(
    r"\s*(?:[A-ZÀ-Ý][^–—\n]{0,60}?\s[–—-]\s+)?"  # a dateline: "ACCRA – ", "Accra, 3 May 2025 – "
    r"(?:(?:[Tt]he|[Ii]ts)\s+" + _BODY + r"\s+of\s+)?(?:[Tt]he\s+)?")
_LEAD = re.compile(r"\s*(?:.*,\s*)?(?:(?:[Tt]he|[Ii]ts)\s+" + _BODY + r"\s+of\s+)?(?:[Tt]he\s+)?", re.S)  # "Meeting at M on 29 June, the Board of Rectors of A"
# Between the subject and its verb: an acronym or a name in brackets, and a participial or
# relative phrase between commas ("A, meeting at the University of Z (UZ), welcomed").
_TO_VERB = re.compile(r"\s*(?:\([^)]*\)\s*)*(?:['’]s?\s+(?:[\w-]+\s+){0,2}?(?:Assembly|Council|Board|Senate|Committee|Conference|Congress)\s*)?(?:,[^;]*,\s*)?(?:(?:met|meets|convened|gathered)\b[^;,]{0,80}?\band\s+)?(?:today\s+|also\s+|on\s+\w+\s+|formally\s+|unanimously\s+|has\s+|have\s+|had\s+)*")
_BODY_OF = re.compile(r"\s*(?:\([^)]*\)\s*)?['’]s?\s+(?:[\w-]+\s+){0,2}?(?:assembly|council|board|senate|committee|conference|congress)\b[^,;]{0,40}?\s*", re.I)
# "Founded in 2011 by M1 and M2, the association ...": founding members of the subject after the comma
_FOUNDED_OPENING = re.compile(
    r"\s*(?:(?:Co-?)?[Ff]ounded|Established|Created|Launched|Set\s+up|Formed)\s+(?:in\s+(?:[A-Z][a-z]+\s+)?((?:1[89]|20)\d\d)\s+)?by\s+([^,;]{2,200}?),\s*(?:the\s+)?")
_FOUNDER_NOUN = re.compile(r"(?:alliance|consortium|network|association|league|union|federation|group|council)\b", re.I)
# "Three universities from C were admitted as associate members", "Ten other universities ... were
# admitted in the same round": a count, of the alliance named after the verb or else the one last named
_COUNT_ADMITTED = re.compile(
    r"[^;]{0,160}?\b(?:were|have\s+been|had\s+been)\s+(?:also\s+|formally\s+|unanimously\s+)?(?:admitted|accepted|welcomed)\b"
    r"(?:\s+(?:(?:in)?to\s+(?:full\s+|associate\s+)?membership\s+(?:of|in)|as\s+(?:(?:new|full|associate)\s+)*members?\s+of|into)\b)?", re.I)
_AS_ONE_OF = re.compile(r"^\s*As\s+(?:one\s+of\s+the\s+(?:\w+\s+)?|a\s+|an\s+)?(?:founding\s+)?(?:member|members|partner|partners)\s+of\b", re.I)


@dataclass(kw_only=True)
class MembershipFact:
    alliance: Entity
    member: Entity | None  # None when the text gives only a count
    evidence: tuple[int, int]  # character offsets of the sentence
    confidence: float
    count: int | None = None  # "23 institutions signed up for ..."
    members_stated: str | None = None  # what the text says of counted members, as written
    kind: str | None = None  # founding-member, coordinator, secretariat (the membership roles); None: a member
    date: str | None = None
    sentence: int = 0
    of_count: int | None = None  # the sentence of the count this member is one of ("Among the newcomers is M": _Finder._counted)
    notes: list[str] = field(default_factory=list)


def find_memberships(
    doc: Doc, linked: list[Linked], *, published: str | None, dateline: int = 0, pairs: list[tuple[int, list[Entity]]] = (),
) -> list[MembershipFact]:
    """``pairs``: the parties of each agreement, with the sentence that states it ("Both
    universities are members of A" after "A and B signed ..." are A and B; "The three
    institutions" after an agreement of three, its three)."""
    return _Finder(doc, linked, published, dateline, pairs).all()


def _without_counts_named(facts: list[MembershipFact]) -> list[MembershipFact]:
    """A count the article goes on to name is those names, not as many more members: "admitted
    five new member universities. The conference approved the membership of A, B, C, D and E"
    keeps the five named memberships and drops the count. A count is dropped when at least that
    many members of its alliance are named in its sentence or the three after it (a headline's
    "welcomes two new members" and the lead that names them), or anywhere after it as its members
    (:func:`.membership_decision.counted_member`: "Among the newcomers is M. It is joined by ...")."""
    def named_near(count: MembershipFact) -> set[str]:
        return {f.member.id for f in facts if f.member is not None and f.alliance.id == count.alliance.id
                and (count.sentence <= f.sentence <= count.sentence + 3 or f.of_count == count.sentence)}
    return [f for f in facts if f.member is not None or f.count is None or len(named_near(f)) < f.count]


class _Finder:
    def __init__(self, doc: Doc, linked: list[Linked], published: str | None, dateline: int, pairs=()):
        self.doc = doc
        self.text = text_of(doc)
        self.published = published
        self.dateline = dateline  # character offset where the text after the dateline starts
        self.orgs = sorted((i for i in linked if i.mention.kind == "organization"), key=lambda i: i.mention.token_start)
        self.alliances = {i.entity.id for i in self.orgs if i.entity.alliance}
        self.orgs_in: dict[int, list[Linked]] = {}  # sentence number → its organisations
        for item in self.orgs:
            self.orgs_in.setdefault(item.mention.sentence, []).append(item)
        self.found: dict[tuple, MembershipFact] = {}
        self.last_pair: list[Entity] = []  # the two organisations the text last named together
        self.agreed = sorted(pairs, key=lambda p: p[0])  # (sentence, the parties of an agreement)
        self.number = 0

    def all(self) -> list[MembershipFact]:
        sentences = all_sentences(self.doc)
        for number, sentence in enumerate(sentences):
            self.number = number
            self.sentence(number, sentence, sentences)
            named = unique([o.entity for o in self.orgs_in.get(number, []) if o.entity.id not in self.alliances])
            if len(named) == 2:
                self.last_pair = named
        self._decided(sentences)
        self._dated_by_the_event(sentences)  # (a count the article goes on to name dates them first)
        return _without_counts_named(list(self.found.values()))

    def _decided(self, sentences: list[Span]) -> None:
        """The learned decision (:mod:`.membership_decision`): a pair a sentence makes possible
        that the rules did not find is added when the model weighs it likely enough. A
        membership the rules found stands (it is weighed too, so training sees what a
        membership looks like); counts stay as the rules found them. Without a shipped model
        nothing is added."""
        stated = [(f.sentence, f.alliance.id, f.member.id if f.member is not None else None, f.count) for f in self.found.values()]
        candidates = Candidates(self.text, self.orgs_in, self.alliances, self.agreed, stated)
        def previous(number: int) -> list[Linked]:
            return [o for k in range(max(0, number - 10), number) for o in self.orgs_in.get(k, [])]
        for number, sentence in enumerate(sentences):
            candidates.sentence(number, sentence, previous)
        ruled = {(f.alliance.id, f.member.id): f for f in self.found.values() if f.member is not None}
        for pair, fact in ruled.items():
            found = candidates.pairs.get(pair)
            features = found[3] if found else candidates.unpaired(fact.alliance, fact.member, sentences[fact.sentence].text)
            learned.weigh(DECISION, features, candidate=(fact.alliance, fact.member), rule=False)
        for pair, (alliance, member, number, features) in candidates.pairs.items():
            if pair in ruled:
                continue
            if learned.weigh(DECISION, features, candidate=(alliance, member), rule=False) >= THRESHOLD and pair not in candidates.counted:
                sibling = next((f for f in ruled.values() if f.sentence == number and f.alliance.id == alliance.id), None)
                if sibling is not None:  # "launched in 2019 by five founding members: M, M2, ...": M2 as M
                    self._add(alliance, member, sentences[number], number, kind=sibling.kind, date=sibling.date or "")
                else:
                    self._add(alliance, member, sentences[number], number)
        self._counted(candidates, ruled, sentences)  # (a member of an unfilled count is one without the model)

    def _counted(self, candidates: Candidates, ruled: dict, sentences: list[Span]) -> None:
        """The members of an unfilled count the decision's candidates found ("A admitted seven
        universities. ... Among the newcomers is M. It is joined by M2, M3 ..."): each with the
        count's date, not its own sentence's ("which opened in 2008"); the count they fill is
        those members, not as many more (:func:`_without_counts_named`)."""
        for pair, (alliance, member, number) in candidates.counted.items():
            if pair in ruled:
                continue
            count = next((f for f in sorted(self.found.values(), key=lambda f: -f.sentence)
                          if f.member is None and f.alliance.id == alliance.id and f.sentence < number), None)
            if count is None:
                continue
            self._add(alliance, member, sentences[number], number, date=count.date or "")
            for fact in self.found.values():
                if fact.member is not None and fact.member.id == member.id and fact.alliance.id == alliance.id:
                    fact.of_count = count.sentence

    def _dated_by_the_event(self, sentences: list[Span]) -> None:
        """A membership whose sentence states no date takes the date of the event it is part of:
        an admission takes the date of a count of the same alliance's new members in one of the
        two sentences before ("A on Wednesday, April 22, admitted five new member universities.
        The General Conference approved the membership of M1, M2 ..."; not "A is coordinated by
        M"); a membership, that of the next sentence when it tells of the decision ("M has been
        admitted as a full member of A. The decision was taken by the General Assembly, which
        met on 23-24 November 2023."); "The Assembly also admitted M2", that of the same
        alliance's last dated membership; "The Assembly admitted M" with none, the day of the
        last sentence (of the five before) that tells of the assembly ("A held its General
        Assembly in Tema on 3 May 2024")."""
        facts = sorted(self.found.values(), key=lambda f: f.sentence)
        for fact in facts:
            if fact.date is not None or fact.member is None:
                continue
            counted = [f for f in facts if f.alliance.id == fact.alliance.id and f.member is None and f.date
                       and fact.sentence - 2 <= f.sentence < fact.sentence
                       and fact.kind is None and _ADMITTED.search(sentences[fact.sentence].text)]  # not "A is coordinated by M"
            following = sentences[fact.sentence + 1] if fact.sentence + 1 < len(sentences) else None
            if counted:
                fact.date = counted[-1].date
            elif following is not None and _DECISION.match(following.text):
                fact.date = self._date(following)
            elif _ALSO_ADMITTED.search(sentences[fact.sentence].text):
                earlier = [f for f in facts if f.alliance.id == fact.alliance.id and f.date and re.search(r"-\d\d-\d\d$", f.date) and f.sentence < fact.sentence]  # an event's day, not "since 1998"
                fact.date = earlier[-1].date if earlier else None
            if fact.date is None and (event := _EVENT_SUBJECT.match(sentences[fact.sentence].text)) and _ADMITTED.search(sentences[fact.sentence].text):
                for previous in sentences[max(0, fact.sentence - 5):fact.sentence][::-1]:
                    stated = self._date(previous) if re.search(rf"\b{event.group(1)}\b", previous.text, re.I) else None
                    if stated is not None and re.search(r"-\d\d-\d\d$", stated):
                        fact.date = stated  # "The network held its General Assembly in Tema on 3 May 2024. The Assembly admitted M"
                        break

    def _subject_or_both(self, orgs: list[Linked], start: int, end: int, before: str) -> list[Entity]:
        """The subject's organisations, or the pair that "Both X and Y" names by short names when
        the subject holds only one of them (one short name is a mention of its own, the other
        is not)."""
        subject = self._subject(orgs, start, end)
        if re.search(r"\bBoth\s+[A-ZÀ-Ý]", before):
            pair = self._pair(before)
            if len(pair) > len(subject) and {e.id for e in subject} <= {e.id for e in pair}:
                return pair
        return subject or self._pair(before)

    def _pair(self, before: str) -> list[Entity]:
        """"Both universities ...", "The two institutions ...", "Both are": the two the text last
        named together; "Both Yaounde I and Félix Houphouët-Boigny are" when the two short
        names are words of those two's names, one each."""
        agreed = [parties for at, parties in self.agreed if at <= self.number and len(parties) == 2]
        pair = list(agreed[-1]) if agreed else list(self.last_pair)
        if re.search(r"\b(?:both|the two)\s+(?:universities|institutions|partners|schools)\b|\bthey\b|^\s*Both\s+(?:\w+\s+)?$", before, re.I):
            return pair
        many = re.search(r"\b(?:the|all)\s+(three|four|five|six)\s+(?:universities|institutions|partners|schools)\b", before, re.I)
        if many:  # "The three institutions are members of A": the parties of the last agreement of three
            agreed = [parties for at, parties in self.agreed if at <= self.number and len(parties) == _number(many.group(1))]
            return list(agreed[-1]) if agreed else []
        short = re.search(r"\bBoth\s+([A-ZÀ-Ý][^,;]*?)\s+and\s+([A-ZÀ-Ý][^,;]*?)\s+(?:\w+\s+)?$", before)
        if short and len(pair) == 2:
            words = [set(re.findall(r"[\w'-]+", fold(name))) for name in (short.group(1), short.group(2))]
            names = [set(re.findall(r"[\w'-]+", fold(e.name))) for e in pair]
            if words[0] <= names[0] and words[1] <= names[1] and not words[0] <= names[1] and not words[1] <= names[0]:
                return pair
            if words[0] <= names[1] and words[1] <= names[0] and not words[0] <= names[0] and not words[1] <= names[1]:
                return pair[::-1]
        return []

    # -- one sentence ----------------------------------------------------------------------

    def sentence(self, number: int, sentence: Span, sentences: list[Span]) -> None:
        text = sentence.text
        orgs = self.orgs_in.get(number, [])
        base = sentence.start_char

        def at(char: int) -> int:
            return base + char

        for pattern, kind, side in _ROLES:
            for match in pattern.finditer(text):
                if side == "after":
                    members = self._first_after(orgs, at(match.end()))
                    if _NEXT_TO & set(re.findall(r"\w+", match.group(0).lower())) and not any(
                            o.mention.start == at(match.end()) + len(re.match(r"(?:the\s+)?", text[match.end():]).group(0)) for o in orgs):
                        continue  # "has its headquarters in Paris, near M": no member
                    alliance = (
                        self._alliance_in(orgs, at(match.start()), at(match.end()), number, sentences)
                        or self._named_in_unit(match.group(0), at(match.start()))  # "The ARUA Secretariat is hosted by M"
                        or self._subject_alliance(orgs, sentence, at(match.start()))
                        or self._antecedent(orgs, at(match.start()))
                        or self._alliance_before(orgs, at(match.start()), number, sentences)
                        or (self._salient(number, at(match.start()), sentences) if re.match(r"(?i)(?:its|whose)\b", match.group(0)) else None)
                    )
                else:
                    members = self._apposition_subject(orgs, at(match.start())) or self._subject(orgs, at(0), at(match.start()))  # "..., and M3, which hosts the secretariat"
                    alliance = self._alliance_after(orgs, at(match.end()), number, sentences) or (
                        self._referred(number, at(match.start()), sentences) if re.match(r"\s*Its?\b", text) else self._salient(number, at(match.start()), sentences))
                for member in members:
                    self._add(alliance, member, sentence, number, kind=kind)
        for match in _BECOME.finditer(text):
            if _UNREAL.search(text[:match.start() + 1 + len(match.group(0).split()[0])] + " ") or re.search(r"\b(?:not|never|no longer|former|past)\b|\bex-", match.group(0)):
                continue  # "is not a member of A", "is a former member of A"
            alliance = self._alliance_after(orgs, at(match.end()), number, sentences)
            kind, date = ("founding-member", None) if match.group(1) else self._since_founding(match.group(0), text[match.end():])
            clause = self._clause_start(sentence, match.start())
            members = (
                self._apposition_subject(orgs, at(match.start()), plural=bool(re.search(r"\b(?:members|partners)\b", match.group(0))))
                or self._subject_or_both(orgs, clause, at(match.start()), text[:match.start()])
                or self._it(text[:match.start()], number, sentences)
                or self._the_university(orgs, sentence, at(match.start()))
                or self._short_form(self.text[clause:at(match.start())], at(match.start()))
            )
            since = self._since(orgs, alliance, sentence)
            for each in [alliance, *self._and_of(orgs, alliance)]:
                for member in members:
                    self._add(each, member, sentence, number, kind=kind, date=date or since)
        opening = _FOUNDED_OPENING.match(text)  # "Founded in 2011 by M1 and M2, the association ..."
        if opening:
            self._founded_opening(opening, orgs, sentence, number, sentences)
        counted = _COUNTED.match(text, len(text) - len(text.lstrip()))  # "Three universities from C were admitted as associate members"
        admitted = counted and _COUNT_ADMITTED.match(text, counted.end())
        if admitted and not _UNREAL.search(text[:admitted.end()]) and not re.search(r"\b(?:not|never)\b", text[:admitted.end()]):
            named = admitted.group(0).rstrip().endswith(("of", "in", "into"))
            alliance = self._alliance_after(orgs, at(admitted.end()), number, sentences) if named else self._salient(number, at(0), sentences)
            self._add(alliance, None, sentence, number, count=_number(counted.group(1)), stated=counted.group(0))
        for match in _FOUNDED.finditer(text):  # "A was founded in 2019 by M, M2 and M3"; "which they founded together with M"
            before = [o for o in orgs if o.mention.end <= at(match.start())]
            alliance = before[-1].entity if before else None
            if alliance is None or not (alliance.alliance or alliance.id in self.alliances):
                continue
            members = self._listed(orgs, at(match.end()), stop=self._list_end(sentence, match.end(), orgs))
            if re.search(r"\bthey\s+(?:co-?)?founded\b", match.group(0)) or "together" in match.group(0).lower():
                members = [*self._pair(text[:match.start()]), *members]
            year = re.search(r"\b(?:1[89]|20)\d\d\b", match.group(0))  # a founding member's date is the founding's
            for member in members:
                self._add(alliance, member, sentence, number, kind="founding-member", date=year.group(0) if year else None)
        for match in _PARTICIPATED.finditer(text):  # "A, in which M has participated since 2019, ..."
            before = [o for o in orgs if o.mention.end <= at(match.start())]
            if before and (before[-1].entity.alliance or before[-1].entity.id in self.alliances) and re.match(
                    r"[^,;]*?\b(?:participated|participates|take[sn]?\s+part|took\s+part|has\s+been\s+a\s+member|is\s+a\s+member)\b", text[match.end():]):
                founded = _SINCE_FOUNDED.match(text[match.end():])  # "in which M has participated since the alliance was founded in 2019"
                for member in self._first_after(orgs, at(match.end())):
                    self._add(before[-1].entity, member, sentence, number, date=founded.group(1) if founded else None)
        for match in _INCLUDES.finditer(text):  # "A ... also includes M, M2 and M3"; "It brings together M, M2 and M3"
            alliance = self._subject_alliance(orgs, sentence, at(match.start()), listing=at(match.end()))
            if alliance is None and re.fullmatch(r"\s*(?:" + _LED_BY.pattern + r")?(?:It|it|The\s+(?:alliance|consortium|network|association|federation|union|league))\s+(?:\w+\s+)?", text[:match.start()]):
                alliance = self._referred(number, at(match.start()), sentences)
            if alliance is not None:
                listed = self._listed(orgs, at(match.end()), stop=self._clause_end(sentence, match.end()))
                first = next((o for o in orgs if o.mention.start >= at(match.end())), None)
                if not (alliance.alliance or alliance.id in self.alliances):  # a new one, shown to have members by the list right after the verb
                    if first is None or not re.fullmatch(r"\s*(?:the\s+)?", self.text[at(match.end()):first.mention.start]):
                        listed = []
                    elif listed:
                        self.alliances.add(alliance.id)
                for member in listed:
                    self._add(alliance, member, sentence, number)
        led = _LED_BY.match(text)  # "Coordinated by M (France), it brings together ...": M coordinates the alliance "it" is
        if led and re.match(r"\s*(?:[Ii]t|[Tt]he\s+(?:alliance|consortium|network|association))\b", text[led.end():]) and led.group(1):
            first = next((o for o in orgs if o.mention.start >= at(led.start(1))), None)
            if first is not None and re.fullmatch(r"(?:the\s+)?", self.text[at(led.start(1)):first.mention.start]):
                alliance = self._referred(number, at(led.end()), sentences)
                self._add(alliance, first.entity, sentence, number, kind="coordinator")
        for match in _ACCESSION.finditer(text):  # "with the accession of M in 2022"
            members = self._first_after(orgs, at(match.end()))
            if members and re.fullmatch(r"(?:the\s+)?", self.text[at(match.end()):next(o.mention.start for o in orgs if o.entity.id == members[0].id and o.mention.start >= at(match.end()))]):
                alliance = self._salient(number, at(match.start()), sentences)
                for member in members:
                    self._add(alliance, member, sentence, number)
        if _AS_ONE_OF.match(text):
            alliance = self._alliance_after(orgs, at(_AS_ONE_OF.match(text).end()), number, sentences)
            after_alliance = alliance and next((o for o in orgs if o.entity.id == alliance.id), None)
            if after_alliance is not None:
                comma = text.find(",", after_alliance.mention.end - base)
                comma = text.find(",", comma + 1) if comma >= 0 and text[comma + 1:].lstrip().startswith(("within", "in ", "under")) else comma
                members = self._first_after(orgs, at(comma)) if comma >= 0 else []
                for member in members:
                    self._add(alliance, member, sentence, number)
        for match in _TO_MEMBERSHIP.finditer(text):  # "M1 and M2 were admitted to membership": of the alliance the article is about
            clause = self._clause_start(sentence, match.start())
            if _UNREAL.search(self.text[clause:at(match.start())]):
                continue
            alliance = self._salient(number, at(match.start()), sentences)
            for member in self._subject(orgs, clause, at(match.start())) if alliance is not None else []:
                self._add(alliance, member, sentence, number)
        for match in _MEMBERSHIP_NOUN.finditer(text):  # "M's membership of A", "M has been granted full membership of A"
            alliance = self._alliance_after(orgs, at(match.end()), number, sentences)
            clause = self._clause_start(sentence, match.start())
            if alliance is None or _UNREAL.search(self.text[clause:at(match.start())]):
                continue
            if match.group(1):  # "M's membership": M, right before
                members = [o.entity for o in orgs if o.mention.end == at(match.start())][-1:]
            else:  # "M has been granted membership": the subject
                members = self._subject(orgs, clause, at(match.start()))
            for member in members:
                self._add(alliance, member, sentence, number)
        for match in _APPOSED.finditer(text):  # "M1 and M2, both members of A,"; "M (a member of A)"
            alliance = self._alliance_after(orgs, at(match.end()), number, sentences)
            before = [o for o in orgs if o.mention.end <= at(match.start()) and o.entity.id not in self.alliances]
            if alliance is not None and match.group(1).lower() in ("both", "all") and re.search(
                    r"\b(?:the\s+(?:two|three|four|five|six)|both)\s+(?:universities|institutions|partners|schools)\s*$", text[:match.start()], re.I):
                members = self._pair(text[:match.start()])  # "said the two universities, both members of A,": the parties
                for member in members:
                    self._add(alliance, member, sentence, number, kind="founding-member" if match.group(2) else None, date="")
                continue
            if alliance is None or not before or self.text[before[-1].mention.end:at(match.start())].strip():
                continue
            if match.group(1).lower() in ("both", "all"):
                members = self._subject(orgs, self._clause_start(sentence, before[-1].mention.start - base), at(match.start()))
            else:
                members = [before[-1].entity]
            for member in members:
                self._add(alliance, member, sentence, number, kind="founding-member" if match.group(2) else None)
        for verb in [v for v in _JOIN if v in text]:  # (a verb not in the text has no match: most sentences have none)
            for match in re.finditer(rf"\b{re.escape(verb)}\b", text):
                self._joined(sentence, number, sentences, orgs, match, verb)
        for verb in [v for v in _TAKE_PART if v in text]:  # weaker words: only with an organisation known as an alliance
            for match in re.finditer(rf"\b{verb}\b", text):
                known = set(self.alliances)
                alliance = self._alliance_after(orgs, at(match.end()), number, sentences)
                if alliance is None or not (alliance.alliance or alliance.id in known) or re.match(r"[^,;.]{0,40}?\b(?:alliance|consortium|network|association)['’]s\b", text[match.end():], re.I):
                    self.alliances = known  # "is part of X's DNA": X is no alliance for being tried as one; "take part in the alliance's hub"
                else:
                    clause = self._clause_start(sentence, match.start())
                    if not alliance.alliance:  # an organisation the article has shown to have members: the subject right before the verb
                        clause = max(clause, at(match.start()) - len(re.search(r"\S*(?:\s+\S+){0,3}\s*$", text[:match.start()]).group(0)))
                    members = (
                        self._subject(orgs, clause, at(match.start()))
                        or self._apposition_subject(orgs, at(match.start())) or self._pair(text[:match.start()])
                        or self._short_form(self.text[clause:at(match.start())], at(match.start()))
                    )  # "M, which is part of A"; "Zadar had been part of the alliance"
                    kind, date = self._since_founding(match.group(0), text[match.end():])
                    for member in members:
                        self._add(alliance, member, sentence, number, kind=kind, date=date)
        for verb in [v for v in _WELCOME if v in text]:
            for match in re.finditer(rf"\b{verb}\b", text):
                if _UNREAL.search(self.text[self._clause_start(sentence, match.start()):at(match.start())]):
                    continue  # "A plans to admit M", "has not admitted M"
                rest = text[match.end():]
                as_members = re.search(r"\bas\s+(?:a\s+|the\s+)?(?:(?:new|full|associate|first)\s+){0,2}(?:member|members|partner|partners)\b", rest)
                if not as_members or re.match(r"\s+" + _COUNTED.pattern, rest, re.I):
                    self._admitted(sentence, number, sentences, orgs, match)  # "admitted eight new member universities ... and welcomed M as full members": the count too
                    if not as_members:
                        continue
                members = [o for o in orgs if at(match.end()) <= o.mention.start < at(match.end() + as_members.start())]
                if not members:
                    continue  # "M has been admitted as a member of A": a shape of _BECOME
                alliance = self._welcoming(orgs, sentence, number, sentences, match, at(match.end() + as_members.end()))
                for member in members:
                    self._add(alliance, member.entity, sentence, number)
        for match in _ALONG_WITH.finditer(text):  # "M became a member of A, along with M2": M2 too
            stated = [f for f in self.found.values() if f.sentence == number and f.member is not None and f.evidence[0] <= at(match.start())]
            counted = re.match(r"\s+" + _COUNTED.pattern, text[match.end():], re.I)
            if stated and counted:
                count = counted.group(1)  # "..., together with five institutions from Canada and Norway": a count of more
                self._add(stated[-1].alliance, None, sentence, number, count=_number(count),
                          stated=counted.group(0).strip())
            elif stated:
                for member in self._first_after(orgs, at(match.end())):
                    self._add(stated[-1].alliance, member, sentence, number, kind=stated[-1].kind)
        for match in _ACCEPTED_AS.finditer(text):  # "M and M2 were accepted as associate members": of the alliance last named
            members = self._subject(orgs, self._clause_start(sentence, match.start()), at(match.start()))
            alliance = self._salient(number, at(match.start()), sentences) if members else None
            for member in members:
                self._add(alliance, member, sentence, number)
        for match in _COLON_LIST.finditer(text):  # "three full members in the network: M, M2 and M3"
            alliance = self._alliance_in(orgs, at(match.start()), at(match.end()), number, sentences)
            for member in self._listed(orgs, at(match.end()), stop=self._clause_end(sentence, match.end())):
                self._add(alliance, member, sentence, number)
        for match in _AS_MEMBER.finditer(text):  # "M, a U15 member,": the alliance by its first word or acronym
            words = match.group(2).strip()
            named = [o for o in orgs if at(match.start(2)) <= o.mention.start and o.mention.end <= at(match.end(2)) and self._may_have_members(o.entity)]
            if named:  # "M, also a CSUCA member,", "M, also an ENLIGHT partner,": the organisation named in it
                alliance = named[0].entity
                self.alliances.add(alliance.id)
            elif match.group(3) == "partner":  # "M, a long-standing partner,": of no alliance the sentence names
                continue
            else:
                alliance = (self._about() if re.fullmatch(r"(?:long-?standing|long-?time|veteran|founding|full|active)", words, re.I)
                            else self._alliance_by_word(words, at(match.start())))  # "M, a long-standing member,": the article's alliance
            for member in self._apposition_subject(orgs, at(match.end())):
                self._add(alliance, member, sentence, number, kind="founding-member" if words.lower() == "founding" else None, date="")
        for match in _WHICH_ARE_MEMBERS.finditer(text):  # "M1 and M2, which were already AUF members": the organisation named in it
            named = [o for o in orgs if at(match.start(1)) <= o.mention.start and o.mention.end <= at(match.end(1)) and self._may_have_members(o.entity)]
            if named and not _UNREAL.search(text[:match.start(1)] + " "):
                self.alliances.add(named[0].entity.id)
                for member in self._apposition_subject(orgs, at(match.start(1)), plural=True):
                    self._add(named[0].entity, member, sentence, number, date="")
        for match in _MEMBER_SINCE.finditer(text):  # "M, a member since 2000,": of the alliance the article is about
            for member in self._apposition_subject(orgs, at(match.end())):
                self._add(self._about(), member, sentence, number, date=match.group(1))
        for match in _ONE_OF_FOUNDERS.finditer(text):  # "M, one of A's founding members,"
            owner = next((o for o in orgs if o.mention.start >= at(match.end())), None)
            said = owner and _FOUNDERS_AFTER.match(self.text[owner.mention.end:])
            if owner is None or not said or not re.fullmatch(r"\s*", self.text[at(match.end()):owner.mention.start]):
                continue
            self.alliances.add(owner.entity.id)
            for member in self._apposition_subject(orgs, at(match.end())):
                self._add(owner.entity, member, sentence, number, kind="founding-member" if said.group(1) else None, date="")
        for match in _ANOTHER.finditer(text):  # "..., M2, another founding member": the alliance of the member named before
            before = [o for o in orgs if o.mention.end <= at(match.start()) and re.fullmatch(r"[\s)]*(?:\([^)]*\)\s*)?", self.text[o.mention.end:at(match.start())])]
            kind = "founding-member" if match.group(1) else None
            stated = [f for f in self.found.values() if f.member is not None and f.kind == kind and f.evidence[0] <= at(match.start())]
            if before and stated and before[-1].entity.id not in self.alliances:
                self._add(stated[-1].alliance, before[-1].entity, sentence, number, kind=kind)
        for match in _OF_WHICH.finditer(text):  # "A, of which M is a member,"
            before = [o for o in orgs if o.mention.end <= at(match.start())]
            if before and not re.search(r"\b(?:not|former)\b", match.group(0)):
                alliance = before[-1].entity
                self.alliances.add(alliance.id)
                members = self._subject(orgs, at(match.start()), at(match.end())) or self._pair(match.group(0))  # "of which both universities are members"
                for member in members:
                    self._add(alliance, member, sentence, number, kind="founding-member" if match.group(1) else None)
        for match in _WHICH_BELONG.finditer(text):  # "A, ..., which both M and M2 belong to"
            group = 1 if match.group(1) is not None else 2
            before = [o for o in orgs if o.mention.end <= at(match.start())]
            if not before or _UNREAL.search(match.group(group) + " ") or re.search(r"\b(?:not|never|no\s+longer|neither|nor)\b", match.group(group)):
                continue
            alliance = before[-1].entity
            if not self._may_have_members(alliance):
                continue
            self.alliances.add(alliance.id)
            inside = [o.entity for o in orgs if at(match.start(group)) <= o.mention.start < at(match.end(group)) and not o.entity.alliance]
            for member in unique(inside):  # (one tried as an alliance before, "join projects at M", is a member here)
                self._add(alliance, member, sentence, number)
        for match in _NEWEST.finditer(text):  # "A's newest member, M,"
            owner = [o for o in orgs if at(match.start()) - 1 <= o.mention.end <= at(match.start())]
            if owner and (owner[-1].entity.alliance or owner[-1].entity.id in self.alliances):
                self.alliances.add(owner[-1].entity.id)
                for member in self._first_after(orgs, at(match.end())):
                    self._add(owner[-1].entity, member, sentence, number)
        list_match = _LIST.search(text)
        if list_match:
            alliance = self._alliance_in(orgs, at(list_match.start()), at(list_match.end()), number, sentences) \
                or self._subject_alliance(orgs, sentence, at(list_match.start())) \
                or (self._referred(number, at(list_match.start()), sentences) if re.fullmatch(r"\s*(?:Its\s+)?(?:\w+\s+)?", text[:list_match.start()]) else None) \
                or (self._salient(number, at(list_match.start()), sentences) if re.fullmatch(
                    r"\s*The\s+(?:(?:new|newest|latest|founding|full|associate|two|three|four|five|six|seven|eight|nine|ten)\s+){1,2}", text[:list_match.start()]) else None)
            # "... admitted five new members. The new members are M1 in C1; M2 (ACR), C2; ...": the alliance last named
            # "A has 30 members, including M1 and M2"; "Its members include M (Country), M2 (Country)": the alliance last named
            for member in self._listed(orgs, at(list_match.end())):
                self._add(alliance, member, sentence, number)
        represented = _REPRESENTED.search(text)
        if represented:
            alliance = self._salient(number, at(represented.end()), sentences)
            for member in self._listed(orgs, at(represented.end())):
                self._add(alliance, member, sentence, number)

    def _founded_opening(self, opening, orgs, sentence: Span, number: int, sentences) -> None:
        """"Founded in 2011 by M1 and M2, the association ...": founding members of the sentence's
        subject after the comma (an organisation that may have members, or "the association": the
        alliance it refers to), dated by the founding; a founder written by one word of a name
        named before ("Bauman") is that organisation."""
        at = sentence.start_char
        first = next((o for o in orgs if o.mention.start >= at + opening.end()), None)
        if first is not None and first.mention.start == at + opening.end() and self._may_have_members(first.entity):
            alliance = first.entity
        elif _FOUNDER_NOUN.match(sentence.text, opening.end()):
            alliance = self._referred(number, at + opening.end(), sentences)
        else:
            return
        if alliance is None:
            return
        self.alliances.add(alliance.id)
        members = []
        for part in re.finditer(r"[^,]+?(?=\s*(?:,\s*and\s+|,\s*|\s+and\s+|$))", opening.group(2)):
            start, end = at + opening.start(2) + part.start(), at + opening.start(2) + part.end()
            inside = [o.entity for o in orgs if start <= o.mention.start < end and o.entity.id not in self.alliances]
            members += inside or self._short_form(part.group(0).strip() + " ", start)
        for member in unique(members):
            self._add(alliance, member, sentence, number, kind="founding-member", date=opening.group(1) or "")

    def _named_in_unit(self, words: str, before: int) -> Entity | None:
        """"The ARUA Secretariat is hosted by M": the alliance whose acronym (or first word) names
        the unit, named before."""
        named = re.match(r"(?:the|its)\s+([A-ZÀ-Ý][\w-]*)\s+(?:[\w-]+\s+)?secretariat\b", words, re.I)
        return self._alliance_by_word(named.group(1), before) if named and named.group(1)[0].isupper() else None

    def _admitted(self, sentence, number, sentences, orgs, match) -> None:
        """"The network admitted M (and M2)", "the network had admitted four new member
        universities": the subject is the alliance (or its assembly, board or council)."""
        text = sentence.text
        base = sentence.start_char
        start = self._clause_start(sentence, match.start())
        before = text[start - base:match.start()]
        subject = self._admitting(orgs, sentence, base + match.start())
        if subject is None and re.search(r"\b(?:the|its|this)\s+(?:[\w-]+\s+){0,2}?(?:alliance|consortium|network|association|league|union|federation|group|assembly|board|council|conference|meeting|session|AGM|EGM)\b", before, re.I):
            subject = self._salient(number, base + match.start(), sentences)
        if subject is None and re.search(r",\s*which\s+(?:has\s+|had\s+|also\s+|today\s+|on\s+\w+\s+)*$", text[:match.start()]):
            subject = self._antecedent(orgs, base + match.start())  # "the A (ACR), which admitted four new members"
            if subject is not None:
                self.alliances.add(subject.id)
        if subject is None:
            return
        rest = text[match.end():]
        counted = re.match(r"\s+" + _COUNTED.pattern, rest, re.I)
        between = set(counted.group(0).lower().split()[1:-1]) if counted else set()
        if counted and (between & {"new", "more", "further"} or (between <= {"full", "associate", "member", "additional", "partner"} and not match.group(0).startswith("add"))):
            colon = re.match(r"[^:;.]{0,40}?:\s*", rest[counted.end():])  # "admitted three new members: M, M2 and M3": the names
            listed = self._listed(orgs, base + match.end() + counted.end() + colon.end(),
                                  stop=self._clause_end(sentence, match.end() + counted.end() + colon.end())) if colon else []
            for member in listed:
                self._add(subject, member, sentence, number)
            if listed:
                return
            count = counted.group(1)
            self._add(subject, None, sentence, number, count=_number(count),
                      stated=counted.group(0).strip())
            return
        after = [o for o in orgs if o.mention.start >= base + match.end()]
        if after and re.fullmatch(r"\s*(?:the\s+)?", self.text[base + match.end():after[0].mention.start]):  # the object, right after the verb
            for member in self._first_after(orgs, base + match.end()):
                self._add(subject, member, sentence, number)

    def _joined(self, sentence, number, sentences, orgs, match, verb) -> None:
        text = sentence.text
        base = sentence.start_char
        rest = text[match.end():]
        if re.match(r"\s+(?:more than|over|some|about|nearly)?\s*\d", rest) or re.match(r"\s+(?:hands|forces|efforts)\b", rest):
            return  # "joins more than 800 universities": no alliance; "joined hands"
        if verb.startswith("join") and re.match(r"\s+by\b", rest):
            return  # "It is joined by M2 and M3": the passive names members, no alliance
        joined = next((o for o in orgs if o.mention.start >= base + match.end()), None)
        if joined is not None and re.match(
                r"(?:\s*(?:\([^)]*\)\s*)?(?:,|and|,\s*and)\s+(?:the\s+)?[A-ZÀ-Ý][^,;()]{0,60}?)?"  # "joining M and M2, which were already A members"
                r"\s*(?:\([^)]*\)\s*)?,\s*(?:which|who)\s+(?:has\s+|have\s+|had\s+)?(?:been|is|are|was|were)\s+(?:already\s+|also\s+|both\s+)?(?:a\s+|an\s+)?"
                r"(?:(?:\w+\s+)?members?\s+of\b|(?:[\w-]+\s+){1,3}members?\b)",
                self.text[joined.mention.end:]):
            return  # "They join M, which has been a member of A": M is a fellow member, not the alliance
        known = set(self.alliances)
        alliance = self._alliance_after(orgs, base + match.end(), number, sentences)
        if alliance is None:
            return
        if verb.startswith("belong") and may_be_alliance(alliance, known) is None:
            return  # "the Faculty of Sciences, which belongs to M University": a unit's, no alliance's ("M, which belongs to the A Council": A's)
        if verb.startswith("belong"):
            tried, self.alliances = self.alliances, known
            if not self._may_have_members(alliance):
                return  # "the Faculty of X, which belongs to Y University": a unit of its university
            self.alliances = tried
        start = self._clause_start(sentence, match.start())
        before = text[start - base:match.start()]
        if _UNREAL.search(before) or re.match(r"[^.;]{0,100}?\bas\s+(?:an?\s+)?(?:observers?|guests?)\b", rest):
            return  # "has applied to join A", "wants to join A", "joined A as an observer"
        if verb == "join" and before.rstrip().endswith("to"):
            main = re.search(r"\b(\w+ed)\s+(?:(?!\bto\b).)*$", before.rstrip()[:-2])
            passive = re.search(r"\b(?:was|were|been|be|being|is|are)\s+\w+ed\s+to\b.*$", before)
            if main and not passive:
                members = [o.entity for o in orgs if base + main.end(1) <= o.mention.start < match.start() + base]
            else:
                members = self._subject(orgs, start, base + match.start())
        else:
            members = self._apposition_subject(orgs, base + match.start()) or self._subject(orgs, start, base + match.start())
        members = members or self._pair(before) or self._it(before, number, sentences)  # "It joined the association in 2019"
        if not members:
            counted = _COUNTED.search(before)
            if counted and not re.search(r"\b(?:have|has)\s+(?:now\s+|already\s+)?$", before[counted.end():]):
                count = counted.group(1)
                stated = re.search(r"(?:[A-Z][\w-]*\s+)?" + re.escape(counted.group(0)) + r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?", before)
                self._add(alliance, None, sentence, number, count=_number(count),
                          stated=stated.group(0) if stated else counted.group(0))
                including = re.match(r"[^;]*?,?\s*\b(?:including|among\s+them)\s+", rest)  # "Three universities joined A, including M"
                for member in self._listed(orgs, base + match.end() + including.end(), stop=self._clause_end(sentence, match.end() + including.end())) if including else []:
                    self._add(alliance, member, sentence, number)
            return
        since = self._clause_date(sentence, match.start())
        since = since if since is not None else self._since(orgs, alliance, sentence)  # "M joined A in 2019 and hosted its assembly in 2022"
        for member in members:
            self._add(alliance, member, sentence, number, date=since)

    # -- slots -----------------------------------------------------------------------------

    def _clause_start(self, sentence: Span, offset: int) -> int:
        """The character where the clause holding ``offset`` starts: after "that", "which", ";",
        or ", and" after a clause of its own (not the ", and" of a list of names)."""
        text = sentence.text[:offset]
        cut = max((m.end() for m in re.finditer(r"\b(?:that|which|who|while|whereas)\b|;", text)), default=0)
        for match in re.finditer(r",\s*and\s+(?=[A-Z])", text):
            words = re.findall(r"\b[a-z]{3,}\b", text[cut:match.start()])
            if any(w not in {"and", "the", "for", "with"} for w in words):
                cut = match.end()
        return sentence.start_char + cut

    def _short_form(self, before: str, offset: int) -> list[Entity]:
        """"Memorial is a member of A", "Zadar had been part of the alliance": the one word right
        before the verb, when it is a word of the name of exactly one organisation named earlier
        ("Memorial University of Newfoundland", "University of Zadar")."""
        word = re.search(r"(?:^|[\s,])([A-ZÀ-Ý][\w'’-]{2,})\s+(?:(?:has|had|have|also|now|long|is|was)\s+)*$", before)
        if not word or word.group(1) in {"The", "It", "Its", "They", "This", "That", "Both"}:
            return []
        named = unique([
            o.entity for o in self.orgs if o.mention.end <= offset - len(before) and o.entity.id not in self.alliances
            and word.group(1) in re.findall(r"[\w'’-]+", o.entity.name)
        ])
        return named if len(named) == 1 else []

    @staticmethod
    def _since_founding(verb: str, rest: str) -> tuple[str | None, str | None]:
        """"has been a member of A since its founding in 2014": a founding member, of 2014."""
        since = _SINCE_FOUNDING.match(rest) if re.search(r"\bbeen\b", verb) else None
        return ("founding-member", since.group(1)) if since else (None, None)

    def _it(self, before: str, number: int, sentences) -> list[Entity]:
        """"It is a member of A", "The university, which has been a member of A since 2008,": the
        organisation the sentence before is about (its subject), when that is no alliance."""
        if number == 0 or not re.fullmatch(r"\s*(?:It|The\s+(?:university|institution|college))\b.*", before, re.S):
            return []
        k = number - 1
        while k > 0 and not sentences[k].text.strip():
            k -= 1
        previous = sentences[k]
        first = next(iter(self.orgs_in.get(k, [])), None)
        opening = r"\s*(?:About\s+[^\n]{0,80}\n\s*)?(?:(?:Founded|Established|Created|Based)\b[^,.]{0,60},\s*)?(?:[Tt]he\s+)?"  # "Founded in 1663, M is ..."
        if first is None or first.entity.id in self.alliances or not re.fullmatch(opening, self.text[previous.start_char:first.mention.start]):
            return []
        return [first.entity]

    def _the_university(self, orgs: list[Linked], sentence: Span, end: int) -> list[Entity]:
        """"President of M Prof. X welcomed the delegates, saying the university was "proud to
        have been among the founding members" of A": the organisation the sentence named last
        before "the university"."""
        before = self.text[sentence.start_char:end]
        said = re.search(r"\b(?:the|our)\s+(?:university|institution|college)\s+(?:[\w\"“'’]+\s+){0,5}$", before, re.I)
        if said is None:
            return []
        named = [o for o in orgs if o.mention.end <= sentence.start_char + said.start() and o.entity.id not in self.alliances and not self._is_parent(o)]
        return [named[-1].entity] if named else []

    def _subject(self, orgs: list[Linked], start: int, end: int) -> list[Entity]:
        """The organisations between ``start`` and ``end`` that are not alliances or parents."""
        found = []
        for item in orgs:
            if start <= item.mention.start < end and item.entity.id not in self.alliances and not self._is_parent(item):
                found.append(item.entity)
        return unique(found)

    def _apposition_subject(self, orgs: list[Linked], end: int, *, plural: bool = False) -> list[Entity]:
        """"M, which joined ..." / "M, a founding member of ...": the organisation before the comma;
        ``plural`` ("M1 (C) and M2 (ACR), which thus became full members of A"), the organisations
        listed before it too."""
        text = self.text
        window = max(0, end - 200)
        head = text[window:end].rstrip()
        clause = re.search(r",\s*[\"“]?(?:also\s+)?(?:which|that|a|an|the|one of)\b[^,]*$", head)
        if not clause:
            return []
        comma = window + clause.start()
        before = [o for o in orgs if o.mention.end <= comma and text[o.mention.end:comma].strip(" )(") == "" or (o.mention.end <= comma and re.fullmatch(r"\s*\([^)]*\)\s*", text[o.mention.end:comma] or "x"))]
        if not before or before[-1].entity.id in self.alliances:
            return []
        found = [before[-1]]
        if plural:
            for item in reversed([o for o in orgs if o.mention.end <= found[0].mention.start]):
                gap = text[item.mention.end:found[-1].mention.start]
                if item.entity.id == found[-1].entity.id and re.fullmatch(r"\s*\(\s*", gap):
                    found[-1] = item  # "M2 (PTUK)": the name of the acronym after it
                    continue
                if item.entity.id in self.alliances or not re.fullmatch(r"\s*(?:\([^)]*\)\s*)?(?:,|and|,\s*and)\s*(?:the\s+)?", gap):
                    break
                found.append(item)
        return unique([o.entity for o in reversed(found)])

    def _first_after(self, orgs: list[Linked], start: int) -> list[Entity]:
        """The organisation (or coordinated organisations) right after ``start``."""
        after = [o for o in orgs if o.mention.start >= start and o.entity.id not in self.alliances]
        if not after:
            return []
        found = [after[0]]
        for item in after[1:]:
            gap = self.text[found[-1].mention.end:item.mention.start]
            if re.fullmatch(r"\s*(?:\([^)]*\))?\s*(?:from\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s*)?(?:,|and|,\s*and|&)\s*(?:the\s+)?", gap):
                found.append(item)
            else:
                break
        return unique([f.entity for f in found])

    def _listed(self, orgs: list[Linked], start: int, *, stop: int | None = None) -> list[Entity]:
        """Every organisation of the list that starts at ``start`` (to ``stop``, else the end of the sentence)."""
        return unique([
            o.entity for o in orgs
            if o.mention.start >= start and (stop is None or o.mention.start < stop) and o.entity.id not in self.alliances and not self._is_parent(o)
        ])

    def _clause_end(self, sentence: Span, offset: int) -> int:
        """Where the clause going on at ``offset`` (within the sentence) ends: a relative clause,
        "while", "whereas", ";", or ", and" + a lower-case word."""
        rest = sentence.text[offset:]
        end = re.search(r",\s*(?:which|who|while|whereas|where|and\s+(?:was|is|has|had|were|are|will)\b)|;|\s[–—]\s+and\b", rest)
        return sentence.start_char + offset + (end.start() if end else len(rest))

    def _list_end(self, sentence: Span, offset: int, orgs: list[Linked]) -> int:
        """Where a list of members starting at ``offset`` ends: the clause's end, or past a
        relative clause about one of its items when the list goes on after it ("M, which
        coordinates the alliance, M2, M3 and M4")."""
        end = self._clause_end(sentence, offset)
        starts = {o.mention.start for o in orgs}
        while True:
            aside = re.match(r",\s*(?:which|who)\b[^,;]*,\s*(?:the\s+)?", self.text[end:sentence.end_char])
            if aside is None or end + aside.end() not in starts:
                return end
            end = self._clause_end(sentence, end + aside.end() - sentence.start_char)

    def _welcoming(self, orgs, sentence: Span, number: int, sentences, verb, after_members: int) -> Entity | None:
        """The alliance of "... welcomed M and M2 as (new) members (of A)": A when named, else the
        subject that welcomes (the alliance, or its governing body: never the host of the meeting
        named between them), else the alliance the sentence refers to."""
        named = re.match(r"\s+of\s+(?:the\s+)?", self.text[after_members:])
        first = next((o for o in orgs if o.mention.start >= after_members), None)
        if named and first is not None and first.mention.start == after_members + named.end():
            self.alliances.add(first.entity.id)
            return first.entity
        end = sentence.start_char + verb.start()
        of_the = bool(re.match(r"\s+of\s+(?:the|this|our)\s+(?:alliance|network|consortium|association)\b", self.text[after_members:]))
        subject = self._admitting(orgs, sentence, end, of_the_alliance=of_the) or self._not_a_host(orgs, end, lambda: self._alliance_before(orgs, end, number, sentences))
        if subject is None and re.search(r"\b(?:the|its|this)\s+(?:[\w-]+\s+){0,2}?(?:assembly|board|council|conference|senate)\b", sentence.text[:verb.start()], re.I):
            return self._salient(number, sentence.start_char + verb.start(), sentences)  # "The Council also admitted M as ..."
        return subject

    def _not_a_host(self, orgs, end: int, find) -> Entity | None:
        """What ``find`` gives, unless the sentence names it before ``end`` where a meeting is held
        ("The assembly, hosted by M, admitted ...", "held at M"): a host is no alliance for being
        tried as one."""
        known = set(self.alliances)
        found = find()
        named = [o for o in orgs if found is not None and o.entity.id == found.id and o.mention.end <= end]
        if named and re.search(r"\b(?:at|in|by)\s+(?:the\s+)?$", self.text[max(0, named[-1].mention.start - 20):named[-1].mention.start]):
            self.alliances = known
            return None
        return found

    def _admitting(self, orgs, sentence: Span, end: int, *, of_the_alliance: bool = False) -> Entity | None:
        """The organisation that admits (welcomes) with the verb at ``end``, when it may have
        members: the one the sentence opens with (after a dateline and "The General Assembly
        of"), or the one right before the verb ("the A admitted", "the A's regional conference
        in C welcomed"). With ``of_the_alliance`` (the welcomed are "new members of the
        alliance"), the organisation whose governing body welcomes is the alliance whatever its
        name ("The General Assembly of the European University for ... welcomed M as new members
        of the alliance")."""
        first = next((o for o in orgs if o.mention.start < end), None)
        if first is None:
            return None
        subject = None
        if _OPENING.fullmatch(self.text[sentence.start_char:first.mention.start]) and _TO_VERB.fullmatch(self.text[first.mention.end:end]):
            subject = first
        else:
            named = [o for o in orgs if o.mention.end <= end]
            last = named[-1] if first.mention.end <= end else first
            if len(named) > 1 and named[-2].entity.id == last.entity.id and re.fullmatch(r"\s*\(\s*", self.text[named[-2].mention.end:last.mention.start]):
                last = named[-2]  # "the A (ACR) admitted": the name, its acronym in brackets after it
            lead = self.text[self._clause_start(sentence, last.mention.start - sentence.start_char):last.mention.start]
            gap = self.text[last.mention.end:end]
            if _LEAD.fullmatch(lead) and (_TO_VERB.fullmatch(gap) and "," not in gap or _BODY_OF.fullmatch(gap)):
                subject = last
        governed = of_the_alliance and subject is not None and re.search(
            r"\b(?:[Tt]he|[Ii]ts)\s+" + _BODY + r"\s+of\s+(?:the\s+)?$", self.text[sentence.start_char:subject.mention.start])
        if subject is None or not (self._may_have_members(subject.entity) or governed):
            return None
        self.alliances.add(subject.entity.id)
        return subject.entity

    def _antecedent(self, orgs: list[Linked], end: int) -> Entity | None:
        """"A (ACR), the network of ..., which brings together 130 universities and is headed by
        M": A, the organisation the relative clause holding ``end`` is about, when it may have
        members (the clause goes on to ``end`` with no other clause of its own)."""
        for item in reversed([o for o in orgs if o.mention.end <= end]):
            if _ANTECEDENT.fullmatch(self.text[item.mention.end:end]) and not re.search(r"[,]\s*(?:which|whose)\b.*,\s*(?:which|whose)\b", self.text[item.mention.end:end]):
                return item.entity if self._may_have_members(item.entity) else None
        return None

    def _may_have_members(self, entity: Entity) -> bool:
        """A known alliance, or a new organisation whose name is no university's, school's or unit's."""
        return entity.alliance or entity.id in self.alliances or (entity.new and entity.org_kind in (None, "alliance", "government-body"))

    def _subject_alliance(self, orgs: list[Linked], sentence: Span, end: int, *, listing: int | None = None) -> Entity | None:
        """The alliance that is the subject of the sentence: its first organisation, before
        ``end``; with ``listing`` (where a list of what it includes starts), also a new
        organisation that may have members, when the list names two or more ("EU-COASTS brings
        together M (France), M2 (Greece) ...")."""
        first = next((o for o in orgs if o.mention.start < end), None)
        if first is None:
            return None
        if not (first.entity.alliance or first.entity.id in self.alliances):
            listed = self._listed(orgs, listing, stop=self._clause_end(sentence, listing - sentence.start_char)) if listing is not None else []
            if len(listed) < 2 or not self._may_have_members(first.entity):
                return None
        if not re.fullmatch(r"\s*(?:[Tt]he\s+)?", self.text[sentence.start_char:first.mention.start]):
            return None  # something comes before it: not the subject
        return first.entity

    def _and_of(self, orgs: list[Linked], alliance: Entity | None) -> list[Entity]:
        """"a founding member of A and of B", "a member of both A and B": B too."""
        if alliance is None:
            return []
        named = [o for o in orgs if o.entity.id == alliance.id]
        if not named:
            return []
        after = [o for o in orgs if o.mention.start >= named[-1].mention.end]
        gap = self.text[named[-1].mention.end:after[0].mention.start] if after else ""
        both = re.search(r"\bboth\s+(?:the\s+)?$", self.text[max(0, named[-1].mention.start - 12):named[-1].mention.start])
        if after and (_AND_OF.fullmatch(gap) or both and re.fullmatch(r"\s*(?:\([^)]*\)\s*)?and\s+(?:the\s+)?", gap)):
            self.alliances.add(after[0].entity.id)  # "of A and of B"; "of both A and B"
            return [after[0].entity]
        listed, end = [], named[-1].mention.end  # "a member of A, B (ACR) and C": every one an alliance by its name
        for item in after:
            if re.fullmatch(r"\s*\(\s*", self.text[end:item.mention.start]):
                continue  # "B (ACR)": the acronym in brackets after a name
            if not (item.entity.alliance and re.fullmatch(r"\s*(?:\([^)]*\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", self.text[end:item.mention.start])):
                break
            listed.append((item.entity, "and" in self.text[end:item.mention.start].split()))
            end = item.mention.end
        while listed and not listed[-1][1]:
            listed.pop()  # "of A, the European University Alliance that ...": an apposition, no list (a list ends with "and")
        return unique([entity for entity, _ in listed])

    def _is_parent(self, item: Linked) -> bool:
        """"the Research Center of X": X is where the unit is, not a member or subject; nor is
        the city of "A in Abu Dhabi and B in Doha", whatever it was read as."""
        window = max(0, item.mention.start - 80)
        city = re.search(r"\s+in\s+$", self.text[window:item.mention.start])
        if city and any(o.mention.end == window + city.start() for o in self.orgs_in.get(item.mention.sentence, [])):
            return True
        text = self.text[window:item.mention.start].rstrip()
        return bool(re.search(r"\b(?:of|at)(?:\s+the)?$", text)) and bool(re.search(r"(?:Center|Centre|Institute|School|Faculty|Department|Laboratory)\s+(?:of|at)(?:\s+the)?$", text))

    # -- the alliance ----------------------------------------------------------------------

    def _alliance_after(self, orgs, start: int, number: int, sentences) -> Entity | None:
        """The alliance named (or referred to) right after ``start``."""
        text = self.text[start:start + 120]
        first = next((o for o in orgs if o.mention.start >= start), None)
        reference = re.match(r"\s*(?:the\s+|this\s+|that\s+|its\s+|their\s+|a\s+|an\s+)?(?:new\s+)?(?:[\w-]+\s+){0,3}?(alliance|consortium|network|association|league|union|federation|group|initiative|project|partnership|council)\b", text, re.I)
        if re.match(r"\s*it\b", text) and self.alliances and (first is None or first.mention.start > start + 40):
            return self._salient(number, start, sentences)  # "M2 joined it in 2022": the alliance last named
        if first is not None and (reference is None or first.mention.start - start <= reference.end(1)):
            gap = self.text[start:first.mention.start]
            if len(gap.split()) <= 3 or re.fullmatch(r"\s*(?:the\s+)?[A-ZÀ-Ý][^,;()]{0,100}\(\s*", gap):  # "the Unión de ... (UDUAL)"
                self.alliances.add(first.entity.id)
                return first.entity
        if reference is not None:
            noun = reference.group(1).lower()
            article = (reference.group(0).split() or [""])[0].lower()
            if noun in _PROJECT_NOUNS and not self.alliances:
                return None
            if article in {"a", "an"}:  # "a new consortium, A": the one named next; "join an alliance built on ...": none
                return self._next_named(number, sentences)
            return self._salient(number, start, sentences) or self._announcer(number, start)
        return None

    def _announcer(self, number: int, end: int) -> Entity | None:
        """"A announced that M ... of the association": the organisation that opens the sentence
        and says so, taken as the alliance the sentence refers to."""
        first = next(iter(self.orgs_in.get(number, [])), None)
        if first is None or first.mention.start >= end:
            return None
        if re.match(r"[\s)]*(?:\([^)]*\)\s*)?(?:on\s+\w+\s+)?(?:announced|said|reported|confirmed|stated)\s+(?:on\s+\w+\s+)?that\b", self.text[first.mention.end:end]):
            self.alliances.add(first.entity.id)
            return first.entity
        return None

    def _alliance_before(self, orgs, end: int, number: int, sentences) -> Entity | None:
        """The alliance named (or referred to: "the alliance was", "The Assembly", its organ)
        right before ``end``."""
        before = [o for o in orgs if o.mention.end <= end]
        window = max(0, end - 200)
        text = self.text[window:end]
        reference = re.search(r"\b(?:the|this|its)\s+(?:[\w-]+\s+){0,2}?(alliance|consortium|network|association|league|union|federation|group|initiative|project|partnership|assembly|conference|congress)\s*(?:was|is|has|had|were|are|will|would|\w+ed)?\s*(?:\w+\s+){0,4}$", text, re.I)
        if before:
            last = before[-1]
            gap = re.sub(r"\([^)]*\)", " ", self.text[last.mention.end:end])  # "A (its name in another language, ACR) on Thursday admitted"
            if len(gap.split()) <= 6 or last.entity.id in self.alliances:
                if reference is None or window + reference.start() < last.mention.start:
                    self.alliances.add(last.entity.id)
                    return last.entity
        if reference is not None:
            if reference.group(1).lower() in _PROJECT_NOUNS and not self.alliances:
                return None
            return self._salient(number, end, sentences)
        return None

    def _alliance_in(self, orgs, start: int, end: int, number: int, sentences) -> Entity | None:
        inside = [o for o in orgs if start <= o.mention.start < end]
        alliance = next((o for o in inside if o.entity.id in self.alliances), None)
        if alliance is not None:
            return alliance.entity
        text = self.text[start:end]
        if re.search(r"\b(?:the|this|its)\s+(?:[\w-]+\s+){0,2}?(?:alliance|consortium|network|association|league|union|group|initiative|project)\b", text, re.I):
            return self._salient(number, end, sentences)
        if inside and re.search(r"\bof\s+(?:the\s+)?$", self.text[start:inside[0].mention.start]):
            self.alliances.add(inside[0].entity.id)
            return inside[0].entity
        return None

    def _alliance_by_word(self, words: str, before: int) -> Entity | None:
        """The one alliance named before ``before`` that ``words`` name: its acronym, or the
        first word of its name ("a U15 member": the U15 Group of Canadian Research Universities)."""
        wanted = words.split()[0].lower() if words else ""
        found = {
            o.entity.id: o.entity for o in self.orgs if o.mention.start < before and o.entity.alliance
            and (wanted == (o.entity.acronym or "").lower() or (o.entity.name.split() or [""])[0].lower() == wanted or o.mention.text.lower() == words.lower())
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _about(self) -> Entity | None:
        """The alliance the article is about: the one named most often (if one is)."""
        counts: dict[str, int] = {}
        for item in self.orgs:
            if item.entity.alliance or item.entity.id in self.alliances:
                counts[item.entity.id] = counts.get(item.entity.id, 0) + 1
        ranked = sorted(counts.items(), key=lambda c: -c[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return next(o.entity for o in self.orgs if o.entity.id == ranked[0][0])

    def _salient(self, number: int, offset: int, sentences) -> Entity | None:
        """The alliance last named before ``offset``, else the one named next (two sentences on)."""
        before = [o for o in self.orgs if o.mention.start < offset and o.entity.id in self.alliances]
        if before:
            return before[-1].entity
        return self._next_named(number, sentences)

    def _referred(self, number: int, offset: int, sentences) -> Entity | None:
        """"It", "Its members": the organisation the sentence before opens with, when it may have
        members (in an "About A" paragraph, A: not another network the article named last), else
        the alliance last named."""
        k = number - 1
        while k > 0 and not sentences[k].text.strip():
            k -= 1
        first = next(iter(self.orgs_in.get(k, [])), None) if number else None
        if first is not None and self._may_have_members(first.entity) and re.fullmatch(
                r"\s*(?:About\s+[^\n]{0,80}\n\s*)?(?:[Tt]he\s+)?", self.text[sentences[k].start_char:first.mention.start]):
            self.alliances.add(first.entity.id)
            return first.entity
        return self._salient(number, offset, sentences)

    def _next_named(self, number: int, sentences) -> Entity | None:
        end = sentences[min(number + 2, len(sentences) - 1)].end
        start = sentences[number].start
        for item in self.orgs:
            if start <= item.mention.token_start < end and item.entity.id in self.alliances:
                return item.entity
        return None

    # -- the fact --------------------------------------------------------------------------

    def _add(self, alliance: Entity | None, member: Entity | None, sentence: Span, number: int, *, kind: str | None = None,
             count: int | None = None, stated: str | None = None, date: str | None = None) -> None:
        if alliance is None or (member is not None and member.id == alliance.id):
            return
        key = (alliance.id, member.id if member is not None else f"count:{count}", kind)
        text = sentence.text  # (a span joins its tokens each time it is asked)
        start = sentence.start_char + (len(text) - len(text.lstrip()))
        evidence = (start, sentence.start_char + len(text.rstrip()))
        same = [f for (a, m, _), f in self.found.items() if (a, m) == key[:2]]
        if key in self.found or (kind is None and same):
            return  # stated already (a membership with a role says it is one)
        plain = next((f for f in same if f.kind is None), None)
        if plain is not None:  # "M joined A" then "M coordinates A": one membership, with its role
            plain.kind = kind
            plain.date = plain.date or date
            self.found[key] = self.found.pop(next(k for k, f in self.found.items() if f is plain))
            return
        confidence = 0.8 if member is not None and not member.new else 0.7
        self.found[key] = MembershipFact(
            alliance=alliance, member=member, evidence=evidence, confidence=confidence, count=count,
            members_stated=stated, kind=kind, sentence=number,
            date=(date or None) if date is not None else self._date(sentence),  # "": none, whatever the sentence says (_clause_date)
        )

    def _since(self, orgs: list[Linked], alliance: Entity | None, sentence: Span) -> str | None:
        """The date right after the alliance's name: "M, which has been a member of A since 1998,
        had hosted ... in 2005", "M joined A (ACR) in March 2019 and ... in 2022" (the sentence's
        other dates are of other facts)."""
        after = next((o for o in orgs if alliance is not None and o.entity.id == alliance.id), None)
        if after is None:
            return None
        since = _SINCE.match(self.text, after.mention.end, sentence.end_char)
        if since is None:
            return None
        found = find_dates(self.text[since.start(1):sentence.end_char])
        return found[0].value if found and found[0].start <= len(since.group(1)) else None  # "since 1998", "in May 2023"

    def _clause_date(self, sentence: Span, offset: int) -> str | None:
        """The date of the contrasted clause holding ``offset`` (in the sentence), "" for none,
        when the sentence has two ("M was a founding member of A in 1948, while M2 was admitted
        to the council last year": M2's is no date); None when it has one clause."""
        bounds = [0, *(m.start() for m in _CONTRAST.finditer(sentence.text)), len(sentence.text)]
        if len(bounds) == 2:
            return None
        start = max(b for b in bounds if b <= offset)
        end = min(b for b in bounds if b > offset)
        return fact_date(self.text, sentence.start_char + start, sentence.start_char + end, published=self.published, dateline=self.dateline) or ""

    def _date(self, sentence: Span) -> str | None:
        return fact_date(self.text, sentence.start_char, sentence.end_char, published=self.published, dateline=self.dateline)
