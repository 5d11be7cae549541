#!/usr/bin/env python3
"""Writes a scenario whose texts are its strings table's translations (a scenario written in
the table's language, for tests): `scripts/translate_ron.py scenarios/keyboard.ron
scenarios/keyboard.zh-CN.csv > tests/fixtures/keyboard-zh.ron`.

Each quoted RON string equal to a row's source becomes the row's translation; ids, which are
never translated, are left alone because no source text is an id. `key-account check` on the
result, and tests/i18n_cli.rs, confirm every text was replaced. Two texts with the same source
and different translations (a seller and its offer both "D Keyboard") get the first; fix
those by hand."""
import csv
import io
import sys


def ron_quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main(ron_path, csv_path):
    ron = open(ron_path, encoding="utf-8").read()
    rows = list(csv.DictReader(io.open(csv_path, encoding="utf-8-sig", newline="")))
    # Longest sources first, so a text that contains another is replaced whole.
    for row in sorted(rows, key=lambda r: -len(r["source"])):
        if row["translation"].strip():
            ron = ron.replace(ron_quote(row["source"]), ron_quote(row["translation"]))
    sys.stdout.write(ron)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
