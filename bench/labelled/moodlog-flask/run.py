from app import create_app

app = create_app()

if __name__ == "__main__":
    # local dev server; production runs under gunicorn (see README)
    app.run(host="0.0.0.0", port=5000, debug=True)
