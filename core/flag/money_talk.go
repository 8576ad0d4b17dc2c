package flag

import "strconv"

// moneyStrongPhrases are promises and requests that alone make a money
// scam: guaranteed returns, gift cards, wire transfers, deposits.
var moneyStrongPhrases = []string{
	"guaranteed returns", "guaranteed return", "guaranteed profit", "guaranteed profits",
	"guaranteed income", "passive income", "gift card", "gift cards", "itunes card",
	"itunes cards", "google play card", "google play cards", "steam card", "steam cards",
	"wire transfer", "wire the funds", "wire the money", "wire you", "western union", "moneygram",
	"transfer my savings", "transfer the funds", "double your money", "10x your",
	"minimum deposit", "initial deposit", "deposit only", "profit every day", "profits every day",
	"returns every week", "claim your reward", "claim your prize", "seed phrase",
	"wallet address", "passives einkommen", "passive einkommen", "garantierte rendite",
	"garantierte gewinne", "garantierter gewinn", "geschenkkarte", "geschenkkarten",
	"gutscheinkarte", "gutscheinkarten",
}

// moneyPhrases are the words of crypto, investment and windfall talk, in
// English and German; alone, one of them is a weaker sign.
var moneyPhrases = []string{
	"crypto", "cryptocurrency", "cryptocurrencies", "crypto currency", "bitcoin", "btc",
	"ethereum", "usdt", "binance", "forex", "fx trading", "binary options", "financial freedom",
	"transfer funds", "investment opportunity", "private investment", "investment platform",
	"trading platform", "crypto platform", "trading signals", "crypto signals", "forex signals",
	"high returns", "huge returns", "make money online", "easy money", "unclaimed", "inheritance",
	"next of kin", "lottery", "you have won", "cash prize", "loan offer", "nft", "airdrop",
	"cloud mining", "krypto", "kryptowahrung", "kryptowahrungen", "finanzielle freiheit",
	"geld verdienen", "schnelles geld", "erbschaft", "gewinnspiel", "investitionsmoglichkeit",
	"anlagemoglichkeit",
}

// moneyPeriodPhrases follow a percentage or an amount in a promise of
// returns ("15% monthly", "8% daily", "$4.2 million", "$500 reward").
var moneyPeriodPhrases = []string{
	"daily", "weekly", "monthly", "a day", "a week", "a month", "per day", "per week",
	"per month", "every day", "every week", "every month", "each day", "each week", "each month",
	"returns", "return", "profit", "profits", "roi", "interest", "pro tag", "pro woche",
	"pro monat", "taglich", "wochentlich", "monatlich", "rendite", "gewinn", "im monat",
	"million", "millions", "mio", "billion", "reward", "prize", "bonus",
}

// MoneyTalk fires on crypto, investment, gift-card and wire talk.
var MoneyTalk = &Rule{
	ID:       "money-talk",
	Title:    "Money or crypto talk",
	TitleDE:  "Spricht über Geld oder Krypto",
	Group:    GroupNote,
	NoteOnly: true,
	Weight:   45,
	Check:    checkMoneyTalk,
}

// moneyTalkDoc is MoneyTalk's doc (Rule.DocIn).
var moneyTalkDoc = Doc{
	EN: "The note talks crypto, forex, guaranteed or periodic returns, passive income, gift cards, wire transfers or windfalls, the core of investment and advance-fee scams; one crypto word alone counts less than a promise of returns.",
	DE: "Die Nachricht spricht von Krypto, Forex, garantierten oder regelmäßigen Renditen, passivem Einkommen, Geschenkkarten, Überweisungen oder unverhofftem Geldsegen, dem Kern von Anlage- und Vorschussbetrug; ein einzelnes Krypto-Wort zählt weniger als ein Renditeversprechen.",
}

// moneyTalkExamples are MoneyTalk's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func moneyTalkExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "crypto and guaranteed returns", Card: noted("I can show you how to earn passive income with crypto — guaranteed returns every week.")},
		{Name: "percent per month", Card: noted("My fund returns 12% a month. Minimum deposit only $250 in USDT.")},
		{Name: "gift cards", Card: noted("I need you to buy five Google Play gift cards for a client right away.")},
		{Name: "windfall and wire", Card: noted("A deceased client left $4.2 million unclaimed. I need your bank details to wire the funds to you.")},
		{Name: "german", Card: noted("Verdienen Sie passives Einkommen mit Krypto! Garantierte Rendite von 10 % pro Woche.")},
		{Name: "zero-width inside crypto", Card: noted("I share daily cry\u200bpto signals with 30% weekly returns.")},
		{Name: "single word", Card: noted("Are you into bitcoin?")},
	}
	quiet = []Example{
		{Name: "cryptography", Card: noted("Loved your paper on applied cryptography and wireframing.")},
		{Name: "first name Gift", Card: person("Gift Okonkwo", "Senior Data Engineer", "Hi, Gift here from the Leeds meetup.")},
		{Name: "sales percentage", Card: noted("I help data teams cut their warehouse bill by 40% without changing a line of SQL.")},
		{Name: "salary", Card: noted("I'm hiring a Senior Data Engineer (hybrid, £70–85k). Happy to share details.")},
		{Name: "bank fraud work", Card: noted("I work on fraud detection models at a bank and would love to swap notes.")},
		{Name: "german cost cutting", Card: noted("Wir unterstützen Data-Teams dabei, Cloud-Kosten um 30 % zu senken.")},
	}
	return fires, quiet
}

// checkMoneyTalk implements MoneyTalk.
func checkMoneyTalk(in *Input) (float64, []string) {
	t := in.Note
	if t == "" {
		return 0, nil
	}
	strong := in.has(fieldNote, lxMoneyStrong)
	n := in.count(fieldNote, lxMoneyStrong) + in.count(fieldNote, lxMoney)
	ev := in.quotes(nil, fieldNote, lxMoneyStrong, 2)
	ev = in.quotes(ev, fieldNote, lxMoney, 2)
	promise := func(start, end, next int) bool {
		if e, ok := in.phraseAt(fieldNote, lxMoneyPeriod, next); ok {
			n++
			ev = append(ev, in.spanQuote(fieldNote, start, e))
			return true
		}
		return false
	}
	if percents(t, promise) {
		strong = true
	}
	amounts(t, promise)
	if n == 0 {
		return 0, nil
	}
	if n > 3 {
		ev = append(ev, strconv.Itoa(n)+" money phrases in all")
	}
	if strong {
		return 1, ev
	}
	return scale(n, 0.6, 0.85, 1), ev
}
