import ssl

import aiohttp
import httpx
import jwt
import requests
import urllib3

urllib3.disable_warnings()


def notify(url, payload, api_key):
    # ruleid: py-tls-verify-disabled
    resp = requests.post(url, json=payload, headers={"Authorization": f"Bearer {api_key}"}, verify=False)
    return resp.status_code


def fetch_profile(session: requests.Session, user_id):
    # ruleid: py-tls-verify-disabled
    return session.get(f"https://internal.example.com/users/{user_id}", verify=False, timeout=5).json()


def make_session():
    s = requests.Session()
    # ruleid: py-tls-verify-disabled
    s.verify = False
    return s


async def call_partner(url):
    # ruleid: py-tls-verify-disabled
    async with httpx.AsyncClient(verify=False) as client:
        return await client.get(url)


async def aio(url):
    # ruleid: py-tls-verify-disabled
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as session:
        async with session.get(url) as resp:
            return await resp.text()


def legacy_context():
    ctx = ssl.create_default_context()
    # ruleid: py-tls-verify-disabled
    ctx.check_hostname = False
    # ruleid: py-tls-verify-disabled
    ctx.verify_mode = ssl.CERT_NONE
    # ruleid: py-tls-verify-disabled
    unverified = ssl._create_unverified_context()
    # ruleid: py-tls-verify-disabled
    pool = urllib3.PoolManager(cert_reqs="CERT_NONE")
    return ctx, unverified, pool


def safe(url, token, secret):
    # ok: py-tls-verify-disabled
    a = requests.get(url, timeout=10)
    # ok: py-tls-verify-disabled
    b = requests.get(url, verify="/etc/ssl/certs/internal-ca.pem")
    # ok: py-tls-verify-disabled
    c = httpx.Client(verify=True)
    # ok: py-tls-verify-disabled
    d = jwt.decode(token, secret, verify=False)
    # ok: py-tls-verify-disabled
    e = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem")
    # ok: py-tls-verify-disabled
    e.verify_mode = ssl.CERT_REQUIRED
    return a, b, c, d, e
