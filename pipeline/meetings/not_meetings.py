"""A series' name inside the title of something held that is no meeting: "the inaugural ADMM+ Humanitarian Assistance
and Disaster Relief and Military Medicine Exercise" (English: its head after the name), "cuộc diễn tập ... ADMM+"
(Vietnamese: its head before). The name there names the exercise, not a meeting of the series; so does a name
standing for the grouping's members ("the ADMM+ member states", "các nước thành viên ADMM+").

Reads `not_meeting_after` and `not_meeting_before` (regex; models/meetings/<lang>.yaml)."""
from __future__ import annotations

import re

REACH = 120     # characters around a mention within which the title's head stands


class NotMeetings:
    def __init__(self, data: dict):
        after, before = data.get("not_meeting_after") or [], data.get("not_meeting_before") or []
        self.after = re.compile("|".join(f"(?:{p})" for p in after)) if after else None
        self.before = re.compile("(?:" + "|".join(f"(?:{p})" for p in before) + r")$") if before else None

    def drop(self, text: str, found: list) -> list:
        """`found` without the mentions that stand in such a title (meetings/mentions.py Found)."""
        return [f for f in found
                if not (self.after is not None and self.after.match(text[f.end:f.end + REACH]))
                and not (self.before is not None and self.before.search(text[max(0, f.start - REACH):f.start]))]
