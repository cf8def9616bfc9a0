import hashlib
import io
import os
import subprocess
from pathlib import Path

import requests
from flask import Blueprint, abort, current_app, g, jsonify, request, send_file
from PIL import Image
from werkzeug.utils import secure_filename

from ..db import get_db
from ..security import login_required

bp = Blueprint("media", __name__, url_prefix="/media")

ALLOWED_EXT = {"png", "jpg", "jpeg", "gif", "webp"}


def file_etag(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def _save_avatar(user_id, filename):
    db = get_db()
    db.execute("UPDATE users SET avatar = ? WHERE id = ?", (filename, user_id))
    db.commit()


@bp.route("/avatar", methods=["POST"])
@login_required
def upload_avatar():
    upload = request.files.get("avatar")
    if upload is None or "." not in upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    if name.rsplit(".", 1)[-1].lower() not in ALLOWED_EXT:
        abort(400)
    dest = os.path.join(current_app.config["UPLOAD_DIR"], f"{g.user_id}_{name}")
    upload.save(dest)
    # strip EXIF (location data!) and cap the size
    subprocess.run(["convert", dest, "-strip", "-resize", "256x256>", dest], check=True, timeout=20)
    _save_avatar(g.user_id, os.path.basename(dest))
    return jsonify(avatar=os.path.basename(dest))


@bp.route("/avatar/from-url", methods=["POST"])
@login_required
def avatar_from_url():
    url = request.form["url"]
    resp = requests.get(url, timeout=10)
    if resp.status_code != 200:
        return jsonify(error="could not download image"), 400
    img = Image.open(io.BytesIO(resp.content)).convert("RGB")
    img.thumbnail((256, 256))
    filename = f"{g.user_id}_remote.jpg"
    img.save(os.path.join(current_app.config["UPLOAD_DIR"], filename), "JPEG")
    _save_avatar(g.user_id, filename)
    return jsonify(avatar=filename)


@bp.route("/thumb/<path:name>")
def thumbnail(name):
    w = max(16, min(request.args.get("w", 128, type=int), 512))
    h = max(16, min(request.args.get("h", 128, type=int), 512))
    src = os.path.join(current_app.config["UPLOAD_DIR"], name)
    dst = os.path.join(current_app.config["THUMB_DIR"], "%dx%d_%s" % (w, h, os.path.basename(name)))
    if not os.path.exists(dst):
        cmd = "convert '%s' -thumbnail %dx%d '%s'" % (src, w, h, dst)
        subprocess.run(cmd, shell=True, check=True)
    resp = send_file(dst, mimetype="image/jpeg")
    resp.set_etag(file_etag(dst))
    return resp


@bp.route("/preview/<name>")
@login_required
def preview(name):
    path = os.path.join(current_app.config["UPLOAD_DIR"], secure_filename(name))
    if not os.path.isfile(path):
        abort(404)
    width = request.args.get("width", 400, type=int)
    img = Image.open(path)
    img = img.resize((width, width * img.height // img.width))
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=85)
    buf.seek(0)
    return send_file(buf, mimetype="image/jpeg")


@bp.route("/files/<path:name>")
@login_required
def serve_upload(name):
    base = Path(current_app.config["UPLOAD_DIR"]).resolve()
    target = (base / name).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        abort(404)
    return send_file(target)
