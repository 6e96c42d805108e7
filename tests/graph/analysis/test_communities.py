"""Louvain communities: seeded, so the same network and seed give the same partition."""

from unikg.graph.analysis.network_data import NetworkData, partnership_network
from unikg.graph.analysis.communities import communities


def _members(partition):
    return [c.members for c in partition.communities]


def test_the_same_seed_gives_the_same_partition_twice(small):
    first = communities(partnership_network(small.data), seed=7)
    second = communities(partnership_network(small.data), seed=7)  # a fresh graph: no memo
    assert _members(first) == _members(second)
    assert first.modularity == second.modularity


def test_the_partition_does_not_depend_on_the_order_rows_arrive_in(small):
    """Engines return rows in any order; networks are built sorted, so the partition is the same."""
    layers = ["agreements", "alliances", "events"]
    reordered = NetworkData(
        organizations=dict(reversed(list(small.data.organizations.items()))),
        agreements=list(reversed(small.data.agreements)),
        memberships=list(reversed(small.data.memberships)),
        events=list(reversed(small.data.events)),
    )
    one, other = partnership_network(small.data, layers=layers), partnership_network(reordered, layers=layers)
    assert list(one.edges) == list(other.edges)
    assert _members(communities(one, seed=1)) == _members(communities(other, seed=1))
    assert sorted(m for c in communities(one, seed=1).communities for m in c.members) == sorted(one)


def test_communities_are_numbered_largest_first_and_cover_every_node(store):
    from unikg.graph.analysis.networks import Networks

    graph = Networks.from_store(store).network()
    partition = communities(graph, seed=42)
    sizes = [len(c.members) for c in partition.communities]
    assert sizes == sorted(sizes, reverse=True)
    assert [c.number for c in partition.communities] == list(range(1, len(sizes) + 1))
    assert sorted(m for c in partition.communities for m in c.members) == sorted(graph)
    # ENSIA and NWNU, a separate piece, are a community of their own
    assert ["ensia", "nwnu"] in _members(partition)
    assert 0 < partition.modularity <= 1


def test_the_seed_graph_partition_is_stable_across_runs(store):
    from unikg.graph.analysis.networks import Networks

    runs = [_members(communities(Networks.from_store(store).network(), seed=42)) for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]
