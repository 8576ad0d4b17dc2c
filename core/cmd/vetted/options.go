package main

import (
	"encoding/json"
	"errors"
	goflag "flag"
	"fmt"
	"io"
	"os"

	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/settings"
	"github.com/vetted/vetted/core/verdict"
)

// outputOptions are the flags every judging subcommand shares.
type outputOptions struct {
	json         bool
	settingsFile string
	stateFile    string
}

// register adds the shared flags to a flag set.
func (o *outputOptions) register(fs *goflag.FlagSet) {
	fs.BoolVar(&o.json, "json", false, "print JSON lines instead of a table")
	fs.StringVar(&o.settingsFile, "settings", "", "a settings JSON `file` (as exported by the options page)")
	fs.StringVar(&o.stateFile, "state", "", "judge with what was learnt from your decisions: a state JSON `file` written by vetted learn")
}

// judge returns a judge for the settings with the learnt state, if one
// was named.
func (o *outputOptions) judge(s *settings.Settings) (*verdict.Judge, error) {
	j := verdict.New(s)
	if o.stateFile != "" {
		m, err := loadState(o.stateFile, false)
		if err != nil {
			return nil, err
		}
		j.UseLearnt(m)
	}
	return j, nil
}

// loadSettings reads the settings file, or returns the defaults when none
// was named. The error names the file and, for invalid settings, the field.
func (o *outputOptions) loadSettings() (settings.Settings, error) {
	if o.settingsFile == "" {
		return settings.Defaults(), nil
	}
	data, err := os.ReadFile(o.settingsFile)
	if err != nil {
		return settings.Settings{}, err
	}
	var tree any
	if err := json.Unmarshal(data, &tree); err != nil {
		return settings.Settings{}, fmt.Errorf("%s: not valid JSON: %w", o.settingsFile, err)
	}
	// A file an earlier version exported may hold a decision-log limit now
	// too large for the browser's storage: the CLI keeps no log, so it is
	// taken (settings.Saved, as the options page's import takes it).
	// A key it does not know is refused as in the options page's import:
	// the file carries no version that tells a newer Vetted's from a typo;
	// the settings the options page exported as a newer version's (under
	// settings.NewerKey) are put back in their places: those this version
	// knows are used, the others kept aside unused.
	s, _, err := settings.Saved(tree, func(id string) bool { return flag.ByID(id) != nil })
	if errs, ok := err.(settings.Errors); ok && len(errs.Unknown()) > 0 {
		return settings.Settings{}, fmt.Errorf("%s: %w (%s)", o.settingsFile, err, settings.UnknownHint)
	}
	if err != nil {
		return settings.Settings{}, fmt.Errorf("%s: %w", o.settingsFile, err)
	}
	return s, nil
}

// openInput opens the named file, or returns stdin for "" and "-".
func openInput(name string, stdin io.Reader) (io.Reader, func(), error) {
	if name == "" || name == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// parseFlags parses a subcommand's flags; help is not an error.
func parseFlags(fs *goflag.FlagSet, args []string, stderr io.Writer) (ok bool, code int) {
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, goflag.ErrHelp) {
			return false, exitOK
		}
		return false, exitUsage
	}
	return true, exitOK
}
