package flag

import (
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/text"
)

// Sample returns what the learnt model (package learn) sees of a card, as
// the rules see it: the folded note and headline, what the note model
// says the note reads like, and the facts. Record decisions with it, so
// that the model learns from the same features it judges by.
func (x *Context) Sample(c *card.Card) learn.Sample {
	in := inputs.Get().(*Input)
	in.reset(x, c, nil, nil)
	s := in.sample()
	s.Sender = senderKey(c)
	in.release()
	inputs.Put(in)
	return s
}

// sample is Sample on a prepared input, but for the sender's key, which
// only recording needs.
func (in *Input) sample() learn.Sample {
	c := in.Card
	s := learn.Sample{
		Note: in.Note, Headline: in.Headline, Person: c.IsPerson(), Mutuals: c.Mutuals,
		Shared: len(c.Shared) > 0, Photo: c.Photo, Verified: c.Verified,
		Name:   c.Name,
		Canned: in.has(fieldNote, lxCanned),
	}
	if t, ok := in.headlineTitles(); ok {
		s.Recruiter, s.Sales, s.Field = t.Recruiter != "", t.Sales != "", t.Field
	}
	for _, o := range in.Ctx.orgs {
		s.Shared = s.Shared || text.HasPhrase(in.Headline, o)
	}
	if in.memo != nil {
		s.Notes = in.memo.learn
	}
	if in.Note != "" {
		_, _, kind := noteVerdict(in.judgeNote())
		switch kind {
		case notemodel.Recruiter:
			s.Kind = "recruiter"
		case notemodel.Sales:
			s.Kind = "sales"
		default:
			// Only a note that reads personal is told by what it names
			// (learn.Features): no scan of the others.
			s.Kind = "legit"
			if s.Notes != nil {
				s.Specific = s.Notes.Specific()
			} else {
				s.Specific = learn.Specific(in.Note, c.Note)
			}
		}
	}
	return s
}

// learntResult returns what the learnt model says about the input's card, once.
func (in *Input) learntResult() *learn.Result {
	if !in.learntAsked {
		s := in.sample()
		x := in.Ctx
		in.learntKept = false
		if x.memos.off || x.Learnt == nil || len(s.Note)+len(s.Headline) > maxKeptNote {
			in.learnt = x.Learnt.Judge(&s)
		} else {
			in.learntKey = keyOf(x.Learnt, &s)
			var ok bool
			if in.learntMemo, ok = x.learnts.get(&in.learntKey); !ok {
				in.learntMemo = learntMemo{result: x.Learnt.Judge(&s)}
				x.learnts.put(&in.learntKey, &in.learntMemo)
			}
			in.learnt, in.learntKept = in.learntMemo.result, true
		}
		in.learntAsked = true
	}
	return &in.learnt
}

// LearnFrom returns a model that learnt from the decisions in order, each
// card seen as in this context (the rules' examples and tests use it).
// It stops at the first invalid decision and returns the error.
func (x *Context) LearnFrom(ds []Decided) (*learn.Model, error) {
	m := learn.New()
	for i := range ds {
		s := x.Sample(&ds[i].Card)
		if err := m.Record(&s, ds[i].Decision); err != nil {
			return m, err
		}
	}
	return m, nil
}
