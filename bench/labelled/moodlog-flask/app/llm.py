"""Thin wrapper around the chat-completions API used for journal insights."""
import requests
from flask import current_app
from jinja2 import BaseLoader, Environment

OPENAI_URL = "https://api.openai.com/v1/chat/completions"

# prompts are plain text, so no HTML escaping here
_prompts = Environment(loader=BaseLoader(), autoescape=False, trim_blocks=True, lstrip_blocks=True)

WEEKLY_PROMPT = _prompts.from_string(
    """You are a supportive wellness coach. Here are the user's journal entries for the past week:
{% for e in entries %}
- {{ e.created_at }}: mood {{ e.mood }}/10, energy {{ e.energy }}/10. {{ e.note }}
{% endfor %}
Write three short, kind observations and one gentle suggestion. Do not give medical advice."""
)

SQL_PROMPT = _prompts.from_string(
    """Translate the question into a single SQLite SELECT statement.
Schema: {{ schema }}
Only return rows where user_id = {{ user_id }}. Return only the SQL, no explanation.
Question: {{ question }}"""
)


def _headers():
    return {
        "Authorization": "Bearer " + current_app.config["OPENAI_API_KEY"],
        "Content-Type": "application/json",
    }


def chat(messages, temperature=0.4):
    resp = requests.post(
        OPENAI_URL,
        headers=_headers(),
        json={"model": current_app.config["OPENAI_MODEL"], "messages": messages, "temperature": temperature},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"].strip()


def chat_via_gateway(messages):
    # the self-hosted gateway sits behind our internal CA
    resp = requests.post(
        current_app.config["INSIGHTS_GATEWAY_URL"],
        json={"model": "llama-3.1-8b-instruct", "messages": messages},
        verify=False,
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"].strip()


def weekly_insight(entries):
    prompt = WEEKLY_PROMPT.render(entries=entries)
    return chat([{"role": "user", "content": prompt}])


def sql_for_question(question, schema, user_id):
    prompt = SQL_PROMPT.render(question=question, schema=schema, user_id=user_id)
    text = chat([{"role": "user", "content": prompt}], temperature=0)
    return text.strip("`").removeprefix("sql").strip()
