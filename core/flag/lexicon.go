package flag

import "github.com/vetted/vetted/core/text"

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

// lexicon holds every phrase list, compiled for one pass per text field.
var lexicon = text.NewDict((&[listCount][]string{
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
