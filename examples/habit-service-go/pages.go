package main

import (
	"html/template"
	"log"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"
)

var entryTmpl = template.Must(template.ParseFiles("templates/entry.html"))

type entryView struct {
	Habit  string
	Mood   int
	Note   template.HTML
	Footer template.HTML
}

// renderNote keeps the line breaks people type into their journal.
func renderNote(note string) string {
	return strings.ReplaceAll(note, "\n", "<br>")
}

func (a *App) entryPage(w http.ResponseWriter, r *http.Request) {
	var habit, note string
	var mood int
	err := a.db.QueryRowContext(r.Context(),
		"SELECT habit, mood, note FROM entries WHERE id = $1 AND user_id = $2",
		chi.URLParam(r, "id"), userIDFrom(r.Context()),
	).Scan(&habit, &mood, &note)
	if err != nil {
		http.Error(w, "entry not found", http.StatusNotFound)
		return
	}
	view := entryView{
		Habit:  habit,
		Mood:   mood,
		Note:   template.HTML(renderNote(note)),
		Footer: template.HTML(`<a href="/entries">Back to all entries</a>`),
	}
	if err := entryTmpl.Execute(w, view); err != nil {
		log.Printf("render entry: %v", err)
	}
}
