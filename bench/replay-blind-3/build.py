#!/usr/bin/env python3
"""Builds corpus/*.json and gold.json of blind replay corpus 4 from articles_*.py (run once)."""
import json, re
from pathlib import Path
here = Path(__file__).parent
arts = []
for f in ("articles_early.py", "articles_late1.py", "articles_late2.py"):
    ns = {}
    exec((here / f).read_text(), ns)
    arts += ns["A"]
ids = [a["id"] for a in arts]
assert len(ids) == len(set(ids)), "duplicate ids"
out = here / "corpus"
out.mkdir(exist_ok=True)
for p in out.glob("*.json"):
    p.unlink()
for a in arts:
    assert re.fullmatch(r"(early|late)-\d\d", a["id"])
    y = int(a["published"][:4])
    assert (a["id"].startswith("early") and y <= 2020) or (a["id"].startswith("late") and y >= 2021), a["id"]
    d = {"url": a["url"], "outlet": a["outlet"], "published": a["published"], "date_evidence": a["date_evidence"],
         "title": a["title"], "language": a["language"], "text": a["text"].strip(), "facts": [], "changes": [],
         "notes": a["kind"], "model_url": a["model_url"]}
    (out / f"{a['id']}_{a['slug']}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1))

gold = {
 "about": "Blind replay corpus 4 (written 2026-12-02 without reading the monitor). Real changes to NATO Mission Iraq's mandate facts after the baseline seeded from the two seed articles (commander Dany Fortin as of Nov 2018; advised institutions incl. Ministry of Interior and Federal Police Command as of Aug 2023). Same schema and matching rules as /work/shared/eval/gold.json. Designations and non-English reports are secondary; area removals are not a trap here because the 2026 relocation really took the mission out of Baghdad (they fall through to the relocation event or count as false alarms elsewhere).",
 "commander_order": ["fortin", "carignan", "olsen", "lollesgaard", "iannucci", "aguero", "schreurs", "hintzy"],
 "events": [
  {"id": "carignan", "date": "2019-11-26", "slots": ["commander"], "tokens": ["carignan"], "primary": ["early-03"], "secondary": ["early-02"]},
  {"id": "suspension-2020", "date": "2020-01-04", "slots": ["status"], "tokens": ["suspend", "paus", "halt", "stop", "on hold", "hold", "stilgelegd", "opgeschort"], "primary": ["early-05"], "secondary": ["early-06"]},
  {"id": "enhancement-2020", "date": "2020-02-12", "slots": ["decision", "training_area", "advised_institution", "nature", "area"], "tokens": ["coalition", "enhanc", "take over", "taking on"], "by_article": True, "primary": ["early-07"], "secondary": ["early-08"]},
  {"id": "nco-engineers-police-2020", "date": "2020-04-02", "slots": ["training_area", "advised_institution", "decision"], "tokens": ["non-commissioned", "nco", "engineer", "police"], "by_article": True, "primary": ["early-09"]},
  {"id": "olsen", "date": "2020-11-24", "slots": ["commander"], "tokens": ["olsen", "pugholm"], "primary": ["early-12"], "secondary": ["early-13"]},
  {"id": "size-4000", "date": "2021-02-18", "slots": ["personnel"], "tokens": ["4000", "4,000", "4 000", "4.000"], "primary": ["late-01", "late-02"], "secondary": ["late-03"]},
  {"id": "beyond-baghdad-2021", "date": "2021-02-18", "slots": ["area", "advised_institution", "decision"], "tokens": ["beyond baghdad", "outside baghdad", "outside the capital", "security institutions", "more iraqi security", "au-dela de bagdad"], "by_article": True, "primary": ["late-01"], "secondary": ["late-03"]},
  {"id": "lollesgaard", "date": "2021-05-06", "slots": ["commander"], "tokens": ["lollesgaard"], "primary": ["late-04"], "secondary": ["late-05"]},
  {"id": "iannucci", "date": "2022-05-10", "slots": ["commander"], "tokens": ["iannucci"], "primary": ["late-08"], "secondary": ["late-06"]},
  {"id": "aguero", "date": "2023-05-24", "slots": ["commander"], "tokens": ["aguero", "agüero", "jose antonio", "josé antonio"], "primary": ["late-11", "late-12"], "secondary": ["late-09", "late-10"]},
  {"id": "schreurs", "date": "2024-05-24", "slots": ["commander"], "tokens": ["schreurs"], "primary": ["late-14"], "secondary": ["late-13", "late-15"]},
  {"id": "hintzy", "date": "2025-05-22", "slots": ["commander"], "tokens": ["hintzy"], "primary": ["late-20"], "secondary": ["late-19", "late-22"]},
  {"id": "relocation-2026", "date": "2026-03-20", "slots": ["status", "area"], "tokens": ["relocat", "naples", "napoli", "napels", "europe", "italy", "withdr", "temporar", "outside iraq", "moved", "left iraq", "pulled", "evacuat", "suspend", "adjust", "posture"], "by_article": True, "primary": ["late-26", "late-27"], "secondary": ["late-25", "late-28"]}
 ],
 "traps": [
  {"why": "a person who is not the mission's commander (officials, other missions' heads, staff, authors, invented commenters)", "slots": ["commander", "senior_civilian"],
   "tokens": ["stoltenberg", "sajjan", "dylan white", "white", "esper", "soleimani", "burke", "buik", "ritter", "kofod", "bodskov", "greganti", "figliuolo", "radford", "munsch", "yarallah", "robles", "ollongren", "sudani", "rutte", "grynkewich", "hart", "schroder", "schroeder", "erice", "sebastian", "burkhard", "bramsen", "kadhimi", "trump", "lomond", "whitcombe", "rubaie", "aagaard", "thorso", "khamenei", "sample person", "example name"]},
  {"why": "a future commander (takes command on 26 May 2026, after the corpus ends) logged as current", "slots": ["commander"], "tokens": ["armada"]},
  {"why": "an institution named only in an advert, sidebar or comment, or one the US (not the mission) will advise", "slots": ["advised_institution", "training_area"],
   "tokens": ["water resources", "tourism", "peshmerga", "air force", "armee de l'air", "counter-terrorism service", "contre-terrorisme", "operations conjointes", "joint operations command"]},
  {"why": "a number that is not the mission's size (national contingents, other forces, counts of countries, biographies)", "slots": ["personnel"],
   "tokens": ["250", "850", "200", "9600", "9,600", "9 600", "12000", "12,000", "12.000", "46", "128", "174", "300", "120", "145", "170", "26", "28", "30", "31", "32", "2500", "2,500", "20", "1300", "1,300", "928", "18", "9000", "9,000", "driehonderd"]},
  {"why": "an institution, activity or partner removed: no article reports such a removal", "slots": ["advised_institution", "training_area", "partner"], "kinds": ["removed"]},
  {"why": "the mission reported as ended by a confirmed source: it never ended", "slots": ["status"], "tokens": ["ended", "terminat", "conclud", "closed", "finish"], "confidence": ["confirmed"]},
  {"why": "a place that is another mission's, a national contingent's or a biography's", "slots": ["area"], "kinds": ["added"],
   "tokens": ["kuwait", "erbil", "mali", "hodeidah", "yemen", "sarajevo", "bosnia", "jordan", "jordanie", "syria", "afghanistan", "ali al salem", "brussels", "bruxelles", "poland", "baltic", "kosovo", "somalia", "sudan", "noord-irak", "northern iraq", "hormuz", "gulf of guinea"]}
 ],
 "neutral": [
  {"why": "informational slots: a new value is news, not an error", "slots": ["partner", "decision", "senior_civilian", "legal_basis", "nature", "instructors_trained", "established"]},
  {"why": "another size figure the sources really give for the mission", "slots": ["personnel"], "tokens": ["500", "580", "600", "several hundred", "hundreds", "few hundred", "4000", "4,000", "4 000", "enkele honderden", "plusieurs centaines", "cientos", "centinaia"]},
  {"why": "an institution the mission really works with, first seen in an older article", "slots": ["advised_institution"], "kinds": ["added"],
   "tokens": ["ministry of defen", "defence ministry", "defense ministry", "national security", "operations cent", "operations center", "ministry of interior", "interior ministry", "federal police", "police", "military", "school", "academ", "universit", "college", "education", "institution", "chief of staff", "defence staff", "mod", "onsa", "moi", "security institutions", "defence sector", "security sector", "cyber", "codification", "forsvarsministeriet", "forsvarsstaben", "sikkerhedsrad", "ministerio de defensa", "ministere", "ministero"]},
  {"why": "a training area, first seen in an older article", "slots": ["training_area"], "kinds": ["added"]},
  {"why": "a place the mission really works in or from", "slots": ["area"], "kinds": ["added"],
   "tokens": ["baghdad", "bagdad", "greater baghdad", "taji", "besmay", "bismay", "union iii", "union 3", "al asad", "al-asad", "asad", "green zone", "iraq", "irak", "beyond", "outside", "naples", "napoli", "europe"]},
  {"why": "the mission's status as one source states it (an unconfirmed 'ended' included)", "slots": ["status"],
   "tokens": ["active", "resum", "rebuild", "operational", "launch", "start", "running", "suspend", "paus", "halt", "ended", "end", "conclud", "relocat", "withdr", "temporar", "continu", "reduc", "adjust"]}
 ],
 "single_slots": ["commander", "senior_civilian", "personnel", "status", "established", "instructors_trained"]
}
# every event's articles exist
for e in gold["events"]:
    for p in e["primary"] + e.get("secondary", []):
        assert p in ids, (e["id"], p)
    assert any(next(a for a in arts if a["id"] == p)["language"] == "en" for p in e["primary"]), e["id"]
(here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1))
print(len(arts), "articles;", sum(a["language"] != "en" for a in arts), "not English")
