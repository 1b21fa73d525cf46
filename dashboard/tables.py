"""Display tables: query results reshaped for reading (pure pandas, no Streamlit)."""

from __future__ import annotations

import pandas as pd

from dashboard.charts import school_names
from dashboard.i18n import format_value, t


def latest_table(df: pd.DataFrame, indicators: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    """One row per school, one column per headline indicator, cells like '40+ (2021)'."""
    if df.empty:
        return pd.DataFrame()
    names = dict(zip(indicators["id"], indicators[f"name_{lang}"], strict=False))
    data = df.assign(school=school_names(df, lang))
    data["cell"] = [
        format_value(v, q) + (f" ({int(y)})" if pd.notna(y) else "")
        for v, q, y in zip(data["value"], data["qualifier"], data["ref_year"], strict=False)
    ]
    table = data.pivot_table(index=["school_id", "school"], columns="indicator_id", values="cell", aggfunc="first")
    order = [i for i in indicators["id"] if i in table.columns]
    table = table[order].rename(columns=names).reset_index().rename(columns={"school": t("school", lang)})
    return table.fillna("")
