/* newsfuse report: citation tooltips and the report reader.
   Without this script the page still works: chips are links to the report sections. */
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  var reader = document.getElementById("reader");
  var readerBody = document.getElementById("reader-body");
  var opener = null;
  var tipFor = null;

  function articleOf(id) { return document.getElementById("art-" + id); }

  function textOf(root, selector) {
    var el = root && root.querySelector(selector);
    return el ? el.textContent.trim() : "";
  }

  /* ---- tooltip: the cited sentence, shown on hover and on keyboard focus ---- */
  function showTip(chip) {
    var id = chip.getAttribute("data-article");
    var art = articleOf(id);
    var sentence = chip.getAttribute("data-tip");
    var note = chip.getAttribute("data-note");
    tip.textContent = "";
    var head = document.createElement("span");
    head.className = "tip-head";
    head.textContent = id + " · " + (textOf(art, ".art-title") || "report");
    tip.appendChild(head);
    tip.appendChild(document.createTextNode(sentence || "Open this report"));
    if (note) {
      var n = document.createElement("span");
      n.className = "tip-note";
      n.textContent = note;
      tip.appendChild(n);
    }
    tip.hidden = false;
    tipFor = chip;
    chip.setAttribute("aria-describedby", "tip");
    place(chip);
  }

  function place(chip) {
    var r = chip.getBoundingClientRect();
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var vw = document.documentElement.clientWidth, vh = window.innerHeight;
    var left = Math.min(Math.max(8, r.left + r.width / 2 - w / 2), vw - w - 8);
    var top = r.bottom + 8;
    if (top + h > vh - 8 && r.top - h - 8 > 0) top = r.top - h - 8;
    tip.style.left = Math.max(8, left) + "px";
    tip.style.top = top + "px";
  }

  function hideTip() {
    if (tipFor) tipFor.removeAttribute("aria-describedby");
    tipFor = null;
    tip.hidden = true;
  }

  /* ---- reader: the whole report in a dialog, the cited sentence highlighted ---- */
  function openReader(id, key, from) {
    var art = articleOf(id);
    if (!art || typeof reader.showModal !== "function") {
      if (art) { art.open = true; art.scrollIntoView(); }
      return;
    }
    hideTip();
    opener = from || null;
    var body = art.querySelector(".art-body");
    readerBody.textContent = "";
    readerBody.appendChild(body.cloneNode(true));
    var css = Array.prototype.filter.call(art.classList, function (c) { return c.indexOf("c-") === 0; });
    reader.className = "reader " + css.join(" ");
    var badge = document.getElementById("reader-badge");
    badge.textContent = id;
    document.getElementById("reader-title").textContent = textOf(art, ".art-title");
    document.getElementById("reader-meta").textContent = textOf(art, "summary .meta");
    var hits = [];
    if (key && /^[A-Za-z0-9_-]+$/.test(key)) {
      hits = readerBody.querySelectorAll('[data-k~="' + key + '"]');
      Array.prototype.forEach.call(hits, function (el) { el.classList.add("hit"); });
    }
    if (reader.open) reader.close();
    reader.showModal();
    readerBody.focus({ preventScroll: true });
    if (hits.length) hits[0].scrollIntoView({ block: "center" });
    else readerBody.scrollTop = 0;
  }

  reader.addEventListener("close", function () {
    readerBody.textContent = "";
    if (opener && document.contains(opener)) opener.focus();
    opener = null;
  });
  reader.addEventListener("click", function (e) {
    if (e.target === reader) reader.close();  // a click on the backdrop
  });
  document.getElementById("reader-close").addEventListener("click", function () { reader.close(); });

  document.addEventListener("click", function (e) {
    var chip = e.target.closest && e.target.closest("a.chip[data-article]");
    if (!chip || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    openReader(chip.getAttribute("data-article"), chip.getAttribute("data-key"), chip);
  });
  document.addEventListener("mouseover", function (e) {
    var chip = e.target.closest && e.target.closest("a.chip[data-article]");
    if (chip && chip !== tipFor && !reader.open) showTip(chip);
  });
  document.addEventListener("mouseout", function (e) {
    var chip = e.target.closest && e.target.closest("a.chip[data-article]");
    if (chip && chip === tipFor && !chip.contains(e.relatedTarget) && document.activeElement !== chip) hideTip();
  });
  document.addEventListener("focusin", function (e) {
    var chip = e.target.closest && e.target.closest("a.chip[data-article]");
    if (chip && !reader.contains(chip)) showTip(chip); else hideTip();
  });
  document.addEventListener("focusout", function (e) {
    if (tipFor && e.target === tipFor) hideTip();
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && tipFor) hideTip();
  });
  window.addEventListener("scroll", function () { if (tipFor) place(tipFor); }, { passive: true });
  window.addEventListener("resize", hideTip);

  /* a link to #art-a2 from outside opens that report */
  function openFromHash() {
    var m = /^#art-([A-Za-z0-9_-]+)$/.exec(location.hash);
    if (m && articleOf(m[1])) articleOf(m[1]).open = true;
  }
  window.addEventListener("hashchange", openFromHash);
  openFromHash();

  /* print every report in full, then put the page back as it was */
  var closedForPrint = [];
  window.addEventListener("beforeprint", function () {
    if (reader.open) reader.close();
    hideTip();
    closedForPrint = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    closedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closedForPrint.forEach(function (d) { d.open = false; });
    closedForPrint = [];
  });
})();
