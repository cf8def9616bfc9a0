package x

import (
	"golang.org/x/crypto/bcrypt"
)

const hashCost = 6

func hashFast(pw string) ([]byte, error) {
	// ruleid: go-bcrypt-low-cost
	return bcrypt.GenerateFromPassword([]byte(pw), 4)
}

func hashMin(pw string) ([]byte, error) {
	// ruleid: go-bcrypt-low-cost
	return bcrypt.GenerateFromPassword([]byte(pw), bcrypt.MinCost)
}

func hashConst(pw string) ([]byte, error) {
	// ruleid: go-bcrypt-low-cost
	return bcrypt.GenerateFromPassword([]byte(pw), hashCost)
}

func hashDefault(pw string) ([]byte, error) {
	// ok: go-bcrypt-low-cost
	return bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
}

func hashStrong(pw string) ([]byte, error) {
	// ok: go-bcrypt-low-cost
	return bcrypt.GenerateFromPassword([]byte(pw), 12)
}

func hashConfigured(pw string, cost int) ([]byte, error) {
	// ok: go-bcrypt-low-cost
	return bcrypt.GenerateFromPassword([]byte(pw), cost)
}
