from tests.conftest import wait_for_app
from tests.test_browser import rich_server  # noqa: F401

URLS = ["/compare?lang=en&color=region", "/compare?lang=en&indicator=volunteer_sessions&per10=1",
        "/trends?lang=en", "/school?lang=en&id=2", "/evidence?lang=en", "/schools?lang=en", "/upload?lang=en"]


def test_probe(rich_server, page):  # noqa: F811
    for n, url in enumerate(URLS):
        page.goto(rich_server.url + url)
        wait_for_app(page)
        page.screenshot(path=f"/tmp/ev/explore_{n}.png", full_page=True)
