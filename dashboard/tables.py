"""Display tables: query results reshaped for reading (pure pandas, no Streamlit)."""

from __future__ import annotations

import pandas as pd

from dashboard.charts import school_names
from dashboard.i18n import STRINGS, bracketed, format_rate, format_value, joined, labelled, place, quoted, t


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


def indicator_options(catalog: pd.DataFrame, counts: pd.DataFrame, lang: str = "zh") -> dict[str, str]:
    """Indicator id -> "类别 · 名称 (n)" in catalog order (grouped by category), those with data first."""
    from etl.catalog import CATEGORY_NAMES

    n = dict(zip(counts["indicator_id"], counts["schools"], strict=False))
    options = {}
    for row in catalog.itertuples():
        if row.id == "awards_org":
            continue
        category = CATEGORY_NAMES.get(row.category, (row.category, row.category))[0 if lang == "zh" else 1]
        name = row.name_zh if lang == "zh" else row.name_en
        suffix = f" ({n[row.id]})" if row.id in n else ""
        options[row.id] = f"{category} · {name}{suffix}"
    with_data = [i for i in options if i in n]
    return {i: options[i] for i in with_data + [i for i in options if i not in n]}


def as_list(value) -> list:
    """A list cell from DuckDB (list, array or missing) as a Python list."""
    if value is None or (not hasattr(value, "__len__") and pd.isna(value)):
        return []
    return list(value)


def indicator_name(catalog: pd.DataFrame, indicator: str, lang: str = "zh") -> str:
    row = catalog[catalog["id"] == indicator]
    return str(row.iloc[0][f"name_{lang}"]) if not row.empty else indicator


def default_indicator(counts: pd.DataFrame) -> str:
    """The indicator most schools report."""
    return str(counts.sort_values(["schools", "indicator_id"], ascending=[False, True]).iloc[0]["indicator_id"])


def value_text(value, qualifier, cadence, lang: str = "zh") -> str:
    """A figure as read: '40+', or a rate '每月1' / '1 per month'."""
    return format_rate(value, qualifier, cadence, lang) if isinstance(cadence, str) else format_value(value, qualifier)


def source_label(row, lang: str = "zh") -> str:
    """Where a figure comes from: the report and its phrase, the sheet and row, or a correction."""
    kind = row.get("source_kind")
    if kind == "report":
        return quoted(row.get('document') or '', row.get('evidence') or '', lang)
    if kind == "sheet":
        sheet_row = row.get("sheet_row")
        where = f" {t('row', lang)} {int(sheet_row)}" if pd.notna(sheet_row) else ""
        return f"{row.get('batch_file') or t('source_sheet', lang)}{where}"
    if kind == "correction":
        return t("source_correction", lang)
    return ""


def year_label(ref_year, period, lang: str = "zh") -> str:
    """A figure's year, else its period ("现有" as written; in English, "current"), else "no year"."""
    from etl.extract.periods import english_label

    if pd.notna(ref_year):
        return str(int(ref_year))
    if not (isinstance(period, str) and period):
        return t("no_year", lang)
    return english_label(period) if lang == "en" else period


def busiest_year(years: pd.DataFrame | None) -> int | None:
    """The year most schools report, the latest of those that tie (`queries.indicator_years`): a
    chart of one year compares like with like. None when no year has two schools: a comparison of
    one school is no view, and each school's latest figure, labelled with its year, is the better one."""
    if years is None or years.empty or years["schools"].max() < 2:
        return None
    ranked = years.sort_values(["schools", "ref_year"], ascending=False)
    return int(ranked.iloc[0]["ref_year"])


def per10_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The schools of known membership, each value per 10 members (rounded to one decimal), highest
    first: the per-10 view's figures."""
    known = df[df["members"].notna() & (df["members"] > 0)]
    out = known.assign(value=(known["value"] / known["members"] * 10).round(1))
    return out.assign(schools_total=len(out)).sort_values("value", ascending=False, kind="stable")


def ranking_table(df: pd.DataFrame, lang: str = "zh", *, per10: bool = False) -> pd.DataFrame:
    """Rank, school, value with qualifier, year, source — the table under the compare chart. With
    `per10`, ranked per 10 members as the chart is, schools of unknown membership last, unranked."""
    if df.empty:
        return pd.DataFrame()
    data = df.assign(school=school_names(df, lang)).reset_index(drop=True)
    ranks: list = list(range(1, len(data) + 1))
    if per10:
        known = data["members"].notna() & (data["members"] > 0)
        data["per10"] = (data["value"] / data["members"] * 10).where(known)
        data = data.sort_values("per10", ascending=False, na_position="last", kind="stable").reset_index(drop=True)
        ranks = [i + 1 if pd.notna(v) else "—" for i, v in enumerate(data["per10"])]
    out = pd.DataFrame({
        t("rank", lang): ranks,
        t("school", lang): data["school"],
        t("value", lang): [format_value(v, q) for v, q in zip(data["value"], data["qualifier"], strict=False)],
        t("year", lang): [year_label(y, p, lang) for y, p in zip(data["ref_year"], data["period_label"], strict=False)],
    })
    if per10:
        out[t("members", lang)] = [f"{int(m)}" if pd.notna(m) else "—" for m in data["members"]]
        out[t("per10_short", lang)] = [f"{v:.1f}" if pd.notna(v) else "—" for v in data["per10"]]
    out[t("conflict", lang)] = ["⚠" if c else "" for c in data.get("has_conflict", [False] * len(data))]
    out[t("source", lang)] = [source_label(r, lang) for _, r in data.iterrows()]
    return out


def multiples_table(frames: dict[str, pd.DataFrame], lang: str = "zh") -> pd.DataFrame:
    rows = []
    for name, df in frames.items():
        for _, r in df.assign(school=school_names(df, lang)).iterrows():
            rows.append({t("indicator", lang): name, t("school", lang): r["school"],
                         t("value", lang): format_value(r["value"], r["qualifier"]),
                         t("year", lang): year_label(r["ref_year"], r["period_label"], lang),
                         t("source", lang): source_label(r, lang)})
    return pd.DataFrame(rows)


def trend_table(df: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    data = df.assign(school=school_names(df, lang))
    return pd.DataFrame({
        t("school", lang): data["school"],
        t("year", lang): data["ref_year"].astype(int),
        t("value", lang): [format_value(v, q) for v, q in zip(data["value"], data["qualifier"], strict=False)],
        t("kind", lang): [t("target", lang) if x else t("result", lang) for x in data["is_target"]],
        t("source", lang): [t(f"source_{k}", lang) for k in data["source_kind"]],
    })


def composition_table(df: pd.DataFrame, names: dict[str, str], lang: str = "zh") -> pd.DataFrame:
    data = df.assign(school=school_names(df, lang))
    return pd.DataFrame({
        t("school", lang): data["school"],
        t("year", lang): data["ref_year"].astype(int),
        t("indicator", lang): data["indicator_id"].map(names),
        t("value", lang): [format_value(v, q) for v, q in zip(data["value"], data["qualifier"], strict=False)],
    })


def rates_table(df: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    data = df.assign(school=school_names(df, lang))
    return pd.DataFrame({
        t("school", lang): data["school"],
        t("indicator", lang): data[f"indicator_{lang}"],
        t("rate", lang): [format_rate(v, q, c, lang)
                          for v, q, c in zip(data["value"], data["qualifier"], data["cadence"], strict=False)],
        t("year", lang): [year_label(y, p, lang) for y, p in zip(data["ref_year"], data["period_label"], strict=False)],
        t("kind", lang): [t("target", lang) if x else t("result", lang) for x in data["is_target"]],
    })


def documents_table(df: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    from urllib.parse import quote

    return pd.DataFrame({
        t("file", lang): df["file_name"],
        t("title", lang): df["title"].fillna(""),
        t("doc_type", lang): df["doc_type"].map(lambda v: t(f"doc_{v}", lang)),
        t("published", lang): [str(p)[:10] if pd.notna(p) else "—" for p in df["published"]],
        t("figures", lang): df["figures"],
        t("evidence_link", lang): [f"/evidence?q={quote(f)}&lang={lang}" for f in df["file_name"]],
    })


def figures_by_category(df: pd.DataFrame, lang: str = "zh") -> list[tuple[str, pd.DataFrame]]:
    """A school's figures split by category, each as a readable table."""
    from etl.catalog import CATEGORY_NAMES

    out = []
    for category, part in df.groupby("category", sort=False):
        name = CATEGORY_NAMES.get(category, (category, category))[0 if lang == "zh" else 1]
        out.append((name, pd.DataFrame({
            t("indicator", lang): part[f"indicator_{lang}"],
            t("year", lang): [year_label(y, p, lang) for y, p in zip(part["ref_year"], part["period_label"], strict=False)],
            t("value", lang): [value_text(v, q, c, lang)
                               for v, q, c in zip(part["value"], part["qualifier"], part["cadence"], strict=False)],
            t("kind", lang): [t("target", lang) if x else t("result", lang) for x in part["is_target"]],
            t("conflict", lang): ["⚠" if c else "" for c in part["has_conflict"]],
            t("source", lang): [source_label(r, lang) for _, r in part.iterrows()],
        })))
    return out


def awards_table(df: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    return pd.DataFrame({
        t("year", lang): [str(int(y)) if pd.notna(y) else t("no_year", lang) for y in df["year"]],
        t("honour", lang): df["title"],
        t("level_of_award", lang): df["level"].map(lambda v: t(f"award_{v}", lang)),
        t("recipient", lang): df["recipient"].map(lambda v: t(f"recipient_{v}", lang)),
        t("source", lang): [quoted(d or '', e or '', lang) for d, e in zip(df["document"], df["evidence"], strict=False)],
    })


def peers_table(df: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    return pd.DataFrame({
        t("indicator", lang): df[f"indicator_{lang}"],
        t("this_school", lang): [format_value(v, q) for v, q in zip(df["value"], df["qualifier"], strict=False)],
        t("year", lang): [str(int(y)) if pd.notna(y) else t("no_year", lang) for y in df["ref_year"]],
        t("peer_median", lang): [f"{m:,.1f}".rstrip("0").rstrip(".") for m in df["median"]],
        t("peer_schools", lang): df["schools"],
    })


def school_label(row, lang: str = "zh") -> str:
    from dashboard.charts import school_name

    return school_name(row, lang)


def evidence_table(df: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    data = df.assign(school=school_names(df, lang))
    return pd.DataFrame({
        "#": data["id"],
        t("conflict", lang): ["⚠" if c else "" for c in data["has_conflict"]],
        t("school", lang): data["school"],
        t("indicator", lang): data[f"indicator_{lang}"],
        t("year", lang): [year_label(y, p, lang) for y, p in zip(data["ref_year"], data["period_label"], strict=False)],
        t("value", lang): [value_text(v, q, c, lang)
                           for v, q, c in zip(data["value"], data["qualifier"], data["cadence"], strict=False)],
        t("status", lang): data["review_status"].map(lambda s: t(f"status_{s}", lang)),
        t("source", lang): [t(f"source_{k}", lang) for k in data["source_kind"]],
        t("evidence", lang): [source_label(r, lang) for _, r in data.iterrows()],
    })


def evidence_labels(df: pd.DataFrame, lang: str = "zh") -> dict[int, str]:
    data = df.assign(school=school_names(df, lang))
    return {
        int(r["id"]): f"#{int(r['id'])} · {r['school']} · {r[f'indicator_{lang}']} · "
                      f"{format_value(r['value'], r['qualifier'])}{' ⚠' if r['has_conflict'] else ''}"
        for _, r in data.iterrows()
    }


def candidates_table(df: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    """Unassigned numbers: where they are, what they say and the sentence around them."""
    data = df.assign(school=school_names(df, lang))
    return pd.DataFrame({
        t("school", lang): data["school"].map(plain),
        t("number", lang): [f"{format_value(v, q)}{u or ''}" for v, q, u in
                            zip(data["value"], data["qualifier"], data["unit"], strict=False)],
        t("year", lang): [str(int(y)) if pd.notna(y) else "—" for y in data["year"]],
        t("evidence", lang): data["evidence"].map(plain),
        t("why_unassigned", lang): data["reason"].map(lambda r: why_unassigned(r, lang)),
        t("file", lang): data["document"].map(plain),
    })


def why_unassigned(reason, lang: str = "zh") -> str:
    """The extractor's reason for leaving a number to review, in the UI language."""
    key = f"why_{reason}"
    return t(key, lang) if isinstance(reason, str) and key in STRINGS else t("why_other", lang)


def candidate_labels(df: pd.DataFrame, lang: str = "zh") -> dict[int, str]:
    data = df.assign(school=school_names(df, lang))
    return {
        int(r["id"]): f"#{int(r['id'])} · {plain(r['school'])} · {format_value(r['value'], r['qualifier'])}"
                      f"{r['unit'] or ''} · {plain(r['evidence'])[:24]}"
        for _, r in data.iterrows()
    }


def figure_meta(row, lang: str = "zh") -> str:
    parts = [
        labelled(t('year', lang), year_label(row.get('year'), row.get('period_label'), lang), lang),
        labelled(t('status', lang), t('status_' + row['review_status'], lang), lang),
        labelled(t('source', lang), t('source_' + row['source_kind'], lang), lang),
        labelled(t('loaded_by', lang), f"{row.get('who') or '—'} {str(row.get('created_at') or '')[:16]}", lang),
    ]
    if isinstance(row.get("cadence"), str):
        parts.insert(1, labelled(t('cadence', lang), t('cadence_' + row['cadence'], lang), lang))
    if isinstance(row.get("note"), str) and row.get("note"):
        parts.append(labelled(t('why', lang), row['note'], lang))
    return " · ".join(parts)


def history_table(df: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    return pd.DataFrame({
        t("action", lang): df["action"].map(lambda a: t(f"action_{a}", lang)),
        t("who", lang): df["who"],
        t("when", lang): df["created_at"].astype(str).str[:16],
        t("why", lang): df["note"].fillna(""),
        t("correction", lang): [
            f"{format_value(v, q)} ({int(y) if pd.notna(y) else '—'})" if pd.notna(v) else ""
            for v, q, y in zip(df["corrected_value"], df["corrected_qualifier"], df["corrected_year"], strict=False)],
        t("batch_status", lang): [t("reverted", lang) if s == "reverted" else "" for s in df["batch_status"]],
    })


def evidence_awards_table(df: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    data = df.assign(school=school_names(df, lang))
    return pd.DataFrame({
        t("school", lang): data["school"],
        t("year", lang): [str(int(y)) if pd.notna(y) else t("no_year", lang) for y in data["year"]],
        t("honour", lang): data["title"],
        t("level_of_award", lang): data["level"].map(lambda v: t(f"award_{v}", lang)),
        t("recipient", lang): data["recipient"].map(lambda v: t(f"recipient_{v}", lang)),
        t("evidence", lang): [quoted(d or '', e or '', lang) for d, e in zip(data["document"], data["evidence"],
                                                                          strict=False)],
    })


_MARKDOWN_SPECIAL = "\\`*_{}[]()#+-.!|<>~$"


def plain(text) -> str:
    """User-supplied text for a Markdown context (captions, headers, labels): shown as written, never
    as links, emphasis or HTML."""
    if text is None:
        return ""
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in str(text))


def catalog_name(indicator_id: str, lang: str = "zh") -> str:
    """An indicator as people call it (never its id on a page), in the page's language."""
    from etl.catalog import by_id

    found = by_id().get(indicator_id)
    return (found.name_zh if lang == "zh" else found.name_en) if found else indicator_id


def problems_table(df: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    """A sheet's problems in the page's language; a suggested indicator shown by its name."""
    from etl.catalog import by_id

    indicators = by_id()

    def suggestion(text) -> str:
        if not isinstance(text, str) or not text:
            return ""
        found = indicators.get(text)
        return f"{found.name_zh if lang == 'zh' else found.name_en}{bracketed(text, lang)}" if found else text

    zh = lang == "zh" and "reason_zh" in df
    return pd.DataFrame({
        t("file", lang): df["file"],
        t("row_header", lang): [int(r) if pd.notna(r) else "" for r in df["row"]],
        t("column", lang): df["column"].fillna(""),
        t("reason", lang): df["reason_zh"] if zh else df["reason"],
        t("suggestion", lang): (df["suggestion_zh"] if zh else df["suggestion"]).map(suggestion),
    })


def new_schools_table(df: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    return pd.DataFrame({
        t("school", lang): df["school"],
        t("region", lang): df["region"].map(lambda r: place(r, lang)),
        t("similar_existing", lang): df["similar_existing"],
    })


def changed_table(df: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    return pd.DataFrame({
        t("row_header", lang): df["sheet_row"],
        t("school", lang): df["school"],
        t("year", lang): df["year"],
        t("indicator", lang): df["indicator_id"].map(lambda i: catalog_name(i, lang)),
        t("stored_value", lang): [format_value(v, q) for v, q in zip(df["stored"], df["stored_qualifier"],
                                                                     strict=False)],
        t("new_value", lang): [format_value(v, q) for v, q in zip(df["value"], df["qualifier"], strict=False)],
        t("stored_source", lang): [t(f"source_{k}", lang) for k in df["source_kind"]],
    })


def document_facts(d, lang: str = "zh") -> str:
    parts = [labelled(t('school', lang), plain(d.school) or '—', lang),
             labelled(t('region', lang), plain(place(d.region, lang)) or '—', lang),
             labelled(t('doc_type', lang), t('doc_' + d.doc_type, lang), lang),
             labelled(t('published', lang), d.published or '—', lang), labelled(t('language', lang), d.lang, lang)]
    return " · ".join(parts)


def extraction_table(ex, lang: str = "zh") -> pd.DataFrame:
    from dashboard.evidence import sentence_around
    from etl.catalog import by_id

    names = by_id()
    rows = []
    for m in ex.metrics:
        before, figure, after = sentence_around(ex.document.text or "", m.start or 0, m.end or 0)
        rows.append({
            t("indicator", lang): names[m.indicator].name(lang) if m.indicator in names else m.indicator,
            t("value", lang): value_text(m.value, m.qualifier, m.cadence, lang),
            t("year", lang): year_label(m.year, m.period, lang),
            t("kind", lang): t("target", lang) if m.is_target else t("result", lang),
            t("sentence", lang): f"{before}【{figure}】{after}",
        })
    return pd.DataFrame(rows)


def extraction_awards_table(ex, lang: str = "zh") -> pd.DataFrame:
    return pd.DataFrame([{
        t("honour", lang): a.title,
        t("level_of_award", lang): t(f"award_{a.level}", lang),
        t("recipient", lang): t(f"recipient_{a.recipient}", lang),
        t("year", lang): a.year or t("no_year", lang),
        t("evidence", lang): a.evidence,
    } for a in ex.awards])


def history_batches_table(df: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    return pd.DataFrame({
        "#": df["id"],
        t("batch_kind", lang): df["kind"].map(lambda k: t(f"batch_{k}", lang)),
        t("file", lang): df["file_name"].fillna(""),
        t("batch_status", lang): df["status"].map(lambda s: t(f"batch_status_{s}", lang)),
        t("figures", lang): df["figures"],
        t("honours", lang): df["honours"],
        t("who", lang): df["who"],
        t("when", lang): df["created_at"].astype(str).str[:16],
        t("note_col", lang): [batch_note(row, lang) for _, row in df.iterrows()],
    })


def batch_note(row, lang: str = "zh") -> str:
    """What a batch did, in the page's language: "撤销 #11", "更正 数据 #55：年份笔误", or the load's note."""
    def given(value) -> str:
        return f"：{value}" if lang == "zh" and isinstance(value, str) and value else (
            f": {value}" if isinstance(value, str) and value else "")

    if row["kind"] == "revert" and pd.notna(row.get("reverts_batch")):
        note = row.get("note")
        own = note if isinstance(note, str) and not note.startswith("revert of batch") else ""
        return f"{t('reverts', lang)} #{int(row['reverts_batch'])}" + given(own)
    if pd.notna(row.get("review_action")):
        return (f"{t('action_' + row['review_action'], lang)} {t('figure', lang)} #{int(row['review_figure'])}"
                + given(row.get("review_note")))
    if pd.notna(row.get("decision_action")):
        return (f"{t('decision_' + row['decision_action'], lang)} #{int(row['decision_candidate'])}"
                + given(row.get("decision_note")))
    note = row.get("note")
    return note if isinstance(note, str) else ""


def batch_contents(row, lang: str = "zh") -> str:
    """What a load brought, in words: "889 条数据、2 项荣誉，来自 报表.csv" (a review: its kind and note)."""
    parts = [t(f"contents_{k}", lang).format(n=int(row[col])) for k, col in
             (("figures", "figures"), ("honours", "honours"), ("documents", "documents"), ("schools", "schools"))
             if pd.notna(row[col]) and int(row[col])]
    what = joined(parts, lang) or t(f"batch_{row['kind']}", lang)
    if pd.notna(row["file_name"]) and row["file_name"]:
        what += ("，" if lang == "zh" else ", ") + t("contents_from", lang).format(file=plain(row["file_name"]))
    elif note := batch_note(row, lang):
        what += ("，" if lang == "zh" else ", ") + plain(note)
    return what


def batch_label(df: pd.DataFrame, batch_id: int, lang: str = "zh") -> str:
    row = df[df["id"] == batch_id].iloc[0]
    file_name = row["file_name"] if pd.notna(row["file_name"]) else ""
    return (f"#{batch_id} · {t('batch_' + row['kind'], lang)} · {file_name} · "
            f"{row['figures']} {t('figures', lang)} · {row['who']} · {str(row['created_at'])[:16]}")
