// The intake form's keys and the suggestion panel: F2 accepts the proposal (category, place and the
// units to dispatch to), a click on another category picks it, Alt+D goes to the lead unit (picked
// by name), Alt+A to the answer, Enter to the next field, Ctrl+Enter registers.
(function () {
  var form = document.getElementById('intake-form');
  if (!form) { return; }
  var field = function (name) { return form.elements[name]; };

  function plan(lead, leadName, assistNames) {
    var shown = document.getElementById('dispatch-plan');
    var button = document.getElementById('register');
    var answering = field('answer') && field('answer').value.trim() !== '';
    document.getElementById('plan-text').textContent = lead ? leadName + (assistNames ? ' ＋ ' + assistNames : '') : '';
    shown.classList.toggle('hidden', !lead || answering);
    button.textContent = answering ? button.dataset.answer : lead ? button.dataset.dispatch : button.dataset.plain;
    var name = document.getElementById('lead-name');
    if (name && document.activeElement !== name) { name.value = lead ? leadName : ''; }
  }

  // Enter in a one-line field goes to the next field, as call-takers type; Ctrl+Enter registers
  function next(from) {
    var fields = Array.prototype.filter.call(form.elements, function (f) {
      return !f.disabled && f.type !== 'hidden' && f.tagName !== 'BUTTON' && f.offsetParent !== null;
    });
    var i = fields.indexOf(from);
    if (i >= 0 && i + 1 < fields.length) { fields[i + 1].focus(); }
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
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); form.requestSubmit(); return; }
    if (e.altKey && (e.key === 'd' || e.key === 'D')) { e.preventDefault(); document.getElementById('lead-name').focus(); }
    if (e.altKey && (e.key === 'a' || e.key === 'A')) { e.preventDefault(); field('answer').focus(); }
    var t = e.target;
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && t.form === form && t.tagName === 'INPUT' && t.type !== 'submit') {
      e.preventDefault();
      next(t);
    }
  });
  document.addEventListener('input', function (e) {
    if (e.target === field('answer')) { plan(field('leadUnitCode').value, document.getElementById('plan-text').textContent, ''); }
  });
  document.addEventListener('click', function (e) {
    var pick = e.target.closest('#lead-picker button.pick');
    if (pick) { field('assistUnitCodes').value = ''; plan(pick.dataset.code, pick.dataset.name, ''); }
    var chip = e.target.closest('[data-category]');
    if (e.target.closest('#accept')) { accept(); } else if (chip) { field('categoryCode').value = chip.dataset.category; }
    if (e.target.closest('#plan-clear')) {
      field('leadUnitCode').value = '';
      field('assistUnitCodes').value = '';
      plan('', '', '');
    }
  });
})();
