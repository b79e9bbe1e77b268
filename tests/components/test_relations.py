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
