/* newsfuse form: more paste boxes, a size check before sending, a busy state, then the brief's step, while waiting. */
(function () {
  "use strict";
  var form = document.getElementById("brief-form");
  var boxes = document.getElementById("boxes");
  var add = document.getElementById("add-box");
  var status = document.getElementById("status");
  var submit = document.getElementById("submit");
  var maxBytes = parseInt(form.getAttribute("data-max-bytes"), 10);

  add.hidden = false;
  add.addEventListener("click", function () {
    var n = boxes.querySelectorAll("textarea").length + 1;
    var label = boxes.querySelector(".box").cloneNode(true);
    label.querySelector(".box-label").textContent = "Report text " + n;
    var area = label.querySelector("textarea");
    area.value = "";
    boxes.appendChild(label);
    area.focus();
  });

  form.addEventListener("submit", function (e) {
    var size = 0;
    Array.prototype.forEach.call(form.querySelectorAll("textarea"), function (t) { size += new Blob([t.value]).size; });
    Array.prototype.forEach.call(document.getElementById("files").files, function (f) { size += f.size; });
    if (size > maxBytes) {
      e.preventDefault();
      status.textContent = "That is " + (size / 1048576).toFixed(1) + " MB; the limit is " + Math.floor(maxBytes / 1048576) + " MB. Send fewer or shorter reports.";
      return;
    }
    submit.disabled = true;
    status.textContent = "Reading the reports… the first brief also loads the language models.";
    // a brief of a few hundred reports takes minutes: say which step it is at, every second,
    // until the report replaces this page (GET /api/progress; nothing shown if it fails)
    poller = window.setInterval(showProgress, 1000);
  });
  var poller = null;
  function clock(seconds) {
    var s = Math.round(seconds);
    return s < 60 ? s + " s" : Math.floor(s / 60) + " min " + (s % 60) + " s";
  }
  function showProgress() {
    if (!window.fetch) { return; }
    window.fetch("/api/progress", {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (p) {
      if (!p.running) { return; }
      var text = "Briefing, " + clock(p.seconds) + " so far: " + p.label;
      if (p.total) { text += " (" + p.done.toLocaleString() + " of " + p.total.toLocaleString() + ")"; }
      if (p.waiting) { text += "; " + p.waiting + " more waiting"; }
      status.textContent = text + "…";
    }).catch(function () {});
  }
  window.addEventListener("pageshow", function () {
    submit.disabled = false; status.textContent = "";
    if (poller !== null) { window.clearInterval(poller); poller = null; }
  });
})();
