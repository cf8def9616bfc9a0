package x

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"

	"google.golang.org/grpc/credentials"
)

func client() *http.Client {
	tr := &http.Transport{
		// ruleid: go-tls-insecure-skip-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	return &http.Client{Transport: tr}
}

func defaultTransport() {
	// ruleid: go-tls-insecure-skip-verify
	http.DefaultTransport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	cfg := &tls.Config{}
	// ruleid: go-tls-insecure-skip-verify
	cfg.InsecureSkipVerify = true
}

func multiline() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		// ruleid: go-tls-insecure-skip-verify
		InsecureSkipVerify: true, //nolint:gosec
	}
}

func safe() *tls.Config {
	insecure := os.Getenv("WEBHOOK_TLS_INSECURE") == "1"
	// ok: go-tls-insecure-skip-verify
	a := &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS12}
	_ = a
	// ok: go-tls-insecure-skip-verify
	return &tls.Config{InsecureSkipVerify: insecure, MinVersion: tls.VersionTLS12}
}

func pinned() *tls.Config {
	// ok: go-tls-insecure-skip-verify
	return &tls.Config{MinVersion: tls.VersionTLS13, ServerName: "api.habits.example"}
}

func grpcCreds() credentials.TransportCredentials {
	// ruleid: go-tls-insecure-skip-verify
	return credentials.NewTLS(&tls.Config{ServerName: "api.internal", InsecureSkipVerify: true})
}

func withCA(pool *x509.CertPool) *tls.Config {
	// ok: go-tls-insecure-skip-verify
	return &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
}
