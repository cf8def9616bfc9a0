import sqlite3

import requests
from flask import Blueprint, current_app, g, jsonify, render_template, request

from .. import llm
from ..db import get_db, query_all, query_one
from ..security import login_required, user_from_bearer

bp = Blueprint("insights", __name__, url_prefix="/insights")

ENTRIES_SCHEMA = "entries(id, user_id, mood INTEGER, energy INTEGER, note TEXT, tags TEXT, created_at TIMESTAMP)"
MOOD_LABELS = {"calm", "anxious", "low", "content", "energized", "irritable", "neutral"}


@bp.route("/weekly")
@login_required
def weekly():
    entries = query_all(
        "SELECT mood, energy, note, created_at FROM entries "
        "WHERE user_id = ? AND created_at >= datetime('now', '-7 days') ORDER BY created_at",
        (g.user_id,),
    )
    if not entries:
        return render_template("insight.html", insight=None)
    text = llm.weekly_insight(entries)
    return render_template("insight.html", insight=text)


@bp.route("/ask", methods=["POST"])
@login_required
def ask():
    question = request.form["question"]
    sql = llm.sql_for_question(question, schema=ENTRIES_SCHEMA, user_id=g.user_id)
    try:
        rows = get_db().execute(sql).fetchall()
    except sqlite3.Error as e:
        return jsonify(error=str(e), sql=sql), 400
    return jsonify(question=question, rows=[dict(r) for r in rows])


@bp.route("/label/<int:entry_id>", methods=["POST"])
@login_required
def label_entry(entry_id):
    entry = query_one("SELECT note FROM entries WHERE id = ? AND user_id = ?", (entry_id, g.user_id))
    if entry is None:
        return jsonify(error="not found"), 404
    answer = llm.chat([
        {"role": "system", "content": "Reply with one word from: " + ", ".join(sorted(MOOD_LABELS))},
        {"role": "user", "content": entry["note"] or ""},
    ]).lower()
    label = answer if answer in MOOD_LABELS else "neutral"
    db = get_db()
    db.execute("UPDATE entries SET ai_label = ? WHERE id = ? AND user_id = ?", (label, entry_id, g.user_id))
    db.commit()
    return jsonify(label=label)


@bp.route("/api/summary")
def api_summary():
    user_id = user_from_bearer()
    if user_id is None:
        return jsonify(error="unauthorized"), 401
    entries = query_all("SELECT mood, note, created_at FROM entries WHERE user_id = ? ORDER BY created_at DESC LIMIT 14", (user_id,))
    messages = [{"role": "user", "content": "Summarise my last two weeks:\n" + "\n".join(f"{e['created_at']}: {e['mood']} {e['note']}" for e in entries)}]
    try:
        summary = llm.chat_via_gateway(messages)
    except requests.RequestException:
        current_app.logger.exception("insights gateway failed for user %s", user_id)
        return jsonify(error="Insights are temporarily unavailable."), 503
    return jsonify(summary=summary)
