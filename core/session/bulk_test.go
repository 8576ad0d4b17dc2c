package session_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/bulk"
	"github.com/vetted/vetted/core/ledger"
	"github.com/vetted/vetted/core/session"
	"github.com/vetted/vetted/core/settings"
	"github.com/vetted/vetted/core/verdict"
	"github.com/vetted/vetted/core/wire"
)

const receivedURL = "https://www.linkedin.com/mynetwork/invitation-manager/received/"

// bulkEnv is env() with pacing and a decision log the test controls.
func bulkEnv(p settings.Pacing, log *[]ledger.Entry) *session.Env {
	e := env()
	e.Pacing = p
	e.Entries = func() []ledger.Entry { return *log }
	return e
}

var pace = settings.Pacing{MinDelayMS: 1000, MaxDelayMS: 3000, MaxPerRun: 25, MaxPerHour: 80}

// names of the cards in a list.
func names(list []bulk.Target) []string {
	var out []string
	for _, x := range list {
		out = append(out, x.Name)
	}
	return out
}

// roundTrip sends a run as it travels to the shell and back: in the core's
// answer (core/wire), then in the shell's next request.
func roundTrip(t *testing.T, r *session.BulkRun) *session.BulkRun {
	t.Helper()
	b, ok := wire.Append(nil, &session.BulkAnswer{Run: r})
	require.True(t, ok)
	var ans struct {
		Run json.RawMessage `json:"run"`
	}
	require.NoError(t, json.Unmarshal(b, &ans))
	req, err := wire.DecodeRequest(`{"op":"bulk-step","run":` + string(ans.Run) + `}`)
	require.NoError(t, err)
	require.NotNil(t, req.Run)
	return req.Run
}

func keysOf(ts []bulk.Target) []string {
	var out []string
	for _, x := range ts {
		out = append(out, x.Key)
	}
	return out
}

// The plan takes the cards the bulk action selects that have a control a
// script may click, in page order, as the rules of core/bulk say.
func TestBulkPlanFollowsTheRules(t *testing.T) {
	o := open(t, testdata+"/linkedin/received.html", receivedURL)
	var log []ledger.Entry
	e := bulkEnv(pace, &log)
	for _, k := range []bulk.Kind{bulk.AcceptRecommended, bulk.IgnoreFlagged} {
		req := o.req("bulk-plan")
		req.BulkKind = string(k)
		plan, err := session.BulkPlan(e, req)
		require.NoError(t, err)
		assert.Equal(t, string(k.Action()), plan.Action)
		var want []string
		for _, cv := range o.scan.Cards {
			v := verdict.Verdict{Recommendation: verdict.Recommendation(cv.Judged.Recommendation), Level: verdict.Level(cv.Judged.Level), Type: verdict.Type(cv.Judged.Type)}
			for _, f := range cv.Judged.Flags {
				v.Flags = append(v.Flags, verdict.Flag{ID: f})
			}
			if k.Selects(&v) { // the saved page has nobody on a trusted list
				want = append(want, cv.Judged.Name)
			}
		}
		got := names(plan.Targets)
		for _, x := range plan.Skipped {
			got = append(got, x.Name)
		}
		assert.ElementsMatch(t, want, got, "%s: every selected card is a target or skipped", k)
		assert.NotEmpty(t, plan.Targets, "%s: the saved page has targets", k)
	}
	req := o.req("bulk-plan")
	req.BulkKind = "everything"
	_, err := session.BulkPlan(e, req)
	assert.EqualError(t, err, "unknown-kind")
	req = o.req("bulk-plan")
	req.BulkKind, req.URL, req.Tree = string(bulk.IgnoreFlagged), "https://example.com/", ""
	_, err = session.BulkPlan(e, req)
	assert.EqualError(t, err, "no-list")
}

// A card with an action running is skipped, and a card the ledger shows
// decided too.
func TestBulkPlanSkipsBusyAndDecided(t *testing.T) {
	o := open(t, testdata+"/linkedin/received.html", receivedURL)
	var log []ledger.Entry
	req := o.req("bulk-plan")
	req.BulkKind = string(bulk.IgnoreFlagged)
	plan, err := session.BulkPlan(bulkEnv(pace, &log), req)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(plan.Targets), 2)
	first, second := plan.Targets[0].Key, plan.Targets[1].Key
	log = []ledger.Entry{{Key: second, Action: "ignore", Outcome: ledger.Done, At: 1}}
	req.Busy = []string{first}
	plan, err = session.BulkPlan(bulkEnv(pace, &log), req)
	require.NoError(t, err)
	reasons := map[string]bulk.Reason{}
	for _, s := range plan.Skipped {
		reasons[s.Key] = s.Reason
	}
	assert.Equal(t, bulk.InProgress, reasons[first])
	assert.Equal(t, bulk.AlreadyDone, reasons[second])
	assert.NotContains(t, keysOf(plan.Targets), first)
}

// A run steps card by card: act on the first confirmed card (as judged
// when the user confirmed it, found in this snapshot), pause a random
// time, act on the next, then the summary. Nothing is kept in the core:
// the run travels in every answer.
func TestBulkRunStepsThroughTheConfirmedCards(t *testing.T) {
	o := open(t, testdata+"/linkedin/received.html", receivedURL)
	var log []ledger.Entry
	e := bulkEnv(pace, &log)
	req := o.req("bulk-plan")
	req.BulkKind = string(bulk.IgnoreFlagged)
	plan, err := session.BulkPlan(e, req)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(plan.Targets), 2)
	keys, want := keysOf(plan.Targets[:2]), names(plan.Targets[:2])

	start := o.req("bulk-start")
	start.BulkKind, start.Keys = string(bulk.IgnoreFlagged), keys
	st, err := session.BulkStart(e, start)
	require.NoError(t, err)
	require.Equal(t, session.BulkAct, st.Next)
	assert.Equal(t, string(action.Ignore), st.Kind)
	require.NotNil(t, st.Judged)
	assert.Equal(t, keys[0], st.Judged.Key)
	assert.Equal(t, want[0], st.Judged.Name)
	cardOf := func(key string) session.CardView {
		for _, cv := range o.scan.Cards {
			if cv.Judged.Key == key {
				return cv
			}
		}
		t.Fatalf("no card %s", key)
		return session.CardView{}
	}
	assert.Same(t, o.element(t, cardOf(keys[0]).ID), o.element(t, st.Hint), "the hint is the card's element")
	assert.Equal(t, "Ignoring 1 of 2", st.Bar.Line.String())
	assert.True(t, st.Bar.Running)
	assert.Equal(t, "running", st.Progress.State)
	assert.Equal(t, 1, st.Progress.Current)
	assert.Len(t, st.Run.Run.Targets, 2, "only the confirmed cards")

	// The action on the first card is done: pause before the next.
	step := o.req("bulk-step")
	step.Run, step.Outcome, step.Rand = roundTrip(t, st.Run), string(action.Done), session.RandRange/2
	st, err = session.BulkStep(e, step)
	require.NoError(t, err)
	require.Equal(t, session.BulkPause, st.Next)
	assert.Equal(t, 2000, st.Delay, "the middle of [min, max] for 0.5")

	step = o.req("bulk-step")
	step.Run = roundTrip(t, st.Run)
	st, err = session.BulkStep(e, step)
	require.NoError(t, err)
	require.Equal(t, session.BulkAct, st.Next)
	assert.Equal(t, keys[1], st.Judged.Key)
	assert.Equal(t, "Ignoring 2 of 2", st.Bar.Line.String())

	step = o.req("bulk-step")
	step.Run, step.Outcome = roundTrip(t, st.Run), string(action.Done)
	st, err = session.BulkStep(e, step)
	require.NoError(t, err)
	assert.Equal(t, session.BulkOver, st.Next)
	assert.Equal(t, "finished", st.Progress.State)
	assert.Equal(t, 0, st.Progress.Current)
	assert.Equal(t, want, names(st.Progress.Done))
	skipped := st.Progress.Skipped
	for _, x := range skipped {
		assert.Equal(t, bulk.NotConfirmed, x.Reason, "the flagged cards the user did not confirm")
	}
	assert.Equal(t, fmt.Sprintf("Vetted: 2 done, %d skipped.", len(skipped)), st.Bar.Line.String())
	assert.False(t, st.Bar.Running)
	assert.Equal(t, "Close", st.Bar.Button.String())
}

// startRun starts an ignore-flagged run on the saved page's first n
// flagged cards.
func startRun(t *testing.T, o *opened, e *session.Env, n int) (*session.BulkAnswer, []string) {
	t.Helper()
	req := o.req("bulk-plan")
	req.BulkKind = string(bulk.IgnoreFlagged)
	plan, err := session.BulkPlan(e, req)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(plan.Targets), n)
	keys := keysOf(plan.Targets[:n])
	start := o.req("bulk-start")
	start.BulkKind, start.Keys = string(bulk.IgnoreFlagged), keys
	st, err := session.BulkStart(e, start)
	require.NoError(t, err)
	require.Equal(t, session.BulkAct, st.Next)
	return st, keys
}

// A run stops at the first outcome other than done, at a cancel, at the
// caps and when the page changed; a card gone from the page is skipped.
func TestBulkRunStops(t *testing.T) {
	o := open(t, testdata+"/linkedin/received.html", receivedURL)
	var log []ledger.Entry
	e := bulkEnv(pace, &log)

	t.Run("security check", func(t *testing.T) {
		st, _ := startRun(t, o, e, 2)
		step := o.req("bulk-step")
		step.Run, step.Outcome, step.Message = roundTrip(t, st.Run), string(action.Stopped), "a security check"
		st, err := session.BulkStep(e, step)
		require.NoError(t, err)
		assert.Equal(t, session.BulkOver, st.Next)
		assert.Equal(t, "stopped", st.Progress.State)
		assert.Equal(t, string(bulk.SecurityCheck), st.Progress.Stop)
		assert.Len(t, names(st.Progress.NotReached), 1)
		assert.Contains(t, st.Bar.Line.String(), "Stopped:")
	})
	t.Run("cancelled before the card's action", func(t *testing.T) {
		st, _ := startRun(t, o, e, 2)
		step := o.req("bulk-step")
		step.Run, step.Cancel = roundTrip(t, st.Run), true
		st, err := session.BulkStep(e, step)
		require.NoError(t, err)
		assert.Equal(t, session.BulkOver, st.Next)
		assert.Equal(t, string(bulk.Cancelled), st.Progress.Stop)
		assert.Empty(t, st.Progress.Done)
		assert.Len(t, names(st.Progress.NotReached), 2, "nothing was recorded for a card not acted on")
	})
	t.Run("cancelled during the pause", func(t *testing.T) {
		st, _ := startRun(t, o, e, 2)
		step := o.req("bulk-step")
		step.Run, step.Outcome = roundTrip(t, st.Run), string(action.Done)
		st, err := session.BulkStep(e, step)
		require.NoError(t, err)
		require.Equal(t, session.BulkPause, st.Next)
		step = o.req("bulk-step")
		step.Run, step.Cancel = roundTrip(t, st.Run), true
		st, err = session.BulkStep(e, step)
		require.NoError(t, err)
		assert.Equal(t, session.BulkOver, st.Next)
		assert.Equal(t, string(bulk.Cancelled), st.Progress.Stop)
		assert.Len(t, names(st.Progress.Done), 1)
	})
	t.Run("hourly cap reached meanwhile", func(t *testing.T) {
		st, _ := startRun(t, o, e, 2)
		step := o.req("bulk-step")
		step.Run, step.Outcome = roundTrip(t, st.Run), string(action.Done)
		st, err := session.BulkStep(e, step)
		require.NoError(t, err)
		full := make([]ledger.Entry, pace.MaxPerHour)
		for i := range full {
			full[i] = ledger.Entry{Bulk: true, At: step.Now - 1000}
		}
		capped := bulkEnv(pace, &full)
		step = o.req("bulk-step")
		step.Run = roundTrip(t, st.Run)
		st, err = session.BulkStep(capped, step)
		require.NoError(t, err)
		assert.Equal(t, session.BulkOver, st.Next)
		assert.Equal(t, string(bulk.HourCap), st.Progress.Stop)
	})
	t.Run("another page", func(t *testing.T) {
		st, _ := startRun(t, o, e, 2)
		step := o.req("bulk-step")
		step.Run, step.Outcome = roundTrip(t, st.Run), string(action.Done)
		st, err := session.BulkStep(e, step)
		require.NoError(t, err)
		step = o.req("bulk-step")
		step.Run, step.URL = roundTrip(t, st.Run), receivedURL+"?page=2"
		st, err = session.BulkStep(e, step)
		require.NoError(t, err)
		assert.Equal(t, string(bulk.PageChanged), st.Progress.Stop)
	})
	t.Run("a card gone is skipped", func(t *testing.T) {
		o := open(t, testdata+"/linkedin/received.html", receivedURL)
		st, keys := startRun(t, o, e, 2)
		for _, cv := range o.scan.Cards {
			if cv.Judged.Key == keys[1] {
				n := o.element(t, cv.ID)
				n.Parent.RemoveChild(n)
			}
		}
		step := o.req("bulk-step")
		step.Run, step.Outcome = roundTrip(t, st.Run), string(action.Done)
		st, err := session.BulkStep(e, step)
		require.NoError(t, err)
		step = o.req("bulk-step")
		step.Run = roundTrip(t, st.Run)
		st, err = session.BulkStep(e, step)
		require.NoError(t, err)
		assert.Equal(t, session.BulkOver, st.Next)
		assert.Equal(t, "finished", st.Progress.State)
		assert.Equal(t, []string{names(st.Progress.Done)[0]}, names(st.Progress.Done), "one done")
		var gone []string
		for _, x := range st.Progress.Skipped {
			if x.Reason == bulk.Gone {
				gone = append(gone, x.Key)
			}
		}
		assert.Equal(t, keys[1:], gone)
	})
}

// A run that does not add up is refused, not followed.
func TestBulkStepRefusesABadRun(t *testing.T) {
	o := open(t, testdata+"/linkedin/received.html", receivedURL)
	var log []ledger.Entry
	e := bulkEnv(pace, &log)
	st, _ := startRun(t, o, e, 2)
	for name, spoil := range map[string]func(r *session.BulkRun){
		"no run":        nil,
		"position":      func(r *session.BulkRun) { r.Run.Pos = 7 },
		"kind":          func(r *session.BulkRun) { r.Run.Kind = "block-all" },
		"judged cards":  func(r *session.BulkRun) { r.Judged = r.Judged[:1] },
		"another card":  func(r *session.BulkRun) { r.Judged[0].Key = "urn:li:invitation:1" },
		"unknown state": func(r *session.BulkRun) { r.Run.State = "paused" },
	} {
		step := o.req("bulk-step")
		if spoil != nil {
			step.Run = roundTrip(t, st.Run)
			spoil(step.Run)
		}
		_, err := session.BulkStep(e, step)
		assert.Error(t, err, name)
	}
}
