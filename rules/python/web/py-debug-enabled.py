import os

from fastapi import FastAPI
from flask import Flask

app = Flask(__name__)
# ruleid: py-debug-enabled
app.config["DEBUG"] = True
# ruleid: py-debug-enabled
app.debug = True
# ruleid: py-debug-enabled
api = FastAPI(title="Journal API", debug=True)

SECRET_KEY = os.environ["SECRET_KEY"]
# ruleid: py-debug-enabled
DEBUG = os.getenv("DEBUG", "True") == "True"
ALLOWED_HOSTS = ["*"]

# ok: py-debug-enabled
app.config.update(DEBUG=False, TESTING=False)
# ok: py-debug-enabled
app.debug = os.environ.get("FLASK_DEBUG") == "1"
# ok: py-debug-enabled
prod_api = FastAPI(title="Journal API")


def main():
    # ok: py-debug-enabled
    app.run(host="127.0.0.1", port=5000, debug=os.environ.get("FLASK_DEBUG") == "1")
    # ok: py-debug-enabled
    uvicorn.run("main:app", host="0.0.0.0", reload=True)
    # ok: py-debug-enabled
    logging.basicConfig(level=logging.DEBUG)


if __name__ == "__main__":
    # ruleid: py-debug-enabled
    app.run(host="0.0.0.0", port=5000, debug=True)
