// LinkedIn's behaviour on the static fixture pages, for the tests and the
// demo. Runs in the page's main world (page.addInitScript; LinkedIn's CSP
// allows it): accepting marks the card connected, ignoring shows
// "Invitation ignored." with the site's report option, a reply link opens a
// composer for that person, and the Accept link of a "follows you" card
// ignores synthetic clicks (as on LinkedIn). Every click on a page control
// is recorded in window.__clicks.
export function simulateLinkedIn() {
  window.__clicks = [];
  document.addEventListener(
    'click',
    (e) => {
      const ctl = e.target.closest('[data-view-name="invitation-action"] > *, a.reply, a[href*="/messaging/compose/"]');
      if (!ctl || ctl.closest('[data-vetted-badge]')) return;
      e.preventDefault();
      const label = ctl.getAttribute('aria-label') || ctl.textContent.trim();
      const card = ctl.closest('[role="listitem"]');
      const name = card.querySelector('strong').textContent.trim();
      const rec = { label, trusted: e.isTrusted, key: card.getAttribute('componentkey') };
      window.__clicks.push(rec);
      if (ctl.tagName === 'A' && /^Accept/.test(label) && !e.isTrusted) {
        rec.ignored = true; // LinkedIn: this link ignores synthetic clicks
        return;
      }
      setTimeout(() => {
        if (ctl.matches('a.reply, a[href*="/messaging/compose/"]')) {
          const dlg = document.createElement('div');
          dlg.setAttribute('role', 'dialog');
          dlg.setAttribute('aria-label', `Messaging: ${name}`);
          const h = document.createElement('h2');
          h.textContent = name;
          const box = document.createElement('div');
          box.className = 'msg-form__contenteditable';
          box.setAttribute('contenteditable', 'true');
          box.setAttribute('role', 'textbox');
          box.setAttribute('aria-label', 'Write a message…');
          dlg.append(h, box);
          document.body.append(dlg);
        } else if (/^Accept/.test(label)) {
          ctl.closest('[data-view-name="invitation-action"]').remove();
          const note = document.createElement('p');
          note.textContent = `${name} is now a connection`;
          card.querySelector('[data-view-name="pending-invitation"] > div:not([data-view-name])').append(note);
        } else if (/^Ignore/.test(label)) {
          const bar = ctl.closest('[data-view-name="invitation-action"]');
          const done = document.createElement('div');
          const p = document.createElement('p');
          p.textContent = 'Invitation ignored.';
          const b = document.createElement('button');
          b.type = 'button';
          b.textContent = 'I don’t know this person';
          done.append(p, b);
          bar.replaceWith(done);
        }
      }, 150);
    },
    true,
  );
}
