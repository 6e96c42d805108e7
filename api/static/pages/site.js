/* unikg pages: names suggested as you type (from /search), and quotes unfolded for printing.
 * The search box is an ARIA 1.2 combobox: arrows move through the suggestions, Enter opens
 * one, Escape closes them; without this script the form still submits to /search. */
(function () {
  "use strict";
  var LABELS = { organization: "organisation", alliance: "alliance", person: "person",
                 agreement: "agreement", country: "country", city: "city" };

  function pageOf(hit) {
    var iri = String(hit.iri), base = "https://w3id.org/unikg/id/";
    return iri.indexOf(base) === 0 ? "/id/" + iri.slice(base.length) : null;
  }

  function suggest(input) {
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var timer = null, asked = 0, active = -1;

    function close() {
      list.hidden = true;
      list.replaceChildren();
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function show(hits) {
      list.replaceChildren();
      hits.forEach(function (hit, i) {
        var href = pageOf(hit);
        if (!href) return;
        var item = document.createElement("li");
        item.id = list.id + "-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        var link = document.createElement("a");
        link.href = href;
        link.tabIndex = -1;
        var name = document.createElement("span");
        name.textContent = hit.name;
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = LABELS[hit.kind] || hit.kind;
        link.append(name, kind);
        item.appendChild(link);
        list.appendChild(item);
      });
      var any = list.children.length > 0;
      list.hidden = !any;
      input.setAttribute("aria-expanded", any ? "true" : "false");
      active = -1;
    }

    function ask() {
      var text = input.value.trim();
      if (!text) { close(); return; }
      var mine = ++asked;
      var url = "/search?limit=8&kind=organization&kind=person&kind=agreement&q=" + encodeURIComponent(text);
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (answer) { if (mine === asked) show(answer.results); })
        .catch(function () { if (mine === asked) close(); });
    }

    function move(step) {
      var items = list.children;
      if (!items.length) return;
      if (active >= 0) items[active].setAttribute("aria-selected", "false");
      active = (active + step + items.length) % items.length;
      items[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", items[active].id);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 120);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); if (list.hidden) ask(); else move(1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = list.children[active].querySelector("a").href;
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 200); });
  }

  document.querySelectorAll("input[data-suggest]").forEach(suggest);

  // a printed page shows every quote: unfold them first
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  document.body.dataset.ready = "true";
})();
