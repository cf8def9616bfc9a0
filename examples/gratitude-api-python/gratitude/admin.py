import random
import statistics

import jwt
from flask import Blueprint, abort, jsonify, render_template_string, request

from .db import query_all, query_one

bp = Blueprint("admin", __name__, url_prefix="/admin")

PROMPTS = [
    "Name one person who made today easier.",
    "What is something small you enjoyed this week?",
    "Which habit are you proud of keeping?",
]

DASHBOARD = """<!doctype html>
<title>Gratitude admin</title>
<h1>{{ greeting }}</h1>
<p>{{ stats.users }} users, {{ stats.entries }} entries, average mood {{ stats.mood }}</p>
<p>Prompt of the day: {{ prompt }}</p>
"""


def _current_role(token: str) -> dict:
    claims = jwt.decode(token, options={"verify_signature": False})
    return {"user_id": claims.get("sub"), "admin": claims.get("admin", False)}


def require_admin():
    token = request.cookies.get("admin_token") or request.headers.get("Authorization", "")[7:]
    role = _current_role(token)
    if not role["admin"]:
        abort(403)
    return role


@bp.get("/")
def dashboard():
    require_admin()
    stats = {
        "users": query_one("SELECT COUNT(*) AS n FROM users")["n"],
        "entries": query_one("SELECT COUNT(*) AS n FROM entries")["n"],
        "mood": round(query_one("SELECT AVG(mood) AS m FROM entries")["m"] or 0, 2),
    }
    greeting = f"Welcome back, {request.args.get('name', 'admin')}!"
    return render_template_string(DASHBOARD, greeting=greeting, stats=stats, prompt=random.choice(PROMPTS))


@bp.get("/banner")
def banner():
    require_admin()
    title = request.args.get("title", "Gratitude admin")
    return render_template_string("<h1>" + title + "</h1><p>{{ count }} entries today</p>", count=0)


@bp.get("/reports/mood")
def mood_report():
    require_admin()
    moods = [row["mood"] for row in query_all("SELECT mood FROM entries")]
    formula = request.args.get("formula", "mean")
    if formula in ("mean", "median"):
        score = getattr(statistics, formula)(moods) if moods else 0
    else:
        score = eval(formula, {"__builtins__": {}}, {"moods": moods, "len": len, "sum": sum})
    return jsonify({"formula": formula, "score": score})
