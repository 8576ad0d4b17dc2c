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
// (money talk, off-platform, job bait, personal-data requests, links, scam
// personas, contact details in the profile), impersonation and the
// blocklist keep their points, so no amount of mutuals hides a scam note.
// The result is clamped to 0..100. Flag.Points are the points after caps,
// before signals; Signal.Points are the points taken off.
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
