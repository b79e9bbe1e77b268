"""The spaCy face of the pipeline: doc.ents, the kg span group, and extraction without them;
the components as installed (compiled)."""
import os
import time
import warnings
from pathlib import Path
from types import ModuleType

import pytest

from kg.components import (_warn_if_edited_after_compiling, base, organizations, people, programs, regions,
                           relations, unions)
from kg.components.base import entities_of
from kg.model import Article
from kg.pipeline import extract_articles

TEXT = "湖南省株洲市总工会开展“送清凉”活动，株洲市总还走访了环卫工人。"


def test_ents_are_the_outermost_mentions_with_their_canonical_ids(nlp):
    doc = nlp(TEXT)
    ents = [(ent.text, ent.label_, ent.kb_id_) for ent in doc.ents]
    assert ents == [
        ("湖南省", "REGION", "region:430000000000"),
        ("株洲市总工会", "UNION", "union:430200000000"),
        ("“送清凉”活动", "PROGRAM", "program:送清凉"),
        ("株洲市总", "UNION", "union:430200000000"),
    ]
    assert {token.ent_iob_ for token in doc if not token.ent_type_} == {"O"}


def test_span_group_keeps_the_nested_regions(nlp):
    doc = nlp(TEXT)
    group = [(span.text, span.label_) for span in doc.spans["kg"]]
    assert group.count(("株洲市", "REGION")) == 2  # inside 株洲市总工会 and 株洲市总
    assert ("株洲市总工会", "UNION") in group
    assert all(span.kb_id_ in entities_of(doc) for span in doc.spans["kg"])


def test_extraction_records_match_the_full_pipeline(nlp):
    article = Article(id="a", doc="d", text=TEXT)
    [extraction] = extract_articles([article])
    doc = nlp(TEXT)
    assert {(e.id, e.name, frozenset(e.aliases)) for e in extraction.entities.values()} == {
        (e.id, e.name, frozenset(e.aliases)) for e in entities_of(doc).values()
    }
    assert {(r.subject, r.predicate, r.object) for r in extraction.relations} == {
        (r.subject, r.predicate, r.object) for r in doc._.kg_relations
    }


def test_one_token_per_character_whatever_the_character(nlp):
    for text in ("工会开展 活动\n第二行", "𠀀字在表外，😀也是", ""):
        doc = nlp.make_doc(text)
        assert [token.text for token in doc] == list(text)
        assert doc.text == text


def test_the_hierarchy_is_linked_across_the_articles_of_a_page():
    from kg.corpus import split_page
    from kg.graph import build_graph

    page = (
        "安徽省总工会部署年度工作\n\n本报讯（记者李明）近日，安徽省总工会召开全委会议，部署年度工作。\n\n"
        "六安市：技能竞赛比出精气神\n\n5月20日，六安市总工会举办职工技能大赛，300余名选手参赛。\n"
    )
    articles = split_page(page, "page.txt")
    assert len(articles) == 2
    extractions = extract_articles(articles)
    second = {(r.subject, r.predicate, r.object, r.inferred) for r in extractions[1].relations}
    assert ("region:341500000000", "partOf", "region:340000000000", True) in second
    assert ("union:341500000000", "subOrganizationOf", "union:340000000000", True) in second
    graph = build_graph(extractions)
    assert graph.has_edge("region:341500000000", "region:340000000000", key="partOf")


def test_extracting_the_sample_pages_makes_no_reference_cycles():
    """extract_document pauses the cycle collector, which is safe only while extraction leaves
    nothing but reference counting can free."""
    import gc

    from kg.corpus import bundled_corpus, read_documents
    from kg.extract import extract_document

    documents = list(read_documents([str(page) for page in bundled_corpus()]))
    extract_document(documents[0])  # loads the pipeline and what it keeps for the process
    gc.collect()
    gc.disable()
    try:
        for document in documents:
            extract_document(document)
        assert gc.collect() == 0
    finally:
        gc.enable()


@pytest.mark.skipif(bool(os.environ.get("KG_PURE_PYTHON")), reason="installed with KG_PURE_PYTHON: not compiled")
def test_the_installed_components_are_compiled():
    """An install compiles the components with mypyc (setup.py); extraction runs that code."""
    for module in (base, organizations, people, programs, regions, relations, unions):
        assert Path(module.__file__).suffix == ".so", module.__name__


def _module_beside(folder: Path, source_age: float, compiled_age: float) -> ModuleType:
    """A module compiled to `folder`, its source and compiled form last written that many seconds ago."""
    now = time.time()
    source, compiled = folder / "part.py", folder / "part.cpython-311-x86_64-linux-gnu.so"
    for path, age in ((source, source_age), (compiled, compiled_age)):
        path.write_bytes(b"")
        os.utime(path, (now - age, now - age))
    module = ModuleType("kg.components.part")
    module.__file__ = str(compiled)
    return module


def test_a_source_edited_after_compiling_is_warned_about(tmp_path):
    with pytest.warns(UserWarning, match="part.py changed after it was compiled"):
        _warn_if_edited_after_compiling((_module_beside(tmp_path, source_age=10, compiled_age=3600),))


def test_a_source_written_with_its_compiled_form_or_running_itself_is_not_warned_about(tmp_path):
    from_source = ModuleType("kg.components.plain")
    from_source.__file__ = str(tmp_path / "plain.py")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _warn_if_edited_after_compiling((_module_beside(tmp_path, source_age=3600, compiled_age=3601), from_source))
