from kg.corpus import read_documents
from kg.pipeline import extract_articles
from kg.script import is_traditional, simplified

TRADITIONAL_PAGE = "株洲市總工會開展送溫暖活動\n\n本報訊 近日，株洲市總工會走訪慰問困難職工，為他們送去慰問金。\n"


def test_a_page_in_traditional_characters_is_read_in_simplified_ones_at_the_same_offsets(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(TRADITIONAL_PAGE, encoding="utf-8")
    (document,) = read_documents([str(path)])
    article = document.articles[-1]
    assert "株洲市总工会走访慰问困难职工" in article.text
    start = article.text.index("走访")
    assert TRADITIONAL_PAGE[article.source_offset(start): article.source_offset(start) + 2] == "走訪"
    (extraction,) = extract_articles([article])
    assert "株洲市总工会" in {entity.name for entity in extraction.entities.values()}


def test_a_simplified_text_with_a_few_characters_of_both_scripts_is_left_as_it_is():
    text = "乾隆年间的著名劳模故事，由株洲市总工会整理出版，职工踊跃参加读书活动。" * 3
    assert not is_traditional(text)
    assert simplified(text) == text


def test_each_json_lines_record_is_read_in_its_own_script(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text('{"id": "a", "text": "株洲市總工會舉辦職工運動會，各單位職工踴躍參加。"}\n'
                    '{"id": "b", "text": "乾隆年间的著名劳模故事，由株洲市总工会整理出版。"}\n', encoding="utf-8")
    texts = {document.name: document.articles[0].text for document in read_documents([str(path)])}
    assert texts == {"a": "株洲市总工会举办职工运动会，各单位职工踊跃参加。", "b": "乾隆年间的著名劳模故事，由株洲市总工会整理出版。"}


def test_corner_brackets_of_a_traditional_text_quote_a_program():
    text = "澳門工會聯合總會已發起「愛心助學大行動」，為學生送上關懷。"
    assert simplified(text) == "澳门工会联合总会已发起“爱心助学大行动”，为学生送上关怀。"
    assert len(simplified(text)) == len(text)


def test_a_variant_form_of_a_province_s_character_is_read_as_the_standard_one_in_either_script(tmp_path):
    assert simplified("陜西省總工會召開會議，各單位職工參加。") == "陕西省总工会召开会议，各单位职工参加。"
    path = tmp_path / "page.txt"
    path.write_text("陜西省总工会召开会议，陜西工会将加强协作。\n", encoding="utf-8")
    (document,) = read_documents([str(path)])
    (extraction,) = extract_articles(document.articles)
    assert "陕西省总工会" in {entity.name for entity in extraction.entities.values()}
