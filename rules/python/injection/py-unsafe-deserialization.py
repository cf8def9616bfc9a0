import base64
import json
import os
import pickle
import shelve

import jsonpickle
import marshal
import numpy as np
import pandas as pd
import yaml
from flask import Flask, request
from pickle import loads as unpickle

app = Flask(__name__)
BASE_DIR = os.path.dirname(__file__)
MODEL_PATH = os.path.join(BASE_DIR, "model.pkl")


@app.post("/import")
def import_backup():
    # ruleid: py-unsafe-deserialization
    entries = pickle.loads(base64.b64decode(request.form["backup"]))
    return {"count": len(entries)}


@app.get("/prefs")
def prefs():
    raw = request.cookies.get("prefs")
    # ruleid: py-unsafe-deserialization
    return unpickle(base64.b64decode(raw))


@app.post("/settings")
def settings():
    # ruleid: py-unsafe-deserialization
    data = yaml.load(request.get_data(), Loader=yaml.Loader)
    # ruleid: py-unsafe-deserialization
    legacy = yaml.load(request.files["settings"].read())
    # ruleid: py-unsafe-deserialization
    unsafe = yaml.unsafe_load(request.data)
    return {"data": data, "legacy": legacy, "unsafe": unsafe}


def from_cache(redis_client, key):
    # ruleid: py-unsafe-deserialization
    return pickle.loads(redis_client.get(key))


def load_upload(upload):
    # ruleid: py-unsafe-deserialization
    obj = pickle.load(upload.stream)
    # ruleid: py-unsafe-deserialization
    state = jsonpickle.decode(upload.read().decode())
    # ruleid: py-unsafe-deserialization
    code = marshal.loads(upload.read())
    # ruleid: py-unsafe-deserialization
    frame = pd.read_pickle(upload.filename)
    return obj, state, code, frame


def open_store(user_path):
    # ruleid: py-unsafe-deserialization
    with shelve.open(user_path) as db:
        return dict(db)


def arrays(path):
    # ruleid: py-unsafe-deserialization
    return np.load(path, allow_pickle=True)


def safe(payload, text):
    # ok: py-unsafe-deserialization
    a = json.loads(payload)
    # ok: py-unsafe-deserialization
    b = yaml.safe_load(text)
    # ok: py-unsafe-deserialization
    c = yaml.load(text, Loader=yaml.SafeLoader)
    # ok: py-unsafe-deserialization
    d = pickle.load(open("model.pkl", "rb"))
    with open(MODEL_PATH, "rb") as fh:
        # ok: py-unsafe-deserialization
        e = pickle.load(fh)
    with open(os.path.join(BASE_DIR, "vocab.pkl"), "rb") as fh:
        # ok: py-unsafe-deserialization
        f = pickle.load(fh)
    # ok: py-unsafe-deserialization
    g = pickle.dumps({"a": 1})
    # ok: py-unsafe-deserialization
    h = np.load(text)
    # ok: py-unsafe-deserialization
    i = yaml.load("debug: true", Loader=yaml.Loader)
    # ok: py-unsafe-deserialization
    j = base64.b64decode(payload)
    return a, b, c, d, e, f, g, h, i, j


def signed(blob, signature, key):
    expected = hmac.new(key, blob, "sha256").hexdigest()
    if hmac.compare_digest(expected, signature):
        # ok: py-unsafe-deserialization
        return pickle.loads(blob)
    return None
