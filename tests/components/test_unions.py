from tests.helpers import of_type


def test_federation_and_its_abbreviation_are_one_entity(analyse):
    entities, relations, _ = analyse("台山市总工会近日召开会议。台山市总近日发布通知。")
    found = of_type(entities, "UnionBody")
    assert set(found) == {"台山市总工会"}
    assert {"台山市总", "台山市总工会"} <= found["台山市总工会"].aliases
    assert ("台山市总工会", "locatedIn", "台山市") in relations


def test_national_and_bare_abbreviations(analyse):
    entities, _, _ = analyse("江西省赣州市的工会干部说，市总工会和省总将联合全总开展调研。")
    found = of_type(entities, "UnionBody")
    assert "中华全国总工会" in found
    assert "赣州市总工会" in found and "市总工会" in found["赣州市总工会"].aliases
    assert "江西省总工会" in found and "省总" in found["江西省总工会"].aliases


def test_no_false_hits_on_words_with_zong(analyse):
    entities, _, _ = analyse("全市总量增长，公司总经理和北京市总体规划。")
    assert of_type(entities, "UnionBody") == {}


def test_collective_reference_is_the_province_federation(analyse):
    entities, _, _ = analyse("近年来，甘肃工会不断加强阵地建设。")
    assert "甘肃工会" in of_type(entities, "UnionBody")["甘肃省总工会"].aliases


def test_departments_and_institutions(analyse):
    entities, relations, _ = analyse("天津市总工会组织部和天津市工会干部学院联合举办培训。")
    found = of_type(entities, "UnionBody")
    assert {"天津市总工会组织部", "天津市工会干部学院"} <= set(found)
    assert ("天津市总工会组织部", "subOrganizationOf", "天津市总工会") in relations


def test_enterprise_union(analyse):
    entities, _, _ = analyse("昨天，中铁十局建筑公司工会走访一线职工。")
    assert "中铁十局建筑公司工会" in of_type(entities, "UnionBody")


def test_local_federation_sits_under_the_next_higher_one(analyse):
    _, relations, _ = analyse("四川省总工会和绵阳市总工会共同调研。")
    assert ("绵阳市总工会", "subOrganizationOf", "四川省总工会") in relations


def test_departments_listed_after_one_belong_to_the_same_union(analyse):
    entities, relations, _ = analyse("由天津市总工会宣教部、职工服务中心主办。")
    assert "天津市总工会职工服务中心" in of_type(entities, "UnionBody")
    assert ("天津市总工会职工服务中心", "subOrganizationOf", "天津市总工会") in relations


def test_workers_cultural_palace_is_a_union_institution(analyse):
    entities, _, _ = analyse("活动在绵阳市工人文化宫举行。")
    assert "绵阳市工人文化宫" in of_type(entities, "UnionBody")


def test_coordinated_places_before_one_federation(analyse):
    entities, _, _ = analyse("遵义市、铜仁市和毕节市总工会联合发文。")
    assert {"遵义市总工会", "铜仁市总工会", "毕节市总工会"} <= set(of_type(entities, "UnionBody"))
