//go:build js && wasm

package main

import (
	"strconv"

	"github.com/vetted/vetted/core/verdict"
)

// typeLabel names a connection type for the badge.
func typeLabel(t verdict.Type) string {
	switch t {
	case verdict.BlockedPerson:
		return "Blocked person"
	case verdict.Scammer:
		return "Scammer or spammer"
	case verdict.FakeProfile:
		return "Fake profile"
	case verdict.Competitor:
		return "Competitor"
	case verdict.PageInvite:
		return "Page or newsletter"
	case verdict.KnownContact:
		return "Known contact"
	case verdict.Recruiter:
		return "Recruiter"
	case verdict.Salesperson:
		return "Salesperson"
	case verdict.VerifiedAccount:
		return "Verified account"
	case verdict.IndustryPeer:
		return "Industry peer"
	case verdict.Stranger:
		return "Stranger"
	}
	return string(t)
}

// recLabel words a recommendation in lower case.
func recLabel(r verdict.Recommendation) string {
	switch r {
	case verdict.Accept:
		return "accept"
	case verdict.ReviewAccept:
		return "review, then accept"
	case verdict.ReviewAcceptIfRelevant:
		return "review, accept if relevant"
	case verdict.IgnoreOrVet:
		return "ignore or vet further"
	case verdict.Decline:
		return "decline"
	case verdict.DeclineBlock:
		return "decline and block"
	case verdict.Review:
		return "review"
	}
	return string(r)
}

// levelLabel words a level.
func levelLabel(l verdict.Level) string {
	switch l {
	case verdict.LevelSafe:
		return "looks safe"
	case verdict.LevelReview:
		return "needs a look"
	case verdict.LevelDanger:
		return "dangerous"
	}
	return string(l)
}

// chipLabel is the chip's text: "Recruiter — review, then accept".
func chipLabel(v *verdict.Verdict) string {
	return typeLabel(v.Type) + " — " + recLabel(v.Recommendation)
}

// summary is the chip's spoken summary.
func summary(v *verdict.Verdict) string {
	s := chipLabel(v) + "; " + levelLabel(v.Level) + ", risk " + strconv.Itoa(v.Score) + " of 100"
	if n := len(v.Flags); n == 1 {
		s += ", 1 red flag"
	} else if n > 1 {
		s += ", " + strconv.Itoa(n) + " red flags"
	}
	return s
}
