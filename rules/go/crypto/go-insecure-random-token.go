package x

import (
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"math/rand"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

var seededRand = rand.New(rand.NewSource(time.Now().UnixNano()))

func generateToken(n int) string {
	b := make([]byte, n)
	for i := range b {
		// ruleid: go-insecure-random-token
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func NewSessionID() string {
	b := make([]byte, 16)
	for i := range b {
		// ruleid: go-insecure-random-token
		b[i] = letters[seededRand.Intn(len(letters))]
	}
	return string(b)
}

func sendLoginCode(email string) string {
	// ruleid: go-insecure-random-token
	code := fmt.Sprintf("%06d", rand.Intn(1000000))
	return code
}

func inviteLink(userID string) string {
	// ruleid: go-insecure-random-token
	resetToken := fmt.Sprintf("%x", rand.Int63())
	return "/reset?token=" + resetToken
}

func tempPassword() string {
	buf := make([]byte, 12)
	// ruleid: go-insecure-random-token
	rand.Read(buf)
	return hex.EncodeToString(buf)
}

func secureToken() (string, error) {
	b := make([]byte, 32)
	// ok: go-insecure-random-token
	if _, err := crand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func retryBackoff(attempt int) time.Duration {
	base := time.Duration(1<<attempt) * 100 * time.Millisecond
	// ok: go-insecure-random-token
	jitter := time.Duration(rand.Int63n(int64(base / 2)))
	return base + jitter
}

func pickTip(tips []string) string {
	// ok: go-insecure-random-token
	return tips[rand.Intn(len(tips))]
}

func shuffleHabits(ids []int) {
	// ok: go-insecure-random-token
	rand.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
}
