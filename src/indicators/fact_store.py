"""The annual facts of a batch, kept on disk in SQLite so that memory does not grow with them.

A batch adds each report's facts (:mod:`indicators.facts`) as its result arrives. Afterwards
the store answers the two cross-report questions of the overview: which target set in one
year's report meets an actual stated in another report for the same place, indicator and year
(:meth:`FactStore.target_actual_pairs`), and what each place states for one indicator
(:meth:`FactStore.latest_by_place`). SQLite (Python's standard library) does the joins and the
ordering on disk, with a small page cache, however many reports there are.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType

from .facts import Fact

_FIELDS = Fact._fields
_PLACEHOLDERS = ", ".join("?" for _ in _FIELDS)

_FIRSTS = """
WITH firsts AS (
    SELECT * FROM facts AS f
    WHERE f.place != '' AND f.seq = (
        SELECT MIN(g.seq) FROM facts AS g
        WHERE g.report = f.report AND g.key = f.key AND g.kind = f.kind
          AND g.measure = f.measure AND g.year = f.year
    )
)
"""


class FactStore:
    """Annual facts of many reports in an SQLite file (``":memory:"`` for a small batch).

    Examples
    --------
    >>> from indicators.facts import Fact
    >>> def fact(report, year, kind, value):
    ...     return Fact(report, "石门镇", str(year + (kind == "actual")), 0, "税收收入",
    ...                 "indicator", year, kind, "level", value, "亿元", "", "", "", 3, "")
    >>> with FactStore(":memory:") as store:
    ...     store.add([fact("a.txt", 2022, "target", "2.04")])
    ...     store.add([fact("b.txt", 2022, "actual", "2.01")])
    ...     [(t.value, a.value) for t, a in store.target_actual_pairs()]
    [('2.04', '2.01')]
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._db = sqlite3.connect(self.path)
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        columns = ", ".join(
            f"{name} {'INTEGER' if name in ('seq', 'year', 'line') else 'TEXT'}" for name in _FIELDS
        )
        self._db.execute(f"CREATE TABLE IF NOT EXISTS facts ({columns})")

    def __enter__(self) -> FactStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the database (the file stays; the caller owns it)."""
        self._db.close()

    def add(self, facts: Iterable[Fact]) -> None:
        """Store the facts of one report."""
        self._db.executemany(f"INSERT INTO facts VALUES ({_PLACEHOLDERS})", facts)

    def _index(self) -> None:
        self._db.execute(
            "CREATE INDEX IF NOT EXISTS facts_first ON facts (report, key, kind, measure, year)"
        )
        self._db.execute("CREATE INDEX IF NOT EXISTS facts_place ON facts (place, key, year)")
        self._db.commit()

    def target_actual_pairs(self) -> Iterator[tuple[Fact, Fact]]:
        """Each target with each actual of another report: same place, subject, year, measure.

        Only the first statement of a subject in a report counts (the headline figure).
        Pairs come ordered by place, year, target report and reading order, actual report.
        """
        self._index()
        cols = ", ".join(f"t.{n}" for n in _FIELDS) + ", " + ", ".join(f"a.{n}" for n in _FIELDS)
        query = (
            _FIRSTS
            + f"""
            SELECT {cols} FROM firsts AS t JOIN firsts AS a
              ON a.place = t.place AND a.key = t.key AND a.year = t.year
             AND a.measure = t.measure AND a.report != t.report
            WHERE t.kind = 'target' AND a.kind = 'actual'
            ORDER BY t.place, t.year, t.report, t.seq, a.report, a.seq
            """
        )
        n = len(_FIELDS)
        for row in self._db.execute(query):
            yield Fact(*row[:n]), Fact(*row[n:])

    def subjects_by_places(self, limit: int = 3) -> list[tuple[str, int]]:
        """Subjects with an actual level in the most places: ``(key, places)``, best first.

        Ties go to a subject named by the vocabulary (rather than by a report's own words),
        then to one with a growth rate in more places, then with a target in more places,
        then alphabetically. Only subjects stated by two places or more count.
        """
        query = """
            SELECT key,
                   COUNT(DISTINCT CASE WHEN kind = 'actual' AND value != '' THEN place END) AS n,
                   COUNT(DISTINCT CASE WHEN kind = 'actual' AND growth_pct != ''
                                       THEN place END) AS growth,
                   COUNT(DISTINCT CASE WHEN kind = 'target' THEN place END) AS targets
            FROM facts WHERE place != '' AND measure = 'level'
            GROUP BY key HAVING n >= 2
            ORDER BY n DESC, MAX(named_by = 'name'), growth DESC, targets DESC, key LIMIT ?
        """
        return [(row[0], int(row[1])) for row in self._db.execute(query, (limit,))]

    def latest_by_place(self, key: str) -> Iterator[tuple[str, list[Fact]]]:
        """For each place, the facts about ``key`` of its latest report, ordered by place.

        The latest report of a place is the one with the highest year (then the last name).
        """
        self._index()
        query = f"""
            SELECT {", ".join(_FIELDS)} FROM facts AS f
            WHERE f.key = ? AND f.place != '' AND f.measure = 'level'
              AND f.report = (
                SELECT g.report FROM facts AS g WHERE g.place = f.place AND g.key = f.key
                ORDER BY g.report_year DESC, g.report DESC LIMIT 1)
            ORDER BY f.place, f.seq
        """
        current: str | None = None
        facts: list[Fact] = []
        for row in self._db.execute(query, (key,)):
            fact = Fact(*row)
            if fact.place != current and current is not None:
                yield current, facts
                facts = []
            current = fact.place
            facts.append(fact)
        if current is not None:
            yield current, facts
