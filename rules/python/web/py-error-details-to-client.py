import logging
import traceback

from django.http import JsonResponse
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from flask import Flask, abort, flash, jsonify, render_template, request
from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError

app = Flask(__name__)
api = FastAPI()
logger = logging.getLogger(__name__)


@app.post("/entries")
def create_entry():
    try:
        entry = save_entry(request.get_json())
    except IntegrityError as e:
        # ruleid: py-error-details-to-client
        return jsonify({"error": str(e.orig)}), 409
    except Exception as e:
        # ruleid: py-error-details-to-client
        return jsonify({"error": str(e), "trace": traceback.format_exc()}), 500
    return jsonify(entry), 201


@api.get("/entries/{entry_id}")
async def read_entry(entry_id: int):
    try:
        return await load_entry(entry_id)
    except Exception as exc:
        # ruleid: py-error-details-to-client
        raise HTTPException(status_code=500, detail=f"Failed to load entry: {exc}")


@api.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    # ruleid: py-error-details-to-client
    return JSONResponse(status_code=500, content={"detail": repr(exc)})


@app.errorhandler(500)
def server_error(error):
    # ruleid: py-error-details-to-client
    return render_template("500.html", details=traceback.format_exc()), 500


def django_view(request):
    try:
        do_work(request)
    except Exception as err:
        message = str(err)
        # ruleid: py-error-details-to-client
        return JsonResponse({"ok": False, "message": message}, status=500)
    return JsonResponse({"ok": True})


@app.route("/upload", methods=["POST"])
def upload():
    try:
        store(request.files["file"])
    except OSError as e:
        # ruleid: py-error-details-to-client
        flash("Upload failed: %s" % e)
        # ruleid: py-error-details-to-client
        return {"error": "{}".format(e)}, 500
    return {"ok": True}


@app.get("/export")
def export():
    try:
        return build_export()
    except Exception as e:
        # ruleid: py-error-details-to-client
        return f"Export failed: {e}", 500


@app.post("/safe")
def safe_route():
    try:
        payload = Model.model_validate(request.get_json())
    except ValidationError as e:
        # ok: py-error-details-to-client
        return jsonify({"error": str(e)}), 400
    except ValueError as e:
        # ok: py-error-details-to-client
        abort(400, description=str(e))
    except Exception as e:
        # ok: py-error-details-to-client
        logger.exception("failed: %s", e)
        # ok: py-error-details-to-client
        return jsonify({"error": "Internal server error"}), 500
    return jsonify(payload.model_dump())


@app.get("/debug-aware")
def debug_aware():
    try:
        return run()
    except Exception as e:
        if app.debug:
            # ok: py-error-details-to-client
            return jsonify({"error": str(e)}), 500
        # ok: py-error-details-to-client
        return jsonify({"error": str(e) if app.config["DEBUG"] else "Internal error"}), 500


def helper(value):
    try:
        return int(value)
    except Exception as e:
        # ok: py-error-details-to-client
        return str(e)


def not_an_error(name):
    # ok: py-error-details-to-client
    return jsonify({"greeting": f"Hello {name}", "size": str(len(name))})


@api.exception_handler(ValueError)
async def value_error_handler(request: Request, exc: ValueError):
    # ok: py-error-details-to-client
    return JSONResponse(status_code=400, content={"detail": str(exc)})


@app.errorhandler(404)
def not_found(error):
    # ok: py-error-details-to-client
    return jsonify({"error": str(error)}), 404
