"""The README documents every command, every setting and every page the code has."""

from __future__ import annotations

import re

import pytest

from etl.cli import build_parser
from etl.settings import SETTINGS
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


@pytest.mark.parametrize("command", commands())
def test_every_command_is_documented(command):
    assert re.search(rf"`{command}\b", README), f"python -m etl {command} is missing from the README"


@pytest.mark.parametrize("env", [s.env for s in SETTINGS.values()])
def test_every_setting_is_documented(env):
    assert f"`{env}`" in README


def test_every_page_is_documented():
    app = (ROOT / "app.py").read_text(encoding="utf-8")
    for url in re.findall(r'"views/\w+\.py", "\w+", "(\w+)"', app):
        assert f"`/{url}`" in README


def test_quick_start_is_the_two_commands():
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    assert "make run" in quick and "make test" in quick


def test_every_picture_the_readme_shows_is_in_the_repository():
    """The README's pictures: the overview page, an exported PNG in each language and a deck slide."""
    from PIL import Image

    pictures = re.findall(r"!\[[^\]]*\]\((docs/[\w.-]+\.png)\)", README)
    assert {"docs/export_zh.png", "docs/export_en.png", "docs/deck_slide.png"} <= set(pictures)
    for picture in pictures:
        with Image.open(ROOT / picture) as image:
            width, height = image.size
        assert width > height  # a 16:9 export or slide, a page's screenshot
