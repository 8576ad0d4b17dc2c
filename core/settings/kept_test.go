package settings

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Settings a newer version saved (storage.sync is shared between
// computers) are read with every setting this version knows, validated as
// strictly as a file; what it does not know is kept, unused, and written
// back as it was.
func TestFromStoredKeepsWhatANewerVersionSaved(t *testing.T) {
	for _, tt := range []struct {
		name   string
		stored string
		kept   []string // Kept's names
		check  func(t *testing.T, s Settings)
		err    string // a part of the error, "" for none
	}{
		{
			name:   "a new top-level key beside the user's lists",
			stored: `{"competitors": ["Globex"], "trusted": ["Ada Lovelace"], "strictness": "strict", "auto_archive": {"days": 30, "on": true}}`,
			kept:   []string{"auto_archive"},
			check: func(t *testing.T, s Settings) {
				assert.Equal(t, []string{"Globex"}, s.Competitors)
				assert.Equal(t, []string{"Ada Lovelace"}, s.Trusted)
				assert.Equal(t, Strict, s.Strictness)
			},
		},
		{
			name:   "a new rule ID beside known toggles",
			stored: `{"rules": {"no-mutuals": false, "deepfake-photo": true}}`,
			kept:   []string{"rules.deepfake-photo"},
			check: func(t *testing.T, s Settings) {
				assert.Equal(t, map[string]bool{"no-mutuals": false}, s.Rules, "only known rules are used")
			},
		},
		{
			name:   "new members of pacing and templates",
			stored: `{"pacing": {"min_delay_ms": 2000, "max_per_day": 300}, "templates": {"thank_you": "Thanks!", "follow_up": "Hi again"}}`,
			kept:   []string{"pacing.max_per_day", "templates.follow_up"},
			check: func(t *testing.T, s Settings) {
				assert.Equal(t, 2000, s.Pacing.MinDelayMS)
				assert.Equal(t, "Thanks!", s.Templates.ThankYou)
			},
		},
		{
			name:   "a new member named as a rule leaves the user's toggle of that rule",
			stored: `{"templates": {"no-mutuals": "x"}, "pacing": {"polarizing": 1}, "rules": {"no-mutuals": false, "polarizing": true}}`,
			kept:   []string{"pacing.polarizing", "templates.no-mutuals"},
			check: func(t *testing.T, s Settings) {
				assert.Equal(t, map[string]bool{"no-mutuals": false, "polarizing": true}, s.Rules)
				assert.Equal(t, map[string]any{"no-mutuals": false, "polarizing": true}, s.Tree()["rules"])
				r := Readable(parse(t, `{"templates": {"no-mutuals": "x"}, "rules": {"no-mutuals": false}, "strictness": "paranoid"}`), knownRules)
				assert.Equal(t, map[string]bool{"no-mutuals": false}, r.Rules, "Readable too")
			},
		},
		{name: "nothing new keeps nothing", stored: `{"schools": ["MIT"]}`},
		{
			name:   "a known setting's invalid value is still refused",
			stored: `{"strictness": "paranoid", "auto_archive": true}`,
			err:    "strictness: must be one of relaxed, balanced, strict",
		},
		{
			name:   "a known list's bad entry is still refused",
			stored: `{"trusted": ["ftp://x"], "rules": {"deepfake-photo": true}}`,
			err:    "trusted[0]",
		},
		{
			name:   "a rule ID not of the form is refused, not kept",
			stored: `{"rules": {"Foo Bar": true}}`,
			err:    "kebab-case",
		},
		{
			name:   "a new member's value is not checked: this version does not read it",
			stored: `{"pacing": {"max_per_day": "many"}, "templates": {"follow_up": {"text": "Hi"}}}`,
			kept:   []string{"pacing.max_per_day", "templates.follow_up"},
		},
		{
			name:   "a rule toggle is true or false, whatever its rule",
			stored: `{"rules": {"deepfake-photo": "soon"}}`,
			err:    "rules.deepfake-photo: must be true or false",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			stored := parse(t, tt.stored)
			s, earlier, err := FromStored(stored, knownRules)
			assert.False(t, earlier)
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				assert.NotContains(t, err.Error(), "unknown", "a newer version's setting is no problem")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.kept, s.Kept())
			if tt.check != nil {
				tt.check(t, s)
			}
			// Written back: every kept member as it was stored, in its
			// place, beside this version's settings.
			tree := s.Tree()
			storedObj := stored.(map[string]any)
			for _, name := range tt.kept {
				if obj, member, nested := cutPath(name); nested {
					assert.Equal(t, storedObj[obj].(map[string]any)[member], tree[obj].(map[string]any)[member], name)
				} else {
					assert.Equal(t, storedObj[name], tree[name], name)
				}
			}
			// And read again, the same settings keep the same members.
			again, _, err := FromStored(tree, knownRules)
			require.NoError(t, err)
			assert.Equal(t, s.Kept(), again.Kept())
			assert.Equal(t, tree, again.Tree())
		})
	}
}

// cutPath splits "pacing.max_per_day" into the object and its member.
func cutPath(path string) (obj, member string, nested bool) {
	for i := 0; i < len(path); i++ {
		if path[i] == '.' {
			return path[:i], path[i+1:], true
		}
	}
	return path, "", false
}

// A settings file is not storage: an unknown key in it is a typo, and
// refused, by FromTree and Saved alike.
func TestFilesStillRefuseUnknownKeys(t *testing.T) {
	for _, text := range []string{
		`{"auto_archive": true}`,
		`{"rules": {"deepfake-photo": true}}`,
		`{"pacing": {"max_per_day": 300}}`,
	} {
		_, err := FromTree(parse(t, text), knownRules)
		require.Error(t, err, text)
		assert.Contains(t, err.Error(), "unknown", text)
		_, _, err = Saved(parse(t, text), knownRules)
		require.Error(t, err, text)
		assert.Len(t, err.(Errors).Unknown(), 1, text)
	}
	_, err := FromTree(parse(t, `{"strictness": "paranoid", "trusted": ["ftp://x"]}`), knownRules)
	assert.Empty(t, err.(Errors).Unknown(), "invalid values are no unknown settings")
}

// Saving settings over what storage holds keeps what a newer version
// saved there, whatever the settings saved: the form's, a file's, a
// changed limit. Settings that keep nothing encode as before.
func TestKeepingWritesANewerVersionsSettingsBack(t *testing.T) {
	stored := parse(t, `{"competitors": ["Globex"], "auto_archive": {"days": 30}, "rules": {"no-mutuals": false, "deepfake-photo": true}, "pacing": {"max_per_day": 300}}`)
	form := Defaults()
	form.Competitors = []string{"Globex", "Initech"}
	form.Rules["polarizing"] = true

	saved := form.Keeping(stored, knownRules)
	assert.Equal(t, []string{"auto_archive", "pacing.max_per_day", "rules.deepfake-photo"}, saved.Kept())
	tree := saved.Tree()
	assert.Equal(t, map[string]any{"days": 30.0}, tree["auto_archive"])
	assert.Equal(t, map[string]any{"polarizing": true, "deepfake-photo": true}, tree["rules"], "the form's toggles, and the newer rule's")
	assert.Equal(t, 300.0, tree["pacing"].(map[string]any)["max_per_day"])
	assert.Equal(t, 1500.0, tree["pacing"].(map[string]any)["min_delay_ms"], "the form's pacing")
	assert.Equal(t, []any{"Globex", "Initech"}, tree["competitors"])
	assert.NotContains(t, Defaults().Tree(), "auto_archive", "nothing kept: the tree as before")

	// What storage holds need not be valid for its newer settings to be
	// kept: saving over it replaces only what this version knows.
	invalid := parse(t, `{"strictness": "paranoid", "auto_archive": true}`)
	assert.Equal(t, []string{"auto_archive"}, form.Keeping(invalid, knownRules).Kept())
	assert.Nil(t, form.Keeping(nil, knownRules).Kept(), "nothing stored")
	assert.Nil(t, form.Keeping("x", knownRules).Kept(), "not an object")
	assert.Equal(t, []string{"auto_archive"}, form.Keeping(invalid, knownRules).Keeping(parse(t, `{}`), knownRules).Kept(), "what s keeps stays")

	// Reading what storage holds leaves it as it was.
	_, _, err := FromStored(stored, knownRules)
	require.NoError(t, err)
	assert.Equal(t, parse(t, `{"competitors": ["Globex"], "auto_archive": {"days": 30}, "rules": {"no-mutuals": false, "deepfake-photo": true}, "pacing": {"max_per_day": 300}}`), stored)
}

// The extension runs with the stored settings whose only news is a newer
// version's: no problem is told, the known settings judge.
func TestStoredWithANewerVersionsSettings(t *testing.T) {
	s, problem := Stored(parse(t, `{"blocked": ["Mallory"], "ledger_limit": 2000, "auto_archive": true, "rules": {"deepfake-photo": true}}`), knownRules)
	assert.Empty(t, problem)
	assert.Equal(t, []string{"Mallory"}, s.Blocked)
	assert.Equal(t, 2000, s.LedgerLimit)
	assert.Equal(t, []string{"auto_archive", "rules.deepfake-photo"}, s.Kept())

	// An earlier version's limit beside a newer version's key: in use, with
	// the earlier limit's problem.
	s, problem = Stored(parse(t, `{"ledger_limit": 50000, "auto_archive": true}`), knownRules)
	assert.Equal(t, EarlierLimitProblem, problem)
	assert.Equal(t, 50000, s.LedgerLimit)
	assert.Equal(t, []string{"auto_archive"}, s.Kept())
}

// Stored settings that do not validate are shown to the user to fix as far
// as they can be read: the user's lists stay in the form, an invalid value
// is shown as it is, and the log's limit is the one it keeps meanwhile.
func TestReadable(t *testing.T) {
	for _, tt := range []struct {
		name  string
		tree  any
		check func(t *testing.T, s Settings)
	}{
		{"a newer value of a known setting", parse(t, `{"strictness": "paranoid", "competitors": ["Globex"], "trusted": ["Ada Lovelace"], "auto_archive": true, "ledger_limit": 2000}`),
			func(t *testing.T, s Settings) {
				assert.Equal(t, Strictness("paranoid"), s.Strictness, "as it is, for the form to show it wrong")
				assert.Equal(t, []string{"Globex"}, s.Competitors)
				assert.Equal(t, []string{"Ada Lovelace"}, s.Trusted)
				assert.Equal(t, 2000, s.LedgerLimit)
				assert.Equal(t, []string{"auto_archive"}, s.Kept())
			}},
		{"a bad entry and a value of the wrong type", parse(t, `{"trusted": ["Ada", "ftp://x", 7], "job_search": "yes", "pacing": {"max_per_run": 500}}`),
			func(t *testing.T, s Settings) {
				assert.Equal(t, []string{"Ada", "ftp://x", ""}, s.Trusted, "the entry that is not text as empty")
				assert.False(t, s.JobSearch, "what cannot be read: the default")
				assert.Equal(t, 500, s.Pacing.MaxPerRun)
				assert.Equal(t, 1500, s.Pacing.MinDelayMS)
				assert.Equal(t, EarlierMaxLedgerLimit, s.LedgerLimit, "no limit saved: nothing rotates out meanwhile")
			}},
		{"not an object", "x", func(t *testing.T, s Settings) {
			want := Defaults()
			want.LedgerLimit = EarlierMaxLedgerLimit
			assert.Equal(t, want, s)
		}},
	} {
		t.Run(tt.name, func(t *testing.T) { tt.check(t, Readable(tt.tree, knownRules)) })
	}
}

// A settings file this version exported imports again, the settings a
// newer version saved included: Export moves them under NewerKey, where
// Saved reads them back as kept ones; a typo elsewhere is still refused.
func TestExportedSettingsImportAgain(t *testing.T) {
	const text = `{"competitors": ["Globex"], "auto_archive": {"days": 30}, "rules": {"no-mutuals": false, "deepfake-photo": true}, "pacing": {"min_delay_ms": 2000, "max_per_day": 300}, "templates": {"follow_up": "Hi"}}`
	stored := parse(t, text)
	file := Export(stored, knownRules)
	assert.Equal(t, parse(t, `{"competitors": ["Globex"], "rules": {"no-mutuals": false}, "pacing": {"min_delay_ms": 2000}, "templates": {},
		"kept_from_newer_version": {"auto_archive": {"days": 30}, "rules": {"deepfake-photo": true}, "pacing": {"max_per_day": 300}, "templates": {"follow_up": "Hi"}}}`), file)
	assert.Equal(t, parse(t, text), stored, "what storage holds is not changed")

	// Imported where nothing is stored, or over what a newer version
	// changed since: the file's settings, its newer ones included, win.
	s, earlier, err := Saved(file, knownRules)
	require.NoError(t, err)
	assert.False(t, earlier)
	assert.Equal(t, []string{"auto_archive", "pacing.max_per_day", "rules.deepfake-photo", "templates.follow_up"}, s.Kept())
	assert.Equal(t, []string{"Globex"}, s.Competitors)
	assert.Equal(t, map[string]bool{"no-mutuals": false}, s.Rules)
	want, _, err := FromStored(stored, knownRules)
	require.NoError(t, err)
	assert.Equal(t, want.Tree(), s.Keeping(nil, knownRules).Tree())
	over := s.Keeping(parse(t, `{"auto_archive": {"days": 60}, "dark_mode": true, "rules": {"deepfake-photo": false, "voice-clone": true}}`), knownRules)
	assert.Equal(t, []string{"auto_archive", "dark_mode", "pacing.max_per_day", "rules.deepfake-photo", "rules.voice-clone", "templates.follow_up"}, over.Kept())
	tree := over.Tree()
	assert.Equal(t, map[string]any{"days": 30.0}, tree["auto_archive"], "the file's")
	assert.Equal(t, map[string]any{"no-mutuals": false, "deepfake-photo": true, "voice-clone": true}, tree["rules"])
	assert.Equal(t, true, tree["dark_mode"], "the stored one the file does not hold")

	// Nothing kept: the file is what storage holds, as before.
	plain := parse(t, `{"schools": ["MIT"]}`)
	assert.Equal(t, plain, Export(plain, knownRules))
	assert.Equal(t, Defaults().Tree(), Export(nil, knownRules))
	assert.Equal(t, "x", Export("x", knownRules))

	for _, tt := range []struct{ name, file, err string }{
		{"a typo beside the newer settings", `{"auto_archiv": 1, "kept_from_newer_version": {"auto_archive": 1}}`, "auto_archiv: unknown setting"},
		{"a setting given twice", `{"auto_archive": 2, "kept_from_newer_version": {"auto_archive": 1}}`, "kept_from_newer_version.auto_archive: is also given outside kept_from_newer_version"},
		{"a member given twice", `{"pacing": {"max_per_day": 2}, "kept_from_newer_version": {"pacing": {"max_per_day": 1}}}`, "kept_from_newer_version.pacing.max_per_day: is also given outside"},
		{"not an object", `{"kept_from_newer_version": [1]}`, "kept_from_newer_version: must be an object"},
		{"its pacing not an object", `{"kept_from_newer_version": {"pacing": 1}}`, "kept_from_newer_version.pacing: must be an object"},
		{"a setting this version knows is checked", `{"kept_from_newer_version": {"strictness": "paranoid"}}`, "strictness: must be one of"},
		{"a rule toggle is true or false", `{"kept_from_newer_version": {"rules": {"deepfake-photo": "on"}}}`, "rules.deepfake-photo: must be true or false"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tree := parse(t, tt.file)
			_, _, err := Saved(tree, knownRules)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
			assert.Equal(t, parse(t, tt.file), tree, "the file's tree is not changed")
		})
	}
	errs := func() Errors {
		_, _, err := Saved(parse(t, `{"auto_archiv": 1, "kept_from_newer_version": {"auto_archive": 1}}`), knownRules)
		return err.(Errors)
	}()
	assert.Equal(t, []string{"auto_archiv"}, errs.Unknown(), "the typo, not the newer setting")
}
