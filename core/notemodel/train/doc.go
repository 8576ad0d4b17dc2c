// Package train trains the note model (package notemodel): it reads the
// labelled notes (Load, LoadData), turns them into features as the
// model does at run time (Featurize, with the rules' tags from
// flag.NoteTags), fits softmax logistic regression and naive Bayes (Fit),
// splits cross-validation folds by source page (Folds, OutOfFold),
// calibrates a temperature (FitTemp), quantizes the weights into a
// notemodel.Model and writes them as Go (Generate). Every step is
// deterministic: no map order, no randomness, the same sums in the same
// order. It is used by go run ./core/cmd/notetrain and by make eval, never
// by the extension.
package train
