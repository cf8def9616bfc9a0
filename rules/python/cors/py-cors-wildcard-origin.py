import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask, Response
from flask_cors import CORS, cross_origin

app = Flask(__name__)
# ruleid: py-cors-wildcard-origin
CORS(app)
# ruleid: py-cors-wildcard-origin
CORS(app, resources={r"/api/*": {"origins": "*"}})
# ruleid: py-cors-wildcard-origin
cors = CORS(origins="*")

api = FastAPI()
api.add_middleware(
    CORSMiddleware,
    # ruleid: py-cors-wildcard-origin
    allow_origins=["*"],
    allow_methods=["*"],
    allow_headers=["*"],
)

# ruleid: py-cors-wildcard-origin
CORS_ALLOW_ALL_ORIGINS = True


@app.get("/public")
# ruleid: py-cors-wildcard-origin
@cross_origin()
def public():
    return {"ok": True}


@app.get("/feed")
def feed():
    resp = Response("{}", mimetype="application/json")
    # ruleid: py-cors-wildcard-origin
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


# ok: py-cors-wildcard-origin
CORS(app, origins=["https://app.example.com", "https://admin.example.com"])
# ok: py-cors-wildcard-origin
CORS(app, resources={r"/api/*": {"origins": os.environ["FRONTEND_ORIGIN"]}})
# ok: py-cors-wildcard-origin
api.add_middleware(CORSMiddleware, allow_origins=os.environ["ALLOWED_ORIGINS"].split(","))
# ok: py-cors-wildcard-origin
api.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_methods=["*"])
# ok: py-cors-wildcard-origin
api.add_middleware(GZipMiddleware, minimum_size=1000)


def set_headers(resp):
    # ok: py-cors-wildcard-origin
    resp.headers["Access-Control-Allow-Origin"] = "https://app.example.com"
    # ok: py-cors-wildcard-origin
    resp.headers["Access-Control-Allow-Methods"] = "*"
    return resp
