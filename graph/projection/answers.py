"""The API's answers from the projection: "which" and "how many" from ``Projection``, the facts
shown for the page (agreement names, kinds, dates, areas, quotes) from named queries
restricted to that page. Each is a page ``(total, items)`` of the list the SPARQL-only
function of ``unikg.graph.questions`` gives, item for item.

>>> from .network import Projection
>>> total, items = shared_partners_page(Projection.example(), "x:b", offset=0, limit=10)
>>> total, [(s.id, s.shared, s.partners) for s in items]
(1, [('x:a-lab', 1, ['x:c'])])
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import partial

import numpy as np

from ..namespaces import slug_of
from ..questions.agreements import Agreement, PerYear, listed, per_year_answer
from ..questions.common import Ref, ref
from ..questions.resources import named
from ..questions.partners import CommonLink, CommonPartner, LinkedPartner, PartnerLink, SharedPartners
from ..store import Store
from .network import Projection


def partner_links_page(
    store: Store, projection: Projection, org: str, *, offset: int, limit: int,
    details: Callable[[list[str]], list[Agreement]] | None = None,
) -> tuple[int, list[LinkedPartner]]:
    """Partners by agreement of ``org`` (an IRI), by name: ``partner_links(store, org)``.
    The agreements' facts come from ``details`` (a snapshot's kept facts of agreements), or the store."""
    node = projection.node(org)
    if node is None:
        return 0, []
    partner, agreement, via = projection.agreement_links(node)
    named = projection.has_label[partner] & projection.has_label[via]
    partner, agreement, via = partner[named], agreement[named], via[named]
    ordered = _by_title(projection, np.unique(partner))
    chosen = ordered[offset : offset + limit]
    on_page = np.isin(partner, chosen)
    fetch = details if details is not None else partial(listed, store)  # (an empty one is falsy)
    facts = {a.iri: a for a in fetch([projection.agreements[g] for g in np.unique(agreement[on_page])])}
    links: dict[int, dict[str, PartnerLink]] = defaultdict(dict)
    for p, g, v in sorted(zip(partner[on_page].tolist(), agreement[on_page].tolist(), via[on_page].tolist())):
        a = facts.get(projection.agreements[g])
        if a is None:
            continue
        links[p][a.iri] = PartnerLink(
            relation="agreement", resource=Ref(id=a.id, name=a.name, iri=a.iri),
            via=ref(projection.nodes[v], projection.labels[v]), kinds=a.kinds, date=a.signed_on,
            date_precision=a.signed_on_precision, areas=a.areas, sources=a.sources, evidence=a.evidence,
        )
    items = [
        LinkedPartner(
            id=ref(projection.nodes[p]).id, name=projection.labels[p], iri=projection.nodes[p],
            links=sorted(links[p].values(), key=lambda l: (l.resource.name.casefold(), l.resource.id)),
        )
        for p in chosen.tolist()
    ]
    return len(ordered), items


def shared_partners_page(
    projection: Projection, org: str, *, offset: int, limit: int
) -> tuple[int, list[SharedPartners]]:
    """Other organisations by partners shared with ``org``: ``shared_partners(store, org)``."""
    node = projection.node(org)
    if node is None:
        return 0, []
    shared = projection.shared_partners(node)
    items = [
        SharedPartners(
            id=slug_of(projection.nodes[o]), name=projection.labels[o], shared=int(count),
            partners=sorted(slug_of(projection.nodes[p]) for p in shared.partners_of(o).tolist()),
        )
        for o, count in zip(shared.others[offset : offset + limit].tolist(),
                            shared.counts[offset : offset + limit].tolist())
    ]
    return len(shared.others), items


def common_partners_page(
    store: Store, projection: Projection, orgs: list[str], *, offset: int, limit: int,
    names: Callable[[list[str]], list[Ref]] | None = None,
) -> tuple[int, list[CommonPartner]]:
    """The agreement partners all of ``orgs`` (IRIs) have: ``common_partners(store, orgs)``.
    The agreements' names come from ``names`` (a snapshot's kept ``resources.named``), or
    the store."""
    nodes = [projection.node(o) for o in sorted(set(orgs))]
    if any(n is None for n in nodes) or not nodes:
        return 0, []
    common = {p: links for p, links in projection.common_partners(nodes).items()
              if projection.has_label[p] and any(projection.has_label[n] for n, _ in links)}
    ordered = _by_title(projection, np.array(sorted(common), dtype=np.int64))
    chosen = ordered[offset : offset + limit].tolist()
    fetch = names if names is not None else partial(named, store)
    labels = {a.iri: a.name for a in fetch(sorted({projection.agreements[a] for p in chosen for _, a in common[p]}))}
    items = []
    for p in chosen:
        found = {
            CommonLink(institution=ref(projection.nodes[n], projection.labels[n]),
                       agreement=ref(projection.agreements[a], labels[projection.agreements[a]]))
            for n, a in common[p] if projection.labels[n] is not None and projection.agreements[a] in labels
        }
        items.append(CommonPartner(
            id=ref(projection.nodes[p]).id, name=projection.labels[p], iri=projection.nodes[p],
            agreements=sorted(found, key=lambda l: (l.institution.id, l.agreement.id)),
        ))
    return len(ordered), items


def per_year(projection: Projection) -> PerYear:
    """Agreements per year of signing: ``questions.agreements.per_year(store)``."""
    return per_year_answer(projection.per_year(), undated=projection.undated)


def _by_title(projection: Projection, nodes: np.ndarray) -> np.ndarray:
    return nodes[np.argsort(projection.title_rank[nodes], kind="stable")]
