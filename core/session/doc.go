// Package session is the core's one interface to the shell (DESIGN §3,
// §7): the shell sends a snapshot of the page (package domtree) with a
// request, the core answers with data the shell applies: render models for
// every card's badge (package render), and for an action the next step of
// its plan (click this element, wait and send another snapshot, type this
// text into that message box, highlight that control, show this outcome)
// with the decision-log entry to keep; for a bulk run (bulk.go) its next
// step: pause, act on this card, or the summary, with the page's bar.
//
// The same requests and answers pass whichever home runs the core (in the
// page, or hosted in an extension context); the shell cannot tell which
// answered. The core keeps no state between requests: what an action
// needs later (the card as judged, the plan, the page before the click,
// a bulk run) travels in the answer and comes back with the next request,
// so a hosted core that was stopped and restarted answers the same.
//
// Everything here is plain Go over page.Node, tested natively on the site
// adapters' saved pages.
package session
