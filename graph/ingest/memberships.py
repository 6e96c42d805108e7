"""Memberships: organisations joining, founding or serving an alliance, and counts of them."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from .linking import Entity, Linked


@dataclass(kw_only=True)
class MembershipFact:
    alliance: Entity
    member: Entity | None  # None when the text gives only a count
    evidence: tuple[int, int]  # character offsets of the sentence
    confidence: float
    count: int | None = None  # "23 institutions signed up for ..."
    kind: str | None = None  # founding-member, secretariat, coordinator, leader; None: a member
    date: str | None = None
    sentence: int = 0


def find_memberships(doc: Doc, linked: list[Linked], *, published: str | None) -> list[MembershipFact]:
    return []
