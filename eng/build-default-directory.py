#!/usr/bin/env python3
"""Builds src/Cooperation.Directory/Data/default-directory.json, the directory shipped in the package.

Inputs (public data, each row with its source and as-of date):
  eng/data/treaty-participation.csv   UN Treaty Collection status tables (see eng/data/SOURCES.md)
  eng/data/untoc-notifications.csv    UNTOC art. 16(5)(a), 18(13), 18(14) notifications found
  the notifications of legal-reference.md section 6 (a 2010 copy of the UNTC status page), below
  the 26 States that had notified under art. 16(5) by August 2008 (CTOC/COP/2008 report, para. 27, fn. 13), below

Rules: nothing is guessed. A State with no row for an instrument gets status noRecord as of the baseline's date
(not a party then; unknown after). Facts no source gives stay null. Re-run after changing an input and commit.
"""
import csv, json, pathlib, re

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "eng" / "data"
OUT = ROOT / "src" / "Cooperation.Directory" / "Data" / "default-directory.json"

UN_MEMBERS = """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA
BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ
ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN
KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU
SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE
GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE""".split()
assert len(UN_MEMBERS) == 193 and len(set(UN_MEMBERS)) == 193, len(UN_MEMBERS)

INSTRUMENTS = ["UNTOC", "TIP", "SOM", "FP", "UNCAC", "1988"]
SCRAPE = "https://github.com/zmjones/untreaties/blob/003ce1309cc2a27a5a3909f39b7e6634550bf173/treaties/"
BASELINE = {  # where a State with no row was looked for, and the date that table reflects
    "UNTOC": (SCRAPE + "18-12.csv", "2014-07-10"), "TIP": (SCRAPE + "18-12-a.csv", "2014-07-10"),
    "SOM": (SCRAPE + "18-12-b.csv", "2014-07-10"), "FP": (SCRAPE + "18-12-c.csv", "2014-07-10"),
    "UNCAC": (SCRAPE + "18-14.csv", "2014-07-10"), "1988": (SCRAPE + "6-19.csv", "2015-03-14"),
}
STATUS = {"ratification": "ratification", "accession": "accession", "acceptance": "acceptance", "approval": "approval",
          "succession": "succession", "formal-confirmation": "formalConfirmation", "signature-only": "signatureOnly"}

def as_of(text):
    """The as-of column holds full dates, months or years; keep the earliest date it can mean, and say so."""
    text = text.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", text)
    if m:
        return text, None
    m = re.match(r"^(\d{4})-(\d{2})$", text)
    if m:
        return f"{text}-01", f"source dated {text} (month only)"
    m = re.search(r"(\d{4})", text)
    if m:
        return f"{m.group(1)}-01-01", f"source dated '{text}' (year only)"
    raise ValueError(text)

def provenance(source, asof_text, note=None):
    date, date_note = as_of(asof_text)
    notes = "; ".join(n for n in (date_note, note) if n)
    return {"source": source, "asOf": date, "note": notes or None}

def lang(tag): return tag

def acceptance(language, into=None, condition=None):
    return {"language": language, "translationInto": into, "condition": condition}

# ---- participation -----------------------------------------------------------------------------------------------
participation = {}
for row in csv.DictReader(open(DATA / "treaty-participation.csv", encoding="utf-8")):
    if not row["iso3"]:
        continue  # the European Union: a regional organization, not a State (UNTOC art. 2(j))
    instrument = "1988" if row["instrument"] == "C1988" else row["instrument"]
    note = row["notes"] or None
    if row["computed"] == "yes":
        note = "; ".join(n for n in ("entry into force computed from the deposit date by the treaty's rule", note) if n)
    participation[(row["iso3"], instrument)] = {
        "instrument": instrument, "status": STATUS[row["action"]], "date": row["date"] or None,
        "entryIntoForce": row["entry_into_force_for_state"] or None,
        "provenance": provenance(row["source"], row["as_of"], note),
    }

states = sorted(set(UN_MEMBERS) | {s for s, _ in participation})

# ---- notifications ------------------------------------------------------------------------------------------------
S8 = "Copy of the UN Treaty Collection status page XVIII-12 (declarations), zaki.ru/pagesnew.php?id=58378 pp. 26-34, as cited in legal-reference.md section 6 (S8)"
S8_ASOF = "2010-09-16"
COP2008 = "Conference of the Parties to UNTOC, fourth session: report of the Secretariat on international cooperation (12 August 2008), para. 27 and footnote 13: States that notified that they take the Convention as the legal basis for extradition"
COP2008_STATES = "ARM AZE BLR BLZ BOL BFA CUB EST LVA LTU MWI MLT MUS MEX MDA MCO NLD PAN PRY ROU RUS SVN MKD UKR UZB VEN".split()
assert len(COP2008_STATES) == 26

basis = {s: [] for s in states}
central = {s: [] for s in states}
languages = {s: None for s in states}
declarations = {s: [] for s in states}
conditional = {s: None for s in states}

for s in COP2008_STATES:
    basis[s].append({"instrument": "UNTOC", "value": "accepts", "effectiveFrom": None, "conditions": None,
                     "provenance": provenance(COP2008, "2008-08-12")})

def add_basis(state, value, conditions, source, asof_text, effective=None, note=None):
    basis[state].append({"instrument": "UNTOC", "value": value, "effectiveFrom": effective, "conditions": conditions,
                         "provenance": provenance(source, asof_text, note)})

def add_central(state, name, source, asof_text, note=None):
    p = provenance(source, asof_text, note)
    central[state].append({"value": name, "source": p["source"], "asOf": p["asOf"], "note": p["note"]})

def set_languages(state, accepted, statement, source, asof_text):
    languages[state] = {"accepted": accepted, "statement": statement, "provenance": provenance(source, asof_text)}

# untoc-notifications.csv
LANGS = {
    "IND": [acceptance("en"), acceptance("hi")],
    "LVA": [acceptance("en"), acceptance("lv")],
    "KIR": [acceptance("en")],
}
CITED_OTHER = {"RUS": "UNTOC art. 18(7)", "DEU": "UNTOC art. 5(3)", "LTU": "UNTOC art. 13(6)"}
for row in csv.DictReader(open(DATA / "untoc-notifications.csv", encoding="utf-8")):
    s, article, summary, source, asof_text = row["iso3"], row["article"], row["summary"], row["source"], row["as_of"]
    if article == "16(5)(a)":
        value = "doesNotAccept" if ": no" in summary else "accepts"
        conditions = None
        if "reciprocity" in summary:
            conditions = summary.split(": ", 1)[1]
        add_basis(s, value, conditions, source, asof_text, note=summary)
    elif article == "18(13)":
        add_central(s, summary.split(": ", 1)[1] if ": " in summary else summary, source, asof_text)
    elif article == "18(14)":
        set_languages(s, LANGS[s], summary, source, asof_text)
    else:
        declarations[s].append({"citation": CITED_OTHER.get(s), "summary": summary, "provenance": provenance(source, asof_text)})

# legal-reference.md section 6 (2010 copy of the UNTC page)
add_basis("SVN", "accepts", "Absent an agreement or arrangement, requires the extradition documents its domestic law provides", S8, S8_ASOF)
add_basis("MEX", "accepts", "With States Parties with which it has no extradition treaty", S8, S8_ASOF)
add_basis("MCO", "accepts", "Absent a bilateral extradition convention", S8, S8_ASOF, effective="2006-10-18",
          note="declaration dated 18 Oct 2006 in the copy")
add_basis("MKD", "accepts", None, S8, S8_ASOF)
add_basis("UKR", "accepts", "Where a request comes from a State Party with which Ukraine has no extradition treaty", S8, S8_ASOF)
# Lithuania's 2010 excerpt is cut off; the 2008 report already gives its answer, so no 'unknown' entry is added.
conditional["LSO"] = {"value": True, "source": S8, "asOf": S8_ASOF, "note": "Lesotho states that extradition is conditional on a treaty; its position on the Convention as legal basis is not in the captured text"}
add_basis("LSO", "unknown", None, S8, S8_ASOF, note="declaration captured only in part")

add_central("SVN", "Ministry of Justice", S8, S8_ASOF)
add_central("ZAF", "Director-General, Department of Justice and Constitutional Development", S8, S8_ASOF)
add_central("ESP", "Subdirección General de Cooperación Jurídica Internacional, Ministerio de Justicia, Calle San Bernardo 62, 28015 Madrid", S8, S8_ASOF, "notified 17 Apr 2007")
add_central("LSO", "Office of the Attorney-General", S8, S8_ASOF)
add_central("LTU", "Ministry of Justice", S8, S8_ASOF)
add_central("LTU", "Prosecutor General's Office", S8, S8_ASOF)
add_central("MEX", "Office of the Attorney-General of the Republic", S8, S8_ASOF)
add_central("MCO", "Director of Judicial Services", S8, S8_ASOF, "the copy is cut off at 'Director of Judicia...'")
add_central("UKR", "Ministry of Justice (judicial decisions)", S8, S8_ASOF)
add_central("UKR", "Office of the Prosecutor-General (investigation stage)", S8, S8_ASOF)

set_languages("SVN", [acceptance("sl"), acceptance(None, "sl"),
                      acceptance("en", None, "only if a Slovenian translation is impossible"),
                      acceptance(None, "en", "only if a Slovenian translation is impossible")],
              "Slovenian (or a Slovenian translation); if that is impossible, English (or an English translation)", S8, S8_ASOF)
set_languages("ZAF", [acceptance("en")], "English", S8, S8_ASOF)
set_languages("LSO", [acceptance("en")], "English", S8, S8_ASOF)
set_languages("LTU", [acceptance("en"), acceptance("ru"), acceptance("lt"), acceptance(None, "en"), acceptance(None, "ru"), acceptance(None, "lt")],
              "Translations into English, Russian or Lithuanian are required if the documents are not in one of these", S8, S8_ASOF)
set_languages("MEX", [acceptance("es"), acceptance(None, "es")],
              "Spanish; the requesting State's language is accepted if accompanied by a Spanish translation", S8, S8_ASOF)
set_languages("MKD", [acceptance(None, "mk", "with translations into both Macedonian and English")],
              "Requests to be accompanied by translations into Macedonian and English", S8, S8_ASOF)
set_languages("UKR", [acceptance("uk"), acceptance("ru"), acceptance("en"), acceptance("fr"),
                      acceptance(None, "uk", "authenticated translation"), acceptance(None, "ru", "authenticated translation"),
                      acceptance(None, "en", "authenticated translation"), acceptance(None, "fr", "authenticated translation")],
              "Authenticated translation into Ukrainian, Russian, English or French if not drawn up in one of these", S8, S8_ASOF)

# ---- authority records: only institutions States notified, with what the notification says ----------------------
ZONE_NOTE = "time zone of the capital, where the institution sits (inferred, not notified)"
AUTHORITIES = [
    # id, state, name, postal address lines, time zone, source-state key for provenance
    ("IND-MHA", "IND", "Ministry of Home Affairs (the Secretary)", ["New Delhi"], "Asia/Kolkata"),
    ("LVA-PGO", "LVA", "Prosecutor General's Office (pre-trial investigation)", ["Riga"], "Europe/Riga"),
    ("LVA-MOJ", "LVA", "Ministry of Justice (trial stage)", ["Riga"], "Europe/Riga"),
    ("KIR-AG", "KIR", "Attorney-General of Kiribati", [], "Pacific/Tarawa"),
    ("AND-INT", "AND", "Ministry in charge of the Interior, Government of the Principality of Andorra", ["Andorra la Vella"], "Europe/Andorra"),
    ("CAN-IAG", "CAN", "International Assistance Group, Litigation Branch, Criminal Law Division, Department of Justice Canada", ["Ottawa"], "America/Toronto"),
    ("LIE-OJ", "LIE", "Office of Justice, Judicial Affairs Division (Legal Officer)", ["Vaduz"], "Europe/Vaduz"),
    ("SVN-MOJ", "SVN", "Ministry of Justice", ["Ljubljana"], "Europe/Ljubljana"),
    ("ZAF-DOJ", "ZAF", "Department of Justice and Constitutional Development (Director-General)", ["Pretoria"], "Africa/Johannesburg"),
    ("ESP-SGCJI", "ESP", "Subdirección General de Cooperación Jurídica Internacional, Ministerio de Justicia", ["Calle San Bernardo 62", "28015 Madrid"], "Europe/Madrid"),
    ("LSO-AG", "LSO", "Office of the Attorney-General", ["Maseru"], "Africa/Maseru"),
    ("LTU-MOJ", "LTU", "Ministry of Justice", ["Vilnius"], "Europe/Vilnius"),
    ("LTU-PGO", "LTU", "Prosecutor General's Office", ["Vilnius"], "Europe/Vilnius"),
    ("MEX-FGR", "MEX", "Office of the Attorney-General of the Republic", ["Mexico City"], "America/Mexico_City"),
    ("MCO-DSJ", "MCO", "Director of Judicial Services", ["Monaco"], "Europe/Monaco"),
    ("UKR-MOJ", "UKR", "Ministry of Justice (judicial decisions)", ["Kyiv"], "Europe/Kyiv"),
    ("UKR-PGO", "UKR", "Office of the Prosecutor-General (investigation stage)", ["Kyiv"], "Europe/Kyiv"),
]
authorities = []
for ident, state, name, address, zone in AUTHORITIES:
    notified = central[state][0]
    authorities.append({
        "id": ident, "state": state, "name": name, "designations": ["UNTOC art. 18(13)"],
        "postalAddress": address, "timeZone": zone,
        "languages": languages[state]["accepted"] if languages[state] else [],
        "provenance": {"source": notified["source"], "asOf": notified["asOf"],
                       "note": "; ".join(n for n in (notified["note"], "institution name as notified under art. 18(13); no contact details, office hours or channels are notified", ZONE_NOTE) if n)},
    })

# ---- profiles ------------------------------------------------------------------------------------------------------
profiles = []
for s in states:
    entries = []
    for instrument in INSTRUMENTS:
        if (s, instrument) in participation:
            entries.append(participation[(s, instrument)])
        else:
            source, asof_text = BASELINE[instrument]
            entries.append({"instrument": instrument, "status": "noRecord", "date": None, "entryIntoForce": None,
                            "provenance": provenance(source, asof_text, "no act of this State in the status table; later acts may be missing (eng/data/SOURCES.md, 'Known gaps')")})
    profiles.append({
        "state": s, "participation": entries, "extraditionBasis": basis[s],
        "extraditionConditionalOnTreaty": conditional[s], "treaties": [], "centralAuthorities": central[s],
        "mlaLanguages": languages[s], "requiresDiplomaticChannel": None, "acceptsInterpolWhenUrgent": None,
        "extraditesNationals": None, "extraditionWithoutDualCriminality": None, "declarations": declarations[s],
    })

document = {
    "formatVersion": 1,
    "sample": False,
    "description": "Embedded default data of the Cooperation SDK: every UN Member State (and the Holy See, the State of Palestine, the Cook Islands and Niue where the treaty data lists them) with its participation in UNTOC, its Protocols, UNCAC and the 1988 Convention from the UN Treaty Collection status tables (mid-2014 baseline plus later acts found one by one), the UNTOC art. 16(5)(a), 18(13) and 18(14) notifications found in public copies, and the institutions notified as central authorities. Each fact carries its source and as-of date; gaps are unknown, never guessed. Load your own, fuller and newer data on top.",
    "profiles": profiles, "authorities": authorities, "visibility": [],
}
OUT.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"{len(profiles)} profiles, {len(authorities)} authorities -> {OUT.relative_to(ROOT)}")
