import html

import jinja2
from django.http import HttpResponse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from fastapi.responses import HTMLResponse
from flask import Flask, Response, make_response, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "friend")
    # ruleid: py-html-unescaped
    return f"<h1>Hello {name}</h1>"


@app.get("/search")
def search():
    q = request.args.get("q", "")
    if not q:
        return render_template("search.html")
    # ruleid: py-html-unescaped
    return "<p>No results for " + q + "</p>", 404


def badge(user):
    # ruleid: py-html-unescaped
    return Markup(f"<span class='badge'>{user.display_name}</span>")


def render_bio(profile):
    # ruleid: py-html-unescaped
    return mark_safe(profile.bio_html)


def django_view(request):
    # ruleid: py-html-unescaped
    return HttpResponse(f"<p>Welcome back, {request.GET['user']}</p>")


async def fastapi_page(title: str):
    # ruleid: py-html-unescaped
    return HTMLResponse(content="<html><h1>%s</h1></html>" % title)


def flask_response(entry):
    # ruleid: py-html-unescaped
    return make_response("<div class='entry'>{}</div>".format(entry.text))


def link(url, label):
    # ruleid: py-html-unescaped
    return format_html(f'<a href="{url}">{label}</a>')


# ruleid: py-html-unescaped
env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=False)


@app.route("/safe")
def safe_views():
    name = request.args.get("name", "")
    # ok: py-html-unescaped
    a = Markup("<b>%s</b>") % name
    # ok: py-html-unescaped
    b = Markup("<span>{}</span>").format(name)
    # ok: py-html-unescaped
    c = Markup(f"<b>{escape(name)}</b>")
    # ok: py-html-unescaped
    d = format_html('<a href="{}">{}</a>', name, name)
    # ok: py-html-unescaped
    e = mark_safe("<br>")
    # ok: py-html-unescaped
    f = HttpResponse(f"<p>{html.escape(name)}</p>")
    # ok: py-html-unescaped
    g = Response(f'{{"name": "{name}"}}', mimetype="application/json")
    # ok: py-html-unescaped
    return render_template("page.html", name=name, a=a, b=b, c=c, d=d, e=e, f=f, g=g)


@app.route("/count")
def count_view():
    total = len(request.args)
    # ok: py-html-unescaped
    return f"<p>{total} parameters</p>"


def not_a_route(name):
    # ok: py-html-unescaped
    return f"<li>{name}</li>"


def entry_list(entries):
    # todook: py-html-unescaped
    return Markup("".join(f"<li>{escape(e.title)}</li>" for e in entries))
