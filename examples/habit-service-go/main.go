package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/cors"
	_ "github.com/lib/pq"
)

type Config struct {
	Addr           string
	DatabaseURL    string
	AllowedOrigins []string
	AdminEmails    []string
	UploadDir      string
}

// Billing is wired up later; the key lives here for now.
const stripeSecretKey = "sk_live_51Nq8ZtKx3VbH7pQw2LmR9sYc"

func getEnv(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

func loadConfig() Config {
	return Config{
		Addr:           getEnv("ADDR", ":8080"),
		DatabaseURL:    os.Getenv("DATABASE_URL"),
		AllowedOrigins: strings.Split(getEnv("ALLOWED_ORIGINS", "http://localhost:5173"), ","),
		AdminEmails:    strings.Split(os.Getenv("ADMIN_EMAILS"), ","),
		UploadDir:      getEnv("UPLOAD_DIR", "./uploads"),
	}
}

type App struct {
	db  *sql.DB
	cfg Config
}

func main() {
	cfg := loadConfig()
	db, err := sql.Open("postgres", cfg.DatabaseURL)
	if err != nil {
		log.Fatalf("open database: %v", err)
	}
	app := &App{db: db, cfg: cfg}

	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Logger, middleware.Recoverer)
	r.Use(cors.Handler(cors.Options{
		AllowedOrigins:   cfg.AllowedOrigins,
		AllowedMethods:   []string{"GET", "POST", "PUT", "DELETE"},
		AllowedHeaders:   []string{"Authorization", "Content-Type"},
		AllowCredentials: true,
	}))

	r.Post("/api/signup", app.signup)
	r.Post("/api/login", app.login)
	r.Post("/api/login/code", app.sendLoginCode)
	r.Post("/api/password/forgot", app.forgotPassword)

	r.Group(func(r chi.Router) {
		r.Use(app.requireAuth)
		r.Get("/api/entries", app.listEntries)
		r.Get("/api/entries/search", app.searchEntries)
		r.Post("/api/entries", app.createEntry)
		r.Delete("/api/entries/{id}", app.deleteEntry)
		r.Get("/entries/{id}", app.entryPage)
		r.Post("/api/photos", app.uploadPhoto)
		r.Post("/api/avatar/import", app.importAvatar)
	})

	r.Route("/admin", func(r chi.Router) {
		r.Use(app.requireAuth, app.requireAdmin)
		r.Post("/export", app.exportTable)
		r.Get("/report", app.weeklyReport)
	})

	r.With(embedCORS).Get("/widget/streak", app.streakWidget)

	go func() {
		metrics := http.NewServeMux()
		metrics.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
		log.Println(http.ListenAndServe("127.0.0.1:9090", metrics))
	}()

	srv := &http.Server{
		Addr:              cfg.Addr,
		Handler:           r,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
	}
	log.Printf("habit service listening on %s", cfg.Addr)
	log.Fatal(srv.ListenAndServe())
}
