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

// names of a plan tree's list.
func names(list any) []string {
	var out []string
	for _, x := range list.([]any) {
		out = append(out, x.(map[string]any)["name"].(string))
	}
	return out
}

// roundTrip sends a run through JSON, as it travels to the shell and back.
func roundTrip(t *testing.T, r *session.BulkRun) *session.BulkRun {
	t.Helper()
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var back session.BulkRun
	require.NoError(t, json.Unmarshal(b, &back))
	return &back
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
		tree, err := session.BulkPlan(e, req)
		require.NoError(t, err)
		assert.Equal(t, string(k.Action()), tree["action"])
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
		got := append(names(tree["targets"]), names(tree["skipped"])...)
		assert.ElementsMatch(t, want, got, "%s: every selected card is a target or skipped", k)
		assert.NotEmpty(t, tree["targets"], "%s: the saved page has targets", k)
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
	tree, err := session.BulkPlan(bulkEnv(pace, &log), req)
	require.NoError(t, err)
	targets := tree["targets"].([]any)
	require.GreaterOrEqual(t, len(targets), 2)
	first := targets[0].(map[string]any)
	second := targets[1].(map[string]any)
	log = []ledger.Entry{{Key: second["key"].(string), Action: "ignore", Outcome: ledger.Done, At: 1}}
	req.Busy = []string{first["key"].(string)}
	tree, err = session.BulkPlan(bulkEnv(pace, &log), req)
	require.NoError(t, err)
	reasons := map[string]string{}
	for _, s := range tree["skipped"].([]any) {
		m := s.(map[string]any)
		reasons[m["key"].(string)] = m["reason"].(string)
	}
	assert.Equal(t, string(bulk.InProgress), reasons[first["key"].(string)])
	assert.Equal(t, string(bulk.AlreadyDone), reasons[second["key"].(string)])
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
	tree, err := session.BulkPlan(e, req)
	require.NoError(t, err)
	targets := tree["targets"].([]any)
	require.GreaterOrEqual(t, len(targets), 2)
	var keys, want []string
	for _, x := range targets[:2] {
		keys = append(keys, x.(map[string]any)["key"].(string))
		want = append(want, x.(map[string]any)["name"].(string))
	}

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
	assert.Equal(t, "running", st.Progress["state"])
	assert.Len(t, st.Run.Targets, 2, "only the confirmed cards")

	// The action on the first card is done: pause before the next.
	step := o.req("bulk-step")
	step.Run, step.Outcome, step.Rand = roundTrip(t, st.Run), string(action.Done), 0.5
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
	assert.Equal(t, "finished", st.Progress["state"])
	assert.Equal(t, want, names(st.Progress["done"]))
	skipped := st.Progress["skipped"].([]any)
	for _, x := range skipped {
		assert.Equal(t, string(bulk.NotConfirmed), x.(map[string]any)["reason"], "the flagged cards the user did not confirm")
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
	tree, err := session.BulkPlan(e, req)
	require.NoError(t, err)
	targets := tree["targets"].([]any)
	require.GreaterOrEqual(t, len(targets), n)
	var keys []string
	for _, x := range targets[:n] {
		keys = append(keys, x.(map[string]any)["key"].(string))
	}
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
		assert.Equal(t, "stopped", st.Progress["state"])
		assert.Equal(t, string(bulk.SecurityCheck), st.Progress["stop"])
		assert.Len(t, names(st.Progress["not_reached"]), 1)
		assert.Contains(t, st.Bar.Line.String(), "Stopped:")
	})
	t.Run("cancelled before the card's action", func(t *testing.T) {
		st, _ := startRun(t, o, e, 2)
		step := o.req("bulk-step")
		step.Run, step.Cancel = roundTrip(t, st.Run), true
		st, err := session.BulkStep(e, step)
		require.NoError(t, err)
		assert.Equal(t, session.BulkOver, st.Next)
		assert.Equal(t, string(bulk.Cancelled), st.Progress["stop"])
		assert.Empty(t, st.Progress["done"])
		assert.Len(t, names(st.Progress["not_reached"]), 2, "nothing was recorded for a card not acted on")
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
		assert.Equal(t, string(bulk.Cancelled), st.Progress["stop"])
		assert.Len(t, names(st.Progress["done"]), 1)
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
		assert.Equal(t, string(bulk.HourCap), st.Progress["stop"])
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
		assert.Equal(t, string(bulk.PageChanged), st.Progress["stop"])
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
		assert.Equal(t, "finished", st.Progress["state"])
		assert.Equal(t, []string{names(st.Progress["done"])[0]}, names(st.Progress["done"]), "one done")
		var gone []string
		for _, x := range st.Progress["skipped"].([]any) {
			if m := x.(map[string]any); m["reason"] == string(bulk.Gone) {
				gone = append(gone, m["key"].(string))
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
		"position":      func(r *session.BulkRun) { r.Pos = 7 },
		"kind":          func(r *session.BulkRun) { r.Kind = "block-all" },
		"judged cards":  func(r *session.BulkRun) { r.Judged = r.Judged[:1] },
		"another card":  func(r *session.BulkRun) { r.Judged[0].Key = "urn:li:invitation:1" },
		"unknown state": func(r *session.BulkRun) { r.State = "paused" },
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
