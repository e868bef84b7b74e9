// Sorting (tablesort, vendored from npm) and filtering for the figures index; no network use.
// The generator marks the table to enhance with an empty element just before it.
document$.subscribe(function () {
  var marker = document.getElementById("news-digest-figure-table");
  if (!marker) return;
  var table = marker.parentElement.querySelector("table");
  if (!table || table.dataset.enhanced) return;
  table.dataset.enhanced = "yes";
  new Tablesort(table);

  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var unitColumn = Array.prototype.findIndex.call(table.tHead.rows[0].cells, function (cell) {
    return cell.textContent.trim() === "Unit";
  });
  var units = Array.from(new Set(rows.map(function (row) {
    return row.cells[unitColumn].textContent.trim();
  }))).sort();

  var form = document.createElement("form");
  form.className = "news-digest-filters";
  form.setAttribute("role", "search");
  // A second search landmark on the page: its name tells it from the site's search.
  form.setAttribute("aria-label", "Filter the figures");
  form.innerHTML =
    '<label>Filter <input type="search" name="text" placeholder="entity, date, words…"></label> ' +
    '<label>Unit <select name="unit"><option value="">all</option></select></label> ' +
    '<output name="count" aria-live="polite"></output>';
  units.forEach(function (unit) {
    var option = document.createElement("option");
    option.value = unit;
    option.textContent = unit;
    form.elements.unit.appendChild(option);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  function apply() {
    var words = form.elements.text.value.toLowerCase().split(/\s+/).filter(Boolean);
    var unit = form.elements.unit.value;
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var visible = (!unit || row.cells[unitColumn].textContent.trim() === unit) &&
        words.every(function (word) { return text.indexOf(word) !== -1; });
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    form.elements.count.value = shown + " of " + rows.length + " figures";
  }
  form.addEventListener("input", apply);
  marker.parentElement.insertBefore(form, marker);
  apply();
});
