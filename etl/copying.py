"""Moving a warehouse: every table of a DuckDB-file warehouse into a new one, typically a DuckLake
warehouse (`python -m etl copy --to ducklake:postgres:…`), in one transaction."""

from __future__ import annotations

from pathlib import Path

from etl.integrity import check_integrity
from etl.migrations import LATEST_VERSION, create, schema_tables, schema_version
from etl.warehouse import LoadError, WarehouseError, is_lake, session, sql_string, transaction


def copy_warehouse(source: str, target: str) -> dict[str, int]:
    """Copy `source` (a DuckDB file at today's schema) into `target` (a DuckDB file or DuckLake
    catalog that is new or holds no batch); returns the rows copied per table. Integrity is checked
    on the copy before it commits: a copy is whole or not there at all."""
    if is_lake(source):
        raise LoadError("copy reads a DuckDB-file warehouse; this one is a DuckLake catalog",
                        "copy 只能读取 DuckDB 文件仓库；这里给的是 DuckLake 目录")
    if not Path(source).is_file():
        raise LoadError(f"{source}: no such warehouse file", f"{source}：没有这个仓库文件")
    if not is_lake(target) and Path(target).resolve() == Path(source).resolve():
        raise LoadError("the copy would overwrite its source", "复制目标与来源相同")
    with session(source) as con:
        version = schema_version(con)
    if version != LATEST_VERSION:
        raise LoadError(f"{source} is at schema {version}: run `python -m etl build --db {source}` first, "
                        f"which brings it to {LATEST_VERSION}",
                        f"{source} 的结构版本是 {version}：请先运行 python -m etl build 升级到 {LATEST_VERSION}")
    copied: dict[str, int] = {}
    with session(target) as con:
        if schema_version(con) == 0:
            create(con)
        elif con.execute("SELECT count(*) FROM batches").fetchone()[0]:
            raise LoadError(f"{target} already holds loads: copy into a new, empty warehouse",
                            f"{target} 已有数据：请复制到新的空仓库")
        con.execute(f"ATTACH {sql_string(str(Path(source).resolve()))} AS source (READ_ONLY)")
        try:
            with transaction(con):
                for table in schema_tables():
                    con.execute(f"DELETE FROM {table}")
                    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM source.main.{table}")
                    copied[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                if failures := check_integrity(con):
                    raise WarehouseError(f"the copy breaks {', '.join(failures)}; nothing was copied")
        finally:
            con.execute("DETACH source")
    return copied
