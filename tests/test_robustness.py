"""Hostile and unusual input: long texts, odd encodings, clashing ids, unsafe output paths."""
from __future__ import annotations

import json
import os
import resource
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.corpus import PIECE_LENGTH, ArticleIds, Document, cut_long, decode, read_documents, split_page
from kg.errors import InputError
from kg.model import Article
from kg.pipeline import extract_articles

LEAD = "近日，广西南宁市总工会举办“金秋助学”活动。"
FILLER = "这是一段很长的文字，没有什么内容。"


def points_back(article: Article, source: str) -> bool:
    """Every character of the article stands at its source offset in the source text."""
    return all(source[article.source_offset(i)] == ch for i, ch in enumerate(article.text))


# Long articles

def test_a_long_article_is_cut_at_paragraph_ends_keeping_offsets():
    source = "标题\n\n" + "\n".join(FILLER * 20 for _ in range(40)) + "\n" + LEAD
    article = split_page(source, "p.txt")[0]
    pieces = cut_long(article, limit=1000)
    assert len(pieces) > 1 and all(len(piece.text) <= 1000 for piece in pieces)
    assert "".join(piece.text for piece in pieces) == article.text
    assert all(piece.text.endswith("\n") for piece in pieces[:-1])
    assert [piece.id for piece in pieces] == [f"{article.id}.{n}" for n in range(1, len(pieces) + 1)]
    assert all(points_back(piece, source) for piece in pieces)


def test_a_long_line_is_cut_at_sentence_ends_or_else_anywhere():
    line = FILLER * 200
    pieces = cut_long(Article(id="a", doc="a", text=line), limit=1000)
    assert all(piece.text.endswith("。") for piece in pieces[:-1])
    unbroken = "字" * 2500
    pieces = cut_long(Article(id="b", doc="b", text=unbroken), limit=1000)
    assert [len(piece.text) for piece in pieces] == [1000, 1000, 500]


def test_line_breaks_joined_inside_a_piece_still_map_back():
    source = ("工会组织开展了多项活动，帮助职工解决实际困难和问题，统筹协\n\n调各方资源。\n" * 300)
    article = split_page(source, "p.txt")[0]
    pieces = cut_long(article, limit=700)
    assert len(pieces) > 5 and all(points_back(piece, source) for piece in pieces)


@pytest.mark.parametrize("shape", ["one line", "jsonl record"])
def test_a_text_over_a_million_characters_is_read_and_extracted(tmp_path, shape):
    text = FILLER * 70_000 + LEAD
    assert len(text) > 1_000_000
    if shape == "one line":
        path = tmp_path / "long.txt"
        path.write_text(text, encoding="utf-8")
    else:
        path = tmp_path / "long.jsonl"
        path.write_text(json.dumps({"id": "web-9", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    document, = read_documents([str(path)])
    assert all(len(article.text) <= PIECE_LENGTH for article in document.articles)
    extractions = extract_articles(document.articles)
    evidence = [r.evidence for e in extractions for r in e.relations if r.evidence]
    assert evidence and all(text[item.start: item.end] == item.sentence for item in evidence)
    assert {item.sentence for item in evidence} == {LEAD}


def test_a_long_page_through_the_command_line_gives_its_record(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text((FILLER * 30 + "\n\n") * 2500 + LEAD, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "-q", str(path)])
    assert result.exit_code == 0, result.output
    names = {entity["name"] for entity in json.loads(result.stdout)["entities"]}
    assert {"南宁市总工会", "金秋助学"} <= names


def test_a_record_escaping_half_a_character_is_read(tmp_path):
    path = tmp_path / "web.jsonl"
    path.write_text('{"id": "a\\udc00", "title": "\\udfff", "text": "\\ud800' + LEAD + '"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "-q", str(path)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["doc"] == "a\ufffd" and {"南宁市总工会", "金秋助学"} <= {e["name"] for e in record["entities"]}


# Encodings

@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le", "utf-8-sig", "utf-32"])
def test_text_with_a_byte_order_mark_is_read(encoding):
    text = LEAD + "\r\n第二行"
    data = text.encode(encoding)
    if encoding in ("utf-16-be", "utf-16-le"):
        data = "\ufeff".encode(encoding) + data
    assert decode(data, "x.txt") == LEAD + "\n第二行"


def test_a_utf16_file_extracts_like_the_utf8_one(tmp_path):
    (tmp_path / "a.txt").write_text(LEAD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LEAD, encoding="utf-16")
    result = CliRunner().invoke(main, ["extract", "-q", str(tmp_path)])
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["entities"] and first["entities"] == second["entities"]


def test_a_truncated_utf16_file_is_one_line():
    with pytest.raises(InputError, match="x.txt: cannot decode as UTF-16"):
        decode("\ufeff工会".encode("utf-16-le") + b"\x00", "x.txt")


# Article ids

def test_files_of_the_same_name_in_two_folders_keep_their_own_ids(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.txt").write_text(LEAD, encoding="utf-8")
    names = [document.name for document in read_documents([str(tmp_path)])]
    assert names == ["a/page.txt", "b/page.txt"]


def clashing_inputs(tmp_path) -> list[str]:
    """Two folders holding a page of the same name, named as files, and a JSON Lines file repeating an id."""
    paths = []
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.txt").write_text(f"{folder}的标题\n\n{LEAD}", encoding="utf-8")
        paths.append(str(tmp_path / folder / "page.txt"))
    lines = [json.dumps({"id": "web-1", "title": title, "text": LEAD}, ensure_ascii=False) for title in ("一", "二")]
    (tmp_path / "web.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [*paths, str(tmp_path / "web.jsonl")]


def test_a_clash_of_article_ids_is_a_warning_and_no_merge(tmp_path):
    warnings = []
    documents = list(read_documents(clashing_inputs(tmp_path), warn=warnings.append))
    assert [d.name for d in documents] == ["page.txt", "page.txt~2", "web-1", "web-1~2"]
    ids = [article.id for d in documents for article in d.articles]
    assert len(ids) == len(set(ids))
    assert [d.articles[0].title for d in documents] == ["a的标题", "b的标题", "一", "二"]
    assert len(warnings) == 2 and all("already used by an earlier input" in w for w in warnings)
    assert "b/page.txt" in warnings[0] and "web.jsonl" in warnings[1]


def test_a_clash_of_article_ids_is_an_error_when_strict(tmp_path):
    with pytest.raises(InputError, match=r"b/page.txt: article id page.txt is already used"):
        list(read_documents(clashing_inputs(tmp_path), strict=True))


def test_the_command_line_warns_of_a_clash(tmp_path):
    result = CliRunner().invoke(main, ["extract", "-q", *clashing_inputs(tmp_path)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == [
        "page.txt", "page.txt~2", "web-1", "web-1~2"]
    assert result.stderr.count("already used by an earlier input") == 2


def test_a_document_is_renamed_whole():
    document = Document("p.txt", split_page(f"标题一\n\n标题二\n\n{LEAD}\n\n标题三\n\n标题四\n\n{LEAD}", "p.txt"))
    assert len(document.articles) == 2
    ids = ArticleIds(strict=False, warn=lambda _: None)
    ids.claim(Document("p.txt", split_page(LEAD, "p.txt")), "a/p.txt")
    second = ids.claim(document, "b/p.txt")
    assert second.name == "p.txt~2" and [a.id for a in second.articles] == ["p.txt~2#1", "p.txt~2#2"]
    assert {a.doc for a in second.articles} == {"p.txt~2"}



# Output paths

KG = str(Path(sys.executable).parent / "kg")


def run_kg(*arguments: str, limit_bytes: int | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed `kg`, with files limited to `limit_bytes` (writes beyond fail like a full disk)."""
    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run([KG, *arguments], capture_output=True, text=True, cwd=cwd, timeout=300,
                          preexec_fn=limit if limit_bytes else None)


def one_line_error(result, *fragments: str) -> bool:
    lines = result.stderr.strip().splitlines() if isinstance(result, subprocess.CompletedProcess) else \
        result.output.strip().splitlines()
    return (result.returncode if isinstance(result, subprocess.CompletedProcess) else result.exit_code) == 1 and \
        len(lines) == 1 and "Traceback" not in lines[0] and all(fragment in lines[0] for fragment in fragments)


@pytest.fixture
def page(tmp_path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(LEAD, encoding="utf-8")
    return path


def test_a_symbolic_link_is_followed_and_kept(tmp_path, page):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(Path("real") / "out.jsonl")
    result = CliRunner().invoke(main, ["extract", "-q", str(page), "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(Path("real") / "out.jsonl")
    assert json.loads(target.read_text(encoding="utf-8"))["doc"] == "page.txt"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["out.jsonl"]


def test_a_link_to_a_file_yet_to_be_made_makes_it(tmp_path, page):
    link = tmp_path / "link.jsonl"
    link.symlink_to(tmp_path / "new.jsonl")
    assert CliRunner().invoke(main, ["extract", "-q", str(page), "-o", str(link)]).exit_code == 0
    assert link.is_symlink() and json.loads((tmp_path / "new.jsonl").read_text(encoding="utf-8"))


def test_dash_writes_to_standard_output(page):
    result = CliRunner().invoke(main, ["extract", "-q", str(page), "-o", "-"])
    assert result.exit_code == 0 and json.loads(result.stdout)["doc"] == "page.txt"


def test_a_device_is_written_as_a_stream_and_stays_a_device(page):
    result = run_kg("extract", "-q", str(page), "-o", "/dev/null")
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    result = run_kg("extract", "-q", str(page), "-o", "/dev/stdout")
    assert result.returncode == 0 and json.loads(result.stdout)["doc"] == "page.txt"


def test_a_full_device_is_one_line(page):
    result = run_kg("extract", "-q", str(page), "-o", "/dev/full")
    assert one_line_error(result, "/dev/full: cannot write: No space left on device")


@pytest.mark.parametrize("where, message", [
    ("page.txt/out.jsonl", "is not a folder"),
    ("folder", "is a folder, not a file"),
    ("/sys/kg/out.jsonl", "cannot write in /sys"),
    ("/proc/kg/out.jsonl", "/proc/kg/out.jsonl: not writable"),
])
def test_a_bad_output_path_is_refused_before_any_work(tmp_path, where, message):
    (tmp_path / "page.txt").write_text(LEAD, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    bad_input = tmp_path / "bad.txt"
    bad_input.write_bytes(b"\x00\x01binary")  # reading it would fail: the output is checked first
    result = CliRunner().invoke(main, ["extract", "-q", str(bad_input), "-o", str(tmp_path / where)])
    assert one_line_error(result, message), result.output


@pytest.mark.parametrize("arguments", [["render", "GRAPH", "-o", "{tmp}/page.txt/x.html"],
                                       ["render", "GRAPH", "-o", "{tmp}"],
                                       ["export", "GRAPH", "--to", "csv", "-o", "{tmp}/page.txt/x"],
                                       ["export", "GRAPH", "--to", "ladybug", "-o", "{tmp}/page.txt/x"]])
def test_other_commands_check_their_output_first(tmp_path, page, arguments):
    graph = tmp_path / "missing.ttl"  # loading it would fail: the output is checked first
    result = CliRunner().invoke(main, [a.replace("GRAPH", str(graph)).replace("{tmp}", str(tmp_path))
                                       for a in arguments])
    assert one_line_error(result, "is not a folder") or one_line_error(result, "is a folder, not a file"), \
        result.output


def test_a_full_disk_is_one_line_and_keeps_the_old_file(tmp_path):
    source = tmp_path / "page.txt"
    source.write_text(LEAD * 200, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    result = run_kg("extract", "-q", str(source), "-o", str(out), limit_bytes=2000)
    assert one_line_error(result, f"{out}: cannot write: File too large"), result.stderr
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "page.txt"]


# Query parameters and updates

PAIR_QUERY = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX kgo: <https://w3id.org/kg-union/ontology#>
SELECT $union $program WHERE { ?u skos:prefLabel $union ; kgo:organizes ?p . ?p skos:prefLabel $program }"""


def test_several_parameters_are_bound_together(corpus_graph, tmp_path):
    graph, path = corpus_graph
    organizes = [(graph.nodes[s]["name"], graph.nodes[t]["name"]) for s, t, k in graph.edges(keys=True)
                 if k == "organizes" and graph.nodes[s]["type"] == "UnionBody"]
    union, program = organizes[0]
    query = tmp_path / "pair.rq"
    query.write_text(PAIR_QUERY, encoding="utf-8")
    for engine in ("oxigraph", "rdflib"):
        result = CliRunner().invoke(main, ["query", str(path), str(query), "-p", f"union={union}",
                                           "-p", f"program={program}", "--format", "json", "--engine", engine])
        assert result.exit_code == 0, result.output
        assert json.loads(result.output) == [{"union": union, "program": program}]
    other = next(p for u, p in organizes if u != union and (union, p) not in organizes)
    result = CliRunner().invoke(main, ["query", str(path), str(query), "-p", f"union={union}",
                                       "-p", f"program={other}"])
    assert result.exit_code == 0 and "(0 rows)" in result.output


@pytest.mark.parametrize("arguments, message", [
    (["unions-in-region", "-p", "regoin=广东省"], "unknown parameter regoin: its parameters are region"),
    (["who-runs-program", "-p", "program=x"], "unknown parameter program: it has no parameters"),
    (["federation-tree", "-p", "union=a", "-p", "union=b"], "--param union is given twice"),
    (["federation-tree", "-p", "union"], "--param takes NAME=VALUE, not union"),
])
def test_a_wrong_parameter_is_one_line(corpus_graph, arguments, message):
    _, path = corpus_graph
    result = CliRunner().invoke(main, ["query", str(path), *arguments])
    assert one_line_error(result, message), result.output


UPDATES = [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "PREFIX x: <urn:x#>\nDELETE WHERE { ?s ?p ?o }",
    "PREFIX x: <urn:x#> INSERT DATA { x:a x:b x:c }",
    "prefix x:<urn:x#> prefix y: <urn:y#>\n# a comment: SELECT\ndelete data { x:a x:b 'SELECT' }",
    "BASE <http://example.org/>\nPREFIX : <#>\nWITH <urn:g> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL", "DROP GRAPH <urn:g>", "CREATE GRAPH <urn:g>",
    "ADD DEFAULT TO <urn:g>", "MOVE <urn:a> TO <urn:b>", "COPY <urn:a> TO DEFAULT",
    "  # leading comment\n  INSERT { ?s ?p 1 } WHERE { ?s ?p ?o } ; DROP ALL",
]


@pytest.mark.parametrize("update", UPDATES)
def test_every_kind_of_update_is_refused(corpus_graph, update):
    _, path = corpus_graph
    result = CliRunner().invoke(main, ["query", str(path), update])
    assert one_line_error(result, "updates are not allowed"), result.output


def test_a_query_naming_update_words_in_strings_and_iris_runs(corpus_graph):
    _, path = corpus_graph
    text = 'PREFIX insert: <urn:insert#>\nASK { FILTER("DELETE" != "INSERT") }'
    result = CliRunner().invoke(main, ["query", str(path), text])
    assert result.exit_code == 0 and result.output.strip() == "true"


@pytest.mark.parametrize("command", ["extract", "build"])
def test_strict_makes_a_clash_an_error(tmp_path, command):
    inputs = clashing_inputs(tmp_path)
    extra = ["-o", str(tmp_path / "out")] if command == "build" else []
    result = CliRunner().invoke(main, [command, "-q", "-j", "1", "--no-cache", "--strict", *inputs, *extra])
    assert one_line_error(result, "b/page.txt: article id page.txt is already used by an earlier input"), result.output
    assert not (tmp_path / "out").exists()


def folder_state(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_a_full_disk_during_a_build_is_one_line_and_keeps_the_old_set(tmp_path, page):
    out = tmp_path / "out"
    assert run_kg("build", "-q", "-j", "1", "--no-cache", str(page), "-o", str(out)).returncode == 0
    before = folder_state(out)
    bigger = tmp_path / "bigger.txt"
    bigger.write_text(LEAD * 300, encoding="utf-8")
    result = run_kg("build", "-q", "-j", "1", "--no-cache", str(bigger), "-o", str(out),
                    limit_bytes=min(len(data) for data in before.values()) + 1)
    assert one_line_error(result, f"{out}: cannot write the build: File too large"), result.stderr
    assert folder_state(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bigger.txt", "out", "page.txt"]


def test_a_build_through_a_symbolic_link_fills_the_folder_it_points_to(tmp_path, page):
    (tmp_path / "real").mkdir()
    link = tmp_path / "out"
    link.symlink_to("real")
    for _ in range(2):  # a first build and one that replaces it
        assert run_kg("build", "-q", "-j", "1", "--no-cache", str(page), "-o", str(link)).returncode == 0
        assert link.is_symlink() and os.readlink(link) == "real"
        assert "graph.ttl" in os.listdir(tmp_path / "real")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "page.txt", "real"]


def test_a_full_disk_during_an_export_keeps_every_old_file(tmp_path, page):
    assert run_kg("build", "-q", "-j", "1", "--no-cache", str(page), "-o", str(tmp_path / "small")).returncode == 0
    bigger = tmp_path / "bigger.txt"
    bigger.write_text("".join(f"{city}市总工会在{city}市举办“职工技能大赛”。" for city in
                              ("长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "益阳")) * 20, encoding="utf-8")
    assert run_kg("build", "-q", "-j", "1", "--no-cache", str(bigger), "-o", str(tmp_path / "big")).returncode == 0
    for graph, folder in (("big", "sizes"), ("small", "export")):
        assert run_kg("export", str(tmp_path / graph / "graph.ttl"), "--to", "csv", "-o", str(tmp_path / folder)).returncode == 0
    out = tmp_path / "export"
    before = folder_state(out)
    limit = min(len(data) for data in folder_state(tmp_path / "sizes").values()) + 1  # the smaller new table fits
    result = run_kg("export", str(tmp_path / "big" / "graph.ttl"), "--to", "csv", "-o", str(out), limit_bytes=limit)
    assert one_line_error(result, "cannot write: File too large"), result.stderr
    assert folder_state(out) == before


def test_a_build_folder_under_a_file_is_refused_before_any_work(tmp_path, page):
    bad_input = tmp_path / "bad.txt"
    bad_input.write_bytes(b"\x00\x01binary")
    result = CliRunner().invoke(main, ["build", "-q", str(bad_input), "-o", str(page / "out")])
    assert one_line_error(result, "is not a folder"), result.output


def test_json_lines_in_utf16_on_standard_input_are_read_as_records():
    line = json.dumps({"id": "web-1", "text": LEAD}, ensure_ascii=False) + "\n"
    result = CliRunner().invoke(main, ["extract", "-q", "-j", "1", "--no-cache", "-"], input=line.encode("utf-16"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["doc"] == "web-1"


def test_the_temporary_file_of_a_killed_write_goes_with_the_next_write(tmp_path, page):
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(["sleep", "0"])
    process.wait()  # a process id that is gone
    stale = tmp_path / f".out.jsonl.{process.pid}.x1y2.part"
    stale.write_text("half", encoding="utf-8")
    alive = tmp_path / f".out.jsonl.{os.getpid()}.x3y4.part"  # a write in progress: left alone
    alive.write_text("half", encoding="utf-8")
    assert CliRunner().invoke(main, ["extract", "-q", "-j", "1", "--no-cache", str(page), "-o", str(out)]).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [alive.name, "out.jsonl", "page.txt"]


@pytest.mark.parametrize("mode", ["wb", "ab"])
def test_dev_stdout_redirected_to_a_file_is_written_as_a_stream(tmp_path, page, mode):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"old\n")
    inode = out.stat().st_ino
    with open(out, mode) as stdout:  # what the shell does for > and >>
        subprocess.run([KG, "extract", "-q", "-j", "1", "--no-cache", str(page), "-o", "/dev/stdout"],
                       stdout=stdout, check=True, timeout=300)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert out.stat().st_ino == inode  # the file the shell opened, not a new one
    assert lines[:-1] == (["old"] if mode == "ab" else []) and json.loads(lines[-1])["doc"] == "page.txt"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "page.txt"]


def test_a_document_whose_extraction_fails_is_named_in_one_line_and_never_cached(tmp_path):
    from kg.build import ExtractTask
    from kg.cache import ExtractionCache

    broken = Document("broken.txt", [Article(id="broken", doc="broken.txt", text="恩平市总工会开展活动。",
                                             breaks=[("a", 1)])])  # type: ignore[list-item]  (a map back that cannot be read)
    cache = ExtractionCache(tmp_path / "cache")
    result = ExtractTask(cache)(broken)
    assert result.failure.startswith("extraction failed (") and result.record == ""
    assert ExtractTask(cache)(broken).cached is False  # a failure is not kept
    assert ExtractTask()(Document("page.txt", [Article(id="page", doc="page.txt", text="恩平市总工会开展活动。")])).failure == ""
