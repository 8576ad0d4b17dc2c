package flag

import (
	"sync"

	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/text"
)

// listNames name the lexicon's phrase lists for the note model: a list
// found in a note is one of its features ("lx:money"), so the model learns
// how much each of the rules' phrase lists says about a note. A renamed
// list changes the model's features: retrain it (docs/retrain-the-note-model.md).
var listNames = [listCount]string{
	lxBrand: "brand", lxOfficialRole: "official-role", lxOfficialClaim: "official-claim",
	lxPersonaStrong: "persona", lxPersonaFinance: "persona-finance", lxMilitaryRole: "military",
	lxMedicalRole: "medical", lxMission: "mission", lxAbroad: "abroad", lxFormerly: "formerly",
	lxMessenger: "messenger", lxOffPlatform: "off-platform", lxMoneyStrong: "money-strong",
	lxMoney: "money", lxMoneyPeriod: "money-period", lxSales: "sales", lxHelp: "help",
	lxHelpTarget: "help-target", lxJobStrong: "job-strong", lxJobMedium: "job-medium",
	lxJobWeak: "job-weak", lxPayPeriod: "pay-period", lxPersonal: "personal",
	lxRequest: "request", lxUrgency: "urgency", lxFlattery: "flattery", lxCanned: "canned",
	lxPolarizing: "polarizing",
}

var (
	listTagsOnce sync.Once
	listTags     [listCount]uint32
)

// listTag returns the model tag of a phrase list.
func listTag(l list) uint32 {
	listTagsOnce.Do(hashListTags)
	return listTags[l]
}

// hashListTags sets listTags (a named function, not a closure in listTag,
// so that listTag is inlined without a copy of it: core.wasm's size).
func hashListTags() {
	for i, n := range listNames {
		listTags[i] = notemodel.TagHash("lx:" + n)
	}
}

// appendNoteTags appends the note model's tags of the input's note to dst: the
// structural tags and the phrase lists found in it, each once.
func (in *Input) appendNoteTags(dst []uint32) []uint32 {
	dst = notemodel.Tags(in.Note, dst)
	var seen [listCount]bool
	for _, m := range in.found[fieldNote] {
		if l := list(m.List); !seen[l] {
			seen[l] = true
			dst = append(dst, listTag(l))
		}
	}
	return dst
}

// NoteTags folds a note and returns the note model's tags for it, as the
// note-model rule computes them: the training command uses it so that the
// model learns from the same features it sees at run time.
func NoteTags(note string) (folded string, tags []uint32) {
	folded = text.Fold(note)
	in := Input{Note: folded}
	in.found[fieldNote] = lexicon().Find(folded, nil)
	return folded, in.appendNoteTags(nil)
}
