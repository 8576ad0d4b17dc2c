package page

// BadgeAfter reports whether a card's badge goes right after the card's
// element instead of at the end of it: when the card is a link or a
// button, or lies inside one (a Facebook request row is one <a>). Inside a
// link, the badge's buttons would follow the link when pressed, and its
// text would join the link's accessible name; after it, the badge still
// sits in the card's row, against the card's own content.
func BadgeAfter(cardNode Node) bool {
	return cardNode != nil && cardNode.Closest(`a[href], button, [role="button"], [role="link"]`) != nil
}
