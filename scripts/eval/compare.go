package main

import (
	"fmt"

	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/notemodel/train"
)

// comparison is one algorithm's cross-validated figures, the model alone
// (its most probable class).
type comparison struct {
	Name                 string
	Opt                  train.Options
	Accuracy, MacroF1    float64
	BadRecall, LegitBad  float64 // bad notes called bad; legitimate notes called bad
	LogLoss, Temperature float64
}

// candidates are the algorithms and settings compared; the first is the
// one the committed model uses (train.Defaults).
func candidates() []comparison {
	all := train.Defaults
	all.MaxFeatures = 0
	lr := train.Defaults
	lr.Algo = "lr"
	lrAll := lr
	lrAll.MaxFeatures = 0
	nb := train.Options{Algo: "nb", MinDF: 2, Alpha: train.Defaults.Alpha, Balance: true, Levels: train.Defaults.Levels}
	strongest := fmt.Sprintf("strongest %s features", thousands(train.Defaults.MaxFeatures))
	return []comparison{
		{Name: "logistic regression + ¼ naive Bayes, " + strongest + " (committed)", Opt: train.Defaults},
		{Name: "logistic regression + ¼ naive Bayes, every feature seen twice", Opt: all},
		{Name: "logistic regression, " + strongest, Opt: lr},
		{Name: "logistic regression, every feature seen twice", Opt: lrAll},
		{Name: "naive Bayes, every feature seen twice", Opt: nb},
	}
}

// compareAlgorithms cross-validates each candidate on the corpus (extra
// notes in every training fold).
func compareAlgorithms(exC, exE []train.Example, k int) []comparison {
	out := candidates()
	for i := range out {
		c := &out[i]
		sc := train.OutOfFold(exC, exE, k, c.Opt)
		c.Temperature = train.FitTemp(sc, exC)
		c.LogLoss = train.LogLoss(sc, exC, c.Temperature)
		var conf [notemodel.NumClasses][notemodel.NumClasses]int
		bad, badHit, legit, legitBad, ok := 0, 0, 0, 0, 0
		for j := range exC {
			best := 0
			for cl := range sc[j] {
				if sc[j][cl] > sc[j][best] {
					best = cl
				}
			}
			want := exC[j].Class
			conf[want][best]++
			if int(want) == best {
				ok++
			}
			if want.Bad() {
				bad++
				if notemodel.Class(best).Bad() {
					badHit++
				}
			}
			if want == notemodel.Legit {
				legit++
				if notemodel.Class(best).Bad() {
					legitBad++
				}
			}
		}
		c.Accuracy = float64(ok) / float64(len(exC))
		c.BadRecall = float64(badHit) / float64(max(bad, 1))
		c.LegitBad = float64(legitBad) / float64(max(legit, 1))
		c.MacroF1 = macroF1(conf)
	}
	return out
}

// macroF1 is the mean F1 over the classes of a confusion matrix (rows:
// true class, columns: predicted).
func macroF1(conf [notemodel.NumClasses][notemodel.NumClasses]int) float64 {
	sum := 0.0
	for c := range conf {
		tp := conf[c][c]
		fn, fp := 0, 0
		for o := range conf {
			if o != c {
				fn += conf[c][o]
				fp += conf[o][c]
			}
		}
		if tp == 0 {
			continue
		}
		p := float64(tp) / float64(tp+fp)
		r := float64(tp) / float64(tp+fn)
		sum += 2 * p * r / (p + r)
	}
	return sum / notemodel.NumClasses
}

// thousands writes n with a comma between thousands, as the report does.
func thousands(n int) string {
	if n < 1000 {
		return fmt.Sprint(n)
	}
	return fmt.Sprintf("%s,%03d", thousands(n/1000), n%1000)
}
