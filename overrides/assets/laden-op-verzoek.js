/* Routekaart: load only what the reader uses.
 *
 * 1. Search on demand. Material for MkDocs starts its search worker and downloads
 *    search/search_index.json (hundreds of KB per language) on every page load. This
 *    script runs before Material's bundle and holds both back until the reader shows
 *    intent to search: focusing the search field, ticking the search toggle (the magnifier
 *    button, or Material's f, s and / keys, which open search and focus the field), or
 *    pressing a pointer on the magnifier. The index request (an XMLHttpRequest) is opened
 *    as usual but only sent on intent; the search worker is a stand-in that creates the
 *    real Worker on intent or on its first message, whichever comes first.
 * 2. No sitemaps. Material downloads the sitemap.xml of every <link rel=alternate> only to
 *    redirect clicks on its language switcher to the same page; our switcher
 *    (partials/alternate.html) already links to the same page, and with a public address
 *    the hreflang links point at that host, which a local copy must never contact.
 *    Those requests are opened but never sent.
 *
 * tests/test_search.py checks that a page visit loads neither the index nor anything of
 * another host, and that search still finds the right pages in Dutch, Arabic and Turkish.
 */
(function () {
  "use strict";
  var INDEX = /\/search\/search_index\.json(?:[?#].*)?$/;
  var WORKER = /\/workers\/search\.[^/]*\.js(?:[?#].*)?$/;
  var SITEMAP = /\/sitemap\.xml(?:[?#].*)?$/;
  var wanted = false;
  var waiting = [];

  function open() {
    if (wanted) return;
    wanted = true;
    var run = waiting;
    waiting = [];
    for (var i = 0; i < run.length; i++) run[i]();
  }

  function whenWanted(fn) {
    if (wanted) fn(); else waiting.push(fn);
  }

  /* The index request: opened by Material at load, sent only on intent; sitemaps never. */
  var xhrOpen = XMLHttpRequest.prototype.open;
  var xhrSend = XMLHttpRequest.prototype.send;
  var xhrAbort = XMLHttpRequest.prototype.abort;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__rkNever = SITEMAP.test(String(url));
    this.__rkLater = INDEX.test(String(url));
    this.__rkAborted = false;
    return xhrOpen.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.__rkNever) return undefined;
    if (!this.__rkLater || wanted) return xhrSend.apply(this, arguments);
    var xhr = this, args = arguments;
    whenWanted(function () {
      if (!xhr.__rkAborted) xhrSend.apply(xhr, args);
    });
  };
  XMLHttpRequest.prototype.abort = function () {
    this.__rkAborted = true;
    return xhrAbort.apply(this, arguments);
  };

  /* The search worker: a stand-in until search is opened. */
  var RealWorker = window.Worker;
  if (typeof RealWorker === "function" && typeof EventTarget === "function") {
    var LazyWorker = function (url, options) {
      var target = new EventTarget();
      var real = null, queue = [], ended = false;
      function start() {
        if (real || ended) return;
        real = new RealWorker(url, options);
        ["message", "messageerror", "error"].forEach(function (type) {
          real.addEventListener(type, function (event) {
            var copy = type === "error"
              ? new ErrorEvent("error", { message: event.message, filename: event.filename,
                                          lineno: event.lineno, colno: event.colno })
              : new MessageEvent(type, { data: event.data });
            target.dispatchEvent(copy);
            var handler = target["on" + type];
            if (typeof handler === "function") handler.call(target, copy);
          });
        });
        for (var i = 0; i < queue.length; i++) real.postMessage.apply(real, queue[i]);
        queue = [];
      }
      target.onmessage = target.onmessageerror = target.onerror = null;
      target.postMessage = function () {
        if (!real) { queue.push(arguments); start(); return; }
        real.postMessage.apply(real, arguments);
      };
      target.terminate = function () {
        ended = true;
        if (real) real.terminate();
      };
      whenWanted(start);
      return target;
    };
    window.Worker = function (url, options) {
      if (!(this instanceof window.Worker)) return RealWorker(url, options);
      if (!WORKER.test(new URL(String(url), location.href).pathname)) {
        return new RealWorker(url, options);
      }
      return LazyWorker(url, options);
    };
    window.Worker.prototype = RealWorker.prototype;
  }

  /* Intent: the reader opens search. */
  function listen() {
    var toggle = document.getElementById("__search");
    if (toggle) {
      if (toggle.checked) open();
      toggle.addEventListener("change", function () { if (toggle.checked) open(); });
    }
    document.addEventListener("focusin", function (event) {
      var el = event.target;
      if (el && el.closest && el.closest("[data-md-component=search]")) open();
    });
    document.addEventListener("pointerdown", function (event) {
      var el = event.target;
      if (el && el.closest && el.closest("label[for=__search], [data-md-component=search]")) open();
    }, { passive: true });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", listen);
  } else {
    listen();
  }
})();
