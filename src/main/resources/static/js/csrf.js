// htmx requests carry the page's CSRF token in the header Spring Security reads (the forms htmx
// posts are built without th:action, so they hold no hidden token of their own).
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name=csrf-token]');
  var header = document.querySelector('meta[name=csrf-header]');
  if (token && header) {
    e.detail.headers[header.content] = token.content;
  }
});
