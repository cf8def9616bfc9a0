package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
)

type Entry struct {
	ID        int64     `json:"id"`
	Habit     string    `json:"habit"`
	Mood      int       `json:"mood"`
	Note      string    `json:"note"`
	CreatedAt time.Time `json:"created_at"`
}

func (a *App) listEntries(w http.ResponseWriter, r *http.Request) {
	userID := userIDFrom(r.Context())
	q := r.URL.Query()

	limit, err := strconv.Atoi(q.Get("limit"))
	if err != nil || limit <= 0 || limit > 100 {
		limit = 20
	}
	orderBy := "created_at DESC"
	switch q.Get("sort") {
	case "mood":
		orderBy = "mood DESC"
	case "habit":
		orderBy = "habit ASC"
	}

	args := []any{userID}
	conds := []string{"user_id = $1"}
	if habit := q.Get("habit"); habit != "" {
		args = append(args, habit)
		conds = append(conds, fmt.Sprintf("habit = $%d", len(args)))
	}
	if from := q.Get("from"); from != "" {
		args = append(args, from)
		conds = append(conds, fmt.Sprintf("created_at >= $%d", len(args)))
	}
	query := "SELECT id, habit, mood, note, created_at FROM entries WHERE " +
		strings.Join(conds, " AND ") + " ORDER BY " + orderBy + " LIMIT " + strconv.Itoa(limit)

	rows, err := a.db.QueryContext(r.Context(), query, args...)
	if err != nil {
		log.Printf("list entries: %v", err)
		http.Error(w, "could not load entries", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	entries := []Entry{}
	for rows.Next() {
		var e Entry
		if err := rows.Scan(&e.ID, &e.Habit, &e.Mood, &e.Note, &e.CreatedAt); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		entries = append(entries, e)
	}
	writeJSON(w, http.StatusOK, entries)
}

func (a *App) searchEntries(w http.ResponseWriter, r *http.Request) {
	userID := userIDFrom(r.Context())
	term := r.URL.Query().Get("q")
	query := fmt.Sprintf(
		"SELECT id, habit, mood, note, created_at FROM entries WHERE user_id = %d AND note ILIKE '%%%s%%' ORDER BY created_at DESC",
		userID, term,
	)
	rows, err := a.db.Query(query)
	if err != nil {
		log.Printf("search: %v", err)
		http.Error(w, "search failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	entries := []Entry{}
	for rows.Next() {
		var e Entry
		if err := rows.Scan(&e.ID, &e.Habit, &e.Mood, &e.Note, &e.CreatedAt); err == nil {
			entries = append(entries, e)
		}
	}
	writeJSON(w, http.StatusOK, entries)
}

func (a *App) createEntry(w http.ResponseWriter, r *http.Request) {
	var e Entry
	if err := json.NewDecoder(r.Body).Decode(&e); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	if e.Mood < 1 || e.Mood > 5 {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "mood must be between 1 and 5"})
		return
	}
	err := a.db.QueryRowContext(r.Context(),
		"INSERT INTO entries (user_id, habit, mood, note) VALUES ($1, $2, $3, $4) RETURNING id, created_at",
		userIDFrom(r.Context()), e.Habit, e.Mood, e.Note,
	).Scan(&e.ID, &e.CreatedAt)
	if err != nil {
		log.Printf("create entry: %v", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "could not save entry"})
		return
	}
	writeJSON(w, http.StatusCreated, e)
}

func (a *App) deleteEntry(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		http.Error(w, "invalid id", http.StatusBadRequest)
		return
	}
	res, err := a.db.ExecContext(r.Context(), "DELETE FROM entries WHERE id = $1 AND user_id = $2", id, userIDFrom(r.Context()))
	if err != nil {
		log.Printf("delete entry %d: %v", id, err)
		http.Error(w, "could not delete entry", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) streakWidget(w http.ResponseWriter, r *http.Request) {
	userID := userIDFrom(r.Context())
	var streak int
	err := a.db.QueryRowContext(r.Context(),
		"SELECT count(DISTINCT created_at::date) FROM entries WHERE user_id = $1 AND created_at > now() - interval '30 days'",
		userID,
	).Scan(&streak)
	if err != nil {
		streak = 0
	}
	writeJSON(w, http.StatusOK, map[string]int{"streak": streak})
}
