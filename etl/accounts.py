"""Analysts' and admins' own accounts, kept in the warehouse (table `accounts`): made, listed and
removed with `python -m etl user …`, checked at the app's login.

An account's name is what its loads, reviews and reverts record. A login names an account by its
key (etl.auth.account_key: case, width and invisible characters aside). The shared analyst password
(etl.auth) still logs in under any name that is not an account's; it never logs in as an account.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from etl.warehouse import LoadError, bump_data_version, transaction

ROLES = ("analyst", "admin")
MIN_PASSWORD = 10  # characters: an account's own password guards loads and reverts


class AccountError(LoadError):
    """An account that cannot be made or found, said in both languages."""


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    password_hash: str


def _key(name: str) -> str:
    from etl.auth import account_key

    return account_key(name)


def add(con: duckdb.DuckDBPyConnection, name: str, role: str, password: str) -> Account:
    """Make an account; refused when the name is not a fit name, is taken, the role is unknown or the
    password shorter than MIN_PASSWORD."""
    from etl.auth import hash_password
    from etl.textnorm import clean_name, name_problem

    cleaned = clean_name(name)
    problem = name_problem(name) if cleaned else ("a name is needed", "需要填写名字")
    if problem:
        raise AccountError(f"{name!r}: {problem[0]}", f"{name!r}：{problem[1]}")
    if role not in ROLES:
        raise AccountError(f"{role!r} is not a role: analyst or admin", f"{role!r} 不是角色：analyst 或 admin")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password is shorter than {MIN_PASSWORD} characters",
                           f"密码少于 {MIN_PASSWORD} 个字符")
    account = Account(cleaned, role, hash_password(password))
    with transaction(con):
        if find(con, cleaned):  # inside the transaction: two `user add` at once make one account
            raise AccountError(f"an account named {cleaned!r} exists already", f"已有名为 {cleaned!r} 的账户")
        con.execute("INSERT INTO accounts VALUES (?, ?, ?, ?, current_timestamp)",
                    [account.name, _key(cleaned), account.role, account.password_hash])
        bump_data_version(con)  # the pages' cached reads of accounts are keyed on it
    return account


def remove(con: duckdb.DuckDBPyConnection, name: str) -> None:
    with transaction(con):
        if not find(con, name):
            raise AccountError(f"no account named {name!r}", f"没有名为 {name!r} 的账户")
        con.execute("DELETE FROM accounts WHERE name_key = ?", [_key(name)])
        bump_data_version(con)


def find(con: duckdb.DuckDBPyConnection, name: str) -> Account | None:
    """The account a login names, or None."""
    row = con.execute("SELECT name, role, password_hash FROM accounts WHERE name_key = ?", [_key(name)]).fetchone()
    return Account(*row) if row else None


@dataclass(frozen=True)
class Analyst:
    """Who a login let in: the name their loads, reviews and reverts record, and their role."""
    name: str
    role: str
    account: bool  # logged in as an account of their own, not with the shared password


def log_in(name: str, password: str, account: Callable[[str], Account | None], throttle=None) -> Analyst | None:
    """The analyst a login lets in, or None for a wrong password (throttled per name, etl.auth). An
    account's own password logs in as that account; the shared password under any other name.
    `account` finds the account a name gives (None where there is none, or no warehouse yet). The
    name itself is checked first by the caller (etl.textnorm.name_problem), which says why.
    `throttle`: the process's own (etl.auth.THROTTLE) unless given."""
    from etl.auth import THROTTLE, account_key, check_password
    from etl.textnorm import clean_name

    own = account(name)
    if not check_password(password, who=account_key(name), throttle=throttle or THROTTLE,
                          own_hash=own.password_hash if own else None):
        return None
    return Analyst(own.name, own.role, True) if own else Analyst(clean_name(name), "analyst", False)


def listing(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, object]]:
    """(name, role, created_at) of every account, by name."""
    return con.execute("SELECT name, role, created_at FROM accounts ORDER BY name_key").fetchall()
