// boiduong: the only script of the layout (the Content-Security-Policy forbids inline scripts).
(function () {
  'use strict';
  // htmx requests carry the CSRF token of the page.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // <form data-confirm="…">: asks before sending (closing a unit, cancelling a course …); a button's own
  // data-confirm asks for that button only (a form whose other button only adds a row).
  document.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    var message = submitter && submitter.hasAttribute('data-confirm') ? submitter.getAttribute('data-confirm')
      : event.target.getAttribute && event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  }, true);
})();
