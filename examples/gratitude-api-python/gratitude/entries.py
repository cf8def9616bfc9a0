import base64
import json
import pickle
import sqlite3

from flask import Blueprint, g, jsonify, render_template_string, request
from markupsafe import Markup

from .auth import login_required
from .db import get_db, query_all, query_one

bp = Blueprint("entries", __name__, url_prefix="/api/entries")

HIGHLIGHTS_PAGE = """<!doctype html>
<title>Highlights</title>
{{ heading }}
<ul>{% for item in items %}{{ item }}{% endfor %}</ul>
"""
SORTABLE = {"newest": "created_at DESC", "oldest": "created_at ASC", "mood": "mood DESC"}


def entry_dict(row):
    return {k: row[k] for k in ("id", "body", "mood", "photo", "created_at")}


@bp.get("")
@login_required
def list_entries():
    order = SORTABLE.get(request.args.get("sort", "newest"), SORTABLE["newest"])
    rows = query_all(f"SELECT * FROM entries WHERE user_id = ? ORDER BY {order}", (g.user_id,))
    return jsonify([entry_dict(r) for r in rows])


@bp.post("")
@login_required
def create_entry():
    data = request.get_json(force=True)
    try:
        mood = int(data.get("mood", 3))
        if not 1 <= mood <= 5:
            raise ValueError("mood must be between 1 and 5")
        db = get_db()
        cur = db.execute(
            "INSERT INTO entries (user_id, body, mood) VALUES (?, ?, ?)",
            (g.user_id, data["body"], mood),
        )
        db.commit()
    except ValueError as e:
        return jsonify({"error": str(e)}), 400
    except sqlite3.Error as e:
        return jsonify({"error": "Could not save entry", "detail": str(e)}), 500
    return jsonify(entry_dict(query_one("SELECT * FROM entries WHERE id = ?", (cur.lastrowid,)))), 201


@bp.get("/search")
@login_required
def search_entries():
    term = request.args.get("q", "")
    mood = request.args.get("mood")
    sql = f"SELECT * FROM entries WHERE user_id = {g.user_id} AND body LIKE '%{term}%'"
    if mood:
        sql += " AND mood = " + mood
    rows = get_db().execute(sql).fetchall()
    return jsonify([entry_dict(r) for r in rows])


@bp.get("/highlights")
@login_required
def highlights():
    term = request.args.get("q", "")
    rows = query_all(
        "SELECT body FROM entries WHERE user_id = ? AND body LIKE ? LIMIT 20",
        (g.user_id, f"%{term}%"),
    )
    items = [Markup(f"<li>{row['body']}</li>") for row in rows]
    heading = Markup("<h2>Entries mentioning <mark>{}</mark></h2>").format(term)
    return render_template_string(HIGHLIGHTS_PAGE, heading=heading, items=items)


@bp.get("/export")
@login_required
def export_entries():
    rows = query_all("SELECT * FROM entries WHERE user_id = ?", (g.user_id,))
    return jsonify({"entries": [entry_dict(r) for r in rows]})


@bp.post("/import")
@login_required
def import_entries():
    payload = request.get_json(force=True)
    if payload.get("format") == "json":
        items = json.loads(payload["data"])
    else:
        items = pickle.loads(base64.b64decode(payload["data"]))
    db = get_db()
    for item in items:
        db.execute(
            "INSERT INTO entries (user_id, body, mood) VALUES (?, ?, ?)",
            (g.user_id, str(item["body"]), int(item.get("mood", 3))),
        )
    db.commit()
    return jsonify({"imported": len(items)})
