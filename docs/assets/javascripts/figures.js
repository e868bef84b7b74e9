// Sorting (tablesort, vendored from npm) and filtering for the figures index; no network use.
// The generator marks the table to enhance with an empty element just before it.
document$.subscribe(function () {
  var marker = document.getElementById("news-digest-figure-table");
  if (!marker) return;
  var table = marker.parentElement.querySelector("table");
  if (!table || table.dataset.enhanced) return;
  table.dataset.enhanced = "yes";
  new Tablesort(table);

  // Each row carries its unit, and words the filter finds beyond its text (the change, the
  // names of the sentence's entities), as data attributes the generator writes.
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var units = Array.from(new Set(rows.map(function (row) {
    return row.dataset.unit;
  }))).sort();

  var form = document.createElement("form");
  form.className = "news-digest-filters";
  form.setAttribute("role", "search");
  // A second search landmark on the page: its name tells it from the site's search.
  form.setAttribute("aria-label", "Filter the figures");
  form.innerHTML =
    '<label>Filter this page <input type="search" name="text" placeholder="entity, date, words…"></label> ' +
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
      var text = (row.textContent + " " + row.dataset.words).toLowerCase();
      var visible = (!unit || row.dataset.unit === unit) &&
        words.every(function (word) { return text.indexOf(word) !== -1; });
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    form.elements.count.value = shown + " of " + rows.length + " figures on this page";
  }
  form.addEventListener("input", apply);
  marker.parentElement.insertBefore(form, marker);
  apply();
});
