"""What is in a database: counts, events by type, top dyads and speakers."""

from __future__ import annotations

from typing import Any

TOP = 10


def summary(con: Any, top: int = TOP) -> dict[str, Any]:
    """A summary of the database as plain data (the CLI renders it)."""

    def rows(sql: str) -> list[list]:
        return [list(r) for r in con.execute(sql).fetchall()]

    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "events", "actors", "quotes", "places", "times", "rejections")}
    # events with both a source and a target: the share a dyadic dataset can use
    sides = con.execute("SELECT count(*), count(*) FILTER (WHERE coalesce(source_code, source_name) "
                        "IS NOT NULL AND coalesce(target_code, target_name) IS NOT NULL) FROM events").fetchone()
    return {
        "counts": counts,
        "events_two_sided": {"events": sides[1], "share": round(sides[1] / sides[0], 3) if sides[0] else 0.0},
        "events_by_plover": rows("SELECT coalesce(nullif(plover_type, ''), '(CAMEO only)') t, count(*) n FROM events "
                                 "GROUP BY 1 ORDER BY n DESC, 1"),
        "events_by_cameo_root": rows("SELECT cameo_root, count(*) n FROM events GROUP BY 1 ORDER BY n DESC, 1"),
        "top_dyads": rows(
            "SELECT coalesce(source_code, source_country, source_name, '-') src, "
            "coalesce(target_code, target_country, target_name, '-') tgt, count(*) n "
            f"FROM events GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT {int(top)}"),
        "top_speakers": rows(
            "SELECT speaker_name, any_value(speaker_country), count(*) n FROM quotes "
            f"WHERE speaker_name IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT {int(top)}"),
        "rejections": rows("SELECT code, count(*) n FROM rejections GROUP BY 1 ORDER BY n DESC, 1"),
    }
