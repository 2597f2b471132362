#!/usr/bin/env python3
"""Extracts the numbered statements of the Leidraad kwaliteit AI in de zorg v1.1 into Baken content.

Usage: scripts/extract-leidraad.py [SOURCE] > content/leidraad/leidraad-1.1.json

The source is the text extracted from the published PDF (Windows-1252, with page breaks,
page numbers and markdown emphasis as noise). A statement is the sentence(s) that end in its
number in parentheses, e.g. "... (3.2b)". The output was checked by hand afterwards; where the
heuristics cannot know better, OVERRIDES below records the hand correction, so a rerun gives
the same file.
"""
import json
import re
import sys

import os

# The repository is checked out next to shared/, as the tests assume too.
DEFAULT_SOURCE = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "sources", "leidraad-kwaliteit-ai-in-de-zorg-v1.1.txt")
SOURCE = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE

PHASES = {
    1: "Verzameling en beheer van de data",
    2: "Ontwikkeling van het AIPA",
    3: "Validatie van het AIPA",
    4: "Ontwikkeling van de benodigde software",
    5: "Effectbeoordeling van het AIPA in combinatie met de software",
    6: "Implementatie en gebruik van het AIPA met software in de dagelijkse praktijk",
}

# Who a section addresses ("Betrokken partijen"): phases 1-3 the developer or tester of the AIPA,
# phases 4-5 the manufacturer of the software, phase 6 the care organisation, unless the section
# names its addressee itself.
PHASE_ADDRESSEE = {1: "developer", 2: "developer", 3: "developer", 4: "manufacturer", 5: "manufacturer", 6: "care-organisation"}
SECTION_ADDRESSEE = {
    "6.2.1": ["manufacturer"],
    "6.2.2": ["care-organisation"],
    "6.3.1": ["care-organisation"],
    "6.3.2": ["care-organisation"],
}

# A number printed twice in the source gets a suffix on its second occurrence, so ids stay unique.
DUPLICATE_NOTE = "The published text labels two statements {0}; Baken keeps the printed number and gives the second the id suffix '-2'."

SECTION_RE = re.compile(r"^_?(\d(?:\.\d){1,2})\.?_? +(.+?) *\.{2,} *\d+ *$")
LABEL_RE = re.compile(r"\((\d\.\d(?:\.\d)?[a-z])\)")
KEYWORD_RE = re.compile(r"\b(moet|moeten|aanbevolen|dient|dienen)\b", re.IGNORECASE)


def read_lines():
    raw = open(SOURCE, "rb").read().decode("cp1252")
    return raw.splitlines()


def section_titles(lines):
    titles = {}
    phase = None
    for line in lines[:200]:
        m = re.match(r"^(\d) (.+?) *\.{4,}", line)
        if m:
            phase = m.group(1)
            continue
        m = SECTION_RE.match(line)
        if m:
            number = m.group(1)
            # The PDF's table of contents numbers section 2.1 as "1.1."; the body has the same slip.
            if phase == "2" and number == "1.1":
                number = "2.1"
            titles[number] = clean(m.group(2)).rstrip(":")
    return titles


def clean(text):
    text = text.replace("**", "").replace("_", "").replace("`", "").replace("### ", "")
    # Links from the PDF conversion: "[label](http://...)" keeps its label; the TRIPOD citation
    # is split over two links in the source.
    text = re.sub(r"\]\(https?://[^)]*\)", "", text)
    text = re.sub(r"\[(\d[\d,\-– ]*?) ?\]\((www\.[^)]*)\)", r"[\1] (\2)", text)
    text = re.sub(r"\[(?=\(www|TRIPOD)", "", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip()


def body_lines(lines):
    """The body from phase 1 on, without page furniture: blank lines, page breaks, page numbers."""
    start = next(i for i, l in enumerate(lines) if l.startswith("## 1 Verzameling"))
    end = next(i for i, l in enumerate(lines) if l.startswith("## Toekomstperspectieven"))
    kept = []
    for line in lines[start:end]:
        s = line.strip()
        if not s or s in ("-----", "```") or re.fullmatch(r"\d{1,3}", s):
            continue
        # A heading that wraps continues on a bold line of its own ("**3.2** ... van" + "het AIPA").
        if kept and is_heading(kept[-1]) and re.fullmatch(r"\*\*[^*]+\*\*", s) and not LABEL_RE.search(s):
            kept[-1] += " " + s
            continue
        kept.append(s)
    return kept


def is_heading(line):
    return bool(re.match(r"^(## |\*\*_?\d\.\d|_\d\.\d)", line)) and not LABEL_RE.search(line)


def sentences_before(stream, end):
    """Sentence starts before position end, nearest first."""
    starts = [m.end() for m in re.finditer(r"[.:;?!][)_*\]]*\s+(?=[-A-Z*_(\[‘“'\"]|[0-9]+\s)", stream[:end])]
    return sorted(starts, reverse=True)


def extract():
    lines = read_lines()
    titles = section_titles(lines)
    body = body_lines(lines)

    # One stream of text; headings and previous labels are hard boundaries.
    stream = ""
    boundaries = [0]
    for line in body:
        if is_heading(line):
            stream += "\n"
            boundaries.append(len(stream))
            stream += line + "\n"
            boundaries.append(len(stream))
            continue
        if line.startswith("- ") or line.startswith("• "):
            stream += "\n"
        stream += line + " "

    statements = []
    seen = {}
    for m in LABEL_RE.finditer(stream):
        number = m.group(1)
        hard = max(b for b in boundaries if b <= m.start())
        hard = max([hard] + [s["_end"] for s in statements])
        begin = m.start()
        for s in sentences_before(stream, m.start()):
            if s < hard:
                break
            begin = s
            candidate = stream[begin:m.start()]
            if KEYWORD_RE.search(candidate) and not candidate.lstrip().startswith("- "):
                break
        else:
            begin = hard
        if not KEYWORD_RE.search(stream[begin:m.start()]):
            begin = hard
        start = STARTS.get(number)
        if start and seen.get(number, 0) == 0:
            begin = stream.rindex(start, hard, m.start())
        text = clean(stream[begin:m.start()])
        seen[number] = seen.get(number, 0) + 1
        suffix = "" if seen[number] == 1 else f"-{seen[number]}"
        phase = int(number[0])
        section = re.sub(r"[a-z]$", "", number)
        kind = "recommendation" if re.search(r"aanbevolen", text, re.IGNORECASE) else "requirement"
        statement = {
            "id": f"urn:nl:leidraad-ai:1.1:{number}{suffix}",
            "number": number,
            "phase": phase,
            "section": {"number": section, "title": titles[section]},
            "kind": kind,
            "addressees": SECTION_ADDRESSEE.get(section, [PHASE_ADDRESSEE[phase]]),
            "text": text,
            "wording": "source",
            "_end": m.end(),
        }
        if suffix:
            statement["note"] = DUPLICATE_NOTE.format(number)
        statements.append(statement)

    for s in statements:
        del s["_end"]
        override = OVERRIDES.get(s["id"])
        if override:
            s.update(override)
    return statements


# Hand corrections after reading every statement against the source. STARTS: where a statement
# begins when the sentence heuristics cannot see it (a list introduced several lines earlier, a
# sentence without a full stop before it). OVERRIDES: fields set by hand.
STARTS = {
    "5.1.1c": "Bij het vaststellen van de mogelijke uitkomsten wordt aanbevolen",
    "6.1b": "Als onderdeel van het lokale implementatieproces",
    "6.2.1b": "Aanvullend op bestaande eisen aan het PMS plan",
    "6.2.2b": "In het monitoringplan moeten minimaal",
}
OVERRIDES = {}


def main():
    statements = extract()
    document = {
        "$schema": "../checklist.schema.json",
        "schemaVersion": 1,
        "id": "leidraad-ai",
        "version": "1.1",
        "contentRevision": 1,
        "title": "Leidraad kwaliteit AI in de zorg",
        "source": {
            "title": "Leidraad voor kwalitatieve diagnostische en prognostische toepassingen van AI in de zorg",
            "version": "1.1",
            "published": "2023-08-16",
            "publisher": "Ministerie van Volksgezondheid, Welzijn en Sport",
            "citation": "Leidraad kwaliteit AI in de zorg, versie 1.1 (16-08-2023); statement number as printed.",
        },
        "phases": [{"number": n, "title": t} for n, t in PHASES.items()],
        "statements": statements,
    }
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
