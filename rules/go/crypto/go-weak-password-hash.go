package x

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"strings"
)

type User struct {
	Email    string
	Password string
}

func register(u User) string {
	// ruleid: go-weak-password-hash
	sum := md5.Sum([]byte(u.Password))
	return hex.EncodeToString(sum[:])
}

func saltedSHA(password, salt string) string {
	// ruleid: go-weak-password-hash
	h := sha256.Sum256([]byte(salt + password))
	return fmt.Sprintf("%x", h)
}

func hashPassword(p string) string {
	// ruleid: go-weak-password-hash
	sum := sha512.Sum512([]byte(p))
	return hex.EncodeToString(sum[:])
}

func streaming(newPwd string) string {
	hasher := sha1.New()
	// ruleid: go-weak-password-hash
	hasher.Write([]byte(newPwd))
	return hex.EncodeToString(hasher.Sum(nil))
}

func ioWrite(pass string) []byte {
	h := md5.New()
	// ruleid: go-weak-password-hash
	io.WriteString(h, pass)
	return h.Sum(nil)
}

func fileChecksum(data []byte) string {
	// ok: go-weak-password-hash
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func resetTokenHash(resetToken string) string {
	// ok: go-weak-password-hash
	sum := sha256.Sum256([]byte(resetToken))
	return hex.EncodeToString(sum[:])
}

func etag(body string) string {
	// ok: go-weak-password-hash
	return fmt.Sprintf("%x", md5.Sum([]byte(body)))
}

func pwnedCheck(password, rangeURL string) (bool, error) {
	// ok: go-weak-password-hash
	sum := sha1.Sum([]byte(password))
	hash := strings.ToUpper(hex.EncodeToString(sum[:]))
	resp, err := http.Get(rangeURL + hash[:5])
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	return false, nil
}
