/* newsfuse form: more paste boxes, a size check before sending, a busy state while waiting. */
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
  });
  window.addEventListener("pageshow", function () { submit.disabled = false; status.textContent = ""; });
})();
