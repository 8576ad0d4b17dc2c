package flag

import (
	"strings"

	"github.com/vetted/vetted/core/text"
)

// shorteners are link-shortening hosts, which hide where a link leads.
var shorteners = []string{
	"bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rb.gy", "cutt.ly",
	"shorturl.at", "tiny.cc", "rebrand.ly", "t.ly", "s.id", "v.gd", "bl.ink", "shorte.st",
	"adf.ly", "bitly.com", "tiny.one", "lnkd.in", "qrco.de", "linktr.ee",
}

// brandDomains are the real domains of brands that phishing links imitate.
var brandDomains = []struct{ brand, domain string }{
	{"linkedin", "linkedin.com"}, {"paypal", "paypal.com"}, {"google", "google.com"},
	{"microsoft", "microsoft.com"}, {"apple", "apple.com"}, {"amazon", "amazon.com"},
	{"facebook", "facebook.com"}, {"instagram", "instagram.com"}, {"whatsapp", "whatsapp.com"},
	{"netflix", "netflix.com"}, {"xing", "xing.com"}, {"binance", "binance.com"},
	{"coinbase", "coinbase.com"}, {"outlook", "outlook.com"}, {"office365", "office.com"},
	{"github", "github.com"}, {"dropbox", "dropbox.com"}, {"docusign", "docusign.com"},
}

// riskyTLDs are top-level domains that are cheap and popular with
// phishing and malware sites.
var riskyTLDs = []string{".top", ".xyz", ".tk", ".ml", ".ga", ".gq", ".cf", ".icu", ".click", ".buzz", ".rest", ".zip", ".mov", ".work", ".loan", ".cam", ".su"}

// executables are file endings that run code when opened.
var executables = []string{".exe", ".scr", ".bat", ".cmd", ".msi", ".apk", ".jar", ".vbs", ".ps1", ".dmg", ".pkg", ".hta", ".lnk", ".iso"}

// archives are file endings that often carry malware.
var archives = []string{".zip", ".rar", ".7z", ".docm", ".xlsm"}

// The link rule's strength for plain links: one link to an ordinary
// domain gives plainLink, several give PlainLinkMax at most. Anything
// suspicious about a link (an executable or archive file, a shortener, a
// punycode or look-alike domain, a bare IP address, a hidden destination,
// a risky top-level domain) gives 0.8 or more. Verdict counts a plain
// link as a risk to look at, not as scam evidence.
const (
	plainLink    = 0.4
	PlainLinkMax = plainLink + 0.1
)

// LinkInNote fires on links in the note, most strongly on shortened,
// look-alike and executable ones.
var LinkInNote = &Rule{
	ID:       "link-in-note",
	Title:    "Link in the note",
	TitleDE:  "Link in der Nachricht",
	Group:    GroupNote,
	NoteOnly: true,
	Weight:   45,
	Check:    checkLinkInNote,
}

// linkInNoteDoc is LinkInNote's doc (Rule.DocIn).
var linkInNoteDoc = Doc{
	EN: "The note carries a link; shortened links, look-alike or punycode domains, bare IP addresses, risky domains and links to executable files are the strongest signs of phishing and malware.",
	DE: "Die Nachricht enthält einen Link; gekürzte Links, nachgeahmte oder Punycode-Domains, bloße IP-Adressen, riskante Domains und Links zu ausführbaren Dateien sind die deutlichsten Zeichen für Phishing und Schadsoftware.",
}

// linkInNoteExamples are LinkInNote's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func linkInNoteExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "shortener", Card: noted("Hi Sam, saw this and thought of you: https://bit.ly/3xYz9Qp")},
		{Name: "look-alike domain", Card: noted("Verify your identity now at https://linkedln-security.com/verify")},
		{Name: "executable", Card: noted("Could you review my CV? Download here: http://cv-files.top/Adrian_Voss_CV.pdf.exe")},
		{Name: "plain link", Card: noted("The fix is in https://github.com/lukas-brandt-oss/sqlfmt/pull/412. Happy to connect.")},
		{Name: "link inside markup", Card: noted(`<a href="https://bit.ly/4hTmL9x">Claim your $500 reward</a>`)},
		{Name: "punycode", Card: noted("Log in at xn--lnkedin-9za.com to see it")},
		{Name: "brand with digit", Card: noted("See www.1inkedin.com/jobs")},
	}
	quiet = []Example{
		{Name: "node.js", Card: noted("I maintain the Node.js client for our data platform.")},
		{Name: "markup without link", Card: noted("The <table> vs <div> debate from standup continues 😄")},
		{Name: "abbreviations", Card: noted("E.g. the U.S. team, i.e. data folks, v2.0 of the pipeline.")},
		{Name: "e-mail address", Card: noted("Reach me at jo@litware.com")},
	}
	return fires, quiet
}

// checkLinkInNote implements LinkInNote.
func checkLinkInNote(in *Input) (float64, []string) {
	t := in.Note
	if t == "" || !strings.ContainsAny(t, ".") {
		return 0, nil
	}
	var ev []string
	s, links := 0.0, 0
	for at := 0; ; {
		i, j, ok := text.NextURL(t, at)
		if !ok {
			break
		}
		at = j
		links++
		x, why := judgeLink(t[i:j])
		s = max(s, x)
		if len(ev) < 3 {
			q := in.spanQuote(fieldNote, i, j)
			if why != "" {
				q += " (" + why + ")"
			}
			ev = append(ev, q)
		}
	}
	if links > 1 {
		s = min(1, s+0.1)
	}
	return s, ev
}

// judgeLink returns the strength and the reason for one folded link.
func judgeLink(u string) (float64, string) {
	host := text.URLHost(u)
	path := ""
	if i := strings.Index(u, host); i >= 0 {
		path = u[i+len(host):]
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	for _, e := range executables {
		if strings.HasSuffix(path, e) && !strings.HasSuffix(host, e) {
			return 1, "executable file"
		}
	}
	for _, s := range shorteners {
		if host == s {
			return 1, "link shortener"
		}
	}
	if strings.HasPrefix(host, "xn--") || strings.Contains(host, ".xn--") {
		return 1, "punycode domain"
	}
	if b, ok := lookAlike(host); ok {
		return 1, "look-alike of " + b
	}
	if isIP(host) {
		return 0.9, "bare IP address"
	}
	if strings.Contains(u, "@") && strings.Index(u, "@") < len(u)-len(path) {
		return 0.9, "hidden destination"
	}
	for _, e := range archives {
		if strings.HasSuffix(path, e) {
			return 0.8, "archive file"
		}
	}
	for _, d := range riskyTLDs {
		if strings.HasSuffix(host, d) {
			return 0.8, "risky domain"
		}
	}
	return plainLink, ""
}

// lookAlike reports whether host imitates a brand's domain: a label that
// reads as the brand once digits and look-alike letter pairs are undone
// ("1inkedin", "linkedln", "paypa1", "rnicrosoft"), or a label that is the
// brand ("linkedin-security.com", "linkedin.com.evil.ru"), on a domain
// that is not the brand's own. It returns the real domain imitated.
func lookAlike(host string) (string, bool) {
	for _, h := range ownHosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return "", false
		}
	}
	for rest := host; rest != ""; {
		label := rest
		if i := strings.IndexAny(rest, ".-"); i >= 0 {
			label, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if label == "" {
			continue
		}
		n := unconfuse(label)
		for _, b := range brandDomains {
			if label == b.brand && !ownDomain(host, b.brand) || label != b.brand && n == unconfuse(b.brand) {
				return b.domain, true
			}
		}
	}
	return "", false
}

// ownHosts are brands' own hosts that are not "brand.tld".
var ownHosts = []string{"lnkd.in", "github.io", "githubusercontent.com", "fb.com", "fb.me", "wa.me", "paypal.me", "office.com", "live.com", "youtube.com", "youtu.be"}

// ownDomain reports whether host belongs to the brand: "brand.tld" or
// "brand.co.tld" and their subdomains.
func ownDomain(host, brand string) bool {
	d := text.LastLabels(host, 2)
	if strings.HasPrefix(d, "co.") || strings.HasPrefix(d, "com.") {
		d = text.LastLabels(host, 3)
	}
	return strings.HasPrefix(d, brand+".")
}

// unconfuse maps the characters that stand in for each other in domain
// names to one form: 1, i, l and | to l; 0 to o; 3 to e; 5 to s; "rn" to
// m; "vv" to w.
func unconfuse(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 'r' && i+1 < len(s) && s[i+1] == 'n':
			c = 'm'
			i++
		case c == 'v' && i+1 < len(s) && s[i+1] == 'v':
			c = 'w'
			i++
		case c == '1' || c == 'i' || c == '|' || c == '!':
			c = 'l'
		case c == '0':
			c = 'o'
		case c == '3':
			c = 'e'
		case c == '5' || c == '$':
			c = 's'
		case c == '4' || c == '@':
			c = 'a'
		}
		b = append(b, c)
	}
	return string(b)
}

// isIP reports whether host is a dotted IPv4 address.
func isIP(host string) bool {
	parts := strings.Split(host, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}
