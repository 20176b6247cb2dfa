"""Migrations make exactly the schema the models declare, go down and up again on both databases, and upgrade a
database that holds data step by step, losing nothing (SQLite rebuilds tables).

A constraint that one database creates and the other skips (PostgreSQL and a foreign key
declared ``use_alter``) shows as a difference between the models and the database.
"""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, text

from tests.webapp.conftest import app_config
from webapp import create_app
from webapp.extensions import db


def _differences():
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, db.metadata)


@pytest.mark.both_databases
def test_the_migrations_make_the_schema_the_models_declare(app):
    with app.app_context():
        assert _differences() == []


@pytest.mark.both_databases
def test_the_migrations_go_down_to_nothing_and_up_again(app):
    with app.app_context():
        downgrade(revision="base")
        assert inspect(db.engine).get_table_names() == ["alembic_version"]
        upgrade()
        assert _differences() == []


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
