"""Seeded generator of the pandas-cleaning task: messy customer tables and their cleaned versions.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (standard library and
numpy only; the expected outputs are computed by the plain-Python reference functions below, not by pandas).

Method.  Each of the four functions of the statement gets its own kind of messy table, drawn with numpy's
``default_rng(SEED)``:

* dates (``order_id``, ``order_date``): a uniform date in 2022..2024 written in one of the five accepted
  formats, sometimes padded with spaces; 12% junk (empty, ``N/A``, ``unknown``, impossible dates such as
  ``31/02/2024``, ``2024-13-01``);
* categories (``customer_id``, ``country``, ``plan``): an alias of a known country (see ``COUNTRIES``)
  with random case, dots, doubled inner spaces and padding, or an unknown country, or empty; a plan
  name in random case with padding, or empty;
* duplicates (``customer_id``, ``email``, ``name``, ``updated_at``): customers, a third of them
  re-entered one to three times with the e-mail in another case or padded and another timestamp
  (sometimes the same timestamp, to exercise the tie rule), then shuffled;
* missing values (``customer_id``, ``region``, ``age``, ``income``, ``segment``): incomes depend on the
  region; ages, incomes and segments are blanked at random, one region losing every income.

``data/`` gets one sample of each kind for the candidate to explore; ``hidden/`` gets, per function, a
hand-written edge-case table and two more generated tables (inputs and expected outputs as CSV) and the
probe cases (``hidden/<function>.yaml``).
"""

import csv
import datetime as dt
import statistics
from pathlib import Path

import numpy as np

SEED = 9137
HERE = Path(__file__).resolve().parent
MISSING = {"", "N/A", "NA", "n/a", "NaN", "nan", "null", "NULL"}  # what pandas' read_csv reads as missing
FORMATS = ["%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%d %b %Y", "%B %d, %Y"]
COUNTRIES = {
    "GB": ["uk", "gb", "united kingdom", "great britain", "england"],
    "DE": ["de", "germany", "deutschland"],
    "FR": ["fr", "france"],
    "US": ["us", "usa", "united states", "united states of america", "america"],
    "ES": ["es", "spain"],
}
ALIASES = {alias: code for code, aliases in COUNTRIES.items() for alias in aliases}
UNKNOWN_COUNTRIES = ["Italy", "Canada", "Narnia", "Atlantis", "Brazil"]
PLANS = ["free", "basic", "pro"]
REGIONS = {"north": 38000, "south": 31000, "east": 45000, "west": 52000, "islands": 29000}
SEGMENTS = ["consumer", "small-business", "enterprise"]


# ----------------------------------------------------------------------------- reference functions

def missing(value):
    return value is None or value in MISSING


def parse_date(value):
    if missing(value):
        return None
    text = value.strip()
    for fmt in FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).strftime("%Y-%m-%d")
        except ValueError:
            continue
    return None


def ref_parse_dates(rows):
    return [{**row, "order_date": parse_date(row["order_date"])} for row in rows]


def normal_country(value):
    if missing(value):
        return None
    key = " ".join(value.strip().lower().replace(".", "").split())
    return ALIASES.get(key, "OTHER")


def ref_normalise_categories(rows):
    return [{**row, "country": normal_country(row["country"]),
             "plan": None if missing(row["plan"]) else row["plan"].strip().lower()} for row in rows]


def ref_deduplicate(rows):
    best = {}
    for index, row in enumerate(rows):
        key = row["email"].strip().lower()
        if key not in best or row["updated_at"] > rows[best[key]]["updated_at"]:
            best[key] = index
    keep = sorted(best.values())
    return [{**rows[i], "email": rows[i]["email"].strip().lower()} for i in keep]


def ref_impute(rows):
    def number(value):
        return None if missing(value) else float(value)
    incomes = [number(r["income"]) for r in rows]
    ages = [number(r["age"]) for r in rows]
    overall_income = statistics.median(v for v in incomes if v is not None)
    by_region = {}
    for row, income in zip(rows, incomes):
        if income is not None:
            by_region.setdefault(row["region"], []).append(income)
    age_median = statistics.median(v for v in ages if v is not None)
    counts = {}
    for row in rows:
        if not missing(row["segment"]):
            counts[row["segment"]] = counts.get(row["segment"], 0) + 1
    top = max(counts.values())
    mode = min(s for s, c in counts.items() if c == top)
    out = []
    for row, income, age in zip(rows, incomes, ages):
        region_known = by_region.get(row["region"])
        out.append({**row,
                    "age": age if age is not None else age_median,
                    "income": income if income is not None else (
                        statistics.median(region_known) if region_known else overall_income),
                    "segment": row["segment"] if not missing(row["segment"]) else mode,
                    "income_imputed": int(income is None)})
    return out


# ----------------------------------------------------------------------------- messy tables

def pad(rng, text):
    roll = rng.random()
    return f" {text}" if roll < 0.1 else f"{text}  " if roll < 0.2 else text


def random_case(rng, text):
    roll = rng.random()
    return text.upper() if roll < 0.3 else text.title() if roll < 0.6 else text.lower() if roll < 0.85 else text


def date_table(rng, n, start):
    junk = ["", "N/A", "unknown", "31/02/2024", "2024-13-01", "yesterday", "30 Feb 2023", "2023/00/10"]
    rows = []
    for i in range(n):
        if rng.random() < 0.12:
            value = junk[rng.integers(len(junk))]
        else:
            day = dt.date(2022, 1, 1) + dt.timedelta(days=int(rng.integers(0, 1096)))
            fmt = FORMATS[rng.integers(len(FORMATS))]
            value = pad(rng, day.strftime(fmt).replace(" 0", " ").lstrip("0") if fmt in ("%d %b %Y", "%B %d, %Y")
                        else day.strftime(fmt))
        rows.append({"order_id": f"o{start + i:05d}", "order_date": value})
    return rows


def category_table(rng, n, start):
    rows = []
    for i in range(n):
        roll = rng.random()
        if roll < 0.08:
            country = ""
        elif roll < 0.18:
            country = UNKNOWN_COUNTRIES[rng.integers(len(UNKNOWN_COUNTRIES))]
        else:
            code = list(COUNTRIES)[rng.integers(len(COUNTRIES))]
            alias = COUNTRIES[code][rng.integers(len(COUNTRIES[code]))]
            if len(alias) <= 3 and rng.random() < 0.4:
                alias = ".".join(alias) + "."
            if " " in alias and rng.random() < 0.3:
                alias = alias.replace(" ", "  ", 1)
            country = pad(rng, random_case(rng, alias))
        plan = "" if rng.random() < 0.07 else pad(rng, random_case(rng, PLANS[rng.integers(3)]))
        rows.append({"customer_id": f"c{start + i:05d}", "country": country, "plan": plan})
    return rows


FIRST = ["ana", "ben", "chloe", "dev", "emma", "farid", "grace", "hugo", "iris", "jonas", "kim", "liam", "mia",
         "noah", "olga", "priya", "quinn", "rosa", "sam", "tariq"]
LAST = ["smith", "garcia", "muller", "rossi", "dubois", "khan", "novak", "silva", "jensen", "tanaka"]
DOMAINS = ["example.com", "mail.test", "post.example.org"]


def duplicate_table(rng, n, start):
    rows = []
    for i in range(n):
        first, last = FIRST[rng.integers(len(FIRST))], LAST[rng.integers(len(LAST))]
        email = f"{first}.{last}{start + i}@{DOMAINS[rng.integers(len(DOMAINS))]}"
        stamp = dt.datetime(2024, 1, 1) + dt.timedelta(minutes=int(rng.integers(0, 525600)))
        base = {"customer_id": f"c{start + i:05d}", "email": email, "name": f"{first.title()} {last.title()}"}
        rows.append({**base, "updated_at": stamp.strftime("%Y-%m-%d %H:%M:%S")})
        if rng.random() < 0.35:
            for _ in range(int(rng.integers(1, 4))):
                other = stamp if rng.random() < 0.2 else stamp + dt.timedelta(minutes=int(rng.integers(-50000, 50000)))
                variant = email.upper() if rng.random() < 0.3 else email.title() if rng.random() < 0.3 else email
                name = base["name"] if rng.random() < 0.5 else base["name"].upper()
                rows.append({**base, "email": pad(rng, variant), "name": name,
                             "updated_at": other.strftime("%Y-%m-%d %H:%M:%S")})
    order = rng.permutation(len(rows))
    return [rows[j] for j in order]


def missing_table(rng, n, start, empty_region="islands"):
    rows = []
    for i in range(n):
        region = list(REGIONS)[rng.integers(len(REGIONS))]
        income = int(round(REGIONS[region] * rng.lognormal(0, 0.3), -2))
        age = int(np.clip(rng.normal(42, 12), 18, 90))
        segment = SEGMENTS[rng.choice(3, p=[0.5, 0.35, 0.15])]
        rows.append({"customer_id": f"c{start + i:05d}", "region": region,
                     "age": "" if rng.random() < 0.15 else age,
                     "income": "" if rng.random() < 0.2 or region == empty_region else income,
                     "segment": "" if rng.random() < 0.1 else segment})
    return rows


EDGE_CASES = {
    "parse_dates": [
        {"order_id": "e1", "order_date": "2024-02-29"}, {"order_id": "e2", "order_date": "29/02/2023"},
        {"order_id": "e3", "order_date": "  01/12/2023 "}, {"order_id": "e4", "order_date": "1 Dec 2023"},
        {"order_id": "e5", "order_date": "December 1, 2023"}, {"order_id": "e6", "order_date": "2023/12/01"},
        {"order_id": "e7", "order_date": ""}, {"order_id": "e8", "order_date": "12/31/2023"},
        {"order_id": "e9", "order_date": "N/A"}, {"order_id": "e10", "order_date": "3 Jan 2022"}],
    "normalise_categories": [
        {"customer_id": "e1", "country": " U.K. ", "plan": "PRO"}, {"customer_id": "e2", "country": "united  states", "plan": " basic"},
        {"customer_id": "e3", "country": "Deutschland", "plan": ""}, {"customer_id": "e4", "country": "", "plan": "Free "},
        {"customer_id": "e5", "country": "Italy", "plan": "pro"}, {"customer_id": "e6", "country": "u.s.a.", "plan": "Basic"},
        {"customer_id": "e7", "country": "ENGLAND", "plan": "free"}, {"customer_id": "e8", "country": "es", "plan": "PRO  "}],
    "deduplicate": [
        {"customer_id": "c1", "email": "a@x.test", "name": "A One", "updated_at": "2024-05-01 10:00:00"},
        {"customer_id": "c2", "email": "b@x.test", "name": "B Two", "updated_at": "2024-05-01 09:00:00"},
        {"customer_id": "c1", "email": " A@X.test", "name": "A ONE", "updated_at": "2024-06-01 10:00:00"},
        {"customer_id": "c2", "email": "B@x.test ", "name": "B TWO", "updated_at": "2024-05-01 09:00:00"},
        {"customer_id": "c3", "email": "c@x.test", "name": "C Three", "updated_at": "2024-01-01 00:00:00"},
        {"customer_id": "c1", "email": "a@x.test", "name": "A 1", "updated_at": "2024-04-01 10:00:00"}],
    "impute": [
        {"customer_id": "e1", "region": "north", "age": 30, "income": 100, "segment": "b"},
        {"customer_id": "e2", "region": "north", "age": "", "income": 300, "segment": "a"},
        {"customer_id": "e3", "region": "north", "age": 50, "income": "", "segment": ""},
        {"customer_id": "e4", "region": "south", "age": 41, "income": 1000, "segment": "b"},
        {"customer_id": "e5", "region": "east", "age": "", "income": "", "segment": "a"},
        {"customer_id": "e6", "region": "south", "age": 20, "income": "", "segment": ""}],
}
FUNCTIONS = {
    "parse_dates": (date_table, ref_parse_dates, ["order_id", "order_date"]),
    "normalise_categories": (category_table, ref_normalise_categories, ["customer_id", "country", "plan"]),
    "deduplicate": (duplicate_table, ref_deduplicate, ["customer_id", "email", "name", "updated_at"]),
    "impute": (missing_table, ref_impute, ["customer_id", "region", "age", "income", "segment"]),
}
SAMPLE_NAMES = {"parse_dates": "orders_dates.csv", "normalise_categories": "customers_categories.csv",
                "deduplicate": "customers_duplicates.csv", "impute": "customers_missing.csv"}


def write_rows(path, columns, rows):
    with open(HERE / path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row[c] is None else row[c] for c in columns])


def main():
    rng = np.random.default_rng(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "hidden").mkdir(exist_ok=True)
    for name, (make, reference, columns) in FUNCTIONS.items():
        out_columns = columns + (["income_imputed"] if name == "impute" else [])
        write_rows(f"data/{SAMPLE_NAMES[name]}", columns, make(rng, 60, 1))
        tables = [EDGE_CASES[name], make(rng, 40, 1000), make(rng, 150, 2000)]
        lines = ["cases:"]
        for index, table in enumerate(tables, 1):
            write_rows(f"hidden/{name}_{index}_in.csv", columns, table)
            write_rows(f"hidden/{name}_{index}_out.csv", out_columns, reference(table))
            lines.append(f"  - args: [{{$csv: hidden/{name}_{index}_in.csv}}]")
            lines.append(f"    expected: {{$csv: hidden/{name}_{index}_out.csv}}")
        (HERE / f"hidden/{name}.yaml").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
