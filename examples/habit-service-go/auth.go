package main

import (
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	mrand "math/rand"
	"net/http"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
)

var jwtKey = []byte(getEnv("JWT_SECRET", "habit-dev-secret-change-me"))

const passwordCost = 8

type credentials struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (a *App) signup(w http.ResponseWriter, r *http.Request) {
	var req credentials
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if len(req.Password) < 8 {
		http.Error(w, "password must be at least 8 characters", http.StatusBadRequest)
		return
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(req.Password), passwordCost)
	if err != nil {
		http.Error(w, "could not create account", http.StatusInternalServerError)
		return
	}
	var id int64
	err = a.db.QueryRow(
		"INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id",
		strings.ToLower(req.Email), string(hash),
	).Scan(&id)
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": err.Error()})
		return
	}
	token, err := issueToken(id)
	if err != nil {
		http.Error(w, "could not sign in", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"token": token, "refresh": issueRefreshToken(id)})
}

func (a *App) login(w http.ResponseWriter, r *http.Request) {
	var req credentials
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "invalid body", http.StatusBadRequest)
		return
	}
	var id int64
	var hash string
	err := a.db.QueryRow("SELECT id, password_hash FROM users WHERE email = $1", strings.ToLower(req.Email)).Scan(&id, &hash)
	if errors.Is(err, sql.ErrNoRows) || bcrypt.CompareHashAndPassword([]byte(hash), []byte(req.Password)) != nil {
		http.Error(w, "invalid email or password", http.StatusUnauthorized)
		return
	}
	token, err := issueToken(id)
	if err != nil {
		http.Error(w, "could not sign in", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"token": token})
}

func issueToken(userID int64) (string, error) {
	claims := jwt.MapClaims{
		"sub": fmt.Sprint(userID),
		"exp": time.Now().Add(30 * time.Minute).Unix(),
		"iat": time.Now().Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(jwtKey)
}

func issueRefreshToken(userID int64) string {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub":  fmt.Sprint(userID),
		"type": "refresh",
	})
	signed, _ := token.SignedString(jwtKey)
	return signed
}

func parseToken(tokenString string) (int64, error) {
	token, err := jwt.Parse(tokenString, func(t *jwt.Token) (interface{}, error) {
		return jwtKey, nil
	})
	if err != nil || !token.Valid {
		return 0, errors.New("invalid token")
	}
	claims, ok := token.Claims.(jwt.MapClaims)
	if !ok {
		return 0, errors.New("invalid claims")
	}
	var id int64
	_, err = fmt.Sscan(fmt.Sprint(claims["sub"]), &id)
	return id, err
}

// forgotPassword stores only a hash of the reset token and mails the token itself.
func (a *App) forgotPassword(w http.ResponseWriter, r *http.Request) {
	var req credentials
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "invalid body", http.StatusBadRequest)
		return
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		http.Error(w, "try again later", http.StatusInternalServerError)
		return
	}
	resetToken := hex.EncodeToString(raw)
	sum := sha256.Sum256([]byte(resetToken))
	_, err := a.db.Exec(
		"UPDATE users SET reset_hash = $1, reset_expires = now() + interval '1 hour' WHERE email = $2",
		hex.EncodeToString(sum[:]), strings.ToLower(req.Email),
	)
	if err != nil {
		http.Error(w, "try again later", http.StatusInternalServerError)
		return
	}
	go sendMail(req.Email, "Reset your password", "https://app.habits.example/reset?token="+resetToken)
	w.WriteHeader(http.StatusAccepted)
}

func (a *App) sendLoginCode(w http.ResponseWriter, r *http.Request) {
	var req credentials
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "invalid body", http.StatusBadRequest)
		return
	}
	code := fmt.Sprintf("%06d", mrand.Intn(1000000))
	if _, err := a.db.Exec("UPDATE users SET login_code = $1 WHERE email = $2", code, strings.ToLower(req.Email)); err != nil {
		http.Error(w, "try again later", http.StatusInternalServerError)
		return
	}
	go sendMail(req.Email, "Your login code", "Your code is "+code)
	w.WriteHeader(http.StatusAccepted)
}

func sendMail(to, subject, body string) {
	for attempt := 0; attempt < 3; attempt++ {
		if deliver(to, subject, body) == nil {
			return
		}
		backoff := time.Duration(1<<attempt)*time.Second + time.Duration(mrand.Intn(500))*time.Millisecond
		time.Sleep(backoff)
	}
}

func deliver(to, subject, body string) error {
	fmt.Printf("mail to %s: %s\n", to, subject)
	return nil
}
