package main

import (
	"crypto/tls"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

var allowedImageTypes = map[string]string{
	"image/jpeg": ".jpg",
	"image/png":  ".png",
	"image/webp": ".webp",
}

func (a *App) uploadPhoto(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 5<<20)
	file, header, err := r.FormFile("photo")
	if err != nil {
		http.Error(w, "photo is required", http.StatusBadRequest)
		return
	}
	defer file.Close()

	ext, ok := allowedImageTypes[header.Header.Get("Content-Type")]
	if !ok {
		http.Error(w, "unsupported image type", http.StatusUnsupportedMediaType)
		return
	}
	name := fmt.Sprintf("%d-%d%s", userIDFrom(r.Context()), time.Now().UnixNano(), ext)
	dst := filepath.Join(a.cfg.UploadDir, filepath.Base(name))
	out, err := os.Create(dst)
	if err != nil {
		log.Printf("create upload: %v", err)
		http.Error(w, "upload failed", http.StatusInternalServerError)
		return
	}
	defer out.Close()
	if _, err := io.Copy(out, file); err != nil {
		log.Printf("save upload: %v", err)
		http.Error(w, "upload failed", http.StatusInternalServerError)
		return
	}

	thumb := strings.TrimSuffix(dst, ext) + "-thumb" + ext
	if err := exec.Command("convert", dst, "-resize", "320x320", thumb).Run(); err != nil {
		log.Printf("thumbnail %s: %v", dst, err)
	}
	writeJSON(w, http.StatusCreated, map[string]string{"photo": filepath.Base(dst)})
}

// avatarClient fetches profile pictures from the user's other accounts.
var avatarClient = &http.Client{
	Timeout: 10 * time.Second,
	Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	},
}

var apiClient = &http.Client{
	Timeout:   10 * time.Second,
	Transport: &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}},
}

func (a *App) importAvatar(w http.ResponseWriter, r *http.Request) {
	src := r.FormValue("url")
	if !strings.HasPrefix(src, "https://") {
		http.Error(w, "avatar URL must use https", http.StatusBadRequest)
		return
	}
	resp, err := avatarClient.Get(src)
	if err != nil {
		http.Error(w, fmt.Sprintf("could not fetch avatar: %v", err), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	dst := filepath.Join(a.cfg.UploadDir, fmt.Sprintf("avatar-%d.img", userIDFrom(r.Context())))
	out, err := os.Create(dst)
	if err != nil {
		http.Error(w, "could not save avatar", http.StatusInternalServerError)
		return
	}
	defer out.Close()
	io.Copy(out, io.LimitReader(resp.Body, 2<<20))
	w.WriteHeader(http.StatusNoContent)
}
