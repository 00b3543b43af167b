"""Opening a page under Streamlit's AppTest, the same way in every page test."""

from streamlit.testing.v1 import AppTest

from .conftest import ROOT

TIMEOUT = 60


def open_page(name, timeout=TIMEOUT, **session):
    """Run pages/<name>.py once with ``session`` state set; fail on any exception."""
    app = AppTest.from_file(str(ROOT / "pages" / f"{name}.py"), default_timeout=timeout)
    for key, value in session.items():
        app.session_state[key] = value
    app.run()
    assert not app.exception, app.exception
    return app
