"""The database a command works on: the one named by --db, opened once per command."""

from pathlib import Path

from .. import store
from ..errors import WorkbenchError

# Only these commands may start a new database; any other given a path that does not exist
# says so rather than work on an empty one (a mistyped --db would otherwise look like no data).
CREATING_COMMANDS = {"ingest"}


def open_db(ctx):
    """The database named by --db, opened once per command; WorkbenchError when it does not
    exist and the command is not one that creates it."""
    if "db" not in ctx.obj:
        path = Path(ctx.obj["db_path"] or store.default_db_path())
        if not path.exists() and ctx.command.name not in CREATING_COMMANDS:
            raise WorkbenchError(
                f"no database at {path}: check --db (or $WORKBENCH_DB); "
                "`workbench ingest` or the app's first run creates one"
            )
        ctx.obj["db"] = store.open_db(path)
    return ctx.obj["db"]
