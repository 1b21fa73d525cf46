"""UI strings in Chinese (default) and English. Every label, axis, legend and tooltip comes from here."""

from __future__ import annotations

LANGS = ("zh", "en")

STRINGS: dict[str, tuple[str, str]] = {
    # app and navigation
    "app_title": ("党建指标看板", "Party-Building Indicators"),
    "app_subtitle": ("学校党建工作指标对比", "Comparing schools' party-building work"),
    "page_overview": ("总览", "Overview"),
    "page_compare": ("学校对比", "Compare schools"),
    "page_trends": ("年度趋势", "Trends by year"),
    "page_school": ("学校档案", "School profile"),
    "page_evidence": ("证据与审核", "Evidence & review"),
    "page_upload": ("数据上传", "Data upload"),
    "page_briefing": ("简报导出", "Briefing export"),
    "filters": ("筛选", "Filters"),
    "region": ("地区", "Region"),
    "school": ("学校", "School"),
    "schools": ("学校", "Schools"),
    "level": ("学段", "School level"),
    "year_range": ("年份范围", "Years"),
    "all": ("全部", "All"),
    "reset_filters": ("清除筛选", "Clear filters"),
    "filters_hint": (
        "筛选条件会保存在网址中，复制网址即可分享当前视图。",
        "Filters are kept in the URL: copy it to share this view.",
    ),
    # overview
    "kpi_schools": ("学校", "Schools"),
    "kpi_reports": ("报告", "Reports"),
    "kpi_figures": ("指标数据", "Figures"),
    "kpi_years": ("覆盖年份", "Years covered"),
    "coverage_title": ("数据覆盖：学校 × 指标", "Coverage: school × indicator"),
    "coverage_caption": (
        "颜色越深，表示该指标有数据的年份越多；“无年份”的数据也计为有数据。",
        "Darker cells have data for more years; undated figures count as data too.",
    ),
    "years_with_data": ("有数据的年份数", "Years with data"),
    "latest_title": ("各校主要指标最新值", "Latest headline figures by school"),
    "latest_caption": (
        "每个单元格为该校该指标最近一年的数值；“40+”表示至少40，“≈40”表示约40。",
        "Each cell is the school's most recent figure; \"40+\" means at least 40, \"≈40\" about 40.",
    ),
    "open_school": ("查看学校档案", "Open school profile"),
    "open_compare": ("对比各校", "Compare schools"),
    "empty_title": ("还没有数据", "No data yet"),
    "empty_body": (
        "仓库中还没有符合条件的数据。可以：\n\n"
        "1. 在命令行运行 `python -m etl build` 载入自带的示例数据；\n"
        "2. 在“数据上传”页上传报表（CSV / Excel）或案例报告；\n"
        "3. 用 `python -m etl ingest 报告文件夹` 批量导入报告；\n"
        "4. 或放宽左侧的筛选条件。",
        "There is no data matching this view. You can:\n\n"
        "1. run `python -m etl build` to load the bundled sample data;\n"
        "2. upload a sheet (CSV / Excel) or case reports on the Data upload page;\n"
        "3. load a folder of reports with `python -m etl ingest FOLDER`;\n"
        "4. or widen the filters in the sidebar.",
    ),
    "busy": (
        "数据仓库正在写入，请稍候几秒再刷新。",
        "The warehouse is busy with a load; refresh in a few seconds.",
    ),
    "show_data": ("查看数据表", "Show data table"),
    "download_csv": ("下载 CSV", "Download CSV"),
    "no_year": ("无年份", "undated"),
    "stub": ("本页将在后续版本中提供。", "This page arrives in a later release."),
    # chart vocabulary
    "indicator": ("指标", "Indicator"),
    "value": ("数值", "Value"),
    "year": ("年份", "Year"),
    "qualifier": ("限定", "Qualifier"),
    "source": ("来源", "Source"),
    "period": ("时期", "Period"),
    "category": ("类别", "Category"),
    "count": ("数量", "Count"),
    "q_exact": ("精确", "exact"),
    "q_at_least": ("至少", "at least"),
    "q_approx": ("约", "about"),
    "q_at_most": ("至多", "at most"),
    "qualifier_legend": ("“40+” 至少40　“≈40” 约40　“≤40” 至多40", "\"40+\" at least 40 · \"≈40\" about 40 · \"≤40\" at most 40"),
    "level_primary": ("小学", "Primary"),
    "level_middle": ("中学", "Middle"),
    "level_high": ("高中", "High"),
    "level_nine_year": ("九年一贯制", "Nine-year"),
    "level_vocational": ("职业学校", "Vocational"),
    "level_university": ("高校", "University"),
    "level_special": ("特殊教育", "Special education"),
    "level_unknown": ("未知", "Unknown"),
    "award_national": ("国家级", "National"),
    "award_provincial": ("省级", "Provincial"),
    "award_municipal": ("市级", "Municipal"),
    "award_district": ("区县级", "District/county"),
    "award_school": ("校级", "School"),
    "award_unknown": ("级别不详", "Unknown level"),
    "cadence_day": ("每天", "per day"),
    "cadence_week": ("每周", "per week"),
    "cadence_month": ("每月", "per month"),
    "cadence_term": ("每学期", "per term"),
    "cadence_half_year": ("每半年", "per half-year"),
    "cadence_year": ("每年", "per year"),
    "source_report": ("报告", "report"),
    "source_sheet": ("报表", "sheet"),
    "source_correction": ("人工更正", "correction"),
    "latest": ("最新", "Latest"),
}


def t(key: str, lang: str = "zh") -> str:
    """The string for `key` in `lang`; an unknown key shows itself (visible in tests, never a crash)."""
    pair = STRINGS.get(key)
    if pair is None:
        return key
    return pair[0] if lang == "zh" else pair[1]


QUALIFIER_SIGNS = {"exact": "", "at_least": "+", "approx": "≈", "at_most": "≤"}


def format_value(value: float | None, qualifier: str | None = "exact") -> str:
    """'40+' for at least 40, '≈40' for about 40, '≤40' for at most 40."""
    if value is None:
        return ""
    number = f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"
    if qualifier == "at_least":
        return number + "+"
    if qualifier in ("approx", "at_most"):
        return QUALIFIER_SIGNS[qualifier] + number
    return number


def format_year_span(first, last) -> str:
    """'2016–2021', '2019', or '—' when no figure is dated."""
    def year(v):
        try:
            return int(v)
        except (TypeError, ValueError):
            return None

    a, b = year(first), year(last)
    if a is None or b is None:
        return "—"
    return str(a) if a == b else f"{a}–{b}"
