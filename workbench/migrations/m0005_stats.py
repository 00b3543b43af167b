"""Statistics: the co-signatory hook of joint submissions.

``cosignatories`` is how many organisations signed a joint submission besides its
submitter (0 = a single submitter, the default). Tagging or a person may fill it; the
statistics count it only when CountingRules(count_cosignatories=True) asks them to.
"""

VERSION = 5

SQL = """
alter table submissions add column cosignatories integer not null default 0;
"""
