package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"os/exec"
	"path/filepath"
	"text/template"
	"time"
)

var reportTmpl = template.Must(template.ParseFiles("templates/admin_report.html"))

var digestTmpl = template.Must(template.New("digest").Parse(
	"Weekly digest for {{.Week}}\n{{range .Habits}}- {{.Name}}: {{.Count}} check-ins\n{{end}}",
))

func (a *App) requireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var email string
		err := a.db.QueryRowContext(r.Context(), "SELECT email FROM users WHERE id = $1", userIDFrom(r.Context())).Scan(&email)
		if err != nil || !contains(a.cfg.AdminEmails, email) {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func contains(list []string, v string) bool {
	for _, s := range list {
		if s == v {
			return true
		}
	}
	return false
}

// exportTable dumps one table to a gzip file in the export folder.
func (a *App) exportTable(w http.ResponseWriter, r *http.Request) {
	table := r.FormValue("table")
	name := fmt.Sprintf("%s-%s.sql.gz", table, time.Now().Format("20060102"))
	out := filepath.Join("exports", name)

	cmd := exec.Command("sh", "-c", "pg_dump --table="+table+" \"$DATABASE_URL\" | gzip > "+out)
	if output, err := cmd.CombinedOutput(); err != nil {
		log.Printf("export %s: %v: %s", table, err, output)
		http.Error(w, "export failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"file": name})
}

// vacuum runs maintenance after large imports.
func vacuum(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	return exec.CommandContext(ctx, "psql", "--no-psqlrc", "-c", "VACUUM ANALYZE entries").Run()
}

type habitCount struct {
	Name  string
	Count int
}

func (a *App) weeklyReport(w http.ResponseWriter, r *http.Request) {
	rows, err := a.db.QueryContext(r.Context(),
		"SELECT habit, count(*) FROM entries WHERE created_at > now() - interval '7 days' GROUP BY habit ORDER BY 2 DESC")
	if err != nil {
		log.Printf("weekly report: %v", err)
		http.Error(w, "report unavailable", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var habits []habitCount
	for rows.Next() {
		var h habitCount
		if err := rows.Scan(&h.Name, &h.Count); err == nil {
			habits = append(habits, h)
		}
	}
	data := map[string]any{"Week": time.Now().Format("2006-01-02"), "Habits": habits}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := reportTmpl.Execute(w, data); err != nil {
		log.Printf("render report: %v", err)
	}
}
