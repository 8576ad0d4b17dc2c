package bulk

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/ledger"
	"github.com/vetted/vetted/core/settings"
	"github.com/vetted/vetted/core/verdict"
)

const now = int64(1_800_000_000_000)

func v(t verdict.Type, r verdict.Recommendation, l verdict.Level, flags ...string) verdict.Verdict {
	out := verdict.Verdict{Type: t, Recommendation: r, Level: l}
	for _, f := range flags {
		out.Flags = append(out.Flags, verdict.Flag{ID: f})
	}
	return out
}

func TestSelects(t *testing.T) {
	trustedScam := v(verdict.Scammer, verdict.DeclineBlock, verdict.LevelDanger, "money-talk")
	trustedScam.Signals = []verdict.Signal{{ID: "trusted-person"}}
	tests := []struct {
		name           string
		v              verdict.Verdict
		accept, ignore bool
	}{
		{"known contact, accept", v(verdict.KnownContact, verdict.Accept, verdict.LevelSafe), true, false},
		{"verified, accept", v(verdict.VerifiedAccount, verdict.Accept, verdict.LevelSafe), true, false},
		{"recruiter, review then accept", v(verdict.Recruiter, verdict.ReviewAccept, verdict.LevelReview), false, false},
		{"salesperson", v(verdict.Salesperson, verdict.ReviewAcceptIfRelevant, verdict.LevelReview, "sales-pitch"), false, false},
		{"page invite", v(verdict.PageInvite, verdict.Review, verdict.LevelReview), false, false},
		{"scammer", v(verdict.Scammer, verdict.DeclineBlock, verdict.LevelDanger, "money-talk"), false, true},
		{"fake profile", v(verdict.FakeProfile, verdict.Decline, verdict.LevelDanger, "odd-name"), false, true},
		{"competitor, review level", v(verdict.Competitor, verdict.Decline, verdict.LevelReview, "competitor"), false, true},
		{"blocked person", v(verdict.BlockedPerson, verdict.DeclineBlock, verdict.LevelDanger, "blocked-person"), false, true},
		{"stranger with a flag", v(verdict.Stranger, verdict.IgnoreOrVet, verdict.LevelReview, "no-mutuals"), false, true},
		{"stranger without flags", v(verdict.Stranger, verdict.IgnoreOrVet, verdict.LevelReview), false, false},
		{"danger level whatever the recommendation", v(verdict.Salesperson, verdict.ReviewAcceptIfRelevant, verdict.LevelDanger, "link-in-note"), false, true},
		{"never a known contact", v(verdict.KnownContact, verdict.Decline, verdict.LevelDanger, "x"), false, false},
		{"never a trusted person", trustedScam, false, false},
		{"empty verdict", verdict.Verdict{}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.accept, AcceptRecommended.Selects(&tt.v), "accept all recommended")
			assert.Equal(t, tt.ignore, IgnoreFlagged.Selects(&tt.v), "ignore all flagged")
			assert.False(t, Kind("nuke-all").Selects(&tt.v))
		})
	}
}

func TestKind(t *testing.T) {
	assert.True(t, AcceptRecommended.Valid())
	assert.True(t, IgnoreFlagged.Valid())
	assert.False(t, Kind("").Valid())
	assert.False(t, Kind("accept").Valid())
	assert.Equal(t, action.Accept, AcceptRecommended.Action())
	assert.Equal(t, action.Ignore, IgnoreFlagged.Action())
}

var (
	safe   = v(verdict.KnownContact, verdict.Accept, verdict.LevelSafe)
	scam   = v(verdict.Scammer, verdict.DeclineBlock, verdict.LevelDanger, "money-talk")
	review = v(verdict.Recruiter, verdict.ReviewAccept, verdict.LevelReview)
)

func card(key string, vv verdict.Verdict, c Control) Card {
	return Card{Key: key, Name: "Name " + key, Verdict: vv, Control: c}
}

func pacing(run, hour int) settings.Pacing {
	return settings.Pacing{MinDelayMS: 1500, MaxDelayMS: 4000, MaxPerRun: run, MaxPerHour: hour}
}

func bulkEntries(n int, at int64) []ledger.Entry {
	out := make([]ledger.Entry, n)
	for i := range out {
		out[i] = ledger.Entry{Key: "old", Name: "Old", Action: "accept", Outcome: ledger.Done, At: at, Bulk: true}
	}
	return out
}

func targets(keys ...string) []Target {
	out := make([]Target, len(keys))
	for i, k := range keys {
		out[i] = Target{Key: k, Name: "Name " + k}
	}
	return out
}

func skip(key string, r Reason) Skip { return Skip{Key: key, Name: "Name " + key, Reason: r} }

func TestNew(t *testing.T) {
	page := []Card{
		card("a", safe, Clickable),
		card("s1", scam, Clickable),
		card("b", safe, Clickable),
		card("r", review, Clickable),
		card("c", safe, NoControl),
		card("d", safe, UserClick),
		card("e", safe, Clickable),
		card("f", safe, Clickable),
	}
	busy := append([]Card(nil), page...)
	busy[2].Busy = true
	tests := []struct {
		name    string
		kind    Kind
		cards   []Card
		pacing  settings.Pacing
		entries []ledger.Entry
		want    Plan
	}{
		{
			name: "accept: targets in page order, unusable controls skipped",
			kind: AcceptRecommended, cards: page, pacing: pacing(25, 80),
			want: Plan{Kind: AcceptRecommended, Targets: targets("a", "b", "e", "f"),
				Skipped: []Skip{skip("c", NoControlOnCard), skip("d", NeedsUserClick)}},
		},
		{
			name: "ignore flagged takes only the scammer",
			kind: IgnoreFlagged, cards: page, pacing: pacing(25, 80),
			want: Plan{Kind: IgnoreFlagged, Targets: targets("s1")},
		},
		{
			name: "per-run cap",
			kind: AcceptRecommended, cards: page, pacing: pacing(2, 80),
			want: Plan{Kind: AcceptRecommended, Targets: targets("a", "b"),
				Skipped: []Skip{skip("c", NoControlOnCard), skip("d", NeedsUserClick), skip("e", RunCap), skip("f", RunCap)}},
		},
		{
			name: "hourly cap counts bulk entries of the last hour only",
			kind: AcceptRecommended, cards: page, pacing: pacing(25, 10),
			entries: append(append(bulkEntries(7, now-HourMS+1000), bulkEntries(20, now-HourMS-1)...),
				ledger.Entry{Key: "x", Name: "X", Action: "accept", At: now - 1000}), // not bulk
			want: Plan{Kind: AcceptRecommended, Targets: targets("a", "b", "e"),
				Skipped: []Skip{skip("c", NoControlOnCard), skip("d", NeedsUserClick), skip("f", HourCap)}},
		},
		{
			name: "hourly cap used up",
			kind: AcceptRecommended, cards: page[:3], pacing: pacing(25, 5),
			entries: bulkEntries(6, now),
			want:    Plan{Kind: AcceptRecommended, Skipped: []Skip{skip("a", HourCap), skip("b", HourCap)}},
		},
		{
			name: "already accepted or ignored in the ledger",
			kind: AcceptRecommended, cards: page[:3], pacing: pacing(25, 80),
			entries: []ledger.Entry{
				{Key: "a", Action: "accept-thanks", Outcome: ledger.Done},
				{Key: "b", Action: "accept", Outcome: ledger.Failed}, // not done: still a target
				{Key: "b", Action: "ask", Outcome: ledger.Done},      // not a decision
			},
			want: Plan{Kind: AcceptRecommended, Targets: targets("b"), Skipped: []Skip{skip("a", AlreadyDone)}},
		},
		{
			name: "a card with a one-card action running",
			kind: AcceptRecommended, cards: busy[:3], pacing: pacing(25, 80),
			want: Plan{Kind: AcceptRecommended, Targets: targets("a"), Skipped: []Skip{skip("b", InProgress)}},
		},
		{
			name: "unknown kind plans nothing",
			kind: "everything", cards: page, pacing: pacing(25, 80),
			want: Plan{Kind: "everything"},
		},
		{
			name: "no cards",
			kind: IgnoreFlagged, pacing: pacing(25, 80),
			want: Plan{Kind: IgnoreFlagged},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, New(tt.kind, tt.cards, tt.pacing, tt.entries, now))
		})
	}
}

func TestStart(t *testing.T) {
	page := []Card{card("a", safe, Clickable), card("b", safe, Clickable), card("c", safe, NoControl), card("n", safe, Clickable)}
	tests := []struct {
		name      string
		confirmed []string
		want      Plan
	}{
		{"all confirmed", []string{"a", "b", "n"}, Plan{Kind: AcceptRecommended, Targets: targets("a", "b", "n")}},
		{
			name:      "a new card is not acted on; a confirmed card lost its control; one left",
			confirmed: []string{"a", "c", "gone"},
			want: Plan{Kind: AcceptRecommended, Targets: targets("a"), Skipped: []Skip{
				skip("b", NotConfirmed), skip("n", NotConfirmed), skip("c", NoControlOnCard), {Key: "gone", Reason: Gone},
			}},
		},
		{"nothing confirmed", nil, Plan{Kind: AcceptRecommended, Skipped: []Skip{skip("a", NotConfirmed), skip("b", NotConfirmed), skip("n", NotConfirmed)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Start(AcceptRecommended, tt.confirmed, page, pacing(25, 80), nil, now))
		})
	}
}

func TestRoom(t *testing.T) {
	tests := []struct {
		name    string
		pacing  settings.Pacing
		entries []ledger.Entry
		done    int
		want    Reason
	}{
		{"room", pacing(3, 10), bulkEntries(2, now), 2, ""},
		{"run cap reached", pacing(3, 10), nil, 3, RunCap},
		{"hour cap reached", pacing(30, 10), bulkEntries(10, now-1), 1, HourCap},
		{"a future entry counts", pacing(30, 1), bulkEntries(1, now+HourMS), 0, HourCap},
		{"older entries do not count", pacing(30, 1), bulkEntries(5, now-HourMS), 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Room(tt.pacing, tt.entries, now, tt.done))
		})
	}
}

func TestDelay(t *testing.T) {
	def := settings.Defaults().Pacing
	require.Equal(t, 1500, def.MinDelayMS)
	require.Equal(t, 4000, def.MaxDelayMS)
	tests := []struct {
		name string
		r    float64
		p    settings.Pacing
		want int
	}{
		{"lowest draw", 0, def, 1500},
		{"highest draw", 0.99999999, def, 4000},
		{"middle", 0.5, def, 2750},
		{"draw of 1 clamps", 1, def, 4000},
		{"negative draw clamps", -3, def, 1500},
		{"fixed delay", 0.7, settings.Pacing{MinDelayMS: 200, MaxDelayMS: 200}, 200},
		{"swapped bounds", 0, settings.Pacing{MinDelayMS: 900, MaxDelayMS: 300}, 300},
		{"negative bounds", 0.5, settings.Pacing{MinDelayMS: -10, MaxDelayMS: -5}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Delay(func() float64 { return tt.r }, tt.p))
		})
	}
	assert.Equal(t, 1500, Delay(nil, def), "no source: the minimum")
	nan := 0.0
	assert.Equal(t, 1500, Delay(func() float64 { return nan / nan }, def), "NaN: the minimum")
	// Every draw stays in range.
	for i := 0; i < 1000; i++ {
		r := float64(i) / 1000
		d := Delay(func() float64 { return r }, def)
		assert.True(t, d >= 1500 && d <= 4000, "delay %d for %v", d, r)
	}
}

func TestStopReason(t *testing.T) {
	for out, want := range map[action.Outcome]Reason{
		action.Stopped:   SecurityCheck,
		action.NeedsUser: NeedsYou,
		action.Refused:   PageChanged,
		action.Failed:    NoChange,
	} {
		assert.Equal(t, want, StopReason(out), string(out))
	}
}

func TestRun(t *testing.T) {
	plan := Plan{Kind: AcceptRecommended, Targets: targets("a", "b", "c"), Skipped: []Skip{skip("z", NoControlOnCard)}}
	tests := []struct {
		name       string
		steps      []string
		state      State
		done       []Target
		stop       Reason
		stopName   string
		notReached []Target
		skipped    []Skip
	}{
		{"all done", []string{"done", "done", "done"}, Finished, targets("a", "b", "c"), "", "", nil, nil},
		{"cancelled after the first", []string{"done", "cancel"}, Halted, targets("a"), Cancelled, "Name b", targets("b", "c"), nil},
		{"security check on the second", []string{"done", "stopped"}, Halted, targets("a"), SecurityCheck, "Name b", targets("c"), nil},
		{"dialog on the first", []string{"needs-user"}, Halted, nil, NeedsYou, "Name a", targets("b", "c"), nil},
		{"card changed", []string{"done", "done", "refused"}, Halted, targets("a", "b"), PageChanged, "Name c", nil, nil},
		{"no change", []string{"failed"}, Halted, nil, NoChange, "Name a", targets("b", "c"), nil},
		{"hour cap before the third", []string{"done", "done", "hour-cap"}, Halted, targets("a", "b"), HourCap, "Name c", targets("c"), nil},
		{"a card left the page", []string{"done", "gone", "done"}, Finished, targets("a", "c"), "", "", nil, []Skip{skip("b", Gone)}},
		{"nothing happens after a stop", []string{"stopped", "done", "cancel", "gone"}, Halted, nil, SecurityCheck, "Name a", targets("b", "c"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewRun(plan)
			for _, s := range tt.steps {
				switch s {
				case "done", "stopped", "needs-user", "refused", "failed":
					r.Record(action.Outcome(s), "why "+s)
				case "cancel":
					r.Halt(Cancelled, "")
				case "hour-cap":
					r.Halt(HourCap, "")
				case "gone":
					r.SkipCurrent(Gone)
				}
			}
			assert.Equal(t, tt.state, r.State)
			assert.Equal(t, tt.done, r.Done)
			assert.Equal(t, tt.stop, r.Stop)
			assert.Equal(t, tt.stopName, r.StopName)
			assert.Equal(t, tt.notReached, r.NotReached())
			assert.Equal(t, append([]Skip{skip("z", NoControlOnCard)}, tt.skipped...), r.Skipped)
			_, _, ok := r.Next()
			assert.Equal(t, tt.state == Running, ok)
		})
	}
}

func TestRunNext(t *testing.T) {
	r := NewRun(Plan{Kind: IgnoreFlagged, Targets: targets("a", "b")})
	tg, i, ok := r.Next()
	require.True(t, ok)
	assert.Equal(t, Target{Key: "a", Name: "Name a"}, tg)
	assert.Equal(t, 1, i)
	assert.Equal(t, 1, r.Tree()["current"])
	r.Record(action.Done, "")
	tg, i, ok = r.Next()
	require.True(t, ok)
	assert.Equal(t, "b", tg.Key)
	assert.Equal(t, 2, i)

	empty := NewRun(Plan{Kind: IgnoreFlagged})
	assert.Equal(t, Finished, empty.State)
	_, _, ok = empty.Next()
	assert.False(t, ok)
}

func TestTrees(t *testing.T) {
	r := NewRun(Plan{Kind: IgnoreFlagged, Targets: targets("a", "b", "c"), Skipped: []Skip{skip("z", RunCap)}})
	r.Record(action.Done, "")
	r.Record(action.Stopped, "A security check is on screen.")
	raw, err := json.Marshal(r.Tree())
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"kind": "ignore-flagged", "action": "ignore", "state": "stopped", "total": 3, "current": 0,
		"done": [{"key": "a", "name": "Name a"}],
		"skipped": [{"key": "z", "name": "Name z", "reason": "run-cap"}],
		"not_reached": [{"key": "c", "name": "Name c"}],
		"stop": "security-check", "stop_name": "Name b", "message": "A security check is on screen."
	}`, string(raw))

	running := NewRun(Plan{Kind: AcceptRecommended, Targets: targets("a")})
	tree := running.Tree()
	assert.Equal(t, "running", tree["state"])
	assert.NotContains(t, tree, "stop")

	raw, err = json.Marshal(Plan{Kind: AcceptRecommended, Targets: targets("a"), Skipped: []Skip{skip("b", Gone)}}.Tree())
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind": "accept-recommended", "action": "accept",
		"targets": [{"key": "a", "name": "Name a"}], "skipped": [{"key": "b", "name": "Name b", "reason": "gone"}]}`, string(raw))
}
