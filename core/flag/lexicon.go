package flag

import (
	"sync"

	"github.com/vetted/vetted/core/text"
)

// list names one phrase list of the lexicon. The lists themselves live in
// the rule files that use them.
type list int

// The phrase lists, in the order of lexicon.
const (
	lxBrand list = iota
	lxOfficialRole
	lxOfficialClaim
	lxPersonaStrong
	lxPersonaFinance
	lxMilitaryRole
	lxMedicalRole
	lxMission
	lxAbroad
	lxFormerly
	lxMessenger
	lxOffPlatform
	lxMoneyStrong
	lxMoney
	lxMoneyPeriod
	lxSales
	lxHelp
	lxHelpTarget
	lxJobStrong
	lxJobMedium
	lxJobWeak
	lxPayPeriod
	lxPersonal
	lxRequest
	lxUrgency
	lxFlattery
	lxCanned
	lxPolarizing
	listCount
)

// lexiconOnce and lexiconDict hold every phrase list, compiled for one
// pass per text field. Use lexicon(): it is compiled on first use, not at
// program start, where it would lengthen the extension's start-up task.
var (
	lexiconOnce sync.Once
	lexiconDict *text.Dict
)

// lexicon returns the compiled phrase lists.
func lexicon() *text.Dict {
	lexiconOnce.Do(compileLexicon)
	return lexiconDict
}

// compileLexicon sets lexiconDict. It is a named function, not a closure
// in lexicon, so that lexicon is inlined without a copy of it at each
// call (core.wasm's size).
func compileLexicon() {
	lexiconDict = text.NewDict((&[listCount][]string{
		lxBrand:          brandPhrases,
		lxOfficialRole:   officialRolePhrases,
		lxOfficialClaim:  officialClaimPhrases,
		lxPersonaStrong:  personaStrongPhrases,
		lxPersonaFinance: personaFinancePhrases,
		lxMilitaryRole:   militaryRolePhrases,
		lxMedicalRole:    medicalRolePhrases,
		lxMission:        missionPhrases,
		lxAbroad:         abroadPhrases,
		lxFormerly:       formerlyPhrases,
		lxMessenger:      messengerPhrases,
		lxOffPlatform:    offPlatformPhrases,
		lxMoneyStrong:    moneyStrongPhrases,
		lxMoney:          moneyPhrases,
		lxMoneyPeriod:    moneyPeriodPhrases,
		lxSales:          salesPhrases,
		lxHelp:           helpPhrases,
		lxHelpTarget:     helpTargetPhrases,
		lxJobStrong:      jobStrongPhrases,
		lxJobMedium:      jobMediumPhrases,
		lxJobWeak:        jobWeakPhrases,
		lxPayPeriod:      payPeriodPhrases,
		lxPersonal:       personalPhrases,
		lxRequest:        requestPhrases,
		lxUrgency:        urgencyPhrases,
		lxFlattery:       flatteryPhrases,
		lxCanned:         cannedPhrases,
		lxPolarizing:     polarizingPhrases,
	})[:]...)
}
