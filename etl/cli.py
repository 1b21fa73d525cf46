"""`python -m etl`: a thin command line over the etl library.

Exit status: 0 done, 2 bad input (a message says what to fix), 1 internal error, 141 the output's reader went away.
A user mistake never prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from etl import settings
from etl.warehouse import WarehouseBusy, WarehouseError, no_room, redacted

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the output's reader went away

# Untrusted text (school names, file names, who loaded what) is printed as it is: never read as Rich
# markup ("[/x]" is a name, not a closing tag), and with terminal control characters taken out.
_CONTROL = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(value) -> str:
    """A value as plain, printable text: None and NaN as nothing, control characters removed."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return _CONTROL.sub("", str(value))


class _PlainConsole(Console):
    def print(self, *objects, **kwargs):
        super().print(*(clean(o) if isinstance(o, str) else o for o in objects), **kwargs)


out = _PlainConsole(highlight=False, soft_wrap=True, markup=False)
err = _PlainConsole(stderr=True, highlight=False, soft_wrap=True, markup=False)


def _row(table: Table, *cells) -> None:
    table.add_row(*(clean(c) for c in cells))


class UsageError(Exception):
    """Bad input from the user: reported plainly, exit status 2."""


def progress(total: int, label: str, *, quiet: bool = False):
    """A progress bar on stderr for long work (hidden for short runs and when not a terminal)."""
    return Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=err, transient=True, disable=quiet or total < 3,
    )


# ---------------------------------------------------------------- commands

def cmd_build(args) -> int:
    from etl.build import build

    report = build(args.db)
    if not args.quiet or report.changed:
        for line in report.lines():
            out.print(line)
    return EXIT_OK


def cmd_batches(args) -> int:
    from etl.load import batches_frame
    from etl.warehouse import session

    if args.as_of is not None:
        frame, then, now = _batches_as_of(args.db, args.as_of)
    else:
        with session(args.db) as con:
            _require_schema(con, args.db)
            frame = batches_frame(con)
    if args.json:
        out.print_json(frame.to_json(orient="records", date_format="iso", force_ascii=False))
        return EXIT_OK
    if frame.empty:
        out.print("No batches yet: run `python -m etl build`.")
        return EXIT_OK
    if args.as_of is not None:
        out.print(f"The warehouse as it was just before batch {args.as_of}: {then} current figures (now {now}).")
    table = Table("id", "kind", "file", "status", "figures", "honours", "docs", "who", "when", "note")
    for r in frame.itertuples():
        _row(table, r.id, r.kind, r.file_name, r.status, r.figures, r.honours, r.documents, r.who,
             f"{r.created_at:%Y-%m-%d %H:%M}", r.note)
    out.print(table)
    return EXIT_OK


def _batches_as_of(db: str, batch_id: int):
    """The loads as they stood just before `batch_id` committed (a DuckLake snapshot), with the
    number of current figures then and now."""
    from etl import lake
    from etl.load import batches_frame
    from etl.warehouse import session

    lake.require_lake(db, "--as-of")
    with session(db) as con:  # closed before the past is opened: a catalog file opens once per process
        _require_schema(con, db)
        snapshot = lake.snapshot_before(con, batch_id)
        now = con.execute("SELECT count(*) FROM current_facts").fetchone()[0]
    past = lake.connect_as_of(db, snapshot)
    try:
        frame = batches_frame(past)
        then = past.execute("SELECT count(*) FROM current_facts").fetchone()[0]
    finally:
        past.close()
    return frame, then, now


def cmd_maintain(args) -> int:
    from etl import lake
    from etl.warehouse import session

    lake.require_lake(args.db, "maintain")
    with session(args.db) as con:
        _require_schema(con, args.db)
        upkeep = lake.maintain(con, keep_days=args.keep_days, orphan_minutes=args.orphan_minutes)
    out.print(upkeep.message())
    return EXIT_OK


def cmd_copy(args) -> int:
    from etl.copying import copy_warehouse

    copied = copy_warehouse(args.db, args.to)
    out.print(f"copied {args.db} into {redacted(args.to)}: "
              + ", ".join(f"{table} {n}" for table, n in copied.items() if n))
    return EXIT_OK


def cmd_revert(args) -> int:
    from etl.load import revert_batch
    from etl.warehouse import session

    with session(args.db) as con:
        _require_schema(con, args.db)
        result = revert_batch(con, args.batch, who=settings.current_user(), note=args.note)
    out.print(result.message)
    return EXIT_OK


def _extract_all(paths: list[Path], quiet: bool):
    """(extractions, problems) for every report file under the given paths, in order."""
    from etl.extract import extract_file
    from etl.reading import ReadError, report_files

    files = report_files(existing_paths([str(p) for p in paths]))
    if not files:
        raise UsageError("no report files (.txt .md .html .htm .docx) in " + ", ".join(map(str, paths)))
    results, problems = [], []
    with progress(len(files), "extracting", quiet=quiet) as bar:
        task = bar.add_task("extract", total=len(files))
        for path in files:
            try:
                results.append((path, extract_file(path)))
            except ReadError as error:
                problems.append(str(error))
                err.print(f"skipped: {clean(str(error))}")
            bar.advance(task)
    return results, problems


def cmd_extract(args) -> int:
    from etl.bundle import write_bundle
    from etl.records import to_json_records

    results, problems = _extract_all(args.files, quiet=args.json)
    if args.sheet:
        n = write_bundle([ex for _, ex in results], Path(args.sheet))
        err.print(f"wrote {n} rows for {len(results)} reports to {args.sheet}")
    elif args.json:
        for _, ex in results:
            print_json_lines(to_json_records(ex))
    else:
        for path, ex in results:
            _print_extraction(path, ex)
    return EXIT_BAD_INPUT if problems else EXIT_OK


def _print_extraction(path: Path, ex) -> None:
    from etl.catalog import by_id

    d = ex.document
    out.rule(Text(clean(path.name), style="bold"))
    out.print(f"school: {d.school or '—'}   region: {d.region or '—'}   level: {d.school_level}   "
              f"type: {d.doc_type}   language: {d.lang}   published: {d.published or '—'}")
    names = by_id()
    if ex.metrics:
        table = Table("indicator", "value", "qualifier", "year", "period", "evidence")
        for m in ex.metrics:
            name = names[m.indicator].name_zh if m.indicator in names else m.indicator
            value = f"{m.value:g}" + (" (target)" if m.is_target else "")
            _row(table, f"{name} ({m.indicator})", value, m.qualifier, m.year,
                 (m.period or "") + (f" [{m.cadence}]" if m.cadence else ""), m.evidence)
        out.print(table)
    else:
        out.print("no figures found")
    if ex.awards:
        table = Table("honour", "level", "recipient", "year", "evidence")
        for a in ex.awards:
            _row(table, a.title, a.level, a.recipient, a.year, a.evidence)
        out.print(table)
    if ex.candidates:
        table = Table(f"unassigned numbers, for review ({len(ex.candidates)})", "year", "why", "evidence")
        for c in ex.candidates:
            _row(table, f"{c.value:g}{c.unit}", c.year, c.reason, c.evidence)
        out.print(table)


def cmd_ingest(args) -> int:
    from etl.build import prepare
    from etl.load import LoadError, load_report
    from etl.warehouse import session

    results, problems = _extract_all(args.files, quiet=args.quiet)
    loaded = unchanged = 0
    with progress(len(results), "loading", quiet=args.quiet) as bar:
        task = bar.add_task("load", total=len(results))
        for path, ex in results:
            # one short-lived connection per report, so that the app can read between loads
            try:
                with session(args.db) as con:
                    prepare(con)
                    result = load_report(con, ex, who=settings.current_user())
            except LoadError as error:  # refused (nothing of it written): named, and the rest go on
                problems.append(f"{path.name}: {error}")
                err.print(f"skipped: {path.name}: {clean(str(error))}")
                bar.advance(task)
                continue
            loaded += result.status == "loaded"
            unchanged += result.status != "loaded"
            if not args.quiet:
                out.print(result.message)
            bar.advance(task)
    out.print(f"{loaded} reports loaded, {unchanged} already there, {len(problems)} unreadable or refused")
    return EXIT_BAD_INPUT if problems else EXIT_OK


def cmd_import(args) -> int:
    from etl.build import prepare
    from etl.sheets import SheetRejected, import_sheet
    from etl.warehouse import session

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"{args.file}: no such file")
    data = path.read_bytes()
    with session(args.db) as con:
        prepare(con)
        try:
            check, result = import_sheet(con, path.name, data, who=settings.current_user(), dry_run=args.dry_run,
                                         original=path.resolve(), new_schools=args.new_schools)
        except SheetRejected as rejected:
            for problem in rejected.problems:
                err.print(str(problem))
            err.print(f"{len(rejected.problems)} problem(s); nothing was imported")
            return EXIT_BAD_INPUT
    preview = check.preview
    out.print(f"{check.file}: {check.layout} sheet, {preview.rows} figures "
              f"({preview.new_figures} new, {len(preview.changed)} changed, {preview.unchanged} unchanged), "
              f"{len(preview.new_schools)} new schools")
    if check.header_row > 1:
        out.print(f"the header is row {check.header_row}; the {check.header_row - 1} row(s) above it are titles")
    if preview.duplicates_ignored:
        out.print(f"{preview.duplicates_ignored} repeated rows ignored")
    for row in preview.matched_schools.itertuples():
        out.print(f"  {row.school} -> existing school {row.existing}")
    for row in preview.new_schools.head(20).itertuples():
        out.print(f"  new school {row.school}" + (f" (similar to existing {row.similar_existing})"
                                                 if row.similar_existing else ""))
    for school, _, candidates in preview.needs_choice:
        listed = "; ".join(label for _, label in candidates)
        out.print(f"  {school}: may be one of {listed}" + (" -> a new school" if args.new_schools else ""))
    if args.dry_run:
        out.print("dry run: nothing was written")
    else:
        out.print(result.message)
    return EXIT_OK


def cmd_password(args) -> int:
    from etl import auth

    if args.hash:
        out.print(f'analyst_password_hash = "{auth.hash_password(args.hash)}"')
        return EXIT_OK
    generated = auth.ensure_password()
    if generated:
        out.print(Text.assemble("Analyst password (shown once): ", (generated, "bold")))
        out.print(f"It is stored hashed in {auth.PASSWORD_FILE.name}; delete that file to make a new one.")
    elif not args.ensure:
        _, source = auth.stored_hash()
        out.print(f"An analyst password is configured ({source}).")
    return EXIT_OK


def cmd_user(args) -> int:
    """Accounts: `user add NAME --role analyst|admin` (the password asked twice, or one line on
    standard input when it is not a terminal), `user list`, `user remove NAME`."""
    from etl import accounts
    from etl.warehouse import session

    with session(args.db) as con:
        _require_schema(con, args.db)
        if args.action == "add":
            if not args.name:
                raise UsageError("user add needs a NAME")
            accounts.add(con, args.name, args.role, _new_password())
            out.print(f"account {args.name} ({args.role}) added")
        elif args.action == "remove":
            if not args.name:
                raise UsageError("user remove needs a NAME")
            accounts.remove(con, args.name)
            out.print(f"account {args.name} removed")
        else:
            rows = accounts.listing(con)
            if args.json:
                out.print_json(data=[{"name": n, "role": r, "created_at": f"{c:%Y-%m-%dT%H:%M:%S}"}
                                     for n, r, c in rows])
                return EXIT_OK
            table = Table("name", "role", "created")
            for name, role, created in rows:
                _row(table, name, role, f"{created:%Y-%m-%d %H:%M}")
            out.print(table if rows else "No accounts yet: `python -m etl user add NAME --role analyst`.")
    return EXIT_OK


def _new_password() -> str:
    """The new account's password: asked twice at a terminal (never on the command line, where
    other users and the shell's history would see it), else the first line of standard input."""
    import getpass

    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        raise UsageError("the two passwords differ")
    return first


def _require_schema(con, db) -> None:
    from etl.migrations import LATEST_VERSION, schema_version

    version = schema_version(con)
    if version == 0:
        raise UsageError(f"{db or settings.db_path()} is not a warehouse yet: run `python -m etl build` first")
    if version < LATEST_VERSION:
        raise UsageError("the warehouse schema is older than this program: run `python -m etl build` to migrate")


# ---------------------------------------------------------------- parser

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m etl",
        description="Load reports and sheets into the party-building indicators warehouse.",
    )
    parser.add_argument("--db", default=None, help=f"warehouse path (default: $PBD_DB or {settings.db_path()})")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("build", help="create or migrate the warehouse and load the bundled data (idempotent)")
    p.add_argument("--quiet", action="store_true", help="print only when something changed")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("extract", help="print what the extractor finds in reports, without loading them")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="report files or folders")
    p.add_argument("--json", action="store_true", help="one JSON object per line (the DESIGN.md contract)")
    p.add_argument("--sheet", metavar="OUT", help="write the figures as a sheet (the bundled data format)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="extract reports and load each as one batch")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="report files or folders")
    p.add_argument("--quiet", action="store_true", help="print only the summary")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("import", help="validate a CSV/XLSX sheet and load it as one batch")
    p.add_argument("file", metavar="FILE.csv|FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="validate and preview only; write nothing")
    p.add_argument("--new-schools", action="store_true",
                   help="make a new school of every name that may be one of several known schools")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("batches", help="list loads, newest first")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--as-of", type=int, metavar="BATCH",
                   help="as the warehouse was just before this load (a DuckLake warehouse's snapshots)")
    p.set_defaults(func=cmd_batches)

    p = sub.add_parser("maintain", help="DuckLake upkeep: merge small files, expire old snapshots, delete "
                                        "orphaned files")
    p.add_argument("--keep-days", type=float, default=None,
                   help=f"days of snapshots to keep (default $PBD_SNAPSHOT_DAYS or {settings.snapshot_days():g})")
    p.add_argument("--orphan-minutes", type=float, default=None,
                   help="delete files no snapshot knows once this old (default $PBD_ORPHAN_MINUTES or "
                        f"{settings.orphan_minutes():g}; a running load's files are younger)")
    p.set_defaults(func=cmd_maintain)

    p = sub.add_parser("copy", help="copy the warehouse (a DuckDB file) into a new one, such as a DuckLake catalog")
    p.add_argument("--to", required=True, metavar="TARGET",
                   help="the new warehouse: ducklake:postgres:… (with PBD_DATA_PATH), ducklake:PATH or a file path")
    p.set_defaults(func=cmd_copy)

    p = sub.add_parser("revert", help="undo one load (the revert is recorded)")
    p.add_argument("batch", type=int, help="batch id, from `batches`")
    p.add_argument("--note", help="why (kept with the revert)")
    p.set_defaults(func=cmd_revert)

    p = sub.add_parser("password", help="analyst password: generate one if none is set, or hash one for secrets.toml")
    p.add_argument("--ensure", action="store_true", help="generate and print a password only when none is set")
    p.add_argument("--hash", metavar="PASSWORD", help="print the secrets.toml line for this password")
    p.set_defaults(func=cmd_password)
    p = sub.add_parser("user", help="analysts' and admins' own accounts: add NAME --role analyst|admin, list, "
                                    "remove NAME (the password is asked, stored as a hash)")
    p.add_argument("action", choices=["add", "list", "remove"])
    p.add_argument("name", nargs="?", help="the account's name, as its loads and reviews record it")
    p.add_argument("--role", choices=["analyst", "admin"], default="analyst")
    p.add_argument("--json", action="store_true", help="list as JSON")
    p.set_defaults(func=cmd_user)
    # "every command takes --db": after the command as well as before it (given after, it wins)
    for command in sub.choices.values():
        command.add_argument("--db", default=argparse.SUPPRESS, help="warehouse path (as before the command)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse already printed the usage message
        return EXIT_BAD_INPUT if exit_.code not in (0, None) else EXIT_OK
    if args.db is None:
        args.db = settings.db_path()
    from etl.load import waiting_notice

    waited = []

    def waiting() -> None:  # once per command: a load that waits again is still waiting
        if not waited:
            err.print("waiting for another load to finish…")
        waited.append(1)

    try:
        with waiting_notice(waiting):
            return args.func(args)
    except (UsageError, FileNotFoundError, IsADirectoryError) as error:
        err.print(f"error: {_plain(error)}")
        return EXIT_BAD_INPUT
    except WarehouseBusy as error:
        err.print(f"error: {error}")
        return EXIT_INTERNAL
    except WarehouseError as error:
        from etl.load import LoadError

        err.print(f"error: {error}")
        return EXIT_BAD_INPUT if isinstance(error, LoadError) else EXIT_INTERNAL
    except KeyboardInterrupt:
        err.print("interrupted: nothing partial was written (every load is one transaction)")
        return 130
    except BrokenPipeError:
        # whoever read the output stopped reading (`… | head`): stop quietly, as other tools do, with the status of
        # a process ended by SIGPIPE; the rest of the output goes nowhere rather than raising again at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as error:
        if not no_room(error):
            return _internal(error)
        err.print(f"error: no room to write the warehouse {clean(str(args.db))} ({clean(str(error))}). "
                  "Free some disk space and try again; nothing partial was written.")
        return EXIT_BAD_INPUT


def _internal(error: Exception) -> int:
    """An internal error: say what and where, briefly."""
    err.print(f"internal error: {type(error).__name__}: {clean(redacted(str(error)))}")
    err.print("This is a bug; nothing partial was written. Set PBD_DEBUG=1 for the traceback.")
    if os.environ.get("PBD_DEBUG"):
        raise error
    return EXIT_INTERNAL


def _plain(error: Exception) -> str:
    if isinstance(error, FileNotFoundError) and error.filename:
        return f"{error.filename}: no such file"
    if isinstance(error, IsADirectoryError) and error.filename:
        return f"{error.filename}: is a directory"
    return str(error)


def print_json_lines(records) -> None:
    for record in records:
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def existing_paths(paths: Sequence[str]) -> list[Path]:
    found = []
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise UsageError(f"{p}: no such file or directory")
        found.append(path)
    return found
