import string

import jinja2
from django.template import Context, Template
from flask import Flask, render_template, render_template_string, request
import jinja2.sandbox

app = Flask(__name__)
env = jinja2.Environment(autoescape=True)
sandbox = jinja2.sandbox.SandboxedEnvironment()
PAGE = "<h1>Hello {{ name }}!</h1>"


@app.get("/greet")
def greet():
    name = request.args.get("name", "friend")
    # ruleid: py-template-injection
    return render_template_string(f"<h1>Hello {name}!</h1>")


@app.get("/error")
def error_page():
    template = "<h2>Page not found: %s</h2>" % request.path
    # ruleid: py-template-injection
    return render_template_string(template), 404


def render_custom(entry):
    # ruleid: py-template-injection
    return env.from_string(entry.template_source).render(entry=entry)


def email_body(user_template, user):
    # ruleid: py-template-injection
    return jinja2.Template(user_template).render(user=user)


def django_snippet(request):
    # ruleid: py-template-injection
    return Template("Hi " + request.GET["name"]).render(Context({}))


def safe(name, user_template):
    # ok: py-template-injection
    a = render_template_string("<h1>Hello {{ name }}!</h1>", name=name)
    # ok: py-template-injection
    b = render_template_string(PAGE, name=name)
    # ok: py-template-injection
    c = string.Template("Hello $name").substitute(name=name)
    # ok: py-template-injection
    d = sandbox.from_string(user_template).render(name=name)
    # ok: py-template-injection
    e = render_template("greet.html", name=name)
    # ok: py-template-injection
    f = string.Template(user_template).safe_substitute(name=name)
    return a, b, c, d, e, f
