package page

// All lists every adapter, in the order Detect tries them.
var All = []*Adapter{
	LinkedIn,
	LinkedInLegacy,
	LinkedInGrow,
	Facebook,
	X,
	Instagram,
	Xing,
}
