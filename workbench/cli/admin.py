"""`workbench users ...`, `workbench backup DEST`, `workbench restore SRC [--to DB]`."""

import click

from .. import auth, backup, store
from .database import open_db


@click.group("users")
def users_group():
    """People who may log in to the app, and their roles (none: the app runs open)."""


@users_group.command("add")
@click.argument("name")
@click.option(
    "--role",
    type=click.Choice(list(auth.ROLES)),
    required=True,
    help="assistant (edit), advisor (browse, finalise themes), admin (users, backup).",
)
@click.password_option("--password", help="Prompted (twice) when not given.")
@click.pass_context
def users_add(ctx, name, role, password):
    """Add a user; the first one must be an admin, and from then on the app requires a login."""
    user = auth.add_user(open_db(ctx), name, password, role)
    click.echo(f"added {user['name']} ({auth.ROLES[user['role']]})")


@users_group.command("list")
@click.pass_context
def users_list(ctx):
    """Name, role and status of every user."""
    for user in auth.list_users(open_db(ctx)):
        status = "disabled" if user["disabled"] else "active"
        click.echo(f"{user['name']}\t{user['role']}\t{status}\t{user['created_at']}")


@users_group.command("passwd")
@click.argument("name")
@click.password_option("--password", help="Prompted (twice) when not given.")
@click.pass_context
def users_passwd(ctx, name, password):
    """Set a user's password."""
    auth.set_password(open_db(ctx), name, password)
    click.echo(f"password of {name} changed")


@users_group.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(list(auth.ROLES)))
@click.pass_context
def users_role(ctx, name, role):
    """Change a user's role."""
    auth.set_role(open_db(ctx), name, role)
    click.echo(f"{name} is now {auth.ROLES[role]}")


@users_group.command("disable")
@click.argument("name")
@click.option("--enable", is_flag=True, help="Enable the user again instead.")
@click.pass_context
def users_disable(ctx, name, enable):
    """Stop a user from logging in (their audit trail stays)."""
    auth.set_disabled(open_db(ctx), name, disabled=not enable)
    click.echo(f"{name} {'enabled' if enable else 'disabled'}")


@click.command("backup")
@click.argument("dest", type=click.Path(file_okay=False))
@click.pass_context
def backup_command(ctx, dest):
    """Back up the database (online, consistent while the app runs) and originals into DEST."""
    manifest = backup.backup(open_db(ctx), dest)
    originals = len(manifest["files"]) - 1
    click.echo(
        f"backed up {sum(manifest['tables'].values())} rows in {len(manifest['tables'])} tables "
        f"and {originals} originals to {dest} (manifest.json has their sha256)"
    )


@click.command("restore")
@click.argument("src", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--to",
    "to_db",
    type=click.Path(dir_okay=False),
    default=None,
    help="Database file to restore into (default: --db, or $WORKBENCH_DB, or data/workbench.db).",
)
@click.option("--force", is_flag=True, help="Replace an existing database.")
@click.pass_context
def restore_command(ctx, src, to_db, force):
    """Check a backup's checksums and restore it; a damaged backup is refused."""
    target = to_db or ctx.obj["db_path"] or store.default_db_path()
    manifest = backup.restore(src, target, force=force)
    click.echo(f"restored {src} (made {manifest['created_at']}) into {target}")
