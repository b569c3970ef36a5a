// A unit picked by name: typing asks the server for matches (htmx), a click puts the unit's code in
// the picker's hidden field and its name in the box. Works for every .picker on the page.
(function () {
  'use strict';
  document.addEventListener('click', function (e) {
    var pick = e.target.closest('button.pick');
    if (!pick) { return; }
    var box = pick.closest('.picker');
    box.querySelector('input[type=hidden]').value = pick.dataset.code;
    box.querySelector('input.picker-text').value = pick.dataset.name;
    box.querySelector('.picks').innerHTML = '';
  });
  document.addEventListener('input', function (e) {
    if (e.target.classList.contains('picker-text')) {
      e.target.closest('.picker').querySelector('input[type=hidden]').value = '';
    }
  });
}());
