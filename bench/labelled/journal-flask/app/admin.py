import base64
import hashlib
import hmac
import pickle
import subprocess

import yaml
from flask import Blueprint, current_app, jsonify, request

from .db import get_db

bp = Blueprint("admin", __name__, url_prefix="/api/admin")


def require_admin():
    supplied = request.headers.get("X-Admin-Token", "")
    return hmac.compare_digest(supplied, current_app.config["ADMIN_TOKEN"])


@bp.post("/backup")
def backup():
    if not require_admin():
        return jsonify(error="forbidden"), 403
    label = request.args.get("label", "nightly")
    subprocess.call("sqlite3 %s .dump | gzip > /backups/%s.sql.gz" % (current_app.config["DATABASE"], label), shell=True)
    return jsonify(ok=True)


@bp.post("/import-settings")
def import_settings():
    if not require_admin():
        return jsonify(error="forbidden"), 403
    settings = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    return jsonify(keys=sorted(settings))


@bp.post("/import-settings-safe")
def import_settings_safe():
    if not require_admin():
        return jsonify(error="forbidden"), 403
    settings = yaml.safe_load(request.get_data(as_text=True))
    return jsonify(keys=sorted(settings))


@bp.post("/restore-session")
def restore_session():
    blob = request.cookies.get("prefs", "")
    prefs = pickle.loads(base64.b64decode(blob))
    return jsonify(prefs=prefs)


@bp.get("/fingerprint")
def fingerprint():
    if not require_admin():
        return jsonify(error="forbidden"), 403
    with open(current_app.config["DATABASE"], "rb") as db_file:
        digest = hashlib.sha256(db_file.read()).hexdigest()
    return jsonify(sha256=digest)


@bp.get("/stats")
def stats():
    if not require_admin():
        return jsonify(error="forbidden"), 403
    table = request.args.get("table", "entries")
    if table not in ("entries", "users", "entry_tags"):
        return jsonify(error="unknown table"), 400
    count = get_db().execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    return jsonify(table=table, count=count)
