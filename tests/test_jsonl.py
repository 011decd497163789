"""The shared JSON Lines reader (verusbench.jsonl) and the loaders that use it."""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path

from verusbench import jsonl
from verusbench.attempts import read_store
from verusbench.corpus import CorpusError, iter_jsonl_file
from verusbench.jsonl import Lines
from verusbench.ledger import Ledger, text_sha256

LINES = [json.dumps({"n": i, "pad": "x" * (i % 7) * 300}).encode() for i in range(400)]


def _gz(lines: list[bytes]) -> bytes:
    return gzip.compress(b"".join(x + b"\n" for x in lines), mtime=0)


def _read(p: Path) -> tuple[list[tuple[int, bytes]], jsonl.Damage | None]:
    r = Lines(p)
    return list(r), r.damage


def _cut_mid_line(lines: list[bytes], k: int) -> bytes:
    """A gzip stream whose data stops inside line k (0-based): a flushed member cut short."""
    co = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    raw = b"".join(x + b"\n" for x in lines[:k]) + lines[k][: len(lines[k]) // 2]
    return co.compress(raw) + co.flush(zlib.Z_SYNC_FLUSH)


def test_plain_and_gzip_read_the_same(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(b"".join(x + b"\n" for x in LINES))
    (tmp_path / "a.jsonl.gz").write_bytes(_gz(LINES))
    (tmp_path / "plain.jsonl.gz").write_bytes(b"".join(x + b"\n" for x in LINES))   # named .gz, not gzip
    want = list(enumerate(LINES, 1))
    for name in ("a.jsonl", "a.jsonl.gz", "plain.jsonl.gz"):
        assert _read(tmp_path / name) == (want, None)
    gz, plain = Lines(tmp_path / "a.jsonl.gz"), Lines(tmp_path / "plain.jsonl.gz")
    list(gz), list(plain)
    assert gz.gzip and not plain.gzip


def test_large_input_is_read_in_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonl, "CHUNK", 1000)      # lines span chunks, members decompress piecewise
    p = tmp_path / "a.jsonl.gz"
    p.write_bytes(_gz(LINES))
    assert _read(p) == (list(enumerate(LINES, 1)), None)
    q = tmp_path / "a.jsonl"
    q.write_bytes(b"\n".join(LINES))               # no final newline
    assert _read(q) == (list(enumerate(LINES, 1)), None)


def test_several_gzip_members_are_one_stream(tmp_path):
    p = tmp_path / "m.jsonl.gz"
    p.write_bytes(_gz(LINES[:3]) + _gz(LINES[3:5]) + b"\x00" * 8 + _gz(LINES[5:9]))
    assert _read(p) == (list(enumerate(LINES[:9], 1)), None)


def test_truncated_gzip_mid_line_keeps_the_whole_lines_before(tmp_path):
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(_cut_mid_line(LINES, 250))
    got, dmg = _read(p)
    assert got == list(enumerate(LINES[:250], 1))          # line 251's first half is not a line
    assert dmg is not None and dmg.line == 251 and dmg.path == p
    assert dmg.reason == "it ends before the end-of-stream marker"
    assert str(dmg) == f"{p}:251: gzip stream damaged or truncated (it ends before the end-of-stream marker)"


def test_truncated_gzip_at_its_trailer(tmp_path):
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(_gz(LINES)[:-4])
    got, dmg = _read(p)
    assert got == list(enumerate(LINES, 1)) and dmg is not None and dmg.line == len(LINES) + 1
    assert dmg.reason == "it ends before the end-of-stream marker"


def test_garbage_after_valid_gzip_is_damage(tmp_path):
    p = tmp_path / "g.jsonl.gz"
    p.write_bytes(_gz(LINES[:5]) + b"this is not gzip\n" + _gz(LINES[5:]))
    got, dmg = _read(p)
    assert got == list(enumerate(LINES[:5], 1))
    assert dmg is not None and dmg.line == 6 and dmg.reason == "data after the end of the stream is not gzip"


def test_corrupt_deflate_data_is_damage(tmp_path):
    data = bytearray(_gz(LINES))
    for i in range(len(data) // 2, len(data) // 2 + 64):
        data[i] ^= 0x5A
    p = tmp_path / "bad.jsonl.gz"
    p.write_bytes(bytes(data))
    got, dmg = _read(p)
    assert dmg is not None and "while decompressing" in dmg.reason and dmg.line == len(got) + 1
    assert got == list(enumerate(LINES[:len(got)], 1))


def test_empty_file_and_empty_gzip(tmp_path):
    (tmp_path / "e.jsonl").write_bytes(b"")
    (tmp_path / "e.jsonl.gz").write_bytes(gzip.compress(b""))
    assert _read(tmp_path / "e.jsonl") == ([], None)
    assert _read(tmp_path / "e.jsonl.gz") == ([], None)


def test_blank_lines_are_skipped_but_counted_and_crlf_is_a_line_break(tmp_path):
    body = b'{"a": 1}\r\n\r\n   \n{"b": 2}\n\n{"c": 3}\r\n \t'
    want = [(1, b'{"a": 1}'), (4, b'{"b": 2}'), (6, b'{"c": 3}')]
    (tmp_path / "b.jsonl").write_bytes(body)
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(body))
    assert _read(tmp_path / "b.jsonl") == (want, None)
    assert _read(tmp_path / "b.jsonl.gz") == (want, None)


# --- the loaders on a damaged gzip: the lines before the damage are kept ---------------------

def _rec(i: int) -> bytes:
    return json.dumps({"source": "s", "repo": "r", "commit": "c", "path": f"f{i}.rs", "role": "project",
                       "license": "MIT", "text": f"fn f{i}() {{}}\n" + "// pad\n" * (i % 5)}).encode()


def test_corpus_keeps_the_records_before_the_damage(tmp_path):
    p = tmp_path / "s.jsonl.gz"
    p.write_bytes(_cut_mid_line([_rec(i) for i in range(60)], 40))
    errs: list[CorpusError] = []
    recs = list(iter_jsonl_file(p, errs))
    assert [r.path for r in recs] == [f"f{i}.rs" for i in range(40)]
    assert len(errs) == 1 and errs[0].line == 41
    assert errs[0].reason.startswith("gzip stream is corrupt or truncated "
                                     "(it ends before the end-of-stream marker); records after")


def _ledger_line(i: int) -> bytes:
    return json.dumps({"sha256": text_sha256(f"t{i}"), "status": "verified", "verified": 1,
                       "verifier": {"version": "v"}, "flags": Ledger().flags}).encode()


def test_ledger_keeps_the_lines_before_the_damage_and_reports_it(tmp_path):
    p = tmp_path / "l.jsonl.gz"
    p.write_bytes(_cut_mid_line([_ledger_line(i) for i in range(30)], 20))
    led = Ledger.load([p])
    assert len(led) == 20 and all(text_sha256(f"t{i}") in led for i in range(20))
    assert led.report.lines == 20 and led.report.kept == 20 and not led.report.ignored
    (d,) = led.report.damaged
    assert d == (f"{p}:21: gzip stream damaged or truncated (it ends before the end-of-stream marker); "
                 "the lines before it kept")
    assert led.report.to_dict()["damaged"] == [d]
    q = tmp_path / "ok.jsonl.gz"
    q.write_bytes(_gz([_ledger_line(i) for i in range(30)]))
    good = Ledger.load([q])
    assert len(good) == 30 and not good.report.damaged and "damaged" not in good.report.to_dict()


def test_attempt_store_keeps_the_lines_before_the_damage(tmp_path):
    lines = [json.dumps({"kind": "store", "name": "x"}).encode()]
    lines += [json.dumps({"kind": "attempt", "row_id": f"r{i}", "config": "c", "sample": 0,
                          "sha256": text_sha256(f"a{i}"), "text": f"a{i}", "model": "m",
                          "adapter": ""}).encode()
              for i in range(25)]
    p = tmp_path / "x.jsonl.gz"
    p.write_bytes(_cut_mid_line(lines, 16))
    st = read_store(p)
    assert [a.row_id for a in st.attempts] == [f"r{i}" for i in range(15)]
    assert st.problems == [f"{p}: gzip stream is damaged or truncated; lines before the damage kept"]
    p.write_bytes(_gz(lines[:1]) + _gz(lines[1:]))    # a store of two members is read whole
    assert len(read_store(p).attempts) == 25 and not read_store(p).problems
