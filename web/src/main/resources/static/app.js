/*
 * Newsdesk web UI: progressive enhancement of the server-rendered pages.
 *
 * Every page works without this file: each state-changing control is a real POST form and the
 * server answers with a redirect. When this script runs, it sends the same change to the REST API
 * with fetch and updates the page in place, and adds keyboard shortcuts.
 *
 * The Content-Security-Policy allows scripts from this file only, so the pages carry no inline
 * code; they describe what the script needs with data-* attributes:
 *   form[data-action][data-api-method][data-api-url]  a form the script sends to the REST API
 *   [data-entry-card]                                 an entry that j/k select
 *   [data-article]                                    the entry on an article page
 *   [data-entry-link], [data-original-link]           what o/Enter and v open
 *   [data-nav="previous"|"next"]                      the article page's neighbours
 *   [data-unread-count], [data-notices]               the unread badge and the notice area
 */
(function () {
  'use strict';

  const prefersReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  // ---- Notices -------------------------------------------------------------------------------

  function announce(message, kind) {
    const region = document.querySelector('[data-notices]');
    if (!region) {
      return;
    }
    const notice = document.createElement('p');
    notice.className = 'notice notice--' + kind;
    notice.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    notice.textContent = message;
    region.replaceChildren(notice);
  }

  // ---- REST API ------------------------------------------------------------------------------

  class ApiError extends Error {}

  /** The most helpful text a failed response offers: its problem detail, else the status. */
  async function failureText(response) {
    try {
      const problem = await response.json();
      const text = problem && (problem.detail || problem.message || problem.error || problem.title);
      if (text) {
        return String(text);
      }
    } catch (ignored) {
      // Not JSON: the status line is all there is.
    }
    return 'the server answered ' + response.status + (response.statusText ? ' ' + response.statusText : '');
  }

  async function send(form, body) {
    const headers = { Accept: 'application/json' };
    const token = form.querySelector('input[name="_csrf"]');
    if (token && token.value) {
      headers['X-CSRF-Token'] = token.value;
    }
    const request = { method: form.dataset.apiMethod || 'POST', headers: headers, credentials: 'same-origin' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      request.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(form.dataset.apiUrl, request);
    } catch (networkError) {
      throw new ApiError('the server could not be reached');
    }
    if (!response.ok) {
      throw new ApiError(await failureText(response));
    }
  }

  // ---- Page state ----------------------------------------------------------------------------

  function entryElements(entryId) {
    return document.querySelectorAll('[data-entry-card][data-entry-id="' + entryId + '"], [data-article][data-entry-id="' + entryId + '"]');
  }

  function adjustUnreadCount(delta) {
    document.querySelectorAll('[data-unread-count]').forEach(function (badge) {
      const count = parseInt(badge.textContent, 10);
      if (!Number.isNaN(count)) {
        badge.textContent = String(Math.max(0, count + delta));
      }
    });
  }

  function setRead(entryId, read) {
    let changed = false;
    entryElements(entryId).forEach(function (element) {
      changed = changed || element.classList.contains('is-read') !== read;
      element.classList.toggle('is-read', read);
      element.classList.toggle('is-unread', !read);
      element.querySelectorAll('[data-unread-marker]').forEach(function (marker) {
        marker.hidden = read;
      });
    });
    document.querySelectorAll('form[data-action="toggle-read"][data-entry-id="' + entryId + '"]').forEach(function (form) {
      form.elements.read.value = String(!read);
      const button = form.querySelector('button[type="submit"]');
      button.textContent = read ? button.dataset.labelRead : button.dataset.labelUnread;
    });
    if (changed) {
      adjustUnreadCount(read ? -1 : 1);
    }
  }

  function setStarred(entryId, starred) {
    document.querySelectorAll('form[data-action="toggle-star"][data-entry-id="' + entryId + '"]').forEach(function (form) {
      form.elements.starred.value = String(!starred);
      form.querySelector('button[type="submit"]').setAttribute('aria-pressed', String(starred));
    });
  }

  // ---- Enhanced forms ------------------------------------------------------------------------

  /**
   * What each form[data-action] sends to the API (body, if any) and how the page changes once the
   * API accepted it (done).
   */
  const actions = {
    'toggle-read': {
      failure: 'Could not change the read state',
      body: function (form) {
        return { read: form.elements.read.value === 'true' };
      },
      done: function (form) {
        setRead(form.dataset.entryId, form.elements.read.value === 'true');
      }
    },
    'toggle-star': {
      failure: 'Could not change the star',
      body: function (form) {
        return { starred: form.elements.starred.value === 'true' };
      },
      done: function (form) {
        setStarred(form.dataset.entryId, form.elements.starred.value === 'true');
      }
    },
    'mark-page-read': {
      failure: 'Could not mark the page as read',
      body: function (form) {
        const ids = Array.from(form.querySelectorAll('input[name="ids"]'), function (input) { return Number(input.value); });
        return { entry_ids: ids, read: true };
      },
      done: function (form) {
        form.querySelectorAll('input[name="ids"]').forEach(function (input) {
          setRead(input.value, true);
        });
        form.hidden = true;
      }
    },
    'refresh-feed': {
      failure: 'Could not refresh the feed',
      done: function (form) {
        announce('Checked ' + form.dataset.feedTitle + '. Reload the page to see its new entries and status.', 'success');
      }
    },
    'remove-feed': {
      failure: 'Could not remove the feed',
      done: function (form) {
        const row = form.closest('[data-feed-row]');
        if (row) {
          row.remove();
        }
        announce('Removed ' + form.dataset.feedTitle + '.', 'success');
      }
    }
  };

  function setBusy(form, busy) {
    form.setAttribute('aria-busy', String(busy));
    form.querySelectorAll('button').forEach(function (button) {
      button.disabled = busy;
    });
  }

  document.addEventListener('submit', async function (event) {
    const form = event.target;
    const action = form instanceof HTMLFormElement ? actions[form.dataset.action] : undefined;
    if (!action || !form.dataset.apiUrl || !window.fetch) {
      return;
    }
    event.preventDefault();
    if (form.getAttribute('aria-busy') === 'true') {
      return;
    }
    setBusy(form, true);
    try {
      await send(form, action.body ? action.body(form) : undefined);
      action.done(form);
    } catch (error) {
      announce(action.failure + ': ' + error.message.replace(/\.$/, '') + '.', 'error');
    } finally {
      setBusy(form, false);
    }
  });

  // ---- Keyboard shortcuts --------------------------------------------------------------------

  const shortcuts = document.querySelector('[data-shortcuts]');
  let selected = null;

  function isTyping(target) {
    return target instanceof Element
      && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
  }

  function isInteractive(target) {
    return target instanceof Element && target.closest('a, button, summary, input, select, textarea, audio, video') !== null;
  }

  function cards() {
    return Array.from(document.querySelectorAll('[data-entry-card]'));
  }

  /** The entry the shortcuts act on: the selected card, the card holding the focus, or the article. */
  function currentEntry() {
    if (selected && selected.isConnected) {
      return selected;
    }
    const focused = document.activeElement instanceof Element ? document.activeElement.closest('[data-entry-card]') : null;
    return focused || document.querySelector('[data-article]');
  }

  function select(card) {
    if (selected) {
      selected.classList.remove('is-selected');
      selected.removeAttribute('aria-current');
    }
    selected = card;
    card.classList.add('is-selected');
    card.setAttribute('aria-current', 'true');
    const link = card.querySelector('[data-entry-link]');
    if (link) {
      link.focus({ preventScroll: true });
    }
    card.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion ? 'auto' : 'smooth' });
  }

  function move(step) {
    const list = cards();
    if (list.length === 0) {
      const neighbour = document.querySelector('[data-nav="' + (step > 0 ? 'next' : 'previous') + '"]');
      if (neighbour) {
        window.location.assign(neighbour.href);
      }
      return Boolean(neighbour);
    }
    const index = list.indexOf(currentEntry());
    const next = index < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, index + step));
    select(list[next]);
    return true;
  }

  function follow(selector, newTab) {
    const entry = currentEntry();
    const link = entry ? entry.querySelector(selector) : null;
    if (!link) {
      return false;
    }
    if (newTab) {
      window.open(link.href, '_blank', 'noopener,noreferrer');
    } else {
      window.location.assign(link.href);
    }
    return true;
  }

  function submitEntryForm(action) {
    const entry = currentEntry();
    const form = entry ? entry.querySelector('form[data-action="' + action + '"]') : null;
    if (!form) {
      return false;
    }
    if (typeof form.requestSubmit === 'function') {
      form.requestSubmit();
    } else {
      form.submit();
    }
    return true;
  }

  function focusSearch() {
    const input = document.querySelector('[data-search-input="primary"]') || document.querySelector('[data-search-input]');
    if (!input) {
      return false;
    }
    input.focus();
    input.select();
    return true;
  }

  function showShortcuts() {
    if (!shortcuts) {
      return false;
    }
    if (!shortcuts.open) {
      if (typeof shortcuts.showModal === 'function') {
        shortcuts.showModal();
      } else {
        shortcuts.setAttribute('open', '');
      }
    }
    return true;
  }

  const keys = {
    j: function () { return move(1); },
    k: function () { return move(-1); },
    o: function () { return follow('[data-entry-link]', false); },
    v: function () { return follow('[data-original-link]', true); },
    m: function () { return submitEntryForm('toggle-read'); },
    s: function () { return submitEntryForm('toggle-star'); },
    '/': focusSearch,
    '?': showShortcuts
  };

  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) {
      return;
    }
    if (shortcuts && shortcuts.open) {
      // The modal dialog closes itself on Esc; other keys must not act on the page behind it.
      if (event.key === 'Escape' && typeof shortcuts.showModal !== 'function') {
        shortcuts.removeAttribute('open');
      }
      return;
    }
    if (isTyping(event.target)) {
      return;
    }
    let handled;
    if (event.key === 'Enter') {
      // Enter on a link or button keeps its own meaning; elsewhere it opens the selected entry.
      handled = !isInteractive(event.target) && follow('[data-entry-link]', false);
    } else {
      const handler = keys[event.key];
      handled = handler ? handler() : false;
    }
    if (handled) {
      event.preventDefault();
    }
  });

  const opener = document.querySelector('[data-open-shortcuts]');
  if (opener && shortcuts) {
    opener.hidden = false;
    opener.addEventListener('click', showShortcuts);
  }
}());
