"""Round 15's audit of the command line, the Ingest page and the correction form: bad input
of every kind is a one-line message and a non-zero exit, never a stack trace or a hang."""

from __future__ import annotations

import socket

import pytest

from placeline import cli

ARTICLE = ("Floods in Porto Alegre\nPORTO ALEGRE, May 6, 2024 - Rain flooded Porto Alegre in "
           "Brazil on Monday.\n")


def _main(capsys, *args: str) -> tuple[int, str, str]:
    """`python -m placeline ARGS` in this process: exit code, stdout, stderr."""
    try:
        code = cli.main(list(args))
    except SystemExit as exit_:  # argparse
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# -- 1. --workers and --scheduler ------------------------------------------------------------

@pytest.mark.parametrize("workers", ["-1", "0", "two"])
def test_workers_below_one_are_refused_by_the_parser(capsys, workers):
    with pytest.raises(SystemExit) as exit_:  # before: -1 started a cluster that never came up
        cli.build_parser().parse_args(["ingest", "--workers", workers, "x.txt"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--workers" in err and ("at least 1" in err or "whole number" in err)


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:{port}", "no-port-here"])
def test_an_unreachable_scheduler_is_a_one_line_error(capsys, monkeypatch, tmp_path, address):
    from placeline import parallel

    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", 1, raising=False)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    address = address.format(port=_free_port())
    code, _, err = _main(capsys, "ingest", "--scheduler", address, str(article),
                         "--db", str(tmp_path / "x.db"))
    assert code != 0
    assert f"error: Cannot reach the Dask scheduler at {address}" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_the_scheduler_timeout_is_shorter_than_dasks_default():
    from placeline import parallel

    assert parallel.CONNECT_TIMEOUT < 30
