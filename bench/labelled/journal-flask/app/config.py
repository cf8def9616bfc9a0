import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-7f3a9c1e5b2d4f6a8c0e1b3d5f7a9c2e")
    DATABASE = os.environ.get("JOURNAL_DB", "instance/journal.sqlite3")

    # JWT for the mobile app
    JWT_SECRET = "mj-2b7e9d4c1a8f3e6b0d5c2a9f7e4b1d8c"
    JWT_TTL_MINUTES = int(os.environ.get("JWT_TTL_MINUTES", "60"))

    OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")
    MAILGUN_API_KEY = os.environ.get("MAILGUN_API_KEY", "key-3f9a2c7e1b5d8f4a6c0e2b9d7f1a3c5e")

    UPLOAD_FOLDER = os.environ.get("UPLOAD_FOLDER", "instance/uploads")
    ALLOWED_ORIGINS = [o for o in os.environ.get("ALLOWED_ORIGINS", "").split(",") if o]
    ADMIN_TOKEN = os.environ["ADMIN_TOKEN"]
