package ledger

import "strings"

// StorageFull reports whether a storage error is the browser's quota:
// chrome.storage.local holds at most 10 MB for the extension (Chromium
// says "QUOTA_BYTES quota exceeded", Firefox "QuotaExceededError"). A full
// storage does not empty itself: the user has to lower the log's limit,
// or export the log and clear it.
func StorageFull(msg string) bool {
	return strings.Contains(msg, "quota") || strings.Contains(msg, "Quota")
}
