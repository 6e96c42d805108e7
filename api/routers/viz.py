"""``/viz``: network views as pages (pyvis with our template) and as PNG pictures.

The pages load vis-network and their script from ``/viz/static/`` on this server: no request
leaves it. ``/viz`` is the whole network, ``/viz/ego/{id}`` an organisation's ego network,
``/viz/alliance/{id}`` an alliance with its members; each has a ``.png`` twin.

A view chooses its nodes on the network's shape (for the default network, the projection's
graph, whose measures size the nodes) and reads the agreements of those nodes, and the
evidence of those between them, for them only: the first view of a big graph costs what it
shows, not the whole graph's evidence (``Snapshot.shape``: a view waits for the networks at
most ``UNIKG_QUERY_TIMEOUT`` seconds, then gets a 503 with ``Retry-After``).
"""

from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from unikg.graph.errors import NotFound
from unikg.graph.settings import Settings
from unikg.viz import page, png
from unikg.viz.views import View, ViewOptions, alliance_view, ego_view, network_view

from .. import lookup
from ..deps import CurrentSettings, CurrentSnapshot
from ..params import LayersParam, Measure, UnitsParam

router = APIRouter(tags=["views"])

ColorParam = Annotated[Literal["kind", "country"], Query(description="colour nodes by kind or by country")]
SizeParam = Annotated[Measure, Query(description="size nodes by this centrality (in the whole network)")]
DepthParam = Annotated[int, Query(ge=1, le=2, description="1: partners; 2: also their partners")]
IdParam = Annotated[str, Path(min_length=1, max_length=lookup.MAX_NAME, examples=["xjtu", "KazNU"],
                              description="a slug, an acronym or any spelling of an organisation")]
AllianceParam = Annotated[str, Path(min_length=1, max_length=lookup.MAX_NAME, examples=["uansr"],
                                    description="a slug, an acronym or any spelling of an alliance")]
PNG = {200: {"content": {"image/png": {"schema": {"type": "string", "format": "binary"}}},
             "description": "a PNG picture of the view"}}
HTML = {200: {"content": {"text/html": {"example": "<!doctype html><html lang=\"en\">…</html>"}},
              "description": "a page drawing the view with vis-network (assets from /viz/static/)"}}


def _view(snapshot, settings: Settings, draw, *args, layers, units: str, color: str, size: Measure, **kwargs):
    """The view ``draw`` (``network_view``, ``ego_view`` or ``alliance_view``) makes of ``args``,
    chosen on the network's shape, and the seed of its layout."""
    networks, shape = snapshot.shape(layers=layers, units=units)
    options = ViewOptions(layers=tuple(layers or ("agreements",)), units=units, color_by=color, size_by=size.value,
                          links="local", max_nodes=settings.viz_max_nodes,
                          physics_max_nodes=settings.viz_physics_max_nodes)
    return draw(networks, *args, **kwargs, options=options, whole=shape), networks.seed


def _page(request: Request, view: View, seed: int) -> HTMLResponse:
    query = urlencode(list(request.query_params.multi_items()))
    png_href = request.url.path + ".png" + (f"?{query}" if query else "")
    return HTMLResponse(page.render(view, inline=False, static="/viz/static", png_href=png_href, seed=seed))


def _png(view: View, seed: int) -> Response:
    return Response(content=png.render(view, seed=seed), media_type="image/png")


# the .png routes come first: "/viz/ego/xjtu.png" would otherwise match "/viz/ego/{id}"

@router.get("/viz.png", response_class=Response, responses=PNG)
def network_png(
    snapshot: CurrentSnapshot, settings: CurrentSettings,
    layers: LayersParam = None, units: UnitsParam = "rollup", color: ColorParam = "kind",
    size: SizeParam = Measure.degree,
):
    """The whole partnership network as a PNG picture."""
    return _png(*_view(snapshot, settings, network_view, layers=layers, units=units, color=color, size=size))


@router.get("/viz/ego/{id}.png", response_class=Response, responses=PNG)
def ego_png(
    id: IdParam, snapshot: CurrentSnapshot, settings: CurrentSettings, depth: DepthParam = 1, layers: LayersParam = None,
    units: UnitsParam = "rollup", color: ColorParam = "kind", size: SizeParam = Measure.degree,
):
    """An organisation's ego network as a PNG picture."""
    return _png(*_view(snapshot, settings, ego_view, lookup.organization(snapshot, id).id, depth=depth,
                       layers=layers, units=units, color=color, size=size))


@router.get("/viz/alliance/{id}.png", response_class=Response, responses=PNG)
def alliance_png(
    id: AllianceParam, snapshot: CurrentSnapshot, settings: CurrentSettings, units: UnitsParam = "rollup", color: ColorParam = "kind",
    size: SizeParam = Measure.degree,
):
    """An alliance and its members as a PNG picture."""
    return _png(*_view(snapshot, settings, alliance_view, lookup.organization(snapshot, id).id,
                       layers=None, units=units, color=color, size=size))


@router.get("/viz", response_class=HTMLResponse, responses=HTML)
def network_page(
    request: Request, snapshot: CurrentSnapshot, settings: CurrentSettings,
    layers: LayersParam = None, units: UnitsParam = "rollup", color: ColorParam = "kind",
    size: SizeParam = Measure.degree,
):
    """The whole partnership network: size by a centrality, colour by kind or country, hover
    for the agreements and the sentence that states each, search and filter."""
    return _page(request, *_view(snapshot, settings, network_view, layers=layers, units=units, color=color, size=size))


@router.get("/viz/ego/{id}", response_class=HTMLResponse, responses=HTML)
def ego_page(
    request: Request, id: IdParam, snapshot: CurrentSnapshot, settings: CurrentSettings, depth: DepthParam = 1, layers: LayersParam = None,
    units: UnitsParam = "rollup", color: ColorParam = "kind", size: SizeParam = Measure.degree,
):
    """An organisation with its partners (depth 1) and their partners (depth 2)."""
    return _page(request, *_view(snapshot, settings, ego_view, lookup.organization(snapshot, id).id, depth=depth,
                                 layers=layers, units=units, color=color, size=size))


@router.get("/viz/alliance/{id}", response_class=HTMLResponse, responses=HTML)
def alliance_page(
    request: Request, id: AllianceParam, snapshot: CurrentSnapshot, settings: CurrentSettings, units: UnitsParam = "rollup", color: ColorParam = "kind",
    size: SizeParam = Measure.degree,
):
    """An alliance, its member organisations (membership links) and the agreements among them."""
    return _page(request, *_view(snapshot, settings, alliance_view, lookup.organization(snapshot, id).id,
                                 layers=None, units=units, color=color, size=size))


@router.get("/viz/static/{name}", response_class=Response,
            responses={200: {"content": {"text/javascript": {"example": "/* unikg network views: … */"},
                                         "text/css": {"example": "/* unikg network views: … */"}},
                             "description": "a vendored asset of the views"}})
def static(name: Annotated[str, Path(description="one of the files the views load", examples=["view.js"])]):
    """The views' assets (vis-network, its CSS, our script and style), served from the package."""
    if name not in page.ASSETS:
        raise NotFound(f"no asset {name!r}; the assets are {', '.join(page.ASSETS)}",
                       suggestions=list(page.ASSETS))
    suffix = name[name.rfind("."):]
    return Response(content=str(page.asset(name)), media_type=page.MEDIA_TYPES[suffix],
                    headers={"Cache-Control": "public, max-age=86400"})
