// Material's search overlay is a role="dialog" without a name (axe: aria-dialog-name, serious);
// naming it after its own input's label fixes that without copying the theme's template.
document$.subscribe(function () {
  var dialog = document.querySelector('.md-search[role="dialog"]');
  if (dialog && !dialog.hasAttribute("aria-label")) {
    var input = dialog.querySelector(".md-search__input");
    dialog.setAttribute("aria-label", (input && input.getAttribute("aria-label")) || "Search");
  }
});
