package x

import (
	"log"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func main() {
	mux := http.NewServeMux()
	// ruleid: go-http-server-no-timeouts
	log.Fatal(http.ListenAndServe(":8080", mux))
}

func tlsMain(h http.Handler) error {
	// ruleid: go-http-server-no-timeouts
	return http.ListenAndServeTLS(":8443", "cert.pem", "key.pem", h)
}

func server(h http.Handler) *http.Server {
	// ruleid: go-http-server-no-timeouts
	return &http.Server{
		Addr:    ":8080",
		Handler: h,
	}
}

func goodServer(h http.Handler) *http.Server {
	// ok: go-http-server-no-timeouts
	return &http.Server{
		Addr:              ":8080",
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      15 * time.Second,
		IdleTimeout:       60 * time.Second,
	}
}

func goodServer2(h http.Handler) error {
	// ok: go-http-server-no-timeouts
	srv := http.Server{Addr: ":8080", Handler: h, ReadTimeout: 10 * time.Second}
	return srv.ListenAndServe()
}

func ginMain() {
	r := gin.Default()
	r.GET("/health", func(c *gin.Context) { c.String(200, "ok") })
	// ruleid: go-http-server-no-timeouts
	r.Run(":8080")
}

func ginWithServer() {
	router := gin.New()
	srv := &http.Server{Addr: ":8080", Handler: router, ReadHeaderTimeout: 5 * time.Second}
	// ok: go-http-server-no-timeouts
	srv.ListenAndServe()
}

func echoMain() {
	e := echo.New()
	// ruleid: go-http-server-no-timeouts
	e.Logger.Fatal(e.Start(":1323"))
}

func notAServer(job interface{ Run(string) }) {
	// ok: go-http-server-no-timeouts
	job.Run("nightly")
}
