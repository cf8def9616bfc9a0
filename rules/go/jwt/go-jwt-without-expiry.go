package x

import (
	"os"
	"time"

	jwtgo "github.com/dgrijalva/jwt-go"
	"github.com/golang-jwt/jwt/v5"
)

var key = []byte(os.Getenv("JWT_SECRET"))

func issue(userID string, admin bool) (string, error) {
	// ruleid: go-jwt-without-expiry
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub":   userID,
		"admin": admin,
	})
	return token.SignedString(key)
}

func issueVar(userID string) (string, error) {
	claims := jwtgo.MapClaims{"user_id": userID, "iat": time.Now().Unix()}
	// ruleid: go-jwt-without-expiry
	token := jwtgo.NewWithClaims(jwtgo.SigningMethodHS256, claims)
	return token.SignedString(key)
}

func issuePointer(email string) (string, error) {
	claims := &jwt.MapClaims{"email": email, "role": "member"}
	// ruleid: go-jwt-without-expiry
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func issuePointerExp(email string) (string, error) {
	claims := &jwt.MapClaims{"email": email, "exp": time.Now().Add(time.Hour).Unix()}
	// ok: go-jwt-without-expiry
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

type Claims struct {
	UserID string `json:"uid"`
	jwt.RegisteredClaims
}

func issueRegistered(userID string) (string, error) {
	claims := Claims{
		UserID: userID,
		// ruleid: go-jwt-without-expiry
		RegisteredClaims: jwt.RegisteredClaims{Subject: userID, IssuedAt: jwt.NewNumericDate(time.Now())},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func issueWithExp(userID string) (string, error) {
	// ok: go-jwt-without-expiry
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub": userID,
		"exp": time.Now().Add(15 * time.Minute).Unix(),
	})
	return token.SignedString(key)
}

func issueRegisteredExp(userID string) (string, error) {
	claims := Claims{
		UserID: userID,
		// ok: go-jwt-without-expiry
		RegisteredClaims: jwt.RegisteredClaims{Subject: userID, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func parseInto(s string) error {
	// ok: go-jwt-without-expiry
	_, err := jwt.ParseWithClaims(s, &jwt.RegisteredClaims{}, func(t *jwt.Token) (interface{}, error) { return key, nil })
	return err
}
