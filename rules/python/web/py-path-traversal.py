import os
import shutil
import uuid
from pathlib import Path

from fastapi import FastAPI, UploadFile
from fastapi.responses import FileResponse
from flask import Flask, abort, request, send_file, send_from_directory
from PIL import Image
from werkzeug.utils import safe_join, secure_filename

app = Flask(__name__)
api = FastAPI()
UPLOAD_DIR = "/srv/app/uploads"
BASE_DIR = os.path.dirname(__file__)


@app.get("/files/<path:name>")
def download(name):
    # ruleid: py-path-traversal
    return send_file(os.path.join(UPLOAD_DIR, name))


@app.get("/raw/<filename>")
def raw(filename):
    # ruleid: py-path-traversal
    return send_file(filename)


@app.get("/export")
def export():
    # ruleid: py-path-traversal
    with open("exports/" + request.args["file"]) as fh:
        return fh.read()


@app.post("/avatar")
def avatar():
    f = request.files["avatar"]
    # ruleid: py-path-traversal
    f.save(os.path.join(UPLOAD_DIR, f.filename))
    return {"ok": True}


@app.delete("/attachments")
def delete_attachment():
    name = request.json["name"]
    # ruleid: py-path-traversal
    os.remove(os.path.join(UPLOAD_DIR, name))
    return "", 204


@app.post("/thumb")
def thumb():
    image_name = request.form.get("image")
    path = os.path.join(UPLOAD_DIR, image_name)
    # ruleid: py-path-traversal
    img = Image.open(path)
    img.thumbnail((128, 128))
    return {"size": img.size}


@api.get("/reports/{report_name}")
async def get_report(report_name: str):
    # ruleid: py-path-traversal
    return FileResponse(f"reports/{report_name}.pdf")


@api.post("/upload")
async def upload(file: UploadFile):
    # ruleid: py-path-traversal
    with open(f"uploads/{file.filename}", "wb") as out:
        shutil.copyfileobj(file.file, out)
    return {"name": file.filename}


def django_download(request, filename):
    # ruleid: py-path-traversal
    return FileResponse(open(os.path.join(UPLOAD_DIR, filename), "rb"))


@app.get("/safe/<path:name>")
def safe_download(name):
    # ok: py-path-traversal
    return send_from_directory(UPLOAD_DIR, name)


@app.post("/safe-upload")
def safe_upload():
    f = request.files["avatar"]
    filename = secure_filename(f.filename)
    # ok: py-path-traversal
    f.save(os.path.join(UPLOAD_DIR, filename))
    return {"ok": True}


@app.post("/uuid-upload")
def uuid_upload():
    f = request.files["photo"]
    # ok: py-path-traversal
    f.save(os.path.join(UPLOAD_DIR, f"{uuid.uuid4().hex}.jpg"))
    return {"ok": True}


@app.get("/checked/<path:name>")
def checked(name):
    base = Path(UPLOAD_DIR).resolve()
    target = (base / name).resolve()
    if not target.is_relative_to(base):
        abort(404)
    # ok: py-path-traversal
    return send_file(target)


@app.get("/joined/<path:name>")
def joined(name):
    target = safe_join(UPLOAD_DIR, name)
    # ok: py-path-traversal
    return send_file(target)


@app.get("/static-report")
def static_report():
    # ok: py-path-traversal
    return send_file("reports/summary.pdf")


@app.get("/entry/<int:entry_id>/image")
def entry_image(entry_id):
    entry = Entry.query.get_or_404(entry_id)
    # ok: py-path-traversal
    return send_file(entry.image_path)


def load_config(path):
    # ok: py-path-traversal
    with open(path) as fh:
        return fh.read()


@api.get("/receipt/{order_id}")
def receipt_page(order_id: int):
    # ok: py-path-traversal
    return FileResponse(os.path.join(BASE_DIR, "templates", "report.html"))


def django_document(request, pk):
    doc = Document.objects.get(pk=pk, owner=request.user)
    # ok: py-path-traversal
    return FileResponse(doc.file.open("rb"), as_attachment=True)


@app.get("/latest-export")
def latest_export():
    path = os.path.join(BASE_DIR, "exports", "latest.csv")
    # ok: py-path-traversal
    return send_file(path, as_attachment=True)


@api.get("/download")
def fastapi_download(file: str):
    # ruleid: py-path-traversal
    return FileResponse(f"files/{file}")


def read_named_export():
    name = request.args.get("name", "")
    full_path = os.path.join(UPLOAD_DIR, "exports", name)
    # todoruleid: py-path-traversal
    with open(full_path) as fh:
        return fh.read()
