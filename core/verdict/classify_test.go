package verdict

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/settings"
)

// person is a card's facts with nothing known but that it is a person.
func person(change ...func(f *facts)) facts {
	f := facts{person: true, mutuals: -1}
	for _, c := range change {
		c(&f)
	}
	return f
}

var (
	recruiterTitle = func(f *facts) { f.recruiter = "talent acquisition" }
	salesTitle     = func(f *facts) { f.sales = "account executive" }
	trustedByName  = func(f *facts) { f.trust = trustName }
	trustedByURL   = func(f *facts) { f.trust = trustURL }
	verifiedBadge  = func(f *facts) { f.verified = true }
	sharedOrg      = func(f *facts) { f.sharedOrg = true }
	personalNote   = func(f *facts) { f.noteContext = true }
	inIndustry     = func(f *facts) { f.industry = "robotics" }
	notAPerson     = func(f *facts) { f.person = false }
	mutuals        = func(n int) func(f *facts) { return func(f *facts) { f.mutuals = n } }
)

// Scam evidence at balanced strength: money talk and a move off the site.
var scamHits = []flag.Hit{hit(ruleMoneyTalk, 50, 1, `"guaranteed returns"`), hit(ruleOffPlatform, 40, 1, `"WhatsApp"`)}

// Three basic identity flags: a fake profile at balanced strictness.
var fakeHits = []flag.Hit{hit(ruleNoMutuals, 10, 1), hit(ruleDefaultPhoto, 15, 1), hit(ruleGenericHeadline, 10, 1)}

func with(groups ...[]flag.Hit) []flag.Hit {
	var out []flag.Hit
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// classifyHits scores hits and classifies at balanced strictness.
func classifyHits(f facts, hits []flag.Hit, relief int) Type {
	hs := append([]flag.Hit(nil), hits...)
	_, tl := score(hs, nil, sureNone)
	ty, why, _ := classify(&f, &tl, risk(tl, relief), balancedLimits)
	if why >= reasonCount {
		panic("no reason for " + string(ty))
	}
	return ty
}

func TestClassifyEachType(t *testing.T) {
	tests := []struct {
		name  string
		facts facts
		hits  []flag.Hit
		want  Type
	}{
		{"blocked", person(), []flag.Hit{hit(ruleBlockedPerson, 100, 1)}, BlockedPerson},
		{"scammer", person(), scamHits, Scammer},
		{"scam persona and contact in profile", person(), []flag.Hit{hit(ruleScamPersona, 35, 1), hit(ruleContactProfile, 25, 1)}, Scammer},
		{"one weak link is not a scammer", person(), []flag.Hit{hit(ruleLinkInNote, 20, 1)}, Stranger},
		{"fake by identity flags", person(), fakeHits, FakeProfile},
		{"two identity flags are not enough", person(), fakeHits[:2], Stranger},
		{"impersonation", person(mutuals(4)), []flag.Hit{hit(ruleImpersonation, 50, 1)}, FakeProfile},
		{"competitor", person(), []flag.Hit{hit(ruleCompetitor, 40, 1)}, Competitor},
		{"page", person(notAPerson), nil, PageInvite},
		{"trusted", person(trustedByName), nil, KnownContact},
		{"shared org and mutuals", person(sharedOrg, mutuals(2)), nil, KnownContact},
		{"shared org alone", person(sharedOrg, mutuals(0)), nil, Stranger},
		{"personal note", person(personalNote), nil, KnownContact},
		{"recruiter", person(recruiterTitle), nil, Recruiter},
		{"sales title", person(salesTitle), nil, Salesperson},
		{"sales pitch", person(), []flag.Hit{hit(ruleSalesPitch, 20, 1)}, Salesperson},
		{"verified", person(verifiedBadge), nil, VerifiedAccount},
		{"verified with red flags", person(verifiedBadge), []flag.Hit{hit("pressure", 30, 1)}, Stranger},
		{"industry headline", person(inIndustry), nil, IndustryPeer},
		{"industry but flagged", person(inIndustry), []flag.Hit{hit(ruleDefaultPhoto, 15, 1), hit(ruleNoMutuals, 10, 1)}, Stranger},
		{"several mutuals", person(mutuals(3)), nil, IndustryPeer},
		{"two mutuals", person(mutuals(2)), nil, Stranger},
		{"nothing known", person(), nil, Stranger},
		{"no mutuals", person(mutuals(0)), []flag.Hit{hit(ruleNoMutuals, 10, 1)}, Stranger},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, classifyHits(tt.facts, tt.hits, 0), tt.name)
	}
}

// Each pair: the card has the evidence of both types; the first wins.
func TestClassifyPrecedencePairs(t *testing.T) {
	blocked := []flag.Hit{hit(ruleBlockedPerson, 100, 1)}
	competitor := []flag.Hit{hit(ruleCompetitor, 40, 1)}
	pitch := []flag.Hit{hit(ruleSalesPitch, 20, 1)}
	tests := []struct {
		name  string
		facts facts
		hits  []flag.Hit
		want  Type
	}{
		{"blocked over scammer", person(), with(blocked, scamHits), BlockedPerson},
		{"blocked over trusted", person(trustedByURL), blocked, BlockedPerson},
		{"scammer over fake", person(), with(scamHits, fakeHits), Scammer},
		{"scammer over trusted by URL", person(trustedByURL), scamHits, Scammer},
		{"scammer over trusted by name", person(trustedByName), scamHits, Scammer},
		{"scammer over recruiter", person(recruiterTitle), scamHits, Scammer},
		{"scammer over many mutuals", person(mutuals(40), sharedOrg, verifiedBadge), scamHits, Scammer},
		{"scammer over page", person(notAPerson), scamHits, Scammer},
		{"trusted URL over fake", person(trustedByURL), fakeHits, KnownContact},
		{"fake over trusted name (impostor)", person(trustedByName), fakeHits, FakeProfile},
		{"impersonation over trusted name", person(trustedByName), []flag.Hit{hit(ruleImpersonation, 50, 1)}, FakeProfile},
		{"verified is not fake by identity flags", person(verifiedBadge), fakeHits, Stranger},
		{"verified impersonator is fake", person(verifiedBadge), []flag.Hit{hit(ruleImpersonation, 50, 1)}, FakeProfile},
		{"fake over competitor", person(), with(fakeHits, competitor), FakeProfile},
		{"trusted name over competitor", person(trustedByName), competitor, KnownContact},
		{"competitor over page", person(notAPerson), competitor, Competitor},
		{"competitor over shared org", person(sharedOrg, mutuals(5)), competitor, Competitor},
		{"competitor over recruiter", person(recruiterTitle), competitor, Competitor},
		{"page ignores identity flags", person(notAPerson), fakeHits, PageInvite},
		{"page over known contact", person(notAPerson, sharedOrg, mutuals(3)), nil, PageInvite},
		{"known contact over recruiter", person(recruiterTitle, sharedOrg, mutuals(1)), nil, KnownContact},
		{"personal note over sales title", person(salesTitle, personalNote), nil, KnownContact},
		{"recruiter over salesperson", person(recruiterTitle, salesTitle), pitch, Recruiter},
		{"salesperson over verified", person(verifiedBadge), pitch, Salesperson},
		{"verified over industry peer", person(verifiedBadge, inIndustry, mutuals(5)), nil, VerifiedAccount},
		{"industry peer over stranger", person(inIndustry, mutuals(0)), nil, IndustryPeer},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, classifyHits(tt.facts, tt.hits, 0), tt.name)
	}
}

func TestClassifyPerStrictness(t *testing.T) {
	scam := []flag.Hit{hit(ruleMoneyTalk, 50, 0.8)}      // 40 points
	weakScam := []flag.Hit{hit(ruleLinkInNote, 40, 0.6)} // 24 points
	identity := fakeHits
	tests := []struct {
		strictness settings.Strictness
		hits       []flag.Hit
		want       Type
	}{
		{settings.Relaxed, scam, Stranger},
		{settings.Balanced, scam, Scammer},
		{settings.Strict, scam, Scammer},
		{settings.Relaxed, weakScam, Stranger},
		{settings.Balanced, weakScam, Stranger},
		{settings.Strict, weakScam, Scammer},
		{settings.Relaxed, identity, Stranger},
		{settings.Balanced, identity, FakeProfile},
		{settings.Strict, identity, FakeProfile},
	}
	for _, tt := range tests {
		hs := append([]flag.Hit(nil), tt.hits...)
		_, tl := score(hs, nil, sureNone)
		f := person()
		got, _, _ := classify(&f, &tl, risk(tl, 0), limitsFor(tt.strictness))
		assert.Equal(t, tt.want, got, "%s %v", tt.strictness, tt.hits[0].ID)
	}
}

func TestRecommend(t *testing.T) {
	tests := []struct {
		ty        Type
		jobSearch bool
		clean     bool
		want      Recommendation
	}{
		{KnownContact, false, true, Accept},
		{IndustryPeer, false, true, Accept},
		{VerifiedAccount, false, true, Accept},
		{Recruiter, false, true, ReviewAccept},
		{Recruiter, true, true, Accept},
		{Salesperson, false, true, ReviewAcceptIfRelevant},
		{Salesperson, true, true, ReviewAcceptIfRelevant},
		{Stranger, false, true, IgnoreOrVet},
		{Stranger, true, true, ReviewAccept},
		{Stranger, true, false, IgnoreOrVet},
		{FakeProfile, false, true, Decline},
		{FakeProfile, true, true, Decline},
		{Competitor, true, true, Decline},
		{Scammer, false, false, DeclineBlock},
		{Scammer, true, true, DeclineBlock},
		{BlockedPerson, true, true, DeclineBlock},
		{PageInvite, false, true, Review},
		{PageInvite, true, true, Review},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, recommend(tt.ty, tt.jobSearch, tt.clean), "%s job=%v clean=%v", tt.ty, tt.jobSearch, tt.clean)
	}
}

func TestLevelFor(t *testing.T) {
	th := balancedLimits
	assert.Equal(t, LevelSafe, levelFor(KnownContact, Accept, 0, th))
	assert.Equal(t, LevelReview, levelFor(KnownContact, Accept, 30, th))
	assert.Equal(t, LevelDanger, levelFor(Stranger, IgnoreOrVet, 60, th))
	assert.Equal(t, LevelReview, levelFor(Stranger, IgnoreOrVet, 0, th))
	assert.Equal(t, LevelReview, levelFor(Recruiter, ReviewAccept, 0, th))
	assert.Equal(t, LevelSafe, levelFor(Recruiter, Accept, 0, th), "job search: an accepted recruiter is safe")
	assert.Equal(t, LevelReview, levelFor(PageInvite, Review, 0, th))
	assert.Equal(t, LevelDanger, levelFor(Scammer, DeclineBlock, 10, th))
	assert.Equal(t, LevelDanger, levelFor(BlockedPerson, DeclineBlock, 0, th))
	assert.Equal(t, LevelDanger, levelFor(FakeProfile, Decline, 30, th))
	for _, s := range []settings.Strictness{settings.Relaxed, settings.Balanced, settings.Strict} {
		l := limitsFor(s)
		assert.Less(t, l.review, l.danger)
		assert.Equal(t, LevelSafe, l.levelOf(l.review-1))
		assert.Equal(t, LevelReview, l.levelOf(l.review))
		assert.Equal(t, LevelDanger, l.levelOf(l.danger))
	}
	assert.Equal(t, balancedLimits, limitsFor("unknown"))
}

// TestScamRulesReachTheScamLimit checks what thresholds.go promises: at
// balanced, any one scam rule at full strength makes a scammer, so that the
// weights of package flag and the limits here cannot drift apart.
func TestScamRulesReachTheScamLimit(t *testing.T) {
	limit := limitsFor(settings.Balanced).scam
	n := 0
	for _, r := range flag.All {
		if roleOf(r.ID)&roleScam == 0 {
			continue
		}
		n++
		assert.GreaterOrEqual(t, r.Weight, limit, "%s weighs %d, under the balanced scam limit %d", r.ID, r.Weight, limit)
	}
	assert.Equal(t, 7, n, "the scam rules")
}
