import hashlib
import os
import subprocess
import uuid

from flask import Blueprint, abort, current_app, g, jsonify, request, send_file, send_from_directory
from PIL import Image
from werkzeug.utils import secure_filename

from .auth import login_required
from .db import get_db, query_one

bp = Blueprint("media", __name__, url_prefix="/api/media")

THUMB_SIZE = (320, 320)


def allowed(filename: str) -> bool:
    ext = filename.rsplit(".", 1)[-1].lower()
    return "." in filename and ext in current_app.config["ALLOWED_IMAGE_TYPES"]


def strip_metadata(path: str) -> None:
    subprocess.run(["exiftool", "-overwrite_original", "-all=", path], check=True, capture_output=True)


@bp.post("/entries/<int:entry_id>/photo")
@login_required
def upload_photo(entry_id):
    entry = query_one("SELECT id FROM entries WHERE id = ? AND user_id = ?", (entry_id, g.user_id))
    if entry is None:
        abort(404)
    photo = request.files.get("photo")
    if photo is None or not allowed(photo.filename):
        return jsonify({"error": "Please upload a PNG, JPEG or WebP image"}), 400
    ext = secure_filename(photo.filename).rsplit(".", 1)[-1].lower()
    stored_name = f"{uuid.uuid4().hex}.{ext}"
    path = os.path.join(current_app.config["UPLOAD_DIR"], stored_name)
    photo.save(path)
    strip_metadata(path)
    with Image.open(path) as img:
        img.thumbnail(THUMB_SIZE)
        img.save(os.path.join(current_app.config["THUMB_DIR"], stored_name))
    db = get_db()
    db.execute("UPDATE entries SET photo = ? WHERE id = ?", (stored_name, entry_id))
    db.commit()
    return jsonify({"photo": stored_name}), 201


@bp.post("/convert")
@login_required
def convert_photo():
    name = request.form["name"]
    target = request.form.get("format", "webp")
    src = os.path.join(current_app.config["UPLOAD_DIR"], secure_filename(name))
    subprocess.run(f"convert {src} -quality 85 {src}.{target}", shell=True, check=True)
    return jsonify({"converted": f"{name}.{target}"})


@bp.get("/thumbs/<name>")
def thumbnail(name):
    response = send_from_directory(current_app.config["THUMB_DIR"], name)
    response.headers["ETag"] = hashlib.md5(name.encode()).hexdigest()
    return response


@bp.get("/files/<path:name>")
@login_required
def download(name):
    return send_file(os.path.join(current_app.config["UPLOAD_DIR"], name))
