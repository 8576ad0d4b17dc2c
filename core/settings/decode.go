package settings

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/vetted/vetted/core/order"
)

// decodeList decodes a list of strings into *dst. A wrong type leaves *dst
// unchanged; every wrong entry is reported and kept as an empty entry, so
// that the other entries are still validated at their own index.
func decodeList(dst *[]string, field string, v any, errs *Errors) {
	items, ok := v.([]any)
	if !ok {
		if strs, isStrings := v.([]string); isStrings {
			*dst = slices.Clone(strs)
			return
		}
		errs.add(field, "must be a list of strings")
		return
	}
	out := make([]string, len(items))
	for i, item := range items {
		str, ok := item.(string)
		if !ok {
			errs.add(field+"["+strconv.Itoa(i)+"]", "must be a string")
			continue
		}
		out[i] = str
	}
	*dst = out
}

// decodeString returns v as a string, or reports a wrong type.
func decodeString(field string, v any, errs *Errors) (string, bool) {
	str, ok := v.(string)
	if !ok {
		errs.add(field, "must be a string")
	}
	return str, ok
}

// decodeBool decodes true or false into *dst.
func decodeBool(dst *bool, field string, v any, errs *Errors) {
	b, ok := v.(bool)
	if !ok {
		errs.add(field, "must be true or false")
		return
	}
	*dst = b
}

// decodeInt decodes a whole number into *dst. JSON numbers arrive as
// float64; Go callers may also pass int or int64.
func decodeInt(dst *int, field string, v any, errs *Errors) {
	switch n := v.(type) {
	case float64:
		if n != math.Trunc(n) || math.IsInf(n, 0) || math.IsNaN(n) {
			errs.add(field, "must be a whole number")
			return
		}
		if n > math.MaxInt32 || n < math.MinInt32 {
			errs.add(field, "is out of range")
			return
		}
		*dst = int(n)
	case int:
		*dst = n
	case int64:
		if n > math.MaxInt32 || n < math.MinInt32 {
			errs.add(field, "is out of range")
			return
		}
		*dst = int(n)
	default:
		errs.add(field, "must be a whole number")
	}
}

// decodeObject returns v as an object, reporting a wrong type and every
// key that is not in known (in sorted order).
func decodeObject(field string, v any, known []string, errs *Errors) (map[string]any, bool) {
	obj, ok := v.(map[string]any)
	if !ok {
		errs.add(field, "must be an object")
		return nil, false
	}
	var unknown []string
	for k := range obj {
		if !slices.Contains(known, k) {
			unknown = append(unknown, k)
		}
	}
	order.Sort(unknown, strings.Compare)
	for _, k := range unknown {
		errs.add(field+"."+k, unknownField)
	}
	return obj, true
}

// decodeRules decodes the rule toggles into dst (the defaults' empty map).
func decodeRules(dst map[string]bool, v any, errs *Errors) {
	obj, ok := v.(map[string]any)
	if !ok {
		errs.add("rules", "must be an object of rule IDs to true or false")
		return
	}
	ids := make([]string, 0, len(obj))
	for id := range obj {
		ids = append(ids, id)
	}
	order.Sort(ids, strings.Compare)
	for _, id := range ids {
		on, ok := obj[id].(bool)
		if !ok {
			errs.add("rules."+id, "must be true or false")
			continue
		}
		dst[id] = on
	}
}

// templateFields are the keys of the templates object.
var templateFields = []string{"thank_you", "ask_context"}

// decodeTemplates merges the templates object into *dst.
func decodeTemplates(dst *Templates, v any, errs *Errors) {
	obj, ok := decodeObject("templates", v, templateFields, errs)
	if !ok {
		return
	}
	for _, f := range []struct {
		key string
		dst *string
	}{{"thank_you", &dst.ThankYou}, {"ask_context", &dst.AskContext}} {
		val, present := obj[f.key]
		if !present || val == nil {
			continue
		}
		if str, ok := decodeString("templates."+f.key, val, errs); ok {
			*f.dst = str
		}
	}
}

// pacingFields are the keys of the pacing object.
var pacingFields = []string{"min_delay_ms", "max_delay_ms", "max_per_run", "max_per_hour"}

// decodePacing merges the pacing object into *dst.
func decodePacing(dst *Pacing, v any, errs *Errors) {
	obj, ok := decodeObject("pacing", v, pacingFields, errs)
	if !ok {
		return
	}
	for _, f := range []struct {
		key string
		dst *int
	}{
		{"min_delay_ms", &dst.MinDelayMS}, {"max_delay_ms", &dst.MaxDelayMS},
		{"max_per_run", &dst.MaxPerRun}, {"max_per_hour", &dst.MaxPerHour},
	} {
		if val, present := obj[f.key]; present && val != nil {
			decodeInt(f.dst, "pacing."+f.key, val, errs)
		}
	}
}
