"""The demo office as a party committee: branches and groups, transfers, terms, dues, every step of a file."""

from __future__ import annotations

import datetime as dt

from partyplan import demo
from partyplan.db.models import OrgKind, Stage
from partyplan.development import checklist, due
from partyplan.dues import service as dues
from partyplan.members import disposals, transfers
from partyplan.organisations import overview, service, terms

TODAY = dt.date(2026, 11, 20)


def test_the_demo_is_a_party_committee_with_branches_dues_and_transfers(database):
    with database.session() as s:
        demo.fill(s, today=TODAY)
        orgs = service.list_orgs(s)
        figures = {f.name: f for f in overview.branch_figures(s, TODAY)}
        elections = terms.terms_due(s, TODAY)
        unpaid = dues.unpaid(s, *dues.last_month(TODAY))
        log = transfers.list_transfers(s, 2026)
        awaited = transfers.due_transfers(s, TODAY)
        followups = disposals.list_disposals(s, open_only=True)
        files = {row.case_id: checklist.checklist(s, row.case_id, TODAY) for row in due.pipeline(s, TODAY)}
    assert [o.kind for o in orgs].count(OrgKind.BRANCH) == 3 and [o.kind for o in orgs].count(OrgKind.GROUP) == 4
    assert all(f.sanhui_held and f.sanhui_missing == 1 for name, f in figures.items() if name), "one gap each"
    assert "" not in figures or figures[""].full_members == figures[""].open_files == 0, "everyone in a branch"
    assert [(e.organisation, e.kind) for e in elections] == [("第一党支部", "election_due")]
    assert elections[0].ends_on <= TODAY + dt.timedelta(days=183)
    assert sorted(u.in_a_row for u in unpaid) == [2, 6] and [u.lapsing for u in unpaid].count(True) == 1
    assert {t.direction.value for t in log} == {"in", "out"} and [a.kind for a in awaited] == ["receipt"]
    assert len(followups) == 1 and followups[0].measure.value == "help"
    complete = [c for c in files.values() if c.detail.stage is Stage.FULL and not c.gaps]
    assert complete and all(i.state.value in ("done", "not_applicable") for i in complete[0].items)
