package x

import (
	"net/http"
	"strings"

	ginCors "github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4/middleware"
	"github.com/rs/cors"
)

func ginSetup(r *gin.Engine) {
	r.Use(ginCors.New(ginCors.Config{
		// ruleid: go-cors-credentials-any-origin
		AllowAllOrigins:  true,
		AllowMethods:     []string{"GET", "POST"},
		AllowCredentials: true,
	}))
	r.Use(ginCors.New(ginCors.Config{
		// ruleid: go-cors-credentials-any-origin
		AllowOrigins:     []string{"*"},
		AllowCredentials: true,
	}))
	r.Use(ginCors.New(ginCors.Config{
		// ruleid: go-cors-credentials-any-origin
		AllowOriginFunc:  func(origin string) bool { return true },
		AllowCredentials: true,
	}))
	r.Use(ginCors.New(ginCors.Config{
		// ok: go-cors-credentials-any-origin
		AllowOrigins:     []string{"https://app.habits.example"},
		AllowCredentials: true,
	}))
	r.Use(ginCors.New(ginCors.Config{
		// ok: go-cors-credentials-any-origin
		AllowAllOrigins: true,
		AllowMethods:    []string{"GET"},
	}))
	r.Use(ginCors.New(ginCors.Config{
		// ok: go-cors-credentials-any-origin
		AllowOriginFunc:  func(origin string) bool { return strings.HasSuffix(origin, ".habits.example") },
		AllowCredentials: true,
	}))
}

func ginDefault(r *gin.Engine) {
	config := ginCors.DefaultConfig()
	// ruleid: go-cors-credentials-any-origin
	config.AllowAllOrigins = true
	config.AllowCredentials = true
	r.Use(ginCors.New(config))
}

func rsCors(mux *http.ServeMux) http.Handler {
	c := cors.New(cors.Options{
		// ruleid: go-cors-credentials-any-origin
		AllowedOrigins:   []string{"*"},
		AllowCredentials: true,
	})
	// ok: go-cors-credentials-any-origin
	open := cors.New(cors.Options{AllowedOrigins: []string{"*"}, AllowedMethods: []string{"GET"}})
	_ = open
	return c.Handler(mux)
}

func echoCors() {
	_ = middleware.CORSWithConfig(middleware.CORSConfig{
		// ruleid: go-cors-credentials-any-origin
		AllowOrigins:     []string{"https://*", "http://*"},
		AllowCredentials: true,
	})
}

func manual(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// ruleid: go-cors-credentials-any-origin
		w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		next.ServeHTTP(w, r)
	})
}

func ginManual() gin.HandlerFunc {
	return func(c *gin.Context) {
		origin := c.GetHeader("Origin")
		// ruleid: go-cors-credentials-any-origin
		c.Header("Access-Control-Allow-Origin", origin)
		c.Header("Access-Control-Allow-Credentials", "true")
		c.Next()
	}
}

var allowedOrigins = map[string]bool{"https://app.habits.example": true}

func checked(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if allowedOrigins[origin] {
			// ok: go-cors-credentials-any-origin
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Vary", "Origin")
		}
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		next.ServeHTTP(w, r)
	})
}

func checkedOk(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if _, ok := allowedOrigins[origin]; ok {
			// ok: go-cors-credentials-any-origin
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		next.ServeHTTP(w, r)
	})
}

func noCredentials(w http.ResponseWriter, r *http.Request) {
	// ok: go-cors-credentials-any-origin
	w.Header().Set("Access-Control-Allow-Origin", "*")
	// ok: go-cors-credentials-any-origin
	w.Header().Set("Access-Control-Allow-Origin", "https://app.habits.example")
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}
