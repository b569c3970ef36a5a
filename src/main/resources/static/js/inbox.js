// 待办: live countdowns to each row's next deadline, and the tab title counting assignments that
// arrived since the handler last looked (the list itself is refreshed by htmx every 20 s).
(function () {
  var seen = null;

  function pad(n) { return n < 10 ? '0' + n : '' + n; }

  function tick() {
    var box = document.getElementById('inbox-rows');
    if (!box) { return; }
    var now = Date.now();
    box.querySelectorAll('.countdown[data-due]').forEach(function (el) {
      var due = Date.parse(el.getAttribute('data-due'));
      if (isNaN(due)) { return; }
      var left = Math.round((due - now) / 1000), abs = Math.abs(left);
      var d = Math.floor(abs / 86400), h = Math.floor(abs % 86400 / 3600), m = Math.floor(abs % 3600 / 60), s = abs % 60;
      var text = (d > 0 ? d + box.dataset.day + ' ' : '') + pad(h) + ':' + pad(m) + ':' + pad(s);
      el.textContent = (left < 0 ? box.dataset.over : box.dataset.left) + ' ' + text;
      var cell = el.closest('td');
      cell.classList.toggle('OVERDUE', left < 0);
      cell.classList.toggle('SOON', left >= 0 && left < 7200);
      cell.classList.toggle('ON_TIME', left >= 7200);
    });
  }

  function ids() {
    return Array.prototype.map.call(document.querySelectorAll('#inbox-rows tr[data-id]'), function (r) { return r.dataset.id; });
  }

  function mark() {
    var box = document.getElementById('inbox-rows');
    if (!box) { return; }
    var current = ids();
    if (seen === null) { seen = current; }
    var fresh = current.filter(function (id) { return seen.indexOf(id) < 0; });
    fresh.forEach(function (id) { document.querySelector('#inbox-rows tr[data-id="' + id + '"]').classList.add('new'); });
    document.title = (fresh.length > 0 ? '(' + fresh.length + ') ' : '') + box.dataset.title + ' · ' + box.dataset.count;
  }

  // what the handler has looked at: everything listed when they last clicked or typed in the page
  function looked() { seen = ids(); document.querySelectorAll('#inbox-rows tr.new').forEach(function (r) { r.classList.remove('new'); }); mark(); }
  document.addEventListener('click', looked, true);
  document.addEventListener('keydown', looked, true);
  document.addEventListener('htmx:afterSettle', function () { tick(); mark(); });
  document.addEventListener('DOMContentLoaded', function () { tick(); mark(); setInterval(tick, 1000); });
}());
