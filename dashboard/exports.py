"""Data exports (CSV, XLSX) that are safe to open in a spreadsheet."""

from __future__ import annotations

import io

import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value):
    """Prefix text that a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out.columns = [neutralize(str(c)) for c in out.columns]
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralize)
    return out


def safe_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 with BOM, so that Excel shows Chinese correctly; formulas neutralized."""
    return safe_frame(df).to_csv(index=False).encode("utf-8-sig")


def safe_xlsx(frames: dict[str, pd.DataFrame]) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, df in frames.items():
            safe_frame(df).to_excel(writer, sheet_name=str(name)[:31] or "data", index=False)
    return buffer.getvalue()
