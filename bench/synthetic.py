"""SYNTHETIC benchmark data: report texts and sheets made from templates. Never load these into a
user's warehouse; every school is named "合成测试…" / "Synthetic …" so that they cannot be mistaken.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

LABEL = "【合成基准数据 · SYNTHETIC BENCHMARK DATA】"

# every supported way of writing a number
FORMS = [
    lambda n, r: str(n),
    lambda n, r: "".join(chr(ord(c) + 0xFEE0) for c in str(n)),  # full-width digits
    lambda n, r: _chinese(n),
    lambda n, r: f"{n}余",
    lambda n, r: f"{_chinese(n)}多" if n >= 10 else str(n),
    lambda n, r: f"近{n}",
    lambda n, r: f"约{n}",
]

SENTENCES = [
    "{school}党支部现下设{groups}个党小组，有正式党员{full}人、预备党员{prob}人、入党积极分子{act}人。",
    "{year}年，学校党支部开展集中学习{study}次，开展主题党日活动{days}次，召开专题组织生活会{life}次。",
    "全年共开展师德师风建设专题会{special}次，讲党课{lectures}节。",
    "截至目前，党员志愿服务队开展社区志愿服务{vol}次，惠及群众{served}人次，累计志愿服务时长{hours}小时。",
    "党员教师与青年教师签订师徒结对协议{pairs}份，结对帮扶困难学生{students}名，开展家访{visits}人次。",
    "每月1次主题党日学习，每周1次开展理论学习。",
    "{year}年被区教委表彰为“先进基层党组织”，{n_award}名党员教师被评为市级优秀共产党员。",
    "学校现有教职工{staff}人，学生{enrol}名，教学班{classes}个，联系电话0571-{phone}。",
    "常态化落实“三会一课”制度，深化“5+2”课后服务，浏览量{views}次。",
]


# prose without figures, as most of a real report is (real reports carry about one figure per KB;
# these synthetic ones are denser, one per ~250 bytes, to keep the measurement conservative)
PROSE = [
    "学校党支部始终把党的政治建设摆在首位，坚持以习近平新时代中国特色社会主义思想为指导，落实立德树人根本任务。",
    "党员教师在教育教学一线发挥先锋模范作用，积极参与课程改革，推动学校高质量发展。",
    "学校坚持“三会一课”制度，规范组织生活，加强党员教育管理，不断提升基层党组织的组织力。",
    "通过主题教育和实践活动，全体教职工的思想政治素质和师德水平进一步提高，办学质量稳步提升。",
    "党支部把党建工作与业务工作同部署、同落实、同检查，形成了党建引领、全员参与的良好局面。",
]


def _chinese(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    if n < 1000 and n % 100 == 0:
        return digits[n // 100] + "百"
    return str(n)


def report_text(i: int, rng: random.Random, paragraphs: int = 12) -> str:
    """One synthetic Chinese report of roughly 2-3 KB per paragraph set."""
    school = f"合成测试第{i % 997 + 1}小学"
    lines = [f"{LABEL}{school}党建工作总结", f"发布时间：{2015 + i % 9}-12-2{i % 9}"]
    for _ in range(paragraphs):
        lines.append("".join(rng.choice(PROSE) for _ in range(3)))
        template = rng.choice(SENTENCES)
        values = {k: FORMS[rng.randrange(len(FORMS))](rng.randint(2, 60), rng) for k in (
            "groups", "full", "prob", "act", "study", "days", "life", "special", "lectures", "vol", "served",
            "hours", "pairs", "students", "visits", "n_award")}
        lines.append(template.format(
            school=school, year=2015 + i % 9, staff=rng.randint(40, 300), enrol=rng.randint(300, 3000),
            classes=rng.randint(6, 60), phone=rng.randint(10_000_000, 99_999_999), views=rng.randint(100, 99_999),
            **values))
    return "\n".join(lines) + "\n"


def report_corpus(total_bytes: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    texts, size, i = [], 0, 0
    while size < total_bytes:
        text = report_text(i, rng)
        texts.append((f"synthetic_{i:06d}.txt", text))
        size += len(text.encode("utf-8"))
        i += 1
    return texts


def indicator_ids() -> list[str]:
    from etl.catalog import load_catalog

    return [i.id for i in load_catalog() if i.id != "awards_org"]


def long_sheet(path: Path, rows: int, *, seed: int = 11, years: tuple[int, int] = (2015, 2024),
               school_prefix: str = "合成测试学校") -> Path:
    """A long-format sheet: school, year, indicator, value, qualifier — unique per school/year/indicator
    (schools named `school_prefix` and a number: sheets with other prefixes name other schools)."""
    rng = random.Random(seed)
    indicators = indicator_ids()
    n_years = years[1] - years[0] + 1
    per_school = n_years * len(indicators)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["school", "year", "indicator", "value", "qualifier", "region"])
        for r in range(rows):
            school, rest = divmod(r, per_school)
            year, ind = divmod(rest, len(indicators))
            w.writerow([f"{school_prefix}{school:06d}", years[0] + year, indicators[ind], rng.randint(1, 500),
                        "exact" if rng.random() < 0.8 else "at_least", f"合成省{school % 31:02d}"])
    return path


def wide_spread_sheet(path: Path, schools: int, *, indicators: int = 5, years: tuple[int, ...] = (2022, 2023),
                      seed: int = 13) -> Path:
    """A long-format sheet naming many schools with a few figures each, as a province's or the
    nation's return of a few indicators is: `schools` x `indicators` x len(years) rows."""
    rng = random.Random(seed)
    ids = indicator_ids()[:indicators]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["school", "year", "indicator", "value", "qualifier", "region"])
        for school in range(schools):
            name, region = f"合成测试学校{school:06d}", f"合成省{school % 31:02d}"
            for year in years:
                for ind in ids:
                    w.writerow([name, year, ind, rng.randint(1, 500), "exact", region])
    return path


def build_warehouse(path: str, observations: int, *, schools: int | None = None, seed: int = 5) -> dict:
    """A SYNTHETIC warehouse of `observations` sheet figures spread over schools, years and indicators,
    written with SQL (fast) and brought to the state a real load leaves (current values, summaries).

    Rows are clustered by school, as sheets and reports arrive. By default each school has 270 figures
    (27 indicators x 10 years); with `schools` given they are spread evenly (10M over 500,000 schools:
    10 indicators x 2 years each)."""

    from etl import ids
    from etl.build import prepare
    from etl.current import refresh_summaries
    from etl.warehouse import connect, sheet_figure_id_base

    indicators = indicator_ids()
    n_ind = len(indicators)
    schools = schools or max(1, observations // (10 * n_ind))
    per_school = max(1, observations // schools)
    years_span = max(1, min(10, per_school // 10))
    con = connect(path)  # in the warehouse's own file format
    prepare(con)
    con.execute("BEGIN")
    batch = ids.reserve(con, "batch")
    con.execute("INSERT INTO batches (id, kind, file_name, who, note, created_at) VALUES (?, 'sheet', "
                "'synthetic.csv', 'bench', 'SYNTHETIC BENCHMARK DATA', current_timestamp)", [batch])
    first_school = ids.reserve(con, "school", schools)
    con.execute(
        f"""INSERT INTO schools (id, name_zh, province, city, level, region, batch_id)
        SELECT {first_school} + i, '合成测试学校' || lpad(i::VARCHAR, 6, '0'), '合成省' || lpad((i % 31)::VARCHAR, 2, '0'),
               '合成市' || lpad((i % 97)::VARCHAR, 2, '0'),
               ['primary', 'middle', 'high', 'nine_year', 'vocational'][1 + i % 5], '合成省', {batch}
        FROM range(0, {schools}) t(i)"""
    )
    values = ", ".join(f"({i}, '{x}')" for i, x in enumerate(indicators))
    con.execute(f"CREATE TEMP TABLE ind AS SELECT * FROM (VALUES {values}) t(n, id)")
    # every key has one source, so each figure is its key's current value as it stands (`sole`), as
    # an import into a warehouse without those schools leaves it
    con.execute(
        f"""INSERT INTO sheet_values (id, batch_id, school_id, indicator_id, year, value, qualifier, sheet_row,
                                      review_status, loaded_at, sole)
        SELECT {sheet_figure_id_base(batch)} + r, {batch}, {first_school} + r // {per_school}, ind.id,
               2015 + (r % {per_school}) % {years_span}, 1 + hash(r, {seed}) % 300,
               CASE WHEN hash(r) % 5 = 0 THEN 'at_least' ELSE 'exact' END, r + 2, 'confirmed',
               (SELECT created_at FROM batches WHERE id = {batch}), true
        FROM range(0, {schools * per_school}) t(r)
        JOIN ind ON ind.n = ((r % {per_school}) // {years_span}) % {n_ind}"""
    )
    refresh_summaries(con)
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    counts = {"observations": con.execute("SELECT count(*) FROM observations").fetchone()[0], "schools": schools,
              "facts": con.execute("SELECT count(*) FROM current_facts").fetchone()[0]}
    con.close()
    return counts
