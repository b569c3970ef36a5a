// The intake form's keys and the suggestion panel: F2 accepts the proposal (category, place and the
// units to dispatch to), a click on another category picks it, Ctrl+Enter registers.
(function () {
  var form = document.getElementById('intake-form');
  if (!form) { return; }
  var field = function (name) { return form.elements[name]; };

  function plan(lead, leadName, assistNames) {
    var shown = document.getElementById('dispatch-plan');
    var button = document.getElementById('register');
    document.getElementById('plan-text').textContent = lead ? leadName + (assistNames ? ' ＋ ' + assistNames : '') : '';
    shown.classList.toggle('hidden', !lead);
    button.textContent = lead ? button.dataset.dispatch : button.dataset.plain;
  }

  function accept() {
    var proposal = document.getElementById('accept');
    if (!proposal) { return; }
    var d = proposal.dataset;
    if (d.category) { field('categoryCode').value = d.category; }
    field('unitCode').value = d.place || '';
    field('leadUnitCode').value = d.lead || '';
    field('assistUnitCodes').value = d.lead ? (d.assists || '') : '';
    plan(d.lead, d.leadName, d.assistNames);
    proposal.classList.add('accepted');
    (d.category ? document.getElementById('register') : field('categoryCode')).focus();
  }

  document.addEventListener('keydown', function (e) {
    if (e.key === 'F2') { e.preventDefault(); accept(); }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); form.requestSubmit(); }
  });
  document.addEventListener('click', function (e) {
    var chip = e.target.closest('[data-category]');
    if (e.target.closest('#accept')) { accept(); } else if (chip) { field('categoryCode').value = chip.dataset.category; }
    if (e.target.closest('#plan-clear')) {
      field('leadUnitCode').value = '';
      field('assistUnitCodes').value = '';
      plan('', '', '');
    }
  });
})();
