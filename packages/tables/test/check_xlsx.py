"""Checks an XLSX written by @rectify/tables with openpyxl (Debian python3-openpyxl).

Usage: check_xlsx.py <file> <sheet> <header...>

Checks that <sheet> is one of the workbook's sheets, that its first row holds exactly the given
headers, that the header row is frozen, that text starting with a formula trigger is stored as text,
and that for every money column (number format #,##0.00) the sum of the data rows equals the
totals row (the last row), summed as exact decimals. Prints a JSON summary; exits 1 on a failure.
"""

import json
import sys
from decimal import Decimal

import openpyxl

MONEY_FORMAT = "#,##0.00"


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, sheet_name, headers = argv[0], argv[1], argv[2:]
    problems = []
    workbook = openpyxl.load_workbook(path)
    if sheet_name not in workbook.sheetnames:
        print(json.dumps({"problems": [f"no sheet {sheet_name!r} in {workbook.sheetnames!r}"]}, ensure_ascii=False))
        return 1
    sheet = workbook[sheet_name]
    header_cells = [sheet.cell(row=1, column=i + 1) for i in range(len(headers))]
    found = [cell.value for cell in header_cells]
    if found != headers:
        problems.append(f"headers {found!r} != {headers!r}")
    if sheet.cell(row=1, column=len(headers) + 1).value is not None:
        problems.append("more header cells than expected")
    if not all(cell.font is not None and cell.font.b for cell in header_cells):
        problems.append("header row is not bold")
    if sheet.freeze_panes != "A2":
        problems.append(f"freeze_panes is {sheet.freeze_panes!r}, not 'A2'")

    last = sheet.max_row
    totals = {}
    for column in range(1, len(headers) + 1):
        data = [sheet.cell(row=r, column=column) for r in range(2, last)]
        for cell in data:
            if cell.data_type == "f":
                problems.append(f"{cell.coordinate} is a formula: {cell.value!r}")
        money = [cell for cell in data if cell.number_format == MONEY_FORMAT and cell.value is not None]
        if not money:
            continue
        if not all(isinstance(cell.value, (int, float)) for cell in money):
            problems.append(f"column {column} has money cells that are not numbers")
            continue
        total_cell = sheet.cell(row=last, column=column)
        # repr gives a float's shortest decimal form, the same digits the kit's parseMoney reads.
        total = sum((Decimal(repr(cell.value)) for cell in money), Decimal(0))
        stated = Decimal(repr(total_cell.value)) if isinstance(total_cell.value, (int, float)) else None
        totals[headers[column - 1]] = {"sum": str(total), "totals_row": None if stated is None else str(stated)}
        if stated != total:
            problems.append(f"column {headers[column - 1]!r}: SUM {total} != totals row {total_cell.value!r}")
        if not (total_cell.font is not None and total_cell.font.b):
            problems.append(f"totals cell {total_cell.coordinate} is not bold")
    if not totals:
        problems.append("no money column (number format #,##0.00) found")

    summary = {
        "sheets": workbook.sheetnames,
        "headers": found,
        "rows": last,
        "totals": totals,
        "problems": problems,
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
