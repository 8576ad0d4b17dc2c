package session

import (
	"strconv"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/domtree"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/i18n"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/ledger"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/render"
	"github.com/vetted/vetted/core/settings"
	"github.com/vetted/vetted/core/verdict"
)

// Env is what judging and planning need besides the page: the judge built
// from the user's settings, what the decision log knows about a card, and
// the message templates.
type Env struct {
	Judge     *verdict.Judge
	Prior     func(*card.Card) []flag.Prior // nil: nothing known
	Templates settings.Templates
	// Learnt is what Vetted learnt from the user's decisions, judged with
	// at each scan (nil: nothing). The model returned must not change.
	Learnt func() *learn.Model
	// For bulk runs: the user's pacing and caps, and the decision log as
	// kept now (nil: empty), whose bulk entries of the last hour count
	// against the hourly cap.
	Pacing  settings.Pacing
	Entries func() []ledger.Entry
}

func (e *Env) entries() []ledger.Entry {
	if e.Entries == nil {
		return nil
	}
	return e.Entries()
}

// Request is one call from the shell.
type Request struct {
	Op   string `json:"op"`   // "scan", "act", "observe", "correct", "bulk-plan", "bulk-start" or "bulk-step"
	URL  string `json:"url"`  // the page's address now
	Lang string `json:"lang"` // the browser's language
	Tree string `json:"tree"` // a snapshot of the document (domtree)
	Now  int64  `json:"now"`  // the time, ms since the Unix epoch, for the decision log

	// act, observe, correct
	Kind   string  `json:"kind,omitempty"`
	Hint   int     `json:"hint,omitempty"`   // the element the card was in this snapshot, if the shell knows (0: not known)
	Judged *Judged `json:"judged,omitempty"` // as the scan answered it

	Bulk bool `json:"bulk,omitempty"` // act: a bulk run's action (bulk.go)
	// correct: learn.NotScam or a type's name
	Correct string `json:"correct,omitempty"`

	// observe
	Job     *Job `json:"job,omitempty"`
	Elapsed int  `json:"elapsed,omitempty"` // ms since the step that returned Job
	// Filled: how the shell's typing into the composer went (NextFill):
	// FillOK, FillDraft (the box held the user's text: left alone), else
	// it failed.
	Filled string `json:"filled,omitempty"`

	// bulk-plan, bulk-start, bulk-step (bulk.go)
	BulkKind string   `json:"bulkKind,omitempty"` // a bulk.Kind
	Keys     []string `json:"keys,omitempty"`     // bulk-start: the cards the user confirmed
	Busy     []string `json:"busy,omitempty"`     // cards with a one-card action running
	Run      *BulkRun `json:"run,omitempty"`      // bulk-step: the run as the last step returned it
	Outcome  string   `json:"outcome,omitempty"`  // bulk-step: how the current card's action ended
	Message  string   `json:"message,omitempty"`  // and its words
	Cancel   bool     `json:"cancel,omitempty"`   // bulk-step: the user cancelled
	Rand     int      `json:"rand,omitempty"`     // bulk-step: a random whole number in [0, RandRange) for the pause
}

// Judged is what an action needs of a card as it was judged: who it was
// (checked against the card right before the click) and the verdict's
// summary for the decision log. It goes to the shell with the card's badge
// and comes back with an action on it; it is kept small, since a long page
// sends a thousand.
type Judged struct {
	Key            string    `json:"key"` // the badge's key
	Site           card.Site `json:"site"`
	Kind           card.Kind `json:"kind,omitempty"`
	CardKey        string    `json:"cardKey,omitempty"` // the site's own key
	Name           string    `json:"name"`
	Headline       string    `json:"headline,omitempty"`
	ProfileURL     string    `json:"profileURL,omitempty"`
	Type           string    `json:"type"`
	Recommendation string    `json:"recommendation"`
	Level          string    `json:"level"`
	Score          int       `json:"score"`
	Flags          []string  `json:"flags,omitempty"` // rule IDs, strongest first
	Reason         string    `json:"reason,omitempty"`
	// ReasonParts is Reason as messages (Verdict.ReasonParts), for the
	// decision log page to show it in the user's language.
	ReasonParts []i18n.Message `json:"reasonParts,omitempty"`
}

// newJudged keeps what an action needs of a judged card.
func newJudged(key string, c *card.Card, v *verdict.Verdict) Judged {
	j := Judged{Key: key, Site: c.Site, Kind: c.Kind, CardKey: c.Key, Name: c.Name, Headline: c.Headline,
		ProfileURL: c.ProfileURL, Type: string(v.Type), Recommendation: string(v.Recommendation),
		Level: string(v.Level), Score: v.Score, Reason: v.Reason, ReasonParts: v.ReasonParts}
	for _, f := range v.Flags {
		j.Flags = append(j.Flags, f.ID)
	}
	return j
}

// Card is the judged card as far as actions compare and plan it.
func (j *Judged) Card() card.Card {
	c := card.New()
	c.Site, c.Kind, c.Key, c.Name, c.Headline, c.ProfileURL = j.Site, j.Kind, j.CardKey, j.Name, j.Headline, j.ProfileURL
	return c
}

// CardView is one card of a scan: the element it is (its number in the
// snapshot), its badge, and the card as judged.
type CardView struct {
	ID     int          `json:"id"`
	Badge  render.Badge `json:"badge"`
	Sig    string       `json:"sig"` // changes whenever the badge would
	Judged Judged       `json:"judged"`
	// After: the badge goes right after the card's element instead of at
	// its end (the card is a link or a button: page.BadgeAfter).
	After bool `json:"after,omitempty"`
}

// Scan is the answer to a scan.
type Scan struct {
	Site    string       `json:"site"`    // "" when no adapter reads the page
	Adapter string       `json:"adapter"` // the adapter's ID
	List    int          `json:"list"`    // the element holding the invitations (-1: none known)
	Cards   []CardView   `json:"cards"`
	Empty   bool         `json:"empty"`          // the site shows its empty state
	Keys    *render.Keys `json:"keys,omitempty"` // the keyboard shortcuts, when there are cards
	// Unread counts the invitations the page shows that could not be read
	// (Accept controls outside every card, cards without a name), for the
	// popup's "2 invitations on this page could not be read"; Skeletons
	// are their markup with every text a placeholder (page.Skeleton, at
	// most page.MaxSkeletons), for a bug report the user may copy. Nothing
	// is sent anywhere.
	Unread    int      `json:"unread,omitempty"`
	Skeletons []string `json:"skeletons,omitempty"`
}

// ScanPage reads every card of the page, judges them as one page and
// decides their badges.
func ScanPage(env *Env, req *Request) (*Scan, error) {
	tree, err := domtree.Decode(req.Tree)
	if err != nil {
		return nil, err
	}
	out := &Scan{List: -1, Cards: []CardView{}}
	jp := judgePage(env, req.URL, tree)
	a := jp.site.Adapter
	if a == nil {
		return out, nil
	}
	s := jp.site
	root := jp.root
	out.Site, out.Adapter = string(a.Site), a.ID
	if l := s.List(root); l != nil {
		out.List = tree.ID(l)
	}
	unread(out, a, root, jp.found)
	if len(jp.cards) == 0 {
		out.Empty = a.Empty(root)
		return out, nil
	}
	k := render.NewKeys()
	out.Keys = &k
	for i := range jp.cards {
		jc := &jp.cards[i]
		acts := action.Available(s, jc.node, &jc.card)
		b := render.NewBadge(render.View{Key: jc.key, Name: jc.card.Name, Verdict: &jc.verdict, Actions: acts, Lang: req.Lang})
		out.Cards = append(out.Cards, CardView{ID: tree.ID(jc.node), Badge: b, Sig: b.Sig(), Judged: newJudged(jc.key, &jc.card, &jc.verdict),
			After: page.BadgeAfter(jc.node)})
	}
	return out, nil
}

// judgedPage is a page read and judged as one: its cards in page order.
type judgedPage struct {
	tree  *domtree.Tree
	root  page.Node
	site  site         // Adapter nil: no adapter reads the page
	found []page.Found // every card element, read or not
	cards []judgedCard // the cards that could be read
}

// judgedCard is one card of a judged page: its element, the card, its
// verdict and its key on the page.
type judgedCard struct {
	node    page.Node
	card    card.Card
	verdict verdict.Verdict
	key     string
}

// judgePage reads every card of a snapshot and judges them as one page.
func judgePage(env *Env, url string, tree *domtree.Tree) *judgedPage {
	jp := &judgedPage{tree: tree, root: tree.Root()}
	a, err := page.Detect(url, jp.root)
	if err != nil || a == nil {
		return jp
	}
	jp.site = site{a}
	nodes := a.CardNodes(jp.root)
	cards := make([]card.Card, 0, len(nodes))
	kept := make([]page.Node, 0, len(nodes))
	jp.found = make([]page.Found, 0, len(nodes))
	for _, n := range nodes {
		c, ok := a.Read(n)
		jp.found = append(jp.found, page.Found{Card: c, Node: n})
		if !ok {
			continue
		}
		cards = append(cards, c)
		kept = append(kept, n)
	}
	if len(cards) == 0 {
		return jp
	}
	if env.Learnt != nil {
		env.Judge.UseLearnt(env.Learnt())
	}
	keys := map[string]int{}
	batch := flag.NewBatch(cards)
	jp.cards = make([]judgedCard, len(cards))
	for i := range cards {
		c := &cards[i]
		var prior []flag.Prior
		if env.Prior != nil {
			prior = env.Prior(c)
		}
		jp.cards[i] = judgedCard{node: kept[i], card: *c, verdict: env.Judge.Card(c, prior, batch), key: Key(c, keys)}
	}
	return jp
}

// unread tells the scan what the page shows that could not be read.
func unread(out *Scan, a *page.Adapter, root page.Node, found []page.Found) {
	u := a.Unread(root, found)
	out.Unread = u.Count()
	out.Skeletons = u.Skeletons()
}

// Key is a card's stable key on its page: the site's invitation key, else
// the profile URL, else the folded name; repeats get a numeric suffix.
// seen counts the keys given so far on the page.
func Key(c *card.Card, seen map[string]int) string {
	k := c.Key
	if k == "" {
		if u := ledger.NormalizeURL(c.ProfileURL); u != "" {
			k = "profile:" + u
		} else {
			k = "name:" + ledger.FoldName(c.Name)
		}
	}
	seen[k]++
	if n := seen[k]; n > 1 {
		k += "#" + strconv.Itoa(n)
	}
	return k
}

// site is an adapter as the actions use it.
type site struct{ *page.Adapter }

// ControlNames is the person a control's label names: its aria-label,
// else its visible text.
func (s site) ControlNames(ctrl page.Node) string { return s.Adapter.NamedBy(ctrl) }

// List is the first of the adapter's invitation lists on the page.
func (s site) List(root page.Node) page.Node { return s.Adapter.FirstList(root) }
