package x

import (
	"os"
	"time"

	jwtgo "github.com/dgrijalva/jwt-go"
	"github.com/go-chi/jwtauth/v5"
	"github.com/golang-jwt/jwt/v5"
	echojwt "github.com/labstack/echo-jwt/v4"
)

// Keys kept in variables are reported once, where they are written, not at each use.
// ruleid: go-jwt-hardcoded-secret
var jwtKey = []byte("habit-tracker-signing-key")

var envKey = []byte(os.Getenv("JWT_SECRET"))

func getEnv(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

// ruleid: go-jwt-hardcoded-secret
var fallbackKey = []byte(getEnv("JWT_SECRET", "change-me-in-production"))

func issue(userID string) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub": userID,
		"exp": time.Now().Add(time.Hour).Unix(),
	})
	return token.SignedString(jwtKey)
}

func issueInline(userID string) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": userID, "exp": time.Now().Add(time.Hour).Unix()})
	// ruleid: go-jwt-hardcoded-secret
	return token.SignedString([]byte("super-secret"))
}

func issueFromEnv(userID string) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: userID, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))})
	// ok: go-jwt-hardcoded-secret
	s, err := token.SignedString(envKey)
	if err != nil {
		return "", err
	}
	// ok: go-jwt-hardcoded-secret
	return token.SignedString([]byte(os.Getenv("JWT_SECRET")))
}

func issueWithFallback(userID string) (string, error) {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "dev-secret"
	}
	token := jwtgo.NewWithClaims(jwtgo.SigningMethodHS256, jwtgo.MapClaims{"sub": userID, "exp": 0})
	// ruleid: go-jwt-hardcoded-secret
	a, _ := token.SignedString([]byte(secret))
	b, _ := token.SignedString(fallbackKey)
	return a + b, nil
}

func verify(tokenString string) (*jwt.Token, error) {
	return jwt.Parse(tokenString, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, jwt.ErrSignatureInvalid
		}
		// ruleid: go-jwt-hardcoded-secret
		return []byte("super-secret"), nil
	})
}

func verifyKey(t *jwt.Token) (any, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, jwt.ErrSignatureInvalid
	}
	return jwtKey, nil
}

func verifyEnv(t *jwt.Token) (any, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, jwt.ErrSignatureInvalid
	}
	// ok: go-jwt-hardcoded-secret
	return envKey, nil
}

func issueWithDefault(userID string) (string, error) {
	secret := "local-dev-secret"
	if v := os.Getenv("JWT_SECRET"); v != "" {
		secret = v
	}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": userID, "exp": 0})
	// Either the literal or the environment's value: reported where the two meet.
	// ruleid: go-jwt-hardcoded-secret
	return token.SignedString([]byte(secret))
}

func middlewares() {
	// ruleid: go-jwt-hardcoded-secret
	tokenAuth := jwtauth.New("HS256", []byte("chi-secret"), nil)
	_ = tokenAuth
	// ok: go-jwt-hardcoded-secret
	envAuth := jwtauth.New("HS256", []byte(os.Getenv("JWT_SECRET")), nil)
	_ = envAuth
	_ = echojwt.WithConfig(echojwt.Config{
		// ruleid: go-jwt-hardcoded-secret
		SigningKey: []byte("echo-secret"),
	})
	_ = echojwt.WithConfig(echojwt.Config{
		// ok: go-jwt-hardcoded-secret
		SigningKey: envKey,
	})
}
