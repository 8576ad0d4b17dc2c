package htmlnode

import "flag"

// update is accepted (and ignored) so that the documented
// "go test ./core/page/... -update" also runs this package's tests.
var _ = flag.Bool("update", false, "no golden files in this package")
