package x

import (
	"bytes"
	"embed"
	"net/http"
	"os"
	"text/template"

	"github.com/gin-gonic/gin"
)

//go:embed templates
var templateFS embed.FS

// ruleid: go-text-template-for-html
var pages = template.Must(template.ParseFiles("templates/layout.html", "templates/entry.html"))

// ruleid: go-text-template-for-html
var layouts = template.Must(template.ParseFS(templateFS, "templates/*.gohtml"))

const entryPage = `<html><body><h1>{{.Title}}</h1><div class="note">{{.Note}}</div></body></html>`

// ruleid: go-text-template-for-html
var entryTmpl = template.Must(template.New("entry").Parse(entryPage))

// ok: go-text-template-for-html
var reminder = template.Must(template.New("reminder").Parse("Hi {{.Name}}, time to log your habits!\n"))

// ok: go-text-template-for-html
var config = template.Must(template.ParseFiles("deploy/config.yaml.tmpl"))

func showEntry(w http.ResponseWriter, r *http.Request) {
	data := map[string]string{"Title": r.FormValue("title"), "Note": r.FormValue("note")}
	// ruleid: go-text-template-for-html
	entryTmpl.Execute(w, data)
}

func ginEntry(c *gin.Context) {
	// ruleid: go-text-template-for-html
	pages.ExecuteTemplate(c.Writer, "entry.html", gin.H{"Title": c.Query("title")})
}

func emailText(name string) (string, error) {
	var buf bytes.Buffer
	// ok: go-text-template-for-html
	if err := reminder.Execute(&buf, map[string]string{"Name": name}); err != nil {
		return "", err
	}
	// ok: go-text-template-for-html
	config.Execute(os.Stdout, nil)
	return buf.String(), nil
}
