import logging
import os

from flask import Flask, jsonify
from flask_cors import CORS
from werkzeug.exceptions import HTTPException

from . import admin, auth, db, entries, media, sharing
from .config import Config

logger = logging.getLogger("gratitude")


def create_app(config_object=Config):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(config_object)
    os.makedirs(app.config["UPLOAD_DIR"], exist_ok=True)
    os.makedirs(app.config["THUMB_DIR"], exist_ok=True)

    CORS(app, supports_credentials=True)

    db.init_app(app)
    app.register_blueprint(auth.bp)
    app.register_blueprint(entries.bp)
    app.register_blueprint(media.bp)
    app.register_blueprint(sharing.bp)
    app.register_blueprint(admin.bp)

    @app.errorhandler(HTTPException)
    def handle_http_error(error):
        return jsonify({"error": error.description}), error.code

    @app.errorhandler(Exception)
    def handle_unexpected(error):
        logger.exception("unhandled error")
        return jsonify({"error": "Something went wrong. Please try again."}), 500

    @app.get("/health")
    def health():
        return {"status": "ok"}

    return app
