package settings

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFirstName(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Ada Lovelace", "Ada"},
		{"  Ada   Lovelace ", "Ada"},
		{"Dr. Jane Smith", "Jane"},
		{"Dr Jane Smith", "Jane"},
		{"Prof. Dr. Hans Müller", "Hans"},
		{"Mrs. Smith", "Mrs. Smith"},
		{"Dr. Smith", "Dr. Smith"},
		{"🚀 Maria Garcia", "Maria"},
		{"🚀Maria🌸 Garcia", "Maria"},
		{"\"Sam\" Jones", "Sam"},
		{"JOHN SMITH", "John"},
		{"JEAN-LUC PICARD", "Jean-Luc"},
		{"Jean-Luc Picard", "Jean-Luc"},
		{"McKay Brown", "McKay"},
		{"O'Neil Jones", "O'Neil"},
		{"José Álvarez", "José"},
		{"王伟", "王伟"},
		{"Ólafur", "Ólafur"},
		{"123 Bob", "Bob"},
		{"🚀 🌸", ""},
		{"", ""},
		{"Dr.", ""},
		{"A. Smith", "A"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, FirstName(tt.name), tt.name)
	}
}

func TestFill(t *testing.T) {
	tests := []struct{ tmpl, name, want string }{
		{DefaultThankYou, "Ada Lovelace", "Thanks for connecting, Ada! Looking forward to staying in touch."},
		{DefaultThankYou, "", "Thanks for connecting! Looking forward to staying in touch."},
		{DefaultAskContext, "Dr. Jane Smith", "Hi Jane, thanks for the invitation. How do we know each other / what would you like to connect about?"},
		{DefaultAskContext, "🚀", "Hi, thanks for the invitation. How do we know each other / what would you like to connect about?"},
		{"Dear {name},", "  Ada \n Lovelace ", "Dear Ada Lovelace,"},
		{"{first_name}{first_name} {unknown} {", "Bo", "BoBo {unknown} {"},
		{"no placeholders", "Ada", "no placeholders"},
		{"{name}", "{first_name}", "{first_name}"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Fill(tt.tmpl, tt.name), tt.tmpl)
	}
}

func TestRender(t *testing.T) {
	tm := Defaults().Templates
	assert.Equal(t, "Thanks for connecting, Ada! Looking forward to staying in touch.", tm.Render(TemplateThankYou, "Ada Lovelace"))
	assert.Contains(t, tm.Render(TemplateAskContext, "Ada Lovelace"), "Hi Ada, thanks")
	assert.Equal(t, "", tm.Render("welcome", "Ada"))
}
