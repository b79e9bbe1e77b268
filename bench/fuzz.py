"""A bounded fuzz run of the whole read-and-extract path: at least 10,000 generated inputs.

    python bench/fuzz.py [--inputs 10000] [--seed 1]

Inputs are generated from the bundled corpus with a seeded random generator, so a run is
reproducible: slices of its pages in five encodings (UTF-8 with and without BOM, GB18030,
UTF-16, UTF-32) with byte-level mutations (bits flipped, bytes inserted, deleted, repeated,
line ends changed, truncated), splices of its lines with random characters, JSON Lines
files mixing good records with broken lines, and extremes (empty, blank, binary, a BOM alone,
a line of 60,000 characters). Each input is written to a file and read with
`read_documents`; every document is extracted. For every input it checks that

- reading gives documents, or reports each unreadable input or record in one line naming the file;
- every character of every article stands at its offset in the decoded source (the record's
  text for JSON Lines), and so do the first and last characters of each mention and of each
  relation's evidence sentence;
- every 10th input, reading and extracting again gives the same records;
- every 50th input, ``kg extract`` on it exits 0 with records or 1 with one line, no traceback.

Anything else counts as a crash; the inputs that crashed are kept in ``bench/fuzz-crashes/``.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.corpus import bundled_corpus, decode, read_documents
from kg.extract import document_record
from kg.pipeline import extract_articles
from kg.script import simplified

ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-32")
CRASHES = Path(__file__).with_name("fuzz-crashes")


@dataclass
class Tally:
    inputs: int = 0
    refused: int = 0  # inputs and JSON Lines records refused with one line
    documents: int = 0
    articles: int = 0
    mentions: int = 0
    relations: int = 0
    repeated: int = 0
    cli_runs: int = 0
    crashes: list[str] = field(default_factory=list)


class Generator:
    """Inputs (file suffix, bytes) made from the corpus."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.pages = [path.read_text(encoding="utf-8") for path in bundled_corpus()]
        self.lines = [line for page in self.pages for line in page.split("\n")]

    def text(self) -> str:
        """A slice of a page, or a splice of lines and random characters."""
        pick = self.random
        if pick.random() < 0.5:
            page = pick.choice(self.pages)
            start = pick.randrange(len(page))
            return page[start: start + pick.randint(1, 3000)]
        parts = []
        for _ in range(pick.randint(1, 12)):
            if pick.random() < 0.7:
                line = pick.choice(self.lines)
                parts.append(line[pick.randrange(len(line) + 1):] if pick.random() < 0.3 else line)
            else:
                parts.append("".join(chr(pick.choice([pick.randint(0x20, 0x7e), pick.randint(0x4e00, 0x9fff),
                                                      pick.randint(0x80, 0x10ffff)]))
                                     for _ in range(pick.randint(1, 20))))
            parts.append(pick.choice(["\n", "\n\n", "\r\n", "", "。", "\n# "]))
        return "".join(parts)

    def mutate(self, data: bytes) -> bytes:
        pick = self.random
        buffer = bytearray(data)
        for _ in range(pick.choice([0, 0, 1, 2, 5, 20])):
            if not buffer:
                break
            where = pick.randrange(len(buffer))
            action = pick.randrange(6)
            if action == 0:
                buffer[where] ^= 1 << pick.randrange(8)
            elif action == 1:
                buffer.insert(where, pick.randrange(256))
            elif action == 2:
                del buffer[where: where + pick.randint(1, 8)]
            elif action == 3:
                buffer[where:where] = buffer[where: where + pick.randint(1, 200)] * pick.randint(2, 5)
            elif action == 4:
                buffer[where:where] = pick.choice([b"\r\n", b"\r", b"\n\n", b"\x00", b"\xef\xbb\xbf"])
            else:
                del buffer[where:]
        return bytes(buffer)

    def text_file(self) -> tuple[str, bytes]:
        encoding = self.random.choice(ENCODINGS)
        data = self.text().encode(encoding, errors="replace")
        return ".txt", self.mutate(data)

    def jsonl_file(self) -> tuple[str, bytes]:
        pick = self.random
        lines = []
        for number in range(pick.randint(1, 6)):
            if pick.random() < 0.75:
                record = {"id": f"r{number}", "text": self.text()}
                if pick.random() < 0.5:
                    record |= {"title": self.text()[:30], "date": pick.choice(["2024-05-08", 20240508, None, ["x"]])}
                lines.append(json.dumps(record, ensure_ascii=pick.random() < 0.5))
            else:
                lines.append(pick.choice(["{", "[]", '{"text": 5}', '{"text": "  "}', "null", "[" * 3000,
                                          '{"text": "\\ud800工会", "title": "\\udfff"}',
                                          '{"title": "无正文"}', self.text()[:40]]))
        return ".jsonl", "\n".join(lines).encode("utf-8", "surrogatepass")

    def extreme(self) -> tuple[str, bytes]:
        pick = self.random
        data = pick.choice([b"", b"\n\n\n", b"   ", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00" * 50, bytes(range(256)),
                            pick.choice(self.pages).replace("\n", "").encode("utf-8")[:180_000],
                            ("工会" * 30_000).encode("utf-16")])
        return pick.choice([".txt", ".jsonl"]), data

    def next(self) -> tuple[str, bytes]:
        roll = self.random.random()
        return self.text_file() if roll < 0.6 else self.jsonl_file() if roll < 0.97 else self.extreme()


def maps_back(article, source: str) -> bool:
    return all(source[article.source_offset(i)] == ch for i, ch in enumerate(article.text))


def record_texts(content: str, name: str) -> dict[str, str]:
    """The text of each readable record of a JSON Lines file (its decoded `content`) by its id
    (or name:line), as the reader sees it: lone surrogates replaced, line ends made \\n."""
    texts = {}
    for number, line in enumerate(content.split("\n"), 1):
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            continue
        if isinstance(record, dict) and isinstance(record.get("text"), str):
            text = re.sub("[\ud800-\udfff]", "\ufffd", record["text"])
            texts[str(record.get("id") or f"{name}:{number}")] = text.replace("\r\n", "\n").replace("\r", "\n")
    return texts


def check(path: Path, data: bytes, tally: Tally, repeat: bool) -> None:
    """Read and extract one input, asserting the invariants; an unreadable input or record is
    reported in one line and skipped."""
    reports: list[str] = []
    documents = list(read_documents([str(path)], skip_bad=True, report=reports.append))
    assert all("\n" not in r and r.startswith(str(path)) for r in reports), f"bad message: {reports}"
    tally.refused += len(reports)
    if not documents:
        return
    content = decode(data, str(path))
    texts = record_texts(content, path.name) if path.suffix == ".jsonl" else {}
    records = []
    for document in documents:
        source = simplified(content if path.suffix == ".txt" else texts[document.name])  # the text as the reader reads it
        assert all(maps_back(article, source) for article in document.articles), "an article does not map back"
        extractions = extract_articles(document.articles)
        for extraction in extractions:
            for mention in extraction.mentions:
                assert source[mention.start] == mention.text[0] and source[mention.end - 1] == mention.text[-1], \
                    f"mention {mention} does not map back"
            for evidence in (r.evidence for r in extraction.relations if r.evidence and r.evidence.sentence):
                assert source[evidence.start] == evidence.sentence[0] and \
                    source[evidence.end - 1] == evidence.sentence[-1], f"evidence {evidence} does not map back"
            tally.mentions += len(extraction.mentions)
            tally.relations += len(extraction.relations)
        records.append(document_record(document.name, extractions))
        tally.documents += 1
        tally.articles += len(document.articles)
    if repeat:
        again = [document_record(d.name, extract_articles(d.articles))
                 for d in read_documents([str(path)], skip_bad=True, report=lambda _: None)]
        assert again == records, "a second run gave other records"
        tally.repeated += 1


def check_cli(path: Path, tally: Tally) -> None:
    result = CliRunner().invoke(main, ["extract", "-q", "-j", "1", "--no-cache", str(path)])
    if result.exit_code == 0:
        assert all(json.loads(line) for line in result.stdout.splitlines()), "output is not JSON Lines"
    else:
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), \
            f"kg extract raised {result.exception!r}"
        assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output, result.output
    tally.cli_runs += 1


def run(inputs: int, seed: int) -> Tally:
    generator = Generator(seed)
    tally = Tally()
    with tempfile.TemporaryDirectory() as folder:
        for number in range(inputs):
            suffix, data = generator.next()
            path = Path(folder) / f"input{number}{suffix}"
            path.write_bytes(data)
            tally.inputs += 1
            try:
                check(path, data, tally, repeat=number % 10 == 0)
                if number % 50 == 0:
                    check_cli(path, tally)
            except Exception as err:  # a crash or a broken invariant: keep the input
                CRASHES.mkdir(exist_ok=True)
                (CRASHES / path.name).write_bytes(data)
                tally.crashes.append(f"{path.name}: {type(err).__name__}: {err} "
                                     f"({traceback.extract_tb(err.__traceback__)[-1].name})")
            path.unlink()
    return tally


def main_run() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    start = time.perf_counter()
    tally = run(args.inputs, args.seed)
    elapsed = time.perf_counter() - start
    print(f"{tally.inputs:,} inputs (seed {args.seed}) in {elapsed:.0f} s: {tally.refused:,} refused with one line, "
          f"{tally.documents:,} documents, {tally.articles:,} articles, {tally.mentions:,} mentions, "
          f"{tally.relations:,} relations; {tally.repeated:,} run twice, {tally.cli_runs:,} through kg extract; "
          f"{len(tally.crashes)} crashes")
    for crash in tally.crashes[:20]:
        print("  ", crash)


if __name__ == "__main__":
    main_run()
