// The query editor of /sparql: YASGUI (vendored in /sparql/editor/), one tab per example query.
// Nothing is fetched from anywhere but this server (the page's Content-Security-Policy says so too).
(function () {
  "use strict";
  var endpoint = new URL("/sparql", window.location.href).toString();
  // a page's panel opens its named query here, /sparql#query=…&name=partners.rq (read before
  // YASGUI rewrites the address)
  var asked = new URLSearchParams(window.location.hash.slice(1));
  document.querySelectorAll(".endpoint").forEach(function (el) { el.textContent = endpoint; });
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,            // always open on the examples
    autoAddOnInit: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { autocompleters: ["variables"] },  // the others ask prefix.cc and LOV
  });
  fetch("/sparql/editor/examples.json")
    .then(function (response) { return response.json(); })
    .then(function (examples) {
      if (asked.get("query")) {
        yasgui.addTab(true, {
          name: asked.get("name") || "query",
          yasqe: { value: asked.get("query") },
          requestConfig: { endpoint: endpoint, method: "POST" },
        });
      }
      examples.forEach(function (example, i) {
        yasgui.addTab(i === 0 && !asked.get("query"), {
          name: example.name.length > 40 ? example.name.slice(0, 39) + "…" : example.name,
          yasqe: { value: example.query },
          requestConfig: { endpoint: endpoint, method: "POST" },
        });
      });
      document.body.dataset.examples = String(examples.length);
    });
})();
