import pytest

from kg.corpus import decode, mend_lines, split_page
from kg.errors import InputError


def test_gb18030_text_is_decoded():
    assert decode("职工之家建设".encode("gb18030"), "x.txt") == "职工之家建设"


def test_binary_and_undecodable_input_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\x00\x00\x01", "x.png")
    with pytest.raises(InputError, match="decode"):
        decode(b"\x80\x81\xfd\xfc\xff", "x.txt")


def test_line_breaks_inside_words_are_joined_and_offsets_map_back():
    source = "工会组织开展了多项活动，帮助职工解决实际困难和问题，统筹协\n\n调各方资源。\n"
    text, breaks = mend_lines(source)
    assert "统筹协调各方资源" in text
    from kg.model import Article

    article = Article(id="a", doc="a", text=text, breaks=breaks)
    position = text.index("调各方")
    assert source[article.source_offset(position)] == "调"


def test_headlines_are_not_joined_to_the_body():
    text, _ = mend_lines("职工书屋建设走深走实\n\n近日，某市工会召开会议。")
    assert "走深走实\n" in text


def test_a_long_headline_without_punctuation_is_not_joined_to_the_paragraph_it_heads():
    headline = "某市总工会代表队在全省职工职业技能大赛中取得优异成绩受到表彰"
    text, _ = mend_lines(f"{headline}\n近日，由省总工会主办的大赛在某市举行。\n")
    assert f"{headline}\n近日" in text
    text, _ = mend_lines("工会组织开展了多项活动帮助职工解决实际困难和问题统筹协\n调各方资源。\n")
    assert "统筹协调" in text


def test_a_line_before_a_paragraph_written_on_one_line_is_not_joined_to_it():
    headline = "【新春走访】暖心关爱,2024年华星工会春节送温暖"
    paragraph = "长沙华星医院工会在上级工会和医院党委的领导下，春节前走访慰问一线医务人员、劳模先进和困难职工。" * 3
    mended, _ = mend_lines(headline + "\n" + paragraph)
    assert mended == headline + "\n" + paragraph
    wrapped = "长沙华星医院工会在上级工会和医院党委的领导下，春节前走\n访慰问一线医务人员。"  # a page's wrapped line
    assert mend_lines(wrapped)[0] == wrapped.replace("\n", "")


def test_page_is_split_on_headline_blocks_and_bylines():
    page = (
        "第一篇的标题写在这里\n\n副标题也很短\n\n本报记者 张三\n\n这是第一篇的正文，内容较长，说了很多事情。\n\n"
        "第二篇的主标题\n\n第二篇的副标题\n\n这是第二篇的正文，也说了一些事情。\n"
    )
    articles = split_page(page, "page.txt")
    assert len(articles) == 2
    assert articles[0].byline == "本报记者 张三"
    assert articles[1].title.startswith("第二篇的主标题")
    for article in articles:
        assert page[article.source_offset(0)] == article.text[0]


def test_a_dateline_paragraph_starts_an_article():
    page = (
        "某地工会开展慰问活动的标题\n\n这是第一篇的正文，内容较长，说了很多事情。\n\n"
        "本报讯（记者李四）近日，另一地工会召开了会议，部署了工作。\n"
    )
    articles = split_page(page, "page.txt")
    assert len(articles) == 2
    assert articles[1].text.startswith("本报讯")


def test_a_source_line_between_a_headline_and_its_dateline_paragraph_keeps_them_one_article():
    page = "株洲市举办职工迎新春文艺汇演\n来源:株洲日报社 时间:2024-01-20\n本报讯 近日，由市总工会主办的文艺汇演举行。\n"
    articles = split_page(page, "page.txt")
    assert len(articles) == 1
    assert articles[0].title == "株洲市举办职工迎新春文艺汇演"


def test_a_publication_date_line_is_a_byline_not_joined_to_the_paragraph_after_it():
    for line in ("发布日期:2024-01-20 来源:株洲日报社", "2024-01-20 来源:株洲日报社"):
        page = f"株洲市举办职工迎新春文艺汇演\n{line}\n荷塘区总工会举办文艺汇演。\n"
        (article,) = split_page(page, "page.txt")
        assert "株洲日报社荷塘区" not in article.text
        assert article.byline == line


def test_pinyin_written_in_brackets_after_characters_is_dropped_and_offsets_map_back():
    page = "株洲市天元區(qū)總工會(huì)組織職工開展活動。\n"
    (article,) = split_page(page, "page.txt")
    assert article.text.startswith("株洲市天元區總工會組織職工開展活動")
    start = article.text.index("總工會")
    assert page[article.source_offset(start): article.source_offset(start) + 3] == "總工會"
    assert page[article.source_offset(article.text.index("組織"))] == "組"


def test_a_line_listing_links_is_no_text_and_offsets_after_it_map_back():
    page = "友情链接 米易县| 珙县| 兴文县| 宁南县| 冕宁县|\n攀枝花市总工会组织职工开展活动。作者:张三 | 来源:某报 | 时间:2024-01-05 |\n"
    (article,) = split_page(page, "page.txt")
    assert "珙县" not in article.text and "来源:某报" in article.text
    start = article.text.index("攀枝花市")
    assert page[article.source_offset(start): article.source_offset(start) + 4] == "攀枝花市"


def test_pictures_file_names_and_addresses_are_no_text_and_split_no_article():
    page = ("涿鹿县总工会召开劳模事迹报告会。参加会议的有全体干部职工。微信图片_20230427103103.jpg\n领导.jpg\n"
            "会议由县总工会副主席张强主持https://www.example.cn/upload/2597010.png?r=17600晋江工会供图。\n")
    (article,) = split_page(page, "page.txt")
    assert ".jpg" not in article.text and ".png" not in article.text and "领导" not in article.text
    start = article.text.index("晋江工会供图")
    assert page[article.source_offset(start): article.source_offset(start) + 6] == "晋江工会供图"


def test_the_numbers_of_photos_split_no_article():
    page = ("湘潭市总工会开展送清凉活动\n本报讯 近日，湘潭市总工会开展送清凉活动，慰问一线职工。\n1\n2 3\n"
            "区总工会主席李明带队走访企业。\n")
    (article,) = split_page(page, "page.txt")
    assert "区总工会主席李明" in article.text


def test_links_buttons_and_the_trail_to_the_page_are_no_text_that_splits_or_joins_an_article():
    page = ("您的位置：首页 > 工作动态 > 职工之家\n湘潭市中医医院工会举办书法展\n本报讯 近日，医院工会举办书法展。\n"
            "上一篇：张家港市教育工会联合会成立\n下一篇：某某活动圆满落幕\n")
    text = " ".join(article.text for article in split_page(page, "page.txt"))
    assert "职工之家湘潭市" not in text and "湘潭市中医医院工会举办书法展" in text
    assert "张家港" not in text and "圆满落幕" not in text
    page = "如皋市举行产改推进会\n来源：如皋市融媒体中心\n字体：[ 大 中 小]\n×\n分享到：\n市总工会主席王卫华出席会议。\n"
    articles = split_page(page, "page.txt")
    assert len(articles) == 1 and "字体" not in articles[0].text and "分享到" not in articles[0].text


def test_a_headline_opening_with_its_place_and_a_colon_heads_its_article():
    page = (
        "这是上一篇的正文，内容较长，说了很多事情。\n\n"
        "贵州遵义：职工驿站暖人心\n\n本报讯（记者李四）近日，遵义市总工会召开了会议，部署了工作。\n"
    )
    articles = split_page(page, "page.txt")
    assert len(articles) == 2
    assert articles[1].title == "贵州遵义：职工驿站暖人心"
    assert articles[1].text.startswith("贵州遵义")


def test_one_headline_over_a_news_lead_opens_an_item_but_a_section_head_does_not():
    page = (
        "这是上一篇的正文，内容较长，说了很多事情。\n\n"
        "劳模工匠进校园\n\n5月8日，某市总工会组织劳模走进职业学校，讲述成长故事。\n\n"
        "练就过硬本领\n\n2022年以来，该校学生在技能大赛中屡获佳绩，受到企业欢迎。\n\n"
        "工会驿站启用\n\n本报讯（记者王五）近日，某区总工会的驿站正式启用。\n"
    )
    articles = split_page(page, "page.txt")
    assert [article.title for article in articles] == ["", "劳模工匠进校园", "工会驿站启用"]
    assert "练就过硬本领" in articles[1].text


def test_a_placeholder_word_and_a_reposting_platform_s_lines_are_no_text():
    page = (
        "某市总工会开展送清凉活动\n\n近日，白山市总工会走访一线职工。\n\nupfile\n\n"
        "按照工作部署，市总工会慰问环卫工人。\n打开某某新闻 查看更多图片\n发布于：北京市\n"
    )
    articles = split_page(page, "page.txt")
    assert len(articles) == 1
    assert "upfile" not in articles[0].text and "北京市" not in articles[0].text
    assert "市总工会慰问环卫工人" in articles[0].text


def test_numbered_section_headings_stacked_in_a_block_split_no_article():
    page = (
        "某区总工会推荐案例\n\n某区总工会积极探索，形成了一套工作经验。\n\n"
        "一、推荐理由\n（一）主要内容\n\n实施“阶梯培育”计划，开展“工匠讲堂”活动。\n\n"
        "二、工作成效\n1. 覆盖面\n\n全区建成驿站20个。\n"
    )
    articles = split_page(page, "page.txt")
    assert len(articles) == 1
    assert "工作成效" in articles[0].text


def test_one_headline_over_a_lead_in_another_province_opens_an_article():
    page = (
        "近年来，湖南省某县总工会推进服务阵地建设，成效明显。\n\n"
        "阵地建设见成效\n\n湖南省总工会相关负责人表示，将继续推进建设。\n\n"
        "多措并举 提升服务质效\n\n今年以来，山西省某县聚焦职工需求，推出多项服务。\n"
    )
    articles = split_page(page, "page.txt")
    assert [article.title for article in articles] == ["", "多措并举 提升服务质效"]


def test_a_photo_credit_after_an_article_starts_no_article_of_its_own():
    page = ("株洲市天元区华星社区工会联合会成立\n近日，华星社区工会联合会成立，区总工会负责同志出席。\n\n"
            "图文:天元区总工会\n\n作者: 刘红\n")
    assert len(split_page(page, "p")) == 1
    assert len(split_page(page.replace("图文:天元区总工会", "天元区总工会供图"), "p")) == 1


def test_a_headline_and_the_source_line_after_it_are_not_joined_into_one_line():
    page = "某市举办“情暖职工心,共逐新年梦”迎新年慰问文艺演出\n来源:某市日报社 时间:2024-01-20\n本报讯(记者 某某)近日，由市总工会主办的演出举行。\n"
    text, breaks = mend_lines(page)
    assert text == page and breaks == []
    assert len(split_page(page, "p")) == 1


def test_spaces_just_inside_quotation_marks_are_no_text():
    articles = split_page("某市总工会组织职工参加 “ 某市读书计划 ” 的培训。\n", "page.txt")
    assert "“某市读书计划”" in articles[0].text
    assert articles[0].source_offset(articles[0].text.index("某市读书计划")) == 14


def test_pinyin_after_a_word_with_its_tones_is_no_text():
    articles = split_page("宜城市(yíchéngshì)第二届职工运动会(yùndònghuì)开幕，选手(workers)参赛。\n", "page.txt")
    assert "宜城市第二届职工运动会开幕" in articles[0].text
    assert "(workers)" in articles[0].text  # no tones: a word in brackets stays


def test_parallel_subheadings_inside_an_article_open_no_new_one():
    page = ("某市总工会召开年会\n\n今天，某市总工会召开年会，会议由市总工会主席主持。\n"
            "以创新的思维破解难题\n以改革的举措提高效能\n以务实的作风补齐短板\n"
            "今年一季度，全市工会系统积极主动作为，市总工会部署了全年工作。\n")
    assert len(split_page(page, "page.txt")) == 1
    page = page.replace("今年一季度", "本报讯（记者李四）今年一季度")
    assert len(split_page(page, "page.txt")) == 2  # a news lead after them: a new article's headline


def test_a_page_s_credit_line_with_its_source_is_no_wrapped_line_of_the_body():
    page = ("某市总工会开展送清凉活动\n新闻网 时间:2020-07-02 来源:某市广播电视台\n"
            "为保障职工健康，7月1日，某市总工会开展送清凉活动。\n")
    article = split_page(page, "page.txt")[0]
    assert "电视台为保障" not in article.text


def test_a_title_with_a_quoted_list_is_not_joined_to_the_paragraph_under_it():
    title = "巫溪县总工会举办“献良策、促发展职工提案”总评选活动"
    text, _ = mend_lines(f"{title}\n县人大常委会副主任、县总工会主席周文华出席。\n")
    assert f"{title}\n县人大" in text


def test_a_files_title_line_with_punctuation_or_a_rare_word_across_the_break_is_not_joined():
    text, _ = mend_lines("某县总工会：消费帮扶，情暖人心\n\n为帮助困难地区群众增收，某县总工会开展消费帮扶活动。")
    assert "情暖人心\n" in text
    text, _ = mend_lines("某县总工会开展“金秋助学”服务活动\n\n工人日报讯 近日，某县总工会开展活动。")
    assert "服务活动\n" in text  # 动工 reads far less often than 活动 and 工人
