"""Perturbation bench: the same fact stated by other people, of other nations, with other ranks,
dates, insertions, mission names and number formats (CheckList-style invariance and direction).

Each template is a sentence (or two paragraphs) in one language, about one profile, with slots:

  {P}  the person who takes the post: rank + name, with a nationality form around it
  {Q}  a second person (the one handing over), same rank list, another name
  {D}  a date in one of the language's formats (a past date, the document is of Monday 2 Nov 2026)
  {I}  an insertion between the agent and its verb (appositive, parenthesis, "on Thursday")
  {M}  the mission named one of its ways (a name, an alias, a reference after a naming paragraph)
  {N}  a size in one of the formats journalists write
  ^ / $ around the sentence: a dateline before it, an attribution after it (the "around" insertions)

and the facts it must give (slot, value key, role) and must not give. The value keys are "P", "Q"
(the person's full name) and "N" (the number's digits), or a literal value.

The report varies one dimension at a time from each template's base values (so a failure is the
dimension's), then draws random combinations, and prints the pass rate per template and per value of
each dimension, worst first, with a failing sentence each.

    .venv/bin/python bench/perturb.py            # the report
    .venv/bin/python bench/perturb.py --show 40  # and the first 40 failures in full
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

PUBLISHED = date(2026, 11, 2)  # a Monday; "Thursday" is 29 October 2026

# --- (a) people -----------------------------------------------------------------------------
# full names of many nations and shapes (none is a real officer)
NAMES = [
    "Erik Lindqvist", "Søren Kjærgaard", "Åsmund Øvrebø", "Sigríður Þórðardóttir", "Jukka-Pekka Mäkinen",
    "Tõnis Kõiv", "Jānis Bērziņš", "Mindaugas Žilinskas", "Michał Wróblewski", "Łukasz Jędrzejczak",
    "Tomáš Dvořák", "Ľubomír Šťastný", "Matjaž Kovačič", "Ivan Đurić", "Gábor Szőke", "Ödön Nagy-Kovács",
    "Ștefan Dumitrescu", "Ion Țurcanu", "Ivaylo Petrov", "Konstantinos Papadopoulos", "Georgios Tsakalidis",
    "Besnik Gjoka", "Ilir Hoxhaj", "İsmail Yıldırım", "Ahmet Işık", "Şükrü Çağlayan", "Goran Stojanovski",
    "Milan Vujović", "Gian Marco D'Alessandro", "Pierluigi dall'Oglio", "Giuseppe De Luca", "Francesca Di Stefano",
    "José María García-Ortiz", "Francisco Javier de la Fuente", "Ana Belén Fernández de Córdoba",
    "João Paulo da Silva", "Luís Gonçalves dos Santos", "Jean-Pierre Lefèvre", "François d'Aubigny",
    "Thierry Le Goff", "Anne-Claire Delacroix", "Luc De Smet", "Hendrik van der Meer", "Pieter ter Horst",
    "Jan de Vries", "Marieke van den Heuvel", "Hans-Jürgen Müller", "Karl-Heinz von Beust", "Seán O'Sullivan",
    "Niamh Ní Bhriain", "Alistair MacLeod", "Ewan McAllister", "Charles Smith-Dorrien", "James T. Harrington",
    "J. P. Morrison", "Jean-François Tremblay", "Omar al-Jubouri", "Ahmed Abdel-Rahman", "Khalid bin Hamad",
    "Oleksiy Kovalenko", "Levan Beridze", "Paulo Roberto dos Santos Lima", "María José Martínez López",
    "Jean-Claude Weber", "Arjan Kola", "Kalle Mäenpää", "Bjørn Ødegård", "Pål Aas", "Zoltán Tóth",
    "Dimitrios Karamanlis-Vlachos", "Rui Conceição", "Eamon D'Arcy", "Nils Østergaard", "Ece Öztürk",
]
BASE_NAME, BASE_NAME_2 = "Lucas Schreurs", "Anders Holmgaard"
# a name after a rank may be one word (a surname alone)
SURNAMES = ["Sutrisno", "Kovačič", "Yıldırım", "Ødegård", "van Dalen", "de la Rosa", "O'Brien", "Dall'Acqua"]

# --- (b) ranks, each with the article or case the sentence wants -------------------------------
RANKS = {
    "en": ["Lt Gen", "Lt. Gen.", "Lt.-Gen.", "Lt-Gen", "LGen", "LtGen", "LTG", "Lieutenant General",
           "Lieutenant-General", "Lieut.-Gen.", "Maj Gen", "Maj. Gen.", "Maj.-Gen.", "Major General",
           "Major-General", "MG", "MGen", "MajGen", "Brig Gen", "Brig. Gen.", "Brigadier General",
           "Brigadier-General", "BG", "Brigadier", "Gen", "Gen.", "General", "Air Marshal", "Air Vice-Marshal",
           "Air Vice Marshal", "AVM", "Air Commodore", "Air Cdre", "Rear Admiral", "Rear Adm.", "RAdm", "RADM",
           "Rear-Admiral", "Vice Admiral", "Vice Adm.", "VAdm", "VADM", "Vice-Admiral", "Commodore", "Cdre",
           "Admiral", "Adm."],
    "fr": ["le général", "le général de corps d'armée", "le général de division", "le général de brigade",
           "le lieutenant-général", "le général d'armée", "le général de corps aérien",
           "le général de division aérienne", "le général de brigade aérienne", "le vice-amiral",
           "le vice-amiral d'escadre", "le contre-amiral", "l'amiral", "le major-général", "le brigadier-général",
           "la générale de brigade", "la générale", "le GCA", "le gén."],
    "es": ["el teniente general", "el general de división", "el general de brigada", "el general",
           "el general de ejército", "el general del aire", "el vicealmirante", "el contraalmirante",
           "el almirante", "el general de cuerpo de ejército", "la general de brigada", "el Tte. Gral.",
           "el Gral.", "el general de división del Ejército de Tierra", "el teniente general del Ejército del Aire"],
    "it": ["il generale", "il generale di corpo d'armata", "il generale di divisione", "il generale di brigata",
           "il tenente generale", "l'ammiraglio", "l'ammiraglio di squadra", "l'ammiraglio di divisione",
           "il contrammiraglio", "il generale di squadra aerea", "il generale di divisione aerea", "il gen.",
           "il gen. C.A.", "la generale", "il generale di brigata aerea"],
    "nl": ["luitenant-generaal", "generaal-majoor", "brigadegeneraal", "generaal", "vice-admiraal",
           "schout-bij-nacht", "luitenant-admiraal", "commandeur", "Lgen", "genmaj", "luitenant generaal",
           "generaal-majoor der mariniers"],
    "da": ["generalløjtnant", "generalmajor", "brigadegeneral", "general", "viceadmiral", "kontreadmiral",
           "admiral", "flotilleadmiral", "kommandør", "genlt.", "genmj."],
}
BASE_RANK = {"en": "Lt Gen", "fr": "le général", "es": "el teniente general", "it": "il generale",
             "nl": "luitenant-generaal", "da": "generalløjtnant"}

# --- (c) nationality forms: (before the rank, after the name) ------------------------------------
# English: country, adjective, the country's forces
NATIONS = [
    ("Sweden", "Swedish", "the Swedish Armed Forces"), ("Denmark", "Danish", "the Royal Danish Army"),
    ("Norway", "Norwegian", "the Norwegian Army"), ("the Netherlands", "Dutch", "the Royal Netherlands Army"),
    ("Belgium", "Belgian", "the Belgian Land Component"), ("Italy", "Italian", "the Italian Army"),
    ("Spain", "Spanish", "the Spanish Army"), ("Portugal", "Portuguese", "the Portuguese Army"),
    ("France", "French", "the French Army"), ("Germany", "German", "the Bundeswehr"),
    ("Poland", "Polish", "the Polish Land Forces"), ("Hungary", "Hungarian", "the Hungarian Defence Forces"),
    ("Türkiye", "Turkish", "the Turkish Land Forces"), ("Turkey", "Turkish", "the Turkish Army"),
    ("Greece", "Greek", "the Hellenic Army"), ("Romania", "Romanian", "the Romanian Land Forces"),
    ("Bulgaria", "Bulgarian", "the Bulgarian Army"), ("Croatia", "Croatian", "the Croatian Army"),
    ("Slovenia", "Slovenian", "the Slovenian Armed Forces"), ("Slovakia", "Slovak", "the Slovak Armed Forces"),
    ("the Czech Republic", "Czech", "the Czech Army"), ("Lithuania", "Lithuanian", "the Lithuanian Armed Forces"),
    ("Latvia", "Latvian", "the Latvian National Armed Forces"), ("Estonia", "Estonian", "the Estonian Defence Forces"),
    ("Finland", "Finnish", "the Finnish Defence Forces"), ("Canada", "Canadian", "the Canadian Armed Forces"),
    ("the United States", "US", "the U.S. Army"), ("the United Kingdom", "British", "the British Army"),
    ("Albania", "Albanian", "the Albanian Armed Forces"),
    ("North Macedonia", "Macedonian", "the Army of North Macedonia"),
    ("Montenegro", "Montenegrin", "the Armed Forces of Montenegro"),
    ("Iceland", "Icelandic", "the Icelandic Coast Guard"),
    ("Luxembourg", "Luxembourgish", "the Luxembourg Army"), ("Austria", "Austrian", "the Austrian Armed Forces"),
    ("Ireland", "Irish", "the Irish Defence Forces"), ("Australia", "Australian", "the Australian Army"),
    ("New Zealand", "New Zealand", "the New Zealand Army"), ("Switzerland", "Swiss", "the Swiss Armed Forces"),
]
_SHORT = {"the United Kingdom": "Britain", "the United States": "America", "the Czech Republic": "Czechia"}
NATIONALITY_FORMS = {
    "en": {
        "none": lambda c, a, f: ("", ""), "adjective": lambda c, a, f: (f"{a} ", ""),
        "possessive": lambda c, a, f: (f"{_SHORT.get(c, c)}'s " if not c.endswith("s") else f"{c}' ", ""),
        "of-country": lambda c, a, f: ("", f" of {c}"),
        "parenthesis": lambda c, a, f: ("", f" ({c.removeprefix('the ')})"),
        "of-forces": lambda c, a, f: ("", f" of {f}"), "from-forces": lambda c, a, f: ("", f" from {f}"),
        "comma-officer": lambda c, a, f: ("", f", a {a} officer,"),
    },
}
# other languages: (rank with its nationality adjective after it, or a "de/del" phrase after the name)
NATIONALITY_OTHER = {
    "fr": [("le général suédois", ""), ("le général de division italien", ""), ("le général", " (Suède)"),
           ("le général danois", ""), ("le général belge", ""), ("le général", ", de l'armée de terre française,")],
    "es": [("el general sueco", ""), ("el teniente general italiano", ""), ("el general", " (Suecia)"),
           ("el general de división español", ""), ("el general", ", del Ejército de Tierra,")],
    "it": [("il generale svedese", ""), ("il generale di divisione spagnolo", ""), ("il generale", " (Svezia)"),
           ("il generale francese", ""), ("il generale", ", dell'Esercito italiano,")],
    "nl": [("de Zweedse generaal", ""), ("de Nederlandse luitenant-generaal", ""), ("generaal", " (Zweden)"),
           ("de Belgische generaal-majoor", "")],
    "da": [("den svenske generalløjtnant", ""), ("den norske generalmajor", ""), ("generalløjtnant", " (Sverige)"),
           ("den danske generalmajor", "")],
}

# --- (d) dates: a past day (Thursday 29 October 2026) in every form of each language ---------------
DATES = {
    "en": ["on Thursday", "on 29 October", "on October 29", "on Oct. 29", "on Oct 29", "on 29 Oct",
           "on 29 October 2026", "on October 29, 2026", "on Thursday, October 29", "on Thursday 29 October",
           "on Thursday, 29 October 2026", "on the 29th of October", "on 29th October", "on October 29th",
           "last Thursday", "this week", "on 29 Oct. 2026",
           "on Thursday (Oct. 29)", "late last month", "in late October", "on 29.10.2026", "on 2026-10-29", ""],
    "fr": ["jeudi", "le 29 octobre", "jeudi 29 octobre", "le jeudi 29 octobre 2026", "le 29 octobre 2026", "le 29 oct.",
           "jeudi dernier", "cette semaine", "le 29/10/2026", "fin octobre", ""],
    "es": ["el jueves", "el 29 de octubre", "el jueves 29 de octubre", "el 29 de octubre de 2026", "el pasado jueves",
           "el pasado 29 de octubre", "esta semana", "el 29/10/2026", "a finales de octubre", ""],
    "it": ["giovedì", "il 29 ottobre", "giovedì 29 ottobre", "il 29 ottobre 2026", "giovedì scorso", "questa settimana",
           "il 29/10/2026", "lo scorso 29 ottobre", "a fine ottobre", ""],
    "nl": ["donderdag", "op 29 oktober", "op donderdag 29 oktober", "op 29 oktober 2026", "afgelopen donderdag",
           "deze week", "op 29-10-2026", "eind oktober", ""],
    "da": ["torsdag", "den 29. oktober", "torsdag den 29. oktober", "den 29. oktober 2026", "i torsdags",
           "i denne uge", "den 29.10.2026", "i slutningen af oktober", ""],
}
BASE_DATE = {"en": "on Thursday", "fr": "jeudi", "es": "el jueves", "it": "giovedì", "nl": "donderdag", "da": "torsdag"}

# --- (e) insertions: (before the sentence, between agent and verb, after the sentence) ------------
INSERTIONS = {
    "en": {
        "none": ("", "", ""), "age": ("", ", 54,", ""),
        "veteran": ("", ", a veteran of missions in Afghanistan and Mali,", ""),
        "paratrooper": ("", ", a former paratrooper,", ""), "pictured": ("", " (pictured)", ""),
        "pictured-left": ("", " (left)", ""),
        "who-previously": ("", ", who previously led a brigade in Lithuania,", ""),
        "history-trap": ("", ", a former commander of the 12th Mechanised Division,", ""),
        "pilot": ("", ", a helicopter pilot by training,", ""), "on-day": ("", " on Thursday", ""),
        "formally": ("", " formally", ""), "officially": ("", " officially", ""),
        "dash": ("", " - a former paratrooper -", ""),
        "dateline-reuters": ("BAGHDAD (Reuters) - ", "", ""), "dateline-ap": ("BRUSSELS, Nov. 2 (AP) — ", "", ""),
        "dateline-plain": ("Baghdad, 2 November 2026 – ", "", ""), "dateline-country": ("NAPLES, Italy -- ", "", ""),
        "fronted-ceremony": ("In a ceremony at Union III base in Baghdad, ", "", ""),
        "fronted-according": ("According to a NATO statement, ", "", ""), "fronted-on": ("On Thursday, ", "", ""),
        "tail-nato-said": ("", "", ", NATO said"), "tail-statement": ("", "", ", the alliance said in a statement"),
        "tail-according": ("", "", ", according to a statement from the mission"),
        "tail-ceremony": ("", "", " in a ceremony attended by Iraq's defence minister"),
        "tail-quote": ("", "", ', saying it was "an honour to serve"'),
        "quotes-curly": ("", ", described by colleagues as “a soldier’s soldier”,", ""),
        "two-sentences": ("The ceremony was short. ", "", ""),
    },
    "fr": {"none": ("", "", ""), "age": ("", ", 54 ans,", ""), "dateline": ("BAGDAD (AFP) - ", "", ""),
           "tail": ("", "", ", selon un communiqué de l'OTAN"),
           "ancien": ("", ", ancien chef de corps d'un régiment de parachutistes,", ""),
           "fronted": ("Lors d'une cérémonie à Bagdad, ", "", "")},
    "es": {"none": ("", "", ""), "age": ("", ", de 54 años,", ""), "dateline": ("BAGDAD (EFE) - ", "", ""),
           "tail": ("", "", ", según un comunicado de la OTAN"), "veterano": ("", ", veterano de Afganistán,", ""),
           "fronted": ("En una ceremonia en Bagdad, ", "", "")},
    "it": {"none": ("", "", ""), "age": ("", ", 54 anni,", ""), "dateline": ("BAGHDAD (ANSA) - ", "", ""),
           "tail": ("", "", ", secondo una nota della NATO"),
           "veterano": ("", ", già comandante della brigata Folgore,", ""),
           "fronted": ("Nel corso di una cerimonia a Baghdad, ", "", "")},
    "nl": {"none": ("", "", ""), "age": ("", " (54)", ""), "dateline": ("BAGDAD (ANP) - ", "", ""),
           "tail": ("", "", ", aldus de NAVO"), "ceremony": ("", "", " tijdens een ceremonie in Bagdad")},
    "da": {"none": ("", "", ""), "age": ("", ", 54 år,", ""), "dateline": ("BAGDAD (Ritzau) - ", "", ""),
           "tail": ("", "", ", oplyser NATO"), "ceremony": ("", "", " ved en ceremoni i Bagdad")},
}

# insertions that describe a person, and those that stand only before a verb
PERSON_ONLY = {"age", "veteran", "paratrooper", "pictured", "pictured-left", "who-previously", "history-trap", "pilot",
               "dash", "quotes-curly", "ancien", "veterano"}
BEFORE_VERB = {"on-day", "formally", "officially", "dash"}

# --- (f) the mission: (a paragraph before, the name in the sentence) -------------------------------
_NAMING = {"nmi": "NATO Mission Iraq advises Iraq's security institutions.",
           "kfor": "KFOR has kept the peace in Kosovo since 1999."}
MISSIONS = {
    ("en", "nmi"): ["NATO Mission Iraq", "NMI", "NATO Mission Iraq (NMI)", "the NATO mission in Iraq",
                    "NATO's mission in Iraq", "NATO's Iraq mission", "the alliance's advisory mission in Iraq",
                    "NATO's non-combat training mission in Iraq", "the NATO-led mission in Iraq",
                    "NATO Mission-Iraq", "the alliance's mission in Iraq", "|the mission"],
    ("en", "kfor"): ["KFOR", "the Kosovo Force (KFOR)", "NATO's Kosovo Force", "the NATO-led Kosovo Force",
                     "NATO's peacekeeping mission in Kosovo", "the NATO-led peacekeeping force in Kosovo",
                     "|the force"],
    ("fr", "nmi"): ["la mission de l'OTAN en Irak", "la NMI", "la Mission de l'OTAN en Irak (NMI)",
                    "la mission de l'Otan en Irak", "|la mission"],
    ("fr", "kfor"): ["la KFOR", "la Force pour le Kosovo (KFOR)", "la force de l'OTAN au Kosovo"],
    ("es", "nmi"): ["la Misión de la OTAN en Irak", "la misión de la OTAN en Irak (NMI)", "la NMI", "|la misión"],
    ("es", "kfor"): ["la KFOR", "la fuerza de la OTAN en Kosovo", "la misión de la OTAN en Kosovo (KFOR)"],
    ("it", "nmi"): ["la missione NATO in Iraq", "la missione della NATO in Iraq", "la NMI", "la NATO Mission Iraq",
                    "|la missione"],
    ("it", "kfor"): ["la KFOR", "la missione NATO in Kosovo", "la forza NATO in Kosovo (KFOR)"],
    ("nl", "nmi"): ["de NAVO-missie in Irak", "NATO Mission Iraq", "de NAVO-trainingsmissie in Irak", "NMI",
                    "|de missie"],
    ("nl", "kfor"): ["KFOR", "de NAVO-vredesmacht in Kosovo (KFOR)"],
    ("da", "nmi"): ["NATO-missionen i Irak", "NATO Mission Iraq", "NMI", "|missionen"],
    ("da", "kfor"): ["KFOR", "den NATO-ledede styrke i Kosovo (KFOR)"],
}

# --- (g) sizes: (the text, the digits it must give) ------------------------------------------------
NUMBERS = {
    "en": [("4,000", "4000"), ("4000", "4000"), ("about 4,000", "4000"), ("some 4,000", "4000"),
           ("around 4,000", "4000"), ("roughly 4,000", "4000"), ("nearly 4,000", "4000"),
           ("more than 4,000", "4000"), ("almost 4,000", "4000"),
           ("approximately 4,000", "4000"), ("an estimated 4,000", "4000"), ("650", "650"), ("about 1,100", "1100"),
           ("1,200", "1200"), ("four thousand", "4000"), ("some 4 000", "4000"), ("just over 500", "500"),
           ("up to 4,000", "4000"), ("around 4,800", "4800"), ("4.000", "4000")],
    "fr": [("4 000", "4000"), ("4\u202f000", "4000"), ("4\u00a0000", "4000"), ("environ 4 000", "4000"),
           ("quelque 4 000", "4000"), ("près de 4 000", "4000"), ("4000", "4000"), ("plus de 4 000", "4000"),
           ("650", "650")],
    "es": [("4.000", "4000"), ("unos 4.000", "4000"), ("cerca de 4.000", "4000"), ("alrededor de 4.000", "4000"),
           ("más de 4.000", "4000"), ("4000", "4000"), ("650", "650")],
    "it": [("4.000", "4000"), ("circa 4.000", "4000"), ("oltre 4.000", "4000"), ("quasi 4.000", "4000"),
           ("4000", "4000"), ("650", "650")],
    "nl": [("4.000", "4000"), ("zo'n 4.000", "4000"), ("ongeveer 4.000", "4000"), ("ruim 4.000", "4000"),
           ("4000", "4000"), ("650", "650")],
    "da": [("4.000", "4000"), ("omkring 4.000", "4000"), ("cirka 4.000", "4000"), ("ca. 4.000", "4000"),
           ("4000", "4000"), ("650", "650")],
}


@dataclass(frozen=True)
class Template:
    id: str
    lang: str
    profile: str  # nmi | kfor
    text: str
    expect: tuple[tuple[str, str, str | tuple[str, ...] | None], ...] = ()
    forbid: tuple[tuple[str, str, str | tuple[str, ...] | None], ...] = ()
    kind: str = "mft"  # mft | dir (the twin's change moves the role)


def T(id: str, lang: str, profile: str, text: str, expect=(), forbid=(), kind="mft") -> Template:
    return Template(id, lang, profile, text, tuple(expect), tuple(forbid), kind)


CUR, PREV, FUT = "current", "previous", "future"
PAST = ("historical", "previous")
NO_CMD = (("commander", "P", CUR),)
TEMPLATES = [
    # English, NATO Mission Iraq: command
    T("en-took-command", "en", "nmi", "{P}{I} took command of {M} {D}.", [("commander", "P", CUR)]),
    T("en-assumed-succeeding", "en", "nmi", "{P}{I} assumed command of {M} {D}, succeeding {Q}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("en-took-over-from", "en", "nmi", "{P}{I} took over from {Q} as commander of {M} {D}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("en-helm", "en", "nmi", "{P}{I} took the helm of {M} {D}.", [("commander", "P", CUR)]),
    T("en-handed-over", "en", "nmi", "{Q}{I} handed over command of {M} to {P} {D}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("en-new-commander-appos", "en", "nmi", "The new commander of {M}, {P}, arrived in Baghdad {D}.",
      [("commander", "P", CUR)]),
    T("en-led-by", "en", "nmi", "{M} is now led by {P}.", [("commander", "P", CUR)]),
    T("en-appos-commander", "en", "nmi",
      "{P}{I}, the commander of {M}, said the mission's advisers were working as normal.",
      [("commander", "P", CUR)]),
    T("en-replaced", "en", "nmi", "{P}{I} replaced {Q} at the head of {M} {D}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("en-became", "en", "nmi", "{P}{I} became the new commander of {M} {D}.", [("commander", "P", CUR)]),
    T("en-multi-para", "en", "nmi",
      "{M} held a change-of-command ceremony in Baghdad {D}. // {P}{I} assumed command of the mission from {Q}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("en-quote-said", "en", "nmi", "\"The mission's advisers are working as normal,\" said {P}, commander of {M}.",
      [("commander", "P", CUR)]),
    # English, directional twins of en-took-command
    T("en-dir-future", "en", "nmi", "{P}{I} will take command of {M} next month.", [("commander", "P", FUT)], NO_CMD,
      "dir"),
    T("en-dir-appointed", "en", "nmi",
      "{P}{I} has been appointed the next commander of {M} and will take up the post in January.",
      [("commander", "P", FUT)], NO_CMD, "dir"),
    T("en-dir-modal", "en", "nmi", "{P}{I} may take command of {M} early next year, officials said.", [], NO_CMD,
      "dir"),
    T("en-dir-negation", "en", "nmi", "{P}{I} has not taken command of {M}, officials said {D}.", [], NO_CMD, "dir"),
    T("en-dir-history", "en", "nmi", "In 2019, {P}{I} took command of {M}.", [], NO_CMD, "dir"),
    T("en-dir-former", "en", "nmi", "{P}{I}, a former commander of {M}, spoke at a conference in Rome {D}.",
      [("commander", "P", PAST)], NO_CMD, "dir"),
    # English, KFOR
    T("en-kfor-took-command", "en", "kfor", "{P}{I} took command of {M} {D}.", [("commander", "P", CUR)]),
    T("en-kfor-handed-over", "en", "kfor", "{Q}{I} handed over command of {M} to {P} at a ceremony in Pristina {D}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("en-kfor-title", "en", "kfor", "{M} commander {P} met Serbian officials in Raska {D}.",
      [("commander", "P", CUR)]),
    T("en-kfor-dir-future", "en", "kfor", "{P}{I} will take command of {M} in October.", [("commander", "P", FUT)],
      NO_CMD, "dir"),
    # English: status and size
    T("en-suspended", "en", "nmi", "{M}{I} suspended its training activities {D} after a rocket attack.",
      [("status", "suspended", CUR)]),
    T("en-resumed", "en", "nmi", "{M}{I} resumed its advisory work {D}.", [("status", "resumed", CUR)]),
    T("en-relocated", "en", "nmi", "{M}{I} has temporarily relocated its personnel to Kuwait.",
      [("status", "relocated", CUR)]),
    T("en-dir-status-modal", "en", "nmi", "{M}{I} could suspend its training activities if attacks continue.", [],
      (("status", "suspended", CUR),), "dir"),
    T("en-dir-status-negation", "en", "nmi", "{M}{I} has not suspended its training activities, officials said {D}.",
      [], (("status", "suspended", CUR),), "dir"),
    T("en-dir-status-history", "en", "nmi", "In January 2020, {M}{I} suspended its training activities.", [],
      (("status", "suspended", CUR),), "dir"),
    T("en-size-has", "en", "nmi", "{M}{I} has {N} personnel.", [("personnel", "N", CUR)]),
    T("en-size-numbers", "en", "nmi", "{M}{I} numbers {N} military and civilian staff.", [("personnel", "N", CUR)]),
    T("en-kfor-size", "en", "kfor", "{M}{I} has {N} troops from 27 countries.", [("personnel", "N", CUR)]),
    # English: other verbs and shapes
    T("en-took-charge", "en", "nmi", "{P}{I} took charge of {M} {D}.", [("commander", "P", CUR)]),
    T("en-reins", "en", "nmi", "{P}{I} has taken the reins of {M}, replacing {Q}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("en-relieved", "en", "nmi", "{P}{I} relieved {Q} as commander of {M} {D}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("en-passive-succeeded", "en", "nmi", "{Q}{I} was succeeded as commander of {M} by {P} {D}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("en-headline-takes", "en", "nmi", "{P} takes command of {M}", [("commander", "P", CUR)]),
    T("en-is-new-commander", "en", "nmi", "{P}{I} is the new commander of {M}.", [("commander", "P", CUR)]),
    T("en-commands", "en", "nmi", "{M}, which is commanded by {P}, trains instructors at Iraqi military schools.",
      [("commander", "P", CUR)]),
    T("en-succeeds-as", "en", "nmi", "{P}{I} succeeds {Q} as commander of {M}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("en-dir-will-hand-over", "en", "nmi", "{Q}{I} will hand over command of {M} to {P} next month.",
      [("commander", "P", FUT)], (("commander", "P", CUR),), "dir"),
    T("en-dir-named", "en", "nmi", "NATO has named {P} as the next commander of {M}.", [("commander", "P", FUT)],
      NO_CMD, "dir"),
    T("en-paused", "en", "nmi", "{M}{I} has paused its training and advisory activities {D}.",
      [("status", "suspended", CUR)]),
    T("en-on-hold", "en", "nmi", "The alliance put {M} on hold {D} after drone strikes near Baghdad.",
      [("status", "suspended", CUR)]),
    T("en-restarted", "en", "nmi", "{M}{I} restarted training at the Iraqi Joint Staff College {D}.",
      [("status", "resumed", CUR)]),
    T("en-size-strength", "en", "nmi", "The strength of {M} now stands at {N} personnel.", [("personnel", "N", CUR)]),
    T("en-size-serve", "en", "nmi", "{N} troops from allied and partner nations serve with {M}.",
      [("personnel", "N", CUR)]),
    T("en-kfor-assumed-from", "en", "kfor", "{P}{I} assumed command of {M} from {Q} {D}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    # English: pronouns, relative clauses, speakers, passives
    T("en-new-commander-pronoun", "en", "nmi", "{M} has a new commander. // {P}{I} took over {D}, succeeding {Q}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("en-who-took-command", "en", "nmi",
      "{P}, who took command of {M} in May, said the mission would keep its advisers in Baghdad.",
      [("commander", "P", CUR)]),
    T("en-speaker-status", "en", "nmi",
      "{M} commander {P} said {D} that the mission had suspended its training activities.",
      [("commander", "P", CUR), ("status", "suspended", CUR)]),
    T("en-passive-status", "en", "nmi", "Training by {M} has been suspended{I} {D}, the alliance said.",
      [("status", "suspended", CUR)]),
    T("en-halted", "en", "nmi", "{M}'s advisory activities were halted {D} after an attack on its headquarters.",
      [("status", "suspended", CUR)]),
    # traps: another post, another mission, a contingent, a deputy; whole-article noise around the fact
    T("en-trap-coalition", "en", "nmi",
      "{P}{I}, commander of the US-led coalition's Operation Inherent Resolve, met {M} advisers in Baghdad {D}.",
      [], (("commander", "*", None),), "trap"),
    T("en-trap-deputy", "en", "nmi", "{P}{I}, the deputy commander of {M}, visited the Iraqi military academy {D}.",
      [], (("commander", "*", None),), "trap"),
    T("en-trap-contingent", "en", "nmi", "{P}{I} took command of the Swedish contingent in {M} {D}.", [],
      (("commander", "*", None),), "trap"),
    T("en-trap-iraqi-command", "en", "nmi",
      "{P}{I} took command of Iraq's Joint Operations Command {D}. {M} advisers work closely with its staff.",
      [], (("commander", "*", None),), "trap"),
    T("en-trap-contingent-size", "en", "nmi", "Sweden's contingent in {M} numbers {N} soldiers.", [],
      (("personnel", "*", None),), "trap"),
    T("en-article", "en", "nmi",
      "The US-led coalition has ended its combat mission in Iraq, officials said. // {P}{I} took command of {M} {D}, "
      "succeeding {Q}. // EUAM Iraq, the EU's advisory mission, has paused its activities in Erbil.",
      [("commander", "P", CUR), ("commander", "Q", PREV)], (("status", "*", None),)),
    # French, Spanish, Italian, Dutch, Danish: command and status
    T("fr-pris-commandement", "fr", "nmi", "{P}{I} a pris le commandement de {M} {D}.", [("commander", "P", CUR)]),
    T("fr-succede", "fr", "nmi", "{P}{I} a pris le commandement de {M} {D}. Il succède à {Q}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("fr-suspendu", "fr", "nmi", "{M}{I} a suspendu ses activités de formation {D}.", [("status", "suspended", CUR)]),
    T("fr-kfor", "fr", "kfor", "{P}{I} a pris le commandement de {M} {D}.", [("commander", "P", CUR)]),
    T("fr-size", "fr", "nmi", "{M}{I} compte {N} militaires.", [("personnel", "N", CUR)]),
    T("es-asumio-mando", "es", "nmi", "{P}{I} asumió el mando de {M} {D}.", [("commander", "P", CUR)]),
    T("es-sustitucion", "es", "nmi", "{P}{I} asumió el mando de {M} {D}, en sustitución de {Q}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("es-suspendio", "es", "nmi", "{M}{I} suspendió sus actividades de entrenamiento {D}.",
      [("status", "suspended", CUR)]),
    T("es-kfor", "es", "kfor", "{P}{I} asumió el mando de {M} {D}.", [("commander", "P", CUR)]),
    T("it-assunto-comando", "it", "nmi", "{P}{I} ha assunto il comando di {M} {D}.", [("commander", "P", CUR)]),
    T("it-subentra", "it", "nmi", "{P}{I} ha assunto il comando di {M} {D}, subentrando a {Q}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("it-sospeso", "it", "nmi", "{M}{I} ha sospeso le attività di addestramento {D}.", [("status", "suspended", CUR)]),
    T("it-kfor", "it", "kfor", "{P}{I} ha assunto il comando di {M} {D}.", [("commander", "P", CUR)]),
    T("nl-commando-overgenomen", "nl", "nmi", "{P}{I} heeft {D} het commando over {M} overgenomen.",
      [("commander", "P", CUR)]),
    T("nl-opgeschort", "nl", "nmi", "{M}{I} heeft {D} de trainingsactiviteiten opgeschort.",
      [("status", "suspended", CUR)]),
    T("nl-kfor", "nl", "kfor", "{P}{I} heeft {D} het commando over {M} overgenomen.", [("commander", "P", CUR)]),
    T("da-overtog-kommandoen", "da", "nmi", "{P}{I} overtog {D} kommandoen over {M}.", [("commander", "P", CUR)]),
    T("da-afloser", "da", "nmi", "{P}{I} overtog {D} kommandoen over {M}. Han afløser {Q}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("da-suspenderet", "da", "nmi", "{M}{I} har {D} suspenderet træningsaktiviteterne.",
      [("status", "suspended", CUR)]),
    T("da-kfor", "da", "kfor", "{P}{I} overtog {D} kommandoen over {M}.", [("commander", "P", CUR)]),
    T("fr-prend-la-tete", "fr", "nmi", "{P}{I} a pris la tête de {M} {D}, succédant à {Q}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("fr-nomme", "fr", "nmi", "{P}{I} a été nommé commandant de {M} et prendra ses fonctions en janvier.",
      [("commander", "P", FUT)], NO_CMD, "dir"),
    T("fr-reprise", "fr", "nmi", "{M}{I} a repris ses activités de formation {D}.", [("status", "resumed", CUR)]),
    T("es-tomo-mando", "es", "nmi", "{P}{I} tomó el mando de {M} {D}, relevando a {Q}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("es-reanudo", "es", "nmi", "{M}{I} reanudó sus actividades de entrenamiento {D}.", [("status", "resumed", CUR)]),
    T("es-size", "es", "nmi", "{M}{I} cuenta con {N} efectivos.", [("personnel", "N", CUR)]),
    T("it-nuovo-comandante", "it", "nmi", "{P}{I} è il nuovo comandante di {M}.", [("commander", "P", CUR)]),
    T("it-size", "it", "nmi", "{M}{I} conta {N} militari.", [("personnel", "N", CUR)]),
    T("nl-volgt-op", "nl", "nmi", "{P}{I} heeft {D} het commando over {M} overgenomen. Hij volgt {Q} op.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("nl-size", "nl", "nmi", "{M}{I} telt {N} militairen.", [("personnel", "N", CUR)]),
    T("da-size", "da", "nmi", "{M}{I} har {N} soldater.", [("personnel", "N", CUR)]),
    T("fr-succede-a-la-tete", "fr", "nmi", "{P}{I} a succédé à {Q} à la tête de {M} {D}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("fr-commandee-par", "fr", "nmi", "{M} est désormais commandée par {P}.", [("commander", "P", CUR)]),
    T("es-dirigida-por", "es", "nmi", "{M} está ahora dirigida por {P}.", [("commander", "P", CUR)]),
    T("es-relevo", "es", "nmi", "{P}{I} relevó a {Q} al frente de {M} {D}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("it-subentrato", "it", "nmi", "{P}{I} è subentrato a {Q} alla guida di {M} {D}.",
      [("commander", "P", CUR), ("commander", "Q", PREV)]),
    T("it-ripreso", "it", "nmi", "{M}{I} ha ripreso le attività di addestramento {D}.", [("status", "resumed", CUR)]),
    T("nl-nieuwe-commandant", "nl", "nmi", "{P}{I} is de nieuwe commandant van {M}.", [("commander", "P", CUR)]),
    T("nl-hervat", "nl", "nmi", "{M}{I} heeft {D} de trainingsactiviteiten hervat.", [("status", "resumed", CUR)]),
    T("da-ny-chef", "da", "nmi", "{P}{I} er ny chef for {M}.", [("commander", "P", CUR)]),
    T("da-genoptaget", "da", "nmi", "{M}{I} har {D} genoptaget træningsaktiviteterne.", [("status", "resumed", CUR)]),
]

# contractions of a preposition and the article a rank or a mission name brings
_CONTRACT = {
    "fr": [(r"\bde le\b", "du"), (r"\bà le\b", "au"), (r"\bde les\b", "des"), (r"\bà les\b", "aux")],
    "es": [(r"\bde el\b", "del"), (r"\ba el\b", "al")],
    "it": [(r"\bdi il\b", "del"), (r"\ba il\b", "al"), (r"\bda il\b", "dal"), (r"\bdi la\b", "della"),
           (r"\ba la\b", "alla"), (r"\bdi l'", "dell'"), (r"\ba l'", "all'"), (r"\bda l'", "dall'")],
    "nl": [], "da": [], "en": [],
}


@dataclass
class Case:
    template: Template
    paragraphs: tuple[str, ...]
    values: dict[str, str]  # dimension -> the value used
    p_name: str = ""
    q_name: str = ""
    number: str = ""
    dims: dict[str, str] = field(default_factory=dict)


def _base(template: Template) -> dict[str, object]:
    lang = template.lang
    return {"name": BASE_NAME, "rank": BASE_RANK[lang], "nationality": ("none", "", ""),
            "date": BASE_DATE[lang], "insertion": "none", "mission": MISSIONS[(lang, template.profile)][0],
            "number": NUMBERS[lang][0]}


def render(template: Template, choice: dict[str, object]) -> Case:
    """The case a template gives with these dimension values."""
    lang = template.lang
    name = str(choice["name"])
    rank = str(choice["rank"])
    _, pre, post = choice["nationality"]  # type: ignore[misc]
    if lang != "en" and pre:
        rank = str(pre)  # another language's nationality is said inside the rank phrase
        pre = ""
    person = f"{pre}{rank} {name}{post}".strip()
    second_name = str(choice.get("second", BASE_NAME_2))
    if second_name == name:
        second_name = BASE_NAME if name != BASE_NAME else BASE_NAME_2
    second = f"{BASE_RANK[lang]} {second_name}"
    lead, mid, tail = INSERTIONS[lang][str(choice["insertion"])]
    mission = str(choice["mission"])
    before = ""
    if mission.startswith("|"):
        before, mission = _NAMING[template.profile], mission[1:]
    number_text, digits = choice["number"]  # type: ignore[misc]
    text = template.text
    text = (text.replace("{P}", person).replace("{Q}", second).replace("{I}", mid).replace("{M}", mission)
            .replace("{N}", str(number_text)))
    when = str(choice["date"])
    text = re.sub(r" ?\{D\}", (" " + when) if when else "", text)
    text = re.sub(r"\s+([,.])", r"\1", text)
    if tail:
        text = re.sub(r"\.$", tail + ".", text, count=1)
    for pattern, replacement in _CONTRACT[lang]:
        text = re.sub(pattern, replacement, text)
    paragraphs = [p.strip() for p in text.split("//")]
    paragraphs = [p[:1].upper() + p[1:] for p in paragraphs]
    paragraphs[0] = lead + paragraphs[0]
    if before:
        paragraphs.insert(0, before)
    return Case(template, tuple(paragraphs), {}, p_name=name, q_name=second_name, number=str(digits))


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
                                 .replace("Ø", "O").replace("đ", "d").replace("Đ", "D").replace("æ", "ae")
                                 .replace("þ", "th").replace("Þ", "Th").replace("ð", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _matches(fact, slot: str, value: str, role, case: Case) -> bool:
    if fact.slot != slot:
        return False
    wanted = {"P": case.p_name, "Q": case.q_name}.get(value, value)
    if value == "*":
        pass
    elif value == "N":
        if re.sub(r"\D", "", fact.value) != case.number:
            return False
    elif fold(wanted) not in fold(fact.value):
        return False
    if role is None:
        return True
    roles = role if isinstance(role, tuple) else (role,)
    return (fact.role or "current") in roles


def shape(facts, slots: set[str] | None = None) -> set[tuple[str, str]]:
    """What a perturbation must not change: the slots stated (of those given) and their roles."""
    return {(f.slot, f.role or "current") for f in facts if slots is None or f.slot in slots}


def tested_slots(template: Template) -> set[str]:
    return {slot for slot, _, _ in (*template.expect, *template.forbid)}


def check(case: Case, facts, base: set[tuple[str, str]] | None = None) -> tuple[bool, str]:
    """Whether the facts are those the case asks for (and, given the base case's, the same slots and
    roles: an invariance), and what is wrong."""
    wrong = []
    now = shape(facts, tested_slots(case.template))
    if base is not None and now != base:
        wrong.append(f"changed from the base: +{sorted(now - base)} -{sorted(base - now)}")
    for slot, value, role in case.template.expect:
        if not any(_matches(f, slot, value, role, case) for f in facts):
            wrong.append(f"missing {slot}="
                         f"{ {'P': case.p_name, 'Q': case.q_name, 'N': case.number}.get(value, value)}[{role}]")
    for slot, value, role in case.template.forbid:
        if any(_matches(f, slot, value, role, case) for f in facts):
            wrong.append(f"forbidden {slot}[{role}]")
    return not wrong, "; ".join(wrong)


def dimension_values(template: Template) -> dict[str, list[object]]:
    """Each dimension's values that apply to a template (a dimension its text lacks does not vary)."""
    lang, text = template.lang, template.text
    dims: dict[str, list[object]] = {}
    # (each full name in a third of the templates, every one-word surname in all)
    third = TEMPLATES.index(template) % 3 if template in TEMPLATES else 0
    if "{P}" in text or "{Q}" in text:
        dims["name"] = [*NAMES[third::3], *SURNAMES]
    if "{Q}" in text:
        dims["second"] = [*NAMES[(third + 1) % 3::3], *SURNAMES]
        dims["rank"] = RANKS[lang]
        if lang == "en":
            dims["nationality"] = [(form, *make(*nation)) for form, make in NATIONALITY_FORMS["en"].items()
                                   for nation in NATIONS[::3]]
        else:
            dims["nationality"] = [("other", pre, post) for pre, post in NATIONALITY_OTHER[lang]]
    if "{D}" in text and "In 2019" not in text:
        dims["date"] = DATES[lang]
    mid = re.search(r"\{([PQM])\}\{I\}(.)?", text)
    dims["insertion"] = [i for i in INSERTIONS[lang] if (mid is None and not (INSERTIONS[lang][i][1]))
                         or (mid is not None and not (mid.group(1) == "M" and i in PERSON_ONLY)
                         and not ((mid.group(2) in (",", ".") or template.kind == "dir") and i in BEFORE_VERB))]
    dims["mission"] = MISSIONS[(lang, template.profile)]
    if "//" in text and text.index("{M}") > text.index("//"):
        # a reference after a paragraph about another actor's mission is that one's: no variant
        dims["mission"] = [m for m in dims["mission"] if not m.startswith("|")]
    if "{N}" in text:
        dims["number"] = NUMBERS[lang]
    return dims


def label(dimension: str, value: object) -> str:
    if dimension == "nationality":
        form, pre, post = value  # type: ignore[misc]
        return f"{form}: {(pre + '_' + post).strip()}" if form != "none" else "none"
    if dimension == "number":
        return str(value[0])  # type: ignore[index]
    return str(value) or "(none)"


def generate(seed: int = 8, random_count: int = 1000) -> list[tuple[Case, dict[str, str]]]:
    """One dimension at a time from each template's base, then random combinations."""
    rng = random.Random(seed)
    cases: list[tuple[Case, dict[str, str]]] = []
    for template in TEMPLATES:
        dims = dimension_values(template)
        base = _base(template)
        for dimension, values in dims.items():
            for value in values:
                choice = {**base, dimension: value}
                cases.append((render(template, choice), {dimension: label(dimension, value)}))
    for _ in range(random_count):
        template = rng.choice(TEMPLATES)
        dims = dimension_values(template)
        choice = {**_base(template), **{d: rng.choice(v) for d, v in dims.items()}}
        cases.append((render(template, choice), {"random": "random"}))
    return cases


def run(cases, profiles) -> list[tuple[bool, str, list]]:
    from monitor.facts import extract_facts
    from monitor.models import Document

    def read(case: Case):
        document = Document("http://perturb.test/a", "", case.paragraphs, PUBLISHED, date_source="meta")
        return extract_facts(document, profiles[case.template.profile])

    bases = {t.id: shape(read(render(t, _base(t))), tested_slots(t)) for t in TEMPLATES}
    results = []
    for case, _ in cases:
        facts = read(case)
        ok, why = check(case, facts, bases[case.template.id])
        results.append((ok, why, facts))
    return results


def load_profiles():
    from monitor.profile import load_profile
    return {"nmi": load_profile("nato_mission_iraq"), "kfor": load_profile("kfor")}


def report(cases, results, show: int = 0, out=sys.stdout) -> float:
    per_template: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_value: dict[tuple[str, str], list] = defaultdict(lambda: [0, 0, None])
    for (case, dims), (ok, why, facts) in zip(cases, results, strict=True):
        per_template[case.template.id][0] += ok
        per_template[case.template.id][1] += 1
        for dimension, value in dims.items():
            key = (dimension, f"{case.template.lang}: {value}" if dimension in ("rank", "date", "insertion", "mission",
                                                                              "number", "nationality") else value)
            entry = per_value[key]
            entry[0] += ok
            entry[1] += 1
            if not ok and entry[2] is None:
                entry[2] = (" // ".join(case.paragraphs), why,
                            "; ".join(f"{f.slot}={f.value}[{f.role}]" for f in facts))
    passed = sum(ok for ok, _, _ in results)
    rate = passed / len(results)
    print(f"OVERALL {passed}/{len(results)} ({rate:.1%})", file=out)
    print("\n== per template (worst first)", file=out)
    for tid, (ok, n) in sorted(per_template.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])):
        print(f"  {ok / n:6.1%} {ok:4}/{n:<4} {tid}", file=out)
    by_dimension: dict[str, list] = defaultdict(list)
    for (dimension, value), entry in per_value.items():
        by_dimension[dimension].append((value, *entry))
    for dimension, entries in by_dimension.items():
        ok_all, n_all = sum(e[1] for e in entries), sum(e[2] for e in entries)
        print(f"\n== {dimension}: {ok_all}/{n_all} ({ok_all / n_all:.1%}); values worst first", file=out)
        for value, ok, n, sample in sorted(entries, key=lambda e: (e[1] / e[2], e[0])):
            if ok == n and dimension != "random":
                continue
            print(f"  {ok / n:6.1%} {ok:3}/{n:<3} {value}", file=out)
            if sample:
                print(f"         e.g. {sample[0]}\n              {sample[1]} | got: {sample[2] or 'nothing'}", file=out)
        clean = sum(1 for e in entries if e[1] == e[2])
        print(f"  ({clean} of {len(entries)} values pass everywhere)", file=out)
    if show:
        print("\n== failures", file=out)
        for (case, dims), (ok, why, facts) in list(zip(cases, results, strict=True)):
            if not ok and show > 0:
                show -= 1
                print(f"- [{case.template.id}] {dims} {' // '.join(case.paragraphs)}\n    {why} | got: "
                      + ("; ".join(f"{f.slot}={f.value}[{f.role}]" for f in facts) or "nothing"), file=out)
    return rate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--random", type=int, default=1000, help="random combinations after the one-at-a-time sweep")
    parser.add_argument("--show", type=int, default=0, help="print this many failures in full")
    parser.add_argument("--template", action="append", help="only templates whose id starts so")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    cases = generate(args.seed, args.random)
    if args.template:
        cases = [c for c in cases if c[0].template.id.startswith(tuple(args.template))]
    profiles = load_profiles()
    started = time.perf_counter()
    results = run(cases, profiles)
    report(cases, results, args.show)
    print(f"\n{len(cases)} sentences in {time.perf_counter() - started:.1f} s", file=sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
