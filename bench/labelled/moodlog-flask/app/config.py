import os
from datetime import timedelta

BASE_DIR = os.path.abspath(os.path.dirname(os.path.dirname(__file__)))


class Config:
    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY")
    DEBUG = os.environ.get("FLASK_DEBUG", "0") == "1"
    MAX_CONTENT_LENGTH = 8 * 1024 * 1024
    CORS_ORIGINS = ["https://app.moodlog.io", "https://moodlog.io"]

    DATABASE_PATH = os.environ.get("DATABASE_PATH", os.path.join(BASE_DIR, "instance", "moodlog.db"))
    # reporting warehouse (weekly aggregates for the admin dashboard)
    ANALYTICS_DSN = "postgresql://analytics:Vq7mR2x9Lp4tKw@analytics-db.internal:5432/moodlog_stats"

    UPLOAD_DIR = os.path.join(BASE_DIR, "instance", "uploads")
    THUMB_DIR = os.path.join(BASE_DIR, "instance", "thumbs")
    EXPORT_DIR = os.path.join(BASE_DIR, "instance", "exports")
    BACKUP_DIR = os.path.join(BASE_DIR, "instance", "backups")

    # tokens for the mobile API and password reset links
    JWT_SECRET = "3b9f1c7e5a2d48e0b6c4f1a9d7e25c80f4a6b3d1e9c7f5a2b8d0e6c4a1f3b5d7"
    JWT_ALGORITHM = "HS256"
    JWT_TTL = timedelta(hours=12)

    OPENAI_MODEL = "gpt-4o-mini"
    OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY", "sk-proj-Rk3vT9qLm2XwP8sYb4NcJ6hDf1GzA7eUo5KiQ0rVtWyE3xCn")
    INSIGHTS_GATEWAY_URL = os.environ.get(
        "INSIGHTS_GATEWAY_URL", "https://llm-gw.moodlog.internal/v1/chat/completions"
    )

    MAIL_SERVER = "smtp.mailgun.org"
    MAIL_USERNAME = "postmaster@mg.moodlog.app"
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD", "")


class TestConfig(Config):
    TESTING = True
    DATABASE_PATH = ":memory:"
    SECRET_KEY = "test-only-not-a-secret"
    JWT_SECRET = "unit-test-jwt-secret"
