/* unikg network views: rich tooltips, search, and filters by country and kind.
 *
 * The nodes, edges and options come from the page's JSON script elements. Everything from the
 * graph (names, quotes, titles) is data, never HTML: it reaches the DOM through textContent,
 * and links only through hrefs this script checks (a local path or an https IRI).
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("view-data").textContent);
  var options = JSON.parse(document.getElementById("view-options").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.network = network; // for tests and the console: network.body.data.nodes.length
  var status = document.getElementById("status");
  var tooltip = document.getElementById("tooltip");
  var pinned = false;

  // -- layout: stabilise, then keep still --------------------------------------------------
  function settled() {
    document.body.dataset.stable = "true";
    showCount();
  }
  if (options.physics && options.physics.enabled) {
    status.textContent = "laying out…";
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      settled();
    });
  } else {
    network.once("afterDrawing", settled);
  }

  // -- tooltips ----------------------------------------------------------------------------
  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }

  function safeHref(href) {
    return typeof href === "string" && (/^\/(?!\/)/.test(href) || /^https:\/\//.test(href)) ? href : null;
  }

  function article(title, href) {
    var line = el("div", "source");
    line.appendChild(document.createTextNode("Source: "));
    var target = safeHref(href);
    if (target) {
      var link = el("a", null, title);
      link.href = target;
      link.rel = "noopener";
      line.appendChild(link);
    } else {
      line.appendChild(document.createTextNode(title));
    }
    return line;
  }

  function dated(kinds, date) {
    var parts = (kinds || []).slice();
    if (date) parts.push("signed " + date);
    return parts.join(" · ");
  }

  function nodeCard(node) {
    var info = node.info || {};
    var card = el("div", "card");
    card.appendChild(el("h3", null, info.name || node.id));
    var facts = [info.kind, info.country].filter(Boolean).join(" · ");
    if (facts) card.appendChild(el("p", "facts", facts));
    var ids = [info.ror && "ROR " + info.ror, info.wikidata && "Wikidata " + info.wikidata].filter(Boolean).join(" · ");
    if (ids) card.appendChild(el("p", "ids", ids));
    if (info.units && info.units.length) {
      card.appendChild(el("p", "units", "Includes its units: " + info.units.join("; ")));
    }
    if (info.value !== null && info.value !== undefined) {
      card.appendChild(el("p", "measure", info.measure + ": " + info.value));
    }
    if (info.agreements && info.agreements.length) {
      card.appendChild(el("h4", null, "Agreements"));
      var list = el("ul");
      info.agreements.forEach(function (a) {
        var item = el("li");
        item.appendChild(el("span", "label", a.label));
        var detail = dated(a.kinds, a.date);
        if (detail) item.appendChild(el("span", "detail", detail));
        list.appendChild(item);
      });
      card.appendChild(list);
      if (info.more) card.appendChild(el("p", "more", "and " + info.more + " more"));
    }
    return card;
  }

  function edgeCard(edge) {
    var info = edge.info || {};
    var from = nodes.get(edge.from), to = nodes.get(edge.to);
    var card = el("div", "card");
    card.appendChild(el("h3", null, (from ? from.info.name : edge.from) + " — " + (to ? to.info.name : edge.to)));
    card.appendChild(el("p", "facts", info.relation));
    (info.agreements || []).forEach(function (a) {
      var block = el("div", "agreement");
      block.appendChild(el("h4", null, a.label));
      var detail = dated(a.kinds, a.date);
      if (detail) block.appendChild(el("p", "detail", detail));
      if (a.quote) block.appendChild(el("blockquote", null, "“" + a.quote + "”"));
      block.appendChild(article(a.source, a.href));
      card.appendChild(block);
    });
    (info.items || []).forEach(function (text) { card.appendChild(el("p", null, text)); });
    if (info.membership) {
      if (info.membership.quote) card.appendChild(el("blockquote", null, "“" + info.membership.quote + "”"));
      card.appendChild(article(info.membership.source, info.membership.href));
    }
    return card;
  }

  function place(pointer) {
    var box = container.getBoundingClientRect();
    var x = box.left + window.scrollX + pointer.x + 16;
    var y = box.top + window.scrollY + pointer.y + 16;
    tooltip.style.left = "0px";
    tooltip.style.top = "0px";
    var width = tooltip.offsetWidth, height = tooltip.offsetHeight;
    var right = window.scrollX + document.documentElement.clientWidth - 8;
    var bottom = window.scrollY + document.documentElement.clientHeight - 8;
    if (x + width > right) x = Math.max(window.scrollX + 8, x - width - 32);
    if (y + height > bottom) y = Math.max(window.scrollY + 8, bottom - height);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }

  function show(card, pointer) {
    tooltip.replaceChildren(card);
    tooltip.hidden = false;
    place(pointer);
  }

  function hide() {
    tooltip.hidden = true;
    tooltip.replaceChildren();
  }

  network.on("hoverNode", function (event) {
    if (!pinned) show(nodeCard(nodes.get(event.node)), event.pointer.DOM);
  });
  network.on("hoverEdge", function (event) {
    if (!pinned) show(edgeCard(edges.get(event.edge)), event.pointer.DOM);
  });
  network.on("blurNode", function () { if (!pinned) hide(); });
  network.on("blurEdge", function () { if (!pinned) hide(); });
  network.on("click", function (event) {
    if (event.nodes.length) {
      pinned = true;
      show(nodeCard(nodes.get(event.nodes[0])), event.pointer.DOM);
    } else if (event.edges.length) {
      pinned = true;
      show(edgeCard(edges.get(event.edges[0])), event.pointer.DOM);
    } else {
      pinned = false;
      hide();
    }
  });
  network.on("dragStart", function () { if (!pinned) hide(); });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { pinned = false; hide(); }
  });

  // -- search --------------------------------------------------------------------------------
  var search = document.getElementById("search");
  var names = document.getElementById("names");
  data.nodes.forEach(function (node) {
    var option = document.createElement("option");
    option.value = node.info.name;
    names.appendChild(option);
  });

  function find(text) {
    var key = text.trim().toLowerCase();
    if (!key) return null;
    var exact = data.nodes.filter(function (n) {
      return [n.info.name, n.label, n.id].some(function (v) { return String(v).toLowerCase() === key; });
    });
    if (exact.length) return exact[0];
    var partial = data.nodes.filter(function (n) {
      return (n.info.name + " " + n.label + " " + n.id).toLowerCase().indexOf(key) !== -1;
    });
    return partial.length ? partial[0] : null;
  }

  function go() {
    var found = find(search.value);
    if (!found) {
      status.textContent = "no organisation matches “" + search.value + "”";
      return;
    }
    if (nodes.get(found.id).hidden) {
      filters.country.value = "";
      filters.kind.value = "";
      applyFilters();
    }
    network.selectNodes([found.id]);
    network.focus(found.id, { scale: 1.3, animation: { duration: 400 } });
    var spot = network.canvasToDOM(network.getPosition(found.id));
    pinned = true;
    show(nodeCard(nodes.get(found.id)), spot);
  }
  search.addEventListener("change", go);
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") go(); });

  // -- filters -------------------------------------------------------------------------------
  var filters = {
    country: document.getElementById("filter-country"),
    kind: document.getElementById("filter-kind"),
  };
  function fill(select, pairs) {
    pairs.sort(function (a, b) { return a[1].localeCompare(b[1]); }).forEach(function (pair) {
      var option = document.createElement("option");
      option.value = pair[0];
      option.textContent = pair[1];
      select.appendChild(option);
    });
  }
  var countries = {}, kinds = {};
  data.nodes.forEach(function (n) {
    if (n.country) countries[n.country] = n.countryName || n.country;
    kinds[n.kind] = n.kind;
  });
  fill(filters.country, Object.keys(countries).map(function (k) { return [k, countries[k]]; }));
  fill(filters.kind, Object.keys(kinds).map(function (k) { return [k, kinds[k]]; }));

  function applyFilters() {
    var country = filters.country.value, kind = filters.kind.value;
    nodes.update(data.nodes.map(function (n) {
      var keep = (!country || n.country === country) && (!kind || n.kind === kind);
      return { id: n.id, hidden: !keep };
    }));
    showCount();
  }
  filters.country.addEventListener("change", applyFilters);
  filters.kind.addEventListener("change", applyFilters);

  function showCount() {
    var shown = nodes.get({ filter: function (n) { return !n.hidden; } }).length;
    var total = data.nodes.length;
    status.textContent = shown === total
      ? total + " organisations, " + data.edges.length + " links"
      : shown + " of " + total + " organisations shown";
  }
})();
