"""A call resolved once: what the library reads of it, read at most once per output.

The CLI commands and pages resolve a call's slug once (``resolve``) and pass the CallScope
down, so the background document, the statistics and the publication layer do not look
the call and its submissions up again. Each part is read when first asked for, and kept:
a CallScope lives for one output or one page run, so it never serves a stale reading.
"""

from dataclasses import dataclass
from functools import cached_property

from . import publication, store


@dataclass(frozen=True, eq=False)
class CallScope:
    db: object
    call: dict  # the calls row

    @property
    def slug(self):
        return self.call["slug"]

    @property
    def id(self):
        return self.call["id"]

    @cached_property
    def submissions(self):
        """Every submission of the call (any status), as store.list_submissions lists them."""
        return store.call_submissions(self.db, self.call["id"])

    @cached_property
    def counted(self):
        """{id: submission} of the submissions a document counts: readable, not excluded."""
        return {s["id"]: s for s in self.submissions if s["status"] == "ok" and not s["excluded"]}

    @cached_property
    def publication(self):
        """The one gate for shareable outputs, over every submission of the call."""
        return publication.Publication(self.db, self.submissions)

    @cached_property
    def team_publication(self):
        """The team's view for roles that do not review: ids kept, nobody withheld named."""
        return publication.Publication(self.db, self.submissions, team=True)

    @cached_property
    def campaigns(self):
        """[{"id", "submission_ids", "sentence"}]: the call's submissions that share a template,
        numbered from 1 (themes/campaigns.py; kept in the derived table)."""
        # Imported when asked: themes load scikit-learn, which the quick commands never need.
        from .themes.campaigns import template_campaigns

        return [{"id": n, **g} for n, g in enumerate(template_campaigns(self.db, self.id), 1)]

    @cached_property
    def voices(self):
        """{submission id: a key shared by every submission of one campaign} (campaigns count once)."""
        from .themes.campaigns import voice_of

        return voice_of(self.campaigns) if self.submissions else {}

    def publication_for(self, internal=False, team=False):
        """None for the team's internal view, else the team's or the shareable gate."""
        if internal:
            return None
        return self.team_publication if team else self.publication

    @property
    def identities(self):
        """The identities of the submitters who may not be named (publication.py reads them)."""
        return self.publication.identities

    def counted_by(self, include_errors=False, include_excluded=False):
        """The submissions statistics count under these rules, with the call's slug, id order."""
        key = (bool(include_errors), bool(include_excluded))
        if key not in self._counted_by_rules:
            self._counted_by_rules[key] = store.counted_submissions(self.db, [self.slug], *key)
        return self._counted_by_rules[key]

    @cached_property
    def _counted_by_rules(self):
        return {}  # (include_errors, include_excluded) -> counted_by's list


def resolve(db, call_slug):
    """The call named ``call_slug`` (NotFound naming it when there is none)."""
    return CallScope(db, store.get_call(db, call_slug))


def resolve_all(db, call_slugs=None):
    """Several calls, in the order given; None = every call."""
    if call_slugs is None:
        return [CallScope(db, call) for call in store.list_calls(db)]
    return [resolve(db, slug) for slug in call_slugs]


def of(db, call):
    """``call`` as a CallScope: resolved here when an older caller gives its slug."""
    return call if isinstance(call, CallScope) else resolve(db, call)
