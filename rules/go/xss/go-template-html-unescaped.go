package x

import (
	"html"
	"html/template"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
	"github.com/microcosm-cc/bluemonday"
	"github.com/russross/blackfriday/v2"
)

type Entry struct {
	Title string
	Body  string
	Link  string
}

var page = template.Must(template.ParseFiles("templates/entry.html"))

func showEntry(w http.ResponseWriter, r *http.Request, e Entry) {
	data := map[string]any{
		"Title": e.Title,
		// ruleid: go-template-html-unescaped
		"Body": template.HTML(e.Body),
		// ruleid: go-template-html-unescaped
		"Link": template.URL(r.URL.Query().Get("next")),
		// ok: go-template-html-unescaped
		"Footer": template.HTML("<small>Made with care</small>"),
	}
	page.Execute(w, data)
}

func markdown(c *gin.Context, e Entry) {
	rendered := blackfriday.Run([]byte(e.Body))
	// ruleid: go-template-html-unescaped
	c.HTML(http.StatusOK, "entry.html", gin.H{"Body": template.HTML(string(rendered))})
	policy := bluemonday.UGCPolicy()
	// ok: go-template-html-unescaped
	c.HTML(http.StatusOK, "entry.html", gin.H{"Body": template.HTML(policy.SanitizeBytes(rendered))})
}

func greeting(name, callback string) (template.HTML, template.JS) {
	msg := "<p>Hello, " + name + "</p>"
	// ruleid: go-template-html-unescaped
	h := template.HTML(msg)
	// ruleid: go-template-html-unescaped
	js := template.JS("var cb = '" + callback + "';")
	return h, js
}

func escaped(name, id string) (template.HTML, template.URL, template.HTMLAttr) {
	// ok: go-template-html-unescaped
	h := template.HTML("<p>Hello, " + html.EscapeString(name) + "</p>")
	// ok: go-template-html-unescaped
	u := template.URL("/entries/" + url.PathEscape(id))
	const attr = `class="entry"`
	// ok: go-template-html-unescaped
	a := template.HTMLAttr(attr)
	return h, u, a
}
