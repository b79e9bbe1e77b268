from kg.components.base import relations_of
from tests.helpers import of_type


def test_organizer_active_and_passive(analyse):
    _, relations, _ = analyse("柳州市总工会举办“巧手工匠”技能大赛。“金牌调解”活动由柳州市总工会主办。")
    assert ("柳州市总工会", "organizes", "巧手工匠") in relations
    assert ("巧手工匠", "locatedIn", "柳州市") in relations



def test_a_program_described_as_a_body_s_deed_is_run_by_it(analyse):
    _, relations, _ = analyse("职工互助保障活动是中华全国总工会倡导组织、管理规范的一项活动。“暖心驿站”项目是宁波市总工会打造的品牌。")
    assert ("中华全国总工会", "organizes", "职工互助保障") in relations
    assert ("宁波市总工会", "organizes", "暖心驿站") in relations

def test_every_relation_has_its_sentence(analyse):
    _, _, doc = analyse("柳州市总工会举办“巧手工匠”技能大赛。")
    for relation in doc._.kg_relations:
        assert relation.evidence.sentence in doc.text


def test_person_works_for_the_body_before_the_role(analyse):
    entities, relations, _ = analyse("南宁市总工会副主席韦明说，今年将扩大服务。")
    assert ("Person", "韦明") in entities
    assert entities[("Person", "韦明")].attributes["role"] == "副主席"
    assert ("韦明", "worksFor", "南宁市总工会") in relations


def test_program_placed_by_the_region_that_opens_the_clause(analyse):
    _, relations, _ = analyse("近年来，浙江省温州市鹿城区大力推行“红色代办”制度，群众办事更方便。")
    assert ("红色代办", "locatedIn", "鹿城区") in relations


def test_union_runs_the_programs_of_its_clauses(analyse):
    _, relations, _ = analyse("今年以来，台州市总工会坚持问题导向，深化“职工微心愿”项目。")
    assert ("台州市总工会", "organizes", "职工微心愿") in relations


def test_union_followed_by_its_event(analyse):
    _, relations, _ = analyse("日前，宁波市总工会2024年劳动关系协调员培训班开班。")
    assert ("宁波市总工会", "organizes", "2024年劳动关系协调员培训班") in relations


def test_participation(analyse):
    _, relations, _ = analyse("温州立新机械有限公司积极参加“安康杯”竞赛。")
    assert ("温州立新机械有限公司", "participatesIn", "安康杯") in relations


def test_places_the_sentence_states(analyse):
    _, relations, _ = analyse("吉林省首届“长白工匠”技能竞赛决赛在延吉市举行。")
    assert ("长白工匠", "locatedIn", "吉林省") in relations
    assert ("长白工匠", "locatedIn", "延吉市") in relations


def test_passive_organizer_inside_a_participant_sentence(analyse):
    _, relations, _ = analyse("昆明恒达物流有限公司负责人参加由云南省总工会组织开展的“送温暖进万家”活动。")
    assert ("云南省总工会", "organizes", "送温暖进万家") in relations
    assert ("昆明恒达物流有限公司", "organizes", "送温暖进万家") not in relations


def test_document_titles_are_not_deeds(analyse):
    _, relations, _ = analyse("中共遵义市委印发了《关于深化“工会强基年”专项工作的意见》。")
    assert not [r for r in relations if r[1] == "organizes"]


def test_later_place_subject_takes_the_program_from_the_union(analyse):
    _, relations, _ = analyse("无锡市总工会召开会议。近年来，江阴市大力实施“技能强企”行动，成效明显。")
    assert ("无锡市总工会", "organizes", "技能强企") not in relations
    assert ("技能强企", "locatedIn", "江阴市") in relations


def test_supporting_a_program_is_taking_part(analyse):
    _, relations, _ = analyse("今年以来，常州市总工会积极作为，助力“智改数转”工程。")
    assert ("常州市总工会", "participatesIn", "智改数转") in relations
    assert ("常州市总工会", "organizes", "智改数转") not in relations


def test_place_a_program_started_from(analyse):
    _, relations, _ = analyse("1990年，“金秋助学”活动自绍兴市发起并在全省推广。")
    assert ("金秋助学", "locatedIn", "绍兴市") in relations


def test_theme_a_body_works_around_has_no_organizer(analyse):
    entities, relations, _ = analyse("今年以来，丽水市总工会紧扣“山区共富”行动，推动职工增收。")
    assert "山区共富" in of_type(entities, "Program")
    assert not [r for r in relations if r[2] == "山区共富" and r[1] in ("organizes", "participatesIn")]


def test_a_theme_after_an_ascii_comma_has_no_organizer(analyse):
    _, relations, _ = analyse("近年来,天元区总工会主动服务大局,在“护航大会”等大行动中贡献了工会力量。")
    assert not [r for r in relations if r[1] == "organizes"]


def test_place_that_opens_an_event_name(analyse):
    _, relations, _ = analyse("两名学生曾在芜湖市职工技能大赛中获得一等奖。")
    assert ("芜湖市职工技能大赛", "locatedIn", "芜湖市") in relations


def test_a_program_with_an_organizer_is_not_given_a_guessed_one(analyse):
    _, relations, _ = analyse(
        "遵义市总工会推出“黔工驿站”项目。贵州省总工会召开会议。会议要求深化“黔工驿站”项目。"
    )
    assert ("遵义市总工会", "organizes", "黔工驿站") in relations
    assert ("贵州省总工会", "organizes", "黔工驿站") not in relations


def test_the_source_of_the_news_does_not_run_the_program(analyse):
    _, relations, _ = analyse("记者日前从浙江省宁波市总工会获悉，北仑区总工会连续三年举办“港城工匠”技能大赛。")
    assert ("宁波市北仑区总工会", "organizes", "港城工匠") in relations
    assert ("宁波市总工会", "organizes", "港城工匠") not in relations


def test_winners_and_lecturers_take_part_in_the_event(analyse):
    _, relations, _ = analyse("去年，宁波港集团有限公司在第三届“甬城工匠”技能大赛中荣获团体一等奖。")
    assert ("宁波港集团有限公司", "participatesIn", "甬城工匠") in relations
    _, relations, _ = analyse("省总工会副主席王磊为“职工说法”专项行动和“强基”研讨班讲授第一课。")
    assert ("王磊", "participatesIn", "强基") in relations
    assert ("王磊", "participatesIn", "职工说法") not in relations


def test_the_teams_that_win_places_take_part_in_the_contest_named_before(analyse):
    _, relations, _ = analyse("长沙市总工会举办长沙市第三届职工篮球比赛。经过激烈角逐，华星有限公司代表队获得第一名，"
                              "明达科技公司代表队和长沙市第一中学代表队分别获得二、三名。")
    for team in ("华星有限公司", "明达科技公司", "长沙市第一中学"):
        assert (team, "participatesIn", "长沙市第三届职工篮球比赛") in relations
    _, relations, _ = analyse("长沙市总工会举办长沙市第三届职工篮球比赛。刘建华为首届“湘江工匠”获得者颁奖。")
    assert not any(subject == "刘建华" for subject, _, _ in relations)


def test_people_who_attend_with_no_object_take_part_in_the_event_named_before(analyse):
    _, relations, _ = analyse("长沙市总工会举办第三届职工运动会。市总工会主席刘建华、副主席王明等领导出席。")
    assert ("刘建华", "participatesIn", "第三届职工运动会") in relations
    assert ("王明", "participatesIn", "第三届职工运动会") in relations
    _, relations, _ = analyse("长沙市总工会实施“职工暖心”工程。市总工会主席刘建华出席。")
    assert ("刘建华", "participatesIn", "职工暖心") not in relations  # no event: a campaign has no attendees
    _, relations, _ = analyse("长沙市总工会举办第三届职工运动会。本场招聘会由长沙县总工会主办，邀请了华星有限公司等企业参加。")
    assert not any(predicate == "participatesIn" for _, predicate, _ in relations)  # the unnamed fair's hosts and guests


def test_a_roster_closed_by_semicolons_attends_with_its_last_clause(analyse):
    _, relations, _ = analyse("长沙市总工会举办第三届职工运动会。市总工会主席刘建华；副主席王明，副主席孙丽；"
                              "华星公司总经理陈军出席。会议要求各单位；认真落实。")
    assert {person for person, predicate, _ in relations if predicate == "participatesIn"} == {"刘建华", "王明", "孙丽", "陈军"}


def test_people_who_watch_the_show_take_part_but_not_those_who_watch_a_film_about_it(analyse):
    _, relations, _ = analyse("龙井市总工会举办“歌唱龙井”职工文艺汇演。市总工会主席王明、市环保局局长李刚等领导到现场观看了演出。")
    assert {("王明", "participatesIn", "歌唱龙井"), ("李刚", "participatesIn", "歌唱龙井")} <= set(relations)
    _, relations, _ = analyse("龙井市总工会启动“五小”竞赛，职工代表孙丽观看了“五小”竞赛宣传片。")
    assert ("孙丽", "participatesIn", "五小") not in relations


def test_a_body_s_team_in_a_ranking_takes_part_in_the_event_named_before(analyse):
    _, relations, _ = analyse("海南省第二届职工运动会排球比赛在琼海落幕。前三名如下：1、海口市总工会代表队 2、华星公司代表队。")
    assert {("海口市总工会", "participatesIn", "海南省第二届职工运动会排球比赛"),
            ("华星公司", "participatesIn", "海南省第二届职工运动会排球比赛")} <= set(relations)


def test_people_who_attend_a_festival_take_part_in_it(analyse):
    _, relations, _ = analyse("第五届芜湖职工读书节在市图书馆开幕。市总工会主席李明出席并讲话。")
    assert ("李明", "participatesIn", "第五届芜湖职工读书节") in relations


def test_a_body_that_sends_people_to_an_event_another_hosts_takes_part(analyse):
    _, relations, _ = analyse("长沙市总工会组织20名职工子女参加全国总工会主办的“快乐成长”夏令营。")
    assert ("中华全国总工会", "organizes", "快乐成长") in relations
    assert ("长沙市总工会", "organizes", "快乐成长") not in relations
    assert ("长沙市总工会", "participatesIn", "快乐成长") in relations


def test_a_body_that_takes_its_people_to_an_event_held_by_nobody_named_takes_part(analyse):
    for text in ("宜宾市总工会积极组织参加在人民公园举办的“全民健身月”启动仪式。",
                 "宜宾市总工会组织职工参加在江北广场举行的“书香宜宾”读书活动。"):
        _, relations, _ = analyse(text)
        program = "全民健身月" if "健身" in text else "书香宜宾"
        assert ("宜宾市总工会", "organizes", program) not in relations
        assert ("宜宾市总工会", "participatesIn", program) in relations


def test_a_person_with_posts_at_a_body_and_at_its_department_works_for_the_department_only(analyse):
    _, relations, _ = analyse("丰城市委常委、统战部部长周明到企业调研。江西省总工会党组成员、宣传教育部部长吴青出席。")
    assert ("周明", "worksFor", "中共丰城市委员会统战部") in relations
    assert ("周明", "worksFor", "中共丰城市委员会") not in relations
    assert ("吴青", "worksFor", "江西省总工会宣传教育部") in relations
    assert ("吴青", "worksFor", "江西省总工会") not in relations


def test_a_program_named_in_a_clause_that_says_what_a_deed_serves_gets_no_organizer(analyse):
    for text in ("长沙市总工会举办第三届职工技能大赛，这是深入推进产业工人队伍建设改革的实际行动。",
                 "长沙市总工会举办第三届职工技能大赛，作为推进产业工人队伍建设改革的重要举措。"):
        _, relations, _ = analyse(text)
        assert ("长沙市总工会", "organizes", "第三届职工技能大赛") in relations
        assert ("长沙市总工会", "organizes", "产业工人队伍建设改革") not in relations


def test_bodies_a_union_invites_to_carry_out_a_program_take_part_in_it(analyse):
    _, relations, _ = analyse("长沙市总工会邀请了华星医院和明达药业有限公司开展“送医送药”健康服务。")
    assert ("长沙市总工会", "organizes", "送医送药") in relations
    assert ("华星医院", "participatesIn", "送医送药") in relations
    assert ("明达药业有限公司", "organizes", "送医送药") not in relations


def test_bodies_whose_people_visit_an_exhibition_take_part_in_it(analyse):
    _, relations, _ = analyse("长沙市总工会举办“庆五一”职工摄影展。长沙市委办、长沙市妇联等单位350余人参观了展览。")
    assert ("长沙市妇女联合会", "participatesIn", "庆五一") in relations
    _, relations, _ = analyse("长沙市总工会开展“送清凉”活动。慰问组来到华星有限公司参观，对工作给予肯定。")
    assert not any(predicate == "participatesIn" for _, predicate, _ in relations)


def test_a_program_the_unions_of_a_list_of_places_set_up_is_in_each_place(analyse):
    _, relations, _ = analyse("长沙、株洲、湘潭等城市工会建立起城际间工会维权联动机制。")
    for city in ("长沙市", "株洲市", "湘潭市"):
        assert ("城际间工会维权联动", "locatedIn", city) in relations


def test_an_organisation_opening_the_last_clause_is_the_guessed_actor(analyse):
    _, relations, _ = analyse("江西省总工会持续推进帮扶工作。2020年，江西省职工互助保障协会成立。开展“职工健康守护”行动。")
    assert ("江西省职工互助保障协会", "organizes", "职工健康守护") in relations
    assert ("江西省总工会", "organizes", "职工健康守护") not in relations
    _, relations, _ = analyse("鹿城区总工会开展送温暖活动。温州港集团公司还在码头设有职工“海港夜校”，提供技能培训服务。")
    assert not any(p == "organizes" and o == "海港夜校" for _, p, o in relations)  # the sentence is the company's


def test_co_hosts_organize_and_the_venue_phrase_places_the_event(analyse):
    _, relations, _ = analyse("2025年宁波市职工羽毛球比赛由宁波市总工会主办，宁波市体育总会协办，在鄞州区全民健身中心体育馆举行。")
    assert ("宁波市总工会", "organizes", "2025年宁波市职工羽毛球比赛") in relations
    assert ("宁波市体育总会", "organizes", "2025年宁波市职工羽毛球比赛") in relations
    assert ("2025年宁波市职工羽毛球比赛", "locatedIn", "鄞州区") in relations
    for verb in ("启幕", "精彩上演", "拉开大幕"):
        _, relations, _ = analyse(f"湖南省总工会“职工上冰雪”活动在株洲市{verb}。")
        assert ("职工上冰雪", "locatedIn", "株洲市") in relations, verb


def test_programs_listed_before_respective_places_each_have_their_own_place(analyse):
    _, relations, _ = analyse("绵阳市总工会主办的“绵工杯”职工篮球赛和“绵州工匠”技能大赛分别在涪城区、游仙区开赛。"
                              "“涪江杯”职工象棋比赛分别在江油市、三台县和盐亭县举行。")
    assert ("绵工杯", "locatedIn", "涪城区") in relations and ("绵州工匠", "locatedIn", "游仙区") in relations
    assert ("绵工杯", "locatedIn", "游仙区") not in relations and ("绵州工匠", "locatedIn", "涪城区") not in relations
    assert {("涪江杯", "locatedIn", county) for county in ("江油市", "三台县", "盐亭县")} <= set(relations)
    _, relations, _ = analyse("春节前，梓潼县总工会分别在文昌镇和许州镇开展“法律送上门”及“技能进乡村”服务活动。")
    assert ("法律送上门", "locatedIn", "文昌镇") in relations and ("技能进乡村", "locatedIn", "许州镇") in relations
    assert ("法律送上门", "locatedIn", "许州镇") not in relations


def test_a_theme_worked_around_combined_with_or_learned_from_is_not_run(analyse):
    _, relations, _ = analyse("洮南市总工会推动职工书屋提档升级，深度融合“百姓办实事”活动，围绕“6+2”重点项目开展劳动竞赛。")
    assert not any(p == "organizes" and o in ("百姓办实事", "6+2") for _, p, o in relations)
    _, relations, _ = analyse("甘肃省总工会结合“我为群众办实事”实践活动推进帮扶。湛江市总工会将认真学习“惠工e平台”的运营经验。")
    assert not any(p == "organizes" for _, p, _ in relations)
    _, relations, _ = analyse("县总工会召开座谈会。此次座谈重点关注“技能强县”工程。")
    assert not any(p == "organizes" for _, p, _ in relations)


def test_units_that_win_a_place_at_the_event_referred_back_take_part_in_it(analyse):
    _, relations, _ = analyse("第三届全市职工篮球赛日前落幕。本次大赛江油中学获一等奖，绵阳师范学院、西南科技大学获二等奖。获奖职工合影。")
    winners = {s for s, p, o in relations if p == "participatesIn" and o == "第三届全市职工篮球赛"}
    assert winners == {"江油中学", "绵阳师范学院", "西南科技大学"}
    _, relations, _ = analyse("海南橡胶集团获2021年度全国“安康杯”竞赛优胜单位称号。")
    assert ("海南橡胶集团", "participatesIn", "安康杯") in relations


def test_an_event_held_at_a_main_venue_and_branches_is_at_each(analyse):
    _, relations, _ = analyse("贵州省总工会举办“我运动 我健康”万人健步走。活动设1个主会场、3个分会场。"
                              "主会场在花溪区十里河滩公园，分会场在遵义市、安顺市和仁怀市。")
    assert {("我运动 我健康", "locatedIn", place) for place in ("花溪区", "遵义市", "安顺市", "仁怀市")} <= set(relations)


def test_each_host_runs_the_program_named_after_it_in_a_pair_of_hosted_programs(analyse):
    _, relations, _ = analyse("由天津市总工会主办的“职工游园”活动和天津市体育局主办的“海河杯”长跑比赛同时举行。")
    assert ("天津市总工会", "organizes", "职工游园") in relations and ("天津市体育局", "organizes", "海河杯") in relations
    assert ("天津市总工会", "organizes", "海河杯") not in relations


def test_a_person_elected_to_a_post_also_works_for_the_body_elected_to(analyse):
    _, relations, _ = analyse("会上，天津市政协副主席王建国当选为天津市总工会主席。")
    assert {("王建国", "worksFor", "天津市总工会"), ("王建国", "worksFor", "中国人民政治协商会议天津市委员会")} <= relations


def test_hosts_of_an_event_referred_back(analyse):
    _, relations, _ = analyse("宁波市第二届职工运动会开幕。本届运动会由宁波市总工会、宁波市体育局联合举办。")
    assert ("宁波市总工会", "organizes", "宁波市第二届职工运动会") in relations
    assert ("宁波市体育局", "organizes", "宁波市第二届职工运动会") in relations


def test_organization_as_a_noun_is_no_trigger(analyse):
    _, _, doc = analyse("宁波市总工会表示，各级工会组织“春送岗位”专场招聘是重点。")
    assert not any(r.rule == "relations.organizer_before_trigger" for r in relations_of(doc))


def test_a_place_inside_a_program_name_places_it(analyse):
    _, relations, _ = analyse("近日，2025年宁波市职工飞镖比赛落幕。")
    assert ("2025年宁波市职工飞镖比赛", "locatedIn", "宁波市") in relations


def test_a_company_union_is_not_placed_by_the_article_place(analyse):
    _, relations, _ = analyse("宁波市总工会开展慰问。远航物流有限公司工会主席表示感谢。")
    assert not any(subject == "远航物流有限公司工会" and predicate == "locatedIn" for subject, predicate, _ in relations)


def test_the_guessed_actor_is_the_union_that_opened_the_clause_not_its_object(analyse):
    _, relations, _ = analyse("宁海县总工会紧扣市总工会部署要求，积极开展“冬日暖阳”活动。")
    assert ("宁海县总工会", "organizes", "冬日暖阳") in relations
    assert ("宁波市总工会", "organizes", "冬日暖阳") not in relations


def test_the_guessed_actor_is_the_unit_not_the_federation_inside_its_name(analyse):
    _, relations, _ = analyse("今年，市总工会女职工委员会坚持服务大局；组织开展“巾帼读书月”活动。")
    assert ("市总工会女职工委员会", "organizes", "巾帼读书月") in relations
    assert ("市总工会", "organizes", "巾帼读书月") not in relations


def test_a_union_opening_a_sentence_after_a_stop_and_a_space_is_its_actor(analyse):
    _, relations, _ = analyse("南京市总工会打造“金陵恋歌”主题品牌职工交友活动。 江宁区总工会提出“1天+1周+1个月”的回访机制。")
    assert [s for s, p, o in relations if p == "organizes" and o == "1天+1周+1个月"] == ["南京市江宁区总工会"]


def test_the_places_of_an_itinerary_are_where_the_program_runs(analyse):
    _, relations, _ = analyse("海南省总工会先后深入五指山市、屯昌县等地开展“送清凉”慰问活动。")
    assert ("送清凉", "locatedIn", "五指山市") in relations
    assert ("送清凉", "locatedIn", "屯昌县") in relations


def test_a_union_own_event_is_where_the_union_is(analyse):
    _, relations, _ = analyse("双流区职工合唱团参加了成都市总工会职工群众文艺汇演。")
    assert ("职工群众文艺汇演", "locatedIn", "成都市") in relations


def test_bodies_a_union_visits_do_not_run_its_program(analyse):
    _, relations, _ = analyse("宁都县总工会干部来到红星物流有限公司、远航鞋业有限公司等企业开展“夏送清凉”活动。")
    assert ("宁都县总工会", "organizes", "夏送清凉") in relations
    assert not any(subject.endswith("有限公司") and predicate == "organizes" for subject, predicate, _ in relations)


def test_a_union_after_its_province_opens_the_clause_it_starts(analyse):
    _, relations, _ = analyse("山东省青州市总工会这次“夏送清凉”活动，共送出绿豆1000余斤。")
    assert ("青州市总工会", "organizes", "夏送清凉") in relations


def test_a_body_whose_directive_is_followed_does_not_run_the_program(analyse):
    _, relations, _ = analyse("青州市总工会落实潍坊市总工会统一部署，开展“冬日暖阳”活动。")
    assert ("青州市总工会", "organizes", "冬日暖阳") in relations
    assert ("潍坊市总工会", "organizes", "冬日暖阳") not in relations
    _, relations, _ = analyse("在市委市政府的坚强领导下，衡水市总工会开展“匠心筑梦”竞赛。")
    assert [s for s, p, _ in relations if p == "organizes"] == ["衡水市总工会"]  # under whose leadership: no organizer
    _, relations, _ = analyse("红桥区总工会锚定路径：紧扣全总“六个坚持”工作总要求，深化产业工人队伍建设改革，升级“红桥工匠”品牌。")
    assert not any(s == "中华全国总工会" and p == "organizes" for s, p, _ in relations)
    _, relations, _ = analyse("楚雄市总工会紧紧围绕市委市政府的工作大局，开展送温暖活动。")
    assert [s for s, p, _ in relations if p == "organizes"] == ["楚雄市总工会"]
    _, relations, _ = analyse("禄丰市总工会紧紧围绕市委、市政府的中心工作，扎实开展“暖心驿路”服务行动。")
    assert [s for s, p, _ in relations if p == "organizes"] == ["禄丰市总工会"]
    _, relations, _ = analyse("杏花岭区总工会按照省总“职工服务年”“实事惠民”的整体部署，开展“暖心包”活动。")
    assert ("山西省总工会", "organizes", "暖心包") not in relations
    assert ("太原市杏花岭区总工会", "organizes", "暖心包") in relations


def test_a_body_that_assists_in_another_s_program_takes_part_in_it(analyse):
    _, relations, _ = analyse("安阳市文峰区总工会积极配合上级工会开展的“金秋送岗”活动。")
    assert ("安阳市文峰区总工会", "participatesIn", "金秋送岗") in relations
    assert ("安阳市文峰区总工会", "organizes", "金秋送岗") not in relations


def test_a_body_studying_a_program_does_not_run_it(analyse):
    _, relations, _ = analyse("省总工会副主席李明华率调研组赴勐海县调研“县级工会加强年”专项工作。")
    assert not any(p == "organizes" for _, p, _ in relations)
    _, relations, _ = analyse("拉萨市总工会开展送温暖活动。据了解，本次“五送”活动共分为五个部分。")
    assert ("拉萨市总工会", "organizes", "五送") in relations  # 据了解: as reported, no study


def test_the_body_that_tells_the_news_takes_no_part_in_what_others_are_asked_to_join(analyse):
    _, relations, _ = analyse("日前，记者从渝北区总工会获悉，由渝北区龙溪街道总工会主办的“咖啡有约”交友活动将于周末举行，欢迎单身职工参加。")
    assert not any(p == "participatesIn" for _, p, _ in relations)
    assert ("重庆市渝北区龙溪街道总工会", "organizes", "咖啡有约") in relations


def test_a_body_that_sends_a_team_takes_part_and_does_not_run_the_contest(analyse):
    _, relations, _ = analyse("青州市总工会组织5名选手参加潍坊市新就业形态劳动者歌唱大赛。")
    assert ("青州市总工会", "participatesIn", "潍坊市新就业形态劳动者歌唱大赛") in relations
    assert ("青州市总工会", "organizes", "潍坊市新就业形态劳动者歌唱大赛") not in relations


def test_a_union_organising_a_quoted_program_runs_it(analyse):
    _, relations, _ = analyse("职工积极参加青州市总工会组织的“安康杯”竞赛。发挥工会组织的作用。")
    assert ("青州市总工会", "organizes", "安康杯") in relations


def test_a_union_a_delegation_goes_to_does_not_run_the_program(analyse):
    _, relations, _ = analyse("青州市总工会副主席王明一行到青州市物流行业工会联合会开展“关爱职工”活动。")
    assert not any(s == "青州市物流行业工会联合会" and p == "organizes" for s, p, _ in relations)


def test_an_organisation_named_for_a_title_does_not_run_the_program(analyse):
    _, relations, _ = analyse("5月8日，青州市人大常委会副主任、市总工会主席王明带领班子成员开展“夏送清凉”活动。")
    assert ("青州市总工会", "organizes", "夏送清凉") in relations
    assert not any(p == "organizes" and "人大" in s for s, p, _ in relations)
    _, relations, _ = analyse("近日，武宁县委常委、县总工会主席刘平率队开展“清凉一夏”活动。市国资委党委委员李红等参加。")
    assert ("武宁县总工会", "organizes", "清凉一夏") in relations
    assert [s for s, p, _ in relations if p == "organizes"] == ["武宁县总工会"]


def test_a_union_right_before_a_quoted_program_runs_it_not_the_unions_of_other_clauses(analyse):
    _, relations, _ = analyse("青州市总工会实施百企行动、临朐县总工会“微调解”化解企业职工纠纷。")
    assert ("临朐县总工会", "organizes", "微调解") in relations
    assert ("青州市总工会", "organizes", "微调解") not in relations


def test_a_program_named_in_a_directive_has_no_organizer(analyse):
    _, relations, _ = analyse("记者从青州市总工会获悉，为贯彻落实第三产业“跃升季”行动动员部署会精神，将组织劳动竞赛。")
    assert not any(p == "organizes" and o == "跃升季" for _, p, o in relations)



def test_a_channel_a_union_opens_is_its_program(analyse):
    _, relations, _ = analyse("青州市总工会依托普惠服务平台，建设开通智慧工会“青州频道”。")
    assert ("青州市总工会", "organizes", "青州频道") in relations


def test_the_issuer_of_a_directive_and_a_body_that_tells_the_news_run_nothing(analyse):
    _, relations, _ = analyse("按照省总工会《关于开展“夏送清凉”活动的通知》的要求，湖北省宜昌市总工会开展“夏送清凉”活动。")
    organizers = {subject for subject, predicate, _ in relations if predicate == "organizes"}
    assert organizers == {"宜昌市总工会"}
    _, relations, _ = analyse("据鞍山市总工会宣传教育部部长李明介绍，近年来，鞍山市总工会深入打造“工匠学院”品牌。")
    organizers = {subject for subject, predicate, _ in relations if predicate == "organizes"}
    assert organizers == {"鞍山市总工会"}


def test_the_hosts_and_venue_of_two_events_held_as_one_run_and_place_both(analyse):
    _, relations, _ = analyse("6月3日，2025年全县电工技能比武暨“安康杯”知识竞赛开幕式举行。本次活动由县总工会、县应急管理局联合主办。"
                              "此次活动在城关镇文化广场举行。")
    assert {("县总工会", "organizes", "2025年全县电工技能比武"), ("县总工会", "organizes", "安康杯")} <= relations
    assert {("2025年全县电工技能比武", "locatedIn", "城关镇"), ("安康杯", "locatedIn", "城关镇")} <= relations


def test_the_co_hosts_of_an_event_referred_back_after_its_host(analyse):
    _, relations, _ = analyse("湖南省株洲市举办2024年株洲市职工职业技能大赛。此项赛事是由市总工会主办，市人社局、市科技局共同协办。")
    organizers = {subject for subject, predicate, _ in relations if predicate == "organizes"}
    assert organizers == {"株洲市总工会", "株洲市人力资源和社会保障局", "株洲市科学技术局"}


def test_the_hosts_of_an_event_referred_back_in_a_later_clause_of_its_sentence(analyse):
    _, relations, _ = analyse("11月5日，长沙市职工乒乓球比赛在市体育馆举行，此次比赛由长沙市总工会、长沙市体育局联合举办，"
                              "长沙市岳麓区总工会承办。")
    organizers = {subject for subject, predicate, _ in relations if predicate == "organizes"}
    assert organizers == {"长沙市总工会", "长沙市体育局", "长沙市岳麓区总工会"}


def test_the_places_of_an_itinerary_without_deng_di_are_where_the_program_runs(analyse):
    _, relations, _ = analyse("甘肃省总工会慰问组先后赴天水市、陇南市开展“送温暖”活动。")
    assert {("送温暖", "locatedIn", "天水市"), ("送温暖", "locatedIn", "陇南市")} <= relations


def test_a_program_that_comes_to_a_place_runs_there(analyse):
    _, relations, _ = analyse("日前，绍兴市总工会“书香进万家”活动走进上虞区曹娥街道，职工踊跃参与。")
    assert ("书香进万家", "locatedIn", "曹娥街道") in relations


def test_a_body_that_hopes_others_run_a_program_does_not_run_it(analyse):
    _, relations, _ = analyse("沅陵县总工会负责人希望各参建单位广泛开展“安康杯”竞赛。")
    assert not any(p == "organizes" for _, p, _ in relations)
    _, relations, _ = analyse("福清市总工会负责人表示，希望通过“暖心驿家”活动服务职工。")
    assert ("福清市总工会", "organizes", "暖心驿家") in relations


def test_a_theme_two_places_work_around_is_not_placed_by_the_clause(analyse):
    _, relations, _ = analyse("会上，宁化县总工会与来访代表围绕“职工暖心”专项行动开展交流讨论。")
    assert not any(s == "职工暖心" and p == "locatedIn" for s, p, _ in relations)


def test_the_city_of_a_wire_dateline_is_not_where_a_program_is_held(analyse):
    _, relations, _ = analyse("本报南昌3月2日电 全省继续开展“春送岗位”招聘活动。")
    assert not any(s == "春送岗位" and p == "locatedIn" and o == "南昌市" for s, p, o in relations)


def test_a_body_that_plans_a_program_runs_it(analyse):
    _, relations, _ = analyse("勐海县总工会与县融媒体中心联合打造宣讲品牌。在节日期间，精心策划“茶乡工匠”系列主题活动。")
    assert ("勐海县总工会", "organizes", "茶乡工匠") in relations
    assert not any(s.endswith("融媒体中心") and o == "茶乡工匠" for s, _, o in relations)  # the partner of the brand before


def test_a_program_served_merged_contained_or_dated_has_no_organizer_from_an_earlier_clause(analyse):
    _, relations, _ = analyse("吉林通化市总工会深度融合“我为群众办实事”，服务通化“一城两区”建设。"
                              "劳动竞赛内容包括“六比一创”。在“关爱月”活动中，各级工会走访女职工。")
    assert not {r for r in relations if r[1] == "organizes"}
    _, relations, _ = analyse("甘肃省总工会召开会议。同时，还包括加大“金秋助学”项目实施力度。")
    assert ("甘肃省总工会", "organizes", "金秋助学") in relations


def test_a_body_in_the_title_of_a_document_runs_nothing(analyse):
    _, relations, _ = analyse("根据《四川省总工会关于开展“五比一创”劳动竞赛的通知》文件精神，绵阳市总工会开展“五比一创”劳动竞赛。")
    assert {r for r in relations if r[1] == "organizes"} == {("绵阳市总工会", "organizes", "五比一创")}


def test_the_bodies_whose_goal_is_served_run_nothing(analyse):
    _, relations, _ = analyse("为实现县委、县政府的年度目标，内蒙古奈曼旗总工会重点实施匠心培育工程和工会维权工程。")
    assert {subject for subject, predicate, _ in relations if predicate == "organizes"} == {"奈曼旗总工会"}


def test_carrying_out_a_program_someone_else_launched_is_not_running_it(analyse):
    _, relations, _ = analyse("安阳市总工会召开会议，确保“四强”行动落到实处，推动落实“十件实事”。")
    assert not any(predicate == "organizes" for _, predicate, _ in relations)
    _, relations, _ = analyse("安阳市总工会开展“十件实事”。")
    assert ("安阳市总工会", "organizes", "十件实事") in relations


def test_bodies_whose_working_plans_are_followed_run_nothing(analyse):
    _, relations, _ = analyse("湖南省总工会召开会议。全省各级工会要切实落实省委、省政府决策部署，持续推动“千百十”劳动竞赛。")
    assert ("湖南省人民政府", "organizes", "千百十") not in relations


def test_the_hosts_of_a_final_referred_back(analyse):
    _, relations, _ = analyse("2024年山西省职工焊工技能大赛决赛开幕。此次决赛由山西省总工会主办。")
    assert ("山西省总工会", "organizes", "2024年山西省职工焊工技能大赛") in relations


def test_a_program_judged_by_a_visitor_is_not_run_by_it(analyse):
    _, relations, _ = analyse("十堰市总工会调研组对房县“工会+检察”模式给予高度评价。")
    assert not any(predicate == "organizes" for _, predicate, _ in relations)


def test_a_body_whose_anniversary_is_celebrated_runs_nothing(analyse):
    _, relations, _ = analyse("迎接中华全国总工会成立95周年，固原市总工会开展“送书香”活动。")
    assert ("固原市总工会", "organizes", "送书香") in relations
    assert ("中华全国总工会", "organizes", "送书香") not in relations


def test_a_clause_opened_by_lianhe_is_run_by_the_article_s_actor_too(analyse):
    _, relations, _ = analyse("近日，大竹县总工会召开会议。会后，联合梁平区、开州区总工会，在某镇开展“川渝同行”慰问活动。")
    organizers = {subject for subject, predicate, obj in relations if predicate == "organizes" and obj == "川渝同行"}
    assert organizers == {"大竹县总工会", "重庆市梁平区总工会", "重庆市开州区总工会"}


def test_a_program_supported_after_a_launch_is_not_run(analyse):
    _, relations, _ = analyse("化州市总工会开展系列活动，助力“千万工程”。")
    assert ("化州市总工会", "organizes", "千万工程") not in relations
    assert ("化州市总工会", "participatesIn", "千万工程") in relations


def test_a_place_gone_to_does_not_run_the_program(analyse):
    _, relations, _ = analyse("西安市总工会组织劳模到华清温泉酒店开展“劳模休养”活动。")
    organizers = {subject for subject, predicate, _ in relations if predicate == "organizes"}
    assert organizers == {"西安市总工会"}


def test_the_hosts_of_a_ceremony_referred_back_run_the_program_it_opens(analyse):
    _, relations, _ = analyse("长沙市“冬日暖心”行动启动仪式在五一广场举行。启动仪式由长沙市总工会、长沙市民政局主办。")
    assert {("长沙市总工会", "organizes", "冬日暖心"), ("长沙市民政局", "organizes", "冬日暖心")} <= relations


def test_the_source_of_the_news_runs_no_program_of_unions_in_general(analyse):
    _, relations, _ = analyse("记者从长沙市总工会了解到，各乡镇工会陆续开展“清凉一夏”活动。")
    assert not any(predicate == "organizes" for _, predicate, _ in relations)


def test_the_bodies_a_program_is_brought_to_do_not_run_it(analyse):
    _, relations, _ = analyse("长沙市总工会领导分组对长沙市公安局、华星有限公司开展“送清凉”活动。")
    assert {subject for subject, predicate, _ in relations if predicate == "organizes"} == {"长沙市总工会"}
    _, relations, _ = analyse("长沙市总工会作为牵头单位联合华星有限公司开展“送清凉”活动。")  # 作为: no preposition
    assert ("华星有限公司", "organizes", "送清凉") in relations


def test_a_person_holds_a_post_at_each_body_of_a_chain(analyse):
    _, relations, _ = analyse("湖北省人大常委会副主任、省总工会主席周立新出席。")
    assert ("周立新", "worksFor", "湖北省人大常委会") in relations
    assert ("周立新", "worksFor", "湖北省总工会") in relations


def test_a_body_s_team_competes_in_a_contest_it_does_not_run(analyse):
    _, relations, _ = analyse("恩平市总工会代表队在第三届全省职工羽毛球大赛中获团体第二名。")
    assert ("恩平市总工会", "participatesIn", "第三届全省职工羽毛球大赛") in relations
    assert not any(predicate == "organizes" for _, predicate, _ in relations)


def test_a_chain_of_posts_after_another_person_s_holds_them_at_that_person_s_body(analyse):
    _, relations, _ = analyse("恩平市总工会党组书记、副主席姚明红，党组成员、副主席杨建波出席。")
    assert ("杨建波", "worksFor", "恩平市总工会") in relations
    _, relations, _ = analyse("株洲市人大常委会副主任、市总工会主席刘建华，副市长陈志明出席。")
    assert not any(subject == "陈志明" and predicate == "worksFor" for subject, predicate, _ in relations)
    _, relations, _ = analyse("沂南县依汶镇党委书记刘建华，副书记、镇长陈志明出席。")  # a chain holding a committee's post
    assert ("陈志明", "worksFor", "中共依汶镇委员会") in relations


def test_the_people_listed_after_a_post_hold_it_at_the_same_body(analyse):
    _, relations, _ = analyse("白城市总工会召开会议。市总工会党组书记、副主席周海涛，副主席孙立新、马丽娟、韩冬梅出席。市领导徐光辉、贾宝中出席。")
    assert {("马丽娟", "worksFor", "白城市总工会"), ("韩冬梅", "worksFor", "白城市总工会")} <= relations
    assert not any(s in ("徐光辉", "贾宝中") and p == "worksFor" for s, p, _ in relations)  # leaders, no post named


def test_the_head_of_a_place_after_a_party_post_holds_it_at_the_government(analyse):
    entities, relations, _ = analyse("柳河县召开会议。县委副书记、县长王志远主持会议。柳河县人民政府有关部门参加。")
    assert {("王志远", "worksFor", "中共柳河县委员会"), ("王志远", "worksFor", "柳河县人民政府")} <= relations
    assert "org" not in entities[("Person", "王志远")].attributes  # 县长 is no post of the committee


def test_the_later_people_of_a_list_of_a_union_s_posts_work_for_it(analyse):
    _, relations, _ = analyse("长沙市总工会副主席刘建华、主席助理陈志明、党组成员王立新出席。")
    assert {("陈志明", "worksFor", "长沙市总工会"), ("王立新", "worksFor", "长沙市总工会")} <= relations
    _, relations, _ = analyse("长沙县委书记刘建华、县长陈志明出席。")  # a county head is not the party committee's
    assert not any(subject == "陈志明" and predicate == "worksFor" for subject, predicate, _ in relations)


def test_the_one_who_leads_the_team_that_carries_a_program_out_takes_part_in_it(analyse):
    _, relations, _ = analyse("长沙市总工会副主席刘建华带队，到华星有限公司开展“送清凉”活动。")
    assert ("刘建华", "participatesIn", "送清凉") in relations


def test_people_attending_its_opening_in_the_next_sentence_take_part_in_the_event(analyse):
    _, relations, _ = analyse("长沙市第三届职工篮球比赛在市体育馆开幕。长沙市委常委、市总工会主席刘建华出席开幕式并讲话。")
    assert ("刘建华", "participatesIn", "长沙市第三届职工篮球比赛") in relations
    assert [r for r in relations if r[1] == "participatesIn"] == [("刘建华", "participatesIn", "长沙市第三届职工篮球比赛")]


def test_every_host_of_an_event_referred_back_runs_it_clause_after_clause(analyse):
    _, relations, _ = analyse("长沙市第三届职工摄影展开幕。本次影展由长沙市总工会主办，长沙县总工会承办，华星有限公司协办。")
    organizers = {subject for subject, predicate, _ in relations if predicate == "organizes"}
    assert organizers == {"长沙市总工会", "长沙县总工会", "华星有限公司"}
    assert not any(predicate == "participatesIn" for _, predicate, _ in relations)


def test_the_bodies_listed_before_the_plan_they_set_run_nothing(analyse):
    entities, relations, _ = analyse("湖南省长沙市总工会召开会议。要落实省委、省政府和省总工会全面部署，长沙市总工会开展“送清凉”活动。")
    assert {"中共湖南省委员会", "湖南省人民政府"} <= set(of_type(entities, "Organization"))
    assert {subject for subject, predicate, _ in relations if predicate == "organizes"} == {"长沙市总工会"}


def test_the_people_of_a_later_clause_with_a_verb_of_their_own_take_part_too(analyse):
    _, relations, _ = analyse("长沙市第三届职工篮球比赛开幕。长沙市总工会副主席刘建华出席开幕式并讲话，长沙县总工会主席王立新主持开幕式。")
    taking_part = {subject for subject, predicate, _ in relations if predicate == "participatesIn"}
    assert taking_part == {"刘建华", "王立新"}


def test_a_body_whose_leaders_attend_an_event_takes_part_in_it(analyse):
    _, relations, _ = analyse("恩平市总工会领导出席第三届全市职工羽毛球大赛开幕式。")
    assert ("恩平市总工会", "participatesIn", "第三届全市职工羽毛球大赛") in relations
    assert not any(predicate == "organizes" for _, predicate, _ in relations)


def test_a_named_person_takes_part_and_the_bodies_of_their_posts_do_not(analyse):
    _, relations, _ = analyse("平阳县人大常委会副主任、县总工会主席孙立华参加第二届全县职工象棋比赛。")
    assert ("孙立华", "participatesIn", "第二届全县职工象棋比赛") in relations
    assert not [r for r in relations if r[1] == "participatesIn" and r[0] != "孙立华"]


def test_hosts_named_after_a_clause_that_follows_the_event(analyse):
    _, relations, _ = analyse("平阳县第二届职工象棋比赛是全县职工文体系列活动之一，由县总工会、县体育局共同主办。")
    assert ("平阳县体育局", "organizes", "平阳县第二届职工象棋比赛") in relations
    _, relations, _ = analyse("平阳县总工会开展“安康杯”竞赛。此次竞赛活动在县委、县政府的领导下，由县总工会、县应急管理局联合举办。")
    assert ("平阳县应急管理局", "organizes", "安康杯") in relations


def test_practising_a_model_someone_else_set_is_not_running_it(analyse):
    _, relations, _ = analyse("平阳县总工会深入践行新时代“东山经验”，化解劳动纠纷。")
    assert not [r for r in relations if r[1] == "organizes"]
    assert not [r for r in relations if r[0] == "东山经验"]  # nor placed where it is practised


def test_the_bodies_a_union_works_through_run_nothing(analyse):
    _, relations, _ = analyse("依托市法律援助中心和各街道司法所，株洲市总工会打造“一刻钟服务圈”。"
                              "湘潭市总工会借助市人民医院开展“健康体检进工地”活动。")
    organizers = {r[0] for r in relations if r[1] == "organizes"}
    assert organizers == {"株洲市总工会", "湘潭市总工会"}
    assert "街道司法所" not in {r[0] for r in relations}  # every street's office, none named


def test_a_body_drawing_on_a_program_takes_part_but_a_verb_inside_a_quote_does_not_say_so(analyse):
    _, relations, _ = analyse("长沙市总工会借助“职工技能月”平台开展培训。")
    assert ("长沙市总工会", "participatesIn", "职工技能月") in relations
    _, relations, _ = analyse("株洲市总工会利用“湘工惠”平台开展交友服务。")
    assert ("株洲市总工会", "participatesIn", "湘工惠") in relations
    _, relations, _ = analyse("长沙市总工会开展“稳岗赋能”“文化关爱”两大行动。")
    assert ("长沙市总工会", "organizes", "文化关爱") in relations


def test_the_one_whose_words_are_followed_takes_no_part(analyse):
    _, relations, _ = analyse("长沙市总工会深入贯彻落实习近平总书记关于工会工作的重要论述精神，积极参与“湘货出山”消费帮扶活动。")
    assert not any(subject == "习近平" for subject, _, _ in relations)


def test_a_body_that_guides_an_event_does_not_run_it(analyse):
    for text in ("长沙市第三届职工运动会由湖南省总工会指导，长沙市总工会主办，长沙县总工会承办。",
                 "长沙市第三届职工运动会在长沙举行。本次运动会由湖南省总工会指导，长沙市总工会主办，长沙县总工会承办。"):
        _, relations, _ = analyse(text)
        assert ("长沙市总工会", "organizes", "长沙市第三届职工运动会") in relations
        assert ("长沙县总工会", "organizes", "长沙市第三届职工运动会") in relations
        assert ("湖南省总工会", "organizes", "长沙市第三届职工运动会") not in relations
    _, relations, _ = analyse("“小哥节”启动仪式举行。本次活动由潍坊市文明办、市委宣传部指导，潍坊市总工会主办。")
    assert [s for s, p, _ in relations if p == "organizes"] == ["潍坊市总工会"]  # each of the guides listed


def test_speakers_invited_to_a_program_take_part_in_it(analyse):
    _, relations, _ = analyse("株洲市总工会开展“劳模工匠进校园”活动，邀请全国劳动模范刘建华、株洲华星公司高级技师王立新进行宣讲。")
    assert {("刘建华", "participatesIn", "劳模工匠进校园"), ("王立新", "participatesIn", "劳模工匠进校园")} <= relations
    assert ("株洲市总工会", "participatesIn", "劳模工匠进校园") not in relations


def test_the_hosts_of_a_wedding_or_a_festival_referred_back_organize_it_and_not_another_event(analyse):
    _, relations, _ = analyse("株洲市2024年职工集体婚礼昨日举行。该集体婚礼由株洲市总工会、株洲市妇女联合会共同举办。")
    assert {("株洲市总工会", "organizes", "株洲市2024年职工集体婚礼"),
            ("株洲市妇女联合会", "organizes", "株洲市2024年职工集体婚礼")} <= relations
    _, relations, _ = analyse("株洲市第二届职工健身节开幕。本场招聘会由株洲市总工会主办。")
    assert ("株洲市总工会", "organizes", "株洲市第二届职工健身节") not in relations


def test_a_long_list_of_hosts_referred_back_all_organize_the_event(analyse):
    _, relations, _ = analyse("株洲市第一届职工职业技能大赛开幕。本届大赛由湖南省总工会、湖南省人力资源和社会保障厅、湖南省工业和信息化厅、"
                              "湖南省教育厅、湖南省科学技术厅、湖南省财政厅、湖南省住房和城乡建设厅、湖南省交通运输厅、株洲市总工会、"
                              "株洲市人民政府等12家单位联合主办。")
    assert {("湖南省总工会", "organizes", "株洲市第一届职工职业技能大赛"),
            ("株洲市人民政府", "organizes", "株洲市第一届职工职业技能大赛")} <= relations


def test_a_program_said_to_be_a_measure_of_a_body_is_organized_by_it(analyse):
    _, relations, _ = analyse("“株工大讲堂”是株洲市总工会提升企业工会干部履职能力的一项举措。")
    assert ("株洲市总工会", "organizes", "株工大讲堂") in relations
    _, relations, _ = analyse("“春芽”计划是兰州华联集团有限公司多年来开展的一项公益计划。")
    assert ("兰州华联集团有限公司", "organizes", "春芽") in relations


def test_a_clause_opened_by_with_a_body_has_the_article_s_actor_run_the_program_too(analyse):
    _, relations, _ = analyse("株洲市总工会高度重视职工培训。与市人社局联合开展“技能提升月”活动。")
    assert ("株洲市总工会", "organizes", "技能提升月") in relations
    assert ("株洲市人力资源和社会保障局", "organizes", "技能提升月") in relations
    _, relations, _ = analyse("株洲市总工会高度重视职工培训。职工积极参与市人社局开展的“技能提升月”活动。")
    assert ("株洲市总工会", "organizes", "技能提升月") not in relations


def test_co_hosts_after_an_ascii_comma_organize_the_event_referred_back(analyse):
    _, relations, _ = analyse("近日,“湘江杯”职工技能竞赛在株洲落幕。此次大赛由湖南省总工会主办,株洲市总工会、市人社局承办。")
    assert ("株洲市总工会", "organizes", "湘江杯") in relations
    assert ("株洲市人力资源和社会保障局", "organizes", "湘江杯") in relations


def test_a_union_heading_the_news_before_a_colon_does_not_run_what_the_union_after_it_runs(analyse):
    _, relations, _ = analyse("天元区总工会:嵩山路街道华星社区联合工会开展“关爱骑手”活动")
    organizers = {subject for subject, predicate, _ in relations if predicate == "organizes"}
    assert organizers == {"株洲市天元区嵩山路街道华星社区联合工会"}
    _, relations, _ = analyse("天元区总工会：开展“关爱骑手”活动")
    assert ("株洲市天元区总工会", "organizes", "关爱骑手") in relations


def test_people_at_a_launch_ceremony_take_part_in_the_program_it_launched(analyse):
    _, relations, _ = analyse("攸县总工会举行“红烛关爱”活动启动仪式，全县“书香攸州”活动也将随之展开。"
                              "县委副书记刘建华致辞，县总工会主席王立新参加启动仪式。")
    taken_part = {(subject, target) for subject, predicate, target in relations if predicate == "participatesIn"}
    assert taken_part == {("刘建华", "红烛关爱"), ("王立新", "红烛关爱")}


def test_a_body_in_a_credit_line_runs_nothing(analyse):
    _, relations, _ = analyse("作者:攸县交通运输局工会\n全县交通重点工程“攸州杯”劳动竞赛启动。")
    assert not [relation for relation in relations if relation[1] == "organizes"]
    _, relations, _ = analyse("攸县总工会\n近日，“书香职工”读书活动启动。")
    assert ("攸县总工会", "organizes", "书香职工") in relations


def test_companies_a_team_inspected_do_not_run_the_reform_it_guided(analyse):
    _, relations, _ = analyse("调研组先后考察了株洲华星建材有限公司、攸县华达食品有限公司等企业，"
                              "就深化产业工人队伍建设改革工作提出了要求。")
    assert not [relation for relation in relations if relation[1] == "organizes"]


def test_the_authors_of_a_document_followed_take_no_part_in_what_others_join(analyse):
    _, relations, _ = analyse("根据《湖南省总工会 湖南省发展和改革委员会关于开展“创新争先”劳动竞赛的实施方案》要求，"
                              "各企业积极参与“创新争先”劳动竞赛。")
    assert not [relation for relation in relations if relation[1] == "participatesIn"]


def test_the_venue_of_an_event_takes_no_part_in_it(analyse):
    _, relations, _ = analyse("株洲市总工会在市委党校举办2024年工会通讯员培训班，各区县通讯员参加培训。")
    assert not [relation for relation in relations if relation[1] == "participatesIn"]
    assert ("株洲市总工会", "organizes", "2024年工会通讯员培训班") in relations


def test_posts_before_a_comma_are_held_by_the_person_named_after_the_next_post(analyse):
    _, relations, _ = analyse("株洲市人大常委会党组成员、副主任,市总工会主席王立新出席。")
    assert ("王立新", "worksFor", "株洲市人大常委会") in relations
    _, relations, _ = analyse("大会选举刘红为株洲华星楼宇工会联合会副主席,华达实业有限公司总经理王立新为经审委主任。")
    assert [target for subject, predicate, target in relations if subject == "王立新" and predicate == "worksFor"] == [
        "华达实业有限公司"]


def test_hosts_of_a_contest_referred_back_organize_the_contest_not_a_quoted_part_of_it(analyse):
    _, relations, _ = analyse("株洲市重点建设项目劳动竞赛启动。竞赛开展“四比四创”。此次竞赛活动由市总工会、市委宣传部联合举办。")
    assert ("株洲市总工会", "organizes", "株洲市重点建设项目劳动竞赛") in relations
    assert ("株洲市总工会", "organizes", "四比四创") not in relations


def test_a_body_whose_requirements_about_a_campaign_are_carried_out_runs_nothing_there(analyse):
    _, relations, _ = analyse("认真落实省总工会关于开展劳动竞赛的要求，株洲市总工会举办2024年株洲市职工技能大赛。")
    organizers = {subject for subject, predicate, _ in relations if predicate == "organizes"}
    assert organizers == {"株洲市总工会"}


def test_the_hosts_of_a_contest_referred_back_host_the_contest_named_far_before(analyse):
    filler = "选手们围绕职工心理健康服务展开激烈角逐，现场气氛热烈，观众踊跃参与互动。" * 14
    _, relations, _ = analyse("湖南省第二届职工心理健康服务职业技能大赛在长沙举行。" + filler
                              + "比赛设有技能实操竞答“一站到底”环节。本次大赛由湖南省总工会、湖南省教育厅联合主办，长沙市总工会承办。")
    assert {("湖南省总工会", "organizes", "湖南省第二届职工心理健康服务职业技能大赛"),
            ("长沙市总工会", "organizes", "湖南省第二届职工心理健康服务职业技能大赛")} <= relations


def test_a_body_whose_relevant_requirements_are_followed_runs_nothing_there(analyse):
    _, relations, _ = analyse("株洲九方公司工会按照湖南省直属企业工会有关要求，大力开展“创先争优”劳动竞赛。")
    assert {subject for subject, predicate, _ in relations if predicate == "organizes"} == {"株洲九方公司工会"}


def test_actors_spoken_of_in_general_leave_a_program_to_no_earlier_union(analyse):
    _, relations, _ = analyse("株洲市总工会召开工作会议。会议要求，各地要举办跨区域劳务招聘会。全省工会大力实施职工数字技能提升行动。")
    assert not [r for r in relations if r[1] == "organizes"]


def test_the_items_a_list_includes_are_run_by_no_earlier_union(analyse):
    _, relations, _ = analyse("株洲市总工会举办职工运动会。据了解，今年的省级赛事共3项，包括机械行业职工职业技能竞赛、"
                              "班组长综合管理技能竞赛。")
    assert not [r for r in relations if r[1] == "organizes" and r[2] != "职工运动会"]


def test_a_union_that_wins_a_prize_at_contests_takes_part_in_them(analyse):
    _, relations, _ = analyse("株洲市总工会获湖南省“匠心杯”第三届职工创业创新大赛优秀组织奖。")
    assert ("株洲市总工会", "participatesIn", "匠心杯") in relations  # the cup names the contest (one program)
    assert not [r for r in relations if r[1] == "organizes"]


def test_the_bodies_whose_program_a_union_carries_out_run_it(analyse):
    _, relations, _ = analyse("株洲市总工会认真贯彻落实市委市政府“三百工程”计划。")
    assert ("中共株洲市委员会", "organizes", "三百工程") in relations
    assert ("株洲市人民政府", "organizes", "三百工程") in relations
    assert ("株洲市总工会", "organizes", "三百工程") not in relations


def test_a_body_s_team_that_wins_a_place_takes_part_in_the_contest(analyse):
    _, relations, _ = analyse("攸县总工会举办“职工杯”气排球比赛。经过激烈角逐，攸县粮食购销有限公司参赛队获得第二名，"
                              "攸县人民医院参赛队荣获第三名。")
    assert {("攸县粮食购销有限公司", "participatesIn", "职工杯"), ("攸县人民医院", "participatesIn", "职工杯")} <= relations


def test_the_issuer_of_a_policy_or_its_decisions_runs_nothing_by_them(analyse):
    entities, relations, _ = analyse("中共中央 国务院关于深化产业工人队伍建设改革的意见\n"
                                     "为全面落实党中央、国务院关于安全生产决策部署，攸县总工会开展“安康杯”竞赛。")
    assert "国务院" in of_type(entities, "Organization")
    assert {r[0] for r in relations if r[1] == "organizes"} == {"攸县总工会"}


def test_bodies_whose_people_another_leads_to_a_program_take_part_in_it(analyse):
    _, relations, _ = analyse("株洲市总工会组织攸县、茶陵县总工会干部开展“法律咨询日”活动。")
    assert {r[0] for r in relations if r[1] == "organizes"} == {"株洲市总工会"}
    assert ("茶陵县总工会", "participatesIn", "法律咨询日") in relations
    assert ("法律咨询日", "locatedIn", "茶陵县") not in relations
    _, relations, _ = analyse("绍兴市总工会组织越城区总工会、绍兴市职工志愿者协会2支队伍开展“文明出行 安全防疫”宣传劝导行动。")
    assert ("绍兴市越城区总工会", "participatesIn", "文明出行 安全防疫") in relations
    assert ("绍兴市越城区总工会", "organizes", "文明出行 安全防疫") not in relations


def test_the_article_s_union_takes_part_where_a_sentence_without_subject_sends_its_people(analyse):
    _, relations, _ = analyse("大足区总工会紧紧围绕中心工作开展帮扶。组织职工参加四川省隆昌市总工会“健康杯”职工长跑活动。")
    assert ("重庆市大足区总工会", "participatesIn", "健康杯") in relations
    assert ("隆昌市总工会", "organizes", "健康杯") in relations


def test_winners_take_part_in_a_quoted_contest_named_before(analyse):
    _, relations, _ = analyse("“2023年梧州市职工技能大赛”圆满结束。在电工项目上，华星公司黄小军获第一名。")
    assert ("黄小军", "participatesIn", "2023年梧州市职工技能大赛") in relations
    assert not [r for r in relations if r[0] == "项目上"]  # (电工项目上: no name after the occupation)


def test_teams_that_each_win_a_place_take_part(analyse):
    _, relations, _ = analyse("鸡西市总工会代表队、鹤岗市总工会代表队分获第三届黑龙江省职工滑雪比赛第一、二名。")
    assert ("鹤岗市总工会", "participatesIn", "第三届黑龙江省职工滑雪比赛") in relations


def test_a_chain_of_posts_opened_by_a_committee_whose_word_the_post_holds(analyse):
    _, relations, _ = analyse("攸县莲塘坳镇党委副书记、莲塘坳镇总工会主席刘明华出席。")
    assert ("刘明华", "worksFor", "中共莲塘坳镇委员会") in relations
    assert ("刘明华", "worksFor", "攸县莲塘坳镇总工会") in relations


def test_a_delegation_going_to_a_place_to_hold_a_program_holds_it_there(analyse):
    _, relations, _ = analyse("株洲市总工会一行到茶陵县开展“送清凉”活动。湘潭市总工会率队到韶山市开展“法律进企业”活动。")
    assert ("送清凉", "locatedIn", "茶陵县") in relations
    assert ("法律进企业", "locatedIn", "韶山市") in relations


def test_a_post_held_part_time_in_a_chain_keeps_the_body_before_it(analyse):
    _, relations, _ = analyse("株洲市人社局副局长、市总工会兼职副主席赵红军出席。")
    assert {("赵红军", "worksFor", "株洲市人力资源和社会保障局"), ("赵红军", "worksFor", "株洲市总工会")} <= relations
    _, relations, _ = analyse("湖南株洲讯 市工商联驻会副主席李文华、株洲市总工会驻会副主席陈晓明出席。")
    assert {("李文华", "worksFor", "株洲市工商业联合会"), ("陈晓明", "worksFor", "株洲市总工会")} <= relations
    entities, _, _ = analyse("北京市通州区人保局参加。")
    assert "北京市通州区人力资源和社会保障局" in of_type(entities, "Organization")


def test_a_body_given_a_program_s_honour_takes_part_in_that_program_only(analyse):
    _, relations, _ = analyse("宏达公司工会被授予“安心行动”活动先进单位称号，电机公司工会被授予“面对面”活动标兵单位荣誉称号。")
    assert {("宏达公司工会", "participatesIn", "安心行动"), ("电机公司工会", "participatesIn", "面对面")} <= relations
    assert not [r for r in relations if r[1] == "organizes"]
    assert ("宏达公司工会", "participatesIn", "面对面") not in relations


def test_the_hosts_of_a_show_referred_back_run_it_and_a_chorus_of_a_year_is_an_event(analyse):
    entities, relations, _ = analyse("株洲市总工会举办“工会送文化”慰问演出。此次演出由株洲市总工会、株洲市文联联合主办。"
                                     "茶陵县总工会举办2024年茶陵县职工大合唱。")
    assert ("株洲市文学艺术界联合会", "organizes", "工会送文化") in relations
    assert ("茶陵县总工会", "organizes", "2024年茶陵县职工大合唱") in relations


def test_a_department_s_head_written_with_its_bu_once(analyse):
    _, relations, _ = analyse("湖南株洲讯 市委常委、组织部长谭建明出席。市总工会宣教部长龙丽华讲话。")
    assert ("谭建明", "worksFor", "中共株洲市委员会组织部") in relations
    assert ("龙丽华", "worksFor", "株洲市总工会宣教部") in relations


def test_a_program_an_agency_of_a_place_runs_is_in_that_place(analyse):
    _, relations, _ = analyse("株洲市人力资源和社会保障局开展“春暖到家”接送活动。")
    assert ("春暖到家", "locatedIn", "株洲市") in relations


def test_a_chain_of_posts_goes_on_past_a_unit_no_rule_names(analyse):
    _, relations, _ = analyse("湖南株洲讯 芦淞区建设街道党工委副书记、办事处主任罗立陪同。市卫健委党委副书记、医务工会主席谭强讲话。")
    assert ("罗立", "worksFor", "芦淞区建设街道党工委") in relations
    assert ("谭强", "worksFor", "株洲市卫生健康委员会") in relations


def test_a_head_of_a_place_works_for_the_one_government_of_that_level_named(analyse):
    _, relations, _ = analyse("湖南株洲讯 攸县人民政府与县总工会召开座谈会，副县长谭海波出席。")
    assert ("谭海波", "worksFor", "攸县人民政府") in relations


def test_the_units_a_body_picks_as_pilots_take_part(analyse):
    _, relations, _ = analyse("株洲市总工会选定株洲港口集团、株洲市第一中学2家单位作为试点，开展“互学互帮”活动。")
    assert ("株洲市总工会", "organizes", "互学互帮") in relations
    assert ("株洲港口集团", "participatesIn", "互学互帮") in relations
    assert ("株洲港口集团", "organizes", "互学互帮") not in relations


def test_bodies_that_win_first_place_in_one_word_take_part_in_the_contest(analyse):
    _, relations, _ = analyse("第二届“湘江杯”职工技能大赛在株洲举行。经过角逐，荷塘区工会勇夺冠军，芦淞区工会夺冠，石峰区工会荣获二等奖。")
    takers = {subject for subject, predicate, obj in relations if predicate == "participatesIn" and obj == "湘江杯"}
    assert takers == {"株洲市荷塘区工会", "株洲市芦淞区工会", "株洲市石峰区工会"}  # the union word as written


def test_a_national_federation_listed_after_a_province_s_is_in_no_place(analyse):
    _, relations, _ = analyse("全国职工书法大赛在长沙闭幕。湖南省总工会、中央和国家机关工会联合会获优秀组织奖。")
    assert not {obj for subject, predicate, obj in relations if subject == "中央和国家机关工会联合会" and predicate == "locatedIn"}


def test_a_body_that_sends_its_staff_to_a_program_takes_part_in_it(analyse):
    _, relations, _ = analyse("“护心行动”走进湘江机械厂，湘潭市第一人民医院选派心内科专家为职工义诊。")
    assert ("湘潭市第一人民医院", "participatesIn", "护心行动") in relations


def test_people_who_announce_a_program_s_start_take_part_in_it(analyse):
    _, relations, _ = analyse("“暖冬同行”返乡专列正式开行。副市长王强宣布专列发车，湘潭市总工会主席李明宣布活动启动。")
    assert {("王强", "participatesIn", "暖冬同行"), ("李明", "participatesIn", "暖冬同行")} <= relations


def test_the_count_of_contestants_is_no_verb_of_taking_part(analyse):
    _, relations, _ = analyse("“湘江杯”职工技能大赛开幕。比赛由县总工会主办，承办单位湘江职业培训中心，参赛人数超百人。经理李明宣布比赛开始。")
    assert ("湘江职业培训中心", "participatesIn", "湘江杯") not in relations
    assert ("李明", "participatesIn", "湘江杯") in relations


def test_a_union_organises_the_edition_of_an_event_it_is_written_to_organise(analyse):
    _, relations, _ = analyse("由成都市青羊区人社局、青羊区总工会组织的第二届“巧手杯”技能大赛在成都举行。")
    assert ("成都市青羊区总工会", "organizes", "巧手杯") in relations
    assert ("成都市青羊区人力资源和社会保障局", "organizes", "巧手杯") in relations


def test_hosts_of_a_year_s_event_named_after_a_campaign_it_follows_run_the_event_only(analyse):
    entities, relations, _ = analyse("为贯彻“暖蜂行动”部署，由福州市总工会主办、鼓楼区工联会承办的2025年快递行业趣味运动会在鼓楼区举行。")
    assert "2025年快递行业趣味运动会" in of_type(entities, "Program")
    assert ("福州市总工会", "organizes", "2025年快递行业趣味运动会") in relations
    assert not any(p == "organizes" and o == "暖蜂行动" for _, p, o in relations)


def test_a_national_union_s_campaign_takes_no_place_from_the_clause_before(analyse):
    _, relations, _ = analyse("上海各区纷纷行动。全国总工会在全国范围内开展“暖冬行动”专项活动。")
    assert ("中华全国总工会", "organizes", "暖冬行动") in relations
    assert not any(s == "暖冬行动" and p == "locatedIn" for s, p, _ in relations)


def test_a_body_that_hosts_an_event_another_runs_organizes_it_too(analyse):
    _, relations, _ = analyse("苏州市疾控中心承办了由苏州市卫健委主办的“防疫技能”竞赛。")
    assert {("苏州市疾控中心", "organizes", "防疫技能"), ("苏州市卫生健康委员会", "organizes", "防疫技能")} <= relations


def test_the_parent_of_the_body_that_runs_a_program_does_not_run_it(analyse):
    _, relations, _ = analyse("北京市朝阳区卫生工会下属垂杨柳医院工会开展“送清凉”活动。")
    assert ("垂杨柳医院工会", "organizes", "送清凉") in relations
    assert ("北京市朝阳区卫生工会", "organizes", "送清凉") not in relations


def test_an_event_that_closes_somewhere_is_located_there(analyse):
    _, relations, _ = analyse("西藏自治区第三届职工技能大赛在拉萨市落下帷幕。")
    assert ("西藏自治区第三届职工技能大赛", "locatedIn", "拉萨市") in relations


def test_the_campaign_a_union_takes_as_its_occasion_is_not_its_own(analyse):
    entities, relations, _ = analyse("三明市总工会以“职工服务提质年”为契机，深入开展普惠服务活动。")
    assert ("Program", "职工服务提质年") in entities
    assert not any(obj == "职工服务提质年" for _, predicate, obj in relations if predicate in ("organizes", "locatedIn"))


def test_a_program_someone_asks_for_is_not_run_by_the_union_named_before(analyse):
    _, relations, _ = analyse("昭通市总工会召开座谈会。与会代表建议，要推广“工会+医院”健康服务模式。")
    assert ("昭通市总工会", "organizes", "工会+医院") not in relations


def test_a_company_a_clause_refers_back_to_runs_the_program_not_the_visiting_union(analyse):
    _, relations, _ = analyse("顺义区总工会组织女职工来到北京华信电子科技股份有限公司参观。同时，公司结合当天活动组织开展了“巧手绘春天”活动。")
    assert ("北京华信电子科技股份有限公司", "organizes", "巧手绘春天") in relations
    assert not any(subject.endswith("总工会") and obj == "巧手绘春天" for subject, predicate, obj in relations
                   if predicate == "organizes")


def test_a_place_that_names_a_team_is_not_where_a_campaign_it_joins_is_held(analyse):
    _, relations, _ = analyse("会议希望甘肃蹲点工作组结合正在开展的“工会进万家”调研走访慰问活动，切实为职工办实事。")
    assert not any(subject == "工会进万家" and predicate == "locatedIn" for subject, predicate, _ in relations)


def test_the_maker_of_a_program_before_its_relative_verb_runs_it_not_who_adopts_it(analyse):
    _, relations, _ = analyse("平湖市总工会借鉴嘉兴市总工会打造的“和谐同行”协商机制。长沙市总工会推广宁乡市总工会和宁乡市人社局共同打造的“暖心驿站”模式。")
    assert ("嘉兴市总工会", "organizes", "和谐同行") in relations
    assert ("平湖市总工会", "organizes", "和谐同行") not in relations
    assert {("宁乡市总工会", "organizes", "暖心驿站"), ("宁乡市人力资源和社会保障局", "organizes", "暖心驿站")} <= relations
    assert ("长沙市总工会", "organizes", "暖心驿站") not in relations


def test_each_of_the_quoted_programs_a_union_works_through_is_taken_part_in(analyse):
    _, relations, _ = analyse("青海省总工会借助“春风行动”“就业援助月”等活动开展农民工服务。")
    for program in ("春风行动", "就业援助月"):
        assert ("青海省总工会", "participatesIn", program) in relations
        assert ("青海省总工会", "organizes", program) not in relations


def test_a_federation_s_office_lies_in_the_place_its_own_name_adds(analyse):
    _, relations, _ = analyse("四川省总工会甘孜州办事处参加了慰问活动。")
    assert ("四川省总工会甘孜州办事处", "locatedIn", "甘孜藏族自治州") in relations
    assert ("四川省总工会甘孜州办事处", "locatedIn", "四川省") not in relations


def test_a_post_at_a_federation_s_industry_union_is_the_most_specific(analyse):
    _, relations, _ = analyse("陇南市总工会党组成员、教科文卫体工会主席马丽华出席。")
    assert ("马丽华", "worksFor", "陇南市教科文卫体工会") in relations
    assert ("马丽华", "worksFor", "陇南市总工会") not in relations


def test_bodies_listed_right_before_a_program_run_it_together(analyse):
    _, relations, _ = analyse("安徽省总工会、安徽省立医院“健康送基层”义诊活动启动仪式在阜阳市举行。")
    assert ("安徽省总工会", "organizes", "健康送基层") in relations
    assert ("安徽省立医院", "organizes", "健康送基层") in relations


def test_bodies_that_convene_a_meeting_on_a_program_run_it(analyse):
    _, relations, _ = analyse("兴山县总工会开展送温暖活动。秭归县人民法院与秭归县总工会召开2023年“法院+工会”工作总结会。")
    organizers = {s for s, p, o in relations if p == "organizes" and o == "法院+工会"}
    assert organizers == {"秭归县人民法院", "秭归县总工会"}


def test_a_program_is_placed_where_someone_goes_to_run_it(analyse):
    _, relations, _ = analyse("1月8日，吉林省总工会主席王立新到延吉市部分企业开展送温暖活动。")
    assert ("送温暖", "locatedIn", "延吉市") in relations
    _, relations, _ = analyse("甘谷县总工会组成慰问组，来到县大像山镇花椒种植基地，开展“春风送岗位”走访慰问活动。")
    assert ("春风送岗位", "locatedIn", "大像山镇") in relations


def test_the_venue_of_an_event_referred_back(analyse):
    _, relations, _ = analyse("杭州市总工会启动“春风暖新”服务活动。此次活动在拱墅区武林广场举行。")
    assert ("春风暖新", "locatedIn", "拱墅区") in relations


def test_guests_invited_run_nothing(analyse):
    _, relations, _ = analyse("培训班特邀中央党校和全国总工会文工团的专家进行专题授课，内容涵盖打造“职工微课堂”等。")
    assert not {subject for subject, predicate, obj in relations if predicate == "organizes" and subject.startswith("中华全国总工会")}


def test_a_post_at_a_place_s_own_unit_after_a_federation_s_officer_is_not_the_federation_s(analyse):
    _, relations, _ = analyse("市总工会常务副主席王丽、区党工委副书记赵强陪同检查。")
    assert not any(person == "赵强" and predicate == "worksFor" for person, predicate, _ in relations)


def test_a_county_s_union_takes_part_in_the_nation_s_workforce_reform_a_province_s_leads_it(analyse):
    _, relations, _ = analyse("琼中县总工会深入推进产业工人队伍建设改革。海南省总工会深入推进产业工人队伍建设改革。")
    assert ("琼中黎族苗族自治县总工会", "participatesIn", "产业工人队伍建设改革") in relations
    assert ("琼中黎族苗族自治县总工会", "organizes", "产业工人队伍建设改革") not in relations
    assert ("海南省总工会", "organizes", "产业工人队伍建设改革") in relations
    assert ("产业工人队伍建设改革", "locatedIn", "琼中黎族苗族自治县") not in relations  # (the province's, not the county's)
    _, relations, _ = analyse("在琼中县，当地深入推进产业工人队伍建设改革。")
    assert not any(predicate == "locatedIn" for subject, predicate, _ in relations if subject == "产业工人队伍建设改革")


def test_one_who_urges_others_to_take_part_does_not_take_part(analyse):
    _, relations, _ = analyse("晋中市总工会主席王海涛要求企业积极参与全市“安康杯”竞赛。")
    assert ("王海涛", "participatesIn", "安康杯") not in relations
    _, relations, _ = analyse("晋中市总工会主席王海涛参加全市“安康杯”竞赛。")
    assert ("王海涛", "participatesIn", "安康杯") in relations


def test_an_event_of_its_own_after_a_participation_verb_is_not_the_one_named_before(analyse):
    _, relations, _ = analyse("昆山市总工会举办“金秋助学”活动。昆山恒达精密机械有限公司工会组织职工参加消防安全宣传周活动。")
    assert not any(r[1] == "participatesIn" for r in relations)
    _, relations, _ = analyse("昆山市总工会举办“金秋助学”活动。昆山恒达精密机械有限公司工会组织职工参加了此次活动。")
    assert ("昆山恒达精密机械有限公司工会", "participatesIn", "金秋助学") in relations


def test_the_hosts_of_a_lecture_or_training_referred_back(analyse):
    _, relations, _ = analyse("遂宁市“书香润心”职工读书讲堂开讲。本次讲堂由遂宁市总工会主办，船山区总工会承办。")
    assert {("遂宁市总工会", "organizes", "书香润心"), ("遂宁市船山区总工会", "organizes", "书香润心")} <= relations
    _, relations, _ = analyse("遂宁市总工会举办第三期工会干部培训班。射洪市总工会主席李明远参加了本次培训。")
    assert ("李明远", "participatesIn", "第三期工会干部培训班") in relations


def test_a_body_whose_directive_is_followed_is_not_the_actor_a_later_program_is_guessed_for(analyse):
    _, relations, _ = analyse("1月4日,自治区工会第十次代表大会在乌鲁木齐闭幕。会议选举产生了自治区总工会第十届委员会,张建国当选主席。"
                              "会议强调,全区各级工会组织要把自治区党委和中华全国总工会的部署要求贯彻落实到位。"
                              "要服务大局勇担当,广泛开展建功立业活动,深入推进“天山工匠”培育行动。")
    assert ("中华全国总工会", "organizes", "天山工匠") not in relations
    assert ("新疆维吾尔自治区总工会", "organizes", "天山工匠") in relations


def test_a_union_that_organised_and_planned_an_event(analyse):
    _, relations, _ = analyse("由旌德县总工会组织策划的“青春有约 情定旌德”单身职工联谊活动举行。")
    assert ("旌德县总工会", "organizes", "青春有约 情定旌德") in relations


def test_a_body_that_speaks_at_the_event_takes_part_in_it(analyse):
    _, relations, _ = analyse("松原市总工会举办“墨香润职工”读书分享会。松原市宁江区总工会也在活动中作了交流发言。")
    assert ("松原市宁江区总工会", "participatesIn", "墨香润职工") in relations


def test_every_co_host_of_a_long_list_organizes_the_event(analyse):
    _, relations, _ = analyse("2024年莲都区“活力莲都”职工运动会开幕。本次运动会由丽水市莲都区总工会主办，丽水市莲都区文化和广电旅游体育局、"
                              "丽水市莲都区实验小学、浙江瓯江体育投资管理有限公司协办。")
    organizers = {r[0] for r in relations if r[1] == "organizes"}
    assert {"丽水市莲都区总工会", "浙江瓯江体育投资管理有限公司"} <= organizers


def test_who_thanks_a_body_for_its_program_does_not_run_it(analyse):
    _, relations, _ = analyse("近日，某市实验小学工会主席将锦旗送到宜宾市总工会，感谢市总工会组织开展的“职工大病关爱”项目。"
                              "来访者是某县第二中学的教师，他对宜宾市人社局组织的“技能进车间”活动表示感谢。")
    assert ("宜宾市总工会", "organizes", "职工大病关爱") in relations
    assert not any(predicate == "organizes" and subject.endswith(("小学工会", "小学")) for subject, predicate, _ in relations)
    assert ("宜宾市人力资源和社会保障局", "organizes", "技能进车间") in relations
    assert not any(predicate == "organizes" and subject.endswith("中学") for subject, predicate, _ in relations)


def test_a_body_whose_officer_speaks_of_a_deed_does_not_run_it_there(analyse):
    _, relations, _ = analyse("宣城市总工会经济工作部负责人在会上指出，举办“安康杯”竞赛要突出重点。")
    assert ("宣城市总工会经济工作部", "organizes", "安康杯") not in relations


def test_the_school_where_an_event_was_held_does_not_run_it(analyse):
    _, relations, _ = analyse("在9月20日修武县城关镇北关小学举办的“小小工匠”体验活动中，修武县总工会组织劳模示范技艺。"
                              "近日，在吉林省长春市南关区总工会举办的“书香南关”职工阅读活动中，职工们分享了读书心得。")
    assert not any(subject.endswith("小学") and predicate == "organizes" for subject, predicate, _ in relations)
    assert ("长春市南关区总工会", "organizes", "书香南关") in relations


def test_winners_of_an_essay_contest_named_before_take_part_in_it(analyse):
    _, relations, _ = analyse("在第二届“书香巾帼”读书征文活动中，南宁市总工会女职工委员会积极组织。南宁糖业集团有限公司黄丽萍获一等奖，横州市总工会获优秀组织奖。")
    assert {("黄丽萍", "participatesIn", "书香巾帼"), ("横州市总工会", "participatesIn", "书香巾帼")} <= relations


def test_the_body_a_clause_after_a_program_says_it_is_a_measure_of_runs_it(analyse):
    _, relations, _ = analyse("日照市“金秋助学”爱心捐赠启动仪式正式举行，这是日照市总工会帮扶困难职工的重要举措。"
                              "日照市第三届职工篮球赛开幕，此次比赛是市总工会丰富职工生活的重要一环。")
    assert {("日照市总工会", "organizes", "金秋助学"), ("日照市总工会", "organizes", "日照市第三届职工篮球赛")} <= relations


def test_a_chair_after_a_leader_of_two_bodies_holds_the_union_post_only(analyse):
    _, relations, _ = analyse("白城市总工会开展送温暖活动。市人大常委会副主任、市总工会党组书记、主席孙建华，常务副主席吕丽带队慰问。")
    assert ("吕丽", "worksFor", "白城市总工会") in relations
    assert not any(subject == "吕丽" and "人民代表大会" in obj for subject, _, obj in relations)


def test_running_a_train_is_running_the_program_it_carries(analyse):
    _, relations, _ = analyse("兰州市总工会联合市交通运输局、中国铁路兰州局集团有限公司共同开行了“暖心回家路”返乡专列。")
    assert {("兰州市总工会", "organizes", "暖心回家路"), ("兰州市交通运输局", "organizes", "暖心回家路"),
            ("中国铁路兰州局集团有限公司", "organizes", "暖心回家路")} <= relations


def test_a_union_opening_its_event_s_name_after_the_year_runs_it(analyse):
    _, relations, _ = analyse("2024年柳州市工会宣传干部专题培训班在南宁开班。")
    assert ("柳州市总工会", "organizes", "2024年柳州市工会宣传干部专题培训班") in relations


def test_bodies_in_a_purpose_clause_run_nothing(analyse):
    _, relations, _ = analyse("为让劳动者感受到镇党委、镇政府的温暖关怀，长沙县黄花镇总工会开展“情暖劳动者”活动。")
    organizers = {subject for subject, predicate, obj in relations if predicate == "organizes" and obj == "情暖劳动者"}
    assert organizers == {"长沙县黄花镇总工会"}


def test_bodies_at_a_meeting_referred_back_take_part_in_the_meeting_named_before(analyse):
    _, relations, _ = analyse("长沙市总工会召开长沙市快递业集体协商恳谈会。市快递行业工会联合会以及申通、圆通等企业参加了此次会议。"
                              "望城区总工会开展“安康杯”竞赛。望城区交通运输局参加了本次会议。")
    assert any(subject.endswith("快递行业工会联合会") and predicate == "participatesIn" and target.endswith("恳谈会")
               for subject, predicate, target in relations)
    assert not any(predicate == "participatesIn" and target == "安康杯" for _, predicate, target in relations)


def test_a_union_that_speaks_at_an_event_on_its_experience_takes_part_in_it(analyse):
    _, relations, _ = analyse("眉山市总工会在2024年全国职工文艺工作专题培训班上作经验交流。")
    assert ("眉山市总工会", "participatesIn", "2024年全国职工文艺工作专题培训班") in relations
    assert not any(predicate == "organizes" for _, predicate, _ in relations)


def test_a_body_that_opens_up_a_program_runs_it(analyse):
    _, relations, _ = analyse("由三明市总工会联合心理咨询机构共同开辟的“心灵课堂”广受欢迎。")
    assert ("三明市总工会", "organizes", "心灵课堂") in relations


def test_the_body_of_an_earlier_clause_with_a_deed_of_its_own_runs_no_later_program(analyse):
    _, relations, _ = analyse("岳麓区总工会开展慰问活动，天心区总工会开展“安康杯”竞赛。")
    assert [(subject, target) for subject, predicate, target in relations if predicate == "organizes"] == [
        ("长沙市天心区总工会", "安康杯")]


def test_a_body_whose_founding_dates_the_clause_runs_nothing(analyse):
    _, relations, _ = analyse("集美区网约配送员联合工会成立后，集美区总工会还推出“工益角”服务。")
    assert [subject for subject, predicate, _ in relations if predicate == "organizes"] == ["厦门市集美区总工会"]


def test_partners_of_an_earlier_clause_s_own_deed_run_no_later_program(analyse):
    _, relations, _ = analyse("青原区总工会联合区法院、区司法局开展了调研，会同区委社会工作部推出了“社会工作部+工会”模式。")
    organizers = {subject for subject, predicate, _ in relations if predicate == "organizes"}
    assert organizers == {"吉安市青原区总工会", "中共吉安市青原区委员会社会工作部"}


def test_those_taking_part_as_a_noun_are_no_verb_of_taking_part(analyse):
    _, relations, _ = analyse("会上，宁远县总工会对在职职工互助保障活动的项目、参与人年龄、缴费标准进行了介绍。")
    assert not any(predicate == "participatesIn" for _, predicate, _ in relations)
    _, relations, _ = analyse("宁远县总工会参与“安康杯”竞赛。")
    assert ("宁远县总工会", "participatesIn", "安康杯") in relations


def test_bodies_listed_with_and_before_a_union_naming_its_event_run_it_too(analyse):
    _, relations, _ = analyse("湖南省总工会及省卫生工会“玫瑰书香”文化比赛启动。")
    assert {("湖南省总工会", "organizes", "玫瑰书香"), ("湖南省卫生工会", "organizes", "玫瑰书香")} <= relations


def test_bodies_joined_as_one_subject_run_the_program_of_their_clause_together(analyse):
    _, relations, _ = analyse("荆门市总工会和博乐市总工会高度重视，扎实推进对口援疆工作。")
    assert {("荆门市总工会", "organizes", "对口援疆"), ("博乐市总工会", "organizes", "对口援疆")} <= relations


def test_each_of_a_run_of_quotes_after_a_union_is_its_own(analyse):
    _, relations, _ = analyse("根据平顶山市总工会“五大行动”“十大实事”和“工会进万家”活动要求，湛河区总工会开展慰问。")
    assert {("平顶山市总工会", "organizes", name) for name in ("五大行动", "十大实事", "工会进万家")} <= relations
    _, relations, _ = analyse("充分利用全总“就业帮扶云”平台、“齐鲁工惠”就业服务平台开展招聘。")
    assert ("中华全国总工会", "organizes", "齐鲁工惠") not in relations


def test_joining_a_study_visit_is_taking_part_in_no_program_named_before(analyse):
    _, relations, _ = analyse("汉阴县总工会深入推进“县级工会加强年”专项工作。市总工会副主席王晓春陪同参加调研活动。")
    assert not any(predicate == "participatesIn" for _, predicate, _ in relations)
    _, relations, _ = analyse("郑州市总工会开展“送清凉”慰问活动。工会主任张利君陪同参加慰问活动。")
    assert ("张利君", "participatesIn", "送清凉") in relations


def test_visiting_an_exhibition_hall_is_taking_part_in_nothing(analyse):
    _, relations, _ = analyse("宁远县总工会一行先后实地参观了集团展厅，调研产业工人队伍建设改革工作。")
    assert not any(predicate == "participatesIn" for _, predicate, _ in relations)


def test_a_community_written_after_a_street_the_gazetteer_lacks_lies_in_that_street(analyse):
    _, relations, _ = analyse("鄂州市鄂城区鼓楼街道四眼井社区开展活动。")
    assert ("四眼井社区", "partOf", "鼓楼街道") in relations
    assert ("四眼井社区", "partOf", "鄂城区") not in relations


def test_a_class_opened_or_closed_in_a_place_is_held_there(analyse):
    _, relations, _ = analyse("“童心暑假”托管班在江北区正式开班，“小小工匠”夏令营在大渡口区结营。")
    placed = {(subject, obj) for subject, predicate, obj in relations if predicate == "locatedIn"}
    assert placed == {("童心暑假", "江北区"), ("小小工匠", "大渡口区")}  # each in the place of its own clause


def test_bodies_whose_directive_is_followed_run_nothing_with_an_unnamed_body_listed_last(analyse):
    _, relations, _ = analyse("莱阳市总工会贯彻落实市委、市政府和上级工会的工作部署，开展“暖心回家路”活动。")
    organizers = {subject for subject, predicate, obj in relations if predicate == "organizes"}
    assert organizers == {"莱阳市总工会"}


def test_a_body_that_helps_carry_out_another_s_program_takes_part_in_it(analyse):
    _, relations, _ = analyse("茂名市总工会积极助力实施“乡村振兴工程”。")
    assert ("茂名市总工会", "participatesIn", "乡村振兴工程") in relations
    assert ("茂名市总工会", "organizes", "乡村振兴工程") not in relations


def test_the_host_named_before_an_executing_company_runs_the_event(analyse):
    _, relations, _ = analyse("近日，由株洲市总工会主办、华星文化传播有限公司执行的“书香职工”读书活动在荷塘区启动。")
    assert ("株洲市总工会", "organizes", "书香职工") in relations


def test_the_speakers_at_the_program_just_named_take_part_in_it(analyse):
    _, relations, _ = analyse("近日，南平市总工会开展“劳模工匠进校园”活动。全国劳动模范张建国、省劳动模范李秀英分别进行了宣讲。")
    assert {("张建国", "participatesIn", "劳模工匠进校园"), ("李秀英", "participatesIn", "劳模工匠进校园")} <= relations
    _, relations, _ = analyse("近日，三明市总工会举办“工匠大讲堂”。省五一劳动奖章获得者王志强受邀作主题报告。")
    assert ("王志强", "participatesIn", "工匠大讲堂") in relations


def test_a_company_right_before_its_event_runs_it(analyse):
    _, relations, _ = analyse("厦门港务控股集团第十届职工技能大赛近日开赛。")
    assert ("厦门港务控股集团", "organizes", "厦门港务控股集团第十届职工技能大赛") in relations
    _, relations, _ = analyse("泉州港口集团“安全杯”劳动竞赛启动。")
    assert ("泉州港口集团", "organizes", "安全杯") in relations


def test_a_program_listed_among_what_is_explained_has_no_organizer_in_the_explainer(analyse):
    _, relations, _ = analyse("昭化区总工会工作人员向女职工讲解了帮扶政策、职工互助保障计划等内容。")
    assert not [r for r in relations if r[1] == "organizes"]


def test_a_program_in_the_purpose_a_sentence_opens_with_is_not_the_event_attended(analyse):
    _, relations, _ = analyse("为不断夯实基层工会基础，推动“三个一”机制落地落实，金坛区总工会组织开展交流活动。"
                              "儒林镇工会联合会负责人参加活动。")
    assert not [r for r in relations if r[1] == "participatesIn"]


def test_the_hosts_of_an_invitational_referred_back_run_it(analyse):
    _, relations, _ = analyse("当阳市第三届职工羽毛球邀请赛在市体育馆开赛。本次邀请赛由当阳市总工会、市教育局联合主办。")
    assert {("当阳市总工会", "organizes", "当阳市第三届职工羽毛球邀请赛"),
            ("当阳市教育局", "organizes", "当阳市第三届职工羽毛球邀请赛")} <= relations


def test_the_hosts_after_a_comma_and_shi_run_the_event_referred_back(analyse):
    _, relations, _ = analyse("枣阳市第二届职工乒乓球比赛开赛。本次乒乓球比赛，是由枣阳市总工会和枣阳市体育局联合主办。")
    assert {("枣阳市总工会", "organizes", "枣阳市第二届职工乒乓球比赛"),
            ("枣阳市体育局", "organizes", "枣阳市第二届职工乒乓球比赛")} <= relations


def test_a_sponsor_takes_part_in_the_event_and_the_hosts_before_it_do_not(analyse):
    _, relations, _ = analyse("晋城市第五届职工篮球赛开幕。比赛由晋城市总工会主办，晋城日报社协办，山西太行酒业有限公司冠名赞助。")
    assert ("山西太行酒业有限公司", "participatesIn", "晋城市第五届职工篮球赛") in relations
    assert ("晋城市总工会", "participatesIn", "晋城市第五届职工篮球赛") not in relations


def test_the_federations_of_every_county_run_what_they_hold_not_the_city_named_before(analyse):
    for text in ("营口市总工会召开会议。各县区总工会组织了“送清凉”宣传车队。",
                 "营口市总工会召开会议。各县（市）区总工会开展了“送清凉”活动。"):
        _, relations, _ = analyse(text)
        assert not [r for r in relations if r[1] == "organizes"]


def test_the_bodies_whose_directive_is_followed_with_an_adverb_run_nothing(analyse):
    _, relations, _ = analyse("为全面贯彻落实桂林市委、市政府乡村振兴推进会精神，桂林市七星区总工会决定举办“农技杯”劳动竞赛。")
    assert {subject for subject, predicate, _ in relations if predicate == "organizes"} == {"桂林市七星区总工会"}


def test_a_program_asked_for_in_the_next_sentence_gets_no_guessed_organizer(analyse):
    _, relations, _ = analyse("梧州市总工会常务副主席张明宣布竞赛启动。他希望，各参建单位广泛开展“铁军杯”劳动竞赛。")
    assert not [r for r in relations if r[1] == "organizes"]


def test_a_program_an_event_is_aimed_at_is_not_run_by_its_hosts(analyse):
    _, relations, _ = analyse("钦州市第三届职工技能大赛开幕。本次竞赛由钦州市总工会、钦州市交通运输局联合主办，旨在深入推进产业工人队伍建设改革。")
    organized = {program for _, predicate, program in relations if predicate == "organizes"}
    assert organized == {"钦州市第三届职工技能大赛"}


def test_bodies_that_join_the_contest_just_named_to_compete_take_part_in_it(analyse):
    _, relations, _ = analyse("衢州市第三届电力职工技能竞赛开幕。龙游县供电公司、江山市供电公司等5支队伍30名选手参与角逐。")
    assert {("龙游县供电公司", "participatesIn", "衢州市第三届电力职工技能竞赛"),
            ("江山市供电公司", "participatesIn", "衢州市第三届电力职工技能竞赛")} <= relations


def test_the_bodies_whose_call_is_answered_run_nothing(analyse):
    _, relations, _ = analyse("为响应区委、区政府和市总工会关心关爱职工的号召，永川区总工会开展“金秋助学”活动。")
    assert {subject for subject, predicate, _ in relations if predicate == "organizes"} == {"重庆市永川区总工会"}


def test_the_issuers_of_a_commendation_take_no_part_in_the_contest(analyse):
    _, relations, _ = analyse("“安康杯”竞赛总结表彰会召开。在中华全国总工会、应急管理部下发的《关于表彰“安康杯”竞赛优胜单位的决定》中，"
                              "华宇集团有3家单位荣获表彰。")
    assert {subject for subject, predicate, _ in relations if predicate == "participatesIn"} == {"华宇集团"}


def test_a_person_elected_chair_of_a_union_s_term_committee_works_for_the_union(analyse):
    _, relations, _ = analyse("县委常委李建出席。李建当选县总工会第十届委员会主席。苍溪县总工会召开大会。")
    assert ("李建", "worksFor", "苍溪县总工会") in relations


def test_the_bodies_whose_goals_are_worked_around_run_nothing(analyse):
    _, relations, _ = analyse("大荔县总工会紧紧围绕县委、县政府的发展目标，以开展“送温暖”等主题活动为载体服务职工。")
    assert {subject for subject, predicate, _ in relations if predicate == "organizes"} == {"大荔县总工会"}
