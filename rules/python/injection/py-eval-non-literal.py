import ast
import builtins
import re

from flask import Flask, request

app = Flask(__name__)


@app.post("/calc")
def calc():
    expression = request.json["expression"]
    # ruleid: py-eval-non-literal
    return {"result": eval(expression)}


@app.get("/filter")
def filter_entries():
    field = request.args.get("field", "mood")
    # ruleid: py-eval-non-literal
    keep = eval(f"lambda e: e.{field} > 3")
    return [e for e in ENTRIES if keep(e)]


def run_plugin(source: str, context: dict):
    # ruleid: py-eval-non-literal
    exec(source, {"__builtins__": {}}, context)


def compile_rule(rule_text, name):
    # ruleid: py-eval-non-literal
    code = compile(rule_text, f"<rule {name}>", "eval")
    return code


def via_builtins(expr):
    # ruleid: py-eval-non-literal
    return builtins.eval("1 + " + expr)


def safe(expression, pattern):
    # ok: py-eval-non-literal
    a = ast.literal_eval(expression)
    # ok: py-eval-non-literal
    b = eval("1 + 2")
    # ok: py-eval-non-literal
    c = re.compile(pattern)
    # ok: py-eval-non-literal
    model.eval()
    # ok: py-eval-non-literal
    d = df.eval(expression)
    template = "x * 2"
    # ok: py-eval-non-literal
    e = eval(template)
    # ok: py-eval-non-literal
    exec(open("mypkg/version.py").read())
    # ok: py-eval-non-literal
    f = compile("x + 1", "<const>", "eval")
    return a, b, c, d, e, f
