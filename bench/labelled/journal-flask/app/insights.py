import ast
import json
import subprocess

import requests
from flask import Blueprint, current_app, g, jsonify, render_template_string, request

from .auth import login_required
from .db import get_db, query

bp = Blueprint("insights", __name__, url_prefix="/api/insights")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


def ask_llm(prompt):
    response = requests.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {current_app.config['OPENAI_API_KEY']}"},
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}]},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["choices"][0]["message"]["content"]


@bp.get("/weekly")
@login_required
def weekly():
    rows = query("SELECT mood, body FROM entries WHERE user_id = ? ORDER BY created_at DESC LIMIT 7", (g.user_id,))
    summary = ask_llm("Summarise these journal entries kindly:\n" + "\n".join(r["body"] for r in rows))
    return jsonify(summary=summary)


@bp.get("/chart")
@login_required
def chart():
    question = request.args.get("q", "average mood per weekday")
    sql = ask_llm(f"Write one SQLite query over table entries(user_id, mood, created_at) that answers: {question}. Only SQL.")
    rows = get_db().execute(sql).fetchall()
    return jsonify(rows=[list(r) for r in rows])


@bp.post("/score")
@login_required
def score():
    # e.g. {"formula": "mood * 2 + sleep"}
    data = request.get_json(force=True)
    variables = {"mood": data.get("mood", 0), "sleep": data.get("sleep", 0)}
    value = eval(data["formula"], {"__builtins__": {}}, variables)
    return jsonify(value=value)


@bp.post("/settings")
@login_required
def settings():
    raw = request.get_json(force=True).get("weights", "{}")
    weights = ast.literal_eval(raw)
    return jsonify(weights=weights)


@bp.get("/banner")
@login_required
def banner():
    name = request.args.get("name", "friend")
    return render_template_string("<h1>Welcome back, " + name + "!</h1>")


@bp.get("/greeting")
@login_required
def greeting():
    return render_template_string("<h1>Welcome back, {{ name }}!</h1>", name=request.args.get("name", "friend"))


@bp.get("/wordcloud")
@login_required
def wordcloud():
    rows = query("SELECT body FROM entries WHERE user_id = ?", (g.user_id,))
    text = " ".join(r["body"] for r in rows)
    result = subprocess.run(["wordcloud_cli", "--text", "-", "--imagefile", "-"], input=text.encode(), capture_output=True, check=False)
    return result.stdout, 200, {"Content-Type": "image/png"}


@bp.get("/mood-tips")
@login_required
def mood_tips():
    mood = request.args.get("mood", "ok")
    tips = ask_llm(f"Three short tips for someone feeling {mood}")
    return jsonify(tips=json.loads(json.dumps(tips)))
