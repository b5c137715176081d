// Dateline UI: small enhancements only; every page works without them. Served as a file (the CSP forbids inline script).
(function () {
  "use strict";

  // "/" focuses the search box, as on most search sites.
  document.addEventListener("keydown", function (e) {
    var box = document.getElementById("q");
    if (e.key === "/" && box && document.activeElement !== box && !(document.activeElement instanceof HTMLInputElement) && !(document.activeElement instanceof HTMLTextAreaElement)) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });

  // Choosing an entity type narrows the search at once.
  var type = document.querySelector("form.search select[name=type]");
  if (type && type.form) {
    type.addEventListener("change", function () { type.form.submit(); });
  }

  // The paste box shows how much was pasted (the server bounds request size).
  var page = document.getElementById("page");
  var size = document.getElementById("page-size");
  if (page && size) {
    var update = function () { size.textContent = page.value.length.toLocaleString() + " characters"; };
    page.addEventListener("input", update);
    update();
  }

  // Article page: each layer's switch turns its marks (and what follows them, a quote's speaker) on and off.
  document.querySelectorAll("input.layer-toggle").forEach(function (toggle) {
    var apply = function () {
      document.querySelectorAll("#text ." + toggle.getAttribute("data-layer")).forEach(function (mark) {
        mark.classList.toggle("mark-off", !toggle.checked);
      });
    };
    toggle.addEventListener("change", apply);
    apply();
  });

  // Chart bars: the hovered bar's period and count in the chart's caption line.
  document.querySelectorAll("svg.chart").forEach(function (chart) {
    var caption = document.createElement("p");
    caption.className = "muted chart-caption";
    chart.after(caption);
    chart.querySelectorAll(".bar").forEach(function (bar) {
      bar.addEventListener("mouseenter", function () {
        caption.textContent = bar.getAttribute("data-period") + ": " + bar.getAttribute("data-value");
      });
    });
  });
})();
