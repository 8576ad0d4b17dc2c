package session

import (
	"errors"

	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/render"
)

// Corrected is the answer to a correction of a badge ("Not a scam",
// "Wrong type → recruiter"): what Vetted learns (the card's sample and
// the correction, for the learnt state) and what the badge says.
type Corrected struct {
	Sample   learn.Sample   `json:"-"`
	Decision learn.Decision `json:"-"`
	Message  render.Text    `json:"message"`
}

var errGone = errors.New("the invitation is no longer on the page")

// Correct reads the judged card in the snapshot for a correction of its
// badge (req.Correct: learn.NotScam or a type's name). The caller records
// the decision in what Vetted learnt. An unknown correction, or a card no
// longer on the page, is an error and nothing is learnt.
func Correct(env *Env, req *Request) (*Corrected, error) {
	if req.Judged == nil {
		return nil, errNoCard
	}
	d := learn.Decision{Correct: req.Correct}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	s, err := open(req, req.Judged)
	if err != nil {
		return nil, err
	}
	if s.site.Adapter == nil || s.card == nil {
		return nil, errGone
	}
	c, ok := s.site.Read(s.card)
	if !ok {
		return nil, errGone
	}
	return &Corrected{Sample: env.Judge.Sample(&c), Decision: d, Message: render.CorrectedMsg(req.Correct)}, nil
}
