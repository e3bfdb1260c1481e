"""What is in a database: counts, events by type, top dyads and speakers, stories.

Events are counted once per story: a wire story republished by fifty sites is one
story, and only its original's events are counted (``counts.events`` is every row).
"""

from __future__ import annotations

from typing import Any

TOP = 10

# The events of story originals (a document alone is its own story's original).
_STORY_EVENTS = ("(SELECT e.* FROM events e JOIN documents d ON d.id = e.doc_id "
                 "WHERE coalesce(d.story_id, d.id) = d.id)")


def summary(con: Any, top: int = TOP) -> dict[str, Any]:
    """A summary of the database as plain data (the CLI renders it); a missing value
    (an event coded in CAMEO only, a side with no actor) is None."""
    def rows(sql: str) -> list[list]:
        return [list(r) for r in con.execute(sql).fetchall()]
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "events", "actors", "quotes", "places", "times", "rejections")}
    counts["stories"] = con.execute(
        "SELECT count(DISTINCT coalesce(story_id, id)) FROM documents").fetchone()[0]
    counts["story_events"] = con.execute(f"SELECT count(*) FROM {_STORY_EVENTS}").fetchone()[0]
    events = _STORY_EVENTS
    # events with both a source and a target: the share a dyadic dataset can use; of them,
    # those whose target is implied, not named (a domestic act's other side at home)
    two_sided = ("coalesce(source_code, source_name) IS NOT NULL AND coalesce(target_code, target_name) "
                 "IS NOT NULL")
    sides = con.execute(f"SELECT count(*), count(*) FILTER (WHERE {two_sided}), count(*) FILTER (WHERE "
                        f"{two_sided} AND json_extract_string(record, '$.target[0].kind') = 'implied') "
                        f"FROM {events}").fetchone()
    return {
        "counts": counts,
        "events_two_sided": {"events": sides[1], "share": round(sides[1] / sides[0], 3) if sides[0] else 0.0,
                             "implied_target": sides[2]},
        "events_by_plover": rows("SELECT nullif(plover_type, '') t, count(*) n "
                                 f"FROM {events} GROUP BY 1 ORDER BY n DESC, 1"),
        "events_by_cameo_root": rows(f"SELECT cameo_root, count(*) n FROM {events} GROUP BY 1 ORDER BY n DESC, 1"),
        "top_dyads": rows(
            "SELECT coalesce(source_code, source_country, source_name) src, "
            "coalesce(target_code, target_country, target_name) tgt, count(*) n "
            f"FROM {events} GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT {int(top)}"),
        "top_speakers": rows(
            "SELECT speaker_name, any_value(speaker_country), count(*) n FROM quotes "
            f"WHERE speaker_name IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT {int(top)}"),
        "top_stories": rows(
            "SELECT coalesce(d.story_id, d.id) story, any_value(o.title), count(*) copies, "
            "count(DISTINCT d.outlet) outlets FROM documents d "
            "LEFT JOIN documents o ON o.id = coalesce(d.story_id, d.id) "
            f"GROUP BY 1 HAVING count(*) > 1 ORDER BY copies DESC, 1 LIMIT {int(top)}"),
        "rejections": rows("SELECT code, count(*) n FROM rejections GROUP BY 1 ORDER BY n DESC, 1"),
    }
