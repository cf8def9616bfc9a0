import ast
import base64
import csv
import json
import os
import pickle
import secrets
from datetime import datetime

import yaml
from flask import Blueprint, abort, current_app, g, jsonify, make_response, redirect, render_template, request, send_file, url_for
from markupsafe import Markup

from ..db import get_db, query_one
from ..queries import EXPORT_TABLES, date_range_sql, entries_filter_sql, export_sql
from ..security import login_required

bp = Blueprint("entries", __name__, url_prefix="/entries")

MAX_PER_PAGE = 100


def load_prefs():
    raw = request.cookies.get("prefs")
    if not raw:
        return {"theme": "light", "week_start": "mon"}
    return pickle.loads(base64.b64decode(raw))


def parse_import(upload):
    """Accepts the JSON export from this app or the YAML export from Daylio-style apps."""
    raw = upload.read()
    if upload.filename.endswith((".yml", ".yaml")):
        return yaml.load(raw, Loader=yaml.Loader) or []
    if not raw.strip():
        return []
    # JSON is the default export format (strip a BOM if Excel touched it)
    text = raw.decode("utf-8-sig")
    data = json.loads(text)
    return data.get("entries", []) if isinstance(data, dict) else data


@bp.route("/")
@login_required
def list_entries():
    sql = entries_filter_sql(
        g.user_id,
        mood=request.args.get("mood"),
        tag=request.args.get("tag"),
        sort=request.args.get("sort", "newest"),
    )
    rows = get_db().execute(sql).fetchall()
    per_page = min(request.args.get("per_page", 20, type=int), MAX_PER_PAGE)
    page = max(request.args.get("page", 1, type=int), 1)
    start = (page - 1) * per_page
    return render_template("entries.html", entries=rows[start:start + per_page], prefs=load_prefs(), page=page)


@bp.route("/search")
@login_required
def search():
    q = request.args.get("q", "").strip()
    cur = get_db().cursor()
    cur.execute(f"SELECT id, mood, note, created_at FROM entries WHERE user_id = ? AND note LIKE '%{q}%' ORDER BY created_at DESC", (g.user_id,))
    return render_template("entries.html", entries=cur.fetchall(), query=q, prefs=load_prefs(), page=1)


@bp.route("/<int:entry_id>")
@login_required
def show_entry(entry_id):
    entry = query_one("SELECT * FROM entries WHERE id = ? AND user_id = ?", (entry_id, g.user_id))
    if entry is None:
        abort(404)
    tags = [Markup('<span class="tag">{}</span>').format(t) for t in (entry["tags"] or "").split(",") if t]
    return render_template("entries.html", entries=[entry], tag_html=Markup(" ").join(tags), prefs=load_prefs(), page=1)


@bp.route("/api/<int:entry_id>")
@login_required
def api_entry(entry_id):
    row = query_one("SELECT * FROM entries WHERE id = ?", (entry_id,))
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(dict(row))


@bp.route("/shared/<token>")
def shared_entry(token):
    entry = query_one("SELECT mood, note, created_at FROM entries WHERE share_token = ?", (token,))
    if entry is None:
        abort(404)
    note_html = Markup("<blockquote>%s</blockquote>" % entry["note"])
    return render_template("entries.html", shared=note_html, entries=[], prefs={}, page=1)


@bp.route("/<int:entry_id>/share", methods=["POST"])
@login_required
def share_entry(entry_id):
    token = secrets.token_urlsafe(16)
    db = get_db()
    db.execute("UPDATE entries SET share_token = ? WHERE id = ? AND user_id = ?", (token, entry_id, g.user_id))
    db.commit()
    return jsonify(url=url_for("entries.shared_entry", token=token, _external=True))


@bp.route("/new", methods=["POST"])
@login_required
def create_entry():
    # tags come from the chip widget as a python-ish list literal, e.g. "['work', 'sleep']"
    tag_list = ast.literal_eval(request.form.get("tags", "[]"))
    db = get_db()
    db.execute(
        "INSERT INTO entries (user_id, mood, energy, note, tags) VALUES (:uid, :mood, :energy, :note, :tags)",
        {
            "uid": g.user_id,
            "mood": int(request.form["mood"]),
            "energy": request.form.get("energy", type=int),
            "note": request.form.get("note", ""),
            "tags": ",".join(str(t) for t in tag_list),
        },
    )
    db.commit()
    return redirect(url_for("entries.list_entries"))


@bp.route("/range")
@login_required
def mood_range():
    start = request.args.get("start", "2024-01-01")
    end = request.args.get("end", datetime.utcnow().strftime("%Y-%m-%d"))
    rows = get_db().execute(date_range_sql(start, end), (g.user_id,)).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.route("/export")
@login_required
def export():
    kind = request.args.get("kind", "entries")
    if kind not in EXPORT_TABLES:
        abort(400)
    rows = get_db().execute(export_sql(kind), (g.user_id,)).fetchall()
    filename = f"{g.user_id}-{kind}-{datetime.utcnow():%Y%m%d%H%M%S}.csv"
    with open(os.path.join(current_app.config["EXPORT_DIR"], filename), "w", newline="") as fh:
        writer = csv.writer(fh)
        if rows:
            writer.writerow(rows[0].keys())
        writer.writerows([tuple(r) for r in rows])
    return redirect(url_for("entries.download_export", filename=filename))


@bp.route("/export/<path:filename>")
@login_required
def download_export(filename):
    path = os.path.join(current_app.config["EXPORT_DIR"], filename)
    return send_file(path, as_attachment=True)


@bp.route("/import", methods=["POST"])
@login_required
def import_entries():
    items = parse_import(request.files["file"])
    db = get_db()
    for item in items:
        db.execute(
            "INSERT INTO entries (user_id, mood, energy, note, created_at) VALUES (?, ?, ?, ?, ?)",
            (g.user_id, int(item["mood"]), item.get("energy"), item.get("note", ""), item.get("date")),
        )
    db.commit()
    return jsonify(imported=len(items))


@bp.route("/preferences", methods=["POST"])
@login_required
def save_prefs():
    prefs = {"theme": request.form.get("theme", "light"), "week_start": request.form.get("week_start", "mon")}
    resp = make_response(redirect(url_for("entries.list_entries")))
    resp.set_cookie("prefs", base64.b64encode(pickle.dumps(prefs)).decode(), httponly=True, samesite="Lax")
    return resp

