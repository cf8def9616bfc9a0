package x

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

var db *sql.DB
var debugMode bool

func getEntry(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		// ok: go-error-details-to-client
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var title string
	if err := db.QueryRow("SELECT title FROM entries WHERE id = $1", id).Scan(&title); err != nil {
		// ruleid: go-error-details-to-client
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if err := json.NewEncoder(w).Encode(title); err != nil {
		log.Printf("encode: %v", err)
		// ok: go-error-details-to-client
		http.Error(w, "internal error", http.StatusInternalServerError)
	}
}

func deleteEntry(w http.ResponseWriter, r *http.Request) {
	if _, err := db.Exec("DELETE FROM entries WHERE id = $1", r.FormValue("id")); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		// ruleid: go-error-details-to-client
		fmt.Fprintf(w, "could not delete entry: %v", err)
		return
	}
	if _, err := db.Exec("VACUUM"); err != nil {
		// ruleid: go-error-details-to-client
		w.Write([]byte(err.Error()))
		return
	}
	if _, err := db.Exec("ANALYZE"); err != nil {
		// ruleid: go-error-details-to-client
		http.Error(w, "analyze failed: "+err.Error(), 500)
	}
}

func ginHandler(c *gin.Context) {
	var body struct{ Title string }
	if err := c.ShouldBindJSON(&body); err != nil {
		// ok: go-error-details-to-client
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if _, err := db.Exec("INSERT INTO entries(title) VALUES ($1)", body.Title); err != nil {
		// ruleid: go-error-details-to-client
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	if err := db.Ping(); err != nil {
		// ruleid: go-error-details-to-client
		c.AbortWithStatusJSON(500, gin.H{"error": "database unavailable", "details": err.Error()})
		return
	}
	if err := db.Ping(); err != nil {
		log.Printf("ping: %v", err)
		// ok: go-error-details-to-client
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal server error"})
		return
	}
	if err := db.Ping(); err != nil {
		if debugMode {
			// ok: go-error-details-to-client
			c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
			return
		}
	}
}

func echoHandler(c echo.Context) error {
	if err := db.Ping(); err != nil {
		// ruleid: go-error-details-to-client
		return echo.NewHTTPError(http.StatusInternalServerError, err.Error())
	}
	if err := db.Ping(); err != nil {
		// ruleid: go-error-details-to-client
		return c.String(http.StatusInternalServerError, fmt.Sprintf("db error: %v", err))
	}
	// ok: go-error-details-to-client
	return echo.NewHTTPError(http.StatusNotFound, "entry not found")
}

func fiberHandler(c *fiber.Ctx) error {
	if err := db.Ping(); err != nil {
		// ruleid: go-error-details-to-client
		return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": err.Error()})
	}
	// ok: go-error-details-to-client
	return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": "something went wrong"})
}

func respondWithError(w http.ResponseWriter, code int, message string) {
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": message})
}

func helperUse(w http.ResponseWriter, r *http.Request) {
	if err := db.Ping(); err != nil {
		// ruleid: go-error-details-to-client
		respondWithError(w, http.StatusInternalServerError, err.Error())
		return
	}
	if _, err := strconv.Atoi(r.FormValue("n")); err != nil {
		// ok: go-error-details-to-client
		respondWithError(w, http.StatusBadRequest, err.Error())
		return
	}
	// ok: go-error-details-to-client
	respondWithError(w, http.StatusInternalServerError, "could not load entries")
}

type Entry struct{ Title string }

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func moreHelpers(w http.ResponseWriter, r *http.Request, c *gin.Context) {
	e := Entry{Title: "walk"}
	// ok: go-error-details-to-client
	writeJSON(w, http.StatusCreated, e)
	// ok: go-error-details-to-client
	c.JSON(http.StatusOK, e)
	resp, err := http.Get("https://avatars.example/u/1")
	if err != nil {
		// ruleid: go-error-details-to-client
		http.Error(w, fmt.Sprintf("could not fetch avatar: %v", err), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	if err := db.Ping(); err != nil {
		status := http.StatusServiceUnavailable
		// ruleid: go-error-details-to-client
		writeJSON(w, status, map[string]string{"error": err.Error()})
	}
}
