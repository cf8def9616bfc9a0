import os

from fastapi import FastAPI
from flask import Flask
from pydantic_settings import BaseSettings
from starlette.middleware.sessions import SessionMiddleware

# ruleid: py-hardcoded-secret-key
SECRET_KEY = "django-insecure-7x!2k@v#m9q$wz4p1t8r3e6y0u5i2o"

app = Flask(__name__)
# ruleid: py-hardcoded-secret-key
app.config["SECRET_KEY"] = "dev-secret-key"
# ruleid: py-hardcoded-secret-key
app.secret_key = "s3cr3t"
# ruleid: py-hardcoded-secret-key
app.config.from_mapping(SECRET_KEY="dev", DATABASE="journal.sqlite")

api = FastAPI()
# ruleid: py-hardcoded-secret-key
api.add_middleware(SessionMiddleware, secret_key="some-random-string")


class Config:
    # ruleid: py-hardcoded-secret-key
    SECRET_KEY = os.environ.get("SECRET_KEY", "fallback-secret")
    # ruleid: py-hardcoded-secret-key
    WTF_CSRF_SECRET_KEY = os.getenv("CSRF_KEY") or "csrf-dev-key"


class Settings(BaseSettings):
    database_url: str = "sqlite:///./app.db"
    # ruleid: py-hardcoded-secret-key
    secret_key: str = "changeme"
    # ok: py-hardcoded-secret-key
    algorithm: str = "HS256"


class ProdSettings(BaseSettings):
    # ok: py-hardcoded-secret-key
    secret_key: str
    # ok: py-hardcoded-secret-key
    session_secret: str = os.environ["SESSION_SECRET"]


class ProductionConfig:
    # ok: py-hardcoded-secret-key
    SECRET_KEY = os.environ["SECRET_KEY"]


# ok: py-hardcoded-secret-key
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
# ok: py-hardcoded-secret-key
app.secret_key = os.urandom(32)
# ok: py-hardcoded-secret-key
app.config.update(SECRET_KEY=os.environ.get("SECRET_KEY"))
# ok: py-hardcoded-secret-key
api.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])


def helper():
    # ok: py-hardcoded-secret-key
    SECRET_KEY = ""
    return SECRET_KEY


class TestConfig(ProductionConfig):
    TESTING = True
    # ok: py-hardcoded-secret-key
    SECRET_KEY = "test-only-key"


class TestingSettings:
    # ok: py-hardcoded-secret-key
    SECRET_KEY = "pytest-secret-key"


class LatestConfig:
    # "Latest" is not a test class.
    # ruleid: py-hardcoded-secret-key
    SECRET_KEY = "k8Jq2LmX9wPz4RtY"
