import asyncio
import os
import shlex
import subprocess
from os import system
from subprocess import Popen, check_output

from flask import Flask, request

app = Flask(__name__)


@app.post("/thumbnail")
def thumbnail():
    name = request.form["name"]
    # ruleid: py-shell-command-non-literal
    os.system(f"convert uploads/{name} -resize 200x200 thumbs/{name}")
    return "", 204


@app.get("/ping")
def ping():
    host = request.args.get("host", "localhost")
    # ruleid: py-shell-command-non-literal
    out = subprocess.check_output("ping -c 1 " + host, shell=True, text=True)
    return {"output": out}


def backup(db_name, target):
    cmd = "pg_dump %s > %s" % (db_name, target)
    # ruleid: py-shell-command-non-literal
    subprocess.run(cmd, shell=True, check=True)
    # ruleid: py-shell-command-non-literal
    proc = Popen(cmd, shell=True, stdout=subprocess.PIPE)
    # ruleid: py-shell-command-non-literal
    listing = os.popen("ls -la " + target).read()
    # ruleid: py-shell-command-non-literal
    status = subprocess.getoutput(f"du -sh {target}")
    return proc, listing, status


def via_shell_list(user_cmd):
    # ruleid: py-shell-command-non-literal
    subprocess.run(["bash", "-c", user_cmd], check=True)
    # ruleid: py-shell-command-non-literal
    system("git checkout " + user_cmd)
    # ruleid: py-shell-command-non-literal
    version = check_output(user_cmd + " --version", shell=True)
    # ruleid: py-shell-command-non-literal
    return version, subprocess.call(args=user_cmd, shell=True)


async def convert(path):
    # ruleid: py-shell-command-non-literal
    proc = await asyncio.create_subprocess_shell(f"ffmpeg -i {path} out.mp3")
    return await proc.wait()


def safe(path, host, count):
    # ok: py-shell-command-non-literal
    subprocess.run(["convert", "--", path, "out.png"], check=True)
    # ok: py-shell-command-non-literal
    subprocess.run("ls -la /var/log", shell=True)
    # ok: py-shell-command-non-literal
    os.system("clear")
    # ok: py-shell-command-non-literal
    subprocess.run(f"ping -c {int(count)} {shlex.quote(host)}", shell=True)
    # ok: py-shell-command-non-literal
    out = subprocess.check_output(["git", "log", "--", path])
    # ok: py-shell-command-non-literal
    os.popen("uptime").read()
    # ok: py-shell-command-non-literal
    subprocess.run(["sh", "-c", "echo hello"])
    quoted = shlex.quote(path)
    # ok: py-shell-command-non-literal
    os.system("rm -f " + quoted)
    return out


def quoted_join(parts):
    cmd = " ".join(shlex.quote(p) for p in parts)
    # todook: py-shell-command-non-literal
    return subprocess.run(cmd, shell=True)
