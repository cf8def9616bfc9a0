import io

import cv2
from flask import request, send_file
from PIL import Image


@app.get("/preview/<name>")
def preview(name):
    width = request.args.get("width", 400, type=int)
    img = Image.open(path_for(name))
    # ruleid: py-image-size-from-request
    img = img.resize((width, width * img.height // img.width))
    return send_image(img)


@app.get("/canvas")
def canvas():
    # ruleid: py-image-size-from-request
    img = Image.new("RGB", (int(request.args["w"]), 100))
    return send_image(img)


@app.post("/resize")
def resize():
    h = int(request.form.get("h", 100))
    frame = cv2.imread(path_for("x"))
    # ruleid: py-image-size-from-request
    return cv2.resize(frame, (200, h))


@app.get("/thumb/<name>")
def thumb(name):
    w = max(16, min(request.args.get("w", 128, type=int), 512))
    # ok: py-image-size-from-request
    img = Image.open(path_for(name)).resize((w, w))
    size = int(request.args.get("size", 256))
    # ok: py-image-size-from-request
    img.thumbnail((size, size))
    # ok: py-image-size-from-request
    return Image.new("RGB", (min(int(request.args["w"]), 2048), 100))


@app.get("/fixed")
def fixed():
    width = 640
    # ok: py-image-size-from-request
    return Image.open(path_for("x")).resize((width, 480))
