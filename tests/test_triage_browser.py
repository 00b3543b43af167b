"""Triage in a real Chromium on the demo call, counting what a trained user does per submission.

The user works down the list as the page opens it (least sure first). For each submission
they compare the card with what the file says — here the generator's own labels stand in for
their reading — click the right choice for a wrong type, region, scope or confidentiality,
type the right name for a wrong submitter, pick a wrong country by typing a few letters, and
confirm with the key N (or Enter in the name box). Every click and every key press is an
action; typing a name or a country's first letters is one action (its characters are counted
apart: they are the value, not the interface's cost).
"""

import csv
import re
import time
from dataclasses import dataclass, field

from corpus.generate import generate
from workbench import audit, ingest, store, vocab
from workbench.tagging import review, tag_store

CALL = "demo-call"
CARD = "[data-testid=stForm]"
MAX_ACTIONS = 4
N_FLOW = 10  # the first ten the page opens: the least sure of the call
FIELDS = ("submitter", "submitter_type", "country", "region", "scope", "confidentiality")


@dataclass
class Count:
    """What the user did for one submission."""

    submission: int
    actions: int = 0
    typed: int = 0  # characters of typed values
    fixed: list = field(default_factory=list)
    seconds: float = 0.0


def build_demo(db_file, folder):
    """The demo call as `make demo` builds it (generator defaults: 130 files, seed 0, style a)."""
    labels = folder / "labels.csv"
    generate(folder / "corpus", labels_path=labels)
    ingest.ingest(store.open_db(db_file), CALL, [folder / "corpus"], n_workers=2)
    return {r["source"]: r for r in csv.DictReader(labels.open(encoding="utf-8"))}


def card_id(page):
    """The submission the card shows, read from its heading ('#32 …')."""
    heading = page.locator(CARD).get_by_text(re.compile(r"^#\d+ ")).first.inner_text()
    return int(heading.split()[0][1:])


def wait_for_card(page, submission_id):
    page.locator(CARD).get_by_text(re.compile(rf"^#{submission_id} ")).first.wait_for()


def ready(page):
    """Wait, as a person would, until the page has finished drawing the card."""
    page.locator("[data-testid=stApp][data-test-script-state=notRunning]").wait_for()
    page.locator(CARD).get_by_role("button", name=re.compile("^Confirm and next")).wait_for()


def decide(page, row, truth, count):
    """Correct what differs from the truth with the fewest actions the page allows, then save."""
    card = page.locator(CARD)
    for field_name in ("submitter_type", "region", "scope", "confidentiality"):
        wanted = truth[field_name] or ""
        if wanted != (row[field_name] or "") and wanted:
            card.get_by_role(
                "radio", name=vocab.short_label(field_name, wanted), exact=True
            ).click()
            count.actions += 1
            count.fixed.append(field_name)
    if truth["country"] != (row["country"] or "") and truth["country"]:
        card.get_by_role("combobox", name=re.compile("Country")).click()
        page.keyboard.type(truth["country"])  # the code is in the label: 'Peru (PER)'
        page.keyboard.press("Enter")
        count.actions += 3
        count.typed += len(truth["country"])
        count.fixed.append("country")
    if truth["submitter"] != (row["submitter"] or ""):
        card.get_by_placeholder("Type the right name to correct it").click()
        page.keyboard.type(truth["submitter"])
        page.keyboard.press("Enter")  # Enter in the name box saves and opens the next
        count.actions += 3
        count.typed += len(truth["submitter"])
        count.fixed.append("submitter")
    else:
        page.keyboard.press("n")  # the button's key: confirm and open the next
        count.actions += 1


def pick_in_list(page, position):
    """Scroll back to the list and click the row at ``position`` (a canvas: rows are 35 px under
    the header): two actions."""
    page.locator("[data-testid=stDataFrame]").first.scroll_into_view_if_needed()
    box = page.locator("[data-testid=stDataFrame]").first.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 * (position + 1) + 17)


def wrong(db, truth):
    """Ids of the submissions whose stored tags differ from what their file says."""
    return [
        r["id"]
        for r in review.table(db, CALL)
        if any((r[f] or "") != truth[r["source"]][f] for f in FIELDS)
    ]


def run_flow(page, url, db_file, truth, n):
    """Open Triage and decide ``n`` submissions in the order the page opens them, then every
    other one the tagger got wrong, each opened by its link (as 'next' opens it in its turn)."""
    db = store.open_db(db_file)
    page.goto(url)
    ready(page)
    assert fits(page)
    counts = []
    for k in range(n):
        counts.append(one(page, db, truth))
    for submission_id in wrong(db, truth):
        page.goto(f"{url}?call={CALL}&submission={submission_id}")
        counts.append(one(page, db, truth))
    db.conn.close()
    return counts


def need_review(page):
    """The 'N need review' count the page says."""
    caption = page.get_by_text(re.compile(r"\d+ need review")).first.inner_text()
    return int(re.search(r"(\d+) need review", caption).group(1))


def fits(page):
    """On this screen the list needs no sideways scrolling and the card is beside it, wholly on
    screen without scrolling the page, its heading, the name and who may be named at its top."""
    grid = page.locator("[data-testid=stDataFrame]").first
    widths = grid.evaluate(
        "e => [...e.querySelectorAll('.dvn-scroller')].map(s => s.scrollWidth - s.clientWidth)"
    )
    listed, card = grid.bounding_box(), page.locator(CARD).bounding_box()
    width, height = page.viewport_size["width"], page.viewport_size["height"]
    beside = listed["x"] + listed["width"] <= card["x"] <= width - card["width"]
    on_screen = page.evaluate("window.scrollY") == 0 and card["y"] + card["height"] <= height
    confidentiality = page.locator(CARD).get_by_role("radio", name="Do not publish").bounding_box()
    return widths == [0] and beside and on_screen and confidentiality["y"] + 40 <= height


def one(page, db, truth):
    """Decide the submission the card shows; wait for the next card and the count."""
    ready(page)
    shown = card_id(page)
    row = next(r for r in review.table(db, CALL) if r["id"] == shown)
    needing = need_review(page)
    count = Count(shown)
    started = time.monotonic()
    decide(page, row, truth[row["source"]], count)
    page.get_by_text(re.compile(rf"^Saved #{shown}\b")).first.wait_for()
    page.wait_for_function(  # the card has moved on
        f"() => ![...document.querySelectorAll('{CARD} p')]"
        f".some(p => p.innerText.startsWith('#{shown} '))"
    )
    ready(page)
    count.seconds = time.monotonic() - started  # from the first action to the next card
    assert need_review(page) == needing - bool(row["to_review"])  # the count is reread
    return count


def test_triage_the_demo_call_in_four_actions_per_submission(served_app, browser_page, tmp_path):
    url, db_file = served_app
    truth = build_demo(db_file, tmp_path)
    page = browser_page
    page.set_viewport_size({"width": 1366, "height": 768})
    counts = run_flow(page, f"{url}/triage", db_file, truth, N_FLOW)

    assert len({c.submission for c in counts[:N_FLOW]}) == N_FLOW  # ten different ones, in turn
    assert max(c.actions for c in counts) <= MAX_ACTIONS
    assert sum(bool(c.fixed) for c in counts) >= 10  # the demo's tagger errors were all corrected
    db = store.open_db(db_file)
    assert not wrong(db, truth)
    for c in counts:
        stored = store.get_submission(db, c.submission)
        wanted = truth[stored["source"]]
        for field_name in FIELDS:
            assert (stored[field_name] or "") == wanted[field_name], (c.submission, field_name)
        states = {t["state"] for t in tag_store.tags_of(db, c.submission).values()}
        assert states <= {"confirmed", "corrected"}, (c.submission, states)
    # a row chosen in the list opens beside it, and its key confirms that one
    rows = review.table(db, CALL)
    position, target = next((i, r) for i, r in enumerate(rows) if i > 3 and review.is_open(r))
    pick_in_list(page, position)
    wait_for_card(page, target["id"])
    ready(page)
    page.keyboard.press("n")
    page.get_by_text(re.compile(rf"^Saved #{target['id']}\b")).first.wait_for()
    assert {t["state"] for t in tag_store.tags_of(db, target["id"]).values()} == {"confirmed"}
    counts.append(Count(target["id"], actions=3))  # scroll up, click the row, N
    bulk, actions = confirm_the_states(page, db)
    report(counts, bulk, actions)
    assert actions / len(bulk) <= 1
    # nothing else was touched: every decision landed on the submission the card showed
    log = audit.history(db, "submissions", limit=5000)
    decided = {e["entity_id"] for e in log if e["action"] != "confirm_shown"}
    assert decided == {c.submission for c in counts} | set(bulk)


def confirm_the_states(page, db):
    """Filter the list to Member States and confirm what is shown: (confirmed ids, actions)."""
    states = [r for r in review.table(db, CALL) if r["submitter_type"] == "state"]
    before = {r["id"]: r for r in states if review.is_open(r)}
    page.get_by_role("button", name="Filters").click()
    page.locator("[data-testid=stPopoverBody] [data-testid=stMultiSelect]").first.click()
    page.get_by_role("option", name="Member State").click()
    page.keyboard.press("Escape")
    # the list is redrawn with the Member States only (their count is on the button)
    page.get_by_role("button", name=f"Confirm what is shown ({len(before)})…").click()
    page.get_by_role("button", name=re.compile(r"^Confirm \d+ submissions")).click()
    page.get_by_text(re.compile("^Confirmed the open tags of")).first.wait_for()
    after = {r["id"]: r for r in review.table(db, CALL) if r["id"] in before}
    assert all(not review.is_open(r) for r in after.values())
    assert all(after[i][f] == before[i][f] for i in before for f in FIELDS)  # confirmed as shown
    [line] = [e for e in audit.history(db, "submissions") if e["action"] == "confirm_shown"]
    assert line["user"] == "local" and line["new_value"].count("#") == len(before)
    return list(before), 6


def report(counts, bulk, bulk_actions):
    """What the README quotes (run with -s to see it)."""
    for c in counts:
        print(
            f"#{c.submission}: {c.actions} actions, {c.typed} characters typed, fixed "
            f"{', '.join(c.fixed) or 'nothing'}, {c.seconds:.1f} s"
        )
    one_by_one = sum(c.actions for c in counts) / len(counts)
    print(f"one by one: {len(counts)} submissions, {one_by_one:.2f} actions each on average")
    print(f"confirm what is shown: {len(bulk)} Member States in {bulk_actions} actions")
