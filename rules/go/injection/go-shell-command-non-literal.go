package x

import (
	"context"
	"fmt"
	"net/http"
	osexec "os/exec"
	"os/exec"
	"strconv"

	"github.com/alessio/shellescape"
	"github.com/gin-gonic/gin"
)

func thumbnail(w http.ResponseWriter, r *http.Request) {
	file := r.FormValue("file")
	// ruleid: go-shell-command-non-literal
	out, err := exec.Command("sh", "-c", "convert uploads/"+file+" -resize 200x200 thumbs/"+file).CombinedOutput()
	if err != nil {
		http.Error(w, "conversion failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
	// ok: go-shell-command-non-literal
	exec.Command("convert", "uploads/"+file, "-resize", "200x200", "thumbs/"+file).Run()
}

func backup(ctx context.Context, dir, dest string) error {
	script := fmt.Sprintf("tar czf %s %s && gzip -t %s", dest, dir, dest)
	// ruleid: go-shell-command-non-literal
	cmd := exec.CommandContext(ctx, "bash", "-c", script)
	// ok: go-shell-command-non-literal
	safe := exec.CommandContext(ctx, "tar", "czf", dest, dir)
	_ = safe
	return cmd.Run()
}

func gitLog(c *gin.Context) {
	ref := c.Query("ref")
	// ok: go-shell-command-non-literal
	out, _ := exec.Command("git", "log", "--oneline", "--", ref).Output()
	// ruleid: go-shell-command-non-literal
	out2, _ := osexec.Command("/bin/sh", "-c", "git log --oneline "+ref).Output()
	// ok: go-shell-command-non-literal
	out3, _ := exec.Command("sh", "-c", "git log --oneline | head -n 20").Output()
	c.String(200, string(out)+string(out2)+string(out3))
}

func runUserCommand(c *gin.Context) {
	userCmd := c.PostForm("cmd")
	// ruleid: go-shell-command-non-literal
	exec.Command("bash", "-lc", userCmd).Run()
	// ruleid: go-shell-command-non-literal
	exec.Command("cmd.exe", "/C", "ping "+userCmd).Run()
	// ruleid: go-shell-command-non-literal
	exec.Command("powershell", "-Command", userCmd).Run()
}

func quoted(name string, n int) {
	// ok: go-shell-command-non-literal
	exec.Command("sh", "-c", "ls -la "+shellescape.Quote(name)).Run()
	// ok: go-shell-command-non-literal
	exec.Command("sh", "-c", "sleep "+strconv.Itoa(n)).Run()
	const cleanup = "rm -rf /tmp/habit-cache/*"
	// ok: go-shell-command-non-literal
	exec.Command("sh", "-c", cleanup).Run()
}
