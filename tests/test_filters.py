"""Global filters: the WHERE clause they produce and their round trip through the URL."""

import duckdb
import pytest

from dashboard.filters import Filters, from_query_params, to_query_params, where


def test_no_filters_is_true():
    assert where(Filters()) == ("TRUE", [])


def test_every_filter_is_a_bound_parameter():
    sql, params = where(Filters(regions=("重庆市",), schools=(2, 3), year_from=2019, year_to=2021, levels=("primary",)))
    assert "重庆市" not in sql and "2019" not in sql
    assert params == [2, 3, "重庆市", "primary", 2019, 2021]
    assert sql.count("?") == len(params)


def test_filters_select_the_right_rows():
    con = duckdb.connect()
    con.execute("CREATE TABLE schools AS SELECT * FROM (VALUES (1, '重庆市', NULL, NULL, 'primary'), "
                "(2, NULL, '宁化县', NULL, 'high'), (3, NULL, NULL, '黔江区', 'primary')) t(id, province, city, district, level)")
    con.execute("CREATE TABLE v AS SELECT * FROM (VALUES (1, 2019), (1, NULL), (2, 2021), (3, 2018)) t(school_id, ref_year)")

    def ids(filters, **kw):
        cond, params = where(filters, **kw)
        return sorted(con.execute(f"SELECT school_id, ref_year FROM v JOIN schools sc ON sc.id = v.school_id WHERE {cond}",
                                  params).fetchall(), key=str)

    assert ids(Filters(regions=("重庆市",))) == [(1, 2019), (1, None)]
    assert ids(Filters(levels=("primary",), year_from=2019, year_to=2020)) == [(1, 2019), (1, None)]
    assert ids(Filters(year_from=2019, year_to=2020), keep_undated=False) == [(1, 2019)]
    assert ids(Filters(regions=("宁化县", "黔江区"))) == [(2, 2021), (3, 2018)]


@pytest.mark.parametrize(
    "filters, lang",
    [
        (Filters(), "zh"),
        (Filters(regions=("重庆市", "宁化县"), schools=(4, 2), year_from=2016, year_to=2021), "en"),
        (Filters(levels=("primary", "high")), "zh"),
    ],
)
def test_query_params_round_trip(filters, lang):
    assert from_query_params(to_query_params(filters, lang)) == (filters, lang)


def test_malformed_query_params_are_ignored():
    filters, lang = from_query_params({"lang": "fr", "school": "1,x,3", "years": "abc-2020"})
    assert lang == "zh"
    assert filters.schools == (1, 3)
    assert filters.year_from is None
