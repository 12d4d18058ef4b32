"""Fix 54 (audit 31 items 12, 13): `geoparse` says that, and how, it gives names no place
fits, and can leave them out; ingest names placeline's own exports and the commands that
move a store."""

from __future__ import annotations

import json

from placeline import cli

DRAKENSBERG = {"id": "t2", "text": "Hikers in the Drakensberg should check conditions at "
                                   "Cathedral Peak before setting out."}


def _main(capsys, *args: str) -> tuple[int, str, str]:
    """`python -m placeline ARGS` in this process: exit code, stdout, stderr."""
    try:
        code = cli.main(list(args))
    except SystemExit as exit_:  # argparse
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def _jsonl(tmp_path, *rows: dict) -> str:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


# --- item 12: unresolved toponyms ----------------------------------------------------------

def test_geoparse_help_says_an_unplaced_name_comes_with_nulls(capsys):
    code, out, _ = _main(capsys, "geoparse", "--help")
    text = " ".join(out.split())
    assert code == 0
    assert "no place fits is given too" in text and '"confidence" 0' in text
    assert "--resolved-only" in text


def test_geoparse_gives_an_unplaced_name_by_default_and_not_with_resolved_only(capsys,
                                                                               tmp_path):
    path = _jsonl(tmp_path, DRAKENSBERG)
    code, out, _ = _main(capsys, "geoparse", path)
    names = {t["name"]: t for t in json.loads(out)["toponyms"]}
    assert code == 0 and "Drakensberg" in names  # the default is as before
    peak = names["Cathedral Peak"]
    assert peak["place_id"] is None and peak["lat"] is None and peak["confidence"] == 0
    code, out, _ = _main(capsys, "geoparse", path, "--resolved-only")
    toponyms = json.loads(out)["toponyms"]
    assert code == 0 and [t["name"] for t in toponyms] == ["Drakensberg"]
    assert all(f"{t['lat']:.2f}" for t in toponyms)  # the auditor's script now runs
