"""Templates: blank long and wide sheets, in Chinese or English, as CSV or XLSX."""

from __future__ import annotations

import csv
import io

from etl import catalog
from etl.qualifiers import WORDS_ZH
from etl.sheets.model import COLUMN_NAMES

TEMPLATE_EXAMPLE = [("黔江区菁华小学校", 2021, "members_full", 20, "exact", "重庆市黔江区", ""),
                    ("黔江区菁华小学校", 2021, "volunteer_sessions", "10+", "", "重庆市黔江区", "10余次")]


def template(layout: str = "long", lang: str = "zh", fmt: str = "csv") -> bytes:
    """A sheet to fill in: long or wide, Chinese or English headers, CSV (UTF-8 with BOM) or XLSX."""
    idx = 0 if lang == "zh" else 1
    if layout == "long":
        header = [COLUMN_NAMES[c][idx] for c in ("school", "year", "indicator", "value", "qualifier", "region", "note")]
        rows = [list(r) for r in TEMPLATE_EXAMPLE]
        if lang == "zh":
            names = {i.id: i.name_zh for i in catalog.load_catalog()}
            words = WORDS_ZH
            for r in rows:
                r[2] = names[r[2]]
                r[4] = words.get(r[4], r[4])
    else:
        indicators = [i for i in catalog.load_catalog() if i.id != "awards_org"]
        header = [COLUMN_NAMES["school"][idx], COLUMN_NAMES["year"][idx], COLUMN_NAMES["region"][idx]] + [
            f"{i.name_zh}（{catalog.UNITS_ZH.get(i.unit, i.unit)}）" if lang == "zh" else i.id for i in indicators]
        example = {"members_full": 20, "members_probationary": 3, "activists": 3, "volunteer_sessions": "10+"}
        rows = [["黔江区菁华小学校", 2021, "重庆市黔江区"] + [example.get(i.id, "") for i in indicators]]
    if fmt == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "figures" if lang == "en" else "数据"
        sheet.append(header)
        for r in rows:
            sheet.append(r)
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")
