/*
 * Vetted content-script loader (runs after wasm_exec.js and shell.js, in the
 * content script's isolated world).
 *
 * The manifest injects it on every page of each supported site, because all
 * of them are single-page apps: a user who lands on the feed and clicks
 * through to the invitations gets no new page load. Until the URL is an
 * invitation page this script only watches the URL; it then chooses where
 * the core runs (DESIGN §7) and starts the shell (shell.js), which keeps
 * following the page across later in-app navigations:
 *
 *   - 'page': core.wasm (a web-accessible resource) is fetched and compiled
 *     while the page loads (this runs at document_start) and instantiated
 *     here, in the content script, once the DOM is parsed; the shell calls
 *     it directly;
 *   - 'hosted': the shell sends its requests to the core in the background
 *     (host.js), warm across page loads.
 *
 * On a site whose Content Security Policy forbids WebAssembly in content
 * scripts (X, in Chromium) it never attempts the compile, which the page
 * would see as a CSP violation: the core is hosted there, whatever else
 * is asked.
 *
 * Problems go to the background (for the popup) and to the console, never
 * into the page.
 */
(() => {
  'use strict';
  if (globalThis.__vettedLoader) return;
  globalThis.__vettedLoader = true;
  // For `make bench`: when the content script started (the page's
  // performance timeline is shared with it).
  performance.mark('vetted:start');

  const api = globalThis.chrome;
  const firefox = api.runtime.getURL('').startsWith('moz-extension:');
  // Where the core runs (DESIGN §7): 'auto' follows the benchmarks (HOMES
  // below). The end-to-end tests and `make bench` force a home ('page' or
  // 'hosted') in a copy of the build (VETTED_HOME); a strict-CSP page in
  // Chromium is hosted whatever is forced.
  const HOME = 'auto';

  // Where each site keeps its invitation lists (the adapters' URL patterns
  // in core/page, which have the final word). strictCSP: the page's policy
  // blocks in-page WebAssembly in Chromium.
  const SITES = [
    {
      site: 'linkedin', name: 'LinkedIn', hosts: ['www.linkedin.com'],
      path: /^\/mynetwork\/(invitation-manager|grow)(\/|$)/,
      except: /^\/mynetwork\/invitation-manager\/sent(\/|$)/,
    },
    {
      site: 'facebook', name: 'Facebook', hosts: ['www.facebook.com'],
      path: /^\/friends(\/|$)/,
      except: /^\/friends\/(center\/requests\/outgoing|suggestions|list|birthdays)(\/|$)/,
    },
    { site: 'x', name: 'X', hosts: ['x.com', 'twitter.com'], path: /^\/(i\/)?follower_requests(\/|$)/, strictCSP: true },
    { site: 'instagram', name: 'Instagram', hosts: ['www.instagram.com'], path: /^\/accounts\/activity(\/|$)/ },
    { site: 'xing', name: 'XING', hosts: ['www.xing.com'], path: /^\/(network|contacts|app\/contacts)\/requests(\/|$)/ },
  ];

  const site = SITES.find((s) => s.hosts.includes(location.hostname));

  // HOMES: each browser's home by site, as BENCHMARKS.md's figures chose
  // it ("one shell, two homes"): hosted answers 5-11x sooner on a warm
  // page and keeps a long page's main thread free, in both browsers.
  const HOMES = {
    chromium: { linkedin: 'hosted', facebook: 'hosted', instagram: 'hosted', xing: 'hosted' },
    firefox: { linkedin: 'hosted', facebook: 'hosted', x: 'hosted', instagram: 'hosted', xing: 'hosted' },
  };

  function homeFor(s) {
    if (s.strictCSP && !firefox) return 'hosted';
    return HOME !== 'auto' ? HOME : HOMES[firefox ? 'firefox' : 'chromium'][s.site] || 'page';
  }
  let state = 'idle'; // idle | loading | running | blocked | error
  let message = '';

  function report(fields) {
    const msg = { type: 'vetted-status', site: site && site.site, url: location.href, ...fields };
    try {
      api.runtime.sendMessage(msg, () => void api.runtime.lastError);
    } catch {
      // The extension was reloaded or updated: this page's script is orphaned.
    }
  }

  function fail(why) {
    state = 'error';
    message = String(why);
    console.warn('Vetted:', message);
    report({ state: 'error', message });
  }

  // The popup asks the tab whether a content script is here and what it is doing.
  api.runtime.onMessage.addListener((msg, _sender, reply) => {
    if (msg && msg.type === 'vetted-ping') {
      reply({ site: site && site.site, siteName: site && site.name, state, message, url: location.href });
    }
  });

  async function start() {
    if (state !== 'idle') return;
    const home = homeFor(site);
    state = 'loading';
    report({ state: 'loading', home });
    try {
      if (home === 'hosted') {
        // The shell asks the core in the background (extension/host.js).
        await domReady();
        state = 'running';
        globalThis.vettedShell.start({ name: 'hosted' });
        return;
      }
      const go = new globalThis.Go();
      // Collect garbage less often: with one thread, the collector's work
      // lands in the page's tasks (make bench: fewer tasks over 50 ms on a
      // 1,000-card page, for about 4 MB more memory; 400 doubled it).
      go.env = { GOGC: '200' };
      go.exit = (code) => {
        if (code !== 0) fail(`the core stopped (exit code ${code})`);
      };
      // Compile while the page is still loading (off the main thread), run
      // once its DOM is parsed.
      const module = await compile(api.runtime.getURL('core.wasm'));
      await domReady();
      // A task of its own for the core's start-up, not the tail of the
      // parser's (which on a long page is long already).
      await new Promise((resolve) => setTimeout(resolve, 0));
      const instance = await WebAssembly.instantiate(module, go.importObject);
      // For `make bench` (read through the isolated world): the core's
      // linear memory in bytes.
      globalThis.vettedMemory = () => instance.exports.mem.buffer.byteLength;
      state = 'running';
      // The core's main runs until it waits: by then it has published
      // globalThis.vettedCore (wasm/main.go).
      go.run(instance).catch(fail);
      const core = globalThis.vettedCore;
      if (!core || typeof core.call !== 'function') throw new Error('the core did not start');
      globalThis.vettedShell.start({ name: 'page', home: (request, tree) => core.call(request, tree) });
    } catch (e) {
      fail(`the core could not start: ${e && e.message ? e.message : e}`);
    }
  }

  async function compile(url) {
    try {
      return await WebAssembly.compileStreaming(fetch(url));
    } catch (e) {
      // A TypeError is a fetch failure or a wrong MIME type: try once more
      // from bytes. A CompileError would fail again.
      if (!(e instanceof TypeError)) throw e;
      const response = await fetch(url);
      if (!response.ok) throw new Error(`core.wasm: HTTP ${response.status}`);
      return WebAssembly.compile(await response.arrayBuffer());
    }
  }

  function domReady() {
    if (document.readyState !== 'loading') return Promise.resolve();
    return new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }

  function check() {
    const p = location.pathname.toLowerCase();
    if (state === 'idle' && site && site.path.test(p) && !(site.except && site.except.test(p))) {
      start();
      stopWatching();
    }
  }

  let timer = 0;
  const nav = globalThis.navigation;
  function stopWatching() {
    if (nav && nav.removeEventListener) nav.removeEventListener('currententrychange', check);
    removeEventListener('popstate', check);
    clearInterval(timer);
  }

  if (!site) return;
  check();
  if (state === 'idle') {
    // In-app navigations: the Navigation API where there is one, else a
    // cheap poll of the path.
    addEventListener('popstate', check);
    if (nav && nav.addEventListener) nav.addEventListener('currententrychange', check);
    else timer = setInterval(check, 1000);
  }
})();
