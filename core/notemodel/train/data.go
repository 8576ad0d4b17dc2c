package train

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vetted/vetted/core/notemodel"
)

// Note is one labelled note of a training file.
type Note struct {
	Label  string // as in the file: scam, recruiter_scam, spam, recruiter, sales, peer, personal, generic
	Text   string
	Source string // the page it was quoted from, or "written:…" for the team's own
	Remark string
	File   string // the file it came from, and
	Line   int    // its line there
}

// Class returns the model class of the note's label.
func (n *Note) Class() notemodel.Class {
	c, _ := ClassOf(n.Label)
	return c
}

// ClassOf maps a corpus label to the model's class: peer, personal and
// generic notes are all legitimate, recruiter_scam is a fake recruiter.
func ClassOf(label string) (notemodel.Class, bool) {
	switch label {
	case "scam":
		return notemodel.Scam, true
	case "spam":
		return notemodel.Spam, true
	case "recruiter_scam":
		return notemodel.FakeRecruiter, true
	case "recruiter":
		return notemodel.Recruiter, true
	case "sales":
		return notemodel.Sales, true
	case "peer", "personal", "generic":
		return notemodel.Legit, true
	}
	return 0, false
}

// Labels are the corpus labels, in the order reports list them.
var Labels = []string{"scam", "recruiter_scam", "spam", "recruiter", "sales", "peer", "personal", "generic"}

// Load reads a notes file in the corpus format (a header line, then
// label, text, source_url and remark separated by tabs).
func Load(path string) ([]Note, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	notes, err := Read(f, path)
	if err != nil {
		return nil, err
	}
	return notes, nil
}

// Read reads notes in the corpus format from r; name is the file's name
// for errors and for Note.File. A line with a label the model does not
// know, or without four fields, is an error naming the line.
func Read(r io.Reader, name string) ([]Note, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var out []Note
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			if !strings.HasPrefix(s, "label\ttext\tsource_url") {
				return nil, fmt.Errorf("%s:1: want the header label, text, source_url, remark", name)
			}
			continue
		}
		if strings.TrimSpace(s) == "" {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("%s:%d: %d fields, want 4", name, line, len(f))
		}
		if _, ok := ClassOf(f[0]); !ok {
			return nil, fmt.Errorf("%s:%d: unknown label %q", name, line, f[0])
		}
		if strings.TrimSpace(f[1]) == "" || strings.TrimSpace(f[2]) == "" {
			return nil, fmt.Errorf("%s:%d: empty text or source", name, line)
		}
		out = append(out, Note{Label: f[0], Text: f[1], Source: f[2], Remark: f[3], File: name, Line: line})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}
