package x

import (
	"os"
	"time"

	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var key = []byte(os.Getenv("JWT_SECRET"))

func keyFn(t *jwt.Token) (interface{}, error) { return key, nil }

func parseV5(s string) (*jwt.Token, error) {
	// ruleid: go-jwt-claims-validation-disabled
	return jwt.Parse(s, keyFn, jwt.WithValidMethods([]string{"HS256"}), jwt.WithoutClaimsValidation())
}

func parserV5(s string) (*jwt.Token, error) {
	// ruleid: go-jwt-claims-validation-disabled
	p := jwt.NewParser(jwt.WithoutClaimsValidation())
	return p.Parse(s, keyFn)
}

func parseV4(s string) (*jwtv4.Token, error) {
	// ruleid: go-jwt-claims-validation-disabled
	p := &jwtv4.Parser{ValidMethods: []string{"HS256"}, SkipClaimsValidation: true}
	return p.Parse(s, func(t *jwtv4.Token) (interface{}, error) { return key, nil })
}

func parseV4Field(s string) {
	p := jwtv4.Parser{}
	// ruleid: go-jwt-claims-validation-disabled
	p.SkipClaimsValidation = true
}

func parseStrict(s string) (*jwt.Token, error) {
	// ok: go-jwt-claims-validation-disabled
	return jwt.Parse(s, keyFn, jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired(), jwt.WithLeeway(0))
}

func parseV4Strict(s string) {
	// ok: go-jwt-claims-validation-disabled
	p := &jwtv4.Parser{ValidMethods: []string{"HS256"}, SkipClaimsValidation: false}
	_ = p
	// ok: go-jwt-claims-validation-disabled
	p.SkipClaimsValidation = false
}

func parseLenient(s string) (*jwt.Token, error) {
	// ok: go-jwt-claims-validation-disabled
	return jwt.Parse(s, keyFn, jwt.WithValidMethods([]string{"HS256"}), jwt.WithLeeway(30*time.Second), jwt.WithIssuer("habits"))
}
