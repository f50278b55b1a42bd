// kartedit published map: the offline search (reads the prebuilt index in sokeindeks.js)
// and opening every block before printing. The site is fully readable without it.
(function () {
  "use strict";
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  if (window.location.hash) {
    var target = document.getElementById(window.location.hash.slice(1));
    var holder = target && target.closest ? target.querySelector("details") || target.closest("details") : null;
    if (holder) { holder.open = true; }
  }
  var out = document.getElementById("sok-resultat");
  if (!out || !window.kartSok) { return; }
  var params = new URLSearchParams(window.location.search);
  var query = (params.get("q") || "").trim();
  var field = document.getElementById("sok-felt");
  if (field) { field.value = query; }
  if (!query) { return; }
  var words = query.toLocaleLowerCase("nb").split(/\s+/).filter(Boolean);
  var hits = window.kartSok.filter(function (entry) {
    var haystack = (entry.t + " " + entry.x).toLocaleLowerCase("nb");
    return words.every(function (word) { return haystack.indexOf(word) !== -1; });
  });
  var heading = document.createElement("h2");
  heading.textContent = out.dataset.treff + ": " + hits.length;
  out.appendChild(heading);
  if (!hits.length) {
    var none = document.createElement("p");
    none.textContent = out.dataset.ingen;
    out.appendChild(none);
    return;
  }
  var list = document.createElement("ol");
  hits.slice(0, 200).forEach(function (entry) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = entry.u;
    link.textContent = entry.t;
    item.appendChild(link);
    var lower = entry.x.toLocaleLowerCase("nb");
    var at = Math.max(0, lower.indexOf(words[0]) - 60);
    var snippet = document.createElement("span");
    snippet.className = "utdrag";
    snippet.textContent = (at > 0 ? "… " : "") + entry.x.slice(at, at + 200) + (entry.x.length > at + 200 ? " …" : "");
    item.appendChild(snippet);
    list.appendChild(item);
  });
  out.appendChild(list);
})();
