import subprocess

import anthropic
import requests
from openai import OpenAI

from . import llm

client = OpenAI()
claude = anthropic.Anthropic()


def ask_llm(prompt):
    response = requests.post(
        "https://api.openai.com/v1/chat/completions",
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}]},
        timeout=30,
    )
    return response.json()["choices"][0]["message"]["content"]


def chart(db, question):
    sql = ask_llm(f"Write one SQLite query that answers: {question}. Only SQL.")
    # ruleid: py-llm-output-to-sink
    return db.execute(sql).fetchall()


def ask(db, question, user_id):
    sql = llm.sql_for_question(question, user_id=user_id)
    # ruleid: py-llm-output-to-sink
    return db.execute(sql).fetchall()


def direct(cursor, question):
    completion = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}])
    # ruleid: py-llm-output-to-sink
    cursor.execute(completion.choices[0].message.content)


def calculator(expression):
    message = claude.messages.create(model="claude-sonnet-4-5", max_tokens=200, messages=[{"role": "user", "content": expression}])
    # ruleid: py-llm-output-to-sink
    return eval(message.content[0].text)


def fix_my_system(problem):
    command = client.responses.create(model="gpt-4o", input=f"One shell command that fixes: {problem}").output_text
    # ruleid: py-llm-output-to-sink
    subprocess.run(command, shell=True, check=True)


def safe_uses(db, question, user_id):
    answer = ask_llm(question)
    # ok: py-llm-output-to-sink
    db.execute("INSERT INTO answers (user_id, body) VALUES (?, ?)", (user_id, answer))
    # ok: py-llm-output-to-sink
    subprocess.run(["say", answer], check=True)
    # ok: py-llm-output-to-sink
    db.execute("SELECT body FROM answers WHERE user_id = ?", (user_id,))
    report = REPORTS.get(llm.choose_report(question))
    # ok: py-llm-output-to-sink
    db.execute(report, (user_id,))
    return answer


def unrelated(db, entry_id):
    sql = "SELECT * FROM entries WHERE id = ?"
    # ok: py-llm-output-to-sink
    return db.execute(sql, (entry_id,)).fetchone()
