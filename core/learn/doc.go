// Package learn is what Vetted learns from its user's own decisions: a
// small local preference model, updated by every accept, ignore, report
// and block (single or bulk) and by the user's corrections of a badge,
// which count more (DESIGN §9).
//
// What it learns from (Sample, Features): the card's note, as the words
// and word pairs of the note model (package notemodel, the same feature
// hashes); the headline's title (what comes before "at", "@", "|"…) as
// words and word pairs; and the facts Vetted already reads: what the
// note reads like to the note model (a recruiter's, a sales pitch,
// personal), mutual connections, a company or school in common, the
// photo, the verified badge, whether the sender is a person.
//
// A note that reads personal is two facts, by whether it names something
// particular (Specific: a name inside a sentence, a number, words in
// quotes, a template's slot its sender fills in by hand, but not a mail
// merge's "[Name]" or "{company}"): the note model reads peers', personal
// and contentless notes alike, and each particular word is seen once in
// fifty decisions, so a user who accepts the first and ignores the
// second needs a feature that pools them. On the learning curve (go run
// ./scripts/eval -learning -cv) it took the job seeker, who ignores
// contentless notes, from 82.9 to 85.1 % after 50 decisions (the founder
// 83.4 and 83.4, the engineer 91.2 and 91.0, no scam moved to accept);
// a fact for any specific note, whatever it reads like, gave 82.5 %, and
// the two facts beside "reads personal" instead of in its place 84.8 %.
// Reading a merge field's words as whole words and Facebook, Instagram,
// Twitter and X as sites' names then gave 84.8, 83.3 and 90.6 %, and
// reading fields written as one word ("{{firstName}}") again as a mail
// merge's 84.9, 83.4 and 90.5 % (make eval, EVAL.md). A state
// that holds the old fact keeps it, listed as not used by this version
// (Item.Retired), with no effect.
//
// How (Model): for each feature, how many decisions leaned to accepting
// and how many to ignoring (reports and blocks lean to ignoring; a bulk
// decision counts half, a correction three times), and, from corrections,
// which type the user said such senders are. A card is judged by the
// user's odds of ignoring at all, plus, over the features it shares with
// earlier decisions, how much likelier the user is to ignore a card with
// each than any card (log-odds, smoothed towards the user's overall odds
// with a couple of decisions, so that a feature seen once weighs little
// and evidence grows with every decision that shares it), each part
// (note, headline, facts) with its own say, divided by the square root of
// its features. Past a limit the card leans (Result): the red-flag rule
// flag.Learnt makes it a hit with evidence ("you ignored 6 invitations
// like this: "our agency", "quick call""), and package verdict moves the
// recommendation between accept, review and ignore.
//
// Limits, kept by the model and by verdict: one decision is never enough
// (a lean needs features that at least MinSupport decisions shared); the
// learnt lean adds no risk points, so it never makes a danger verdict on
// its own and never clears a scam signal (verdict applies it only to
// cards without scam evidence, and never to scammers, fake profiles,
// blocked people or competitors); and an accepting lean is held back on a
// stranger's card (Sample.Stranger: a person with no mutual connection
// and no company or school in common; Result.Held), since scams copy the
// notes people accept: on the learning curve's simulated users (make
// eval, which measures it each run with Model.Unheld), scams that no rule
// flagged were moved to a plain accept 108, 81 and 14 times without this
// limit and never with it, at 4.0, 1.1 and 0.6 points of agreement after
// 50 decisions (a limit by the note model's probability of scam instead
// let some through at every threshold tried: 8, 4 and 1 from 0.02).
//
// Same sender, same campaign (Reported): after a report or a block the
// model remembers the sender and the note (as hashes, with the sender's
// name for the evidence), so that the rule flag.LikeReported flags another
// invitation from the same person or with the same note at once.
//
// Bounds: at most MaxFeatures features (the least used and oldest go
// first) and MaxReported reported senders and notes; labels are cut to
// MaxLabel characters. The state encodes to a generic JSON tree (Tree) and
// decodes with validation (FromTree): a state that does not validate is
// refused whole with a clear error, so the caller keeps what it had. The
// members of the state, a feature, a reported entry or a forgotten item
// that this version does not read (a newer version's) are kept as they
// were and written back by Tree, also after the item learnt more.
// Forget removes one feature or reported entry completely; Reset empties
// the model. The package imports no fmt, regexp or encoding/json, so that
// the WebAssembly build stays small.
package learn
