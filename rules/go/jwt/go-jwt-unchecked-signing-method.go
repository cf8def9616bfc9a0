package x

import (
	"errors"
	"fmt"
	"os"

	jwt "github.com/golang-jwt/jwt/v4"
)

type Claims struct {
	UserID string `json:"uid"`
	jwt.RegisteredClaims
}

var secret = []byte(os.Getenv("JWT_SECRET"))

func parse(tokenString string) (*jwt.Token, error) {
	// ruleid: go-jwt-unchecked-signing-method
	return jwt.Parse(tokenString, func(token *jwt.Token) (interface{}, error) {
		return secret, nil
	})
}

func parseClaims(tokenString string) (*Claims, error) {
	claims := &Claims{}
	// ruleid: go-jwt-unchecked-signing-method
	_, err := jwt.ParseWithClaims(tokenString, claims, func(t *jwt.Token) (any, error) {
		return secret, nil
	})
	return claims, err
}

// ruleid: go-jwt-unchecked-signing-method
func keyFunc(t *jwt.Token) (interface{}, error) {
	return secret, nil
}

func parseNamed(tokenString string) (*jwt.Token, error) {
	return jwt.Parse(tokenString, keyFunc)
}

func parseChecked(tokenString string) (*jwt.Token, error) {
	// ok: go-jwt-unchecked-signing-method
	return jwt.Parse(tokenString, func(token *jwt.Token) (interface{}, error) {
		if _, ok := token.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method: %v", token.Header["alg"])
		}
		return secret, nil
	})
}

func parseAlg(tokenString string) (*jwt.Token, error) {
	// ok: go-jwt-unchecked-signing-method
	return jwt.Parse(tokenString, func(token *jwt.Token) (interface{}, error) {
		if token.Method.Alg() != jwt.SigningMethodHS256.Alg() {
			return nil, errors.New("bad alg")
		}
		return secret, nil
	})
}

// ok: go-jwt-unchecked-signing-method
func rsaKeyFunc(t *jwt.Token) (interface{}, error) {
	switch t.Method.(type) {
	case *jwt.SigningMethodRSA:
		return &rsaKey.PublicKey, nil
	}
	return nil, errors.New("unexpected method")
}

// ok: go-jwt-unchecked-signing-method
func logClaims(t *jwt.Token) error {
	fmt.Println(t.Claims)
	return nil
}

type AuthService struct{ secret []byte }

// ruleid: go-jwt-unchecked-signing-method
func (s *AuthService) keyFunc(t *jwt.Token) (interface{}, error) {
	return s.secret, nil
}

func (s *AuthService) Verify(tokenString string, claims *Claims) error {
	// ruleid: go-jwt-unchecked-signing-method
	keyfunc := func(token *jwt.Token) (interface{}, error) { return s.secret, nil }
	_, err := jwt.ParseWithClaims(tokenString, claims, keyfunc)
	return err
}

type middlewareOptions struct {
	ValidationKeyGetter func(*jwt.Token) (interface{}, error)
	SigningMethod       jwt.SigningMethod
}

func middleware() middlewareOptions {
	return middlewareOptions{
		// ok: go-jwt-unchecked-signing-method
		ValidationKeyGetter: func(token *jwt.Token) (interface{}, error) { return secret, nil },
		SigningMethod:       jwt.SigningMethodHS256,
	}
}

func (s *AuthService) VerifyEqual(tokenString string) (*jwt.Token, error) {
	// ok: go-jwt-unchecked-signing-method
	return jwt.Parse(tokenString, func(token *jwt.Token) (interface{}, error) {
		if token.Method != jwt.SigningMethodHS256 {
			return nil, errors.New("unexpected signing method")
		}
		return s.secret, nil
	})
}
