// Package verdict turns a card's fired red flags and its risk-lowering
// signals into a Verdict: a risk score from 0 to 100 with per-group caps,
// a level (safe, review, danger), a connection type and the recommended
// action, following the connection-type table of the design (seed 003's
// table, extended) and its precedence from the most dangerous type down.
//
// A Judge (New) prepares the user's settings once; Card, Cards and
// FromHits judge cards with it.
//
// Score. Each hit gives weight × strength points. Points are capped per
// rule group, the strongest hits of a group keeping theirs: identity ≤ 60
// (photo, name, headline and network flags are circumstantial), note ≤ 100,
// context ≤ 100. Signals (trusted person, company or school in common,
// verified badge, mutual connections, a personal note naming a shared
// context) then take points off, but only off the soft part: scam evidence
// (money talk, off-platform, job bait, personal-data requests, suspicious
// links, scam personas, contact details in the profile), impersonation and the
// blocklist keep their points, so no amount of mutuals hides a scam note.
// The result is clamped to 0..100. Flag.Points are the points after caps,
// before signals; Signal.Points are the points taken off.
//
// Rules and the note model. The note model's scam reading is scam
// evidence like a rule's: hard from the probability that makes a scammer,
// soft below it (a review), where it adds up with the rules' scam
// evidence. A plain link (to an ordinary domain) adds its points but is
// no scam evidence: recruiters, vendors and friends send links, and the
// model has weighed the link already; a suspicious link (shortener,
// look-alike or risky domain, executable…) is. Pressure (urgency,
// flattery, romance openers) counts as scam evidence only beside other
// scam evidence. Where the model is all but sure (90 %) what kind of
// sender wrote the note (flag.Folded.Reading), one phrase does not
// overrule it: a meeting request ("15 minutes", "quick call") in a note
// it is sure is personal keeps its points but neither types a salesperson
// nor stops the note counting as personal, and a shared-context phrase in
// a note it is sure is a recruiter's or a salesperson's pitch does not
// make the note a personal one. Measured with eval -diag (scripts/eval):
// on the corpus, cross-validated, these took recruiters typed recruiter
// from 61.1 to 63.9 %, sales typed salesperson from 82.3 to 84.1 %, scams
// and spam judged danger from 71.3 to 72.0 % and legitimate notes judged
// danger from 1.2 to 0.6 %; the model's sureness at 80 or 95 % instead of
// 90 % changes none of these.
//
// Level. By score, with limits per strictness (review / danger): relaxed
// 40 / 75, balanced 25 / 60, strict 15 / 45. Scammers, blocked people and
// fake profiles are always at danger; a card whose recommendation is not a
// plain accept is at least at review.
//
// Type. See classify for the precedence. Scammer needs scam evidence of
// at least 45 / 30 / 20 points (relaxed / balanced / strict); a fake
// profile needs impersonation or 4 / 3 / 3 identity flags together and no
// verified badge. The user's own trusted list outranks the guesses below
// the scammer: a trusted profile URL beats fake profile and competitor, a
// trusted name (which impostors copy) beats competitor only.
//
// Recommendation. From the type per the design's table; in job-search mode
// (seed 004) recruiters are accepted and clean strangers are reviewed,
// then accepted. Job-search mode never softens scammers, fake profiles,
// blocked people or competitors.
package verdict
