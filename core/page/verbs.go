package page

// Verb is one entry of a site's table of invitation controls: what an
// Accept or Ignore control says in one language. Tables are data: a
// contributor adds a language or a wording by adding an entry, with an
// Example that TestVerbTables reads back.
//
// A control matches an entry when its aria-label or its visible text is
// one of Words (ignoring case), or when its aria-label starts or ends with
// one of them followed or preceded by a space ("Accepter l’invitation de
// …", "Einladung von … annehmen").
type Verb struct {
	Lang    string   // the language, "fr"
	Control Control  // Accept or Ignore
	Words   []string // the control's words
	// Labels are the control labels that name the sender (see LabelName).
	Labels []Affix
	// Example is one control as the site shows it in this language; Name
	// is the sender its label names ("" when it names nobody).
	Example, Name string
}

// linkedInVerbs are LinkedIn's invitation controls.
var linkedInVerbs = []Verb{
	{"en", Accept, []string{"accept", "approve"}, nil, `<button aria-label="Accept Jane Doe’s invitation">Accept</button>`, "Jane Doe"},
	{"en", Ignore, []string{"ignore", "decline"}, nil, `<button aria-label="Ignore an invitation to connect from Jane Doe">Ignore</button>`, "Jane Doe"},
	{"de", Accept, []string{"annehmen", "akzeptieren"}, nil, `<button aria-label="Einladung von Jana Schmidt annehmen">Annehmen</button>`, "Jana Schmidt"},
	{"de", Ignore, []string{"ignorieren", "ablehnen"}, nil, `<button aria-label="Einladung von Jana Schmidt ignorieren">Ignorieren</button>`, "Jana Schmidt"},
	{"fr", Accept, []string{"accepter"}, []Affix{{"Accepter l’invitation de ", ""}}, `<button aria-label="Accepter l’invitation de Claire Martin">Accepter</button>`, "Claire Martin"},
	{"fr", Ignore, []string{"ignorer"}, []Affix{{"Ignorer l’invitation de ", ""}}, `<button aria-label="Ignorer l’invitation de Claire Martin">Ignorer</button>`, "Claire Martin"},
	{"es", Accept, []string{"aceptar"}, []Affix{{"Aceptar la invitación de ", ""}}, `<button aria-label="Aceptar la invitación de Lucía Ortega">Aceptar</button>`, "Lucía Ortega"},
	{"es", Ignore, []string{"ignorar"}, []Affix{{"Ignorar la invitación de ", ""}}, `<button aria-label="Ignorar la invitación de Lucía Ortega">Ignorar</button>`, "Lucía Ortega"},
	{"it", Accept, []string{"accetta"}, []Affix{{"Accetta l’invito di ", ""}}, `<button aria-label="Accetta l’invito di Marco Bassi">Accetta</button>`, "Marco Bassi"},
	{"it", Ignore, []string{"ignora"}, []Affix{{"Ignora l’invito di ", ""}}, `<button aria-label="Ignora l’invito di Marco Bassi">Ignora</button>`, "Marco Bassi"},
	{"pt", Accept, []string{"aceitar"}, []Affix{{"Aceitar o convite de ", ""}}, `<button aria-label="Aceitar o convite de João Pires">Aceitar</button>`, "João Pires"},
	{"pt", Ignore, []string{"ignorar"}, []Affix{{"Ignorar o convite de ", ""}}, `<button aria-label="Ignorar o convite de João Pires">Ignorar</button>`, "João Pires"},
	{"nl", Accept, []string{"accepteren"}, []Affix{{"Uitnodiging van ", " accepteren"}}, `<button aria-label="Uitnodiging van Sanne de Vries accepteren">Accepteren</button>`, "Sanne de Vries"},
	{"nl", Ignore, []string{"negeren"}, []Affix{{"Uitnodiging van ", " negeren"}}, `<button aria-label="Uitnodiging van Sanne de Vries negeren">Negeren</button>`, "Sanne de Vries"},
	{"pl", Accept, []string{"akceptuj", "zaakceptuj"}, []Affix{{"Akceptuj zaproszenie od ", ""}}, `<button aria-label="Akceptuj zaproszenie od Ewa Nowak">Akceptuj</button>`, "Ewa Nowak"},
	{"pl", Ignore, []string{"ignoruj", "zignoruj"}, []Affix{{"Ignoruj zaproszenie od ", ""}}, `<button aria-label="Ignoruj zaproszenie od Ewa Nowak">Ignoruj</button>`, "Ewa Nowak"},
	{"ru", Accept, []string{"принять"}, []Affix{{"Принять приглашение от ", ""}}, `<button aria-label="Принять приглашение от Анна Петрова">Принять</button>`, "Анна Петрова"},
	{"ru", Ignore, []string{"игнорировать", "пропустить"}, []Affix{{"Игнорировать приглашение от ", ""}}, `<button aria-label="Игнорировать приглашение от Анна Петрова">Игнорировать</button>`, "Анна Петрова"},
	{"tr", Accept, []string{"kabul et"}, []Affix{{"", " adlı kişinin davetini kabul et"}}, `<button aria-label="Deniz Yılmaz adlı kişinin davetini kabul et">Kabul et</button>`, "Deniz Yılmaz"},
	{"tr", Ignore, []string{"yoksay", "yok say"}, []Affix{{"", " adlı kişinin davetini yoksay"}}, `<button aria-label="Deniz Yılmaz adlı kişinin davetini yoksay">Yoksay</button>`, "Deniz Yılmaz"},
}

// facebookVerbs are the Confirm and Delete buttons of Facebook's friend
// requests (Instagram's follow requests use the same words).
var facebookVerbs = []Verb{
	{"en", Accept, []string{"confirm", "confirm request", "approve"}, nil, `<div role="button" aria-label="Confirm request">Confirm</div>`, ""},
	{"en", Ignore, []string{"delete", "delete request", "remove", "decline"}, nil, `<div role="button" aria-label="Delete request">Delete</div>`, ""},
	{"de", Accept, []string{"bestätigen", "anfrage bestätigen"}, nil, `<div role="button" aria-label="Bestätigen">Bestätigen</div>`, ""},
	{"de", Ignore, []string{"löschen", "anfrage löschen", "entfernen"}, nil, `<div role="button" aria-label="Löschen">Löschen</div>`, ""},
	{"fr", Accept, []string{"confirmer", "confirmer la demande"}, nil, `<div role="button" aria-label="Confirmer">Confirmer</div>`, ""},
	{"fr", Ignore, []string{"supprimer", "supprimer la demande", "retirer"}, nil, `<div role="button" aria-label="Supprimer">Supprimer</div>`, ""},
	{"es", Accept, []string{"confirmar", "confirmar solicitud"}, nil, `<div role="button" aria-label="Confirmar">Confirmar</div>`, ""},
	{"es", Ignore, []string{"eliminar", "eliminar solicitud"}, nil, `<div role="button" aria-label="Eliminar">Eliminar</div>`, ""},
	{"it", Accept, []string{"conferma", "conferma richiesta"}, nil, `<div role="button" aria-label="Conferma">Conferma</div>`, ""},
	{"it", Ignore, []string{"elimina", "elimina richiesta", "rimuovi"}, nil, `<div role="button" aria-label="Elimina">Elimina</div>`, ""},
	{"pt", Accept, []string{"confirmar", "confirmar pedido", "confirmar solicitação"}, nil, `<div role="button" aria-label="Confirmar">Confirmar</div>`, ""},
	{"pt", Ignore, []string{"excluir", "eliminar", "remover"}, nil, `<div role="button" aria-label="Excluir">Excluir</div>`, ""},
	{"nl", Accept, []string{"bevestigen", "verzoek bevestigen"}, nil, `<div role="button" aria-label="Bevestigen">Bevestigen</div>`, ""},
	{"nl", Ignore, []string{"verwijderen", "verzoek verwijderen"}, nil, `<div role="button" aria-label="Verwijderen">Verwijderen</div>`, ""},
	{"pl", Accept, []string{"potwierdź", "potwierdź zaproszenie"}, nil, `<div role="button" aria-label="Potwierdź">Potwierdź</div>`, ""},
	{"pl", Ignore, []string{"usuń", "usuń zaproszenie"}, nil, `<div role="button" aria-label="Usuń">Usuń</div>`, ""},
	{"ru", Accept, []string{"подтвердить", "подтвердить запрос"}, nil, `<div role="button" aria-label="Подтвердить">Подтвердить</div>`, ""},
	{"ru", Ignore, []string{"удалить", "удалить запрос"}, nil, `<div role="button" aria-label="Удалить">Удалить</div>`, ""},
	{"tr", Accept, []string{"onayla", "isteği onayla"}, nil, `<div role="button" aria-label="Onayla">Onayla</div>`, ""},
	{"tr", Ignore, []string{"sil", "isteği sil"}, nil, `<div role="button" aria-label="Sil">Sil</div>`, ""},
}

// xVerbs are X's Accept and Decline buttons of follower requests.
var xVerbs = []Verb{
	{"en", Accept, []string{"accept"}, nil, `<button aria-label="Accept">Accept</button>`, ""},
	{"en", Ignore, []string{"decline"}, nil, `<button aria-label="Decline">Decline</button>`, ""},
	{"de", Accept, []string{"annehmen", "akzeptieren"}, nil, `<button aria-label="Annehmen">Annehmen</button>`, ""},
	{"de", Ignore, []string{"ablehnen"}, nil, `<button aria-label="Ablehnen">Ablehnen</button>`, ""},
	{"fr", Accept, []string{"accepter"}, nil, `<button aria-label="Accepter">Accepter</button>`, ""},
	{"fr", Ignore, []string{"refuser"}, nil, `<button aria-label="Refuser">Refuser</button>`, ""},
	{"es", Accept, []string{"aceptar"}, nil, `<button aria-label="Aceptar">Aceptar</button>`, ""},
	{"es", Ignore, []string{"rechazar"}, nil, `<button aria-label="Rechazar">Rechazar</button>`, ""},
	{"it", Accept, []string{"accetta"}, nil, `<button aria-label="Accetta">Accetta</button>`, ""},
	{"it", Ignore, []string{"rifiuta"}, nil, `<button aria-label="Rifiuta">Rifiuta</button>`, ""},
	{"pt", Accept, []string{"aceitar"}, nil, `<button aria-label="Aceitar">Aceitar</button>`, ""},
	{"pt", Ignore, []string{"recusar"}, nil, `<button aria-label="Recusar">Recusar</button>`, ""},
	{"nl", Accept, []string{"accepteren"}, nil, `<button aria-label="Accepteren">Accepteren</button>`, ""},
	{"nl", Ignore, []string{"weigeren"}, nil, `<button aria-label="Weigeren">Weigeren</button>`, ""},
	{"pl", Accept, []string{"akceptuj", "zaakceptuj"}, nil, `<button aria-label="Akceptuj">Akceptuj</button>`, ""},
	{"pl", Ignore, []string{"odrzuć"}, nil, `<button aria-label="Odrzuć">Odrzuć</button>`, ""},
	{"ru", Accept, []string{"принять"}, nil, `<button aria-label="Принять">Принять</button>`, ""},
	{"ru", Ignore, []string{"отклонить"}, nil, `<button aria-label="Отклонить">Отклонить</button>`, ""},
	{"tr", Accept, []string{"kabul et"}, nil, `<button aria-label="Kabul et">Kabul et</button>`, ""},
	{"tr", Ignore, []string{"reddet"}, nil, `<button aria-label="Reddet">Reddet</button>`, ""},
}

// xingVerbs are Xing's contact-request buttons (German and English only).
var xingVerbs = []Verb{
	{"de", Accept, []string{"annehmen", "bestätigen"}, nil, `<button aria-label="Kontaktanfrage von Jonas Weber annehmen">Annehmen</button>`, "Jonas Weber"},
	{"de", Ignore, []string{"ignorieren", "ablehnen"}, nil, `<button aria-label="Kontaktanfrage von Jonas Weber ignorieren">Ignorieren</button>`, "Jonas Weber"},
	{"en", Accept, []string{"accept"}, nil, `<button aria-label="Accept contact request from Jonas Weber">Accept</button>`, "Jonas Weber"},
	{"en", Ignore, []string{"ignore", "decline"}, nil, `<button aria-label="Ignore contact request from Jonas Weber">Ignore</button>`, "Jonas Weber"},
}
