package verdict

// recruiterTitles are folded phrases that mark a recruiter's headline,
// matched on word boundaries (package text). Non-English titles are
// written without accents, as folding removes them.
var recruiterTitles = []string{
	"talent acquisition", "head of talent", "talent partner", "talent lead", "talent sourcer",
	"talent scout", "talent advisor", "talent specialist", "talent consultant", "talent manager",
	"sourcer", "sourcing specialist", "head hunter", "executive search", "staffing",
}

// recruiterStems are folded word beginnings that mark a recruiter in any
// inflection or compound: "recruiter", "recruitment", "recruteuse",
// "reclutadora", "headhunterin", "Personalberaterin".
var recruiterStems = []string{
	"recruit", "recrut", "reclut", "headhunt", "personalberat", "personalvermitt",
}

// salesTitles are folded phrases that mark a salesperson's headline.
// "sales" is a whole word, so "Salesforce developer" does not match.
var salesTitles = []string{
	"sales", "account executive", "account manager", "key account", "account director",
	"business development", "business developer", "biz dev", "bizdev", "sdr", "bdr",
	"lead generation", "lead gen", "demand generation", "appointment setter",
	"growth hacker", "partnerships manager", "channel manager", "territory manager",
	"chief revenue officer", "revenue leader", "ventas", "ejecutivo de cuentas",
	"ejecutiva de cuentas", "ingenieur commercial", "responsable commercial",
}

// salesStems are folded word beginnings that mark a salesperson in German
// compounds ("Vertriebsleiterin", "Vertriebsingenieur").
var salesStems = []string{"vertrieb"}

// contextPhrases are folded phrases of a personal note that say how the
// sender and the user know each other. One-sided contact ("saw your talk")
// is not a shared context.
var contextPhrases = []string{
	"we met", "met you at", "met at the", "meeting you at", "meeting you last",
	"great meeting you", "nice meeting you", "good meeting you", "lovely meeting you",
	"pleasure meeting you", "nice to meet you at", "great to meet you at", "good to see you at",
	"worked together", "we work together", "worked with you", "working with you at",
	"former colleague", "ex colleague", "ex-colleague", "old colleague", "colleagues at",
	"studied together", "we studied", "classmate", "classmates", "same class", "same team",
	"mutual friend", "introduced us", "introduced me", "suggested i reach out",
	"suggested i connect", "suggested we connect", "referred me", "asked me to connect",
	"sat next to", "chatted at", "chatting at", "talked at", "talking at",
	"kennengelernt", "zusammengearbeitet", "nos conocimos", "trabajamos juntos",
	"travaille ensemble", "travaille avec vous", "rencontres a", "rencontre a",
}

// The fixed phrase lists as phrase sets, for the matchers of every Judge.
var (
	recruiterSet = phraseSet{folded: recruiterTitles, shown: recruiterTitles}
	salesSet     = phraseSet{folded: salesTitles, shown: salesTitles}
	contextSet   = phraseSet{folded: contextPhrases, shown: contextPhrases}
)
