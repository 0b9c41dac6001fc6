// The letters table of the audit report: sort on a column, filter the rows.
// Without script the table is a plain table; the filters stay hidden.
(function () {
  "use strict";
  var table = document.getElementById("brieven-tabel");
  var form = document.getElementById("filters");
  if (!table || !form) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var shown = document.getElementById("getoond");
  var controls = Array.prototype.slice.call(form.querySelectorAll("[data-op]"));
  var dutch = new Intl.NumberFormat("nl-NL");

  function cell(row, column) { return row.cells[column].textContent; }
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
      else if (op === "min" && numeric(cell(row, columns[0])) < numeric(wanted)) { return false; }
      else if (op === "max" && numeric(cell(row, columns[0])) > numeric(wanted)) { return false; }
      else if (op === "nonzero" && !(numeric(cell(row, Number(wanted))) > 0)) { return false; }
      else if (op === "missing" && cell(row, Number(wanted)) !== "nee") { return false; }
    }
    return true;
  }

  function show(count) {
    shown.textContent = dutch.format(count) + " van " + dutch.format(rows.length) + " brieven";
  }

  function filter() {
    var count = 0;
    rows.forEach(function (row) {
      var keep = keeps(row);
      if (row.hidden === keep) { row.hidden = !keep; }  // only a change costs the browser a new layout
      if (keep) { count++; }
    });
    show(count);
  }

  function sort(column, button) {
    var heading = button.parentNode;
    var ascending = heading.getAttribute("aria-sort") !== "ascending";
    var text = column <= 2;
    var keyed = rows.map(function (row, index) {
      var value = cell(row, column);
      return { row: row, key: text ? value.toLowerCase() : numeric(value), index: index };
    });
    keyed.sort(function (a, b) {
      var order = text ? a.key.localeCompare(b.key, "nl") : a.key - b.key;
      return (ascending ? order : -order) || a.index - b.index;
    });
    var body = table.tBodies[0], fragment = document.createDocumentFragment();
    keyed.forEach(function (item) { fragment.appendChild(item.row); });
    body.appendChild(fragment);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute("aria-sort"); });
    heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    while (th.firstChild) { button.appendChild(th.firstChild); }
    th.appendChild(button);
    button.addEventListener("click", function () { sort(column, button); });
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("input", filter);
  form.addEventListener("change", filter);
  form.hidden = false;
  show(rows.length);  // every row is shown at first: no need to visit them
}());
