"""Simulated viewers: Streamlit sessions driven over the app's websocket, as a browser drives them.

Each viewer opens `/_stcore/stream`, asks for a page (a `rerun_script` message naming it, with a query
string), reads the page's messages until the script has finished, and asks again, for as long as
it is told to. It does what a person clicking through the pages makes the server do, without a
browser: the server runs every query of the page for it.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import connect


@dataclass
class ViewerStats:
    runs: int = 0
    errors: list[str] = field(default_factory=list)


async def _view(url: str, pages: list[tuple[str, str]], stop: threading.Event, stats: ViewerStats) -> None:
    async with connect(url.replace("http://", "ws://") + "/_stcore/stream", subprotocols=["streamlit"],
                       max_size=None) as socket:
        turn = 0
        while not stop.is_set():
            page, query = pages[turn % len(pages)]
            turn += 1
            message = BackMsg()
            message.rerun_script.query_string = query.format(n=turn, viewer=id(stats))
            message.rerun_script.page_name = page
            await socket.send(message.SerializeToString())
            while True:
                raw = await asyncio.wait_for(socket.recv(), timeout=120)
                forward = ForwardMsg()
                forward.ParseFromString(raw)
                kind = forward.WhichOneof("type")
                if kind == "delta" and forward.delta.new_element.WhichOneof("type") == "exception":
                    stats.errors.append(forward.delta.new_element.exception.message)
                if kind == "page_not_found":
                    stats.errors.append(f"no page {page!r}")
                if kind == "script_finished":
                    stats.runs += 1
                    break


class Viewers:
    """`count` viewers cycling through `pages` ([(url path, query string)]) until stopped. A query
    string may hold `{n}` (the viewer's run number) and `{viewer}`, so that every run asks for
    something new and the app's cache cannot answer it."""

    def __init__(self, url: str, count: int, pages: list[tuple[str, str]]):
        self.stop_event = threading.Event()
        self.stats = [ViewerStats() for _ in range(count)]
        self._thread = threading.Thread(target=asyncio.run, args=(self._main(url, pages),), daemon=True)

    async def _main(self, url: str, pages: list[tuple[str, str]]) -> None:
        await asyncio.gather(*(_view(url, pages[i % len(pages):] + pages[:i % len(pages)], self.stop_event, s)
                               for i, s in enumerate(self.stats)), return_exceptions=False)

    def __enter__(self) -> Viewers:
        self._thread.start()
        return self

    def wait_for_runs(self, runs: int, timeout: float = 120) -> None:
        """Until every viewer has seen `runs` pages through."""
        deadline = time.monotonic() + timeout
        while min(s.runs for s in self.stats) < runs:
            if time.monotonic() > deadline:
                raise TimeoutError(f"viewers ran {[s.runs for s in self.stats]} pages")
            time.sleep(0.1)

    @property
    def runs(self) -> int:
        return sum(s.runs for s in self.stats)

    def __exit__(self, *exc) -> None:
        self.stop_event.set()
        self._thread.join(timeout=150)
