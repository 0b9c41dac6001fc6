/* b1check serve: makes the page nicer; the page works without it.
   - checks again a moment after typing stops, and on Controleer, without reloading;
   - clicking or focusing a highlight shows its explanation next to the letter;
   - "Vervang" puts the better word in the text and checks again;
   - an uploaded document's copy with comments stays offered until another file is chosen; it is made a
     file in the browser (a Blob), not a data: link of megabytes.
   Letter text is never put into the page as HTML here: the server escapes it. */
(function () {
  "use strict";

  var form = document.getElementById("formulier");
  if (!form || !window.fetch || !window.FormData) { return; }
  document.documentElement.classList.add("js");
  var textarea = document.getElementById("tekst");
  var fileInput = document.getElementById("bestand");
  var nameInput = document.getElementById("naam");
  var result = document.getElementById("resultaat");
  var statusBox = document.getElementById("status");
  var errorBox = document.getElementById("fout");
  var copyBox = document.getElementById("kopie");
  var api = form.getAttribute("data-api");
  var maxUpload = parseInt(form.getAttribute("data-max-upload"), 10);
  var maxText = parseInt(form.getAttribute("data-max-text"), 10);
  var WAIT_AFTER_TYPING = 1200; // ms
  var timer = null;
  var running = null;
  var sentText = null;

  // The page checks while typing only with this script: say so only now.
  var hint = document.getElementById("tekst-uitleg");
  if (hint) {
    hint.hidden = false;
    textarea.setAttribute("aria-describedby", "tekst-uitleg");
  }

  function setStatus(text) { statusBox.textContent = text || ""; }

  function setError(text) {
    errorBox.textContent = "";
    if (text) {
      var p = document.createElement("p");
      p.textContent = text;
      errorBox.appendChild(p);
    }
  }

  function count(n, one, more) { return n + " " + (n === 1 ? one : more); }

  // Send the form to the JSON endpoint; `changesText` when the answer may hold a new text (upload, replacement).
  function send(data, changesText, afterwards) {
    if (running) { running.abort(); }
    var controller = window.AbortController ? new AbortController() : null;
    running = controller;
    form.setAttribute("aria-busy", "true");
    setStatus("Bezig met controleren …");
    sentText = textarea.value;
    fetch(api, { method: "POST", body: data, signal: controller ? controller.signal : undefined,
                 credentials: "same-origin" })
      .then(function (response) {
        return response.json().catch(function () {
          throw new Error("Het antwoord van b1check is niet te lezen.");
        });
      })
      .then(function (answer) {
        if (running !== controller) { return; }
        running = null;
        form.removeAttribute("aria-busy");
        if (!answer.ok) {
          setStatus("");
          setError(answer.error);
          return;
        }
        setError("");
        if (changesText || textarea.value === sentText) {
          if (textarea.value !== answer.text) { textarea.value = answer.text; }
        }
        nameInput.value = answer.name;
        fileInput.value = "";
        result.innerHTML = answer.html;
        // A new file brings its own copy with comments (or none); a check of the text area keeps the last.
        if (answer.copy_html !== undefined) {
          copyBox.innerHTML = answer.copy_html;
          offerCopy(answer.copy);
        }
        var n = answer.report.findings.length;
        var verdict = answer.report.verdict.b1 ? "B1: ja" : "B1: nee";
        setStatus((answer.notice ? answer.notice + " " : "") + "Klaar. " + verdict + ", " +
                  count(n, "melding", "meldingen") + ".");
        if (afterwards) { afterwards(answer); }
      })
      .catch(function (error) {
        if (error && error.name === "AbortError") { return; }
        running = null;
        form.removeAttribute("aria-busy");
        setStatus("");
        setError("b1check gaf geen antwoord. Draait b1check serve nog? Is de tekst misschien te groot?");
      });
  }

  // The copy with comments is made a file here, in the browser (a Blob), and the link saves it under
  // its name: a letter with a logo is megabytes, too long for a data: link in some browsers.
  var copyUrl = null;
  function offerCopy(copy) {
    if (copyUrl) { URL.revokeObjectURL(copyUrl); copyUrl = null; }
    var link = document.getElementById("kopie-link");
    if (!link || !copy) { return; }
    try {
      var bytes = atob(copy.base64);
      var buffer = new Uint8Array(bytes.length);
      for (var i = 0; i < bytes.length; i++) { buffer[i] = bytes.charCodeAt(i); }
      copyUrl = URL.createObjectURL(new Blob([buffer], { type: copy.type }));
      link.href = copyUrl;
      link.setAttribute("download", copy.filename);
    } catch (e) {
      link.parentNode.removeChild(link);
      setError("De kopie met opmerkingen kan deze browser niet opslaan. Probeer een andere browser.");
    }
  }

  function formData(submitter) {
    var data;
    try {
      data = submitter ? new FormData(form, submitter) : new FormData(form);
    } catch (e) {
      data = new FormData(form);
      if (submitter && submitter.name) { data.append(submitter.name, submitter.value); }
    }
    return data;
  }

  function tooLong() {
    if (textarea.value.length > maxText) {
      setError("De tekst is te lang. De grens is " + maxText.toLocaleString("nl-NL") + " tekens.");
      return true;
    }
    return false;
  }

  form.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (submitter && submitter.id === "download") { return; } // a normal post: the browser saves the file
    event.preventDefault();
    clearTimeout(timer);
    if (tooLong()) { return; }
    var replacing = submitter && submitter.name === "vervang";
    var uploading = fileInput.files && fileInput.files.length > 0;
    var replacedEnd = replacing ? parseInt(submitter.value.split(":")[1], 10) : 0;
    var before = textarea.value.length;
    send(formData(submitter), replacing || uploading, replacing ? function (answer) {
      focusNextFinding(answer, replacedEnd + answer.text.length - before);
    } : null);
  });

  // After "Vervang": on to the next finding after the new words, so that the writer can go on
  // replacing from the keyboard; the first one if none follows; the letter if none is left.
  function focusNextFinding(answer, after) {
    var findings = answer.report.findings;
    var next = -1;
    for (var i = 0; i < findings.length; i++) {
      if (findings[i].start >= after && document.getElementById("plek-" + i)) { next = i; break; }
    }
    if (next < 0 && findings.length && document.getElementById("plek-0")) { next = 0; }
    var target = next >= 0 ? document.getElementById("plek-" + next) : document.getElementById("brief");
    if (next < 0) { target.setAttribute("tabindex", "-1"); }
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }

  // Check again a moment after typing stops.
  textarea.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (!textarea.value.trim() || tooLong()) { return; }
      var data = new FormData();
      data.append("tekst", textarea.value);
      data.append("naam", nameInput.value);
      send(data, false, null);
    }, WAIT_AFTER_TYPING);
  });

  // A chosen file is read at once.
  fileInput.addEventListener("change", function () {
    var file = fileInput.files && fileInput.files[0];
    if (!file) { return; }
    if (file.size > maxUpload) {
      setError("Het bestand is te groot. De grens is " + Math.round(maxUpload / 1024 / 1024) + " MB.");
      fileInput.value = "";
      return;
    }
    copyBox.textContent = ""; // the last file's copy is not this file's
    send(new FormData(form), true, null);
  });

  // --- the explanation next to the letter ---

  function findingItem(index) { return document.getElementById("melding-" + index); }

  function categoryName(mark) {
    var item = findingItem(mark.getAttribute("data-f"));
    var name = item && item.querySelector(".visually-hidden");
    return name ? name.textContent.replace(/,\s*$/, "") : "melding";
  }

  function show(mark) {
    var panel = document.getElementById("uitleg-inhoud");
    var item = findingItem(mark.getAttribute("data-f"));
    if (!panel || !item) { return; }
    var active = document.querySelectorAll("mark.hl.active");
    for (var i = 0; i < active.length; i++) { active[i].classList.remove("active"); }
    var index = mark.getAttribute("data-f");
    var pieces = document.querySelectorAll('mark.hl[data-f="' + index + '"]');
    for (var j = 0; j < pieces.length; j++) { pieces[j].classList.add("active"); }

    var copy = item.cloneNode(true);
    copy.removeAttribute("id");
    var withId = copy.querySelectorAll("[id]");
    for (var k = 0; k < withId.length; k++) { withId[k].removeAttribute("id"); }
    var where = copy.querySelector("a.where");
    if (where) {
      var link = document.createElement("a");
      link.href = "#melding-" + index;
      link.textContent = "Naar de lijst";
      link.className = "small";
      where.parentNode.appendChild(link);
      var plain = document.createElement("span");
      plain.textContent = where.textContent;
      where.parentNode.replaceChild(plain, where);
    }
    var details = copy.querySelector("details");
    if (details) { details.open = true; }
    var holder = document.createElement("div");
    holder.className = "finding";
    while (copy.firstChild) { holder.appendChild(copy.firstChild); }

    // Other highlights on the same place: a long sentence around a word, for example.
    var outer = [];
    for (var parent = mark.parentElement; parent && parent.id !== "brief"; parent = parent.parentElement) {
      if (parent.matches && parent.matches("mark.hl")) { outer.push(parent); }
    }
    var inner = mark.querySelectorAll("mark.hl[data-label]");
    var others = outer.concat(Array.prototype.slice.call(inner));
    if (others.length) {
      var also = document.createElement("div");
      also.className = "also";
      var title = document.createElement("p");
      title.textContent = "Op deze plek ook:";
      also.appendChild(title);
      others.forEach(function (other) {
        var target = document.getElementById("plek-" + other.getAttribute("data-f")) || other;
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = categoryName(other);
        button.addEventListener("click", function () { target.focus(); show(target); });
        also.appendChild(button);
      });
      holder.appendChild(also);
    }
    panel.textContent = "";
    panel.appendChild(holder);
  }

  result.addEventListener("focusin", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.hl") : null;
    if (mark) { show(mark); }
  });
  result.addEventListener("click", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.hl") : null;
    if (mark) { show(mark); return; }
    // A link in the list to a place in the letter: go there and explain it.
    var link = event.target.closest ? event.target.closest('a[href^="#plek-"]') : null;
    if (link) {
      var place = document.getElementById(link.getAttribute("href").slice(1));
      if (place) {
        event.preventDefault();
        place.scrollIntoView({ block: "center" });
        place.focus({ preventScroll: true });
      }
    }
  });
  result.addEventListener("keydown", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.hl") : null;
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      show(mark);
      var panel = document.getElementById("uitleg");
      var first = panel && panel.querySelector("button, a, summary");
      if (first) { first.focus(); }
    }
  });
}());
