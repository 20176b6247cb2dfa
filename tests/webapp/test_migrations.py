"""Migrations upgrade a database that holds data, step by step, losing nothing (SQLite rebuilds tables)."""

from flask_migrate import downgrade, upgrade
from sqlalchemy import text

from tests.webapp.conftest import app_config
from webapp import create_app
from webapp.extensions import db


def test_upgrading_a_database_with_data_keeps_it(tmp_path):
    app = create_app(app_config(tmp_path))
    with app.app_context():
        upgrade(revision="0001")
        db.session.execute(text("INSERT INTO users (id, email, name, role, password_hash, session_version) "
                                "VALUES (1, 'a@example.com', 'A', 'candidate', 'x', 1)"))
        db.session.execute(text("INSERT INTO questions (id, kind, type, title, difficulty, search_text, active) "
                                "VALUES ('q', 'quiz', 'single_choice', 'Q', 'easy', '', 1)"))
        db.session.execute(text("INSERT INTO question_versions (id, question_id, content_hash, snapshot) "
                                "VALUES (1, 'q', 'h', '')"))
        db.session.execute(text("INSERT INTO submissions (id, user_id, question_id, version_id, kind, context, "
                                "status, tries, delay_reason, worker) VALUES (1, 1, 'q', 1, 'quiz', 'practice', "
                                "'graded', 1, '', '')"))
        db.session.execute(text("INSERT INTO results (id, submission_id, current, source, status, score, "
                                "max_score) VALUES (1, 1, 1, 'grader', 'graded', 1, 1)"))
        db.session.commit()
        upgrade()
        assert db.session.execute(text("SELECT email, blind_review FROM users")).all() == [("a@example.com", 0)]
        assert db.session.execute(text("SELECT final, attempt_id FROM submissions")).all() == [(1, None)]
        assert db.session.execute(text("SELECT score, version_id FROM results")).all() == [(1.0, None)]
        assert db.session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        downgrade(revision="0001")
        assert db.session.execute(text("SELECT email FROM users")).scalars().all() == ["a@example.com"]
        db.session.remove()
        db.engine.dispose()
