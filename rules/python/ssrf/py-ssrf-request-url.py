from urllib.parse import urlparse
from urllib.request import urlopen

import httpx
import requests
from flask import abort, request

ALLOWED_HOSTS = {"images.example.com"}
session = requests.Session()


@app.post("/avatar")
def avatar_from_url():
    url = request.form["url"]
    # ruleid: py-ssrf-request-url
    resp = requests.get(url, timeout=10)
    return resp.content


@app.post("/preview")
def preview():
    # ruleid: py-ssrf-request-url
    return httpx.get(request.get_json()["link"]).text


@app.post("/webhook/test")
def webhook_test():
    target = request.json.get("callback")
    # ruleid: py-ssrf-request-url
    session.post(target, json={"ping": True})
    # ruleid: py-ssrf-request-url
    return urlopen(target).read()


@app.get("/proxy")
def proxy():
    target_url = request.args.get("url", "")
    # ruleid: py-ssrf-request-url
    return requests.request("GET", url=target_url).text


@app.post("/avatar-checked")
def avatar_checked():
    url = request.form["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    # ok: py-ssrf-request-url
    return requests.get(url, timeout=10).content


@app.get("/weather")
def weather():
    city = request.args.get("city", "Paris")
    # ok: py-ssrf-request-url
    return requests.get("https://api.weather.example/v1", params={"q": city}).json()


@app.get("/user")
def user():
    # ok: py-ssrf-request-url
    name = request.args.get("name")
    # ok: py-ssrf-request-url
    return requests.get(API_URL, headers={"X-Name": name}).json()


@app.get("/mirror")
def mirror():
    base = request.args["base"]
    # ruleid: py-ssrf-request-url
    return requests.get(f"{base}/status").text


@app.get("/docs")
def docs():
    page = request.args.get("page", "index")
    # ok: py-ssrf-request-url
    return requests.get(f"https://docs.example.com/{page}").text


@app.get("/profile")
def profile():
    # ok: py-ssrf-request-url
    return requests.get(f"https://users.internal/v1/users/{request.args['id']}").json()


@app.post("/avatar/gravatar")
def avatar_from_gravatar():
    url = request.get_json(force=True)["url"]
    host = urlparse(url).hostname
    if host not in AVATAR_HOSTS:
        abort(400)
    # ok: py-ssrf-request-url
    return requests.get(url, timeout=10).content
