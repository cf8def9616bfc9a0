import os
import subprocess
import uuid

import requests
from flask import Blueprint, current_app, g, jsonify, request, send_file
from PIL import Image
from werkzeug.utils import secure_filename

from .auth import login_required

bp = Blueprint("media", __name__, url_prefix="/api/media")

AVATAR_HOSTS = {"gravatar.com", "www.gravatar.com", "avatars.githubusercontent.com"}


@bp.post("/upload")
@login_required
def upload():
    file = request.files["file"]
    name = secure_filename(file.filename)
    folder = os.path.join(current_app.config["UPLOAD_FOLDER"], str(g.user_id))
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name)
    file.save(path)
    os.system("exiftool -all= " + path)
    return jsonify(name=name), 201


@bp.get("/thumbnail/<name>")
@login_required
def thumbnail(name):
    width = int(request.args.get("w", 200))
    height = int(request.args.get("h", 200))
    source = os.path.join(current_app.config["UPLOAD_FOLDER"], str(g.user_id), secure_filename(name))
    target = f"/tmp/thumb-{uuid.uuid4().hex}.png"
    subprocess.run(f"convert {source} -resize {width}x{height} {target}", shell=True, check=True)
    return send_file(target, mimetype="image/png")


@bp.get("/preview/<name>")
@login_required
def preview(name):
    size = min(int(request.args.get("size", 256)), 1024)
    source = os.path.join(current_app.config["UPLOAD_FOLDER"], str(g.user_id), secure_filename(name))
    with Image.open(source) as image:
        image.thumbnail((size, size))
        target = f"/tmp/preview-{uuid.uuid4().hex}.png"
        image.save(target)
    subprocess.run(["optipng", "-quiet", target], check=False)
    return send_file(target, mimetype="image/png")


@bp.post("/avatar")
@login_required
def avatar_from_url():
    url = request.get_json(force=True)["url"]
    response = requests.get(url, timeout=10, verify=False)
    path = os.path.join(current_app.config["UPLOAD_FOLDER"], str(g.user_id), "avatar.png")
    with open(path, "wb") as out:
        out.write(response.content)
    return jsonify(ok=True)


@bp.post("/avatar/gravatar")
@login_required
def avatar_from_gravatar():
    url = request.get_json(force=True)["url"]
    host = requests.utils.urlparse(url).hostname
    if host not in AVATAR_HOSTS:
        return jsonify(error="unsupported host"), 400
    response = requests.get(url, timeout=10)
    path = os.path.join(current_app.config["UPLOAD_FOLDER"], str(g.user_id), "avatar.png")
    with open(path, "wb") as out:
        out.write(response.content)
    return jsonify(ok=True)
