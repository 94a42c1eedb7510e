// After a refused post the page comes back with its errors: focus moves to the error summary (the
// element marked data-error-summary, or Blazor's validation summary), so a screen reader reads it
// first and a keyboard user starts there; fields marked aria-invalid without a description point to it.
(function () {
  'use strict';

  function focusSummary() {
    var summary = document.querySelector('[data-error-summary]') || document.querySelector('ul.validation-errors');
    if (!summary || summary.dataset.focused) { return; }
    summary.dataset.focused = '1';
    if (!summary.id) { summary.id = 'error-summary'; }
    if (!summary.hasAttribute('tabindex')) { summary.setAttribute('tabindex', '-1'); }
    document.querySelectorAll('[aria-invalid="true"]:not([aria-describedby])').forEach(function (field) {
      field.setAttribute('aria-describedby', summary.id);
    });
    summary.focus();
  }

  // The skip link moves the focus, not only the scroll position, to the content (Blazor's navigation
  // would otherwise handle the fragment and leave the focus where it was).
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a.skip-link');
    var target = link && document.getElementById('content');
    if (!target) { return; }
    e.preventDefault();
    e.stopPropagation();
    target.focus();
    target.scrollIntoView();
  }, true);

  if (window.Blazor && window.Blazor.addEventListener) { window.Blazor.addEventListener('enhancedload', focusSummary); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', focusSummary); } else { focusSummary(); }
}());
