#!/usr/bin/env python3
"""Validate Rectify Kit datasets with Python's jsonschema, as a vendor's Python back end would.

Uses only the published draft 2020-12 JSON Schemas shipped in @rectify/schemas (json/draft-2020-12/) and the
`jsonschema` package (Debian: python3-jsonschema), with format checking on. Exits non-zero when a good dataset
is rejected or a broken one is accepted.
"""
import json
import pathlib
import sys

import jsonschema
from jsonschema import Draft202012Validator, FormatChecker

HERE = pathlib.Path(__file__).resolve().parent
SCHEMAS = HERE.parent.parent / "packages" / "schemas" / "json" / "draft-2020-12"
OUT = HERE / "out"


def load(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def validator_for(name):
    schema = load(SCHEMAS / name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def errors_of(validator, document):
    return sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))


def pointer(error):
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in error.absolute_path)


def main():
    failures = 0
    dataset_validator = validator_for("dataset.schema.json")
    good = load(OUT / "good.json")
    errs = errors_of(dataset_validator, good)
    if errs:
        failures += 1
        print(f"FAIL good dataset rejected: {len(errs)} errors, first at {pointer(errs[0])}: {errs[0].message}")
    else:
        counts = {kind: len(records) for kind, records in good["records"].items()}
        print(f"ok   good dataset valid ({sum(counts.values())} records of {len(counts)} kinds)")

    for case in load(OUT / "broken-cases.json"):
        errs = errors_of(dataset_validator, case["dataset"])
        pointers = [pointer(e) for e in errs]
        if case["expectPointer"] in pointers:
            print(f"ok   broken dataset rejected at {case['expectPointer']} ({case['name']})")
        else:
            failures += 1
            print(f"FAIL {case['name']}: expected an error at {case['expectPointer']}, got {pointers[:5]}")

    # Every record-kind schema also stands alone (a vendor validating one record at a time).
    record_validator = validator_for("community.schema.json")
    community = good["records"]["community"][0]
    if errors_of(record_validator, community):
        failures += 1
        print("FAIL a single community record was rejected by community.schema.json")
    else:
        print("ok   single community record valid against community.schema.json")

    print(f"python-consumer: jsonschema {jsonschema.__version__}: {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
