package main

import (
	"path/filepath"
	"slices"
	"time"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/notemodel/train"
	"github.com/vetted/vetted/core/settings"
	"github.com/vetted/vetted/core/verdict"
)

// innerFolds is how many folds calibrate each fold's model.
const innerFolds = 5

// A config is one way of judging: which rules run.
type config struct {
	Name string
	On   func(id string) bool
}

// configs are the three ways compared: the rules without the model, the
// model without the note rules, and both (the default settings).
var configs = []config{
	{"rules alone", func(id string) bool { return id != flag.NoteModel.ID }},
	{"model alone", func(id string) bool { return flag.ByID(id).Group != flag.GroupNote || id == flag.NoteModel.ID }},
	{"both (default)", func(string) bool { return true }},
}

// outcome is how one note was judged in each config.
type outcome struct {
	Note     train.Note
	Verdicts []verdict.Verdict // per config
	Model    notemodel.Class   // the model's most probable class
	Bad      float32           // the model's probability of scam, spam or fake recruiter
	Probs    [notemodel.NumClasses]float32
}

// report is everything EVAL.md shows.
type report struct {
	Folds, Corpus, Extra int
	ExtraFiles           []string // the extra training files' names
	Outcomes             []outcome
	Compare              []comparison
	Curve                []dataPoint // the learning curve of the note model (with Compare)
	Golden               goldenResult
	Learning             learningResult
	Date, Machine        string
	Took                 time.Duration
}

// neutral is the plain card every note is judged on: a person with a
// photo, two mutual connections and an unremarkable job title, so that
// only the note decides.
func neutral(note string) card.Card {
	c := card.New()
	c.Site = card.LinkedIn
	c.Name = "Alex Morgan"
	c.Headline = "Operations Manager at Northwind Traders"
	c.ProfileURL = "https://www.linkedin.com/in/alex-morgan-0000/"
	c.Photo = card.PhotoPresent
	c.Mutuals = 2
	c.AgeDays = 3
	c.Note = note
	return c
}

// judges returns one judge per config, with the default settings.
func judges(m *notemodel.Model) []*verdict.Judge {
	out := make([]*verdict.Judge, len(configs))
	for i, cf := range configs {
		s := settings.Defaults()
		s.Rules = map[string]bool{}
		for _, r := range flag.All {
			if !cf.On(r.ID) {
				s.Rules[r.ID] = false
			}
		}
		j := verdict.New(&s)
		j.UseNoteModel(m)
		out[i] = j
	}
	return out
}

// cv is the cross-validation: the corpus, its folds and each fold's
// model, trained without it.
type cv struct {
	corpus, extra []train.Note
	exC, exE      []train.Example
	folds         []int
	models        []*notemodel.Model
}

// loadCV reads the data in dir, featurizes it and splits the corpus into
// k folds, with no model trained yet.
func loadCV(dir string, k int) (*cv, error) {
	corpus, extra, err := train.LoadData(dir)
	if err != nil {
		return nil, err
	}
	x := &cv{corpus: corpus, extra: extra}
	x.exC = train.Featurize(corpus, flag.NoteTags)
	x.exE = train.Featurize(extra, flag.NoteTags)
	x.folds = train.Folds(x.exC, k)
	return x, nil
}

// crossValidate trains one model per fold of the corpus in dir.
func crossValidate(dir string, k int) (*cv, error) {
	x, err := loadCV(dir, k)
	if err != nil {
		return nil, err
	}
	x.models = make([]*notemodel.Model, k)
	train.Parallel(k, func(f int) {
		var tr []train.Example
		for i := range x.exC {
			if x.folds[i] != f {
				tr = append(tr, x.exC[i])
			}
		}
		x.models[f] = train.Train(tr, x.exE, train.Defaults, innerFolds).Model()
	})
	return x, nil
}

// judge judges every corpus note on the neutral card with its fold's
// model, in every config.
func (x *cv) judge() []outcome {
	out := make([]outcome, len(x.corpus))
	for f, m := range x.models {
		js := judges(m)
		for i := range x.corpus {
			if x.folds[i] != f {
				continue
			}
			o := outcome{Note: x.corpus[i]}
			c := neutral(x.corpus[i].Text)
			for _, j := range js {
				o.Verdicts = append(o.Verdicts, j.Card(&c, nil, nil))
			}
			folded, tags := flag.NoteTags(x.corpus[i].Text)
			res := m.Judge(folded, tags)
			o.Model, _ = res.Best()
			o.Bad = res.BadProb()
			o.Probs = res.Probs
			out[i] = o
		}
	}
	return out
}

// run cross-validates on the corpus in dir and judges every note.
func run(dir string, k int, compare, users bool) (*report, error) {
	x, err := crossValidate(dir, k)
	if err != nil {
		return nil, err
	}
	r := &report{Folds: k, Corpus: len(x.corpus), Extra: len(x.extra), Outcomes: x.judge()}
	for _, n := range x.extra {
		if f := filepath.Base(n.File); !slices.Contains(r.ExtraFiles, f) {
			r.ExtraFiles = append(r.ExtraFiles, f)
		}
	}
	if compare {
		r.Compare = compareAlgorithms(x.exC, x.exE, k)
	}
	if compare {
		r.Curve = learningCurveOfData(x, r.Outcomes)
	}
	if users {
		r.Learning = learningCurve(x.corpus, x.extra, x.models, x.folds)
	}
	r.Golden, err = golden()
	if err != nil {
		return nil, err
	}
	return r, nil
}
