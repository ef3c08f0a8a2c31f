// Dossier web app: progress of background jobs. Loaded from this server only (the
// Content-Security-Policy forbids inline script); it writes text, never HTML.
(function () {
  "use strict";
  function poll(box) {
    var id = box.getAttribute("data-job");
    fetch("/api/jobs/" + encodeURIComponent(id), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        var bar = document.getElementById("job-progress");
        bar.max = Math.max(1, job.total);
        bar.value = job.done;
        document.getElementById("job-status").textContent = job.status;
        box.setAttribute("data-state", job.state);
        if (job.finished) {
          window.location.reload();
        } else {
          setTimeout(function () { poll(box); }, 400);
        }
      })
      .catch(function () { setTimeout(function () { poll(box); }, 1500); });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("job");
    if (box) {
      var state = box.getAttribute("data-state");
      if (state === "queued" || state === "running") {
        poll(box);
      }
    }
  });
})();
