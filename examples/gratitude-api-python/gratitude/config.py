import os
from datetime import timedelta

BASE_DIR = os.path.abspath(os.path.dirname(os.path.dirname(__file__)))


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "gratitude-dev-key")
    JWT_SECRET = os.environ["JWT_SECRET"]
    JWT_ACCESS_TTL = timedelta(minutes=30)
    DATABASE_PATH = os.environ.get("DATABASE_PATH", os.path.join(BASE_DIR, "instance", "gratitude.sqlite3"))
    UPLOAD_DIR = os.environ.get("UPLOAD_DIR", os.path.join(BASE_DIR, "instance", "uploads"))
    THUMB_DIR = os.path.join(UPLOAD_DIR, "thumbs")
    MAX_CONTENT_LENGTH = 8 * 1024 * 1024
    ALLOWED_IMAGE_TYPES = {"png", "jpg", "jpeg", "webp"}
    SLACK_WEBHOOK_URL = os.environ.get("SLACK_WEBHOOK_URL")
    FRONTEND_ORIGIN = os.environ.get("FRONTEND_ORIGIN", "http://localhost:5173")
    BCRYPT_ROUNDS = 12
