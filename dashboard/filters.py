"""The global filters (region, school, year range) and their translation into a bound WHERE clause.

Pure: no Streamlit, no DuckDB. Query-string round trips live here too, so a URL reproduces a view.
"""

from __future__ import annotations

from dataclasses import dataclass, field

REGION_LEVELS = ("province", "city", "district")


def region_sql(level: str = "province", alias: str = "sc") -> str:
    """A school's region at a level, or the narrowest wider one it has: a municipality's district has
    no city, so at the city level it is grouped under the municipality."""
    columns = {"province": ("province", "city", "district"), "city": ("city", "province", "district"),
               "district": ("district", "city", "province")}[level if level in REGION_LEVELS else "province"]
    return f"coalesce({', '.join(f'{alias}.{c}' for c in columns)})"


@dataclass(frozen=True)
class Filters:
    regions: tuple[str, ...] = ()
    schools: tuple[int, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    levels: tuple[str, ...] = field(default=())
    region_level: str = "province"  # the level `regions` name: province, city or district

    @property
    def is_empty(self) -> bool:
        return not (self.regions or self.schools or self.levels or self.year_from or self.year_to)


def where(filters: Filters, *, school_col: str = "school_id", year_col: str | None = "ref_year",
          schools_alias: str = "sc", keep_undated: bool = True) -> tuple[str, list]:
    """SQL conditions (joined by AND, starting with 'TRUE') and their parameters.

    Region and level conditions need the schools table joined as `schools_alias`. Undated figures
    (no year, no period end) stay in unless `keep_undated` is False: a year filter narrows dated
    figures and cannot say anything about undated ones.
    """
    clauses, params = ["TRUE"], []
    if filters.schools:
        clauses.append(f"{school_col} IN ({', '.join('?' for _ in filters.schools)})")
        params += list(filters.schools)
    if filters.regions:
        marks = ", ".join("?" for _ in filters.regions)
        clauses.append(f"{region_sql(filters.region_level, schools_alias)} IN ({marks})")
        params += list(filters.regions)
    if filters.levels:
        clauses.append(f"{schools_alias}.level IN ({', '.join('?' for _ in filters.levels)})")
        params += list(filters.levels)
    if year_col:
        null_ok = f"{year_col} IS NULL OR " if keep_undated else ""
        if filters.year_from is not None:
            clauses.append(f"({null_ok}{year_col} >= ?)")
            params.append(int(filters.year_from))
        if filters.year_to is not None:
            clauses.append(f"({null_ok}{year_col} <= ?)")
            params.append(int(filters.year_to))
    return " AND ".join(clauses), params


def to_query_params(filters: Filters, lang: str) -> dict[str, str]:
    """The URL form: ?lang=en&rlevel=district&region=黔江区&school=2,3&years=2019-2024"""
    params: dict[str, str] = {}
    if lang != "zh":
        params["lang"] = lang
    if filters.region_level != "province":
        params["rlevel"] = filters.region_level
    if filters.regions:
        params["region"] = "|".join(filters.regions)
    if filters.schools:
        params["school"] = ",".join(str(s) for s in filters.schools)
    if filters.levels:
        params["level"] = ",".join(filters.levels)
    if filters.year_from is not None and filters.year_to is not None:
        params["years"] = f"{filters.year_from}-{filters.year_to}"
    return params


def from_query_params(params: dict[str, str]) -> tuple[Filters, str]:
    """Parse the URL form back; anything malformed is ignored rather than raised."""
    lang = params.get("lang", "zh")
    lang = lang if lang in ("zh", "en") else "zh"
    regions = tuple(r for r in params.get("region", "").split("|") if r)
    schools = tuple(int(s) for s in params.get("school", "").split(",") if s.strip().isdigit())
    levels = tuple(v for v in params.get("level", "").split(",") if v)
    year_from = year_to = None
    years = params.get("years", "")
    if "-" in years:
        a, _, b = years.partition("-")
        if a.isdigit() and b.isdigit():
            year_from, year_to = sorted((int(a), int(b)))
    region_level = params.get("rlevel", "province")
    region_level = region_level if region_level in REGION_LEVELS else "province"
    return Filters(regions, schools, year_from, year_to, levels, region_level), lang
