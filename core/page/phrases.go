package page

// The wording of invitation cards in every language known, as data: one
// entry a language, each with example lines that TestPhraseTables reads
// back. A contributor adds a language, or a wording, by adding to an
// entry (lower-case) and an example that proves it; no code changes.

// MutualWords is one language's wording of mutual-connection lines.
type MutualWords struct {
	Lang string
	// Nouns follow a count: "12 mutual connections".
	Nouns []string
	// Others stand before or after the count that follows names: "Ana
	// and 8 other mutual connections", "Ana y otros 2 contactos en común".
	Others []string
	// Ands join the last name to the rest: " and ".
	Ands []string
	// One follow a single name: " is a mutual connection".
	One []string
	// Many follow two or more names: " are mutual connections".
	Many []string
	// Examples are lines of this language and the count each says.
	Examples []MutualExample
}

// MutualExample is a mutuals line and its count.
type MutualExample struct {
	Line string
	N    int
}

// mutualTable lists every language's mutuals wording (LinkedIn's
// connections, Facebook's friends, Xing's contacts).
var mutualTable = []MutualWords{
	{"en", []string{"mutual connections", "mutual connection", "mutual friends", "mutual friend", "mutual contacts", "mutual contact", "shared connections", "shared connection"},
		[]string{"other", "others", "more"}, []string{" and ", " & "},
		[]string{" is a mutual connection", " is a mutual friend", " is a mutual contact"},
		[]string{" are mutual connections", " are mutual friends", " are mutual contacts"},
		[]MutualExample{{"Casey Ray and 8 other mutual connections", 9}, {"12 mutual connections", 12}, {"Drew Stone is a mutual connection", 1}, {"5 mutual friends", 5}}},
	{"de", []string{"gemeinsame kontakte", "gemeinsamer kontakt", "gemeinsamen kontakte", "gemeinsame freunde", "gemeinsamer freund", "gemeinsame freundin"},
		[]string{"weitere", "weiterer", "weiteren", "andere"}, []string{" und "},
		[]string{" ist ein gemeinsamer kontakt", " ist ein gemeinsamer freund", " ist eine gemeinsame freundin", " ist gemeinsamer kontakt"},
		[]string{" sind gemeinsame kontakte", " sind gemeinsame freunde"},
		[]MutualExample{{"Casey Ray und 8 weitere gemeinsame Kontakte", 9}, {"5 gemeinsame Freunde", 5}, {"Drew Stone ist ein gemeinsamer Kontakt", 1}}},
	{"fr", []string{"relations en commun", "relation en commun", "amis en commun", "ami en commun", "amies en commun", "contacts en commun"},
		[]string{"autres", "autre"}, []string{" et "},
		[]string{" est une relation en commun", " est un ami en commun", " est une amie en commun"},
		[]string{" sont des relations en commun", " sont des amis en commun"},
		[]MutualExample{{"3 relations en commun", 3}, {"Paul Girard et 3 autres amis en commun", 4}, {"Paul Girard est une relation en commun", 1}}},
	{"es", []string{"contactos en común", "contacto en común", "amigos en común", "amigo en común"},
		[]string{"otros", "otro", "más"}, []string{" y "},
		[]string{" es un contacto en común", " es un amigo en común"},
		[]string{" son contactos en común", " son amigos en común"},
		[]MutualExample{{"7 contactos en común", 7}, {"Ana López y otros 2 contactos en común", 3}, {"12 amigos en común", 12}}},
	{"it", []string{"collegamenti in comune", "collegamento in comune", "amici in comune", "amico in comune"},
		[]string{"altri", "altro"}, []string{" e "},
		[]string{" è un collegamento in comune", " è un amico in comune"},
		[]string{" sono collegamenti in comune", " sono amici in comune"},
		[]MutualExample{{"4 collegamenti in comune", 4}, {"Luca Neri e altri 6 collegamenti in comune", 7}, {"2 amici in comune", 2}}},
	{"pt", []string{"conexões em comum", "conexão em comum", "amigos em comum", "amigo em comum"},
		[]string{"outras", "outros", "outra", "outro"}, []string{" e "},
		[]string{" é uma conexão em comum", " é um amigo em comum"},
		[]string{" são conexões em comum", " são amigos em comum"},
		[]MutualExample{{"9 conexões em comum", 9}, {"Rita Lobo e outras 3 conexões em comum", 4}, {"1 amigo em comum", 1}}},
	{"nl", []string{"gemeenschappelijke connecties", "gemeenschappelijke connectie", "gezamenlijke vrienden", "gezamenlijke vriend", "wederzijdse vrienden", "wederzijdse vriend"},
		[]string{"andere"}, []string{" en "},
		[]string{" is een gemeenschappelijke connectie", " is een gezamenlijke vriend"},
		[]string{" zijn gemeenschappelijke connecties", " zijn gezamenlijke vrienden"},
		[]MutualExample{{"5 gemeenschappelijke connecties", 5}, {"Bram Visser en 2 andere gemeenschappelijke connecties", 3}, {"8 wederzijdse vrienden", 8}}},
	{"pl", []string{"wspólne kontakty", "wspólnych kontaktów", "wspólny kontakt", "wspólnych znajomych", "wspólny znajomy", "wspólni znajomi"},
		[]string{"innych", "inne", "inni", "inny"}, []string{" i "},
		[]string{" to wspólny kontakt", " to wspólny znajomy"},
		[]string{" to wspólne kontakty", " to wspólni znajomi"},
		[]MutualExample{{"6 wspólnych kontaktów", 6}, {"Jan Nowak i 4 innych wspólnych kontaktów", 5}, {"3 wspólnych znajomych", 3}}},
	{"ru", []string{"общих контактов", "общих контакта", "общий контакт", "общих друзей", "общих друга", "общий друг"},
		[]string{"ещё", "еще", "других", "другими"}, []string{" и "},
		[]string{" — общий контакт", " — ваш общий контакт"},
		[]string{" — общие контакты"},
		[]MutualExample{{"5 общих контактов", 5}, {"Иван Петров и ещё 3 общих контакта", 4}, {"2 общих друга", 2}}},
	{"tr", []string{"ortak bağlantı", "ortak bağlantınız", "ortak arkadaş", "ortak arkadaşınız"},
		[]string{"diğer"}, []string{" ve "},
		[]string{" ortak bağlantınız", " ortak arkadaşınız"},
		[]string{" ortak bağlantılarınız", " ortak arkadaşlarınız"},
		[]MutualExample{{"8 ortak bağlantı", 8}, {"Ayşe Demir ve 5 diğer ortak bağlantı", 6}, {"3 ortak arkadaş", 3}}},
}

// AgeWords is one language's wording of how long ago an invitation came.
type AgeWords struct {
	Lang string
	// Words are whole lines with a fixed age in days: "yesterday".
	Words Counts
	// Units follow a number, mapped to their length in days (0 below a
	// day); a unit with a dot matches only with it ("j." is German years,
	// "j" French days).
	Units Counts
	// Numbers are words that stand for a count: "a", "an".
	Numbers Counts
	// Leads may start a time line: "sent ".
	Leads []string
	// Before and After wrap an amount: "vor " … ; … " ago".
	Before, After []string
	// Examples are lines of this language and their age in days.
	Examples []AgeExample
}

// Counts are words and the number each stands for, looked up in order: a
// table the linker lays out as data (a map literal is built by code when
// the program starts, which made core.wasm larger).
type Counts []Count

// Count is a word and its number.
type Count struct {
	Word string
	N    int
}

// lookup returns the number of word w.
func (c Counts) lookup(w string) (int, bool) {
	for i := range c {
		if c[i].Word == w {
			return c[i].N, true
		}
	}
	return 0, false
}

// AgeExample is a time line and its age in days.
type AgeExample struct {
	Line string
	Days int
}

// ageTable lists every language's times; a line is read by the first
// language that reads it whole.
var ageTable = []AgeWords{
	{Lang: "en",
		Words: Counts{{"today", 0}, {"just now", 0}, {"now", 0}, {"this week", 0}, {"yesterday", 1}},
		Units: Counts{{"s", 0}, {"sec", 0}, {"secs", 0}, {"second", 0}, {"seconds", 0}, {"m", 0}, {"min", 0}, {"mins", 0}, {"minute", 0}, {"minutes", 0},
			{"h", 0}, {"hr", 0}, {"hrs", 0}, {"hour", 0}, {"hours", 0}, {"d", 1}, {"day", 1}, {"days", 1}, {"w", 7}, {"wk", 7}, {"wks", 7}, {"week", 7}, {"weeks", 7},
			{"mo", 30}, {"mos", 30}, {"mon", 30}, {"month", 30}, {"months", 30}, {"y", 365}, {"yr", 365}, {"yrs", 365}, {"year", 365}, {"years", 365}},
		Numbers:  Counts{{"a", 1}, {"an", 1}, {"one", 1}, {"two", 2}, {"three", 3}},
		Leads:    []string{"sent ", "received ", "invited "},
		After:    []string{" ago"},
		Examples: []AgeExample{{"2 weeks ago", 14}, {"Yesterday", 1}, {"a month ago", 30}, {"3d", 3}}},
	{Lang: "de",
		Words: Counts{{"heute", 0}, {"gerade eben", 0}, {"soeben", 0}, {"jetzt", 0}, {"gestern", 1}, {"vorgestern", 2}},
		Units: Counts{{"sek", 0}, {"sekunde", 0}, {"sekunden", 0}, {"min", 0}, {"minute", 0}, {"minuten", 0}, {"std", 0}, {"stunde", 0}, {"stunden", 0},
			{"t", 1}, {"tg", 1}, {"tag", 1}, {"tage", 1}, {"tagen", 1}, {"wo", 7}, {"woche", 7}, {"wochen", 7}, {"mon", 30}, {"monat", 30}, {"monate", 30}, {"monaten", 30},
			{"j.", 365}, {"jahr", 365}, {"jahre", 365}, {"jahren", 365}},
		Numbers:  Counts{{"ein", 1}, {"eine", 1}, {"einem", 1}, {"einer", 1}, {"eins", 1}, {"zwei", 2}, {"drei", 3}},
		Leads:    []string{"gesendet ", "erhalten ", "eingeladen "},
		Before:   []string{"vor "},
		Examples: []AgeExample{{"vor 2 Wochen", 14}, {"Gestern", 1}, {"3 T.", 3}, {"1 J.", 365}}},
	{Lang: "fr",
		Words: Counts{{"aujourd'hui", 0}, {"à l'instant", 0}, {"hier", 1}},
		Units: Counts{{"s", 0}, {"seconde", 0}, {"secondes", 0}, {"min", 0}, {"minute", 0}, {"minutes", 0}, {"h", 0}, {"heure", 0}, {"heures", 0},
			{"j", 1}, {"jour", 1}, {"jours", 1}, {"sem", 7}, {"semaine", 7}, {"semaines", 7}, {"mois", 30}, {"an", 365}, {"ans", 365}, {"année", 365}, {"années", 365}},
		Numbers:  Counts{{"un", 1}, {"une", 1}},
		Before:   []string{"il y a "},
		Examples: []AgeExample{{"il y a 2 jours", 2}, {"Aujourd’hui", 0}, {"3 j", 3}, {"2 sem", 14}, {"il y a 1 an", 365}}},
	{Lang: "es",
		Words: Counts{{"hoy", 0}, {"ahora", 0}, {"ayer", 1}},
		Units: Counts{{"s", 0}, {"segundo", 0}, {"segundos", 0}, {"min", 0}, {"minuto", 0}, {"minutos", 0}, {"h", 0}, {"hora", 0}, {"horas", 0},
			{"d", 1}, {"día", 1}, {"días", 1}, {"sem", 7}, {"semana", 7}, {"semanas", 7}, {"mes", 30}, {"meses", 30}, {"a", 365}, {"año", 365}, {"años", 365}},
		Numbers:  Counts{{"un", 1}, {"una", 1}},
		Before:   []string{"hace "},
		Examples: []AgeExample{{"hace 3 días", 3}, {"Ayer", 1}, {"hace 2 semanas", 14}, {"hace un mes", 30}}},
	{Lang: "it",
		Words: Counts{{"oggi", 0}, {"adesso", 0}, {"ieri", 1}},
		Units: Counts{{"s", 0}, {"secondo", 0}, {"secondi", 0}, {"min", 0}, {"minuto", 0}, {"minuti", 0}, {"h", 0}, {"ora", 0}, {"ore", 0},
			{"g", 1}, {"giorno", 1}, {"giorni", 1}, {"sett", 7}, {"settimana", 7}, {"settimane", 7}, {"mese", 30}, {"mesi", 30}, {"anno", 365}, {"anni", 365}},
		Numbers:  Counts{{"un", 1}, {"uno", 1}, {"una", 1}},
		After:    []string{" fa"},
		Examples: []AgeExample{{"2 settimane fa", 14}, {"Ieri", 1}, {"3 giorni fa", 3}}},
	{Lang: "pt",
		Words: Counts{{"hoje", 0}, {"agora", 0}, {"ontem", 1}},
		Units: Counts{{"s", 0}, {"segundo", 0}, {"segundos", 0}, {"min", 0}, {"minuto", 0}, {"minutos", 0}, {"h", 0}, {"hora", 0}, {"horas", 0},
			{"d", 1}, {"dia", 1}, {"dias", 1}, {"sem", 7}, {"semana", 7}, {"semanas", 7}, {"mês", 30}, {"meses", 30}, {"ano", 365}, {"anos", 365}},
		Numbers:  Counts{{"um", 1}, {"uma", 1}},
		Before:   []string{"há ", "ha "},
		Examples: []AgeExample{{"há 2 semanas", 14}, {"Ontem", 1}, {"há 3 dias", 3}}},
	{Lang: "nl",
		Words: Counts{{"vandaag", 0}, {"zojuist", 0}, {"gisteren", 1}},
		Units: Counts{{"sec", 0}, {"seconde", 0}, {"seconden", 0}, {"min", 0}, {"minuut", 0}, {"minuten", 0}, {"u", 0}, {"uur", 0},
			{"d", 1}, {"dag", 1}, {"dagen", 1}, {"w", 7}, {"week", 7}, {"weken", 7}, {"mnd", 30}, {"maand", 30}, {"maanden", 30}, {"j", 365}, {"jaar", 365}},
		Numbers:  Counts{{"een", 1}},
		After:    []string{" geleden"},
		Examples: []AgeExample{{"2 weken geleden", 14}, {"Gisteren", 1}, {"3 dagen geleden", 3}}},
	{Lang: "pl",
		Words: Counts{{"dzisiaj", 0}, {"dziś", 0}, {"teraz", 0}, {"wczoraj", 1}},
		Units: Counts{{"sek", 0}, {"min", 0}, {"minut", 0}, {"minuta", 0}, {"minuty", 0}, {"godz", 0}, {"godzin", 0}, {"godzina", 0}, {"godziny", 0},
			{"d", 1}, {"dzień", 1}, {"dni", 1}, {"tydz", 7}, {"tydzień", 7}, {"tygodnie", 7}, {"tygodni", 7}, {"mies", 30}, {"miesiąc", 30}, {"miesiące", 30}, {"miesięcy", 30},
			{"rok", 365}, {"lata", 365}, {"lat", 365}},
		After:    []string{" temu"},
		Examples: []AgeExample{{"2 tygodnie temu", 14}, {"Wczoraj", 1}, {"3 dni temu", 3}}},
	{Lang: "ru",
		Words: Counts{{"сегодня", 0}, {"только что", 0}, {"вчера", 1}},
		Units: Counts{{"сек", 0}, {"мин", 0}, {"минуту", 0}, {"минуты", 0}, {"минут", 0}, {"ч", 0}, {"час", 0}, {"часа", 0}, {"часов", 0},
			{"д", 1}, {"дн", 1}, {"день", 1}, {"дня", 1}, {"дней", 1}, {"нед", 7}, {"неделю", 7}, {"недели", 7}, {"недель", 7},
			{"мес", 30}, {"месяц", 30}, {"месяца", 30}, {"месяцев", 30}, {"г", 365}, {"год", 365}, {"года", 365}, {"лет", 365}},
		After:    []string{" назад"},
		Examples: []AgeExample{{"2 недели назад", 14}, {"Вчера", 1}, {"3 дня назад", 3}}},
	{Lang: "tr",
		Words:    Counts{{"bugün", 0}, {"şimdi", 0}, {"dün", 1}},
		Units:    Counts{{"sn", 0}, {"saniye", 0}, {"dk", 0}, {"dakika", 0}, {"sa", 0}, {"saat", 0}, {"g", 1}, {"gün", 1}, {"hf", 7}, {"hafta", 7}, {"ay", 30}, {"yıl", 365}},
		Numbers:  Counts{{"bir", 1}},
		After:    []string{" önce"},
		Examples: []AgeExample{{"2 hafta önce", 14}, {"Dün", 1}, {"3 gün önce", 3}}},
}

// RelationWords is one language's wording of relation lines: the
// sentence naming the sender and what they invite the user to.
type RelationWords struct {
	Lang string
	// Suffixes follow the sender's name: " is inviting you to connect".
	Suffixes []string
	// Phrases mark a relation line anywhere in it.
	Phrases []string
	// Follows say the sender already follows the user.
	Follows []string
	// Newsletter, Event, Group and Page mark an invitation to one.
	Newsletter, Event, Group, Page []string
	// Examples are relation lines, the sender each names and the kind of
	// invitation ("" for a person).
	Examples []RelationExample
}

// RelationExample is a relation line, its sender and its kind.
type RelationExample struct {
	Line, Name, Kind string
}

// relationTable lists every language's relation lines.
var relationTable = []RelationWords{
	{"en", []string{" follows you and is inviting you to connect", " is inviting you to connect", " wants to connect"},
		[]string{"is inviting you to connect", "invited you to", "wants to connect"},
		[]string{"follows you and is inviting you"},
		[]string{"invited you to subscribe"}, []string{"invited you to attend", "invited you to an event", "invited you to their event"},
		[]string{"invited you to join"}, []string{"invited you to follow"},
		[]RelationExample{{"Jane Doe is inviting you to connect", "Jane Doe", ""}, {"Sam Lee invited you to subscribe to The AI Brief", "", "newsletter"}}},
	{"de", []string{" folgt ihnen und möchte sich mit ihnen vernetzen", " möchte sich mit ihnen vernetzen"},
		[]string{"möchte sich mit ihnen vernetzen", "hat sie eingeladen", "lädt sie ein"},
		[]string{"folgt ihnen und"},
		[]string{"zu abonnieren", "zum abonnieren"}, []string{"an der veranstaltung", "zur veranstaltung"},
		[]string{"beizutreten"}, []string{"zu folgen"},
		[]RelationExample{{"Jana Schmidt möchte sich mit Ihnen vernetzen", "Jana Schmidt", ""}, {"Jana Schmidt hat Sie eingeladen, Digitale Verwaltung zu folgen", "", "page"}}},
	{"fr", []string{" vous suit et vous invite à se connecter", " vous invite à se connecter"},
		[]string{"vous invite à se connecter", "vous a invité", "vous invite à"},
		[]string{"vous suit et"},
		[]string{"à vous abonner"}, []string{"à l'événement", "à participer"},
		[]string{"à rejoindre"}, []string{"à suivre"},
		[]RelationExample{{"Camille Roux vous invite à se connecter", "Camille Roux", ""}, {"Camille Roux vous a invité à suivre Atelier Nord", "", "page"}}},
	{"es", []string{" le sigue y le invita a conectar", " le invita a conectar", " quiere conectar"},
		[]string{"le invita a conectar", "le ha invitado a", "quiere conectar"},
		[]string{"le sigue y"},
		[]string{"a suscribirse"}, []string{"al evento"},
		[]string{"a unirse"}, []string{"a seguir"},
		[]RelationExample{{"Lucía Ortega le invita a conectar", "Lucía Ortega", ""}, {"Lucía Ortega le ha invitado a unirse a Go Madrid", "", "group"}}},
	{"it", []string{" ti segue e ti ha invitato a collegarti", " ti ha invitato a collegarti"},
		[]string{"ti ha invitato a"},
		[]string{"ti segue e"},
		[]string{"ad abbonarti"}, []string{"all'evento"},
		[]string{"a unirti"}, []string{"a seguire"},
		[]RelationExample{{"Marco Bassi ti ha invitato a collegarti", "Marco Bassi", ""}, {"Marco Bassi ti ha invitato all’evento Go Day", "", "event"}}},
	{"pt", []string{" segue você e convidou você para se conectar", " convidou você para se conectar"},
		[]string{"convidou você"},
		[]string{"segue você e"},
		[]string{"a assinar"}, []string{"para o evento"},
		[]string{"a participar do grupo"}, []string{"a seguir"},
		[]RelationExample{{"João Pires convidou você para se conectar", "João Pires", ""}, {"João Pires convidou você a assinar Notas de Go", "", "newsletter"}}},
	{"nl", []string{" volgt u en nodigt u uit om te connecten", " nodigt u uit om te connecten"},
		[]string{"nodigt u uit"},
		[]string{"volgt u en"},
		[]string{"te abonneren"}, []string{"voor het evenement"},
		[]string{"lid te worden"}, []string{"te volgen"},
		[]RelationExample{{"Sanne de Vries nodigt u uit om te connecten", "Sanne de Vries", ""}, {"Sanne de Vries nodigt u uit om Gouda Labs te volgen", "", "page"}}},
	{"pl", []string{" obserwuje cię i zaprasza cię do kontaktów", " zaprasza cię do kontaktów"},
		[]string{"zaprasza cię"},
		[]string{"obserwuje cię i"},
		[]string{"do subskrypcji"}, []string{"na wydarzenie"},
		[]string{"do grupy"}, []string{"do obserwowania"},
		[]RelationExample{{"Ewa Nowak zaprasza Cię do kontaktów", "Ewa Nowak", ""}, {"Ewa Nowak zaprasza Cię do grupy Gophers PL", "", "group"}}},
	{"ru", []string{" читает вас и приглашает вас установить контакт", " приглашает вас установить контакт"},
		[]string{"приглашает вас"},
		[]string{"читает вас и"},
		[]string{"подписаться на рассылку"}, []string{"на мероприятие"},
		[]string{"вступить в группу"}, []string{"подписаться на страницу"},
		[]RelationExample{{"Анна Петрова приглашает вас установить контакт", "Анна Петрова", ""}, {"Анна Петрова приглашает вас на мероприятие Go Meetup", "", "event"}}},
	{"tr", []string{" sizi takip ediyor ve bağlantı kurmaya davet ediyor", " sizi bağlantı kurmaya davet ediyor"},
		[]string{"davet ediyor", "sizi davet etti"},
		[]string{"sizi takip ediyor ve"},
		[]string{"abone olmaya"}, []string{"etkinliğe"},
		[]string{"gruba katılmaya"}, []string{"takip etmeye"},
		[]RelationExample{{"Deniz Yılmaz sizi bağlantı kurmaya davet ediyor", "Deniz Yılmaz", ""}, {"Deniz Yılmaz sizi Go İstanbul sayfasını takip etmeye davet ediyor", "", "page"}}},
}

// gather joins one list of every entry of a table.
func gather[T any](table []T, list func(*T) []string) []string {
	var out []string
	for i := range table {
		out = append(out, list(&table[i])...)
	}
	return out
}
