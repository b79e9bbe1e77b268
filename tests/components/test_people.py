from tests.helpers import of_type


def test_role_chain_before_a_name(analyse):
    entities, relations, _ = analyse("成都市总工会党组书记、副主席邓海峰为学员授课。")
    found = of_type(entities, "Person")
    assert set(found) == {"邓海峰"}
    assert found["邓海峰"].attributes["role"] == "副主席"
    assert ("邓海峰", "worksFor", "成都市总工会") in relations
    entities, relations, _ = analyse("达拉特旗政府副旗长刘晓东出席。")
    assert ("刘晓东", "worksFor", "达拉特旗人民政府") in relations


def test_two_character_name_before_a_word(analyse):
    entities, _, _ = analyse("在车间主任李强看来，这次比赛很有意义。")
    assert set(of_type(entities, "Person")) == {"李强"}


def test_a_name_before_每_or_an_act_of_attending_that_overlaps_a_word(analyse):
    entities, _, _ = analyse("区总工会主席王刚每到一处都叮嘱大家注意安全。副主席黄玉生出席仪式。")
    assert set(of_type(entities, "Person")) == {"王刚", "黄玉生"}


def test_names_of_less_common_surnames_in_lists_and_given_parts_that_are_words_after_a_post(analyse):
    entities, _, _ = analyse("区领导陈文博、季春生、杨丽华出席。王明亮、李文雍、麻晓东三名劳模代表发言。"
                             "区总工会主席高建国说，今年要办好实事。副主席高新民出席。主席高度重视。")
    assert set(of_type(entities, "Person")) == {"陈文博", "季春生", "杨丽华", "王明亮", "李文雍", "麻晓东",
                                                 "高建国", "高新民"}
    entities, _, _ = analyse("工会干部蒲晓出席。在州总工会主席商一鸣的陪同下，慰问组走访商户。商家纷纷点赞。")
    assert set(of_type(entities, "Person")) == {"蒲晓", "商一鸣"}
    entities, _, _ = analyse("省教育工会主席高洁出席会议。副主席高松致辞。主任明确要求，书记高度重视。")
    assert set(of_type(entities, "Person")) == {"高洁", "高松"}
    entities, _, _ = analyse("由禤志明老师、亓文静老师主持。鞠红老师获一等奖。劳动模范犹志军是一名快递员。")
    assert {"禤志明", "亓文静", "鞠红", "犹志军"} <= set(of_type(entities, "Person"))


def test_name_opening_a_phrase_with_a_speech_verb(analyse):
    entities, _, _ = analyse("会上，王建华表示将继续努力。")
    assert set(of_type(entities, "Person")) == {"王建华"}


def test_forms_of_address_and_words_are_not_names(analyse):
    entities, _, _ = analyse("张师傅说，高度重视安全。黄先生表示同意。环卫工人李姨说，很温暖。快递员王哥表示感谢。")
    assert of_type(entities, "Person") == {}


def test_bylines_are_not_annotated(analyse):
    entities, _, _ = analyse("本报记者 刘明 通讯员 陈红\n近日，某厂举办活动。")
    assert of_type(entities, "Person") == {}


def test_a_few_words_may_qualify_the_role_after_the_body(analyse):
    entities, relations, _ = analyse("“收获很大。”台州市总工会青年干部郑明说。宁波大学就业处副处长孙伟介绍了情况。")
    assert ("郑明", "worksFor", "台州市总工会") in relations
    assert ("孙伟", "worksFor", "宁波大学") in relations


def test_an_adverb_after_a_name_is_not_part_of_it(analyse):
    entities, _, _ = analyse("浙江华信会计有限公司人事助理吴婕很认真地翻看简历。")
    assert ("Person", "吴婕") in entities


def test_a_name_joined_to_a_roles_name_holds_the_role(analyse):
    entities, _, _ = analyse("机电专业的学员陈国栋和刘晓燕获得技能大赛一等奖。")
    found = of_type(entities, "Person")
    assert set(found) == {"陈国栋", "刘晓燕"}
    assert found["刘晓燕"].attributes["role"] == "学员"


def test_names_after_closing_quotes_and_local_leaders(analyse):
    entities, _, _ = analyse("“服务很贴心。”湖南省浏阳市永安镇镇长彭立新说。“我们还会再来。”黄晓丽说。")
    assert {"彭立新", "黄晓丽"} <= set(of_type(entities, "Person"))
    assert of_type(entities, "Person")["彭立新"].attributes["role"] == "镇长"


def test_a_name_before_a_leaders_title(analyse):
    entities, _, _ = analyse("深入学习江泽民总书记的重要讲话。")
    assert set(of_type(entities, "Person")) == {"江泽民"}
    entities, _, _ = analyse("牢记江泽民总书记殷殷嘱托。")
    assert set(of_type(entities, "Person")) == {"江泽民"}


def test_a_role_inside_a_word_opens_no_name(analyse):
    entities, _, _ = analyse("苏州华泰机电工程有限公司承建了厂房。部长安静主持会议。")
    assert set(of_type(entities, "Person")) == {"安静"}


def test_standing_vice_chairs_work_for_the_union_before_the_role(analyse):
    _, relations, _ = analyse("福建省总工会党组书记、常务副主席林志强出席。")
    assert ("林志强", "worksFor", "福建省总工会") in relations


def test_a_dictionary_name_before_the_title_needs_no_listed_surname():
    from kg.components.people import PersonRecognizer

    text = "学习傅志寰总书记的讲话，学习工作总书记处。"
    title = text.index("总书记")
    assert PersonRecognizer._name_before_title(text, title - 3, title)
    second = text.index("总书记", title + 1)
    assert not PersonRecognizer._name_before_title(text, second - 3, second)


def test_name_after_a_post_whatever_its_surname(analyse):
    entities, _, _ = analyse("县委常委、常务副县长扎西多吉，自治区总工会主席阿依古丽·买买提出席。清扫员于桑参加。")
    people = {name for kind, name in entities if kind == "Person"}
    assert {"扎西多吉", "阿依古丽·买买提"} <= people


def test_words_after_a_kind_of_people_are_not_names(analyse):
    entities, _, _ = analyse("组织职工补短板，会员抓进度，干部下访。")
    assert not any(kind == "Person" for kind, _ in entities)


def test_a_role_inside_a_place_name_opens_no_name(analyse):
    entities, _, _ = analyse("西安市长安区郭杜街道实现全覆盖，局长王明出席。")
    assert set(of_type(entities, "Person")) == {"王明"}


def test_party_posts_in_a_title_chain_and_names_closed_by_a_break_or_before_a_verb(analyse):
    entities, relations, _ = analyse("浙江省湖州市总工会党组成员、副主席钱立新出席活动。")
    assert ("钱立新", "worksFor", "湖州市总工会") in relations
    entities, _, _ = analyse("市总工会主席孙征到企业调研。公司党委书记张立正，总经理李明说，活动很成功。")
    assert {"孙征", "张立正", "李明"} <= set(of_type(entities, "Person"))
    assert not {"孙征到", "李明说"} & set(of_type(entities, "Person"))


def test_the_preposition_xiang_before_a_plain_word_opens_no_name(analyse):
    entities, _, _ = analyse("志愿者向现场群众分发手册，干部向工人讲解政策。职工赵家园、向明德说，很受益。")
    assert set(of_type(entities, "Person")) == {"赵家园", "向明德"}


def test_an_occupation_no_list_holds_opens_a_name_but_a_byline_does_not(analyse):
    entities, _, _ = analyse("网约配送员郑晓军说，驿站很方便。砌筑工罗大海、值班员朱青获奖。成员单位参加。通讯员王明 摄")
    people = of_type(entities, "Person")
    assert set(people) == {"郑晓军", "罗大海", "朱青"}
    assert people["郑晓军"].attributes["role"] == "配送员"


def test_honours_and_trades_open_names_which_end_before_punctuation_and_prepositions(analyse):
    entities, _, _ = analyse("慰问全国劳动模范李春。\n个体工商户许林说，很满意。奖章获得者刘强以“匠心”为题发言，"
                             "获得者向全区职工发出倡议。慰问职工夏送凉茶活动启动。")
    assert set(of_type(entities, "Person")) == {"李春", "许林", "刘强"}


def test_every_name_listed_after_a_role_holds_it(analyse):
    entities, relations, _ = analyse("成都市总工会副主席赵明华、钱立新、孙海涛出席活动。")
    found = of_type(entities, "Person")
    assert set(found) == {"赵明华", "钱立新", "孙海涛"}
    assert found["孙海涛"].attributes["role"] == "副主席"
    assert ("孙海涛", "worksFor", "成都市总工会") in relations


def test_names_elected_to_a_role(analyse):
    entities, _, _ = analyse("大会选举周建国为主席，吴晓峰为副主席。王芳为大家讲解。")
    found = of_type(entities, "Person")
    assert set(found) == {"周建国", "吴晓峰"}
    assert found["吴晓峰"].attributes["role"] == "副主席"
    _, relations, _ = analyse("全委会选举罗大明为醴陵市总工会主席，谭小军为常务副主席，龙一凡、彭二宝为专职副主席。")
    assert {person for person, predicate, body in relations if predicate == "worksFor" and body == "醴陵市总工会"} == {
        "罗大明", "谭小军", "龙一凡", "彭二宝"}


def test_a_vice_chair_of_a_standing_committee_is_a_post_whole(analyse):
    entities, _, _ = analyse("全国人大常委会副委员长赵明华讲话。")
    found = of_type(entities, "Person")
    assert set(found) == {"赵明华"}
    assert found["赵明华"].attributes["role"] == "副委员长"


def test_a_name_whose_second_character_ends_names_where_speech_closes_it(analyse):
    entities, _, _ = analyse("副主席陈为华表示，要做好服务。主席王在会上讲话。")
    assert set(of_type(entities, "Person")) == {"陈为华"}


def test_a_village_after_a_role_inside_a_word_is_no_person(analyse):
    entities, _, _ = analyse("林场管理处长岭村村民参加活动。")
    assert of_type(entities, "Person") == {}


def test_secretariat_posts_and_leaders_open_names_and_chains(analyse):
    entities, relations, _ = analyse("中华全国总工会副主席、书记处书记王建国出席。省总工会领导赵明华、钱立新出席。县领导包案化解，干部下访。")
    assert set(of_type(entities, "Person")) == {"王建国", "赵明华", "钱立新"}
    assert ("王建国", "worksFor", "中华全国总工会") in relations


def test_a_long_name_without_a_surname_but_no_clause_of_common_words(analyse):
    entities, _, _ = analyse("自治区总工会副主席敖特根巴雅尔表示，要做好工作。主任要直面困难，做好服务。")
    assert set(of_type(entities, "Person")) == {"敖特根巴雅尔"}


def test_a_person_keeps_the_body_one_mention_names(analyse):
    _, relations, _ = analyse("主席卢明华出席。恩平市总工会主席卢明华要求做好工作。")
    assert ("卢明华", "worksFor", "恩平市总工会") in relations


def test_a_two_character_name_before_a_verb_of_going_along(analyse):
    entities, _, _ = analyse("区总工会主席郑强陪同调研。副市长孙伟一同前往。")
    assert set(of_type(entities, "Person")) == {"郑强", "孙伟"}


def test_a_word_before_a_count_of_things_is_no_name(analyse):
    entities, _, _ = analyse("今年共征集到职工金点子86条，开展“金点子”评选。职工余建华提出建议。")
    assert set(of_type(entities, "Person")) == {"余建华"}


def test_a_two_character_name_before_a_frequent_adverb(analyse):
    entities, _, _ = analyse("集团党委副书记、工会主席韩亮亲自带队慰问。副局长吕斌已经到岗。")
    assert set(of_type(entities, "Person")) == {"韩亮", "吕斌"}


def test_a_name_after_a_post_and_a_space_as_captions_write_it(analyse):
    entities, _, _ = analyse("某社区工会联合会主席 汪明：很高兴。学生 李晓东表示收获很大。一线职工 夏送清凉。")
    assert set(of_type(entities, "Person")) == {"汪明", "李晓东"}
    entities, relations, _ = analyse("赤峰市总工会党组成员、副主席  孙建华出席并讲话。")
    assert ("孙建华", "worksFor", "赤峰市总工会") in relations


def test_a_preposition_and_a_word_of_time_are_no_name(analyse):
    entities, _, _ = analyse("主办方于赛后组织交流。会上，于会后表示同意。")
    assert of_type(entities, "Person") == {}


def test_posts_of_commanders_degrees_and_heritage_open_names(analyse):
    entities, _, _ = analyse("工作组总指挥冯建伟出席。心理学硕士鲁明丽授课。非遗传承人吴明刚现场教学。")
    assert set(of_type(entities, "Person")) == {"冯建伟", "鲁明丽", "吴明刚"}


def test_names_listed_before_a_count_of_people(analyse):
    entities, _, _ = analyse("大会授予张建国、刘春华、陈立明等15名职工先进个人称号。")
    assert set(of_type(entities, "Person")) == {"张建国", "刘春华", "陈立明"}


def test_a_given_name_opening_with_a_word_s_first_character(analyse):
    entities, _, _ = analyse("平阳县总工会主席钱正明带领班子成员走访。副主席孙正在会上讲话。")
    assert set(of_type(entities, "Person")) == {"钱正明"}


def test_two_character_and_less_common_surnames(analyse):
    entities, _, _ = analyse("平阳县总工会主席欧阳立群、副主席饶晓梅出席。")
    assert set(of_type(entities, "Person")) == {"欧阳立群", "饶晓梅"}


def test_police_foremen_workers_representatives_and_a_single_leader_open_names(analyse):
    entities, _, _ = analyse("民警孙少华介绍，包工头钱明亮表示，职工代表谭小珂发言。县领导喻建新出席。职工代表齐聚一堂。")
    assert set(of_type(entities, "Person")) == {"孙少华", "钱明亮", "谭小珂", "喻建新"}


def test_a_name_before_a_word_its_third_character_opens(analyse):
    entities, _, _ = analyse("快递员王政激动地说。主席李兴民主持会议。")
    assert set(of_type(entities, "Person")) == {"王政", "李兴民"}


def test_a_surname_like_character_before_a_common_verb_opens_no_name(analyse):
    entities, _, _ = analyse("企业与职工方展开协商谈判。主席王解放出席。")
    assert set(of_type(entities, "Person")) == {"王解放"}


def test_contestants_couriers_representatives_and_people_helped_open_names(analyse):
    entities, _, _ = analyse("参赛选手孙立华以高分夺冠，外卖小哥钱小明脸上洋溢着笑容，劳模代表赵国华发言，"
                             "领衔人吴建军介绍，帮扶对象尤立新说。")
    assert set(of_type(entities, "Person")) == {"孙立华", "钱小明", "赵国华", "吴建军", "尤立新"}


def test_a_person_named_after_an_age_and_names_counted_in_persons(analyse):
    entities, _, _ = analyse("45岁的郑志刚是一名焊工。张晓光、李海涛等3人被命名为工匠。")
    assert set(of_type(entities, "Person")) == {"郑志刚", "张晓光", "李海涛"}


def test_names_written_before_their_post(analyse):
    entities, relations, _ = analyse("会上，孙立华、钱小明副主席分别讲话。平阳县总工会吴建军主席出席。")
    assert set(of_type(entities, "Person")) == {"孙立华", "钱小明", "吴建军"}
    assert ("吴建军", "worksFor", "平阳县总工会") in relations
    entities, _, _ = analyse("会议传达了王建军部长所作的报告。")
    assert set(of_type(entities, "Person")) == {"王建军"}
    entities, _, _ = analyse("由区总工会主席李强任组长，副主席王刚兼主任。")
    assert set(of_type(entities, "Person")) == {"李强", "王刚"}
    entities, _, _ = analyse("座谈会由郭振东副书记主持，邹志勇总裁、范丽娟董事出席。潘立华副主席一行到场。")
    assert set(of_type(entities, "Person")) == {"郭振东", "邹志勇", "范丽娟", "潘立华"}
    entities, relations, _ = analyse("株洲化纤有限公司的罗国平主席和株洲恒远投资集团的邹强总经理作了发言。")
    assert ("罗国平", "worksFor", "株洲化纤有限公司") in relations
    assert ("邹强", "worksFor", "株洲恒远投资集团") in relations


def test_a_name_before_a_post_of_the_police_or_before_representing(analyse):
    entities, _, _ = analyse("王海涛部长代表县总工会讲话。李彦君政委代表全体民警表示感谢。刘志刚大队长介绍了执勤情况。")
    assert {"王海涛", "李彦君", "刘志刚"} <= set(of_type(entities, "Person"))


def test_a_two_character_name_before_coming_to_a_place(analyse):
    entities, _, _ = analyse("省总工会副主席赵婷来县调研女职工工作。王来喜出席。")
    assert {"赵婷", "王来喜"} <= set(of_type(entities, "Person")) and "赵婷来" not in of_type(entities, "Person")


def test_a_role_word_that_opens_a_longer_noun_has_no_name_after_it(analyse):
    entities, _, _ = analyse("大会选举产生了主席团成员，通过了总监票人、监票人名单，王立新主持会议。")
    assert set(of_type(entities, "Person")) == {"王立新"}


def test_a_post_no_list_holds_named_by_a_noun_ending_in_its_head(analyse):
    entities, _, _ = analyse("省人社厅厅长刘建华、矿长王俊华出席，执行董事陈立新说。经济增长周期变化明显。")
    assert set(of_type(entities, "Person")) == {"刘建华", "王俊华", "陈立新"}
    entities, _, _ = analyse("全国先进工作者李嘉亮出席。持续开展新就业形态劳动者关怀行动。")
    assert set(of_type(entities, "Person")) == {"李嘉亮"}


def test_a_name_before_the_word_members_are_addressed_by_is_a_person(analyse):
    entities, _, _ = analyse("大会上，刘建华同志当选为主席，周婕同志当选为副主席，县教体局局长黄金坡同志出席。")
    assert set(of_type(entities, "Person")) == {"刘建华", "周婕", "黄金坡"}  # (no 金坡: the 金 is inside the name)
    entities, _, _ = analyse("长沙市委党校王立新教授作辅导报告。")
    assert set(of_type(entities, "Person")) == {"王立新"}
    assert set(of_type(entities, "Organization")) == {"中共长沙市委党校"}


def test_a_person_works_for_the_body_named_before_the_units_of_their_post(analyse):
    _, relations, _ = analyse("长沙华星实业有限公司炼铁总厂综合管理室值班调度长王立新介绍。")
    assert ("王立新", "worksFor", "长沙华星实业有限公司炼铁总厂") in relations  # (the most specific unit named)
    _, relations, _ = analyse("长沙市总工会驻华星村第一书记兼工作队队长刘建华介绍。")  # a post held where stationed
    assert not any(predicate == "worksFor" for _, predicate, _ in relations)


def test_a_name_ends_before_a_frequent_verb_or_numeral_word(analyse):
    entities, _, _ = analyse("工会主席刘颖来到现场，副主席陈华第一时间赶到，主席王建国来到现场。")
    assert set(of_type(entities, "Person")) == {"刘颖", "陈华", "王建国"}
    entities, _, _ = analyse("省总工会副主席谭为民致贺词，副主席龙为国到会。")
    assert set(of_type(entities, "Person")) == {"谭为民", "龙为国"}


def test_the_side_to_talks_and_a_second_post_are_no_names(analyse):
    entities, _, _ = analyse("企业方其他代表和职工方代表参加协商。市人大常委副主任，市总工会主席刘建华出席。")
    assert set(of_type(entities, "Person")) == {"刘建华"}
    entities, _, _ = analyse("企业方和职工方各7名代表参加协商，主席刘建华出席。")
    assert set(of_type(entities, "Person")) == {"刘建华"}


def test_a_name_holding_a_function_character_closed_by_a_break_or_an_act_of_attending(analyse):
    entities, _, _ = analyse("省总工会主席张大为，副主席李为民出席。主席王和平、副主席张向东参加。劳模王闯以“匠心”为题发言。")
    assert set(of_type(entities, "Person")) == {"张大为", "李为民", "王和平", "张向东", "王闯"}


def test_command_and_standing_committee_posts_open_names(analyse):
    entities, _, _ = analyse("援建指挥部副指挥王明哲陪同。县委常委刘光荣宣读了决定。")
    assert {"王明哲", "刘光荣"} <= set(of_type(entities, "Person"))


def test_deputies_of_every_head_a_given_name_s_zheng_before_a_join_and_names_listed_before_comrade(analyse):
    entities, _, _ = analyse("省教育厅副厅长朱建华出席。巡视员廖文正和省总工会干部、处长潘国才等领导出席。")
    assert {"朱建华", "廖文正", "潘国才"} <= set(of_type(entities, "Person"))
    entities, _, _ = analyse("职工代表向工友们发出倡议。陈凤凤、张艳芹、赵花平同志获一等奖。")
    assert set(of_type(entities, "Person")) == {"陈凤凤", "张艳芹", "赵花平"}


def test_a_name_ends_before_a_verb_with_zhe(analyse):
    entities, _, _ = analyse("主任李军笑着说，工作做得很好。")
    assert set(of_type(entities, "Person")) == {"李军"}


def test_leaders_of_teams_school_inspectors_and_hosts_are_posts_before_names(analyse):
    entities, _, _ = analyse("团队带头人邵哲平介绍经验，督学李行铜出席，主持人王芳宣布开幕。")
    assert {"邵哲平", "李行铜", "王芳"} <= set(of_type(entities, "Person"))


def test_a_name_elected_to_a_post_written_after_its_body(analyse):
    entities, _, _ = analyse("会议选举陈丽为公司第一届工会主席。")
    assert "陈丽" in of_type(entities, "Person")
    assert of_type(entities, "Person")["陈丽"].attributes["role"] == "主席"


def test_a_member_named_right_after_the_body_works_for_it(analyse):
    entities, relations, _ = analyse("长沙华星有限公司王雅旭、株洲明辉小学刘翠薇获得一等奖。长沙市第一中学陈芳芳老师作报告。")
    assert {"王雅旭", "刘翠薇", "陈芳芳"} <= set(of_type(entities, "Person"))
    assert ("刘翠薇", "worksFor", "株洲明辉小学") in relations
    _, relations, _ = analyse("株洲红星机械有限公司肖红被评为标兵，湘潭电机厂刘建国被授予劳动模范称号。")
    assert {("肖红", "worksFor", "株洲红星机械有限公司"), ("刘建国", "worksFor", "湘潭电机厂")} <= relations


def test_one_name_opening_a_phrase_before_a_count_of_people(analyse):
    entities, _, _ = analyse("最终，侯艳梅等230名职工获奖。表彰了李华等10人。")
    assert set(of_type(entities, "Person")) == {"侯艳梅"}


def test_a_surname_that_ends_a_word_before_a_frequent_noun_opens_no_name(analyse):
    entities, _, _ = analyse("省总工会有关领导同志出席。市领导黄世界参加。")
    assert set(of_type(entities, "Person")) == {"黄世界"}


def test_a_note_on_the_post_between_the_post_and_the_name(analyse):
    entities, relations, _ = analyse("长沙市总工会副主席（挂职）刘建华讲话，宣传部副部长(主持工作)王立新主持。")
    assert {"刘建华", "王立新"} <= set(of_type(entities, "Person"))
    assert ("刘建华", "worksFor", "长沙市总工会") in relations


def test_officers_elected_hold_their_posts_at_the_union_that_elects_them(analyse):
    entities, relations, _ = analyse("长沙市快递行业工会联合会召开第一次会员代表大会，刘建华同志当选为第一届委员会主席，"
                                     "王红为副主席；陈小华、郑明当选为工会副主席。")
    union = "长沙市快递行业工会联合会"
    assert {("刘建华", "worksFor", union), ("王红", "worksFor", union), ("陈小华", "worksFor", union),
            ("郑明", "worksFor", union)} <= relations
    assert of_type(entities, "Person")["刘建华"].attributes["role"] == "主席"
    assert of_type(entities, "Person")["郑明"].attributes["role"] == "副主席"


def test_a_post_of_a_union_s_audit_committee_is_held_in_that_union_s_committee(analyse):
    _, relations, _ = analyse("长沙市快递行业工会联合会召开第一次会员代表大会，李明当选为经费审查委员会主任。")
    assert [(subject, target) for subject, predicate, target in relations if predicate == "worksFor"] == [
        ("李明", "长沙市快递行业工会联合会经费审查委员会")]  # not the city federation's


def test_a_name_that_speaks_is_a_name_though_it_runs_into_a_word(analyse):
    entities, _, _ = analyse("长沙市总工会基层工作部部长方艳说，活动很成功。")
    assert "方艳" in of_type(entities, "Person")
    entities, _, _ = analyse("华星有限公司职工冯明清说，收获很大。于今年说明情况。")
    assert set(of_type(entities, "Person")) == {"冯明清"}


def test_a_name_between_its_company_and_its_post_works_there(analyse):
    entities, relations, _ = analyse("长沙市总工会刘建华副主席，华星有限公司王红总经理参加活动。")
    assert {("刘建华", "worksFor", "长沙市总工会"), ("王红", "worksFor", "华星有限公司")} <= relations
    assert of_type(entities, "Person")["王红"].attributes["role"] == "总经理"


def test_a_person_from_a_body_works_there(analyse):
    _, relations, _ = analyse("来自华星有限公司的刘建华是一名电工。来自长沙市第一人民医院的护士王红说，很受鼓舞。")
    assert {("刘建华", "worksFor", "华星有限公司"), ("王红", "worksFor", "长沙市第一人民医院")} <= relations
    entities, relations, _ = analyse("来自长沙市第一人民医院的医师张明(左)和来自海川科技有限公司的靳雨西(右)出席。来自海川科技有限公司的小周发言。")
    assert {("张明", "worksFor", "长沙市第一人民医院"), ("靳雨西", "worksFor", "海川科技有限公司")} <= relations
    assert "小周" not in of_type(entities, "Person")


def test_a_word_for_an_event_opening_a_clause_is_no_person(analyse):
    entities, _, _ = analyse("刘建华说，夏令营注重实践。王建会主持会议。")
    assert set(of_type(entities, "Person")) == {"刘建华", "王建会"}


def test_pairs_of_name_and_post_after_a_body_all_work_there(analyse):
    entities, relations, _ = analyse("长沙市芙蓉区总工会张明常务副主席、刘建华副主席，王强主任出席。")
    for name in ("张明", "刘建华", "王强"):
        assert (name, "worksFor", "长沙市芙蓉区总工会") in relations
    assert entities[("Person", "张明")].attributes["role"] == "常务副主席"
    entities, relations, _ = analyse("甘肃省总工会召开座谈会。省总工会赵建国主席调研时强调，要做好服务。")
    assert ("赵建国", "worksFor", "甘肃省总工会") in relations


def test_a_name_after_a_delegate_of_a_kind_of_people(analyse):
    entities, _, _ = analyse("志愿者代表刘建华发言。优秀选手将代表长沙县参加比赛。")
    assert set(of_type(entities, "Person")) == {"刘建华"}


def test_a_name_before_a_post_that_then_delivers_a_speech(analyse):
    entities, relations, _ = analyse("长沙市总工会召开全委会。长沙市总工会刘建华主席作重要讲话。")
    assert set(of_type(entities, "Person")) == {"刘建华"}
    assert ("刘建华", "worksFor", "长沙市总工会") in relations


def test_later_pairs_of_post_and_name_after_a_body_work_there_too(analyse):
    _, relations, _ = analyse("长沙市志愿者协会党支部书记王明、理事长张莹、秘书长蔡荣琴出席。")
    for name in ("王明", "张莹", "蔡荣琴"):
        assert (name, "worksFor", "长沙市志愿者协会") in relations
    _, relations, _ = analyse("长沙市芙蓉区总工会常务副主席王芳和党组成员、副主席李兵出席活动。")
    assert ("李兵", "worksFor", "长沙市芙蓉区总工会") in relations


def test_members_named_after_a_body_and_de(analyse):
    _, relations, _ = analyse("华星有限公司的唐昌明、陈志林在现场救援。来自明达科技有限公司的王丽华、长沙市第一中学的刘建华获得一等奖。")
    assert ("唐昌明", "worksFor", "华星有限公司") in relations
    assert ("陈志林", "worksFor", "华星有限公司") in relations
    assert ("王丽华", "worksFor", "明达科技有限公司") in relations
    assert ("刘建华", "worksFor", "长沙市第一中学") in relations


def test_a_korean_chinese_surname_opens_a_name(analyse):
    entities, _, _ = analyse("老干部代表朴广明说，很高兴。职工们保持朴素的作风。")
    assert set(of_type(entities, "Person")) == {"朴广明"}


def test_a_conjunction_after_a_post_opens_no_name(analyse):
    entities, _, _ = analyse("他们是晨练团队的义务负责人或骨干，有些已成为队长。")
    assert not of_type(entities, "Person")


def test_a_name_between_a_body_and_its_post_before_wei(analyse):
    _, relations, _ = analyse("长沙市第一医院刘建华院长为职工作健康讲座。")
    assert ("刘建华", "worksFor", "长沙市第一医院") in relations


def test_a_name_after_a_post_whose_last_character_makes_a_rare_word_with_its_surname(analyse):
    entities, relations, _ = analyse("株洲市总工会基层工作部部长程卫东一行调研，副市长史建华陪同。")
    assert {"程卫东", "史建华"} <= set(of_type(entities, "Person"))
    assert ("程卫东", "worksFor", "株洲市总工会基层工作部") in relations
    entities, _, _ = analyse("华星机电工程有限公司举办活动。")
    assert not of_type(entities, "Person")  # 电工, a frequent word, hides no name


def test_an_occupation_after_a_post_and_a_list_mark_holds_at_the_body_before_the_post(analyse):
    entities, relations, _ = analyse("株洲市中心医院副院长、主任医师刘建华出席。")
    assert ("刘建华", "worksFor", "株洲市中心医院") in relations


def test_a_name_before_a_post_of_a_department_or_an_office_and_a_village_s_secretary(analyse):
    entities, relations, _ = analyse("湖南省交通运输厅胡建华厅长出席。株洲市总工会组织部王立新处长陪同。村支书刘明亮说，收入提高了。")
    assert ("胡建华", "worksFor", "湖南省交通运输厅") in relations
    assert ("王立新", "worksFor", "株洲市总工会组织部") in relations
    assert set(of_type(entities, "Organization")) == {"湖南省交通运输厅"}
    assert of_type(entities, "Person")["刘明亮"].attributes["role"] == "村支书"


def test_names_listed_before_a_kind_of_people_are_people(analyse):
    entities, _, _ = analyse("株洲市总工会分别对刘建华、王立新等困难劳模进行了慰问，陈明亮、张小红等领导参加。")
    assert set(of_type(entities, "Person")) == {"刘建华", "王立新", "陈明亮", "张小红"}


def test_a_name_s_third_character_opening_a_rare_word_or_a_name_closed_by_leading_or_opening(analyse):
    entities, _, _ = analyse("县总工会主席刘正高致开幕辞，讲师陈志印作专题报告。副主席王林率调研组到场，主席张明致欢迎辞。")
    assert set(of_type(entities, "Person")) == {"刘正高", "陈志印", "王林", "张明"}


def test_a_frequent_word_the_dictionary_tags_a_name_and_a_pronoun_are_no_names(analyse):
    entities, _, _ = analyse("株洲市总工会提升职工文明素养，工作人员向他介绍了入会流程，职工刘明说很方便。")
    assert set(of_type(entities, "Person")) == {"刘明"}


def test_a_known_two_character_name_before_a_word_and_the_preposition_before_a_frequent_word(analyse):
    entities, _, _ = analyse("外卖配送员高强开心地翻看礼包。工作人员向大家道了一声辛苦，这是对环卫工人辛勤付出的肯定。")
    assert set(of_type(entities, "Person")) == {"高强"}
    entities, _, _ = analyse("举行快递员千人集中入会仪式，从组织建设到职工关怀，工会做了很多。")
    assert of_type(entities, "Person") == {}


def test_people_from_a_place_and_no_partner_named_like_a_town(analyse):
    entities, _, _ = analyse("来自长沙的刘建华获得焊工竞赛一等奖，获奖者还有天元区职工刘明、白兔潭镇个体劳动者。")
    assert set(of_type(entities, "Person")) == {"刘建华", "刘明"}


def test_a_name_after_a_post_running_into_a_word_where_an_act_closes_it(analyse):
    entities, relations, _ = analyse("株洲市总工会经审会主任何志刚出席。职工们把它作为品牌工程来抓。")
    assert set(of_type(entities, "Person")) == {"何志刚"}
    assert ("何志刚", "worksFor", "株洲市总工会经费审查委员会") in relations


def test_graded_researchers_and_senior_engineers_are_posts_in_a_chain(analyse):
    _, relations, _ = analyse("株洲市总工会党组书记、常务副主席、一级调研员刘建华出席。株洲市总工会副主席陈明、副调研员王立新参加。")
    assert {("刘建华", "worksFor", "株洲市总工会"), ("王立新", "worksFor", "株洲市总工会")} <= relations


def test_names_listed_right_before_a_count_of_persons_are_people(analyse):
    entities, _, _ = analyse("刘建华、王立新、陈明三位劳模代表分别作了发言，慰问金送到了他们手中，向每一位劳动者致敬。")
    assert set(of_type(entities, "Person")) == {"刘建华", "王立新", "陈明"}
    entities, _, _ = analyse("最终，周立波、吴海燕、孙志刚3人获评技术能手，郑强和冯丽两人获评优秀选手。全家3人都来了。")
    assert set(of_type(entities, "Person")) == {"周立波", "吴海燕", "孙志刚", "郑强", "冯丽"}


def test_a_union_post_in_a_chain_after_a_party_post_at_the_same_body(analyse):
    _, relations, _ = analyse("株洲市总工会党组书记、工会副主席刘建华出席。")
    assert ("刘建华", "worksFor", "株洲市总工会") in relations


def test_a_list_of_three_names_or_more_after_a_colon_are_people(analyse):
    entities, _, _ = analyse("新一届工会委员会成员分别是：刘建华、王立新、陈明亮、张小红。主要原因是：王家、李家。")
    assert set(of_type(entities, "Person")) == {"刘建华", "王立新", "陈明亮", "张小红"}


def test_a_surname_that_is_also_a_verb_of_wishing_before_a_frequent_word_opens_no_name(analyse):
    entities, _, _ = analyse("新春佳节来临，祝大家度过一个愉快的假期。")
    assert of_type(entities, "Person") == {}
    entities, _, _ = analyse("工会主席祝文明出席。工会主席向建国讲话。劳模代表向全体职工发出倡议。")
    assert set(of_type(entities, "Person")) == {"祝文明", "向建国"}  # after a post, a name's


def test_a_name_of_two_parts_joined_by_a_dot_after_any_post_or_kind_of_people(analyse):
    entities, relations, _ = analyse("县总工会主席艾山·吐尔洪出席活动。职工古丽米拉·阿不都表示感谢。")
    assert {"艾山·吐尔洪", "古丽米拉·阿不都"} <= set(of_type(entities, "Person"))
    assert "艾山" not in of_type(entities, "Person")


def test_a_given_name_ending_in_cai_before_a_verb_of_leading_or_attending(analyse):
    entities, _, _ = analyse("副主席李福才带领工作组走访企业。主席王海正在讲话。")
    assert set(of_type(entities, "Person")) == {"李福才", "王海"}


def test_surnames_shu_and_li_open_names(analyse):
    entities, _, _ = analyse("董事长舒开华出席。省总工会主席厉志强讲话。大家都很舒适。")
    assert set(of_type(entities, "Person")) == {"舒开华", "厉志强"}


def test_a_two_character_name_before_a_verb_of_delivering_a_report_or_speech(analyse):
    entities, _, _ = analyse("常务副主席刘欢作全委会工作报告。团委书记王刚致贺词。副主席陈杰做了总结发言。主席王建致说，很好。")
    assert set(of_type(entities, "Person")) == {"刘欢", "王刚", "陈杰", "王建致"}
    entities, _, _ = analyse("女职委主任周燕作致辞。主席孙涛所作的报告很精彩。大会表彰了李建华、王芳等30名同志。")
    assert set(of_type(entities, "Person")) == {"周燕", "孙涛", "李建华", "王芳"}


def test_after_a_post_a_name_whose_surname_makes_a_word_with_the_next_character(analyse):
    entities, _, _ = analyse("副主席黄家明向环卫工人发放防暑用品。副部长黄东和干部职工出席。主席吴国华参加座谈。书记常态化开展活动。")
    assert set(of_type(entities, "Person")) == {"黄家明", "黄东", "吴国华"}


def test_a_name_before_a_count_after_a_verb_of_honouring(analyse):
    entities, _, _ = analyse("株洲市总工会命名刘守珍等8名职工为劳动能手。获奖的有丁立强等20人。")
    assert set(of_type(entities, "Person")) == {"刘守珍", "丁立强"}


def test_a_run_after_a_post_ending_in_a_frequent_noun_is_no_name(analyse):
    entities, _, _ = analyse("华星公司有关负责人列问题、谈打算。县委常委、常务副县长达瓦次仁，出席。完善主席问吧、职工信箱。")
    assert set(of_type(entities, "Person")) == {"达瓦次仁"}
    entities, relations, _ = analyse("西藏自治区总工会常务副主席边巴出席并讲话。")
    assert ("边巴", "worksFor", "西藏自治区总工会") in relations


def test_a_given_name_ending_in_he_before_an_act_and_the_surname_man(analyse):
    entities, _, _ = analyse("常务副主席王太和出席。主席刘强和李四出席。环卫工人满玉华高兴地说。大家都很满意。")
    assert set(of_type(entities, "Person")) == {"王太和", "刘强", "李四", "满玉华"}
    entities, _, _ = analyse("副主席吴良和来到青山区调研。省总工会副主席陈和平赴某县调研。副主席李华来到企业。")
    assert set(of_type(entities, "Person")) == {"吴良和", "陈和平", "李华"}


def test_a_name_right_before_leading_a_group_with_率_or_携(analyse):
    entities, relations, _ = analyse("株洲市总工会主席田文胜率市总工会代表团赴攸县考察，常务副主席蒋立携市总工会干部看望职工。")
    assert {"田文胜", "蒋立"} <= set(of_type(entities, "Person"))
    assert "蒋立携" not in of_type(entities, "Person")
    assert ("田文胜", "worksFor", "株洲市总工会") in relations


def test_a_name_before_the_word_a_student_is_addressed_by(analyse):
    entities, _, _ = analyse("刚考上大学的周晓明同学说，感谢工会的帮助。")
    assert "周晓明" in of_type(entities, "Person")


def test_names_with_the_surnames_章_寇_卓_麦(analyse):
    entities, _, _ = analyse("攸县总工会主席章立蓉出席，快递小哥寇明博、外卖骑手卓文强和麦志华参加。")
    assert {"章立蓉", "寇明博", "卓文强", "麦志华"} <= set(of_type(entities, "Person"))


def test_a_given_name_that_is_a_verb_after_a_post(analyse):
    _, relations, _ = analyse("株洲市总工会党组副书记、副主席周建成出席。")
    assert ("周建成", "worksFor", "株洲市总工会") in relations


def test_a_name_before_delivering_a_report_though_its_end_and_作_make_a_word(analyse):
    entities, _, _ = analyse("湘潭大学教授周瑞杰作了题为《劳模精神》的报告，主席王杰作报告。")
    assert {"周瑞杰", "王杰"} <= set(of_type(entities, "Person"))
    assert "周瑞" not in of_type(entities, "Person")


def test_a_frequent_word_the_dictionary_tags_a_name_after_two_characters_is_the_next_word(analyse):
    entities, _, _ = analyse("攸县代表队队员周燕荣获“优秀选手”称号，工会副主席陈大荣获评优秀个人。")
    people = set(of_type(entities, "Person"))
    assert {"周燕", "陈大荣"} <= people and "周燕荣" not in people


def test_a_dotted_name_ends_before_an_adverb_of_manner_and_a_speech_verb(analyse):
    entities, _, _ = analyse("外卖小哥艾力·买买提开心地说，工会让他感到温暖。")
    assert "艾力·买买提" in of_type(entities, "Person")


def test_a_post_opening_with_its_party_committee_s_word_is_held_at_that_committee(analyse):
    _, relations, _ = analyse("茶陵县严塘镇党委书记周春晓，党委副书记、镇长李东峰出席。")
    assert ("周春晓", "worksFor", "中共严塘镇委员会") in relations
    assert ("李东峰", "worksFor", "中共严塘镇委员会") in relations


def test_names_after_a_deputy_s_post_a_craftsman_s_title_or_a_veteran_s_word(analyse):
    entities, relations, _ = analyse(
        "全国人大代表周银莲，株洲工匠张万红，市政协副主席王励，老同志陈志刚、胡立涛等参加，工匠微课堂同时开讲。")
    assert {"周银莲", "张万红", "王励", "陈志刚", "胡立涛"} == set(of_type(entities, "Person"))
    assert not [r for r in relations if r[0] == "陈志刚" and r[1] == "worksFor"]  # a veteran holds no post


def test_names_before_a_titled_report_and_after_a_writer_s_title(analyse):
    entities, _, _ = analyse("主任周健作《工作报告》，著名作家李学东出席。")
    people = set(of_type(entities, "Person"))
    assert {"周健", "李学东"} <= people and "周健作" not in people


def test_a_list_of_those_elected_with_notes_after_names_and_less_common_surnames(analyse):
    entities, _, _ = analyse("会上，周英(女)、李生华、钱爱玲(女)、翁立营、屈月明当选副主席。")
    assert {"周英", "李生华", "钱爱玲", "翁立营", "屈月明"} <= set(of_type(entities, "Person"))
    entities, _, _ = analyse("会上，韩立春、吴静(挂职)、孙海燕(兼职)当选副主席。")
    assert {"韩立春", "吴静", "孙海燕"} <= set(of_type(entities, "Person"))
    entities, _, _ = analyse("副局长瞿明远致辞，副厅长粟建华、书记楼国强、主席禹晓红、劳模代表帅海燕、职工庞建新出席。")
    assert {"瞿明远", "粟建华", "楼国强", "禹晓红", "帅海燕", "庞建新"} <= set(of_type(entities, "Person"))


def test_names_before_同志为_and_a_post_are_appointed_to_it(analyse):
    entities, relations, _ = analyse("株洲市总工会召开会议，决定周军、刘萍同志为市总工会副主席。李明同志为职工办实事。")
    assert {("周军", "worksFor", "株洲市总工会"), ("刘萍", "worksFor", "株洲市总工会")} <= relations
    assert not [r for r in relations if r[0] == "李明"]


def test_a_given_name_that_is_a_word_of_time_after_a_post(analyse):
    _, relations, _ = analyse("株洲市政协副主席俞国庆出席，于赛后组织交流。")
    assert ("俞国庆", "worksFor", "中国人民政治协商会议株洲市委员会") in relations


def test_names_with_the_surnames_傅_and_毕(analyse):
    entities, _, _ = analyse("株洲市心理咨询师协会会长傅光明出席，毕希文教授作报告。")
    assert {"傅光明", "毕希文"} <= set(of_type(entities, "Person"))


def test_names_listed_before_a_count_written_with_spaces(analyse):
    entities, _, _ = analyse("为李万春、杨永林、付春明、刘洪涛等 4 位劳模工匠颁奖。")
    assert {"李万春", "杨永林", "付春明", "刘洪涛"} <= set(of_type(entities, "Person"))


def test_the_secretary_of_a_body_s_own_party_committee_works_for_the_body(analyse):
    _, relations, _ = analyse("株洲市总工会党组成员、机关党委书记杨华军出席。")
    assert ("杨华军", "worksFor", "株洲市总工会") in relations


def test_a_name_with_a_compound_surname_whose_single_reading_is_a_word(analyse):
    entities, _, _ = analyse("院领导何庆林、欧阳文、汤英、朱利明出席。")
    assert {"何庆林", "欧阳文", "汤英", "朱利明"} <= set(of_type(entities, "Person"))


def test_a_name_after_a_post_whose_two_character_surname_opens_with_no_surname_alone(analyse):
    entities, _, _ = analyse("县总工会党组书记司徒建文作工作报告，副主席上官敏主持会议。货车司机皇甫立强高兴地说。")
    assert {"司徒建文", "上官敏", "皇甫立强"} <= set(of_type(entities, "Person"))


def test_the_worker_a_studio_is_named_after_works_at_the_body_before(analyse):
    entities, relations, _ = analyse("命名青松电器有限公司韩立新创新工作室、动力厂钱明劳模创新工作室为示范点，表彰电气创新工作室。")
    found = of_type(entities, "Person")
    assert set(found) == {"韩立新", "钱明"}
    assert ("韩立新", "worksFor", "青松电器有限公司") in relations
    entities, relations, _ = analyse("调研组在王亮劳模创新工作室听取汇报。星河科技有限公司“李明创新工作室”获评示范工作室。")
    assert set(of_type(entities, "Person")) == {"王亮", "李明"}
    assert ("李明", "worksFor", "星河科技有限公司") in relations


def test_a_name_after_an_occupation_ending_in_ren_or_jia(analyse):
    entities, _, _ = analyse("男中音歌唱家薛明远、剪纸第五代传人陶婉清和保洁工人冯建国到场。国家文旅部、优秀个人单次报账均有规定。")
    assert set(of_type(entities, "Person")) == {"薛明远", "陶婉清", "冯建国"}
    entities, _, _ = analyse("他和其他司机师傅一起参加活动，使活动家喻户晓。")
    assert of_type(entities, "Person") == {}


def test_a_name_after_the_quoted_title_people_know_the_person_by(analyse):
    entities, _, _ = analyse("看望“铁人式劳模”孙德福、“钢城好女儿”周秀英，开展“最美家庭”评选。")
    assert set(of_type(entities, "Person")) == {"孙德福", "周秀英"}
    assert entities[("Person", "孙德福")].attributes["role"] == "铁人式劳模"
    entities, _, _ = analyse("听取了“青州工匠”池建国、“省级劳动模范”初晓东的工作汇报。")
    assert set(of_type(entities, "Person")) == {"池建国", "初晓东"}
    entities, _, _ = analyse("劳模代表丘小滨发言。银行职工参加，副主席银秋红出席。")
    assert set(of_type(entities, "Person")) == {"丘小滨", "银秋红"}


def test_a_full_name_after_a_quoted_title_before_a_word_of_its_clause_and_no_name_in_a_facility(analyse):
    entities, _, _ = analyse("“最美职工”林晓红扎根一线。“服务主理人”齐聚现场。全省建设50个“职工温馨之家”和“职工康乐驿站”。")
    assert set(of_type(entities, "Person")) == {"林晓红"}


def test_a_name_described_as_one_of_a_body_s_people_works_there(analyse):
    entities, relations, _ = analyse("前言。\n陈国栋是青松电器集团的一名普通工人，几年前患病。\n楼宇内汇聚了众多企业。")
    assert set(of_type(entities, "Person")) == {"陈国栋"}
    assert ("陈国栋", "worksFor", "青松电器集团") in relations


def test_a_dotted_name_closed_by_a_character_that_ends_names_and_a_post_before_a_visit(analyse):
    entities, relations, _ = analyse("市总工会主席古丽其娜·沙吾尔将慰问品送给环卫工人阿依夏木·依明和她的同事们。"
                                     "株洲市总工会经济工作部田紫光部长莅临指导。")
    people = set(of_type(entities, "Person"))
    assert {"古丽其娜·沙吾尔", "阿依夏木·依明", "田紫光"} <= people
    entities, _, _ = analyse("快递员吐尔逊·买买提向记者展示会员证。")
    assert "吐尔逊·买买提" in of_type(entities, "Person")  # closed by 向 too
    assert ("田紫光", "worksFor", "株洲市总工会经济工作部") in relations


def test_surnames_jiao_shu_and_yu_and_the_preposition_xiang_after_a_kind_of_people(analyse):
    entities, _, _ = analyse("全国总工会副主席焦开河来到我区。常务副主席束松华告诉记者。某公司职工孙任仁、尉润栋分别获得一等奖。"
                             "职工向所属单位工会提出申请。全县职工向全国总工会献上祝福。走进困难职工向敬其家中。")
    people = set(of_type(entities, "Person"))
    assert {"焦开河", "束松华", "尉润栋", "向敬其"} <= people
    assert not {"向所属", "向全国"} & people


def test_a_name_before_a_program_s_head_is_no_person(analyse):
    entities, _, _ = analyse("市总工会主席张东霞与童馨关爱计划的结对企业座谈。株洲市女职工康乃馨服务项目启动。")
    assert set(of_type(entities, "Person")) == {"张东霞"}


def test_surnames_gong_yong_pi_and_chai_and_a_name_closed_by_a_verb_of_going(analyse):
    entities, _, _ = analyse("区总工会党组书记、主席宫丽艳宣布大赛开幕。市总工会党组书记、主席雍辉赴金凤区调研。"
                             "区领导皮勇华、曾敬东出席开幕式。市委副书记柴向前出席并致辞。")
    assert {"宫丽艳", "雍辉", "皮勇华", "曾敬东", "柴向前"} <= set(of_type(entities, "Person"))


def test_names_listed_before_a_qualified_kind_of_people_and_not_before_a_kind_of_unit(analyse):
    entities, _, _ = analyse("株洲诞生过甲国有、马恒昌等老一辈劳模工匠，培养了李志强、洪家光等一批新时代大国工匠。"
                             "来自西门子、安莉芳等企业的不少职工反映。")
    people = set(of_type(entities, "Person"))
    assert {"马恒昌", "李志强", "洪家光"} <= people
    assert "安莉芳" not in people


def test_the_people_and_units_of_a_credit_line_are_no_facts(analyse):
    entities, _, _ = analyse("某分公司工会开展慰问活动。\n作者:泉州分公司工会庄晓佳、南安分公司办公室王莎莎 来源:福建省邮政工会\n")
    assert not of_type(entities, "Person")
    assert "南安分公司办公室" not in of_type(entities, "Organization")


def test_a_letter_of_congratulation_after_a_body_is_no_person(analyse):
    entities, _, _ = analyse("会上宣读了全国总工会劳动和经济工作部贺信。")
    assert not of_type(entities, "Person")


def test_a_withheld_name_is_no_person_and_names_before_deng_ren_are(analyse):
    entities, _, _ = analyse("困难职工乔某某申请救助。倪忧天、徐梅坤等人发起成立了某公司工作互助会。")
    assert set(of_type(entities, "Person")) == {"倪忧天", "徐梅坤"}


def test_a_union_officer_whose_post_alone_opens_a_clause_serves_the_union_the_sentence_opens_with(analyse):
    _, relations, _ = analyse("3月6日，赣州市总工会召开学习会，副主席王建国作动员。会上，公司工会主席李红发言。")
    assert ("王建国", "worksFor", "赣州市总工会") in relations
    assert not any(s == "李红" and p == "worksFor" for s, p, _ in relations)


def test_an_officer_of_a_bare_union_serves_the_one_enterprise_union_of_the_article(analyse):
    _, relations, _ = analyse("华鑫集团有限公司工会召开会员代表大会。会议由工会主席刘海平主持。项目部党支部书记、工会主席张宏出席。")
    assert ("刘海平", "worksFor", "华鑫集团有限公司工会") in relations
    assert not any(s == "张宏" and p == "worksFor" for s, p, _ in relations)  # the project department's union


def test_an_officer_of_a_bare_union_serves_the_one_union_named_before_in_the_sentence(analyse):
    _, relations, _ = analyse("长沙市总工会指导召开大会。大会选举产生了长沙市网约车行业工会联合会第一届委员会，"
                              "新当选的工会主席陈立明作表态发言。")
    assert ("陈立明", "worksFor", "长沙市网约车行业工会联合会") in relations


def test_a_name_before_its_post_holds_no_place_or_body(analyse):
    entities, relations, _ = analyse("会议由工会主席钱湖南主持。钱湖南主席代表工会讲话，王广西副主席作总结。")
    assert {"钱湖南", "王广西"} <= set(of_type(entities, "Person"))
    assert not of_type(entities, "Region") and not of_type(entities, "UnionBody")


def test_a_name_before_a_verb_of_teaching_is_a_person(analyse):
    entities, relations, _ = analyse("县总工会常务副主席关平讲授题为《工会法》的党课。讲座邀请了某大学教授陈屹为主讲人。")
    assert ("关平", "worksFor", "县总工会") in relations
    assert "陈屹为" not in of_type(entities, "Person")


def test_the_model_worker_a_union_s_leaders_come_to_does_not_work_there(analyse):
    entities, relations, _ = analyse("营口市总工会领导来到省级劳动模范孙立平家中看望。")
    assert "孙立平" in of_type(entities, "Person")
    assert not any(s == "孙立平" and p == "worksFor" for s, p, _ in relations)


def test_a_two_character_name_before_an_honour_received(analyse):
    entities, _, _ = analyse("港务公司职工周强荣膺全国五一劳动奖章。")
    assert set(of_type(entities, "Person")) == {"周强"}


def test_a_chief_engineer_written_short_is_a_post(analyse):
    entities, relations, _ = analyse("恒远建设有限公司总工孙立军介绍工程进度。市总工会主席王刚出席。")
    assert ("孙立军", "worksFor", "恒远建设有限公司") in relations
    assert "王刚" in of_type(entities, "Person")


def test_how_many_of_each_post_is_no_name(analyse):
    entities, _, _ = analyse("监督委员会设主任、副主任各一名，委员若干名。")
    assert not of_type(entities, "Person")


def test_an_officer_of_a_bare_union_with_the_post_s_term_serves_the_article_s_union(analyse):
    _, relations, _ = analyse("荣成市中医院工会召开会员代表大会。首先，第一届工会主席孙立红作工作报告。")
    assert ("孙立红", "worksFor", "荣成市中医院工会") in relations


def test_a_former_post_holder_works_there_no_longer(analyse):
    entities, relations, _ = analyse("陕西省总工会主席王刚看望省总工会原副主席李明、赵强等退休老同志。")
    assert ("王刚", "worksFor", "陕西省总工会") in relations
    assert not {("李明", "worksFor", "陕西省总工会"), ("赵强", "worksFor", "陕西省总工会")} & relations
    assert entities[("Person", "李明")].attributes["role"] == "原副主席"


def test_winners_named_bare_before_a_verb_of_winning_are_people(analyse):
    entities, _, _ = analyse("经过角逐，李建国、张海燕荣获一等奖，王明荣获二等奖。荣获者名单另行公布。")
    assert set(of_type(entities, "Person")) == {"李建国", "张海燕", "王明"}
    entities, _, _ = analyse("经过角逐，周丽华和赵强包揽了前两名。")
    assert set(of_type(entities, "Person")) == {"周丽华", "赵强"}


def test_no_name_in_a_preposition_before_a_kind_of_people_a_word_the_name_runs_into_or_a_quoted_program(analyse):
    entities, _, _ = analyse("大家向劳模学习，向劳模致敬。活动在哈尔滨市工人江上俱乐部举行。建立“工会主席听你说”机制。")
    assert not of_type(entities, "Person")


def test_a_name_before_shifu_a_surname_ge_and_a_post_filled_by_by_election(analyse):
    entities, relations, _ = analyse("来自江西的刘建国师傅来沪10年，网约车司机师傅们也来了。副主席戈文涛出席。"
                                     "区委副书记王建明补选为株洲市芦淞区总工会主席。")
    assert set(of_type(entities, "Person")) == {"刘建国", "戈文涛", "王建明"}
    assert ("王建明", "worksFor", "株洲市芦淞区总工会") in relations


def test_a_post_held_at_a_body_s_committee_of_a_term_of_two_numerals(analyse):
    _, relations, _ = analyse("株洲市总工会第十二届委员会主席王华主持会议。湘潭市总工会第八届委员会主席李强出席。")
    assert {("王华", "worksFor", "株洲市总工会"), ("李强", "worksFor", "湘潭市总工会")} <= relations


def test_a_verb_before_a_share_after_a_kind_of_worker_is_no_name(analyse):
    entities, _, _ = analyse("全市产业工人高达五成，职工王刚说。")
    assert set(of_type(entities, "Person")) == {"王刚"}


def test_winners_and_speakers_named_after_their_team_or_a_clause_and_de(analyse):
    entities, _, _ = analyse("钳工班的周海涛获得第一名，装配班的吴丽和质检班的郑强分获二、三名。车间的发展获得肯定。")
    assert set(of_type(entities, "Person")) == {"周海涛", "吴丽", "郑强"}
    entities, _, _ = analyse("在株洲做家政的谭秀兰笑着说：“今年能回家过年。”对于从业刚满1年的龙咏来说，这很重要。")
    assert set(of_type(entities, "Person")) == {"谭秀兰", "龙咏"}


def test_winners_listed_with_one_after_their_company_and_de_serve_it(analyse):
    entities, relations, _ = analyse("某市总工会举办职工技能大赛。华星公司的赵明与钱亮、青峰精密机械制造有限公司的孙丽分别获得一等奖。")
    assert set(of_type(entities, "Person")) == {"赵明", "钱亮", "孙丽"}
    assert {("赵明", "worksFor", "华星公司"), ("钱亮", "worksFor", "华星公司")} <= set(relations)


def test_heads_of_a_school_and_posts_after_xiao_serve_the_one_school_the_article_names(analyse):
    _, relations, _ = analyse("青峰师范学院举办第五届教职工运动会。学校党委副书记张明出席，校长李刚致辞，副校长王强宣布开幕。"
                              "会议讨论了《青峰师范学院章程》。")
    assert {("张明", "worksFor", "青峰师范学院"), ("李刚", "worksFor", "青峰师范学院"),
            ("王强", "worksFor", "青峰师范学院")} <= set(relations)
    _, relations, _ = analyse("青峰师范学院代表队与白河大学代表队比赛。校长李刚致辞。")
    assert not any(predicate == "worksFor" for _, predicate, _ in relations)  # two schools: which one is not said


def test_a_preposition_surname_before_an_occupation_is_no_name(analyse):
    entities, _, _ = analyse("工作人员来到服务中心，向外卖配送员致以问候。")
    assert not of_type(entities, "Person")


def test_a_speaker_after_a_kind_of_worker_whose_name_is_a_rare_word_or_opens_with_fang(analyse):
    entities, _, _ = analyse("会上，出租车司机方明说，收入稳定了。职工方代表发言。员工方发言说，企业很好。")
    assert set(of_type(entities, "Person")) == {"方明"}


def test_a_preposition_surname_before_a_kind_of_people_is_no_name_after_a_post(analyse):
    entities, _, _ = analyse("班子成员向女职工赠送鲜花，工会主席向职工代表致辞。")
    assert not of_type(entities, "Person")


def test_a_surname_and_a_post_opening_a_clause_is_no_name(analyse):
    entities, _, _ = analyse("会后，刘部长看望了老职工。会议由彭立辉副书记主持，王芬珍副总裁出席。")
    assert set(of_type(entities, "Person")) == {"彭立辉", "王芬珍"}


def test_a_name_after_de_that_is_then_described(analyse):
    entities, _, _ = analyse("家住城南的王海是名钢筋工。")
    assert set(of_type(entities, "Person")) == {"王海"}


def test_the_post_taken_after_ren_is_no_name(analyse):
    entities, _, _ = analyse("成立领导小组，市长任组长、副市长任副组长。任建国主席出席。")
    assert set(of_type(entities, "Person")) == {"任建国"}


def test_a_name_after_a_political_commissar_s_post(analyse):
    entities, _, _ = analyse("第二师政委韩建国在会上讲话，副政委宋立强主持。")
    assert set(of_type(entities, "Person")) == {"韩建国", "宋立强"}


def test_a_speaker_named_alone_at_a_line_s_start(analyse):
    entities, _, _ = analyse("会议召开。\n罗立成表示，两地将深化合作。\n谭主席表示，要做好工作。\n楼宇内汇聚了很多企业。")
    assert set(of_type(entities, "Person")) == {"罗立成"}


def test_a_surname_and_a_post_after_a_body_is_no_name_and_a_frequent_verb_ends_one(analyse):
    entities, _, _ = analyse("上午，澄迈县总工会王主席率队到企业慰问职工。县总工会副主席李明赶到现场，主任张伟赶到一线。")
    assert set(of_type(entities, "Person")) == {"李明", "张伟"}


def test_surnames_that_are_common_words_open_names_only_after_a_post_a_mark_or_a_body(analyse):
    entities, _, _ = analyse("常务副主席官庆林出席。市领导王强、印家林、郑章华出席。湘江集团闻建国获一等奖。"
                             "市总工会官网发布消息，志愿者闻声赶来，粤工惠平台上线。")
    assert {"官庆林", "印家林", "郑章华", "闻建国"} <= set(of_type(entities, "Person"))
    entities, _, _ = analyse("街道总工会主席权秦明解读政策。同时市总工会派员参加。")
    assert set(of_type(entities, "Person")) == {"权秦明"}
    assert not [name for name in of_type(entities, "Person") if name.startswith(("官网", "闻声", "惠平"))]


def test_names_after_teaching_staff_are_people(analyse):
    entities, _, _ = analyse("湘江大学教职工运动会开幕，我校教工孙华、周敏、郑强参赛。感谢广大教职工辛勤付出，参观学校教工之家。")
    assert set(of_type(entities, "Person")) == {"孙华", "周敏", "郑强"}


def test_a_winner_or_speaker_named_right_after_a_unit_is_a_person(analyse):
    entities, _, _ = analyse("在男子组比赛中，体育教研部周海涛荣获冠军，图书馆吴敏荣获亚军。市中医医院老年病科刘震华表示，活动很有意义。")
    assert {"周海涛", "吴敏", "刘震华"} <= set(of_type(entities, "Person"))


def test_winners_after_their_team_and_de_who_each_win_a_place_are_people(analyse):
    entities, _, _ = analyse("第三分会的赵明和第五分会的钱丽分别获围棋前两名，机关分会的孙强获一等奖。")
    assert {"赵明", "钱丽"} <= set(of_type(entities, "Person"))


def test_a_roster_line_of_a_name_and_its_body_or_post_is_a_person_serving_it(analyse):
    entities, relations, _ = analyse("湘潭市总工会公布获奖名单。\n张小花  湘潭市宏达服装有限公司\n王东升 湘潭市总工会副主席\n"
                                     "李明 参加了活动\n")
    assert {("张小花", "worksFor", "湘潭市宏达服装有限公司"), ("王东升", "worksFor", "湘潭市总工会")} <= relations
    assert "李明" not in of_type(entities, "Person")


def test_a_union_post_closing_a_chain_of_posts_at_a_company_is_held_at_its_union(analyse):
    entities, relations, _ = analyse("湘江交运集团党委副书记、工会主席赵明出席。宏达公司总经理、工会主席钱强讲话。")
    assert {("赵明", "worksFor", "湘江交运集团工会"), ("钱强", "worksFor", "宏达公司工会"),
            ("钱强", "worksFor", "宏达公司")} <= relations
    assert {"湘江交运集团工会", "宏达公司工会"} <= set(of_type(entities, "UnionBody"))


def test_a_name_ends_before_doing_two_things_at_once_or_delivering_a_year_s_report(analyse):
    entities, _, _ = analyse("员工李明边走边说。工会主席王强作2023年工作报告。")
    assert set(of_type(entities, "Person")) == {"李明", "王强"}


def test_the_next_post_and_name_after_ji_are_at_the_same_body(analyse):
    _, relations, _ = analyse("湘潭市总工会主席王强及党组书记李明出席。")
    assert {("王强", "worksFor", "湘潭市总工会"), ("李明", "worksFor", "湘潭市总工会")} <= relations


def test_a_call_to_action_ending_like_an_occupation_opens_no_name(analyse):
    entities, _, _ = analyse("工会动员白领志愿者参加活动，配送员王强也参加。")
    assert set(of_type(entities, "Person")) == {"王强"}


def test_names_listed_after_a_post_go_on_past_a_rarer_surname_and_a_note(analyse):
    entities, relations, _ = analyse("兰州市总工会领导赵明、吉文博、孙立（兼职）、游建新、钱进出席会议。")
    assert {"赵明", "吉文博", "孙立", "游建新", "钱进"} <= set(of_type(entities, "Person"))
    assert ("钱进", "worksFor", "兰州市总工会") in relations


def test_a_listed_word_that_opens_no_name_ends_the_list(analyse):
    entities, _, _ = analyse("兰州市总工会主席赵明、各港领队等出席会议。")
    assert set(of_type(entities, "Person")) == {"赵明"}


def test_a_pupil_holds_no_post_at_the_school(analyse):
    entities, relations, _ = analyse("成都七中学生陈明说，活动很有意义。成都七中教师李华介绍了情况。")
    assert "陈明" in of_type(entities, "Person")
    assert not any(s == "陈明" and p == "worksFor" for s, p, _ in relations)
    assert ("李华", "worksFor", "成都七中") in relations


def test_an_adverb_like_a_surname_before_a_negated_verb_opens_no_name(analyse):
    entities, _, _ = analyse("他说：“以前培训不足，曾无法判断故障。”主席曾志强说。")
    assert set(of_type(entities, "Person")) == {"曾志强"}


def test_roster_lines_with_a_number_and_a_school_s_head(analyse):
    _, relations, _ = analyse("获奖名单如下：\n1.陈志远 甘肃省体育局运动员\n刘晓红 兰州市第三小学校长\n")
    assert ("陈志远", "worksFor", "甘肃省体育局") in relations
    assert ("刘晓红", "worksFor", "兰州市第三小学") in relations


def test_a_tibetan_name_of_two_parts_is_one_name(analyse):
    entities, relations, _ = analyse("拉萨市总工会主席白玛次仁出席。副主席扎西多吉说，要做好服务。县长扎西顿珠告诉记者。")
    assert {"白玛次仁", "扎西多吉", "扎西顿珠"} <= set(of_type(entities, "Person"))
    assert ("白玛次仁", "worksFor", "拉萨市总工会") in relations


def test_a_speaker_after_a_post_closed_by_a_colon_and_a_quote(analyse):
    entities, relations, _ = analyse("拉萨市城关区总工会主席普琼：“我们一定做好服务。”")
    assert "普琼" in of_type(entities, "Person")
    assert ("普琼", "worksFor", "拉萨市城关区总工会") in relations


def test_a_name_after_a_body_before_leading_a_team(analyse):
    _, relations, _ = analyse("由青川县总工会王明带队前往企业配送图书。")
    assert ("王明", "worksFor", "青川县总工会") in relations


def test_a_two_character_name_before_a_verb_and_its_aspect(analyse):
    entities, _, _ = analyse("骑手陈刚跑了一天。骑手王明笑著说，很暖心。主任李华明了解情况。")
    assert {"陈刚", "王明", "李华明"} <= set(of_type(entities, "Person"))
    assert not {"陈刚跑", "王明笑"} & set(of_type(entities, "Person"))


def test_serving_as_a_post_is_no_part_of_a_name_and_a_guest_holds_no_post(analyse):
    entities, relations, _ = analyse("青羊区总工会邀请全国劳动模范张华来到华联公司宣讲。每个中心配备两名律师任专职调解员。"
                                     "县总工会党组书记王平任工作队队长。")
    assert set(of_type(entities, "Person")) == {"张华", "王平"}
    assert not any(s == "张华" and p == "worksFor" for s, p, _ in relations)


def test_a_body_at_the_end_of_a_text_with_no_name_after_it(analyse):
    entities, _, _ = analyse("全总")
    assert not of_type(entities, "Person")


def test_names_after_a_word_for_fellow_workers_or_family(analyse):
    entities, relations, _ = analyse("农民工蒋德海与同乡邱国良、吕学文赶到县总工会求助。他的工友倪小军说，工钱已经到手。"
                                     "丈夫汤建民在一旁笑着说，今年不用抢票了。她的女儿孔小雨也很高兴。")
    for name in ("蒋德海", "邱国良", "吕学文", "倪小军", "汤建民", "孔小雨"):
        assert ("Person", name) in entities, name
    assert not any(predicate == "worksFor" for _, predicate, _ in relations)


def test_a_place_inside_a_person_s_name_named_again_is_no_place(analyse):
    entities, _, _ = analyse("德阳市总工会法律部部长刘长春说，案件增多。刘长春分析，欠薪多在年底。")
    assert ("Person", "刘长春") in entities
    assert not any(kind == "Region" and name.startswith("长春") for kind, name in entities)


def test_a_frequent_word_after_a_post_with_no_surname_opens_no_name(analyse):
    entities, _, _ = analyse("在听取企业负责人汇报后，他观看了专题片。县委常委、常务副县长达瓦次仁出席。")
    assert not any(kind == "Person" and name.startswith("汇报") for kind, name in entities)
    assert ("Person", "达瓦次仁") in entities


def test_a_name_before_a_post_after_a_verb_and_before_a_premier_s_title(analyse):
    entities, _, _ = analyse("要落实周海峰书记出席大赛时的要求。钱立新总理来到车间。")
    assert ("Person", "周海峰") in entities and ("Person", "钱立新") in entities


def test_a_name_ending_in_wei_before_a_post_taken_and_no_name_over_a_body(analyse):
    entities, _, _ = analyse("省总工会主席刘大为任组长，常务副主席周丽萍任副组长。向全总申请帮扶资金200万元。")
    people = set(of_type(entities, "Person"))
    assert {"刘大为", "周丽萍"} <= people
    assert not any("全总" in name for name in people)


def test_a_list_of_fields_of_work_before_a_count_names_no_one(analyse):
    entities, _, _ = analyse("旗总工会重点走访了物业、消防、交警、林草、文旅等一线岗位职工。授予王海、李红、赵明等25名同志先进称号。"
                             "分别对窦在林、张清本等困难劳模进行了慰问。")
    assert {"王海", "李红", "赵明", "张清本"} <= set(of_type(entities, "Person"))
    assert not {"林草", "文旅"} & set(of_type(entities, "Person"))


def test_names_with_rarer_surnames_listed_after_a_post_or_before_a_count(analyse):
    entities, _, _ = analyse("镇总工会副主席招志强、佘文杰为一线工人送去饮料。对王永红、窦明亮、訾海军、李春梅等困难劳模进行了慰问。")
    assert {"佘文杰", "窦明亮", "訾海军", "王永红"} <= set(of_type(entities, "Person"))


def test_a_member_named_after_the_body_before_their_work(analyse):
    entities, _, _ = analyse("辉县市文化馆李春明的作品获书法一等奖，卫滨区实验小学赵丽的作品获摄影二等奖。")
    assert {"李春明", "赵丽"} <= set(of_type(entities, "Person"))


def test_dotted_names_after_forest_rangers_and_with_a_long_first_part(analyse):
    entities, _, _ = analyse("护林员买买提·牙生说，今年的慰问品很实用。职工阿不都热依木·艾买提表示感谢。")
    assert {"买买提·牙生", "阿不都热依木·艾买提"} <= set(of_type(entities, "Person"))


def test_a_two_character_name_before_receiving_an_honour(analyse):
    entities, _, _ = analyse("焊工林敏获评“省级技术能手”。钳工赵刚获颁奖章。焊工孙丽华获得一等奖。")
    assert set(of_type(entities, "Person")) == {"林敏", "赵刚", "孙丽华"}


def test_the_worker_a_studio_is_named_after_after_a_word_or_a_possessive(analyse):
    entities, _, _ = analyse("衡水市总工会命名林晓东劳模创新工作室等8个工作室。我市的孙丽萍职工创新工作室入选。"
                             "获评高新区劳模创新工作室。器械严整的创新工作室。\n苑立强创新工作室（衡水某机械有限公司）")
    assert set(of_type(entities, "Person")) == {"林晓东", "孙丽萍", "苑立强"}


def test_a_two_character_name_before_going_to_a_place(analyse):
    entities, _, _ = analyse("江西省总工会主席胡斌来赣州调研。副主席孙丽到南昌县督导。")
    assert set(of_type(entities, "Person")) == {"胡斌", "孙丽"}


def test_serving_a_unit_as_its_post_is_no_surname(analyse):
    entities, _, _ = analyse("市总工会选派干部任脱贫村第一书记。任建国主席讲话。")
    assert set(of_type(entities, "Person")) == {"任建国"}


def test_a_two_character_name_before_an_adverb_said_twice(analyse):
    entities, _, _ = analyse("咸阳市总工会副主席赵刚一一回应。主席王明明出席。")
    assert set(of_type(entities, "Person")) == {"赵刚", "王明明"}


def test_names_listed_before_their_count(analyse):
    entities, _, _ = analyse("林建新、韩秋梅、马立旭共三人获评岳阳工匠。确定邓春生等15名职工的子女为资助对象。"
                             "授予罗建平等同志五一劳动奖章。全市劳模等100人参加。")
    assert set(of_type(entities, "Person")) == {"林建新", "韩秋梅", "马立旭", "邓春生", "罗建平"}


def test_a_dotted_name_opening_a_phrase_before_a_post(analyse):
    entities, _, _ = analyse("会上，阿依努尔·买买提主席介绍了筹备情况。")
    found = of_type(entities, "Person")
    assert set(found) == {"阿依努尔·买买提"}
    assert found["阿依努尔·买买提"].attributes["role"] == "主席"


def test_a_member_named_after_the_body_doing_something_for_others(analyse):
    entities, _, _ = analyse("桐乡市濮院镇总工会蒋秀芬为快递员送上新春礼包。")
    assert set(of_type(entities, "Person")) == {"蒋秀芬"}


def test_a_bank_s_president_works_for_the_bank(analyse):
    _, relations, _ = analyse("招商银行九江分行副行长、工会主席罗成参加会议。")
    assert ("罗成", "worksFor", "招商银行九江分行") in relations


def test_a_two_character_name_before_a_verb_of_going_that_a_name_end_closes(analyse):
    entities, _, _ = analyse("市总工会主席李梅赶赴灾区慰问职工。副主席王建军赴京参会。")
    assert {"李梅", "王建军"} <= set(of_type(entities, "Person")) and "李梅赶" not in of_type(entities, "Person")


def test_a_name_before_the_word_a_lawyer_or_teacher_is_addressed_by(analyse):
    entities, _, _ = analyse("广东信和律师事务所赵志远律师为职工讲解劳动法，随后孙丽萍老师介绍心理健康知识。")
    assert {"赵志远", "孙丽萍"} <= set(of_type(entities, "Person"))
    assert "信和" not in of_type(entities, "Person")  # (律师事务所: the firm's name, no lawyer's)


def test_a_member_named_after_the_body_receiving_a_prize_or_with_his_team(analyse):
    entities, relations, _ = analyse("南昌市第五中学彭丽获一等奖，九江恒通机械有限公司许志刚及其团队受到表彰。")
    assert {"彭丽", "许志刚"} <= set(of_type(entities, "Person"))
    assert ("彭丽", "worksFor", "南昌市第五中学") in relations


def test_a_three_character_name_opening_a_clause_before_an_adverb_and_a_verb(analyse):
    entities, _, _ = analyse("会上，钱立新充分肯定了各街道工会的工作。每天清晨，孙志平始终准时出门。")
    assert {"钱立新", "孙志平"} <= set(of_type(entities, "Person"))
    entities, _, _ = analyse("主席吴刚为“职工书屋”揭牌并一同参观。")
    assert set(of_type(entities, "Person")) == {"吴刚"}  # (揭牌 is a word: no name before 一同)


def test_the_surname_yun_opens_a_name_after_a_post_only(analyse):
    entities, relations, _ = analyse("达拉特旗总工会主席云建华深入企业调研。云端服务平台上线，云南职工踊跃注册。")
    assert set(of_type(entities, "Person")) == {"云建华"}
    assert ("云建华", "worksFor", "达拉特旗总工会") in relations


def test_no_person_from_the_preposition_to_and_a_place_after_a_body(analyse):
    entities, _, _ = analyse("四川省总工会向阿坝、甘孜等地总工会下拨救灾资金。")
    assert not of_type(entities, "Person")
    entities, _, _ = analyse("山东省总工会向东营、滨州两市总工会拨付资金。福建省总工会向南平、三明拨付资金。")
    assert not of_type(entities, "Person")  # 向东, 向南: words, yet the places are listed after the preposition
    assert {"东营市", "滨州市", "南平市", "三明市"} <= set(of_type(entities, "Region"))


def test_no_name_from_a_way_of_working_listed_or_a_frequent_word_tagged_a_name_running_on(analyse):
    entities, _, _ = analyse("某县总工会采取资金兜底、干部包联等方式帮扶职工。全社会要对劳动者关怀爱护。主席高强出席。")
    assert set(of_type(entities, "Person")) == {"高强"}


def test_a_name_before_announcing_including_a_given_name_ending_in_wei(analyse):
    entities, _, _ = analyse("县委常委、县总工会主席成海宣布竞赛启动。省总工会主席孙大为宣布专列出发。")
    assert {"成海", "孙大为"} <= set(of_type(entities, "Person"))


def test_a_dotted_name_after_of_and_with_a_one_character_part_and_a_name_before_a_post_and_jiu(analyse):
    entities, _, _ = analyse("获得第一名的阿不都·热合曼说，很高兴。县总工会副主席热依汗·李说，要再接再厉。"
                             "王建华书记就做好技能竞赛作出部署。")
    assert {"阿不都·热合曼", "热依汗·李", "王建华"} <= set(of_type(entities, "Person"))


def test_names_after_their_teams_listed_with_commas_before_a_win(analyse):
    entities, _, _ = analyse("宣城市总工会代表队的彭涛，铜陵市总工会代表队的孔雪获得一等奖。")
    assert {"彭涛", "孔雪"} <= set(of_type(entities, "Person"))


def test_clerks_nurses_doctors_and_teachers_are_posts(analyse):
    entities, relations, _ = analyse("区总工会主任科员钱刚和副主任科员边丽清带队。县人民医院护士长周红介绍经验。")
    assert {"钱刚", "边丽清", "周红"} <= set(of_type(entities, "Person"))


def test_a_company_post_listed_after_its_union_s_officer_is_the_company_s(analyse):
    _, relations, _ = analyse("潞安化工集团工会主席赵建军、总经理孙红旗出席活动。")
    assert ("孙红旗", "worksFor", "潞安化工集团") in relations
    assert ("孙红旗", "worksFor", "潞安化工集团工会") not in relations


def test_every_name_of_a_list_after_a_post_though_one_opens_with_a_surname_and_a_word(analyse):
    entities, _, _ = analyse("市领导陈志远、吴国平、周晴、孙涛出席开幕式。")
    assert set(of_type(entities, "Person")) == {"陈志远", "吴国平", "周晴", "孙涛"}


def test_the_worker_a_master_s_or_plain_studio_is_named_after(analyse):
    entities, relations, _ = analyse("芜湖市红光机械厂马永福工作室、芜湖港务公司杨德胜技能大师工作室获授牌。"
                                     "县总工会成立集体协商指导工作室。芜湖市总工会组织企业申报创新工作室。")
    assert set(of_type(entities, "Person")) == {"马永福", "杨德胜"}
    assert ("杨德胜", "worksFor", "芜湖港务公司") in relations
    entities, _, _ = analyse("张家林矿劳模创新工作室开展攻关。")
    assert of_type(entities, "Person") == {}  # the mine's studio: no one named


def test_a_preposition_and_a_frequent_word_before_a_studio_and_a_second_post_taken_name_no_one(analyse):
    entities, _, _ = analyse("要把工匠精神贯穿于整个工作室的建设过程中。王红是某县书法协会副主席兼秘书长。")
    assert not {"于整个", "兼秘书长"} & set(of_type(entities, "Person"))


def test_an_adverb_that_is_a_surname_before_a_frequent_word_opens_no_name(analyse):
    entities, _, _ = analyse("快递员一旦生病，常遭遇求助无门的情况。")
    assert not of_type(entities, "Person")
    entities, _, _ = analyse("县总工会副主席常建国出席。")
    assert "常建国" in of_type(entities, "Person")


def test_a_name_closed_by_a_verb_of_speaking(analyse):
    entities, _, _ = analyse("工会主席赵刚讲到，要重视职工代表提案。工会主席李强强调，要做好服务。")
    assert set(of_type(entities, "Person")) == {"赵刚", "李强"}


def test_an_adverb_and_a_count_of_times_open_no_name(analyse):
    entities, _, _ = analyse("全国劳动模范、技师李建华，曾两次当选省劳动模范，曾三次获评先进。")
    assert set(of_type(entities, "Person")) == {"李建华"}


def test_rarer_surnames_and_surnames_that_are_words_after_a_post(analyse):
    entities, _, _ = analyse("技术员裘德胜、非遗传承人游丽华参加。吉林省总工会为游客提供服务。")
    assert set(of_type(entities, "Person")) == {"裘德胜", "游丽华"}


def test_a_preposition_before_one_addressed_by_surname_and_honorific_opens_no_name(analyse):
    entities, _, _ = analyse("街道工会主席向张老赠送了慰问信。")
    assert not of_type(entities, "Person")


def test_champions_police_officers_and_machinists_before_a_name(analyse):
    entities, relations, _ = analyse("全国人大代表、武汉体育学院教授、游泳奥运冠军张晓雯出席开幕式。交警大队干警马晓东参加。"
                                     "抚顺石化公司机加车间数控车工李刚分享心得。南阳市总工会副主席胡冠军出席。")
    assert {"张晓雯", "马晓东", "李刚", "胡冠军"} <= set(of_type(entities, "Person"))
    assert ("张晓雯", "worksFor", "武汉体育学院") in relations


def test_names_listed_before_the_part_time_post_they_are_elected_to(analyse):
    entities, _, _ = analyse("大会选举郑海为某省总工会主席，冯涛为常务副主席，韩梅、蒋丰为兼职副主席。")
    people = of_type(entities, "Person")
    assert {"郑海", "冯涛", "韩梅", "蒋丰"} <= set(people)
    assert not any(name.endswith("为") for name in people)


def test_a_name_after_where_one_comes_from_is_a_person(analyse):
    entities, _, _ = analyse("记者在站前遇到了来自四川南充的邓春林一家。来自贵州毕节的罗玉梅走到服务台前。家在湖南邵阳的刘军走到车前。")
    people = set(of_type(entities, "Person"))
    assert {"邓春林", "罗玉梅", "刘军"} <= people and "刘军走" not in people


def test_the_union_post_after_a_township_s_party_post_is_at_the_township_s_union(analyse):
    entities, relations, _ = analyse("海盐县通元镇总工会成立于2006年。通元镇党委副书记、工会主席沈建华陪同调研。")
    assert ("沈建华", "worksFor", "海盐县通元镇总工会") in relations
    assert entities[("Person", "沈建华")].attributes.get("org") == "海盐县通元镇总工会"


def test_rarer_surnames_of_the_south_and_east_open_names_where_a_body_or_post_stands_before(analyse):
    entities, _, _ = analyse("融安县第一小学蒙秀娟获二等奖。盐场副总经理蒙方成陪同。市劳模奚红发言。各族群众欢聚蒙古包。")
    people = set(of_type(entities, "Person"))
    assert {"蒙秀娟", "蒙方成", "奚红"} <= people
    assert not any(name.startswith("蒙古") for name in people)


def test_care_and_wishes_brought_from_a_body_are_no_names(analyse):
    entities, _, _ = analyse("白山市总工会走访慰问困难职工，为他们带去了市委的关怀和市总工会的祝福。")
    assert set(of_type(entities, "Person")) == set()


def test_a_name_with_a_note_in_brackets_before_a_count_of_people(analyse):
    entities, _, _ = analyse("德清县总工会遴选出沈建林(抗洪英雄)等10位代表参加宣讲。")
    assert "沈建林" in of_type(entities, "Person")


def test_the_people_a_body_visits_do_not_work_for_it(analyse):
    _, relations, _ = analyse("营口市总工会走访慰问困难职工孙志刚。")
    assert not any(predicate == "worksFor" for _, predicate, _ in relations)


def test_carpenters_and_gatekeepers_before_a_name(analyse):
    entities, _, _ = analyse("工地上，木工李建新和门卫刘建华也领到了礼包。")
    assert {"李建新", "刘建华"} <= set(of_type(entities, "Person"))


def test_the_preposition_xiang_before_an_idiom_opens_no_name(analyse):
    entities, _, _ = analyse("王立新说，车队经常组织志愿者，向老弱病残的司机送去慰问品。")
    assert set(of_type(entities, "Person")) == {"王立新"}


def test_no_name_after_a_role_like_ending_inside_a_company_s_name(analyse):
    entities, _, _ = analyse("马鞍山永泰合家康农产品配送有限公司总经理周海表示感谢。")
    assert set(of_type(entities, "Person")) == {"周海"}


def test_professional_titles_after_a_post_keep_the_chain_at_its_body(analyse):
    _, relations, _ = analyse("台州市中心医院内科主任、主任医师韩雪梅获奖。金华市农丰果蔬专业合作社理事、高级农艺师郑国良获奖。")
    assert ("韩雪梅", "worksFor", "台州市中心医院") in relations
    assert ("郑国良", "worksFor", "金华市农丰果蔬专业合作社") in relations


def test_a_given_name_s_才_before_an_honour(analyse):
    entities, _, _ = analyse("高级技师卢永才被授予称号。钳工张德才荣获一等奖。")
    assert set(of_type(entities, "Person")) == {"卢永才", "张德才"}


def test_a_verb_of_taking_a_post_before_a_form_of_address_opens_no_name(analyse):
    entities, _, _ = analyse("选派劳模担任授课老师。他兼任美术老师，出任辅导老师。")
    assert of_type(entities, "Person") == {}


def test_a_skill_before_those_good_at_it_is_no_name(analyse):
    entities, _, _ = analyse("来自各社区的包粽能手齐聚一堂。职工包饺子能手参赛。")
    assert of_type(entities, "Person") == {}


def test_a_leader_named_before_a_joining_word(analyse):
    entities, _, _ = analyse("区领导韩立军及区总工会负责同志参加。市领导与职工代表座谈。")
    assert set(of_type(entities, "Person")) == {"韩立军"}


def test_a_chain_of_posts_at_a_company_keeps_its_union_and_its_board(analyse):
    entities, relations, _ = analyse("华星集团党委副书记、纪委书记、工会主席王海涛讲话。宏达集团董事、总经理李建华参加。"
                                     "中建九局党委常委、董事、工会主席赵立平出席。")
    assert ("王海涛", "worksFor", "华星集团工会") in relations
    assert ("李建华", "worksFor", "宏达集团") in relations
    assert ("赵立平", "worksFor", "中建九局工会") in relations
    assert not any(name.endswith("党委") for name in of_type(entities, "Organization"))


def test_a_name_before_a_researcher_s_grade_or_a_verb_of_praise(analyse):
    entities, relations, _ = analyse("宁德市总工会林海燕副调研员带领女职工部到连江。职工代表谭珂点赞道：“很好。”")
    assert set(of_type(entities, "Person")) == {"林海燕", "谭珂"}
    assert ("林海燕", "worksFor", "宁德市总工会") in relations


def test_people_after_a_newspaper_s_or_a_shift_s_post_and_no_one_from_wearing(analyse):
    entities, relations, _ = analyse("襄阳日报社编委丁建平授课。运行部值长邹明领衔完成。为环卫工人戴上红围巾。")
    assert set(of_type(entities, "Person")) == {"丁建平", "邹明"}
    assert ("丁建平", "worksFor", "襄阳日报社") in relations


def test_a_street_written_short_opening_a_clause_is_no_person(analyse):
    entities, _, _ = analyse("近日，钟村街开展无偿献血活动。")
    assert not of_type(entities, "Person")


def test_winners_after_their_team_or_their_essay_and_no_one_from_a_set_phrase_of_home(analyse):
    entities, _, _ = analyse("林场代表队郑清俊获得个人一等奖。顺庆区分公司柏卓的征文获得银奖。医护人员舍小家顾大家，不畏艰险。")
    assert set(of_type(entities, "Person")) == {"郑清俊", "柏卓"}


def test_a_street_s_committee_post_chained_to_its_union_s(analyse):
    _, relations, _ = analyse("杭州市上城区湖滨街道工会联合会开展活动。湖滨街道党工委副书记、工会联合会主席赵恒讲话。")
    assert ("赵恒", "worksFor", "杭州市上城区湖滨街道工会联合会") in relations


def test_a_person_after_a_union_s_full_time_officer_s_post(analyse):
    _, relations, _ = analyse("桐庐县总工会专干王丽参加。")
    assert ("王丽", "worksFor", "桐庐县总工会") in relations


def test_no_one_from_a_volunteer_s_vest_or_a_verb_of_posting(analyse):
    entities, _, _ = analyse("身穿志愿者红马甲的职工上街。便民服务者张贴海报。志愿者赵海华参加。")
    assert set(of_type(entities, "Person")) == {"赵海华"}


def test_no_one_from_wrapping_festival_food_or_a_carnation_after_a_kind_of_people(analyse):
    entities, _, _ = analyse("丰富女职工康乃馨服务站的内容。职工合家包粽子，举家包汤圆。劳模齐聚会场。")
    assert not of_type(entities, "Person")


def test_a_name_before_its_post_after_a_joining_word_in_what_was_conveyed(analyse):
    entities, _, _ = analyse("会议传达了州总全委会精神以及龙海燕副主席所作的报告。学习了会议精神和蒋国平主席的讲话。")
    assert set(of_type(entities, "Person")) == {"龙海燕", "蒋国平"}


def test_uyghur_names_after_a_post_or_a_kind_of_people(analyse):
    entities, _, _ = analyse("和硕县总工会副主席吐尔逊表示，要做好服务。职工代表艾合买提说，很高兴。外卖小哥们说，谢谢。")
    assert set(of_type(entities, "Person")) == {"吐尔逊", "艾合买提"}


def test_serving_as_a_union_s_post_opens_no_name(analyse):
    entities, _, _ = analyse("昌江县宏达公司召开第一次会员大会。其中，吴如意任工会主席、陈九江任经费审查委员。")
    assert "任工会" not in of_type(entities, "Person")


def test_a_roster_of_posts_each_before_a_colon_and_its_holders(analyse):
    entities, _, _ = analyse("【新一届工会委员会】\n主席:赵文斌\n副主席：孙丽华\n委员:钱志刚、周晓燕\n")
    people = {entity.name: entity.attributes.get("role") for entity in entities.values() if entity.type == "Person"}
    assert people == {"赵文斌": "主席", "孙丽华": "副主席", "钱志刚": "委员", "周晓燕": "委员"}


def test_people_after_an_adviser_s_a_specialist_s_post_or_as_apprentices(analyse):
    entities, _, _ = analyse("调度专责钱晓磊说，很好。法律顾问孙建民参加。他携徒弟俞海波参赛。")
    assert set(of_type(entities, "Person")) == {"钱晓磊", "孙建民", "俞海波"}


def test_heads_of_the_one_hospital_an_article_names_serve_there(analyse):
    _, relations, _ = analyse("近日，宁远县人民医院召开第三届职工代表大会。副院长李渊致开幕词，大会听取了医院院长冯自觉作的工作报告。")
    assert {("李渊", "worksFor", "宁远县人民医院"), ("冯自觉", "worksFor", "宁远县人民医院")} <= relations
    _, relations, _ = analyse("宁远县人民医院与宁远县人民法院开展共建活动。副院长李渊致辞。")
    assert not any(subject == "李渊" for subject, predicate, _ in relations if predicate == "worksFor")  # which 院 is his


def test_surnames_that_are_words_open_names_after_a_post_or_a_list_mark(analyse):
    entities, _, _ = analyse("在县人大常委会第一副主任廉茂岭的带领下，检查组走访企业。工会主席宇继生表示，要坚持廉政建设，杜绝索取财物。"
                             "选举张明、李华、索绍萍为委员。区总工会党组成员、副主席解忠明在会上讲话，要解决职工难题。")
    assert {"廉茂岭", "宇继生", "索绍萍", "解忠明"} <= set(of_type(entities, "Person"))
    assert not any(name.startswith(("廉政", "索取", "解决")) for name in of_type(entities, "Person"))


def test_a_verb_of_thanks_before_an_address_opens_no_name(analyse):
    entities, _, _ = analyse("职工说：“真是太感谢工会律师了，谢谢法援律师！”王明华律师为职工答疑。")
    assert set(of_type(entities, "Person")) == {"王明华"}


def test_a_two_character_name_between_its_body_and_an_address_serves_there(analyse):
    entities, relations, _ = analyse("培训班邀请江苏省总工会干部学校刘瑛教授授课，浙江大学王明教授作辅导报告。")
    assert {"刘瑛", "王明"} <= set(of_type(entities, "Person"))
    assert {("刘瑛", "worksFor", "江苏省总工会干部学校"), ("王明", "worksFor", "浙江大学")} <= relations


def test_a_mentors_name_after_the_word_for_a_master(analyse):
    entities, _, _ = analyse("毛春英的师父丁位武是全国劳模。师傅何先撑介绍，公司开展名师带徒活动。")
    assert {"丁位武", "何先撑"} <= set(of_type(entities, "Person"))


def test_a_two_character_name_before_a_deputys_post_keeps_no_deputy(analyse):
    entities, _, _ = analyse("党支部书记冯晓峰、李皓副行长出席会议。")
    assert {"冯晓峰", "李皓"} <= set(of_type(entities, "Person"))
    assert "李皓副" not in of_type(entities, "Person")


def test_a_studio_named_after_a_worker_right_after_a_company_whose_last_character_and_the_surname_make_a_word(analyse):
    entities, relations, _ = analyse("青海盐湖工业股份有限公司马文俊创新工作室被命名。")
    assert "马文俊" in of_type(entities, "Person")
    assert ("马文俊", "worksFor", "青海盐湖工业股份有限公司") in relations


def test_the_name_before_a_post_that_heads_a_delegation(analyse):
    entities, _, _ = analyse("以侯彩凤理事长为团长的代表团来访。")
    assert "侯彩凤" in of_type(entities, "Person")


def test_a_given_name_opening_with_the_adverb_you(analyse):
    entities, _, _ = analyse("省委宣传部部长许又声在长沙调研。他又说，王又在会上发言。")
    assert set(of_type(entities, "Person")) == {"许又声"}


def test_kham_tibetan_names_in_their_usual_transcriptions(analyse):
    entities, _, _ = analyse("州劳动模范丁真拉姆参加座谈。")
    assert "丁真拉姆" in of_type(entities, "Person")


def test_names_after_women_workers_and_fishermen(analyse):
    entities, _, _ = analyse("先进女工苏健均受到表彰。61岁的渔民王亚弟说，女职工张丽参加。女工委员会成立，女职工权益得到保障。")
    assert set(of_type(entities, "Person")) == {"苏健均", "王亚弟", "张丽"}


def test_a_studio_named_after_a_worker_after_a_copula(analyse):
    entities, _, _ = analyse("新命名的创新工作室分别是黄跃波工匠创新工作室、张明劳模创新工作室。")
    assert {"黄跃波", "张明"} <= set(of_type(entities, "Person"))


def test_no_one_from_culture_and_tourism_written_short_after_a_kind_of_people(analyse):
    entities, _, _ = analyse("市总工会扩大会员文旅消费，为职工文创产品搭建展台。")
    assert not of_type(entities, "Person")


def test_a_two_character_name_before_presenting_to_someone_is_closed_before_the_preposition(analyse):
    entities, _, _ = analyse("副主席李强为获奖团队颁奖，主席周翔为获奖职工颁发证书。主席刘为民出席。")
    assert set(of_type(entities, "Person")) == {"李强", "周翔", "刘为民"}


def test_no_one_from_a_volunteer_s_vest(analyse):
    entities, _, _ = analyse("身着志愿者马甲的货车司机前来休息。")
    assert not of_type(entities, "Person")


def test_a_name_before_its_post_and_the_guidance_it_gave(analyse):
    entities, _, _ = analyse("在周建平副书记的带领下，职工们开展活动。感谢市总工会和陈秀英副主席的关心和支持。")
    assert set(of_type(entities, "Person")) == {"周建平", "陈秀英"}


def test_names_counted_by_two_households_or_two_people(analyse):
    entities, _, _ = analyse("慰问组冒着严寒走访孙德明和赵秀兰两户困难职工。郑立强、冯丽娟两位劳模参加。")
    assert set(of_type(entities, "Person")) == {"孙德明", "赵秀兰", "郑立强", "冯丽娟"}


def test_a_member_named_after_the_body_before_a_verb_of_winning(analyse):
    entities, relations, _ = analyse("喀什地区分公司王丽萍分获二等奖。燃气有限公司的赵海峰凭借《智能巡检》项目摘得铜奖。")
    assert {"王丽萍", "赵海峰"} <= set(of_type(entities, "Person"))
    assert ("赵海峰", "worksFor", "燃气有限公司") in relations


def test_no_one_from_an_occupation_and_a_surname_before_shifu(analyse):
    entities, _, _ = analyse("保安员许师傅说，工会很贴心。收银员王师傅表示感谢。李建国同志出席。")
    assert set(of_type(entities, "Person")) == {"李建国"}


def test_a_two_character_name_before_a_frequent_word_of_time(analyse):
    entities, _, _ = analyse("七台河市总工会主席赵刚先后来到新兴区、桃山区慰问环卫工人。")
    assert set(of_type(entities, "Person")) == {"赵刚"}


def test_a_name_said_to_be_a_body_s_officer_works_there(analyse):
    entities, relations, _ = analyse("王刚是双鸭山市总工会副主席，他表示将继续做好服务。")
    assert "王刚" in of_type(entities, "Person")
    assert ("王刚", "worksFor", "双鸭山市总工会") in relations


def test_a_section_s_union_is_no_person_named_duan(analyse):
    entities, _, _ = analyse("宝鸡工务段工会组织活动。段工会提出三项要求。")
    assert of_type(entities, "Person") == {}


def test_names_listed_before_respectively_and_a_verb_of_winning(analyse):
    entities, _, _ = analyse("刘志军、陈晓燕、黄建华分别荣获金、银、铜奖。")
    assert set(of_type(entities, "Person")) == {"刘志军", "陈晓燕", "黄建华"}


def test_a_name_before_its_post_and_a_speech_or_an_admonition(analyse):
    entities, _, _ = analyse("刘志平院长致开幕词。陈国栋主席语重心长地叮嘱职工注意安全。")
    assert {"刘志平", "陈国栋"} <= set(of_type(entities, "Person"))


def test_a_union_chair_elected_after_its_audit_committee_serves_the_union(analyse):
    _, relations, _ = analyse("会议选举产生了柳州市人民医院工会第五届委员会和经费审查委员会，李红当选为工会主席。")
    assert ("李红", "worksFor", "柳州市人民医院工会") in relations


def test_the_officers_after_an_election_with_ren_hold_their_posts(analyse):
    entities, _, _ = analyse("张小红当选为工会主席，李丽丽任副主席。")
    assert {"张小红", "李丽丽"} <= set(of_type(entities, "Person"))


def test_a_bare_union_post_after_a_bare_party_post_serves_the_article_s_union(analyse):
    _, relations, _ = analyse("近日，钦州市工人医院举办职工趣味运动会。本次活动由医院工会主办，党委副书记、工会主席韦明致辞。")
    assert ("韦明", "worksFor", "钦州市工人医院工会") in relations


def test_rarer_surnames_that_are_words_too_open_names_after_a_post_or_in_a_list(analyse):
    entities, _, _ = analyse("副主席冷志武作了报告。秘书长曲延红主持。委员张华、封玉林、李明出席。")
    assert {"冷志武", "曲延红", "张华", "封玉林", "李明"} <= set(of_type(entities, "Person"))


def test_names_after_kinds_of_households_helped_are_people(analyse):
    entities, _, _ = analyse("县总工会走访慰问了贫困户黄生明、脱贫户李德华。")
    assert {"黄生明", "李德华"} <= set(of_type(entities, "Person"))


def test_a_name_after_a_military_commander_s_post_is_a_person_not_a_city(analyse):
    entities, _, _ = analyse("阳江军分区司令员汤金华出席。")
    assert "汤金华" in of_type(entities, "Person") and "金华市" not in of_type(entities, "Region")
