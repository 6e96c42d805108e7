"""The learned decision ``membership``: is organisation M a member of alliance A, on what the
article says around the two?

The rules of :mod:`.memberships` read sentence shapes; five rounds of them carried over to the
next unseen articles by 0.00–0.10 F1. Their memberships stand; the pairs a sentence makes
possible that they did not find are proposed here — two organisations in one sentence, one of
which can be an alliance (known as one, shown to be one by the text, or named with an
alliance's word: "Association", "Network", "Consortium", …); after a plural subject ("The
three institutions are members of A", "Both universities"), A and the parties of the last
agreement of as many (else the organisations last named); with "the alliance", the alliance
named before; in a sentence that tells of membership and names no alliance ("The new members are
M1 and M2", "Its members include ..."), the alliance of the one or two sentences before — and a
logistic regression over named features (:mod:`.learned`, decision
``membership``) adds each whose probability reaches :data:`THRESHOLD`. The rules' memberships
are weighed too (so training sees what a membership looks like) but the rules' answer is no
feature: on the blind sets the rules were written from it nearly separates right from wrong,
and a model that learns to trust it carries nothing to unseen sets (bench/RESULTS.md, round 9,
part A). Counts ("23 institutions joined A") stay with the rules.

The features say what a reader would look at: the words between the two names
(``between=member``, ``between=join``), how far apart they are, which comes first, how many
organisations lie between, the cue words of the sentence (``cue=admit``, ``cue=sign``), a
negation or an intent (``negation``, ``intent``), how the alliance is known to be one
(``alliance_by=known|shown|name``), what the member's name is headed by (``member_head=…``),
whether the member sits in a list of names, and whether the pair comes from a plural subject
or from the alliance a sentence refers to ("the alliance"). None names an institution, a
person or a country.

The labeller (:func:`label`, used by ``unikg train``): a candidate is right when the gold lists
its alliance and member (units rolled up, as the scores match them), wrong when both are gold
entities and the gold has no such membership, and unknown otherwise.

>>> lemma("admitted"), lemma("admits"), lemma("members"), lemma("joining"), lemma("was")
('admit', 'admit', 'member', 'join', 'was')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from .linking import Entity, Linked

NAME = "membership"
# Where the leave-one-set-out F1 of the labelled candidates of the seven blind sets was highest
# (0.85–0.97 tried). With the training set too, 0.9 did as well (memberships F1 over the eight
# sets 0.859 against 0.854) but added the host of an alliance's meeting as a member: precision first.
# Round 13, with the members told after the alliance as candidates, over the 15 sets each left
# out: 0.95 still (P 0.893 R 0.774, no set's row down by more than 0.01 F1); 0.92 found 3 more
# of the training sets' rows for 1 more wrong (all sets P 0.886 R 0.782) but let the sixth blind
# set's row fall by 0.03 (the hosts of two alliances' conferences taken for members).
THRESHOLD = 0.95
# a word of an alliance's name: "Association of African Universities", "Magna Charta Network"
ALLIANCE_WORDS = frozenset({
    "alliance", "consortium", "network", "association", "league", "federation", "union", "group",
    "coalition", "council", "forum", "conference", "consorcio", "rede", "red", "associação", "asociación",
    "agence", "réseau", "universitaire",
})
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
_PLURAL_SUBJECT = re.compile(
    r"\b(?:the|these|those|both|all)\s+(?:(two|three|four|five|six)\s+)?"
    r"(?:[a-z-]+\s+)?(?:institutions|universities|partners|schools|colleges|organi[sz]ations)\b|\b(?:they|both)\b", re.I)
_REFERENCE = re.compile(r"\b(?:the|this|its)\s+(?:[a-z-]+\s+){0,2}?(?:alliance|consortium|network|association|league|federation|conference|assembly|council|board|group)\b", re.I)
_PRONOUN_OPENING = re.compile(r"\s*(?:[\"“]\s*)?(?:It|Its|They|Their|These|Those|Members|Among|The\s+(?:(?:new|newest|other|founding|full|associate)\s+)*(?:members|partners|newcomers))\b")
# the host of a meeting, not a member by it: "hosted by M", "held at M", "Meeting at M, the Board ..."
_HOSTED_BY = re.compile(
    r"\b(?:(?:hosted|held|organi[sz]ed|chaired|attended)\s+(?:by|at|in)|(?:meeting|met|gathered|gathering|convened|assembled|session|summit)\s+(?:at|in))\s+(?:the\s+)?$",
    re.I)
_PEOPLE = re.compile(r"\b(?:researchers|students|scientists|staff|delegates|representatives|experts|academics|scholars|faculty\s+members|alumni)\b", re.I)
_OBSERVER = re.compile(r"\bas\s+(?:an?\s+)?(?:observers?|guests?)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|former|formerly|ex-)\b", re.I)
_INTENT = re.compile(r"\b(?:will|would|plans?|planning|hopes?|hoping|intends?|aims?|seeks?|seeking|applied|apply|applying|candidates?|candidacy|deferred|pending|rejected|declined|postponed|expected|interest(?:ed)?|wants?|may|could|should|talks|discuss(?:ed|ing)?|proposed?)\b", re.I)
_COUNT = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|dozens?|hundreds?)\s+(?:[a-z-]+\s+){0,2}?(?:universities|institutions|members|colleges|partners)\b", re.I)
_WORD = re.compile(r"(?<![\w'-])[a-z][a-z'-]*")
# the words of a sentence that tell of membership or of something else (cue=<lemma>)
CUES = frozenset({
    "member", "membership", "join", "rejoin", "admit", "admission", "accept", "welcome", "found", "founding",
    "founder", "newcomer", "partner", "belong", "include", "consist", "comprise", "accession", "compose", "unite",
    "bring", "gather", "coordinate", "lead", "host", "secretariat", "associate", "full", "new", "newest",
    "sign", "signed", "agreement", "memorandum", "mou", "visit", "delegation", "rank", "ranking", "said",
    "collaborate", "collaboration", "cooperation", "fund", "funded", "project", "programme", "program",
    "conference", "meeting", "award", "president", "rector", "chair", "elect", "elected", "approve",
    "apply", "application", "observer", "candidate", "network", "alliance", "consortium", "association",
})
_HEADS = (("universit", "university"), ("universidad", "university"), ("università", "university"), ("college", "college"), ("institute", "institute"),
          ("school", "school"), ("academy", "academy"), ("ministry", "government"), ("commission", "government"),
          ("agency", "government"), ("foundation", "foundation"), ("company", "company"))


@cache
def lemma(word: str) -> str:
    """A crude lemma, enough to join the forms of a cue: "admitted" and "admits" → "admit",
    "members" → "member", "included" and "includes" → "includ" (a final e goes too)."""
    w = word.lower().strip("'-")
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            w = w[: len(w) - len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
                w = w[:-1]  # "admitt" → "admit"
            break
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


_CUE_LEMMAS = frozenset(lemma(c) for c in CUES)
# the words that say one organisation is in another, whatever the shape around them
_MEMBERSHIP_CUES = frozenset(lemma(c) for c in (
    "member", "membership", "join", "rejoin", "admit", "admission", "accept", "welcome", "founding", "founder", "newcomer",
    "partner", "belong", "include", "consist", "comprise", "accession", "unite", "bring", "gather", "part", "found"))


def may_be_alliance(entity: Entity, shown: set[str]) -> str | None:
    """How ``entity`` is known to be an alliance: "known" (the registry or the text's
    description), "shown" (a shape of the rules made it one), "name" (a word of its name); None."""
    if entity.alliance:
        return "known"
    if entity.id in shown:
        return "shown"
    if entity.org_kind == "alliance" or _named_as_alliance(entity.name):
        return "name"
    return None


@cache
def _named_as_alliance(name: str) -> bool:
    return bool(ALLIANCE_WORDS & set(re.findall(r"[\wà-ÿ]+", name.lower())))


def member_head(entity: Entity) -> str:
    """What the name is headed by: "university", "alliance", "government", …; "other"."""
    return _head(entity.name)


@cache
def _head(name: str) -> str:
    words = re.split(r"\s(?:of|for|de|del|des|di|da|do|du)\s", name.lower())[0].split()
    for word in [*words[-1:], *words]:  # the head of "X Y Alliance" is its last word; "Universidad Z" its first
        if any(word.startswith(w) for w in ALLIANCE_WORDS):
            return "alliance"
        head = next((head for w, head in _HEADS if word.startswith(w)), None)
        if head:
            return head
    return "other"


def label(record, alignment) -> bool | None:
    """Right when the gold lists this alliance and member; wrong when both are gold entities and
    it does not; else the gold cannot say."""
    alliance, member = record.candidate
    a, m = alignment.org_key(alliance), alignment.org_key(member)
    if a == m:
        return None
    gold = {(g.alliance, g.member) for g in alignment.gold.memberships}
    if (a, m) in gold:
        return True
    known = alignment.gold.entities
    if a in known and m in known:
        return False
    return None


class Candidates:
    """The pairs one article makes possible, with their features (merged over the sentences
    that name both)."""

    def __init__(self, text: str, orgs_in: dict[int, list[Linked]], shown: set[str], agreed=(), stated=()):
        self.text = text
        # the memberships the rules read, (sentence, alliance id, member id or None, count): "A admitted
        # seven universities" before "Among the newcomers is M" says whose newcomers they are
        self.stated = stated
        self.agreed = agreed  # (sentence, the parties of an agreement), in order
        self.orgs_in = orgs_in
        self.shown = shown
        self.pairs: dict[tuple[str, str], tuple[Entity, Entity, int, dict[str, float]]] = {}
        self.counted: dict[tuple[str, str], tuple[Entity, Entity, int]] = {}  # members of an unfilled count (:meth:`_told_after`)

    def add(self, alliance: Entity, member: Entity, number: int, features: dict[str, float]) -> None:
        key = (alliance.id, member.id)
        if key in self.pairs:
            a, m, first, merged = self.pairs[key]
            if _strength(features) > _strength(merged):
                first = number  # the evidence: the first sentence that says the most of membership
            worded = "no_membership_word" not in merged or "no_membership_word" not in features
            merged.update(features)
            if worded:
                merged.pop("no_membership_word", None)
            merged["sentences>=2"] = 1.0
            self.pairs[key] = (a, m, first, merged)
        else:
            self.pairs[key] = (alliance, member, number, dict(features))

    def sentence(self, number: int, span, previous: Callable[[int], Iterable[Linked]]) -> None:
        """Every pair of the sentence; after a plural subject, its alliances with the
        organisations of the sentences before; with "the alliance", the alliance named before
        with the sentence's organisations."""
        orgs = self.orgs_in.get(number, [])
        if not orgs:
            return
        text = span.text
        alliances = [o for o in orgs if may_be_alliance(o.entity, self.shown)]
        common = _sentence_features(text, len({o.entity.id for o in orgs}))
        if not alliances and not _REFERENCE.search(text):
            if "no_membership_word" not in common:
                self._told_after(number, span, orgs, common)
            return
        for a in alliances:
            pairs = []
            for m in orgs:
                if m.entity.id == a.entity.id:
                    continue
                nearest = min((o for o in orgs if o.entity.id == a.entity.id), key=lambda o: abs(o.mention.start - m.mention.start))
                if abs(nearest.mention.start - m.mention.start) < abs(a.mention.start - m.mention.start):
                    continue  # the closest mention of the alliance speaks for it
                if not self._said_otherwise(a, m, text):
                    pairs.append((m, self._pair(a, m, orgs, span)))
            worded = [abs(m.mention.start - a.mention.start) for m, f in pairs if "membership_word_between" in f]
            for m, features in pairs:
                if worded and min(worded) < abs(m.mention.start - a.mention.start) and "membership_word_between" not in features:
                    features["nearer_member_named"] = 1.0  # "M (a member of A) signed with M2": M2 is not
                self.add(a.entity, m.entity, number, {**common, **features, "same_sentence": 1.0})
        before = text[: alliances[0].mention.start - span.start_char] if alliances else ""
        plural = _PLURAL_SUBJECT.search(before)
        if plural and not [o for o in orgs if o.mention.start < alliances[0].mention.start and not may_be_alliance(o.entity, self.shown)]:
            here = {o.entity.id for o in orgs}
            many = _NUMBERS.get((plural.group(1) or "").lower(), 2)
            parties = [list(p) for at, p in self.agreed if at <= number and len(p) == many]
            named: list[Entity] = parties[-1] if parties else []  # "The three institutions": the parties of the last agreement of three
            if not named:  # else the last organisations named, units aside
                for o in reversed(list(previous(number))):
                    if o.entity.id not in here and not may_be_alliance(o.entity, self.shown) and not _unit(o.entity) and o.entity.id not in {e.id for e in named}:
                        named.append(o.entity)
            for m in named[:many]:
                firsts = {}
                for o in alliances:
                    firsts.setdefault(o.entity.id, o)  # the first mention of each
                for a in list(firsts.values())[:2]:
                    gap = _gap_features(self.text[span.start_char + plural.end():a.mention.start], member_first=True)
                    if "negation_between" in gap or "intent_between" in gap:
                        continue
                    how = "plural_subject=agreement_parties" if parties else "plural_subject=last_named"
                    self.add(a.entity, m, number, {**common, **gap, **_alliance_features(a.entity, self.shown), "plural_subject": 1.0, how: 1.0, **_member_features(m)})
        if not alliances and orgs and _REFERENCE.search(text):
            named = [o for o in previous(number) if may_be_alliance(o.entity, self.shown)]
            if named:
                a = named[-1]
                for m in orgs:
                    if m.entity.id != a.entity.id:
                        self.add(a.entity, m.entity, number, {**common, **_alliance_features(a.entity, self.shown), "alliance_referred": 1.0,
                                                              **_member_features(m.entity), **self._hosts(span, m)})
        elif not alliances and orgs and "no_membership_word" not in common:
            self._told_after(number, span, orgs, common)

    def _told_after(self, number: int, span, orgs: list[Linked], common: dict[str, float]) -> None:
        """A sentence that tells of membership without naming an alliance, after one that names
        it: the members told after the alliance ("A held its assembly in C. Among the newcomers is
        M", "It brings together M1, M2 and M3", "Its members include ...", "The new members are M1
        and M2"). Each organisation of the sentence with the alliance in focus (:meth:`_focus`):
        weighed by the decision when it was named in the sentence before or the one before that,
        knowing how far back and how the sentence opens; and, however far back, a member of it by
        the document (:attr:`counted`) when the article's count of its new members is not yet
        filled and the organisation is told after the word of membership (:func:`counted_member`).
        The further candidates were weighed too in round 14, with how the focus was found (same
        paragraph or earlier, the only alliance, the one named most, a count before): the model
        kept them under the threshold and the training sets' rows fell by two facts."""
        focus = self._focus(number)
        if focus is None:
            return
        a, back = focus
        unfilled = self._unfilled(a, number)
        if back > 2 and not unfilled:  # too far back to weigh, and no count to fill
            return
        opening = _PRONOUN_OPENING.match(span.text)
        for m in orgs:
            if m.entity.id == a.id:
                continue
            where = self._where_in_sentence(span, m, orgs)
            if unfilled and counted_member(where):
                self.counted.setdefault((a.id, m.entity.id), (a, m.entity, number))
            if back > 2:
                continue
            features = {**common, **_alliance_features(a, self.shown), **_member_features(m.entity), f"alliance_sentences_before={back}": 1.0, **where}
            if opening:
                features["opens_with_reference"] = 1.0  # "It", "Its members", "They", "The new members"
            self.add(a, m.entity, number, features)

    def _unfilled(self, alliance: Entity, number: int) -> bool:
        """The article gave a count of the alliance's members before the sentence ("A admitted
        seven universities ... Among the newcomers is M") and fewer have been named since."""
        counts = [(at, count) for at, a, m, count in self.stated if a == alliance.id and m is None and count and at < number]
        if not counts:
            return False
        at, count = counts[-1]
        named = {m for n, a, m, _ in self.stated if a == alliance.id and m is not None and at <= n < number}
        return len(named) < count

    def _focus(self, number: int) -> tuple[Entity, int] | None:
        """The alliance a sentence that names none is about: the one last named before it, and
        how many sentences back (the blank lines between paragraphs counted, as since round 13)."""
        for k in range(number - 1, -1, -1):
            named = [o for o in self.orgs_in.get(k, []) if may_be_alliance(o.entity, self.shown)]
            if named:
                return named[-1].entity, number - k
        return None

    def _hosts(self, span, m: Linked) -> dict[str, float]:
        """"The assembly, hosted by M, admitted M2": M hosts the meeting, no member by it."""
        return {"member_hosts": 1.0} if _HOSTED_BY.search(self.text[span.start_char:m.mention.start]) else {}

    def _where_in_sentence(self, span, m: Linked, orgs: list[Linked]) -> dict[str, float]:
        """Where a member stands in a sentence that does not name its alliance: after the word of
        membership or before it, after a negation or an intent, after "hosted by" (the host of
        the meeting, not a member: "The assembly, hosted by M, admitted M2"), in a list, first."""
        features = {}
        head = self.text[span.start_char:m.mention.start]
        if any(lemma(w) in _MEMBERSHIP_CUES for w in _WORD.findall(head)):
            features["membership_word_before_member"] = 1.0
        else:
            features["member_before_membership_word"] = 1.0
        if _NEGATION.search(head) or _INTENT.search(head):
            features["negation_or_intent_before_member"] = 1.0
        features.update(self._hosts(span, m))
        if _in_list(self.text, m, orgs):
            features["member_in_list"] = 1.0
        if orgs[0].entity.id == m.entity.id:
            features["member_opens"] = 1.0
        features.update(_lead_features(self.text, span.start_char, m, orgs))
        return features

    def _said_otherwise(self, a: Linked, m: Linked, sentence: str) -> bool:
        """No candidate where the words between the two say it is none (a negation, an
        intent: "is not a member of", "has applied to join", "plans to admit", "a former
        member"), where they list people ("brings together researchers from"), or where the
        sentence makes the member an observer or a guest."""
        first, second = (a, m) if a.mention.start < m.mention.start else (m, a)
        between = self.text[first.mention.end:second.mention.start]
        return bool(_NEGATION.search(between) or _INTENT.search(between) or _PEOPLE.search(between) or _OBSERVER.search(sentence))

    def unpaired(self, alliance: Entity, member: Entity, text: str) -> dict[str, float]:
        """The features of a membership the rules found where no sentence names both (the
        alliance referred to, "It is a member of A")."""
        return {**_sentence_features(text, 0), **_alliance_features(alliance, self.shown), **_member_features(member), "not_named_together": 1.0}

    def _pair(self, a: Linked, m: Linked, orgs: list[Linked], span) -> dict[str, float]:
        first, second = (a, m) if a.mention.start < m.mention.start else (m, a)
        between = self.text[first.mention.end:second.mention.start]
        features = {
            **_gap_features(between, member_first=first is m),
            **_alliance_features(a.entity, self.shown),
            **_member_features(m.entity),
            f"pair={member_head(m.entity)}→{member_head(a.entity)}": 1.0,
        }
        inside = len({o.entity.id for o in orgs if first.mention.end <= o.mention.start < second.mention.start})
        features["orgs_between=" + ("0" if inside == 0 else "1" if inside == 1 else "2+")] = 1.0
        if "," in between:
            features["comma_between"] = 1.0
        if "(" in between or ")" in between:
            features["bracket_between"] = 1.0
        if re.search(r"['’]s?\s*$", self.text[first.mention.end:first.mention.end + 3]) and first.mention.end + 3 > second.mention.start - 20:
            features["possessive"] = 1.0
        before_member = between if second is m else self.text[max(0, m.mention.start - 40):m.mention.start]
        if _HOSTED_BY.search(before_member):
            features["member_hosts"] = 1.0  # "the session, hosted by M"; "Meeting at M, the Board of A welcomed ..."
        if re.search(r",\s*(?:which|who|whose|where)\b", between):
            features["relative_clause_between"] = 1.0
        cued = [w for w in _WORD.findall(between) if lemma(w) in _MEMBERSHIP_CUES]
        if cued:
            lead = self.text[first.mention.end:first.mention.end + between.find(cued[0]) + 1]
            if any(first.mention.end <= o.mention.start < first.mention.end + len(lead) for o in orgs if o.entity.id not in (a.entity.id, m.entity.id)):
                features["other_name_before_membership_word"] = 1.0
        if _in_list(self.text, m, orgs):
            features["member_in_list"] = 1.0
        if orgs[0].entity.id == m.entity.id:
            features["member_opens"] = 1.0
        elif orgs[0].entity.id == a.entity.id:
            features["alliance_opens"] = 1.0
        features.update(_lead_features(self.text, span.start_char, m, orgs))
        if _MEMBER_NOUN_AFTER.match(self.text, a.mention.end):
            features["alliance_names_members"] = 1.0  # "a long-standing A member university", "other A members such as M"
        return features


def counted_member(features: dict[str, float]) -> bool:
    """Where a sentence that names no alliance tells an organisation after the word of membership,
    with no negation, intent or "hosted by" before it: while the article's count of the alliance's
    new members is not yet filled ("A admitted seven universities. ... Among the newcomers is M.
    It is joined by M2, M3 ..."), a member by the document."""
    return ("membership_word_before_member" in features
            and "negation_or_intent_before_member" not in features and "member_hosts" not in features)


def _unit(entity: Entity) -> bool:
    """A faculty, a laboratory, an office: not what "the three institutions" counts."""
    return bool(entity.unit_of or re.match(r"(?:Faculty|Department|Laboratory|Lab|Centre|Center|Office|Division|School\s+of)\b", entity.name))


def _strength(features: dict[str, float]) -> int:
    """How much a sentence says of a pair's membership: a word of membership between the two
    names (2), in the sentence (1), none (0)."""
    return 2 if "membership_word_between" in features else 0 if "no_membership_word" in features else 1


def _gap_features(between: str, *, member_first: bool) -> dict[str, float]:
    """What the words between the member (or the plural subject that stands for it) and the
    alliance say: their order, how many words, which (in small letters: never a name's), a
    word of membership, a negation or an intent."""
    words = _WORD.findall(between)
    features = {"order=member_first" if member_first else "order=alliance_first": 1.0, _distance(len(words)): 1.0}
    if len(words) <= 10:  # the words of a short stretch tell how the two are linked; a long one's, little
        for w in words:
            features[f"between={lemma(w)}"] = 1.0
    else:
        features["between_long"] = 1.0
    if any(lemma(w) in _MEMBERSHIP_CUES for w in words):
        features["membership_word_between"] = 1.0
        features[("member" if member_first else "alliance") + "_then_membership_word"] = 1.0
    if _NEGATION.search(between):
        features["negation_between"] = 1.0
    if _INTENT.search(between):
        features["intent_between"] = 1.0
    return features


def _distance(words: int) -> str:
    return "distance<=3" if words <= 3 else "distance<=8" if words <= 8 else "distance<=20" if words <= 20 else "distance>20"


def _alliance_features(alliance: Entity, shown: set[str]) -> dict[str, float]:
    features = {f"alliance_by={may_be_alliance(alliance, shown)}": 1.0}
    features[f"alliance_head={member_head(alliance)}"] = 1.0  # "African Research Universities Alliance" or "X University"
    return features


def _member_features(member: Entity) -> dict[str, float]:
    features = {f"member_head={member_head(member)}": 1.0}
    if member.alliance or ALLIANCE_WORDS & set(member.name.lower().split()):
        features["member_may_be_alliance"] = 1.0
    if member.unit_of:
        features["member_is_unit"] = 1.0
    return features


def _sentence_features(text: str, orgs: int) -> dict[str, float]:
    lemmas = {lemma(w) for w in _WORD.findall(text.lower())}
    features = {f"cue={c}": 1.0 for c in lemmas & _CUE_LEMMAS}  # (a closed list)
    if not lemmas & _MEMBERSHIP_CUES:
        features["no_membership_word"] = 1.0
    if _NEGATION.search(text):
        features["negation"] = 1.0
    if _INTENT.search(text):
        features["intent"] = 1.0
    if _COUNT.search(text):
        features["count_in_sentence"] = 1.0
    if orgs:
        features["orgs_in_sentence=" + ("2" if orgs <= 2 else "3-4" if orgs <= 4 else "5+")] = 1.0
    return features


# what may stand between two names of one list: a bracket, where the first is ("from Uzbekistan",
# ", in Rio Grande do Sul,"), then a comma, "and", "as well as"
_LIST_GAP = re.compile(
    r"\)?\s*(?:\([^()]*\)\s*)?(?:,?\s*(?:from|in|of|based\s+in)\s+[^,;:()]{1,40}?\s*)?(?:\([^()]*\)\s*)?"
    r"(?:,|;|,?\s*and|,?\s*as\s+well\s+as|&)\s*(?:the\s+)?")
# the lower-case words right before a name or a list ("approved the membership applications of", "such as")
_LEAD_WORDS = re.compile(r"(?:^|(?<=\s))((?:[a-z][a-z'-]*\s+){1,3})$")
# the alliance's name as the modifier of a word of membership: "an A member university", "other A members"
_MEMBER_NOUN_AFTER = re.compile(r"(?:\s*\([^()]*\))?(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:members?|partners?|membership)\b")


def _list_first(text: str, item: Linked, orgs: list[Linked]) -> Linked:
    """The first name of the list ``item`` stands in ("approved the applications of M1 (ACR) from
    C1 and M2": M1 for M2); ``item`` when it stands alone."""
    first = item
    for other in sorted((o for o in orgs if o.mention.end <= item.mention.start), key=lambda o: -o.mention.start):
        start = first.mention.start
        if other.mention.end > start or not (_LIST_GAP.fullmatch(text, other.mention.end, start) or re.fullmatch(r"\s*\(\s*", text[other.mention.end:start])):
            break  # (a name's acronym in brackets after it is the same item)
        first = other
    return first


def _lead_features(text: str, sentence_start: int, item: Linked, orgs: list[Linked]) -> dict[str, float]:
    """What comes right before the member or the list it stands in: a colon ("two new members
    to A: M1, M2"; with a count before it, ``lead_colon_count``) and the last lower-case words
    (``lead=<lemma>``: "the membership applications of", "admitted", "such as", "with")."""
    first = _list_first(text, item, orgs)
    lead = text[sentence_start:first.mention.start]
    features = {}
    if first.entity.id != item.entity.id:
        features["member_in_list_after_first"] = 1.0
    if re.search(r":\s*(?:the\s+)?$", lead):
        features["lead_colon"] = 1.0
        if _COUNT.search(lead):
            features["lead_colon_count"] = 1.0
    words = _LEAD_WORDS.search(lead)
    if words:
        for w in words.group(1).split():
            if w not in {"the", "a", "an"}:
                features[f"lead={lemma(w)}"] = 1.0
    elif not lead.strip():
        features["lead_none"] = 1.0
    return features


def _in_list(text: str, item: Linked, orgs: list[Linked]) -> bool:
    """The member sits in a coordination of names ("A, B and C")."""
    for other in orgs:
        if other is item:
            continue
        lo, hi = (other, item) if other.mention.start < item.mention.start else (item, other)
        if re.fullmatch(r"\s*(?:\([^)]*\)\s*)?(?:,|and|,\s*and|&)\s*(?:the\s+)?", text[lo.mention.end:hi.mention.start]):
            return True
    return False
