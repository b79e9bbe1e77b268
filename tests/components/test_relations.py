def test_organizer_active_and_passive(analyse):
    _, relations, _ = analyse("柳州市总工会举办“巧手工匠”技能大赛。“金牌调解”活动由柳州市总工会主办。")
    assert ("柳州市总工会", "organizes", "巧手工匠") in relations
    assert ("巧手工匠", "locatedIn", "柳州市") in relations


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
