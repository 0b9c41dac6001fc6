// The letters table of the audit report: sort on a column, filter the rows, a page at a time.
// Every letter's row is in the JSON block #brieven-gegevens ([link, cell, cell …]); sorting and
// filtering go over all of them, and the table shows one page of the result, because a browser
// takes seconds to lay out a table of 10,000 rows. Without script the table is a plain table
// (with links to plain pages of every letter); the filters and page buttons stay hidden.
(function () {
  "use strict";
  var table = document.getElementById("brieven-tabel");
  var form = document.getElementById("filters");
  var data = document.getElementById("brieven-gegevens");
  if (!table || !form || !data) { return; }
  var rows = JSON.parse(data.textContent);
  var perPage = Number(table.dataset.perPage) || rows.length || 1;
  var shown = document.getElementById("getoond");
  var controls = Array.prototype.slice.call(form.querySelectorAll("[data-op]"));
  var pagers = Array.prototype.slice.call(document.querySelectorAll("nav.pager"));
  var plain = document.getElementById("zonder-script");
  var dutch = new Intl.NumberFormat("nl-NL");
  var collator = new Intl.Collator("nl");
  var order = rows;  // every row, in the order of the last sort
  var kept = rows;   // the rows the filters keep, in that order
  var page = 0;

  function cell(row, column) { return row[column + 1]; }
  // Dutch numbers: 12.345,6; a dash (not computed) sorts first.
  function numeric(text) {
    var value = parseFloat(text.replace(/\./g, "").replace(",", "."));
    return isNaN(value) ? -Infinity : value;
  }

  function keeps(row) {
    for (var i = 0; i < controls.length; i++) {
      var control = controls[i], wanted = control.value.trim();
      if (!wanted) { continue; }
      var op = control.dataset.op, columns = (control.dataset.col || "").split(" ").map(Number);
      if (op === "text") {
        var needle = wanted.toLowerCase();
        if (!columns.some(function (c) { return cell(row, c).toLowerCase().indexOf(needle) >= 0; })) { return false; }
      } else if (op === "eq" && cell(row, columns[0]) !== wanted) { return false; }
      // A number field's value is "61.5" in every language: the point is its decimal point.
      else if (op === "min" && numeric(cell(row, columns[0])) < Number(wanted)) { return false; }
      else if (op === "max" && numeric(cell(row, columns[0])) > Number(wanted)) { return false; }
      else if (op === "nonzero" && !(numeric(cell(row, Number(wanted))) > 0)) { return false; }
      else if (op === "missing" && cell(row, Number(wanted)) !== "nee") { return false; }
    }
    return true;
  }

  function pages() { return Math.max(1, Math.ceil(kept.length / perPage)); }

  function tell() {
    var first = page * perPage, last = Math.min(kept.length, first + perPage);
    shown.textContent = dutch.format(kept.length) + " van " + dutch.format(rows.length) + " brieven";
    pagers.forEach(function (pager) {
      pager.hidden = pages() < 2;
      pager.querySelector(".page-number").value = page + 1;
      pager.querySelector(".page-number").max = pages();
      pager.querySelector(".page-of").textContent = "van " + dutch.format(pages()) +
        " (brief " + dutch.format(first + 1) + " tot en met " + dutch.format(last) + ")";
      pager.querySelector("[data-page=first]").disabled = pager.querySelector("[data-page=previous]").disabled = page === 0;
      pager.querySelector("[data-page=next]").disabled = pager.querySelector("[data-page=last]").disabled = page >= pages() - 1;
    });
  }

  function draw() {
    var body = document.createElement("tbody");
    for (var i = page * perPage, end = Math.min(kept.length, i + perPage); i < end; i++) {
      var row = kept[i], line = document.createElement("tr");
      for (var column = 1; column < row.length; column++) {
        var place = line.appendChild(document.createElement("td"));
        if (column === 1) { place = place.appendChild(document.createElement("a")); place.setAttribute("href", row[0]); }
        place.textContent = row[column];
      }
      body.appendChild(line);
    }
    table.replaceChild(body, table.tBodies[0]);
    tell();
  }

  function go(number) {
    page = Math.min(Math.max(0, number), pages() - 1);
    draw();
  }

  function filter() {
    kept = order.filter(keeps);
    go(0);
  }

  function sort(column, button) {
    var heading = button.parentNode;
    var ascending = heading.getAttribute("aria-sort") !== "ascending";
    var text = heading.dataset.sort === "text";
    var keyed = order.map(function (row, index) {
      var value = cell(row, column);
      return { row: row, key: text ? value.toLowerCase() : numeric(value), index: index };
    });
    keyed.sort(function (a, b) {
      var by = text ? collator.compare(a.key, b.key) : a.key - b.key;
      return (ascending ? by : -by) || a.index - b.index;
    });
    order = keyed.map(function (item) { return item.row; });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute("aria-sort"); });
    heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    filter();
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    while (th.firstChild) { button.appendChild(th.firstChild); }
    th.appendChild(button);
    button.addEventListener("click", function () { sort(column, button); });
  });
  pagers.forEach(function (pager, number) {
    var below = number === pagers.length - 1 && number > 0;
    pager.addEventListener("click", function (event) {
      var step = event.target.dataset && event.target.dataset.page;
      if (!step) { return; }
      go({ first: 0, previous: page - 1, next: page + 1, last: pages() - 1 }[step]);
      if (below) { table.scrollIntoView(); }  // the new page from its top, not from its end
    });
    pager.querySelector(".page-number").addEventListener("change", function (event) {
      var wanted = parseInt(event.target.value, 10);
      if (isNaN(wanted)) { tell(); } else { go(wanted - 1); }
    });
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("input", filter);
  form.addEventListener("change", filter);
  form.hidden = false;
  if (plain) { plain.hidden = true; }
  // The page as written shows the first page already, unless it holds every letter (a one-page report).
  if (table.tBodies[0].rows.length !== Math.min(rows.length, perPage)) { draw(); } else { tell(); }
}());
