// The intake form's keys and the suggestion panel: F2 accepts the proposal (category, place and the
// units to dispatch to), a click on another category picks it, Alt+D goes to the lead unit (picked
// by name), Alt+A to the answer, Enter to the next field, Ctrl+Enter registers. Beside it, an
// article's "answer with this" fills the answer and cites the article; "merge" merges on registering.
(function () {
  var form = document.getElementById('intake-form');
  if (!form) { return; }
  var field = function (name) { return form.elements[name]; };

  function plan(lead, leadName, assistNames) {
    var shown = document.getElementById('dispatch-plan');
    var button = document.getElementById('register');
    var answering = field('answer') && field('answer').value.trim() !== '';
    var merging = field('mergeInto').value !== '';
    document.getElementById('plan-text').textContent = lead ? leadName + (assistNames ? ' ＋ ' + assistNames : '') : '';
    shown.classList.toggle('hidden', !lead || answering || merging);
    document.getElementById('merge-plan').classList.toggle('hidden', !merging);
    button.textContent = merging ? button.dataset.merge : answering ? button.dataset.answer
      : lead ? button.dataset.dispatch : button.dataset.plain;
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
  function replan() { plan(field('leadUnitCode').value, document.getElementById('plan-text').textContent, ''); }

  document.addEventListener('input', function (e) {
    if (e.target === field('answer')) {
      if (field('answer').value.trim() === '') { field('articleVersion').value = ''; } // no answer, no article behind it
      replan();
    }
  });
  document.addEventListener('click', function (e) {
    var pick = e.target.closest('#lead-picker button.pick');
    if (pick) { field('assistUnitCodes').value = ''; plan(pick.dataset.code, pick.dataset.name, ''); }
    var chip = e.target.closest('[data-category]');
    if (e.target.closest('#accept')) { accept(); } else if (chip) { field('categoryCode').value = chip.dataset.category; }
    var article = e.target.closest('button.use-article');
    if (article) { // 用此答复: the article's text becomes the answer, and the answer cites its version
      field('answer').value = article.dataset.text;
      field('articleVersion').value = article.dataset.version;
      field('mergeInto').value = '';
      replan();
      field('answer').focus();
    }
    var merge = e.target.closest('button.merge-into');
    if (merge) { // 合并: registering merges the new request into the proposed open ticket
      field('mergeInto').value = merge.dataset.id;
      document.getElementById('merge-text').textContent = merge.dataset.number;
      replan();
      document.getElementById('register').focus();
    }
    if (e.target.closest('#merge-clear')) { field('mergeInto').value = ''; replan(); }
    if (e.target.closest('#plan-clear')) {
      field('leadUnitCode').value = '';
      field('assistUnitCodes').value = '';
      plan('', '', '');
    }
  });
})();
