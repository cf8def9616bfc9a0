import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask, request
from flask_cors import CORS, cross_origin
from starlette.middleware import Middleware

app = Flask(__name__)
# ruleid: py-cors-credentials-any-origin
CORS(app, supports_credentials=True)
# ruleid: py-cors-credentials-any-origin
CORS(app, origins="*", supports_credentials=True)
# ruleid: py-cors-credentials-any-origin
CORS(app, resources={r"/api/*": {"origins": "*", "supports_credentials": True}})

api = FastAPI()
api.add_middleware(
    CORSMiddleware,
    # ruleid: py-cors-credentials-any-origin
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

origins = ["*"]
# ruleid: py-cors-credentials-any-origin
api.add_middleware(CORSMiddleware, allow_origins=origins, allow_credentials=True)

# ruleid: py-cors-credentials-any-origin
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True

middleware = [
    # ruleid: py-cors-credentials-any-origin
    Middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True),
]


@app.after_request
def add_cors_headers(response):
    # ruleid: py-cors-credentials-any-origin
    response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


@app.after_request
def wildcard_with_credentials(response):
    # ruleid: py-cors-credentials-any-origin
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


@app.get("/legacy")
# ruleid: py-cors-credentials-any-origin
@cross_origin(supports_credentials=True)
def legacy():
    return {"ok": True}


ALLOWED_ORIGINS = {"https://app.example.com", "https://admin.example.com"}


@app.after_request
def checked_cors(response):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        # ok: py-cors-credentials-any-origin
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


# ok: py-cors-credentials-any-origin
CORS(app, origins=["https://app.example.com"], supports_credentials=True)
# ok: py-cors-credentials-any-origin
CORS(app, origins=os.environ["FRONTEND_ORIGIN"].split(","), supports_credentials=True)
# ok: py-cors-credentials-any-origin
CORS(app, origins="*")
# ok: py-cors-credentials-any-origin
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])
# ok: py-cors-credentials-any-origin
api.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)
