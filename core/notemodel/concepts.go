package notemodel

import "strings"

// concepts is the model's multilingual lexicon of word classes: what the
// product knows about scams, spam and outreach (the red flags of the
// design, the kinds of invitation the product tells apart), in English,
// German, French, Spanish, Portuguese and Italian, with a few words of
// Dutch. A note gives the tag "cx:NAME" for every class it holds a term
// of, and "cx:A+B" for every two classes it holds together (Concepts), so
// that what the model learns about a class on one template carries to
// notes that say the same in other words or another language.
//
// A term is folded text (text.Fold: lower case, no accents) of one to
// three words, words being runs of letters and digits ("e-mail" is the
// two words "e mail"); a term of one word ending in "*" is a stem and
// matches every word it begins ("invest*": invest, investing,
// investimento). The
// lists were written from the red-flag catalogue and the kinds of sender,
// never from the notes the model is evaluated on.
var concepts = [...]concept{
	{"money",
		"money, cash, dollars, usd, euros, income, profit*, earn, earns, earning*, payout*, funds, " +
			"fund, wealth*, rich, million*, passive income, side income, geld, einkommen, verdien*, " +
			"gewinn*, reich, argent, revenu*, gagner, gagne*, richesse, dinero, ingreso*, ganar, " +
			"ganancia*, riqueza, dinheiro, renda, ganhar, lucro*, soldi, denaro, guadagn*, reddito, " +
			"ricchezza, geld verdienen",
	},
	{"invest",
		"invest*, trading, trader*, trade*, returns, roi, portfolio*, stock*, shares, forex, fx, " +
			"dividend*, yield*, compound*, broker*, financial freedom, account manager, anlage*, " +
			"rendite*, aktien, handel*, finanzielle freiheit, placement*, rendement*, bourse, " +
			"liberte financiere, inversion*, inversor*, invertir, rentabilidad, bolsa, " +
			"libertad financiera, investimento*, rendimento*, retorno*, liberdade financeira, " +
			"rendimenti, borsa, liberta finanziaria, beleg*, rendement",
	},
	{"crypto",
		"crypto*, krypto*, cripto*, bitcoin*, btc, eth, ethereum, usdt, tether, blockchain, binance, " +
			"coinbase, wallet*, mining, miner*, nft, nfts, token*, altcoin*, defi, web3, airdrop*, " +
			"metamask, trust wallet, coin*, monedero, carteira, portafoglio, portefeuille",
	},
	{"romance",
		"love, lovely, dear, dearest, darling, sweet*, honey, babe, baby, beautiful, pretty, " +
			"gorgeous, handsome, cute, charming, attractive, beauty, heart, kiss*, soulmate, soul mate, " +
			"relationship, romantic, caught my eye, smile, eyes, angel, schatz, liebe*, lieber, " +
			"liebling, hubsch*, sussen, susse, herz, lacheln, beziehung, cherie, cheri, amour, belle, " +
			"jolie, mignon*, coeur, sourire, querida, querido, carino, amor, hermosa, bonita, linda, " +
			"guapa, guapo, corazon, sonrisa, relacion, lindo, gata, sorriso, coracao, relacionamento, " +
			"cara mia, tesoro, bellissima, bella, carina, cuore, amore, schoonheid, lieve",
	},
	{"lonely",
		"lonely, alone, loneliness, widow*, divorc*, single, lost my wife, lost my husband, " +
			"late wife, late husband, only child, einsam*, allein*, witwe*, verwitwet, geschieden, " +
			"seule, seul, solitude, veuf, veuve, divorce*, soledad, viuda, viudo, divorciad*, sozinh*, " +
			"solidao, viuva, viuvo, solitari*, sola, vedov*, divorziat*, eenzaam",
	},
	{"abroad",
		"army, military, soldier*, navy, marine*, deploy*, deployment, mission, peacekeep*, " +
			"offshore, oil rig, vessel, ship, sailor, contractor, un doctor, surgeon, syria, yemen, " +
			"afghanistan, iraq, abroad, overseas, stationed, militar*, soldat*, armee, bundeswehr, " +
			"einsatz, ausland*, plattform, ejercito, extranjero, exercito, exterior, esercito, estero, " +
			"missione, mision, missao",
	},
	{"messenger",
		"whatsapp, whats app, watsapp, telegram, signal, wechat, viber, kik, snapchat, skype, " +
			"hangouts, imessage, zalo, threema, google chat, instagram dm",
	},
	{"contact",
		"text me, txt me, email me, e mail me, mail me, call me, message me, dm me, write me, " +
			"write to me, reach me, contact me, my number, my phone, phone number, my email, my e mail, " +
			"gmail, hotmail, yahoo, outlook, inbox, privately, in private, private chat, personal email, " +
			"whatsapp me, add me, schreib mir, schreiben sie mir, ruf mich an, meine nummer, " +
			"handynummer, telefonnummer, kontaktier*, ecris moi, ecrivez moi, mon numero, appelle moi, " +
			"contacte moi, en prive, escribeme, escribime, mi numero, llamame, contactame, en privado, " +
			"me escreve, escreva me, meu numero, me liga, em privado, scrivimi, chiamami, il mio numero, " +
			"in privato, contattami, mijn nummer",
	},
	{"urgency",
		"urgent*, asap, immediately, right away, right now, hurry, quickly, limited, deadline, " +
			"expire*, last chance, today only, act now, dont miss, within 24, dringend*, sofort*, eilig, " +
			"schnell, letzte chance, begrenzt*, frist, urgence, immediatement, vite, rapidement, " +
			"derniere chance, limite*, urgente*, inmediat*, rapido, ultima oportunidad, imediat*, " +
			"ultima chance, subito, immediatamente, ultima occasione, snel",
	},
	{"task",
		"task*, simple job, simple work, simple tasks, easy job, easy work, easy money, part time, " +
			"part timer, from home, work from home, flexible hours, per hour, per day, daily pay, " +
			"paid daily, commission*, likes, reviews, rating*, subscribe, no experience, data entry, " +
			"online job, side hustle, hustle, aufgabe*, nebenjob*, heimarbeit, von zu hause, " +
			"keine erfahrung, pro stunde, pro tag, tache*, temps partiel, a domicile, sans experience, " +
			"par heure, par jour, tarea*, medio tiempo, tiempo parcial, desde casa, sin experiencia, " +
			"por hora, por dia, tarefa*, meio periodo, de casa, sem experiencia, compiti, compito, " +
			"da casa, senza esperienza, all ora, al giorno",
	},
	{"followers",
		"followers, follower, likes, views, subscribers, backlink*, seo, traffic, guest post, guest posts, " +
			"guest posting, domain authority, ranking*, rank, google, first page, page one, viral, " +
			"promote your, promotion, instagram, tiktok, youtube, abonnenten, aufrufe, abonnes, vues, " +
			"referencement, seguidores, visitas, vistas, visualizacoes, seguaci, iscritti, " +
			"visualizzazioni, posizionamento, posicionamiento, posicionamento",
	},
	{"prize",
		"inheritance, beneficiary, next of kin, lottery, winner, won, prize*, grant*, " +
			"compensation fund, unclaimed, claim, reward*, gift card, gift cards, bonus, award*, erbschaft, erbe, " +
			"gewinnspiel, gewonnen, lotterie, heritage, beneficiaire, loterie, gagnant, herencia, " +
			"beneficiario, loteria, ganador, premio*, heranca, ganhador, eredita, lotteria, vincitore, " +
			"subvencion*, subvention*, sovvenzion*, foerderung, forderung, fordermittel",
	},
	{"data",
		"bank, bank account, account number, card number, credit card, passport, id card, ssn, " +
			"social security, password, login, verify, verification, verif*, details, address, iban, " +
			"otp, konto, kontonummer, ausweis, passwort, adresse, compte, carte bancaire, passeport, " +
			"mot de passe, cuenta, tarjeta, pasaporte, contrasena, direccion, conta bancaria, cartao, " +
			"passaporte, senha, endereco, carta di credito, passaporto, indirizzo",
	},
	{"link",
		"click*, link, visit, register, sign up, signup, join, download, http, https, www, bit ly, " +
			"klick*, anmeld*, registrier*, besuch*, cliquez, clique*, lien, inscri*, telecharg*, " +
			"haz clic, enlace, registr*, descarg*, acesse, cadastr*, baix*, clicca, iscriv*, scarica",
	},
	{"hiring",
		"hiring, hire, recruit*, role, roles, position*, opening*, vacanc*, job, jobs, career*, " +
			"candidate*, talent*, headhunt*, opportunit*, salary, compensation, package, interview*, " +
			"full time, permanent, contract, remote, hybrid, relocat*, onsite, on site, apply, " +
			"application, cv, resume, stelle*, stellenangebot*, vakanz, karriere, kandidat*, bewerb*, " +
			"gehalt, festanstellung, vollzeit, vorstellungsgesprach, poste, postes, emploi, recrut*, " +
			"carriere, candidat*, salaire, entretien, cdi, cdd, teletravail, puesto*, vacante*, empleo, " +
			"reclut*, candidato*, salario, entrevista, vaga, vagas, emprego, carreira, posizione, " +
			"posizioni, lavoro, selezion*, stipendio, colloquio, vacature*, functie, sollicit*, werving",
	},
	{"client",
		"my client, our client, a client, client, clients, team, teams, company, scale up, scaleup, " +
			"startup, series a, series b, funded, mein kunde, unser kunde, mandant*, auftraggeber, " +
			"kunde, kunden, unternehmen, firma, mon client, notre client, entreprise, equipe, societe, " +
			"mi cliente, nuestro cliente, cliente, clientes, empresa, equipo, meu cliente, " +
			"nosso cliente, il mio cliente, nostro cliente, azienda, squadra, opdrachtgever, klant",
	},
	{"offer",
		"solution*, service*, offer*, offering, demo, agency, pricing, price*, quote, software, " +
			"tool, tools, product*, platform, saas, we help, i help, helping, outsourc*, white label, " +
			"lead*, appointment*, pipeline, revenue, growth, grow, scale, roi, save, reduce, boost, " +
			"increase, automat*, marketing, b2b, free trial, free audit, case study, agencies, losung*, " +
			"dienstleist*, angebot*, agentur, produkt*, preis*, kosten*, wir helfen, ich helfe, umsatz, " +
			"wachstum, steiger*, kundengewinnung, vertrieb*, prestation*, offre*, agence, produit*, " +
			"prix, tarif*, nous aidons, j aide, chiffre d affaires, croissance, augment*, prospection, " +
			"solucion*, servicio*, oferta*, agencia, producto*, precio*, ayudamos, ayudo, ventas, " +
			"crecimiento, aument*, soluc*, servico*, produto*, preco*, ajudamos, vendas, crescimento, " +
			"soluzion*, serviz*, offert*, agenzia, prodott*, prezz*, aiutiamo, vendite, crescita, " +
			"oplossing*, diensten",
	},
	{"call",
		"call, quick call, short call, chat, quick chat, meeting, calendar, calendly, minutes, " +
			"15 min, 10 min, 20 min, 30 min, zoom, teams call, schedule, book, slot, next week, " +
			"this week, termin*, gesprach*, telefonat, kalender, minuten, nachste woche, appel, echange, " +
			"rendez vous, rdv, semaine prochaine, llamada, reunion, charla, minutos, proxima semana, " +
			"chamada, reuniao, conversa, chiamata, riunione, minuti, prossima settimana, gesprek, " +
			"afspraak",
	},
	{"met",
		"met, meet, meeting you, met you, nice meeting, great meeting, conference, event, meetup, " +
			"summit, workshop, panel, webinar, talk, keynote, booth, colleague*, coworker*, co worker, " +
			"worked together, work together, alumni, alum, classmate*, university, college, school, " +
			"course, class, cohort, bootcamp, hackathon, community, group, club, getroffen, " +
			"kennengelernt, konferenz, veranstaltung, tagung, messe, kolleg*, studium, hochschule, uni, " +
			"universitat, rencontre*, evenement, salon, collegue*, ancien*, ecole, universite, " +
			"conocimos, conferencia, evento, colega*, companer*, universidad, escuela, conhecemos, " +
			"faculdade, escola, conosciuti, conferenza, collega, colleghi, universita, scuola, ontmoet",
	},
	{"work",
		"your work, your post, your posts, your article, your talk, your research, your paper, " +
			"your project, your book, your podcast, your thoughts, your insights, your content, " +
			"read your, enjoyed, interesting, inspiring, insightful, research, paper, project*, " +
			"open source, github, thesis, phd, study, same field, similar, also work, also working, " +
			"ihr beitrag, ihren beitrag, deinen beitrag, artikel, vortrag, forschung, projekt*, " +
			"spannend*, interessant*, votre article, votre travail, vos travaux, recherche, projet*, " +
			"tu articulo, tu trabajo, investigacion, proyecto*, interesante, seu artigo, seu trabalho, " +
			"pesquisa, projeto*, il tuo articolo, il tuo lavoro, ricerca, progett*, interessante",
	},
	{"smalltalk",
		"how are you, how are u, how r u, is your day, was your day, is it going, you are well, " +
			"hope your day, your day, your weekend, good morning, good afternoon, good evening, " +
			"good night, to meet you, feeling, today, hello there, hi there, hey there, are you from, " +
			"do you do, do you live, wie geht, guten morgen, guten tag, schonen tag, wie gehts, " +
			"comment allez, comment vas, ca va, bonjour, bonsoir, bonne journee, como estas, como esta, " +
			"buenos dias, buenas, que tal, tudo bem, bom dia, boa tarde, como vai, come stai, come va, " +
			"buongiorno, buonasera, hoe gaat, goedemorgen",
	},
	{"mistake",
		"sorry, wrong number, wrong person, wrong account, mistake, by mistake, is this, " +
			"is that you, thought you were, apolog*, my apologies, entschuldig*, falsche nummer, " +
			"verwechselt, desole*, pardon, erreur, mauvais numero, perdon, lo siento, disculpa*, " +
			"equivoc*, numero equivocado, desculp*, numero errado, engano, scusa*, mi dispiace, " +
			"numero sbagliato, sbagli*",
	},
	{"faith",
		"god, bless*, faith, church, pray*, prayer*, christian, lord, jesus, allah, gott, segen, " +
			"kirche, dieu, benedict*, eglise, dios, bendicion*, iglesia, deus, abencoe, igreja, dio, " +
			"benedizion*, chiesa",
	},
	{"family",
		"family, daughter, kids, children, child, husband, wife, mother, father, mom, dad, familie, " +
			"tochter, sohn, kinder, famille, fille, fils, enfants, familia, hija, hijo, hijos, filha, " +
			"filho, filhos, famiglia, figlia, figlio, figli, gezin, dochter, zoon",
	},
	{"travel",
		"from california, california, new york, texas, dubai, singapore, hong kong, london, visit, " +
			"travel*, moved to, living in, i live in, i am from, im from, vacation, holiday, trip, " +
			"coffee, dinner, drink, reise*, urlaub, kaffee, voyage*, vacances, cafe, viaje*, vacaciones, " +
			"viagem, ferias, viaggi*, vacanze, caffe",
	},
	{"advice",
		"mentor*, guidance, advice, advise, coach*, teach*, show you how, strategy, signals, tips, " +
			"expert*, beratung, berat*, tipps, conseil*, consejo*, asesor*, conselho*, consigli*, " +
			"estrategia, strategie",
	},
}

// concept is one word class of the lexicon: its name (the tag is "cx:"
// and the name) and its terms.
type concept struct {
	name  string
	terms string // separated by commas (one string is much smaller in core.wasm than a slice of them)
}

// termList returns the concept's terms.
func (c *concept) termList() []string {
	out := strings.Split(c.terms, ",")
	for i := range out {
		out[i] = strings.TrimSpace(out[i])
	}
	return out
}
