// boiduong: the attendance page (issue 9). Everyone is present by default; a tap on a name cycles the
// exceptions and saves that change at once. Every change is first kept in localStorage, so a reload or a
// closed tab loses nothing, and sent in order when the network allows; each save carries a client id (a
// replay is a no-op on the server) and the sheet version it was made on (the server merges by learner and
// reports a colleague's change to the same learner as a conflict).
(function () {
  'use strict';
  var page = document.getElementById('attendance');
  if (!page) {
    return;
  }
  var ORDER = ['PRESENT', 'LATE_OR_EARLY', 'EXCUSED_ABSENCE', 'UNEXCUSED_ABSENCE'];
  var storageKey = 'boiduong.attendance.' + page.dataset.session;
  var saveUrl = page.dataset.saveUrl;
  var stateLine = document.getElementById('save-state');
  var sending = false;
  var offline = false;
  var retry = null;

  function load() {
    try {
      var stored = JSON.parse(window.localStorage.getItem(storageKey) || 'null');
      if (stored && Array.isArray(stored.queue)) {
        return stored;
      }
    } catch (e) { /* a broken entry starts afresh */ }
    return { queue: [], version: Number(page.dataset.version) };
  }
  var state = load();
  // the page may be newer than what this device knew
  state.version = Math.max(state.version || 0, Number(page.dataset.version));

  function persist() {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(state));
    } catch (e) { /* storage full or forbidden: the queue still lives in this page */ }
  }

  function uuid() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function format(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return template.replace(/\{(\d)\}/g, function (m, i) { return args[i] === undefined ? m : args[i]; });
  }

  function buttonOf(learnerId) {
    return page.querySelector('.mark[data-learner="' + learnerId + '"]');
  }

  // the remark box of a learner; a learner marked present has none until one is needed (made from the template)
  function remarkOf(learnerId, create) {
    var input = page.querySelector('.remark[data-learner="' + learnerId + '"]');
    var template = document.getElementById('remark-template');
    if (!input && create && template) {
      var button = buttonOf(learnerId);
      if (button) {
        input = template.content.firstElementChild.cloneNode(true);
        input.dataset.learner = learnerId;
        input.disabled = page.dataset.editable !== 'true';
        button.insertAdjacentElement('afterend', input);
      }
    }
    return input;
  }

  function show(learnerId, status, remark, unsaved) {
    var button = buttonOf(learnerId);
    if (!button) {
      return;
    }
    ORDER.forEach(function (s) { button.classList.remove('mark-' + s); });
    button.classList.add('mark-' + status);
    button.dataset.status = status;
    button.querySelector('.mark-status').textContent = label(status);
    button.classList.toggle('mark-unsaved', !!unsaved);
    var input = remarkOf(learnerId, status !== 'PRESENT');
    if (input) {
      input.classList.toggle('d-none', status === 'PRESENT');
      if (remark !== undefined && document.activeElement !== input) {
        input.value = remark || '';
      }
    }
  }

  function label(status) {
    // HTML lower-cases attribute names: data-label-LATE_OR_EARLY is read back by getAttribute
    return page.getAttribute('data-label-' + status.toLowerCase());
  }

  function counts() {
    var present = 0;
    var absent = 0;
    page.querySelectorAll('.mark').forEach(function (b) {
      if (b.dataset.status === 'EXCUSED_ABSENCE' || b.dataset.status === 'UNEXCUSED_ABSENCE') {
        absent++;
      } else {
        present++;
      }
    });
    document.getElementById('count-present').textContent = present;
    document.getElementById('count-absent').textContent = absent;
  }

  function pendingMarks() {
    var marks = {};
    state.queue.forEach(function (save) {
      save.marks.forEach(function (m) { marks[m.learnerId] = m; });
    });
    return marks;
  }

  function report(message, tone) {
    stateLine.textContent = message;
    stateLine.className = 'small mb-1 ' + (tone || '');
  }

  function summary() {
    if (state.queue.length === 0) {
      report(offline ? page.dataset.msgOffline : page.dataset.msgSaved, offline ? 'text-danger' : 'text-success');
    } else {
      var changes = 0;
      state.queue.forEach(function (s) { changes += s.marks.length + (s.confirm ? 1 : 0); });
      report((offline ? page.dataset.msgOffline + ' ' : '') + format(page.dataset.msgUnsaved, changes),
        'text-danger fw-semibold');
    }
  }

  function enqueue(marks, confirm) {
    var reason = document.getElementById('reason');
    state.queue.push({ clientId: uuid(), baseVersion: state.version, marks: marks, confirm: !!confirm,
      reason: reason ? reason.value : null });
    persist();
    summary();
    flush();
  }

  function csrfHeaders() {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function later() {
    if (!retry) {
      retry = window.setTimeout(function () { retry = null; flush(); }, 5000);
    }
  }

  function flush() {
    if (sending || state.queue.length === 0) {
      summary();
      return;
    }
    sending = true;
    var save = state.queue[0];
    fetch(saveUrl, { method: 'POST', headers: csrfHeaders(), body: JSON.stringify(save), credentials: 'same-origin' })
      .then(function (response) {
        if (response.redirected || response.status === 401) {
          // signed out meanwhile (the sign-in page answered): keep the marks, as when offline
          return { status: 0, body: {} };
        }
        if ((response.headers.get('content-type') || '').indexOf('json') < 0) {
          return { status: response.status === 200 ? 0 : response.status, body: {} };
        }
        return response.json().catch(function () { return {}; }).then(function (body) {
          return { status: response.status, body: body };
        });
      })
      .then(function (result) {
        sending = false;
        offline = false;
        if (result.status === 200) {
          state.queue.shift();
          applySaved(result.body);
        } else if (result.status >= 500 || result.status === 0) {
          offline = true;
          later();
          summary();
          return;
        } else {
          // refused for good (403, 409, 422): drop it and say why; the page shows the server's marks again on reload
          state.queue.shift();
          var refused = format(page.dataset.msgRefused, result.body.message || result.status);
          persist();
          report(refused, 'text-danger fw-semibold');
          flushNext();
          return;
        }
        persist();
        summary();
        flushNext();
      })
      .catch(function () {
        sending = false;
        offline = true;
        summary();
        later();
      });
  }

  function flushNext() {
    if (state.queue.length > 0) {
      flush();
    }
  }

  function applySaved(saved) {
    state.version = Math.max(state.version, saved.version);
    var pending = pendingMarks();
    (saved.changedSince || []).forEach(function (m) {
      if (!pending[m.learnerId]) {
        show(m.learnerId, m.status, m.remark, false);
      }
    });
    page.querySelectorAll('.mark-unsaved').forEach(function (b) {
      if (!pending[b.dataset.learner]) {
        b.classList.remove('mark-unsaved');
      }
    });
    (saved.conflicts || []).forEach(function (m) {
      show(m.learnerId, m.status, m.remark, false);
      var button = buttonOf(m.learnerId);
      var item = document.createElement('li');
      item.textContent = format(page.dataset.msgConflict, button ? button.querySelector('.mark-name').textContent : m.learnerId,
        label(m.status));
      document.getElementById('conflicts').appendChild(item);
    });
    if (saved.taken) {
      var badge = document.getElementById('sheet-state');
      badge.classList.remove('text-bg-secondary');
      badge.classList.add('text-bg-success');
      badge.textContent = page.dataset.msgTaken;
    }
    counts();
  }

  // marks waiting from an earlier visit (a reload, a closed tab) show as not yet saved
  var waiting = pendingMarks();
  Object.keys(waiting).forEach(function (id) {
    show(id, waiting[id].status, waiting[id].remark, true);
  });
  counts();
  summary();

  if (page.dataset.editable === 'true') {
    page.addEventListener('click', function (event) {
      var button = event.target.closest('.mark');
      if (!button || button.disabled) {
        return;
      }
      var next = ORDER[(ORDER.indexOf(button.dataset.status) + 1) % ORDER.length];
      var input = remarkOf(button.dataset.learner);
      var remark = next === 'PRESENT' ? null : (input ? input.value : null);
      show(button.dataset.learner, next, remark, true);
      counts();
      enqueue([{ learnerId: Number(button.dataset.learner), status: next, remark: remark }], false);
    });
    page.addEventListener('change', function (event) {
      var input = event.target.closest('.remark');
      if (!input) {
        return;
      }
      var button = buttonOf(input.dataset.learner);
      button.classList.add('mark-unsaved');
      enqueue([{ learnerId: Number(input.dataset.learner), status: button.dataset.status, remark: input.value }], false);
    });
    var confirm = document.getElementById('confirm-sheet');
    if (confirm) {
      confirm.addEventListener('click', function () { enqueue([], true); });
    }
  }

  document.getElementById('filter').addEventListener('input', function (event) {
    var key = event.target.value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
      .toLowerCase().trim();
    page.querySelectorAll('#marks > li').forEach(function (li) {
      li.hidden = key !== '' && li.dataset.key.indexOf(key) < 0;
    });
  });

  window.addEventListener('online', function () { offline = false; flush(); });
  window.addEventListener('offline', function () { offline = true; summary(); });
  flush();
})();
