from kg.components.base import mentions
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


def test_no_link_across_a_level_the_article_does_not_name(analyse):
    _, relations, _ = analyse("四川省总工会和金牛区总工会共同调研。")  # 成都市总工会 is not named
    assert not any(predicate == "subOrganizationOf" for _, predicate, _ in relations)


def test_departments_listed_after_one_belong_to_the_same_union(analyse):
    entities, relations, _ = analyse("由天津市总工会宣教部、职工服务中心主办。")
    assert "天津市总工会职工服务中心" in of_type(entities, "UnionBody")
    assert ("天津市总工会职工服务中心", "subOrganizationOf", "天津市总工会") in relations


def test_workers_cultural_palace_is_a_union_institution(analyse):
    entities, _, _ = analyse("活动在绵阳市工人文化宫举行。")
    assert "绵阳市工人文化宫" in of_type(entities, "UnionBody")
    entities, _, _ = analyse("重庆市总工会主办、市劳动人民文化宫承办摄影展。")
    assert "重庆市劳动人民文化宫" in of_type(entities, "UnionBody")


def test_coordinated_places_before_one_federation(analyse):
    entities, _, _ = analyse("遵义市、铜仁市和毕节市总工会联合发文。")
    assert {"遵义市总工会", "铜仁市总工会", "毕节市总工会"} <= set(of_type(entities, "UnionBody"))


def test_list_of_places_before_one_union_head(analyse):
    entities, relations, _ = analyse("会后，遵义市、铜仁市等市州总工会相继召开推进会。")
    found = of_type(entities, "UnionBody")
    assert {"遵义市总工会", "铜仁市总工会"} <= set(found)
    assert ("铜仁市总工会", "locatedIn", "铜仁市") in relations


def test_bare_form_stands_for_the_federation_the_article_names(analyse):
    entities, _, _ = analyse("浙江省嘉兴市海宁市总工会近日召开会议。市总要求各镇街工会做好服务。")
    found = of_type(entities, "UnionBody")
    assert "市总" in found["海宁市总工会"].aliases
    assert "嘉兴市总工会" not in found


def test_a_bare_district_federation_after_an_autonomous_region_s_is_that_region_s(analyse):
    entities, _, _ = analyse("近日，新疆维吾尔自治区总工会调研组到哈密市伊州区调研。区总一行先后走访了多家企业。")
    found = of_type(entities, "UnionBody")
    assert "区总" in found["新疆维吾尔自治区总工会"].aliases
    assert "哈密市伊州区总工会" not in found


def test_places_listed_before_one_federation_word_each_have_their_federation(analyse):
    entities, relations, _ = analyse("云南省总工会召开会议。昆明、玉溪、丽江等州(市)总工会参加。")
    assert {"昆明市总工会", "玉溪市总工会", "丽江市总工会"} <= set(of_type(entities, "UnionBody"))
    assert ("丽江市总工会", "subOrganizationOf", "云南省总工会") in relations
    entities, _, _ = analyse("湖南省总工会表彰衡阳、湘潭、岳阳等3个市州总工会。")
    assert {"衡阳市总工会", "湘潭市总工会", "岳阳市总工会"} <= set(of_type(entities, "UnionBody"))


def test_a_joint_union_is_named_by_the_members_written_before_it(analyse):
    entities, _, _ = analyse("饿了么(长沙)外卖配送联合工会和长沙公路港货运联合工会成立。各地积极推进建立联合工会。")
    assert set(of_type(entities, "UnionBody")) == {"饿了么(长沙)外卖配送联合工会", "长沙公路港货运联合工会"}
    entities, _, _ = analyse("长沙县总工会领导向联合工会授牌。")
    assert set(of_type(entities, "UnionBody")) == {"长沙县总工会"}


def test_a_township_s_union_opening_a_clause_without_its_name_is_the_township_named_before(analyse):
    entities, relations, _ = analyse("长沙县榔梨街道召开职代会。街道总工会主席刘建华作报告。")
    found = of_type(entities, "UnionBody")
    assert "街道总工会" in found["长沙县榔梨街道总工会"].aliases
    assert ("刘建华", "worksFor", "长沙县榔梨街道总工会") in relations


def test_a_named_union_s_staff_do_not_hide_the_union(analyse):
    entities, _, _ = analyse("华星集团工会工作人员为职工送上慰问品，各单位做好工会工作。")
    assert set(of_type(entities, "UnionBody")) == {"华星集团工会"}


def test_a_union_s_committee_written_alone_before_its_meeting_or_head_is_the_nearest_federation_s(analyse):
    entities, relations, _ = analyse("长沙市总工会召开女职工委员会全体会议。全国总工会党组成员、经费审查委员会主任刘建华出席。")
    found = of_type(entities, "UnionBody")
    assert {"长沙市总工会女职工委员会", "中华全国总工会经费审查委员会"} <= set(found)
    assert ("长沙市总工会女职工委员会", "subOrganizationOf", "长沙市总工会") in relations
    assert "长沙市总工会经费审查委员会" not in found


def test_a_federation_s_sanatorium_is_its_unit(analyse):
    entities, relations, _ = analyse("劳模到湖南省总工会工人疗养院疗休养。")
    assert set(of_type(entities, "UnionBody")) == {"湖南省总工会工人疗养院", "湖南省总工会"}
    assert ("湖南省总工会工人疗养院", "subOrganizationOf", "湖南省总工会") in relations


def test_a_joint_grassroots_union_of_a_village_is_a_union_body(analyse):
    entities, relations, _ = analyse("泽州县高都镇保福村联合基层工会正式成立。")
    assert set(of_type(entities, "UnionBody")) == {"泽州县高都镇保福村联合基层工会"}


def test_level_inside_a_word_is_not_a_bare_form(analyse):
    entities, _, _ = analyse("江西省赣州市于都县召开大会，提出要做强县总工会服务阵地。")
    assert "于都县总工会" not in of_type(entities, "UnionBody")


def test_union_system_is_not_a_union(analyse):
    entities, _, _ = analyse("广西壮族自治区河池市天峨县工会系统代表联络站揭牌。")
    assert "天峨县总工会" not in of_type(entities, "UnionBody")


def test_bare_workers_cultural_palace_belongs_to_the_city_federation(analyse):
    entities, relations, _ = analyse("近日，湖南省株洲市总工会在市工人文化宫举办“匠心筑梦”主题活动。")
    assert ("株洲市工人文化宫", "subOrganizationOf", "株洲市总工会") in relations
    assert ("株洲市工人文化宫", "locatedIn", "株洲市") in relations
    assert ("株洲市工人文化宫", "organizes", "匠心筑梦") not in relations
    assert ("株洲市总工会", "organizes", "匠心筑梦") in relations


def test_team_a_union_stations_in_a_village(analyse):
    entities, relations, _ = analyse("四川省总工会驻美姑县洛俄依甘村工作队组织村民开展技能培训。")
    team = "四川省总工会驻美姑县洛俄依甘村工作队"
    assert team in of_type(entities, "UnionBody")
    assert (team, "subOrganizationOf", "四川省总工会") in relations
    assert (team, "locatedIn", "洛俄依甘村") in relations


def test_union_of_an_organisation_referred_back(analyse):
    entities, relations, _ = analyse("国网绍兴供电公司持续深化民主管理。该公司工会定期组织职工代表巡视。")
    assert "国网绍兴供电公司工会" in of_type(entities, "UnionBody")
    assert ("国网绍兴供电公司工会", "locatedIn", "绍兴市") in relations


def test_general_office_of_the_national_federation(analyse):
    entities, relations, _ = analyse("全国总工会办公厅日前印发通知。")
    assert ("中华全国总工会办公厅", "subOrganizationOf", "中华全国总工会") in relations


def test_an_institution_keeps_the_union_word_as_written_and_any_union_s_office_before_its_post(analyse):
    entities, relations, _ = analyse("山西省总工会干部学校举办培训班，黑龙江省工会干部学院承办。丽水市教育工会办公室副主任张三出席。")
    found = set(of_type(entities, "UnionBody"))
    assert {"山西省总工会干部学校", "黑龙江省工会干部学院", "丽水市教育工会办公室"} <= found
    assert ("山西省总工会干部学校", "subOrganizationOf", "山西省总工会") in relations
    assert ("张三", "worksFor", "丽水市教育工会办公室") in relations
    assert ("丽水市教育工会办公室", "subOrganizationOf", "丽水市教育工会") in relations
    entities, _, _ = analyse("吉林省工会干部学院副院长王明介绍。学员参加由吉林省总工会干部学院组织的活动。")
    institutions = [name for name in of_type(entities, "UnionBody") if name.endswith("干部学院")]
    assert len(institutions) == 1  # one institution, however its federation is written


def test_the_staff_union_of_a_federation_and_the_union_of_an_agency_joining_two_fields(analyse):
    entities, relations, _ = analyse("运动员来自湖南省总工会机关工会。大理市自然资源和规划局工会委员会主任王明介绍了情况。")
    unions = set(of_type(entities, "UnionBody"))
    assert {"湖南省总工会机关工会", "大理市自然资源和规划局工会委员会"} <= unions
    assert ("湖南省总工会机关工会", "subOrganizationOf", "湖南省总工会") in relations
    assert ("王明", "worksFor", "大理市自然资源和规划局工会委员会") in relations
    assert not any(name.startswith("规划局") for name in unions)


def test_places_listed_before_one_industry_union_each_have_it(analyse):
    entities, relations, _ = analyse("临沂市、兰山区教育工会负责人出席。")
    assert {"临沂市教育工会", "兰山区教育工会"} <= set(of_type(entities, "UnionBody"))
    assert ("临沂市教育工会", "locatedIn", "临沂市") in relations


def test_bodies_of_a_bare_level_after_的_or_从(analyse):
    entities, relations, _ = analyse("广州市总工会召开座谈会。会上，负责筹办的市园林工会主席李某发言，并从市人大常委会副主任手中接过奖牌。")
    assert "广州市园林工会" in of_type(entities, "UnionBody")
    assert "广州市人民代表大会常务委员会" in of_type(entities, "Organization")
    assert ("广州市园林工会", "subOrganizationOf", "广州市总工会") in relations


def test_a_federation_written_with_its_short_name_and_a_bare_自治区(analyse):
    entities, _, _ = analyse("宁夏自治区总工会一行到银川调研。")
    found = of_type(entities, "UnionBody")
    assert "宁夏回族自治区总工会" in found and "宁夏自治区总工会" in found["宁夏回族自治区总工会"].aliases


def test_the_federation_of_the_central_organs_is_one_union_by_each_of_its_names(analyse):
    entities, relations, _ = analyse("中央和国家机关工会联合会日前举办“书香机关”读书分享会。早年的中央国家机关工会联合会也办过此类活动。")
    found = of_type(entities, "UnionBody")
    assert {"中央和国家机关工会联合会", "中央国家机关工会联合会"} <= set(found)
    assert not any(name.endswith("机关工会") for name in found)
    assert ("中央和国家机关工会联合会", "organizes", "书香机关") in relations


def test_union_of_an_occupation(analyse):
    entities, _, _ = analyse("近日，该街道总工会组建了外卖员工会联合会。")
    assert "外卖员工会联合会" in of_type(entities, "UnionBody")
    assert not any("工会" in name for name in of_type(entities, "Organization"))


def test_company_union_mentioned_again_without_its_name(analyse):
    entities, relations, _ = analyse("中铁十五局集团第三工程有限公司工会开展慰问。公司工会主席赵强带队深入一线。")
    union = "中铁十五局集团第三工程有限公司工会"
    assert "公司工会" in of_type(entities, "UnionBody")[union].aliases
    assert ("赵强", "worksFor", union) in relations


def test_an_adverb_opening_a_word_stays_in_the_name(analyse):
    entities, _, _ = analyse("临夏市总工会在城郊镇成立了新就业形态劳动者工会联合会。")
    assert "新就业形态劳动者工会联合会" in of_type(entities, "UnionBody")


def test_national_industrial_unions_by_their_committees(analyse):
    entities, _, _ = analyse("中国金融工会全国委员会负责同志出席。要走中国特色社会主义工会发展道路。")
    assert set(of_type(entities, "UnionBody")) == {"中国金融工会全国委员会"}
    assert of_type(entities, "Organization") == {}


def test_a_national_union_and_its_committee_of_any_term_are_one_union(analyse):
    entities, _, _ = analyse("中国海员建设工会第五届全国委员会第三次全体会议召开。中国海员建设工会主席李明出席。")
    unions = of_type(entities, "UnionBody")
    assert set(unions) == {"中国海员建设工会全国委员会"}
    assert "中国海员建设工会" in unions["中国海员建设工会全国委员会"].aliases
    assert of_type(entities, "Organization") == {}


def test_a_federation_named_only_later_does_not_claim_a_bare_form(analyse):
    entities, _, _ = analyse("北京市朝阳区总工会开展活动。市总工会今年将投入资金。朝阳区总工会与辽宁省朝阳市总工会签订协议。")
    found = of_type(entities, "UnionBody")
    assert "市总工会" in found["北京市总工会"].aliases


def test_industry_union_federations(analyse):
    entities, relations, _ = analyse("福建省泉州市晋江市鞋服产业工会联合会主席林海峰介绍了经验，驻会产业工会也参加了。")
    union = of_type(entities, "UnionBody")["晋江市鞋服产业工会联合会"]  # a county-level city's own name only
    assert "福建省泉州市晋江市鞋服产业工会联合会" in union.aliases
    assert ("林海峰", "worksFor", "晋江市鞋服产业工会联合会") in relations
    assert len(of_type(entities, "UnionBody")) == 1  # 驻会产业工会 names no one


def test_union_word_kept_as_written_below_the_county_with_the_county_named(analyse):
    entities, _, _ = analyse("近日，温州市鹿城区五马街道工会联合会开展送清凉活动，区总工会到场指导。")
    unions = of_type(entities, "UnionBody")
    assert "温州市鹿城区五马街道工会联合会" in unions
    assert "温州市鹿城区总工会" in unions  # a district's federation carries its prefecture
    assert not any(name.endswith("街道总工会") for name in unions)


def test_district_federation_carries_its_prefecture(analyse):
    entities, _, _ = analyse("鹿城区总工会举办职工篮球赛。")
    union = of_type(entities, "UnionBody")["温州市鹿城区总工会"]
    assert "鹿城区总工会" in union.aliases


def test_a_district_a_province_governs_directly_is_named_alone(analyse):
    entities, _, _ = analyse("神农架林区总工会为一线职工送去清凉。")
    assert set(of_type(entities, "UnionBody")) == {"神农架林区总工会"}
    entities, _, _ = analyse("渝中区总工会为一线职工送去清凉。")
    assert set(of_type(entities, "UnionBody")) == {"重庆市渝中区总工会"}


def test_the_unions_of_a_place_in_a_law_s_title_are_no_union(analyse):
    entities, _, _ = analyse("长沙市总工会举办《湖南省工会劳动法律监督条例》培训班。")
    assert set(of_type(entities, "UnionBody")) == {"长沙市总工会"}
    entities, _, _ = analyse("各级工会学习《长沙市总工会关于加强职工服务的实施办法》。")
    assert set(of_type(entities, "UnionBody")) == {"长沙市总工会"}


def test_facility_named_after_a_union_is_no_union(analyse):
    entities, _, _ = analyse("五马街道工会驿站正式启用，环卫工人可在此休息。")
    assert of_type(entities, "UnionBody") == {}
    entities, _, _ = analyse("列车上配备了长沙工会医院的医护人员。")
    assert of_type(entities, "UnionBody") == {}
    entities, _, _ = analyse("青州美团外卖工会户外劳动者“爱心驿站”正式启用。")
    assert of_type(entities, "UnionBody") == {}
    entities, _, _ = analyse("五马街道工会货车司机之家驿站正式揭牌。")
    assert of_type(entities, "UnionBody") == {}
    entities, _, _ = analyse("慰问组来到文化广场工会户外劳动站点送上清凉。")
    assert of_type(entities, "UnionBody") == {}


def test_a_building_named_after_a_province_s_unions_is_no_union(analyse):
    entities, _, _ = analyse("全省职工书画展在甘肃工会大厦开幕。")
    assert not of_type(entities, "UnionBody")


def test_levels_joined_before_a_facility_name_no_national_union(analyse):
    entities, _, _ = analyse("今年，某县计划建设一批全国和省级最美工会驿站，县总工会负责统筹推进。")
    assert not any(name.startswith("中国") for name in of_type(entities, "UnionBody"))


def test_province_union_system_is_its_federation(analyse):
    entities, _, _ = analyse("甘肃工会持续开展送温暖活动。")
    assert "甘肃省总工会" in of_type(entities, "UnionBody")


def test_industry_union_of_a_province_named_by_its_industry_words(analyse):
    entities, _, _ = analyse("近日，江西省交通建设工会在南昌举办职工技能培训。")
    assert "江西省交通建设工会" in of_type(entities, "UnionBody")
    entities, _, _ = analyse("山西省装备制造和冶金工会、秦皇岛市共开发工会会员三万名。")
    assert set(of_type(entities, "UnionBody")) == {"山西省装备制造和冶金工会"}
    entities, _, _ = analyse("重庆市总工会召开会议，市金融财贸轻工纺织工会承办，成立了市石油和化工行业工会联合会。")
    assert {"重庆市金融财贸轻工纺织工会", "重庆市石油和化工行业工会联合会"} <= set(of_type(entities, "UnionBody"))


def test_industry_union_of_a_group_company_in_a_province_keeps_the_group(analyse):
    entities, relations, _ = analyse("南网云南电力工会组织青年职工开展安全知识竞赛。")
    assert set(of_type(entities, "UnionBody")) == {"南网云南电力工会"}
    assert ("南网云南电力工会", "locatedIn", "云南省") in relations


def test_the_union_of_a_port_named_by_its_city_is_the_port_company_s(analyse):
    entities, _, _ = analyse("连云港港口集团下属的威海港工会开展技能竞赛。香港工会联合会代表参加。")
    assert {"威海港工会", "香港工会联合会"} <= set(of_type(entities, "UnionBody"))
    assert "香港工会" not in of_type(entities, "UnionBody")


def test_a_township_s_joint_union_of_a_trade_ending_in_ye_carries_its_county(analyse):
    entities, _, _ = analyse("苍南县总工会指导成立霞关镇渔业联合工会，霞关镇企业工会参加。")
    assert "苍南县霞关镇渔业联合工会" in of_type(entities, "UnionBody")
    assert not any(name.endswith("镇企业工会") and name.startswith("苍南县") for name in of_type(entities, "UnionBody"))


def test_a_village_joined_to_a_district_s_federation_shares_no_union_word(analyse):
    entities, _, _ = analyse("市总工会走访了咸安区杨堡村和咸安区总工会驻村工作队。潜江市、宜昌市总工会参加。")
    unions = set(of_type(entities, "UnionBody"))
    assert not any(name.endswith("杨堡村总工会") for name in unions)
    assert {"咸宁市咸安区总工会", "潜江市总工会", "宜昌市总工会"} <= unions


def test_the_union_of_a_township_many_counties_share_a_name_with_is_kept_unplaced(analyse):
    entities, relations, _ = analyse("新兴镇工会组织开展“夏送清凉”活动。")
    assert set(of_type(entities, "UnionBody")) == {"新兴镇工会"}
    assert ("新兴镇工会", "organizes", "夏送清凉") in relations


def test_the_union_of_a_trade_named_by_its_vehicle_in_a_county(analyse):
    entities, _, _ = analyse("万宁市出租车工会联合会成立。屯昌县网约车工会、定安县货车工会联合会同日揭牌。")
    assert {"万宁市出租车工会联合会", "屯昌县网约车工会", "定安县货车工会联合会"} <= set(of_type(entities, "UnionBody"))


def test_bare_provincial_federation_of_the_province_the_places_lie_in(analyse):
    entities, _, _ = analyse("省总工会副主席李强一行到延安市宝塔区调研职工服务工作。")
    assert "陕西省总工会" in of_type(entities, "UnionBody")


def test_a_bare_county_federation_is_the_article_s_not_that_of_its_source_line(analyse):
    entities, relations, _ = analyse("宁都县2023年庆“五一”职工拔河比赛圆满落幕\n来源：于都县总工会\n本次活动由县总工会联合县委宣传部主办。")
    assert ("宁都县总工会", "organizes", "宁都县2023年庆五一职工拔河比赛") in relations
    assert not any(name.endswith("人民政府") or name.startswith("于都") for name in of_type(entities, "Organization"))


def test_bare_federation_of_the_division_the_named_places_lie_in(analyse):
    entities, _, _ = analyse("在区总工会的支持下，五角场街道举办服务活动。")
    assert "上海市杨浦区总工会" in of_type(entities, "UnionBody")  # only a street of 杨浦区 is named
    entities, relations, _ = analyse("为落实全总、市总相关要求，和平区南市街道工会开展走访。")
    assert "天津市总工会" in of_type(entities, "UnionBody")  # only a district of the municipality is named
    assert ("天津市总工会", "subOrganizationOf", "中华全国总工会") in relations


def test_a_federation_s_own_committee_elected_is_the_federation_and_the_committees_after_it_its_units(analyse):
    entities, relations, _ = analyse("泰州市总工会召开大会。大会选举产生了新一届市总工会委员会和经费审查委员会。市总工会主席孙明出席。")
    unions = set(of_type(entities, "UnionBody"))
    assert unions == {"泰州市总工会", "泰州市总工会经费审查委员会"}
    assert ("孙明", "worksFor", "泰州市总工会") in relations


def test_elected_organs_and_union_work_are_not_bodies(analyse):
    entities, _, _ = analyse("大会选举产生了开平市总工会第一届委员会。各地推动快递员工会工作取得成效。")
    unions = of_type(entities, "UnionBody")
    assert not any("届" in name for name in unions)
    assert not any("快递员" in name for name in unions)


def test_the_committees_elected_with_a_federation_s_own_are_its_units(analyse):
    entities, relations, _ = analyse("大会选举产生了陇西县总工会第五届委员会、经费审查委员会和女职工委员会。")
    assert {"陇西县总工会经费审查委员会", "陇西县总工会女职工委员会"} <= set(of_type(entities, "UnionBody"))
    assert ("陇西县总工会女职工委员会", "subOrganizationOf", "陇西县总工会") in relations


def test_the_departments_a_federation_sets_up_or_has_are_its_units(analyse):
    entities, relations, _ = analyse("中山市总工会除了设立职工法律服务处、外来工咨询服务部等服务机构，还开通热线。佛山市总工会下设办公室和权益保障部。")
    assert {"中山市总工会职工法律服务处", "中山市总工会外来工咨询服务部", "佛山市总工会办公室", "佛山市总工会权益保障部"} \
        <= set(of_type(entities, "UnionBody"))
    assert ("中山市总工会职工法律服务处", "subOrganizationOf", "中山市总工会") in relations


def test_institution_of_a_district_carries_the_prefecture_and_the_place_as_written(analyse):
    entities, _, _ = analyse("鹿城区工人文化宫举办书画展，内蒙古工匠学院开班。")
    unions = of_type(entities, "UnionBody")
    assert "温州市鹿城区工人文化宫" in unions
    assert "内蒙古工匠学院" in unions
    entities, _, _ = analyse("北京市劳动人民文化宫承办活动。")
    assert "北京市劳动人民文化宫" in of_type(entities, "UnionBody")


def test_a_provinces_workers_movement_college_is_an_institution_of_its_federation(analyse):
    _, relations, _ = analyse("近日，陕西省总工会和省工运学院联合举办工会财务干部培训班。")
    assert ("陕西省工运学院", "subOrganizationOf", "陕西省总工会") in relations


def test_trade_union_named_in_full_once_and_shortly_after(analyse):
    entities, _, _ = analyse("鹿城区网约车行业工会联合会成立。会上，网约车行业工会联合会选举了主席。")
    unions = of_type(entities, "UnionBody")
    assert set(unions) == {"温州市鹿城区网约车行业工会联合会"}
    assert "网约车行业工会联合会" in unions["温州市鹿城区网约车行业工会联合会"].aliases


def test_platform_union_named_by_its_brand(analyse):
    entities, _, _ = analyse("近日，宁都县美团工会举办骑手运动会，饿了么骑手也来参加。")
    assert "宁都县美团工会" in of_type(entities, "UnionBody")
    assert "饿了么" in of_type(entities, "Organization")


def test_industry_union_of_the_article_province_written_with_a_bare_level(analyse):
    entities, _, _ = analyse("近日，省交通建设工会在南昌市举办培训，省总工会领导出席。")
    unions = of_type(entities, "UnionBody")
    assert {"江西省交通建设工会", "江西省总工会"} <= set(unions)


def test_units_of_an_enterprise_union_written_after_it(analyse):
    entities, _, _ = analyse("远航物流有限公司仓储车间工会小组、宁都县交通运输局工会路政服务中心分会获评模范职工小家。")
    unions = of_type(entities, "UnionBody")
    assert {"远航物流有限公司仓储车间工会小组", "宁都县交通运输局工会路政服务中心分会"} <= set(unions)


def test_the_union_of_a_mine_s_work_area(analyse):
    entities, _, _ = analyse("开滦集团东欢坨矿综采区工会开展比赛。钱家营矿二采区工会和唐山矿业公司通风区工会参加。")
    unions = set(of_type(entities, "UnionBody"))
    assert {"开滦集团东欢坨矿综采区工会", "钱家营矿二采区工会", "唐山矿业公司通风区工会"} <= unions


def test_industry_union_and_province_federation_under_their_higher_federations(analyse):
    _, relations, _ = analyse("中华全国总工会和甘肃省总工会慰问职工，甘肃省电力工会承办活动。")
    assert ("甘肃省电力工会", "subOrganizationOf", "甘肃省总工会") in relations
    assert ("甘肃省总工会", "subOrganizationOf", "中华全国总工会") in relations


def test_a_federation_implied_by_its_cities_has_them_under_it(analyse):
    _, relations, _ = analyse("省总工会与兰州市总工会一道慰问一线职工。")
    assert ("兰州市总工会", "subOrganizationOf", "甘肃省总工会") in relations


def test_a_department_opening_with_a_verb_is_a_department_where_a_post_follows(analyse):
    entities, relations, _ = analyse("青州市总工会组织基层部部长李明出席。青州市总工会组织职工参加比赛。")
    unions = set(of_type(entities, "UnionBody"))
    assert unions == {"青州市总工会", "青州市总工会组织基层部"}
    assert ("李明", "worksFor", "青州市总工会组织基层部") in relations
    entities, _, _ = analyse("此次活动青州市总工会共发放中心城区慰问金20万元，也筹集中心户补助。")
    assert set(of_type(entities, "UnionBody")) == {"青州市总工会"}


def test_an_edition_before_a_union_is_no_part_of_its_name(analyse):
    entities, _, _ = analyse("会议宣读了第一届青州市网约车行业工会联合会委员名单。")
    assert set(of_type(entities, "UnionBody")) == {"青州市网约车行业工会联合会"}


def test_a_party_or_government_department_after_a_federation_is_not_its_unit(analyse):
    entities, _, _ = analyse("衡阳市总工会荣获市委组织部表彰。耒阳市总工会获评市政府办公室通报表扬。")
    assert set(of_type(entities, "UnionBody")) == {"衡阳市总工会", "耒阳市总工会"}


def test_the_department_of_a_federation_whose_place_is_not_named_is_its_unit(analyse):
    entities, relations, _ = analyse("市总工会宣传教育部部长刘晓东出席。县总工会组织和网络工作部部长李冬梅参加。")
    assert {"市总工会宣传教育部", "县总工会组织和网络工作部"} <= set(of_type(entities, "UnionBody"))
    assert ("刘晓东", "worksFor", "市总工会宣传教育部") in relations
    assert ("县总工会组织和网络工作部", "subOrganizationOf", "县总工会") in relations
    assert not of_type(entities, "Organization")


def test_a_bare_level_s_union_before_its_congress_is_the_federation(analyse):
    entities, relations, _ = analyse("株洲市总工会召开会议。会议要求学习省工会十八大精神，创新开展“匠心行”活动。")
    assert "湖南省总工会" in of_type(entities, "UnionBody")
    assert ("湖南省总工会", "organizes", "匠心行") not in relations  # whose congress's spirit is studied runs nothing


def test_bare_levels_listed_before_a_place_s_federation_are_those_above_it(analyse):
    entities, relations, _ = analyse("该服务由省、市、雨花区总工会联合推出。")
    assert {"湖南省总工会", "长沙市总工会", "长沙市雨花区总工会"} <= set(of_type(entities, "UnionBody"))
    assert ("长沙市雨花区总工会", "subOrganizationOf", "长沙市总工会") in relations


def test_a_department_joining_two_fields_one_of_them_long_or_of_collective_contracts(analyse):
    entities, relations, _ = analyse("河北省总工会保障和集体合同工作部部长王立新出席。")
    assert "河北省总工会保障和集体合同工作部" in of_type(entities, "UnionBody")
    assert ("王立新", "worksFor", "河北省总工会保障和集体合同工作部") in relations
    _, relations, _ = analyse("湖南省总工会召开会议。省总产业和直属基层工会工作部部长李立华出席。")
    assert ("李立华", "worksFor", "湖南省总工会产业和直属基层工会工作部") in relations


def test_a_place_s_federation_of_its_organs_unions_keeps_its_union_word(analyse):
    entities, _, _ = analyse("呼和浩特市回民区机关工会联合会第二届委员会召开会议。")
    assert set(of_type(entities, "UnionBody")) == {"呼和浩特市回民区机关工会联合会"}


def test_a_department_head_opening_another_word_names_no_department(analyse):
    entities, _, _ = analyse("湖南省总工会召开会议，各地认真落实省总工会部署要求，省总工会权益保障部部长王明出席。")
    assert set(of_type(entities, "UnionBody")) == {"湖南省总工会", "湖南省总工会权益保障部"}


def test_the_union_system_of_a_province_or_prefecture_is_its_federation(analyse):
    entities, _, _ = analyse("2022年黑龙江省工会系统启动帮扶工作，昌吉州工会系统也整合资源。全省工会系统行动。")
    assert set(of_type(entities, "UnionBody")) == {"黑龙江省总工会", "昌吉回族自治州总工会"}
    entities, _, _ = analyse("滨海新区工会系统广泛开展送温暖活动。田林县工会系统人大代表联络站开展活动。")
    assert set(of_type(entities, "UnionBody")) == {"天津市滨海新区总工会"}


def test_the_federation_of_a_place_no_list_names_carries_its_county(analyse):
    entities, relations, _ = analyse("宝安区石岩街道总工会联合黄峰岭工会联合会、石岩南工联会开展活动。各工会联合会参加。")
    unions = set(of_type(entities, "UnionBody"))
    assert {"深圳市宝安区黄峰岭工会联合会", "深圳市宝安区石岩南工会联合会"} <= unions
    assert ("深圳市宝安区黄峰岭工会联合会", "locatedIn", "石岩街道") in relations
    assert not any(name.startswith("各") for name in unions)


def test_an_industry_union_of_the_region_after_a_visit_verb(analyse):
    entities, relations, _ = analyse("西藏自治区总工会慰问团前往自治区农林气象工会。全省机械工会和本市水利工会参加。")
    assert set(of_type(entities, "UnionBody")) == {"西藏自治区总工会", "西藏自治区农林气象工会"}
    assert ("西藏自治区农林气象工会", "subOrganizationOf", "西藏自治区总工会") in relations


def test_a_unit_opening_with_a_verb_is_a_unit_where_its_head_follows(analyse):
    entities, relations, _ = analyse("永宁县总工会帮扶中心负责人席吉兴介绍，驿站早晨开门。")
    assert ("席吉兴", "worksFor", "永宁县总工会帮扶中心") in relations


def test_a_centre_named_by_the_work_it_does_is_a_unit_of_the_federation_before_it(analyse):
    entities, relations, _ = analyse("湖南株洲讯 职工来到市总帮扶中心求助。株洲市工会职工法律援助中心受理案件。"
                                     "市总工会帮扶中心城区站点开放。全市工会围绕中心开展工作。")
    unions = set(of_type(entities, "UnionBody"))
    assert {"株洲市总工会帮扶中心", "株洲市工会职工法律援助中心"} <= unions
    assert ("株洲市工会职工法律援助中心", "subOrganizationOf", "株洲市总工会") in relations
    assert not any(name.endswith(("围绕中心", "帮扶中心城区")) for name in unions)


def test_a_listed_body_of_another_place_is_no_department_of_the_union_before(analyse):
    entities, _, _ = analyse("交流团考察了崇川区总工会法律体检中心、海门区工人文化宫和北京市总工会权益工作部、法律服务中心。")
    unions = set(of_type(entities, "UnionBody"))
    assert {"南通市海门区工人文化宫", "北京市总工会法律服务中心", "南通市崇川区总工会法律体检中心"} <= unions
    assert not any("总工会海门区" in name for name in unions)


def test_places_listed_before_a_count_with_a_bracketed_level_each_have_their_federation(analyse):
    entities, _, _ = analyse("遵义、铜仁等地工会限期整改。")
    assert of_type(entities, "UnionBody") == {}  # the unions there, uncounted: no federation each
    entities, _, _ = analyse("高阳、蠡县、安国三县（市）总工会开展慰问。")
    assert set(of_type(entities, "UnionBody")) == {"高阳县总工会", "蠡县总工会", "安国市总工会"}


def test_places_listed_before_their_count_each_have_their_federation(analyse):
    entities, relations, _ = analyse("近日，湖南醴陵市、攸县、茶陵县三地总工会相继开展“送清凉”活动。")
    found = of_type(entities, "UnionBody")
    assert {"醴陵市总工会", "攸县总工会", "茶陵县总工会"} <= set(found)
    assert ("攸县总工会", "organizes", "送清凉") in relations
    entities, _, _ = analyse("考察组赴南京、镇江、扬州等沿江三市总工会学习。")
    assert {"南京市总工会", "镇江市总工会", "扬州市总工会"} <= set(of_type(entities, "UnionBody"))
    entities, _, _ = analyse("江苏昆山、浙江桐乡两地工会签订合作协议。")
    found = of_type(entities, "UnionBody")
    assert set(found) == {"昆山市总工会", "桐乡市总工会"}  # an item may open with its province
    for sentence in ("落实株洲湘潭两市总工会协议。", "株洲·湘潭两地工会签订协议。"):
        assert set(of_type(analyse(sentence)[0], "UnionBody")) == {"株洲市总工会", "湘潭市总工会"}, sentence
    entities, _, _ = analyse("湖南株洲两地工会签订协议。")  # a city in its province: no two places of one level
    assert "湖南省总工会" not in of_type(entities, "UnionBody")


def test_the_autonomous_region_s_own_federation_and_unions_of_oil_fields_and_railway_units(analyse):
    entities, relations, _ = analyse("广西壮族自治区总工会召开会议。区总工会副主席韦明讲话。")
    assert "区总工会" in of_type(entities, "UnionBody")["广西壮族自治区总工会"].aliases
    assert ("韦明", "worksFor", "广西壮族自治区总工会") in relations
    entities, relations, _ = analyse("广东省深圳市举办活动，区总工会主席出席。")
    assert set(of_type(entities, "UnionBody")) == {"区总工会"}  # some district's, which the text does not tell
    assert not [relation for relation in relations if relation[0] == "区总工会"]
    entities, _, _ = analyse("近日，胜利油田工会和宝鸡车务段工会开展职工技能比武。")
    assert {"胜利油田工会", "宝鸡车务段工会"} <= set(of_type(entities, "UnionBody"))


def test_a_bare_new_area_federation_is_the_new_area_s(analyse):
    entities, _, _ = analyse("天津市滨海新区总工会召开会议。新区总工会主席出席。")
    assert "新区总工会" in of_type(entities, "UnionBody")["天津市滨海新区总工会"].aliases
    entities, _, _ = analyse("某市总工会召开会议，新区总工会主席出席。")
    assert set(of_type(entities, "UnionBody")) == {"新区总工会"}  # a new area's the text does not name; 某市 is none


def test_union_organisations_of_a_kind_of_worker_are_no_union(analyse):
    entities, _, _ = analyse("近年来，货车司机工会组织每年增长。")
    assert of_type(entities, "UnionBody") == {}
    entities, _, _ = analyse("快递员工会组织职工参加培训。华星煤电公司工会组织，精心安排。")
    assert {"快递员工会", "华星煤电公司工会"} <= set(of_type(entities, "UnionBody"))


def test_a_union_committee_is_the_union_named_as_written(analyse):
    entities, relations, _ = analyse("福建省福州市鼓楼区东街街道工会委员会举办活动。东街街道工会还开展慰问。")
    assert set(of_type(entities, "UnionBody")) == {"福州市鼓楼区东街街道工会委员会"}
    assert not {r for r in relations if r[1] == "subOrganizationOf"}
    entities, _, _ = analyse("福建省福州市鼓楼区工会委员会举办活动。")
    assert set(of_type(entities, "UnionBody")) == {"福州市鼓楼区总工会"}


def test_a_trade_union_of_a_place_starts_at_the_place_after_a_verb_or_a_time(analyse):
    entities, _, _ = analyse("这标志着成都市快递行业工会联合会正式成立。今天成都市快递行业工联会召开会议。")
    assert set(of_type(entities, "UnionBody")) == {"成都市快递行业工会联合会"}
    entities, _, _ = analyse("中国有线电视网络有限公司海南分公司工会开展活动。")
    assert set(of_type(entities, "UnionBody")) == {"中国有线电视网络有限公司海南分公司工会"}


def test_a_trade_union_of_a_bare_city_and_a_county_s_system_union(analyse):
    entities, relations, _ = analyse("江苏省淮安市总工会召开会议。市道路运输行业工会联合会成立。")
    assert "淮安市道路运输行业工会联合会" in of_type(entities, "UnionBody")
    assert ("淮安市道路运输行业工会联合会", "locatedIn", "淮安市") in relations
    entities, relations, _ = analyse("江西省万年县教育系统工会开展“送清凉”活动，万年县快递工会也参加了。")
    assert "万年县教育系统工会" in of_type(entities, "UnionBody")
    assert ("万年县教育系统工会", "organizes", "送清凉") in relations


def test_an_enterprise_union_written_short_before_its_full_name_is_one_union(analyse):
    entities, _, _ = analyse("红星矿工会开展活动\n近日，河南华源集团红星矿工会开展“送清凉”活动。")
    found = of_type(entities, "UnionBody")
    assert set(found) == {"河南华源集团红星矿工会"}
    assert "红星矿工会" in found["河南华源集团红星矿工会"].aliases


def test_a_department_joining_two_fields_with_he_where_a_post_follows(analyse):
    entities, relations, _ = analyse("黔东南州总工会宣传教育和网络工作部部长李明出席。")
    assert "黔东南苗族侗族自治州总工会宣传教育和网络工作部" in of_type(entities, "UnionBody")
    assert ("李明", "worksFor", "黔东南苗族侗族自治州总工会宣传教育和网络工作部") in relations


def test_a_trade_union_named_without_a_place_is_the_article_city_s(analyse):
    entities, relations, _ = analyse("宁夏吴忠市总工会开展活动，快递行业工会组织律师为快递员提供咨询。")
    assert "吴忠市快递行业工会" in of_type(entities, "UnionBody")
    assert ("吴忠市快递行业工会", "locatedIn", "吴忠市") in relations


def test_a_department_after_a_federation_written_short(analyse):
    entities, relations, _ = analyse("甘肃省总工会开展文化进万家活动。（省总宣教部）")
    assert "甘肃省总工会宣教部" in of_type(entities, "UnionBody")
    assert ("甘肃省总工会宣教部", "subOrganizationOf", "甘肃省总工会") in relations


def test_a_place_chain_before_a_union_word_is_no_industry(analyse):
    entities, relations, _ = analyse("内蒙古阿拉善盟工会开展送温暖活动。")
    assert set(of_type(entities, "UnionBody")) == {"阿拉善盟总工会"}
    assert ("阿拉善盟总工会", "locatedIn", "阿拉善盟") in relations


def test_a_zone_s_union_work_committee_is_its_union_named_as_written(analyse):
    entities, relations, _ = analyse("南京市总工会指导南京高新技术产业开发区工会工委开展劳动竞赛。")
    assert "南京高新技术产业开发区工会工委" in of_type(entities, "UnionBody")
    assert ("南京高新技术产业开发区工会工委", "subOrganizationOf", "南京市总工会") in relations


def test_a_women_workers_committee_written_short_is_the_union_s_named_before(analyse):
    entities, relations, _ = analyse("甘肃省总工会党组副书记、女职委主任王红出席。会后，女职委负责人介绍情况。")
    assert "甘肃省总工会女职工委员会" in of_type(entities, "UnionBody")
    assert ("王红", "worksFor", "甘肃省总工会女职工委员会") in relations
    assert of_type(entities, "UnionBody")["甘肃省总工会女职工委员会"].mentions == 1  # no union in the second sentence
    _, relations, _ = analyse("国网湖北省电力有限公司工会副主席、女工委主任章丽出席。江西省工业工会三级调研员、女工委主任王芳出席。")
    assert ("章丽", "worksFor", "国网湖北省电力有限公司工会女职工委员会") in relations
    assert ("王芳", "worksFor", "江西省工业工会女职工委员会") in relations
    _, relations, _ = analyse("山西省总工会女职工委主办“会聚良缘”交友活动。")
    assert ("山西省总工会女职工委员会", "organizes", "会聚良缘") in relations


def test_an_audit_committee_written_short_is_the_union_s_named_before(analyse):
    entities, relations, _ = analyse("甘肃省总工会经审会主任王红出席。")
    assert ("王红", "worksFor", "甘肃省总工会经费审查委员会") in relations
    assert ("甘肃省总工会经费审查委员会", "subOrganizationOf", "甘肃省总工会") in relations


def test_bare_prefecture_federations_of_autonomous_prefectures_and_leagues(analyse):
    entities, relations, _ = analyse("延边朝鲜族自治州召开会议，州总工会主席王红讲话。阿拉善盟表彰劳模，盟总工会副主席李强出席。")
    unions = of_type(entities, "UnionBody")
    assert {"延边朝鲜族自治州总工会", "阿拉善盟总工会"} <= set(unions)
    assert ("王红", "worksFor", "延边朝鲜族自治州总工会") in relations


def test_an_autonomous_county_written_with_its_short_name_and_level(analyse):
    entities, relations, _ = analyse("峨山县总工会为环卫工人送清凉。")  # 峨山彝族自治县
    assert "峨山彝族自治县总工会" in of_type(entities, "UnionBody")
    assert ("峨山彝族自治县总工会", "locatedIn", "峨山彝族自治县") in relations


def test_a_joint_union_of_a_trade_or_a_platform_named_as_written(analyse):
    entities, relations, _ = analyse("萍乡市外卖行业联合工会正式成立。县总工会联合工会驿站开展活动。")
    unions = of_type(entities, "UnionBody")
    assert "萍乡市外卖行业联合工会" in unions
    assert ("萍乡市外卖行业联合工会", "locatedIn", "萍乡市") in relations
    assert not any(name.endswith("联合工会") and name != "萍乡市外卖行业联合工会" for name in unions)  # 联合 a verb


def test_the_union_work_committee_of_a_province_s_organs_keeps_its_word(analyse):
    entities, _, _ = analyse("宁夏回族自治区直属机关工会工委举办职工运动会。")
    assert set(of_type(entities, "UnionBody")) == {"宁夏回族自治区直属机关工会工委"}


def test_a_trade_s_union_referred_to_after_its_federation_and_union_work(analyse):
    entities, _, _ = analyse("宿州市快递行业工会联合会成立。会上强调，快递行业工会要发挥作用。")
    assert set(of_type(entities, "UnionBody")) == {"宿州市快递行业工会联合会"}
    entities, _, _ = analyse("铁岭市总工会研究快递行业工会联合会工作。")
    assert set(of_type(entities, "UnionBody")) == {"铁岭市总工会"}  # the work of such federations, no body


def test_a_federation_before_its_staff_or_work_and_the_county_referred_to_as_this_one(analyse):
    entities, _, _ = analyse("临高县总工会工作人员走访企业。推动工会工作高质量发展。")
    assert set(of_type(entities, "UnionBody")) == {"临高县总工会"}
    entities, _, _ = analyse("弋阳县开展劳模宣讲，该县总工会推选了8位劳模。")
    assert "弋阳县总工会" in of_type(entities, "UnionBody")


def test_a_federation_and_an_agency_of_our_own_place_are_the_article_s(analyse):
    entities, _, _ = analyse("孝感市召开座谈会。我市总工会、本市人社局负责人参加，我省总工会派员指导。今年我市农民工会员增长。")
    assert set(of_type(entities, "UnionBody")) == {"孝感市总工会", "湖北省总工会"}
    assert set(of_type(entities, "Organization")) == {"孝感市人力资源和社会保障局"}


def test_a_province_s_coal_mines_union_is_an_industry_s_and_local_mines_name_no_union(analyse):
    entities, relations, _ = analyse("山西省总工会和山西省煤矿工会联合举办竞赛。组建地方煤矿工会组织120个。")
    assert set(of_type(entities, "UnionBody")) == {"山西省总工会", "山西省煤矿工会"}
    assert ("山西省煤矿工会", "subOrganizationOf", "山西省总工会") in relations
    assert not of_type(entities, "Organization")


def test_unions_of_a_kind_of_school_name_none_and_our_school_s_union_is_not_the_visitor_s(analyse):
    entities, relations, _ = analyse("陕西省教育工会举办全省高校工会主席培训班。长期以来三家高校工会合作密切。"
                                     "宁波大学工会一行来访我校，校工会主席周明接待。")
    assert set(of_type(entities, "UnionBody")) == {"陕西省教育工会", "宁波大学工会"}
    assert ("周明", "worksFor", "宁波大学工会") not in relations


def test_a_department_whose_field_word_holds_a_stopping_character(analyse):
    entities, relations, _ = analyse("全国总工会集体合同部部长赵明来到湖州调研。")
    assert ("赵明", "worksFor", "中华全国总工会集体合同部") in relations
    assert ("中华全国总工会集体合同部", "subOrganizationOf", "中华全国总工会") in relations


def test_a_branch_s_union_keeps_its_bank_s_short_name(analyse):
    entities, _, _ = analyse("交行嘉兴分行工会组织职工开展活动。建行湖州分行工会参加。")
    assert set(of_type(entities, "UnionBody")) == {"交行嘉兴分行工会", "建行湖州分行工会"}


def test_some_of_a_level_s_federations_name_none_and_sheng_zong_before_its_deployment(analyse):
    entities, _, _ = analyse("部分区总工会的同志观摩了比赛。邵阳市总工会落实全总、省总部署，省总部门负责人参加。")
    assert set(of_type(entities, "UnionBody")) == {"邵阳市总工会", "中华全国总工会", "湖南省总工会"}
    assert entities[("UnionBody", "湖南省总工会")].aliases == {"省总"}


def test_a_community_union_s_outdoor_workers_point_is_no_union(analyse):
    entities, _, _ = analyse("邵阳市大祥区总工会调研组参观仙人井社区工会户外劳动者站点。")
    assert set(of_type(entities, "UnionBody")) == {"邵阳市大祥区总工会"}


def test_a_national_industrial_union_written_again_without_china(analyse):
    entities, relations, _ = analyse("中国邮电工会副主席孙立出席。邮电工会推出“暖邮”服务。某局邮电工会参加。")
    assert entities[("UnionBody", "中国邮电工会")].aliases >= {"邮电工会"}
    assert ("中国邮电工会", "organizes", "暖邮") in relations


def test_national_industry_unions_numbered_palaces_and_a_federation_s_own_unit(analyse):
    entities, relations, _ = analyse("中国教育工会主席王红出席。中国金融工会某某工作委员会举办比赛。"
                                     "宁波市第二工人文化宫举办展览。宁波市总工会直属工会联合会举办比赛。")
    unions = set(of_type(entities, "UnionBody"))
    assert {"中国教育工会", "中国金融工会某某工作委员会", "宁波市第二工人文化宫", "宁波市总工会直属工会联合会"} <= unions
    assert ("宁波市总工会直属工会联合会", "subOrganizationOf", "宁波市总工会") in relations
    assert ("宁波市第二工人文化宫", "subOrganizationOf", "宁波市总工会") in relations


def test_an_industry_named_by_its_ye_is_a_province_s_industry_union(analyse):
    entities, _, _ = analyse("四川省成都市召开会议，省林业工会主席王红出席。甘肃省建筑业工会成立。")
    assert {"四川省林业工会", "甘肃省建筑业工会"} <= set(of_type(entities, "UnionBody"))


def test_unions_of_new_forms_of_employment_and_of_a_trade_named_by_its_ye(analyse):
    entities, _, _ = analyse("杭州市网约配送员联合工会成立。桐庐县新就业形态工会联合会成立。"
                             "华星港货物运输业工会联合会成立。推动企业工会建设。")
    unions = set(of_type(entities, "UnionBody"))
    assert {"杭州市网约配送员联合工会", "桐庐县新就业形态工会联合会", "华星港货物运输业工会联合会"} <= unions
    assert not any(name.endswith("企业工会") for name in unions)


def test_each_trade_listed_before_a_trade_s_union_has_one_of_its_own(analyse):
    entities, relations, _ = analyse("聊城市家政行业、网约车行业、物流行业工会联合会正式成立。推动快递行业、外卖行业工会联合会建设。")
    unions = set(of_type(entities, "UnionBody"))
    assert {"聊城市家政行业工会联合会", "聊城市网约车行业工会联合会", "聊城市物流行业工会联合会"} <= unions
    assert ("聊城市家政行业工会联合会", "locatedIn", "聊城市") in relations
    assert "聊城市快递行业工会联合会" in unions and not any("推动" in name for name in unions)  # the city's (U37)


def test_trades_listed_before_a_count_or_等_and_one_union_word_each_have_a_union(analyse):
    entities, relations, _ = analyse("今年，榆林市总工会组建了家政、冷链物流和代驾等行业工会联合会。"
                                     "为新成立的靖边县保洁员和护工两个行业联合工会授牌。一〇一团厨师和保安两个行业联合工会成立。")
    unions = set(of_type(entities, "UnionBody"))
    assert {"榆林市家政行业工会联合会", "榆林市冷链物流行业工会联合会", "榆林市代驾行业工会联合会"} <= unions
    assert {"靖边县保洁员行业联合工会", "靖边县护工行业联合工会"} <= unions
    assert ("榆林市代驾行业工会联合会", "locatedIn", "榆林市") in relations
    assert ("靖边县护工行业联合工会", "locatedIn", "靖边县") in relations
    assert not any("团厨师" in name for name in unions)  # a list that starts inside a name is none


def test_trades_listed_right_after_their_place_before_one_union_word_each_have_a_union(analyse):
    entities, relations, _ = analyse("近日，芜湖市镜湖区物业、家政、汽修行业工会同时挂牌。宣州区石油和化工行业工会召开大会。")
    unions = set(of_type(entities, "UnionBody"))
    assert {"芜湖市镜湖区物业行业工会", "芜湖市镜湖区家政行业工会", "芜湖市镜湖区汽修行业工会"} <= unions
    assert ("芜湖市镜湖区家政行业工会", "locatedIn", "镜湖区") in relations
    assert not any(name.endswith("石油行业工会") for name in unions)  # two fields of one trade


def test_a_prefecture_s_union_office_and_a_federation_s_mediation_room(analyse):
    entities, relations, _ = analyse("阿勒泰地区工会办事处开展慰问。红河州工会劳动争议调解室成立。")
    unions = set(of_type(entities, "UnionBody"))
    assert "阿勒泰地区工会办事处" in unions and "阿勒泰地区总工会" not in unions
    assert "红河哈尼族彝族自治州工会劳动争议调解室" in unions
    assert ("红河哈尼族彝族自治州工会劳动争议调解室", "subOrganizationOf", "红河哈尼族彝族自治州总工会") in relations


def test_the_union_of_a_township_s_offices_and_of_schools(analyse):
    entities, relations, _ = analyse("祁东县某某镇总工会成立。湘乡市壶天镇机关工会举办运动会。"
                                     "苍溪县实验中学工会开展活动。要提升园区工会的作用。")
    unions = set(of_type(entities, "UnionBody"))
    assert {"湘乡市壶天镇机关工会", "苍溪县实验中学工会"} <= unions
    assert ("湘乡市壶天镇机关工会", "locatedIn", "壶天镇") in relations
    assert not any("增强" in name for name in unions)


def test_bare_levels_listed_before_a_bare_federation_share_its_word(analyse):
    entities, _, _ = analyse("湖北省武汉市某区召开大会，省、市总工会领导出席。")
    assert {"湖北省总工会", "武汉市总工会"} <= set(of_type(entities, "UnionBody"))


def test_a_post_after_a_federation_is_no_department_and_its_troupe_is_a_unit(analyse):
    entities, relations, _ = analyse("湖北省总工会部长王红出席。四川省总工会文工团演出。")
    unions = set(of_type(entities, "UnionBody"))
    assert unions == {"湖北省总工会", "四川省总工会", "四川省总工会文工团"}
    assert ("四川省总工会文工团", "subOrganizationOf", "四川省总工会") in relations


def test_a_province_joined_by_ji_to_its_city_shares_the_city_s_federation_word(analyse):
    entities, relations, _ = analyse("湖南省暨长沙市总工会开展送温暖活动。")
    assert {"湖南省总工会", "长沙市总工会"} <= set(of_type(entities, "UnionBody"))
    assert ("长沙市总工会", "subOrganizationOf", "湖南省总工会") in relations
    assert ("湖南省总工会", "organizes", "送温暖") in relations


def test_the_unions_of_the_production_and_construction_corps_its_divisions_and_regiments(analyse):
    entities, relations, _ = analyse("兵团总工会开展送温暖活动，第五师总工会和一〇三团工会参加。访问团工会干部。")
    unions = set(of_type(entities, "UnionBody"))
    assert unions == {"新疆生产建设兵团总工会", "第五师总工会", "一〇三团工会"}  # not 访问团
    assert ("新疆生产建设兵团总工会", "organizes", "送温暖") in relations


def test_a_corps_division_s_union_without_its_ordinal_word_or_before_its_work_report(analyse):
    entities, _, _ = analyse("他听取了兵团第七师工会工作汇报，希望兵团七师工会充分发挥作用。")
    assert set(of_type(entities, "UnionBody")) == {"新疆生产建设兵团第七师工会"}
    entities, _, _ = analyse("阿拉尔市总工会、一师工会共同召开座谈会，兵团有关部门参加。")
    assert "第一师工会" in of_type(entities, "UnionBody")
    entities, _, _ = analyse("某县一师工会开展活动。")  # no corps spoken of: no division
    assert "第一师工会" not in of_type(entities, "UnionBody")


def test_a_bare_provincial_federation_is_the_one_of_the_first_place_named_after_it(analyse):
    entities, relations, _ = analyse("省总工会一行赴海口市走访企业，陕西华星公司工会参加。")
    assert "海南省总工会" in of_type(entities, "UnionBody")  # not 陕西, named later inside a company's name
    assert "陕西省总工会" not in of_type(entities, "UnionBody")


def test_a_trade_name_split_by_a_function_character_keeps_its_place(analyse):
    entities, relations, _ = analyse("云南华和药业股份有限公司工会开展活动。走访甘肃丰和科技公司。")
    assert "云南华和药业股份有限公司工会" in of_type(entities, "UnionBody")
    assert {"云南华和药业股份有限公司", "甘肃丰和科技公司"} <= set(of_type(entities, "Organization"))
    assert ("云南华和药业股份有限公司工会", "locatedIn", "云南省") in relations


def test_a_federation_named_bare_before_its_officer_or_in_a_chain_of_posts(analyse):
    entities, relations, _ = analyse("攸县总工会开展活动。县工会主席陈明讲话。")
    assert set(of_type(entities, "UnionBody")) == {"攸县总工会"}
    assert ("陈明", "worksFor", "攸县总工会") in relations
    entities, relations, _ = analyse("茶陵县人大常委会副主任、总工会主席刘东出席。")
    assert ("刘东", "worksFor", "茶陵县总工会") in relations
    entities, relations, _ = analyse("茶陵县人大常委会副主任、工会主席刘东出席。湘华公司总经理、工会主席王刚参加。")
    assert ("刘东", "worksFor", "茶陵县总工会") in relations
    assert set(of_type(entities, "UnionBody")) == {"茶陵县总工会", "湘华公司工会"}  # (the company's is no county's)
    assert ("王刚", "worksFor", "湘华公司工会") in relations
    entities, _, _ = analyse("县工会开展活动。")  # no county named: no federation
    assert of_type(entities, "UnionBody") == {}


def test_places_one_inside_another_before_their_count_of_levels_each_have_their_federation(analyse):
    entities, relations, _ = analyse("湖南省、长沙市、岳麓区三级总工会联合开展活动。")
    assert {"湖南省总工会", "长沙市总工会", "长沙市岳麓区总工会"} <= set(of_type(entities, "UnionBody"))
    assert ("长沙市岳麓区总工会", "subOrganizationOf", "长沙市总工会") in relations


def test_a_county_s_union_of_a_sector_named_by_the_sector_s_word(analyse):
    entities, relations, _ = analyse("宁乡市教育工会和岳麓区医务工会开展活动。")
    assert {"宁乡市教育工会", "岳麓区医务工会"} <= set(of_type(entities, "UnionBody"))
    assert ("宁乡市教育工会", "locatedIn", "宁乡市") in relations


def test_the_union_of_a_bank_s_branch_or_a_company_s_head_office(analyse):
    entities, relations, _ = analyse("中国星海银行湖南分行工会开展活动。华星能源公司本部工会参加。")
    assert {"中国星海银行湖南分行工会", "华星能源公司本部工会"} <= set(of_type(entities, "UnionBody"))
    assert ("中国星海银行湖南分行工会", "locatedIn", "湖南省") in relations


def test_unions_counted_or_spoken_of_are_not_named(analyse):
    entities, _, _ = analyse("某市总工会今年帮助组建9家网约车行业工会。全县建成3个快递行业工会联合会。要持续提升产业工会的作用。")
    assert of_type(entities, "UnionBody") == {}


def test_a_federation_s_petition_office_and_sections_are_its_departments(analyse):
    entities, relations, _ = analyse("恩平市总工会信访室接待职工。恩平市总工会综合业务科承办。恩平市总工会科技创新成果丰硕。")
    assert set(of_type(entities, "UnionBody")) == {"恩平市总工会", "恩平市总工会信访室", "恩平市总工会综合业务科"}
    assert ("恩平市总工会综合业务科", "subOrganizationOf", "恩平市总工会") in relations


def test_a_union_opened_by_a_bare_level_is_the_article_place_s(analyse):
    entities, relations, _ = analyse("宁波市工业工会召开会议。市工业工会主席李明讲话。湖南省总工会表示，省能源集团工会开展竞赛。")
    unions = of_type(entities, "UnionBody")
    assert {"宁波市工业工会", "湖南省能源集团工会"} <= set(unions)
    assert not {"市工业工会", "省能源集团工会"} & set(unions)
    assert ("李明", "worksFor", "宁波市工业工会") in relations


def test_a_national_industry_union_s_work_department(analyse):
    entities, relations, _ = analyse("中国海员建设工会宣传教育工作部部长李明出席。")
    assert "中国海员建设工会宣传教育工作部" in of_type(entities, "UnionBody")
    assert ("中国海员建设工会宣传教育工作部", "subOrganizationOf", "中国海员建设工会") in relations


def test_the_offices_concerned_are_no_department(analyse):
    entities, _, _ = analyse("恩平市总工会召开会议。经市总有关部室审核通过。")
    assert set(of_type(entities, "UnionBody")) == {"恩平市总工会"}


def test_a_place_s_union_after_its_other_name_in_brackets(analyse):
    entities, _, _ = analyse("南宁市五象新区（高新区）总工会开展活动。")
    unions = of_type(entities, "UnionBody")
    assert len(unions) == 1 and next(iter(unions)).endswith("五象新区总工会")


def test_a_township_s_union_without_its_name_after_a_verb_of_joining_is_the_township_named_before(analyse):
    entities, relations, _ = analyse("荔城区黄石镇召开会议。区总工会联合镇总工会开展“健康进万家”活动，同镇总工会副主席林芳交流。")
    unions = set(of_type(entities, "UnionBody"))
    assert unions == {"莆田市荔城区总工会", "莆田市荔城区黄石镇总工会"}  # no far county's 联合镇
    assert "联合镇" not in of_type(entities, "Region")
    assert ("莆田市荔城区黄石镇总工会", "organizes", "健康进万家") in relations
    assert ("林芳", "worksFor", "莆田市荔城区黄石镇总工会") in relations


def test_a_township_s_union_written_without_its_name_after_a_list_separator(analyse):
    entities, relations, _ = analyse("恩平市沙湖镇党委、政府和镇总工会联合开展活动。")
    assert "恩平市沙湖镇总工会" in of_type(entities, "UnionBody")
    assert ("恩平市沙湖镇总工会", "locatedIn", "沙湖镇") in relations


def test_a_union_opened_by_a_bare_prefecture_is_the_article_prefecture_s(analyse):
    entities, _, _ = analyse("昌吉州总工会召开会议。州交通运输局工会委员会开展活动。")
    assert "昌吉回族自治州交通运输局工会委员会" in of_type(entities, "UnionBody")


def test_unions_named_by_their_level_alone_are_unions_of_a_kind(analyse):
    entities, _, _ = analyse("全国总工会指导各省级产业工会开展工作。某市积极组建市级快递物流行业工会联合会。")
    unions = set(of_type(entities, "UnionBody"))
    assert not any(name.startswith("省级") for name in unions)
    assert any(name.endswith("市级快递物流行业工会联合会") for name in unions)


def test_a_bare_federation_after_a_preposition_or_a_pronoun(analyse):
    entities, _, _ = analyse("包头市总工会召开会议，按照自治区总工会的部署开展活动。")
    assert "内蒙古自治区总工会" in of_type(entities, "UnionBody")
    entities, relations, _ = analyse("海东市总工会开展慰问，其中省总工会拨付资金。")
    assert ("海东市总工会", "subOrganizationOf", "青海省总工会") in relations


def test_a_level_word_ending_a_word_opens_no_bare_body(analyse):
    entities, _, _ = analyse("萧山区总工会组织各社区工会联合会开展活动，帮助建强县总工会。")
    assert set(of_type(entities, "UnionBody")) == {"杭州市萧山区总工会"}
    assert not of_type(entities, "Organization")


def test_the_unions_of_industrial_parks_and_business_districts(analyse):
    entities, _, _ = analyse("在平阳县总工会指导下，平阳工业园工会联合会召开会员代表大会，湖滨社区商圈工会参加。")
    assert {"平阳县工业园工会联合会", "平阳县湖滨社区商圈工会"} <= set(of_type(entities, "UnionBody"))
    entities, _, _ = analyse("鹿城区银泰商圈联合工会成立，鹿城区南汇街道金茂中心楼宇工会同时揭牌。")
    assert {"温州市鹿城区银泰商圈联合工会", "温州市鹿城区南汇街道金茂中心楼宇工会"} <= set(of_type(entities, "UnionBody"))


def test_a_national_industry_s_federation_written_with_or_without_its_prefix(analyse):
    entities, _, doc = analyse("中华全国铁路总工会召开会议。全国铁路总工会副主席李红出席。")
    assert set(of_type(entities, "UnionBody")) == {"中华全国铁路总工会"}
    assert len(mentions(doc, "UNION")) == 2


def test_an_industry_s_union_that_organises_is_no_union_organisation(analyse):
    entities, _, _ = analyse("福建省烟草工会组织职工开展健步走活动。福建省各级工会组织的覆盖面扩大。")
    assert set(of_type(entities, "UnionBody")) == {"福建省烟草工会"}
    entities, _, _ = analyse("职工们参加了本溪市教科文卫工会组织的职工书法比赛。")
    assert "本溪市教科文卫工会" in of_type(entities, "UnionBody")  # organised by it
    entities, _, _ = analyse("甘肃省总工会副主席李建国到张掖调研工会服务新就业形态劳动者工作。")
    assert set(of_type(entities, "UnionBody")) == {"甘肃省总工会"}  # where one goes and what one does there


def test_a_committee_of_an_industry_s_union_is_named_once_with_its_union_word(analyse):
    entities, relations, _ = analyse("平阳县教育工会女职工委员会开展活动。")
    assert ("平阳县教育工会女职工委员会", "subOrganizationOf", "平阳县教育工会") in relations


def test_a_law_named_after_the_unions_of_a_place_is_no_union(analyse):
    entities, _, _ = analyse("根据《湖南省工会条例》规定，长沙市总工会指导企业依法建会。")
    assert set(of_type(entities, "UnionBody")) == {"长沙市总工会"}


def test_a_union_s_station_with_a_qualifier_is_a_facility(analyse):
    entities, _, _ = analyse("职工在东湖社区工会智能驿站休息。平阳县总工会暑期爱心托管班开班。")
    assert set(of_type(entities, "UnionBody")) == {"平阳县总工会"}


def test_a_headline_s_conjunction_opens_no_union_s_name(analyse):
    entities, _, _ = analyse("县总工会第一次代表大会暨苍南县快递行业工会联合会揭牌仪式举行。")
    assert "苍南县快递行业工会联合会" in of_type(entities, "UnionBody")


def test_a_department_only_unions_have_written_alone_is_the_federation_s(analyse):
    _, relations, _ = analyse("平阳县总工会召开职工代表大会。会议由权益保障部部长孙立华主持。")
    assert ("平阳县总工会权益保障部", "subOrganizationOf", "平阳县总工会") in relations
    assert ("孙立华", "worksFor", "平阳县总工会权益保障部") in relations
    _, relations, _ = analyse("湖州市总工会副主席王丽，劳动经济部部长陈伟，生产保护部部长李刚出席。")
    assert {("陈伟", "worksFor", "湖州市总工会劳动经济部"), ("李刚", "worksFor", "湖州市总工会生产保护部")} <= relations
    _, relations, _ = analyse("湖州市总工会副主席王丽，组织工作部部长赵强出席。")
    assert ("赵强", "worksFor", "湖州市总工会组织工作部") in relations


def test_a_date_s_year_opens_no_local_federation(analyse):
    entities, _, _ = analyse("天津市河东区总工会总结2014年社区工会联合会工作。")
    assert set(of_type(entities, "UnionBody")) == {"天津市河东区总工会"}


def test_a_bare_zone_s_union_after_a_preposition_or_a_verb(analyse):
    entities, _, _ = analyse("南昌经济技术开发区举办职工运动会，由经开区总工会主办，感谢高新区工会支持。")
    assert {"南昌经济技术开发区总工会", "南昌高新技术产业开发区工会"} <= set(of_type(entities, "UnionBody"))  # (工会 as written)


def test_a_bare_federation_is_the_one_above_the_article_s_union_not_a_place_inside_a_name(analyse):
    entities, _, _ = analyse("平阳县总工会组织劳模赴安徽省工人疗养院疗养。省总工会领导出席。")
    assert set(of_type(entities, "UnionBody")) == {"平阳县总工会", "浙江省总工会"}


def test_bare_levels_listed_after_a_preposition(analyse):
    entities, _, _ = analyse("平阳县总工会开展活动。根据省、市总工会的要求，平阳县总工会开展慰问。全省、市场主体参加。")
    assert set(of_type(entities, "UnionBody")) == {"平阳县总工会", "浙江省总工会", "温州市总工会"}


def test_unions_of_a_kind_of_city_or_level_are_no_union(analyse):
    entities, _, _ = analyse("各州市公司工会积极开展活动。郑州市成立县级、市级行业工会联合会。")
    assert not of_type(entities, "UnionBody")


def test_a_union_s_office_named_before_its_director(analyse):
    entities, relations, _ = analyse("平阳县总工会政研室主任孙立华出席。平阳县总工会活动室开放。")
    assert ("孙立华", "worksFor", "平阳县总工会政研室") in relations
    assert set(of_type(entities, "UnionBody")) == {"平阳县总工会", "平阳县总工会政研室"}


def test_a_bare_industry_union_after_a_copula(analyse):
    entities, _, _ = analyse("平阳县总工会部署工作，二是省烟草工会开展慰问。")
    assert "浙江省烟草工会" in of_type(entities, "UnionBody")


def test_a_union_s_news_outlet_is_no_union(analyse):
    entities, _, _ = analyse("湖南工会网5月8日讯 衡阳市总工会开展活动。据江西工会微信公众号消息，南昌市总工会召开会议。")
    assert set(of_type(entities, "UnionBody")) == {"衡阳市总工会", "南昌市总工会"}


def test_a_committee_written_after_its_term_is_the_federation_s_unit(analyse):
    entities, relations, _ = analyse("长沙市总工会第十二届经费审查委员会第一次会议召开。")
    assert ("长沙市总工会经费审查委员会", "subOrganizationOf", "长沙市总工会") in relations
    entities, _, _ = analyse("长沙市总工会第十二届委员会第三次全体会议召开，传达市总工会十八届三次委员会精神。")
    assert set(of_type(entities, "UnionBody")) == {"长沙市总工会"}


def test_the_union_of_a_company_s_division_and_its_company(analyse):
    entities, _, _ = analyse("株洲华星有限公司发电部工会开展活动，株洲华星股份有限公司超市事业部中心店工会走访职工。")
    assert {"株洲华星有限公司发电部工会", "株洲华星股份有限公司超市事业部中心店工会"} <= set(of_type(entities, "UnionBody"))
    assert {"株洲华星有限公司", "株洲华星股份有限公司"} <= set(of_type(entities, "Organization"))


def test_places_listed_before_a_count_of_their_level_each_have_a_union(analyse):
    entities, _, _ = analyse("阿里地区普兰、噶尔两县工会开展活动。")
    assert {"普兰县总工会", "噶尔县总工会"} <= set(of_type(entities, "UnionBody"))


def test_a_verb_or_a_time_before_a_unit_s_bare_word_names_no_union(analyse):
    entities, _, _ = analyse("他希望所工会继续努力，汇报了上半年所工会工作。长沙水稻研究所工会举办活动。")
    assert set(of_type(entities, "UnionBody")) == {"长沙水稻研究所工会"}


def test_a_district_s_union_of_a_sector_named_by_a_noun_and_the_sector_s_word(analyse):
    entities, _, _ = analyse("长沙市芙蓉区医疗卫生工会开展活动，望城区职工书屋建设工会发放物资。")
    assert "长沙市芙蓉区医疗卫生工会" in of_type(entities, "UnionBody")
    assert not any("书屋" in name for name in of_type(entities, "UnionBody"))


def test_a_county_s_or_district_s_sector_union_written_after_its_bare_level(analyse):
    entities, relations, _ = analyse("四川省平昌县总工会消息。县教育工会主席李开良主持，连云港市区快递行业工会联合会参加。")
    assert ("李开良", "worksFor", "平昌县教育工会") in relations
    assert ("平昌县教育工会", "subOrganizationOf", "平昌县总工会") in relations
    assert not any(name.startswith("平昌县快递") for name in of_type(entities, "UnionBody"))


def test_a_union_going_to_a_project_names_no_department(analyse):
    entities, relations, _ = analyse("株洲市总工会赴华星项目部开展“安全生产月”宣讲。")
    assert set(of_type(entities, "UnionBody")) == {"株洲市总工会"}
    assert ("株洲市总工会", "organizes", "安全生产月") in relations


def test_a_township_s_sector_union_carries_its_county(analyse):
    entities, relations, _ = analyse("湖南省攸县总工会消息。皇图岭镇教育工会举办教职工趣味运动会。")
    assert "攸县皇图岭镇教育工会" in of_type(entities, "UnionBody")
    entities, _, _ = analyse("湖南省攸县皇图岭镇建设工作工会成立。")
    assert not any("建设工作" in name for name in of_type(entities, "UnionBody"))


def test_an_industry_s_union_is_one_however_its_place_is_written(analyse):
    entities, _, _ = analyse("湖南省郴州市总工会消息。郴州教育工会和郴州市教育工会联合举办培训。")
    assert [name for name in of_type(entities, "UnionBody") if name.endswith("教育工会")] == ["郴州市教育工会"]


def test_a_bare_federation_in_a_chain_of_posts_at_bodies_of_a_bare_level(analyse):
    entities, relations, _ = analyse("湖南省总工会召开大会。省人大常委会副主任、总工会主席刘建华出席。")
    assert ("刘建华", "worksFor", "湖南省总工会") in relations
    entities, _, _ = analyse("宁夏回族自治区民政厅联合自治区发改委、人力资源和社会保障厅、总工会举办招聘会。")
    assert "宁夏回族自治区总工会" in of_type(entities, "UnionBody")
    entities, relations, _ = analyse("月城镇总工会赴周庄镇开展活动。镇人大主席、总工会主席殷小红讲话。")
    assert ("殷小红", "worksFor", "江阴市月城镇总工会") in relations


def test_a_way_of_working_or_an_honour_before_gonghui_is_no_industry_s_union(analyse):
    for sentence in ("长沙市智慧工会平台上线运行。", "长沙市优秀工会红娘评选揭晓。", "长沙市数字工会建设取得成效。",
                     "召开长沙市楼宇工会建设推进会。", "长沙市直有关系统工会负责人参加。", "加强与省内外工会的合作。"):
        entities, _, _ = analyse(sentence)
        assert of_type(entities, "UnionBody") == {}, sentence
    entities, _, _ = analyse("长沙市教育工会开展慰问活动。")
    assert set(of_type(entities, "UnionBody")) == {"长沙市教育工会"}


def test_a_township_named_alone_among_many_namesakes_tells_no_city_for_a_bare_level(analyse):
    entities, _, _ = analyse("近日，城东街道举办职工读书分享会，活动由市总工会主办。")
    assert set(of_type(entities, "UnionBody")) == {"市总工会"}  # the article's city, which only its site tells
    entities, _, _ = analyse("晋中市榆次区城东街道举办职工读书分享会，活动由市总工会主办。")
    assert set(of_type(entities, "UnionBody")) == {"晋中市总工会"}


def test_members_of_the_unions_of_a_kind_of_worker_name_no_union(analyse):
    entities, _, _ = analyse("长沙市累计发展新就业形态劳动者工会会员2万人。")
    assert of_type(entities, "UnionBody") == {}
    entities, _, _ = analyse("长沙市快递员工会会员大会召开。")
    assert set(of_type(entities, "UnionBody")) == {"长沙市快递员工会"}
    entities, _, _ = analyse("长沙市总工会持续推进货车司机工会改革。")
    assert set(of_type(entities, "UnionBody")) == {"长沙市总工会"}


def test_a_township_s_union_written_bare_after_a_preposition_or_verb(analyse):
    entities, relations, _ = analyse("长沙县榔梨街道召开工会会员代表大会。刘建华当选为街道总工会主席。")
    assert ("刘建华", "worksFor", "长沙县榔梨街道总工会") in relations
    entities, _, _ = analyse("长沙县榔梨街道召开会议，大会由街道工会主席王红主持。")
    assert "长沙县榔梨街道工会" in of_type(entities, "UnionBody")


def test_a_company_s_union_with_its_brand_in_brackets_between(analyse):
    entities, _, _ = analyse("长沙华星网络科技有限公司（星星出行）联合工会成立。")
    assert set(of_type(entities, "UnionBody")) == {"长沙华星网络科技有限公司联合工会"}
    assert "长沙华星网络科技有限公司" in of_type(entities, "Organization")


def test_a_union_described_within_a_level_is_none_named(analyse):
    entities, _, _ = analyse("湖南省教育工会是省内第一大产业工会。")
    assert set(of_type(entities, "UnionBody")) == {"湖南省教育工会"}


def test_no_department_runs_across_a_post(analyse):
    entities, relations, _ = analyse("长沙市芙蓉区总工会常务副主席陈文科出席活动。")
    assert set(of_type(entities, "UnionBody")) == {"长沙市芙蓉区总工会"}
    assert ("陈文科", "worksFor", "长沙市芙蓉区总工会") in relations


def test_a_bare_provincial_federation_is_never_one_of_the_places_an_exchange_names(analyse):
    entities, _, _ = analyse("台湾职工代表团来到合肥。省总工会副主席刘建华出席。")
    assert set(of_type(entities, "UnionBody")) == {"安徽省总工会"}


def test_a_union_federation_written_in_full_outside_the_national_federation(analyse):
    entities, relations, _ = analyse("澳门工会联合总会代表团来到广州，与广州市总工会座谈。香港工会联合会也派员参加。")
    assert {("UnionBody", "澳门工会联合总会"), ("UnionBody", "香港工会联合会")} <= set(entities)  # their own names
    assert not any(name.endswith("总工会") and name.startswith("澳门") for _, name in entities)
    assert not any(subject.startswith("澳门") and predicate == "subOrganizationOf" for subject, predicate, _ in relations)


def test_a_union_then_tong_and_a_partner_s_department_is_no_department_of_the_union(analyse):
    entities, relations, _ = analyse("长沙市芙蓉区总工会同芙蓉区委宣传部、区文化旅游局共同举办第三届职工书画展。")
    assert set(of_type(entities, "UnionBody")) == {"长沙市芙蓉区总工会"}
    assert ("长沙市芙蓉区总工会", "organizes", "第三届职工书画展") in relations


def test_a_federation_s_institution_named_with_a_city_whose_name_holds_a_stop(analyse):
    entities, relations, _ = analyse("四川省总工会成都工人疗养院开展疗休养。")
    assert ("四川省总工会成都工人疗养院", "subOrganizationOf", "四川省总工会") in relations
    assert ("Organization", "成都工人疗养院") not in entities


def test_an_industry_union_whose_industry_holds_a_level_s_character(analyse):
    entities, relations, _ = analyse("湖南省总工会指导。省住房城乡建设工会开展活动。长沙市市场监管工会成立。")
    assert {"湖南省住房城乡建设工会", "长沙市市场监管工会"} <= set(of_type(entities, "UnionBody"))
    assert ("湖南省住房城乡建设工会", "subOrganizationOf", "湖南省总工会") in relations


def test_unions_of_a_kind_followed_by_their_count_name_none(analyse):
    entities, _, _ = analyse("截至目前，长沙市已建立县级新业态行业工会联合会10个，涵盖新就业形态工会882家。")
    assert not of_type(entities, "UnionBody")


def test_a_federation_s_division_ending_in_chu(analyse):
    entities, relations, _ = analyse("湖南省总工会老干处组织老干部参观。从湖南省总工会处获悉，活动圆满结束。")
    assert ("湖南省总工会老干处", "subOrganizationOf", "湖南省总工会") in relations
    assert set(of_type(entities, "UnionBody")) == {"湖南省总工会", "湖南省总工会老干处"}


def test_a_company_s_union_by_its_trade_name_and_trade(analyse):
    entities, relations, _ = analyse("长沙市总工会指导。长沙华星科技工会委员会成立。")
    assert "长沙华星科技工会委员会" in of_type(entities, "UnionBody")
    assert not any(predicate == "subOrganizationOf" for _, predicate, _ in relations)
    entities, _, _ = analyse("湖南省总工会指导。省机械冶金建材工会开展活动。")
    assert "湖南省机械冶金建材工会" in of_type(entities, "UnionBody")


def test_a_rights_service_point_named_after_a_union_names_no_union(analyse):
    entities, _, _ = analyse("长沙市芙蓉区人力资源市场工会农民工维权咨询站揭牌。")
    assert not of_type(entities, "UnionBody")


def test_the_district_word_of_a_zone_s_head_is_no_bare_level(analyse):
    entities, _, _ = analyse("长沙市芙蓉区电子机械功能区总工会开展活动。")
    assert "长沙市芙蓉区总工会" not in of_type(entities, "UnionBody")


def test_a_department_of_two_fields_joined_by_he_with_its_own_head(analyse):
    _, relations, _ = analyse("湖南省总工会宣教和网络工作部组织开展“送文化”活动。")
    assert ("湖南省总工会宣教和网络工作部", "subOrganizationOf", "湖南省总工会") in relations


def test_a_bare_federation_read_again_is_the_same_where_none_is_named_between(analyse):
    entities, _, _ = analyse("株洲市召开全市工会工作会议。市总工会在市委党校举办培训班，醴陵市白兔潭镇工会作了交流发言。"
                             "市总工会主要负责人肯定了成绩。")
    found = of_type(entities, "UnionBody")
    assert set(found) == {"株洲市总工会", "醴陵市白兔潭镇工会"}
    assert found["株洲市总工会"].mentions == 2


def test_a_development_zone_s_short_name_and_a_time_before_a_union(analyse):
    entities, _, _ = analyse("今年经开区电子信息产业工会联合会成立。去年华星科技有限公司工会成立。")
    assert set(of_type(entities, "UnionBody")) == {"经开区电子信息产业工会联合会", "华星科技有限公司工会"}


def test_an_industry_union_in_a_chain_of_posts_after_a_federation_is_of_its_place(analyse):
    entities, relations, _ = analyse("株洲市总工会党组成员、教科文卫体工会主席刘建华出席。")
    assert ("刘建华", "worksFor", "株洲市教科文卫体工会") in relations
    assert ("株洲市教科文卫体工会", "subOrganizationOf", "株洲市总工会") in relations
    entities, _, _ = analyse("株洲市总工会党组成员、华星集团工会主席刘建华出席。")
    assert "株洲市华星集团工会" not in of_type(entities, "UnionBody")


def test_a_name_before_the_post_of_a_department_s_head_names_no_department(analyse):
    entities, relations, _ = analyse("株洲市天元区总工会姚红钢部长出席。株洲市总组织部长刘建华主持。")
    assert set(of_type(entities, "UnionBody")) == {"株洲市天元区总工会", "株洲市总工会", "株洲市总工会组织部"}
    assert ("姚红钢", "worksFor", "株洲市天元区总工会") in relations


def test_a_trade_union_after_a_bare_level_or_a_level_of_kind_is_the_level_s_own(analyse):
    entities, _, _ = analyse("株洲市总工会指导市快递行业工会联合会。株洲市总工会推动成立市级快递行业工会联合会。")
    assert set(of_type(entities, "UnionBody")) == {"株洲市总工会", "株洲市快递行业工会联合会"}


def test_a_term_before_a_township_s_federation_names_no_place(analyse):
    entities, _, _ = analyse("醴陵市白兔潭镇召开会议，选举产生新一届镇工会联合会。")
    assert not [name for name in of_type(entities, "UnionBody") if "届" in name]


def test_a_bare_federation_in_a_chain_of_posts_after_a_place_s_committee(analyse):
    _, relations, _ = analyse("会议由天元区委常委、统战部长、总工会主席刘建华主持。")
    assert ("刘建华", "worksFor", "株洲市天元区总工会") in relations
    _, relations, _ = analyse("株洲市天元区召开会议，区委常委、统战部长、总工会主席王立新出席。")
    assert ("王立新", "worksFor", "株洲市天元区总工会") in relations


def test_a_bare_federation_after_a_chain_of_places_is_the_most_specific_place_s(analyse):
    entities, relations, _ = analyse("湖南省攸县县委常委、宣传部长、总工会主席周建华出席。")
    assert ("周建华", "worksFor", "攸县总工会") in relations
    assert "湖南省总工会" not in of_type(entities, "UnionBody")


def test_an_audit_committee_after_a_federation_written_short(analyse):
    _, relations, _ = analyse("株洲市召开会议，市总经审会主任李明出席，华星公司总经理王强陪同。")
    assert ("李明", "worksFor", "株洲市总工会经费审查委员会") in relations
    assert not [subject for subject, predicate, _ in relations if subject == "王强" and predicate == "worksFor" and "工会" in _]


def test_the_unions_of_taiwan_are_no_provincial_federation(analyse):
    entities, _, _ = analyse("株洲市总工会与台湾工会代表座谈。")
    assert set(of_type(entities, "UnionBody")) == {"株洲市总工会"}


def test_a_union_before_a_union_worker_is_the_union(analyse):
    _, relations, _ = analyse("华星电力株洲公司工会工作者刘红介绍。")
    assert ("刘红", "worksFor", "华星电力株洲公司工会") in relations


def test_a_bare_federation_of_an_article_naming_no_place_of_its_level_is_kept_as_written(analyse):
    entities, relations, _ = analyse("近日，县总工会举办“凉爽一夏”送清凉活动，县总工会主席王立新出席。")
    found = of_type(entities, "UnionBody")
    assert set(found) == {"县总工会"}  # the article's county, which only its site tells
    assert ("县总工会", "organizes", "送清凉") in relations  # (“凉爽一夏”: its slogan)
    assert ("王立新", "worksFor", "县总工会") in relations
    first, _, _ = analyse("县总工会召开会议。")
    second, _, _ = analyse("县总工会举办培训。")
    assert {entity.id for entity in first.values()}.isdisjoint(entity.id for entity in second.values())


def test_a_bare_district_federation_in_an_article_on_a_development_zone_is_the_zone_s(analyse):
    entities, _, _ = analyse("株洲高新技术产业开发区总工会开展培训。区总工会随后召开会议。")
    assert "区总工会" in of_type(entities, "UnionBody")["株洲高新技术产业开发区总工会"].aliases


def test_a_party_branch_of_a_union_is_no_department_of_it(analyse):
    entities, relations, _ = analyse("株洲市总工会机关党支部带领党员开展“红色足迹”活动。")
    assert set(of_type(entities, "UnionBody")) == {"株洲市总工会"}
    assert ("株洲市总工会", "organizes", "红色足迹") in relations


def test_a_county_s_union_of_a_sector_written_short_is_the_sector_s_union(analyse):
    entities, relations, _ = analyse("醴陵市总工会和醴陵市教体工会开展教职工趣味运动会。")
    assert "醴陵市教体工会" in of_type(entities, "UnionBody")
    assert ("醴陵市教体工会", "subOrganizationOf", "醴陵市总工会") in relations


def test_a_committee_every_union_elects_written_alone_is_the_committee_of_the_union_named_before(analyse):
    entities, relations, _ = analyse("株洲市总工会主席出席。株洲市中心医院工会召开第三届会员代表大会，刘红当选为女职工委员会主任。")
    assert "株洲市中心医院工会女职工委员会" in of_type(entities, "UnionBody")
    assert ("刘红", "worksFor", "株洲市中心医院工会女职工委员会") in relations


def test_a_department_only_federations_have_after_a_bare_level_is_the_federation_s(analyse):
    entities, relations, _ = analyse("株洲市总工会召开会议，市女职工部同志参加。")
    assert "株洲市总工会女职工部" in of_type(entities, "UnionBody")
    assert ("株洲市总工会女职工部", "subOrganizationOf", "株洲市总工会") in relations


def test_a_bare_district_federation_after_an_industrial_park_is_the_district_s(analyse):
    entities, _, _ = analyse("株洲市总工会来天元区调研，随后前往华星工业园区。区总工会主席刘建华陪同。")
    assert "株洲市天元区总工会" in of_type(entities, "UnionBody")
    assert "华星工业园区总工会" not in of_type(entities, "UnionBody")


def test_the_federations_of_every_city_name_none(analyse):
    entities, _, _ = analyse("各地市总工会要加强指导。")
    assert of_type(entities, "UnionBody") == {}
    entities, _, _ = analyse("组织各县（市）区总工会开展活动，来自16个区(市)县总工会的职工参加。")
    assert of_type(entities, "UnionBody") == {}


def test_a_street_s_union_after_an_ascii_comma_and_the_unions_of_two_levels_listed(analyse):
    entities, _, _ = analyse("株洲市天元区嵩山路街道举办活动,街道总工会随后开展服务。")
    assert "株洲市天元区嵩山路街道总工会" in of_type(entities, "UnionBody")
    entities, _, _ = analyse("天元区嵩山路街道举办活动。区、街道工会领导参加。")
    assert of_type(entities, "UnionBody") == {}
    entities, _, _ = analyse("株洲市天元区嵩山路街道总工会开展慰问。现场，街道工会与企业工会主席交流。")
    assert set(of_type(entities, "UnionBody")) == {"株洲市天元区嵩山路街道总工会"}


def test_the_union_sector_of_a_political_consultative_conference_is_no_union(analyse):
    entities, _, _ = analyse("全国政协总工会界别委员提出建议。株洲市政协工会界召开会议。")
    assert of_type(entities, "UnionBody") == {}


def test_industrial_unions_spoken_of_in_general_name_none(analyse):
    entities, _, _ = analyse("要不断增强产业工会的影响力。各省市产业工会负责人参会。代表湖南产业工会作交流。株洲市总工会指导华星产业工会。")
    assert set(of_type(entities, "UnionBody")) == {"株洲市总工会", "华星产业工会"}


def test_the_first_union_of_its_kind_is_named_without_the_words_that_say_so(analyse):
    entities, _, _ = analyse("株洲市成立首家家政服务行业工会联合会。株洲市家政服务行业工会联合会召开会议。")
    assert set(of_type(entities, "UnionBody")) == {"株洲市家政服务行业工会联合会"}


def test_a_federation_s_workers_university_is_its_institution(analyse):
    entities, relations, _ = analyse("活动在株洲市总工会职工大学举办。株洲市总工会大学生志愿者参加。")
    assert set(of_type(entities, "UnionBody")) == {"株洲市总工会", "株洲市总工会职工大学"}
    assert ("株洲市总工会职工大学", "subOrganizationOf", "株洲市总工会") in relations


def test_a_civil_service_rank_after_a_union_is_no_department(analyse):
    entities, relations, _ = analyse("天元区嵩山路街道总工会二级主任科员刘建华陪同。")
    assert set(of_type(entities, "UnionBody")) == {"株洲市天元区嵩山路街道总工会"}
    assert ("刘建华", "worksFor", "株洲市天元区嵩山路街道总工会") in relations


def test_an_act_s_noun_before_a_place_opens_no_enterprise_union_s_name(analyse):
    entities, _, _ = analyse("攸县总工会对口援助茶陵县交通运输局工会。")
    assert "茶陵县交通运输局工会" in of_type(entities, "UnionBody")
    assert "茶陵县交通运输局" in of_type(entities, "Organization")


def test_trade_unions_of_counted_levels_name_no_body(analyse):
    entities, _, _ = analyse("年内实现市县两级快递行业工会联合会全覆盖。")
    assert not of_type(entities, "UnionBody")


def test_a_bare_level_after_a_count_is_the_unions_counted_none_named(analyse):
    entities, _, _ = analyse("株洲市9个区县总工会与长沙市12区总工会签约，推介攸县特产。")
    assert not {name for name in of_type(entities, "UnionBody") if name not in ("株洲市总工会", "长沙市总工会")}


def test_a_federation_referred_back_by_总工会_alone_before_an_officer(analyse):
    _, relations, _ = analyse("株洲市天元区栗雨街道总工会开展送清凉活动，总工会副主席周红梅出席。")
    assert ("周红梅", "worksFor", "株洲市天元区栗雨街道总工会") in relations


def test_an_event_s_edition_between_a_place_and_工会_names_no_industry_union(analyse):
    entities, _, _ = analyse("株洲市总工会举办株洲市第三届工会集体协商竞赛。")
    assert set(of_type(entities, "UnionBody")) == {"株洲市总工会"}
    assert "株洲市第三届工会集体协商竞赛" in of_type(entities, "Program")


def test_a_department_named_after_原_is_the_department_without_it(analyse):
    _, relations, _ = analyse("湖南省总工会原基层工作部部长周立新出席。")
    assert ("周立新", "worksFor", "湖南省总工会基层工作部") in relations


def test_an_industry_s_union_named_right_after_a_federation_before_its_own_post(analyse):
    _, relations, _ = analyse("株洲市总工会教育工会副主席周炜出席。")
    assert ("周炜", "worksFor", "株洲市教育工会") in relations
    assert ("株洲市教育工会", "subOrganizationOf", "株洲市总工会") in relations


def test_a_union_s_work_station_or_tribunal_names_no_union_but_its_body(analyse):
    entities, _, _ = analyse("株洲市设立市法律援助工会工作站，成立株洲市劳动人事争议仲裁院工会仲裁庭。")
    assert not of_type(entities, "UnionBody")
    assert "株洲市劳动人事争议仲裁院" in of_type(entities, "Organization")


def test_a_federation_s_women_s_committee_of_the_new_term(analyse):
    entities, relations, _ = analyse("株洲市总工会新一届女职工委员会主任周某讲话。")
    assert ("株洲市总工会女职工委员会", "subOrganizationOf", "株洲市总工会") in relations
    assert not of_type(entities, "Organization")


def test_places_listed_before_a_count_of_cities_and_counties_federations(analyse):
    entities, _, _ = analyse("长沙市召开会议，株洲、湘潭、衡阳、攸县、茶陵县等5个市、县总工会作了交流发言。")
    assert {"株洲市总工会", "湘潭市总工会", "衡阳市总工会", "茶陵县总工会"} <= set(of_type(entities, "UnionBody"))


def test_a_federation_written_short_before_a_frequent_verb(analyse):
    entities, _, _ = analyse("株洲市总要求，各级工会要做好夏送清凉工作。株洲市总体情况良好。")
    assert set(of_type(entities, "UnionBody")) == {"株洲市总工会"}



def test_the_whole_of_a_plan_after_a_place_is_no_federation_written_short(analyse):
    entities, _, _ = analyse("宁乡市总工会召开大会。会议号召实施建设幸福宁乡总战略，把握宁乡总基调。")
    assert "宁乡总" not in of_type(entities, "UnionBody")["宁乡市总工会"].aliases


def test_a_zone_s_federation_written_short_is_no_district_s(analyse):
    entities, _, _ = analyse("天津市西青区召开会议。本次活动结合经开区总工会特色的“关爱职工伙伴计划”开展。")
    assert "天津市西青区总工会" not in of_type(entities, "UnionBody")


def test_an_industry_union_of_science_and_education_after_a_federation_is_no_section_of_it(analyse):
    entities, _, _ = analyse("湖南省总工会省科教文卫体工会慰问一线职工。")
    assert set(of_type(entities, "UnionBody")) == {"湖南省总工会", "湖南省科教文卫体工会"}


def test_a_trade_s_union_of_the_whole_city_is_the_city_s_but_not_union_work_nor_the_first_in_the_city(analyse):
    entities, _, _ = analyse("泉州市总工会推动成立全市外卖行业工会联合会。建立全市首家家政行业工会，加强全市网约车行业工会组织建设。")
    assert set(of_type(entities, "UnionBody")) == {"泉州市总工会", "泉州市外卖行业工会联合会"}


def test_unions_of_a_kind_each_place_set_up_or_either_kind_name_none(analyse):
    for sentence in ("昆明市总工会：没有加入企业或行业工会的职工可以入会。", "五华区10个街道均成立了新就业形态劳动者工会联合会。",
                     "这是西安首个外卖行业工会组织。", "印发《关于加强新就业形态劳动者工会建设的意见》。",
                     "要激发新就业形态行业工会组织活力。", "这是咸阳首家县级家政服务行业工会。", "这是漳州市首家乡镇行业工会联合会。"):
        entities, _, _ = analyse(sentence)
        assert set(of_type(entities, "UnionBody")) <= {"昆明市总工会"}, sentence
    entities, _, _ = analyse("截至今年6月底，西青区已新建新就业形态工会组织80余个。")
    assert set(of_type(entities, "UnionBody")) == set()


def test_a_bare_county_federation_in_a_chain_of_posts_is_the_county_the_chain_opens_with(analyse):
    _, relations, _ = analyse("座谈会上，攸县人大常委会副主任、县总工会主席王一，茶陵县人大常委会副主任、县总工会主席李二，"
                              "炎陵县人大常委会副主任、县总工会主席张三先后发言。")
    assert {("王一", "worksFor", "攸县总工会"), ("李二", "worksFor", "茶陵县总工会"),
            ("张三", "worksFor", "炎陵县总工会")} <= relations
    entities, relations, _ = analyse("湘潭高新区党工委委员、总工会主席罗建华带队看望一线民警。")
    assert set(of_type(entities, "UnionBody")) == {"湘潭高新技术产业开发区总工会"}  # the zone's, not its city's


def test_a_verb_of_building_and_a_party_study_group_after_a_federation_make_no_unit(analyse):
    entities, _, _ = analyse("县政府支持茶陵县总工会建设县级工人文化宫。株洲市总工会党组中心组(扩大)学习会召开。")
    assert set(of_type(entities, "UnionBody")) == {"茶陵县总工会", "株洲市总工会"}


def test_places_listed_whole_before_a_count_of_provinces_and_cities_unions_each_name_their_federation(analyse):
    entities, _, _ = analyse("湖南省总工会与北京、深圳、广东、山西等4省市工会签订合作协议。")
    assert set(of_type(entities, "UnionBody")) == {"湖南省总工会", "北京市总工会", "深圳市总工会", "广东省总工会", "山西省总工会"}
    entities, _, _ = analyse("湖南省总工会协调北京、广东、山西等6省市工会援建站点。")  # some of six: a group, none named
    assert set(of_type(entities, "UnionBody")) == {"湖南省总工会"}


def test_a_place_s_deed_before_a_union_word_names_no_union(analyse):
    entities, _, _ = analyse("茶陵县某某乡举行陶瓷行业工会联合会成立大会。")
    assert not [name for name in of_type(entities, "UnionBody") if "举行" in name]
    entities, _, _ = analyse("2024年度汕头市聘任行业工联会和企业工会法律顾问。")
    assert not [name for name in of_type(entities, "UnionBody") if "聘任" in name]


def test_a_level_s_character_opening_a_noun_and_the_word_for_one_s_area_open_no_name(analyse):
    entities, _, _ = analyse("株洲市总工会联合水务集团工会、市政集团工会开展活动。街道总工会联合辖区株洲建筑设计研究院有限公司工会开展活动。")
    unions = set(of_type(entities, "UnionBody"))
    assert {"市政集团工会", "株洲建筑设计研究院有限公司工会"} <= unions
    assert not [name for name in unions if name.startswith(("株洲市政", "辖区"))]


def test_departments_listed_after_one_and_a_standard_work_department_opening_with_a_verb(analyse):
    entities, _, _ = analyse("株洲市总工会办公室、宣教网络部、劳动和经济工作部负责同志参加。攸县总工会保障工作部人员到企业走访。")
    assert {"株洲市总工会宣教网络部", "株洲市总工会劳动和经济工作部", "攸县总工会保障工作部"} <= set(of_type(entities, "UnionBody"))


def test_an_industry_s_words_may_hold_a_stop_that_opens_a_common_word(analyse):
    entities, _, _ = analyse("山东省外经贸工会举办联谊活动。")
    assert "山东省外经贸工会" in of_type(entities, "UnionBody")


def test_an_industry_s_union_before_the_event_it_organised(analyse):
    _, relations, _ = analyse("湖南省建筑业联合会和省建设工会组织的“建筑行业助力消费扶贫”公益活动举行。")
    assert ("湖南省建设工会", "organizes", "建筑行业助力消费扶贫") in relations


def test_a_beijing_township_s_federation_by_its_office_area(analyse):
    entities, _, _ = analyse("在朝阳区孙河地区总工会的支持下开展活动。")
    assert "北京市朝阳区孙河乡总工会" in of_type(entities, "UnionBody")


def test_a_federation_s_finance_office_and_the_office_of_its_audit_committee(analyse):
    entities, _, _ = analyse("嘉鱼县总工会财务室联合经费审查委员会办公室启动检查。攸县总工会经费审查委员会办公室主任李明参加。")
    assert {"嘉鱼县总工会财务室", "攸县总工会经费审查委员会办公室"} <= set(of_type(entities, "UnionBody"))


def test_the_unions_wisdom_a_city_s_work_contributes_names_no_union(analyse):
    entities, _, _ = analyse("为奋力谱写中国式现代化株洲篇章贡献工会智慧和力量。为呼和浩特经济发展贡献工会智慧和力量。")
    assert not of_type(entities, "UnionBody")


def test_the_setting_up_of_unions_of_a_kind_names_no_union(analyse):
    entities, _, _ = analyse("推进新就业形态劳动者工会组建，加大对快递行业工会的组建力度。")
    assert not of_type(entities, "UnionBody")


def test_a_bare_level_before_the_first_place_named_is_never_taiwan_s(analyse):
    entities, relations, _ = analyse("省总工会副主席李明、省台办副主任王刚会见台湾劳工团体代表。安徽省工会将继续推动交流。")
    assert set(of_type(entities, "UnionBody")) == {"安徽省总工会"}
    assert ("王刚", "worksFor", "安徽省台湾事务办公室") in relations


def test_a_federation_or_a_school_s_union_referred_back_before_its_officer(analyse):
    _, relations, _ = analyse("香港工联会派发物资。工联会副理事长张明华表示感谢。湘潭大学工会开展活动，校工会副主席赵志强带队。")
    assert ("张明华", "worksFor", "香港工会联合会") in relations
    assert ("赵志强", "worksFor", "湘潭大学工会") in relations


def test_a_trade_s_federation_written_back_short_after_the_verb_that_elects_its_officers(analyse):
    _, relations, _ = analyse("三明市家政行业工会联合会成立。会议选举王立、陈芳为工联会第一届委员会主席、副主席。")
    assert {("王立", "worksFor", "三明市家政行业工会联合会"), ("陈芳", "worksFor", "三明市家政行业工会联合会")} <= relations


def test_a_festival_before_a_body_s_union_is_no_part_of_its_name(analyse):
    entities, _, _ = analyse("重阳节长河纺织厂工会走访退休职工。春节湘江集团工会慰问职工。")
    assert set(of_type(entities, "UnionBody")) == {"长河纺织厂工会", "湘江集团工会"}
    assert set(of_type(entities, "Organization")) == {"长河纺织厂", "湘江集团"}


def test_a_company_s_union_written_without_the_legal_form_is_the_one_written_with_it(analyse):
    entities, relations, _ = analyse("兰州华联物流集团有限公司工会开展活动。兰州华联物流集团工会主席张三讲话。")
    assert set(of_type(entities, "UnionBody")) == {"兰州华联物流集团有限公司工会"}
    assert ("张三", "worksFor", "兰州华联物流集团有限公司工会") in relations


def test_a_hospital_s_union_whose_place_the_dictionary_reads_as_a_verb(analyse):
    entities, _, _ = analyse("近日，自贡市第一人民医院工会开展义诊活动。")
    assert ("UnionBody", "自贡市第一人民医院工会") in entities


def test_a_federation_before_its_quoted_class_is_kept_and_runs_it(analyse):
    entities, relations, _ = analyse("7月8日，平原县总工会“爱心托管”暑期托管班开班。")
    assert ("UnionBody", "平原县总工会") in entities
    assert ("平原县总工会", "organizes", "爱心托管") in relations


def test_a_federation_s_own_union_of_its_units_and_staff_is_its_unit(analyse):
    entities, relations, _ = analyse("漳州市总工会直属工会将开展慰问活动。漳州市总工会机关工会主席王芳出席。")
    assert {"漳州市总工会直属工会", "漳州市总工会机关工会", "漳州市总工会"} == set(of_type(entities, "UnionBody"))
    assert ("漳州市总工会直属工会", "subOrganizationOf", "漳州市总工会") in relations
    assert ("王芳", "worksFor", "漳州市总工会机关工会") in relations


def test_a_union_s_term_between_its_owner_and_the_union_word_is_no_part_of_its_name(analyse):
    entities, _, _ = analyse("会议审议通过了《兰州交通大学第六届工会委员会工作报告》，兰州交通大学第六届工会女职工委员会也作了报告。")
    unions = set(of_type(entities, "UnionBody"))
    assert "兰州交通大学工会委员会" in unions and not any("第六届" in name for name in unions)
    assert "兰州交通大学" in of_type(entities, "Organization")


def test_a_craftsmen_s_college_with_a_qualifier_is_a_union_institution(analyse):
    entities, _, _ = analyse("河南省网上工匠学院正式上线。南昌市市级工匠学院挂牌，河南省教科文卫体系统工匠学院成立。")
    assert {"河南省网上工匠学院", "南昌市市级工匠学院", "河南省教科文卫体系统工匠学院"} <= set(of_type(entities, "UnionBody"))
    assert not of_type(entities, "Organization")


def test_the_party_government_and_union_together_name_no_union(analyse):
    entities, _, _ = analyse("泸州市党政工会的领导高度重视。")
    assert not of_type(entities, "UnionBody")


def test_a_trade_s_union_a_federation_acts_on_is_named_after_the_verb(analyse):
    entities, _, _ = analyse("酒泉市总工会发挥餐饮行业工会的作用。酒泉市总工会借助快递行业工会开展活动。")
    assert set(of_type(entities, "UnionBody")) == {"酒泉市总工会", "酒泉市餐饮行业工会", "酒泉市快递行业工会"}


def test_a_unit_s_kind_before_a_company_s_union_is_no_part_of_its_name(analyse):
    entities, relations, _ = analyse("受赠单位华联电力分公司工会张立新表示感谢。")
    assert set(of_type(entities, "UnionBody")) == {"华联电力分公司工会"}
    assert ("张立新", "worksFor", "华联电力分公司工会") in relations


def test_a_union_s_short_name_given_in_brackets_is_that_union(analyse):
    entities, relations, _ = analyse("成都市青羊区草市街道工会联合会（以下简称街道工会）主席张明介绍，街道工会积极作为。")
    unions = of_type(entities, "UnionBody")
    assert set(unions) == {"成都市青羊区草市街道工会联合会"} and "街道工会" in unions["成都市青羊区草市街道工会联合会"].aliases
    assert ("张明", "worksFor", "成都市青羊区草市街道工会联合会") in relations


def test_the_unions_of_bodies_a_level_owns_are_a_kind(analyse):
    entities, _, _ = analyse("来自各区幼儿园工会、区属医院工会的干部参加培训。")
    assert not of_type(entities, "UnionBody")


def test_a_branch_of_a_union_s_school_is_a_unit_of_the_school(analyse):
    _, relations, _ = analyse("宁波市总工会干部学校象山分校揭牌。")
    assert ("宁波市总工会干部学校象山分校", "subOrganizationOf", "宁波市总工会干部学校") in relations


def test_a_union_named_before_a_facility_corner_or_a_quoted_station_is_none(analyse):
    entities, _, _ = analyse("南宁首个工会法律服务角揭牌。区总工会在金桥产业园工会户外职工“暖心驿站”开展慰问。"
                             "在路桥区总工会“中心驿站”举办活动。")
    unions = set(of_type(entities, "UnionBody"))
    assert not any(name.endswith(("首个工会", "产业园工会")) for name in unions)
    assert "台州市路桥区总工会" in unions


def test_a_federation_of_a_place_the_gazetteer_does_not_list_is_named_as_written(analyse):
    entities, _, _ = analyse("无锡市总工会与嘉义市总工会开展交流。谢谢县总工会的关心。")
    unions = of_type(entities, "UnionBody")
    assert "嘉义市总工会" in unions and not any(name.startswith("谢谢") for name in unions)
    assert unions["无锡市总工会"].aliases == {"无锡市总工会"}


def test_an_industry_s_union_after_its_federation_opens_no_department_at_its_first_word(analyse):
    entities, relations, _ = analyse("湖南省总工会教科文卫体工会主席张明出席。")
    assert set(of_type(entities, "UnionBody")) == {"湖南省总工会", "湖南省教科文卫体工会"}
    assert ("张明", "worksFor", "湖南省教科文卫体工会") in relations


def test_a_department_every_body_has_is_the_union_s_after_a_chain_of_its_posts(analyse):
    entities, relations, _ = analyse("江西省总工会党组成员、组织部部长吴青出席。丰城市委组织部部长周明出席。")
    assert ("江西省总工会组织部", "subOrganizationOf", "江西省总工会") in relations
    assert ("吴青", "worksFor", "江西省总工会组织部") in relations
    assert not any(name.endswith("总工会组织部") and "丰城" in name for _, name in entities)


def test_a_union_committee_written_alone_before_its_office_s_head(analyse):
    _, relations, _ = analyse("宜春市总工会权益保障部部长张强、经费审查委员会办公室主任王丽出席。")
    assert ("宜春市总工会经费审查委员会", "subOrganizationOf", "宜春市总工会") in relations
    assert ("王丽", "worksFor", "宜春市总工会经费审查委员会") in relations


def test_units_of_a_company_counted_before_their_union_are_no_union(analyse):
    entities, _, _ = analyse("华能集团三家子公司工会获评先进，华能集团工会表示祝贺。")
    assert ("UnionBody", "华能集团工会") in entities
    assert not any("三家" in name for _, name in entities)


def test_a_province_listed_before_a_federation_of_a_level_the_article_does_not_place(analyse):
    entities, relations, _ = analyse("调研组来到甘肃省一家化工企业。省、市总工会及企业工会负责人参加座谈。")
    assert ("UnionBody", "甘肃省总工会") in entities
    assert ("甘肃省总工会", "locatedIn", "甘肃省") in relations


def test_the_verb_by_which_a_union_has_its_departments_opens_no_department(analyse):
    for text in ("青海省总工会设宣传部等8个部门。", "青海省总工会下设办公室、组织部等部门。"):
        entities, _, _ = analyse(text)
        assert not any("设" in name for _, name in entities), text
        assert ("UnionBody", "青海省总工会") in entities


def test_a_rest_and_recuperation_base_named_after_a_union_is_no_union(analyse):
    for text in ("首批一线职工入住贵州省工会劳模疗休养基地。", "职工们来到贵州省总工会职工疗养基地。"):
        entities, _, _ = analyse(text)
        assert of_type(entities, "UnionBody") == {}, text
        assert ("Region", "贵州省") in entities


def test_a_bare_provincial_federation_is_of_the_province_the_article_s_places_lie_in_not_one_named_as_a_start(analyse):
    text = ("1月15日，江苏苏州到昆明的返乡专列抵达昆明南站，来自曲靖、昭通、大理等地的农民工返乡过年。"
            "省总工会在昆明南站举行接站仪式，省总工会主席赵明出席。")
    entities, relations, _ = analyse(text)
    assert ("UnionBody", "云南省总工会") in entities
    assert ("UnionBody", "江苏省总工会") not in entities
    entities, _, _ = analyse("江苏省总工会慰问团来到昆明、曲靖、昭通、大理等地。省总工会主席赵明看望了在滇务工人员。")
    assert ("UnionBody", "江苏省总工会") in entities and ("UnionBody", "云南省总工会") not in entities


def test_two_readings_of_a_federation_ending_alike_before_one_referred_back_raise_no_error(analyse):
    entities, _, _ = analyse("丰台区长辛店镇总工会丰富职工生活\n长辛店镇总工会主席李明说，镇总工会组织了拔河比赛。")
    assert ("Person", "李明") in entities


def test_a_university_s_union_written_as_its_school_union(analyse):
    entities, _, _ = analyse("版权所有：西北理工大学校工会。")
    assert ("UnionBody", "西北理工大学工会") in entities
    assert ("Organization", "西北理工大学") in entities
    assert not any(name.endswith("大学校") for _, name in entities)


def test_national_industrial_unions_by_their_short_names(analyse):
    entities, relations, _ = analyse("民航工会召开年度工作会议，铁路总工会副主席周卫东应邀出席。"
                                     "在全国能源化学地质工会会议上，国防邮电工会作了发言。四川省国防邮电工会也派员参加。")
    bodies = set(of_type(entities, "UnionBody"))
    assert {"中国民航工会", "中华全国铁路总工会", "中国能源化学地质工会", "中国国防邮电工会", "四川省国防邮电工会"} <= bodies
    assert ("周卫东", "worksFor", "中华全国铁路总工会") in relations


def test_an_honour_and_a_province_s_listed_industrial_unions_are_no_national_union(analyse):
    entities, _, _ = analyse("某厂工会获评“全国最美工会”。宁夏回族自治区总工会驻会产业工会分别是教科文卫体工会、国防邮电工会、能源化学地质工会。")
    assert not any(name.startswith("中国") for _, name in entities)


def test_the_first_of_its_kind_in_a_city_is_the_one_named_in_full_inside_it(analyse):
    entities, relations, _ = analyse("宁波市鄞州区外卖行业工会联合会成立。区总工会组建了宁波市首个外卖行业工会联合会。")
    bodies = of_type(entities, "UnionBody")
    assert "宁波市鄞州区外卖行业工会联合会" in bodies
    assert "宁波市外卖行业工会联合会" not in bodies
    entities, _, _ = analyse("宁波市首家外卖行业工会联合会成立。")
    assert "宁波市外卖行业工会联合会" in of_type(entities, "UnionBody")


def test_bare_levels_of_whichever_place_name_no_federation(analyse):
    entities, _, _ = analyse("泸州市总工会在合江县设立指导站，各站站长由所在县、区总工会副主席担任。当地县总工会驱车200公里送去米面。")
    assert set(of_type(entities, "UnionBody")) == {"泸州市总工会"}


def test_a_rank_or_a_direction_after_a_federation_opens_no_department(analyse):
    entities, _, _ = analyse("陇南市总工会机关正科级以上干部为村民送去种苗。黔西南州总工会抢抓西部大开发机遇。")
    assert set(of_type(entities, "UnionBody")) == {"陇南市总工会", "黔西南布依族苗族自治州总工会"}


def test_the_big_companies_of_a_kind_counted_name_no_union_nor_company(analyse):
    entities, _, _ = analyse("四大港口集团工会主席在芜湖召开峰会。三大航空集团公司工会共同发起倡议。")
    assert not any(kind in ("UnionBody", "Organization") for kind, _ in entities)


def test_a_union_named_with_and_without_its_committee_is_one(analyse):
    entities, relations, _ = analyse("扬州大学工会委员会召开会议。扬州大学工会还组织教职工参加比赛。"
                                     "南通华源集团工会委员会召开会议。集团工会还参加了崇川区职工拔河比赛。")
    assert set(of_type(entities, "UnionBody")) == {"扬州大学工会委员会", "南通华源集团工会委员会"}


def test_a_general_federation_of_unions_keeps_its_union_word(analyse):
    entities, relations, _ = analyse("澄迈县快递行业工会总联合会正式成立。")
    assert ("UnionBody", "澄迈县快递行业工会总联合会") in entities
    assert ("澄迈县快递行业工会总联合会", "locatedIn", "澄迈县") in relations


def test_a_bare_city_federation_where_only_a_town_of_a_county_level_city_is_named(analyse):
    entities, _, _ = analyse("在濮院镇一家毛衫厂上班的李某找到市总工会寻求法律援助。")
    assert ("UnionBody", "桐乡市总工会") in entities


def test_a_modal_after_a_federation_opens_a_clause_not_a_centre(analyse):
    entities, _, _ = analyse("静宁县总工会要立足中心、服务大局。")
    assert set(of_type(entities, "UnionBody")) == {"静宁县总工会"}


def test_a_prefecture_listed_before_its_counties_federations_is_its_own_and_they_none(analyse):
    entities, _, _ = analyse("甘南藏族自治州各级工会积极行动。目前州、县总工会已建成帮扶中心，并开展“金秋助学”活动。")
    assert set(of_type(entities, "UnionBody")) == {"甘南藏族自治州总工会"}


def test_a_union_inside_a_quoted_title_of_honour_is_none(analyse):
    entities, _, _ = analyse("湖南省能源化工工会表彰了“湖南省能源化工系统工会女职工工作先进集体”，校工会女工委主任周敏获评先进个人。")
    assert set(of_type(entities, "UnionBody")) == {"湖南省能源化工工会"}


def test_a_federation_referred_back_after_a_conjunction_between_two_officers(analyse):
    _, relations, _ = analyse("保亭黎族苗族自治县人大常委会副主任、总工会主席符海燕与总工会党组书记、常务副主席吴国栋带队慰问。")
    assert ("吴国栋", "worksFor", "保亭黎族苗族自治县总工会") in relations


def test_a_banner_s_industry_union_after_the_word_for_whom(analyse):
    entities, _, _ = analyse("鄂托克旗总工会为旗教育系统工会的职工代表送上慰问品。")
    assert ("UnionBody", "鄂托克旗教育系统工会") in entities


def test_unions_inside_two_quoted_titles_of_honour_in_a_row_are_none(analyse):
    entities, _, _ = analyse("会议表彰了“安徽省教科文卫体系统工会女职工工作先进集体”和“安徽省教科文卫体系统工会女职工工作先进个人”。")
    assert not of_type(entities, "UnionBody")


def test_sheng_zong_before_its_work(analyse):
    entities, _, _ = analyse("衡阳市总工会认真落实全总、省总工作部署。")
    assert set(of_type(entities, "UnionBody")) == {"衡阳市总工会", "中华全国总工会", "湖南省总工会"}


def test_a_district_s_union_keeps_its_union_word_unless_also_written_as_the_federation(analyse):
    entities, _, _ = analyse("岳阳市总工会指导岳阳楼区工会开展读书活动，君山区工会参加。")
    assert set(of_type(entities, "UnionBody")) == {"岳阳市总工会", "岳阳市岳阳楼区工会", "岳阳市君山区工会"}
    entities, _, _ = analyse("华容县工会第十七次代表大会召开。县工会主席李红梅作工作报告。")
    assert set(of_type(entities, "UnionBody")) == {"华容县工会"}  # its bare form too
    entities, _, _ = analyse("岳阳楼区总工会举办培训。岳阳楼区工会主席讲话。")
    assert set(of_type(entities, "UnionBody")) == {"岳阳市岳阳楼区总工会"}
    assert "岳阳楼区工会" in entities[("UnionBody", "岳阳市岳阳楼区总工会")].aliases


def test_units_counted_after_a_federation_are_none_of_its_departments(analyse):
    entities, _, _ = analyse("保定市总工会命名一批职工创新工作室。保定市总工会表彰10个先进班组。")
    assert set(of_type(entities, "UnionBody")) == {"保定市总工会"}


def test_a_national_union_s_local_committee_after_a_verb_lies_in_its_place(analyse):
    entities, relations, _ = analyse("王刚主席介绍中国教育工会曲靖市委员会的工作。")
    assert "中国教育工会曲靖市委员会" in of_type(entities, "UnionBody")
    assert not of_type(entities, "Organization")
    assert ("中国教育工会曲靖市委员会", "locatedIn", "曲靖市") in relations
    assert ("中国教育工会曲靖市委员会", "subOrganizationOf", "中国教育工会") in relations


def test_a_place_s_women_workers_committee_is_its_federation_s(analyse):
    entities, relations, _ = analyse("泸州市女职工委员会联合举办联谊活动。合江县女工委参加。")
    assert set(of_type(entities, "UnionBody")) == {"泸州市总工会女职工委员会", "合江县总工会女职工委员会"}
    assert not of_type(entities, "Organization")
    assert ("泸州市总工会女职工委员会", "locatedIn", "泸州市") in relations


def test_a_way_of_working_after_china_names_no_national_union(analyse):
    entities, _, _ = analyse("中国智慧工会研究中心主任王立新作报告。中国海员建设工会召开会议。")
    assert set(of_type(entities, "UnionBody")) == {"中国海员建设工会"}


def test_province_and_city_written_as_one_word_before_the_federation(analyse):
    entities, relations, _ = analyse("按照省市总工会要求，嘉兴市南湖区总工会开展活动。")
    assert {"浙江省总工会", "嘉兴市总工会", "嘉兴市南湖区总工会"} == set(of_type(entities, "UnionBody"))
    assert ("嘉兴市南湖区总工会", "subOrganizationOf", "嘉兴市总工会") in relations


def test_a_union_only_department_before_its_person_in_charge(analyse):
    entities, relations, _ = analyse("湛河区总工会副主席刘敏和劳动经济部负责人出席会议。")
    assert ("平顶山市湛河区总工会劳动经济部", "subOrganizationOf", "平顶山市湛河区总工会") in relations


def test_trade_unions_counted_name_none(analyse):
    entities, _, _ = analyse("截至目前，铁岭市已经成立的五家物流行业工会联合会将为司机提供服务。"
                             "邢台市服务、交通、建筑三家产业工会调解中心揭牌。")
    assert not of_type(entities, "UnionBody")


def test_an_alliance_of_craftsmen_colleges_and_a_kind_of_them_are_no_union_units(analyse):
    entities, _, _ = analyse("江西省工匠学院联盟成立，全总重点支持工匠学院3所。内蒙古自治区总工会建立内蒙古工匠学院。")
    assert set(of_type(entities, "UnionBody")) == {"中华全国总工会", "内蒙古自治区总工会", "内蒙古工匠学院"}
    assert "江西省工匠学院联盟" in of_type(entities, "Organization")


def test_a_union_written_after_a_bare_level_lies_in_the_article_s_place(analyse):
    _, relations, _ = analyse("漳州市总工会帮助成立市网约车联合工会。")
    assert ("漳州市网约车联合工会", "locatedIn", "漳州市") in relations


def test_a_federation_s_office_written_with_ban_before_its_head(analyse):
    entities, relations, _ = analyse("烟台市总工会网络办主任孙大海、网络办副主任周红参加会议。")
    assert ("烟台市总工会网络办", "subOrganizationOf", "烟台市总工会") in relations
    assert ("孙大海", "worksFor", "烟台市总工会网络办") in relations
    assert ("孙大海", "worksFor", "烟台市总工会") not in relations


def test_the_union_of_an_office_building(analyse):
    entities, _, _ = analyse("与会人员参观了金鼎大厦楼宇工会。召开长沙市楼宇工会建设推进会。")
    assert set(of_type(entities, "UnionBody")) == {"金鼎大厦楼宇工会"}


def test_no_centre_of_the_federation_across_a_verb_that_stands_before_another_body(analyse):
    entities, _, _ = analyse("株洲市总工会携手株洲市中心医院为环卫工人义诊。")
    assert set(of_type(entities, "UnionBody")) == {"株洲市总工会"}
    assert "株洲市中心医院" in of_type(entities, "Organization")


def test_the_grass_roots_or_enterprise_unions_of_a_place_are_no_industry_s_union(analyse):
    entities, _, _ = analyse("山西省基层工会规范化建设成效明显。大同市企业工会达到2000家。")
    assert not of_type(entities, "UnionBody")
    entities, _, _ = analyse("长沙国企工会推动消费帮扶。南昌市央企工会和贵阳民企工会积极响应。")
    assert not of_type(entities, "UnionBody")  # the unions of state or private firms of a place: a kind
    entities, _, _ = analyse("日前，湖南省某地工会开展活动。为浙江省所有工会组织赋码，江西省多数工会已建制。")
    assert not of_type(entities, "UnionBody")  # some, all or most of a place's unions: none named


def test_a_zone_s_union_written_with_the_union_word_alone_keeps_it(analyse):
    entities, _, _ = analyse("宝鸡市总工会向宝鸡经济技术开发区工会拨付资金。随后，高新区工会负责人发言。")
    unions = set(of_type(entities, "UnionBody"))
    assert {"宝鸡经济技术开发区工会", "宝鸡高新技术产业开发区工会"} <= unions
    assert not any(name.endswith("开发区总工会") for name in unions)
    entities, _, _ = analyse("陕西渭南经开区工会开展岗位练兵活动。")
    assert "渭南经济技术开发区工会" in of_type(entities, "UnionBody")  # (its zone written short, with its head)


def test_the_union_of_a_province_s_or_city_s_own_organs_written_short(analyse):
    entities, relations, _ = analyse("安徽省直工会在合肥市举办职工书画展。")
    assert "安徽省直工会" in of_type(entities, "UnionBody")
    assert ("安徽省直工会", "locatedIn", "安徽省") in relations
    entities, _, _ = analyse("河北省总工会开展活动。在省直工会的支持下，职工开展集体活动。")
    assert "河北省直工会" in of_type(entities, "UnionBody")  # written with a bare level



def test_the_union_of_a_county_s_own_organs_with_its_level_written_again(analyse):
    entities, relations, _ = analyse("在区直机关工会的倡议下，湖州市吴兴区区直机关工会开展义卖。永康市市直工会和某县县直机关工会参加。")
    unions = of_type(entities, "UnionBody")
    assert "湖州市吴兴区区直机关工会" in unions  # written bare, then with its district: one union
    assert "永康市市直工会" in unions
    assert ("湖州市吴兴区区直机关工会", "locatedIn", "吴兴区") in relations


def test_a_place_s_union_of_a_nationally_named_industry_written_again_short_is_the_place_s(analyse):
    entities, relations, _ = analyse("市海员建设工会在温州市召开推进会。今年，海员建设工会将继续开展“安康杯”竞赛。")
    assert "中国海员建设工会" not in of_type(entities, "UnionBody")
    assert ("温州市海员建设工会", "organizes", "安康杯") in relations


def test_a_bare_county_federation_in_an_article_writing_its_county_as_it_was(analyse):
    entities, relations, _ = analyse("高淳县总工会召开表彰会。县总工会副主席钱立新讲话。")
    assert set(of_type(entities, "UnionBody")) == {"南京市高淳区总工会"}
    assert ("钱立新", "worksFor", "南京市高淳区总工会") in relations


def test_an_industry_federation_named_by_a_manufacturing_or_digital_industry_before_its_work(analyse):
    entities, _, _ = analyse("江北区智能制造产业工会联合会成立。调研组对沙坪坝区数字经济产业工会联合会工作情况进行了考察。"
                             "某市智慧工会平台上线。")
    assert {"重庆市江北区智能制造产业工会联合会", "重庆市沙坪坝区数字经济产业工会联合会"} <= set(of_type(entities, "UnionBody"))
    assert not any("智慧" in name for name in of_type(entities, "UnionBody"))


def test_the_committee_preparing_a_federation_is_a_body_of_its_own_in_its_place(analyse):
    entities, relations, _ = analyse("1950年，肇庆市总工会筹备组成立。")
    assert set(of_type(entities, "UnionBody")) == {"肇庆市总工会筹备组"}
    assert ("肇庆市总工会筹备组", "locatedIn", "肇庆市") in relations


def test_unions_of_a_trade_counted_after_their_name_are_none_named(analyse):
    entities, _, _ = analyse("益阳市总工会介绍，全市已建立快递行业工会(联合会)35个、外卖行业工会(联合会)12个。")
    assert set(of_type(entities, "UnionBody")) == {"益阳市总工会"}


def test_a_bare_level_union_listed_after_every_level_is_none_named(analyse):
    entities, _, _ = analyse("滁州市总工会要求各县区和市直工会推荐工作室。")
    assert set(of_type(entities, "UnionBody")) == {"滁州市总工会"}
    entities, _, _ = analyse("滁州市总工会召开会议，市直工会作交流发言。")
    assert "滁州市直工会" in of_type(entities, "UnionBody")


def test_a_bare_district_federation_is_the_district_s_not_a_zone_s_inside_it(analyse):
    entities, _, _ = analyse("各街道，江宁开发区、秣陵新区总工会：经区总工会研究，决定命名6个工作室。南京市江宁区总工会")
    unions = of_type(entities, "UnionBody")
    assert "区总工会" in unions["南京市江宁区总工会"].aliases


def test_a_department_whose_head_a_union_s_officer_leads_is_the_union_s(analyse):
    entities, relations, _ = analyse("湖北省总工会副主席刘强率领财务部副部长王磊到宜昌调研。")
    assert "湖北省总工会财务部" in of_type(entities, "UnionBody")
    assert ("王磊", "worksFor", "湖北省总工会财务部") in relations


def test_a_zone_listed_before_the_union_word_its_list_shares(analyse):
    entities, _, _ = analyse("四平市高新区、铁西区工会联合市图书馆组织“好书漂流”活动。")
    unions = set(of_type(entities, "UnionBody"))
    assert {"四平高新技术产业开发区工会", "四平市铁西区工会"} <= unions
    assert not any(name.endswith("开发区总工会") for name in unions)


def test_the_nth_union_of_a_kind_is_none_named(analyse):
    entities, _, _ = analyse("株洲市总工会召开会议。这是全市建立的第四家园区工会联合组织。株洲市荷塘区金山工业园区工会成立。")
    unions = set(of_type(entities, "UnionBody"))
    assert not any(name.startswith("第四家") for name in unions)
    assert any(name.endswith("金山工业园区工会") for name in unions)


def test_an_industry_union_s_funds_audit_committee(analyse):
    entities, relations, _ = analyse("近日，青海省农林水工会经费审查委员会印发年度审计计划。省农林水工会经费收支情况良好。")
    assert {"青海省农林水工会经费审查委员会", "青海省农林水工会"} <= set(of_type(entities, "UnionBody"))
    assert ("青海省农林水工会经费审查委员会", "subOrganizationOf", "青海省农林水工会") in relations


def test_an_industry_union_of_two_trades_joined_by_ji(analyse):
    entities, _, _ = analyse("鞍山市总工会召开会议。市交通运输及邮政工会、市财贸工会负责人作了发言。市产业及直属单位工会参加。")
    unions = set(of_type(entities, "UnionBody"))
    assert "鞍山市交通运输及邮政工会" in unions
    assert not any("直属单位" in name for name in unions)


def test_a_craftsmen_college_s_branch_is_a_unit_of_the_college(analyse):
    entities, relations, _ = analyse("浙江工匠学院湖州分院“匠心课堂”正式开课。")
    assert "浙江工匠学院湖州分院" in of_type(entities, "UnionBody")
    assert ("浙江工匠学院湖州分院", "subOrganizationOf", "浙江工匠学院") in relations
    assert ("浙江工匠学院湖州分院", "organizes", "匠心课堂") in relations


def test_a_clause_about_all_of_a_place_after_a_federation_names_no_unit_of_it(analyse):
    entities, _, _ = analyse("这是九江经开区总工会助力全区中心工作的重要举措。")
    assert set(of_type(entities, "UnionBody")) == {"九江经济技术开发区总工会"}


def test_a_time_between_a_province_and_its_unions_names_no_industry(analyse):
    entities, _, _ = analyse("1925年，甘肃早期工会组织诞生，1950年甘肃省总工会成立。")
    assert set(of_type(entities, "UnionBody")) == {"甘肃省总工会"}


def test_the_doctrine_unions_follow_is_no_union(analyse):
    entities, _, _ = analyse("会议强调，要坚定不移走中国特色社会主义工会发展道路。")
    assert set(of_type(entities, "UnionBody")) == set()


def test_an_alliance_of_workers_palaces_is_no_palace(analyse):
    entities, _, _ = analyse("浙江省工人文化宫联盟在杭州成立。")
    assert set(of_type(entities, "UnionBody")) == set()


def test_a_bare_federation_is_the_article_s_own_not_a_partner_named_once_on_the_way(analyse):
    entities, _, _ = analyse("九江经开区总工会组织一线职工疗休养。这是九江经开区总工会服务全区的举措，也是落实与厦门湖里区总工会合作协议的举措。"
                             "下一步，区总工会将继续组织疗休养。")
    assert "区总工会" in entities[("UnionBody", "九江经济技术开发区总工会")].aliases


def test_a_bare_provincial_federation_after_a_locative_that_closes_a_phrase(analyse):
    entities, relations, _ = analyse("贵州省女职工技能大赛在贵阳市举行。在比赛过程中省总工会副主席刘芳到场指导。")
    assert "省总工会" in entities[("UnionBody", "贵州省总工会")].aliases
    assert ("刘芳", "worksFor", "贵州省总工会") in relations


def test_the_first_union_of_a_kind_in_the_country_is_no_national_union(analyse):
    entities, _, _ = analyse("1984年，该厂成立全国首家中外合资企业工会。")
    assert not any(name.startswith("中国") for name in of_type(entities, "UnionBody"))


def test_a_trade_s_federation_after_a_clause_s_predicate_opens_after_it(analyse):
    entities, _, _ = analyse("泉州市总工会召开座谈会。员工要珍惜陶瓷行业工会联合会这个平台。")
    unions = set(of_type(entities, "UnionBody"))
    assert "泉州市陶瓷行业工会联合会" in unions and not any("珍惜" in name for name in unions)


def test_grass_roots_unions_of_a_kind_are_no_industry_s_union_but_the_committee_for_them_is_a_body(analyse):
    entities, _, _ = analyse("该公司工会被评为省新业态基层工会示范点。江西省直属基层工会工作委员会举办趣味运动会。")
    unions = set(of_type(entities, "UnionBody"))
    assert not any(name.endswith("基层工会") for name in unions)
    assert "江西省直属基层工会工作委员会" in unions


def test_the_economic_work_department_after_a_federation_written_short(analyse):
    entities, _, _ = analyse("南充市成立领导小组，办公室设在市总经济技术部。广安市总经济工作部负责具体工作。")
    unions = set(of_type(entities, "UnionBody"))
    assert {"南充市总工会经济技术部", "广安市总工会经济工作部"} <= unions


def test_a_trade_s_federation_written_gonglianhui_after_a_bare_level(analyse):
    entities, _, _ = analyse("江门市总工会促成市网约车工联会建成司机之家。")
    assert "江门市网约车工会联合会" in of_type(entities, "UnionBody")


def test_a_bare_federation_in_a_chain_a_bare_level_opens_is_the_one_named_before(analyse):
    _, relations, _ = analyse("宁波市鄞州区东柳街道总工会组织劳模疗休养。街道人大工委主任、总工会主席沈国华送上慰问。")
    assert ("沈国华", "worksFor", "宁波市鄞州区东柳街道总工会") in relations


def test_the_unions_of_trades_listed_before_their_shared_word_name_no_union(analyse):
    entities, _, _ = analyse("南昌市青山湖区总工会召开会议，来自快递、外卖配送、网约车等新业态行业工会的代表参加。")
    assert set(of_type(entities, "UnionBody")) == {"南昌市青山湖区总工会"}


def test_a_body_joined_by_和_to_another_s_union_is_no_industry_union(analyse):
    entities, _, _ = analyse("中山市卫生健康局和澳门工会联合总会举办活动。东莞市民政局和香港工会联合会签约。")
    assert set(of_type(entities, "UnionBody")) == {"澳门工会联合总会", "香港工会联合会"}
    assert {"中山市卫生健康局", "东莞市民政局"} <= set(of_type(entities, "Organization"))


def test_the_macao_federation_by_its_short_words_is_one_union_of_its_own_name(analyse):
    entities, relations, _ = analyse("澳门工联会副会长李明率团访问。感谢澳门工联总会的支持。香港工联会代表参加。")
    assert set(of_type(entities, "UnionBody")) == {"澳门工会联合总会", "香港工会联合会"}
    assert ("李明", "worksFor", "澳门工会联合总会") in relations


def test_a_bare_federation_after_和_whose_level_makes_a_place_s_name_with_it(analyse):
    entities, relations, _ = analyse("惠水县召开会议。县司法局和县总工会联合举办“法治进企业”活动。")
    assert "惠水县总工会" in of_type(entities, "UnionBody")  # no 和县 there
    assert ("惠水县总工会", "organizes", "法治进企业") in relations


def test_the_union_of_a_branch_company_s_outlet(analyse):
    entities, _, _ = analyse("新疆华通物流有限公司昌吉分公司五工台营业点工会成立。")
    assert "新疆华通物流有限公司昌吉分公司五工台营业点工会" in of_type(entities, "UnionBody")


def test_a_committee_by_its_stem_before_its_chair_s_post(analyse):
    _, relations, _ = analyse("营口市总工会经审主任张明出席。营口市总工会副主席王刚、女工主任李红出席。")
    assert ("张明", "worksFor", "营口市总工会经费审查委员会") in relations
    assert ("李红", "worksFor", "营口市总工会女职工委员会") in relations


def test_a_body_that_builds_a_union_is_no_part_of_its_name(analyse):
    entities, _, _ = analyse("房县总工会依托协会建工会联合会，依托行业协会建行业联合工会，着力构建协会。")
    assert set(of_type(entities, "UnionBody")) == {"房县总工会"}
    assert of_type(entities, "Organization") == {}


def test_members_of_a_union_s_committee_written_short_name_no_committee(analyse):
    entities, _, _ = analyse("湖南省总工会召开会议，各单位工会主席、女工委员参加了会议，经审委员列席。")
    assert set(of_type(entities, "UnionBody")) == {"湖南省总工会"}
    entities, _, _ = analyse("湖南省总工会女工委员会召开会议。")
    assert "湖南省总工会女职工委员会" in of_type(entities, "UnionBody")


def test_a_special_district_s_federation_written_bare_and_named_as_a_county_s(analyse):
    entities, relations, _ = analyse("六枝特区召开职工代表大会。特区总工会主席张明出席。")
    assert set(of_type(entities, "UnionBody")) == {"六枝特区总工会"}
    assert ("张明", "worksFor", "六枝特区总工会") in relations


def test_a_federation_of_a_place_the_gazetteer_lacks_by_a_rare_or_locative_word(analyse):
    entities, _, _ = analyse("成都市总工会接待台中市总工会代表团。")
    assert set(of_type(entities, "UnionBody")) == {"成都市总工会", "台中市总工会"}  # (台中: a locative word)


def test_the_federation_of_a_kind_of_firm_s_unions_is_a_body(analyse):
    entities, relations, _ = analyse("苏州市外资企业工会联合会召开会议。苏州市企业工会达到两千家。")
    assert set(of_type(entities, "UnionBody")) == {"苏州市外资企业工会联合会"}  # (企业工会: the kind)
    assert ("苏州市外资企业工会联合会", "locatedIn", "苏州市") in relations


def test_a_kind_of_worker_s_union_of_a_district_carries_its_prefecture(analyse):
    entities, _, _ = analyse("宁波市江北区总工会指导成立江北区外卖骑手联合工会。江北区新就业形态工会联合会、江北区货车司机工会同日成立。")
    assert {"宁波市江北区外卖骑手联合工会", "宁波市江北区新就业形态工会联合会", "宁波市江北区货车司机工会"} <= set(of_type(entities, "UnionBody"))


def test_a_company_division_s_union_is_its_fen_union(analyse):
    entities, _, _ = analyse("长江动力有限公司检修部分工会获评模范职工小家。长江动力公司运行分工会开展活动。该集团下属部分工会参加。")
    assert {"长江动力有限公司检修部分工会", "长江动力公司运行分工会"} <= set(of_type(entities, "UnionBody"))
    assert not any("下属" in name for name in of_type(entities, "UnionBody"))
    assert "长江动力有限公司" in of_type(entities, "Organization")


def test_a_department_opening_with_a_verb_before_its_staff(analyse):
    entities, _, _ = analyse("枣强县总工会组织保障部工作人员开展入户走访。")
    assert "枣强县总工会组织保障部" in of_type(entities, "UnionBody")


def test_a_trade_opened_by_a_preposition_s_character_keeps_its_union(analyse):
    entities, _, _ = analyse("柳州市盲人按摩行业工会联合会揭牌成立。柳州市在线教育行业工会联合会成立。")
    assert {"柳州市盲人按摩行业工会联合会", "柳州市在线教育行业工会联合会"} <= set(of_type(entities, "UnionBody"))


def test_a_bare_level_s_union_that_acts_is_the_place_s_federation(analyse):
    entities, relations, _ = analyse("仲巴县总工会开展慰问。上午县工会联合县委宣传部开展了“送温暖”活动。县工会还走访了困难职工。")
    assert [name for kind, name in entities if kind == "UnionBody"] == ["仲巴县总工会"]
    assert ("仲巴县总工会", "organizes", "送温暖") in relations


def test_the_lower_of_two_levels_counted_names_no_federation(analyse):
    entities, _, _ = analyse("天津市总工会联合和平区总工会开展活动。由市总、区总两级工会共同推进。")
    unions = [mention for mention in entities.values() if mention.type == "UnionBody"]
    assert {union.name for union in unions} == {"天津市总工会", "天津市和平区总工会"}
    assert "区总" not in next(union for union in unions if union.name == "天津市和平区总工会").aliases


def test_no_union_named_across_an_officer_and_a_clause(analyse):
    entities, _, _ = analyse("荔湾区总工会听取了集团工会主席陈穗菊汇报集团工会制度建设情况。")
    assert set(of_type(entities, "UnionBody")) == {"广州市荔湾区总工会"}
    assert "陈穗菊" in of_type(entities, "Person")


def test_a_bureau_s_union_with_its_company_in_brackets(analyse):
    entities, _, _ = analyse("西青区烟草专卖局(分公司)工会开展亲子活动。")
    assert "西青区烟草专卖局工会" in of_type(entities, "UnionBody")
    assert "西青区烟草专卖局" in of_type(entities, "Organization")


def test_mothers_rooms_named_after_a_union_are_no_union_bodies(analyse):
    entities, _, _ = analyse("验收合格的公共场所工会妈妈小屋已达30家，万达广场工会爱心母婴室正式启用，新城公司工会哺乳室对外开放。")
    assert of_type(entities, "UnionBody") == {}


def test_a_countys_joint_union_of_a_trade_named_by_its_nouns(analyse):
    entities, relations, _ = analyse("宁远县道路货运联合基层工会主席李强表示，宁远县货运工会联合会将为货车司机服务。")
    assert {"宁远县道路货运联合基层工会", "宁远县货运工会联合会"} <= set(of_type(entities, "UnionBody"))
    assert ("李强", "worksFor", "宁远县道路货运联合基层工会") in relations


def test_audit_committees_written_short_listed_with_posts_or_of_a_union_as_written(analyse):
    entities, relations, _ = analyse("湖南省总工会经审委员会主任周丽到长沙调研。")
    assert "湖南省总工会经审委员会" not in of_type(entities, "UnionBody")
    assert ("周丽", "worksFor", "湖南省总工会经费审查委员会") in relations
    entities, relations, _ = analyse("大会选举产生湖南省总工会第十五届委员会委员、经费审查委员会委员。")
    assert ("湖南省总工会经费审查委员会", "subOrganizationOf", "湖南省总工会") in relations
    entities, relations, _ = analyse("新乡市牧野区工会主席杨光星及经审委员会主任石莉出席。")
    assert ("新乡市牧野区工会经费审查委员会", "subOrganizationOf", "新乡市牧野区工会") in relations


def test_a_builders_project_and_area_unions_are_enterprise_unions(analyse):
    entities, relations, _ = analyse("中建八局合肥项目工会联合会成立。中铁四局武汉片区工会联合会为农民工讨薪。"
                                     "长丰路桥公司柳溪项目工会与城东地铁项目工会联合举办健步走活动。")
    assert {"中建八局合肥项目工会联合会", "中铁四局武汉片区工会联合会", "长丰路桥公司柳溪项目工会", "城东地铁项目工会"} \
        <= set(of_type(entities, "UnionBody"))
    assert {"中建八局", "中铁四局", "长丰路桥公司"} <= set(of_type(entities, "Organization"))
    assert not any(subject == "长丰路桥公司" and predicate == "organizes" for subject, predicate, _ in relations)


def test_a_levels_union_school_written_with_the_union_word_alone(analyse):
    entities, relations, _ = analyse("湖南省总工会组织学员到省工会干部学校学习。")
    assert ("湖南省工会干部学校", "subOrganizationOf", "湖南省总工会") in relations
    entities, relations, _ = analyse("上海市奉贤区总工会邀请市工会管理职业学院老师讲解。")
    assert "上海市工会管理职业学院" in of_type(entities, "UnionBody")


def test_a_federations_sanatorium_named_after_a_place_whose_name_opens_with_a_stopping_character(analyse):
    _, relations, _ = analyse("成都市总工会都江堰疗养院接待劳模。")
    assert ("成都市总工会都江堰疗养院", "subOrganizationOf", "成都市总工会") in relations


def test_an_industrys_union_with_a_second_field_in_brackets(analyse):
    entities, relations, _ = analyse("北京市总工会指导，北京市工业(国防)工会联合北京市教育（科技）工会举办大赛。")
    assert {"北京市工业(国防)工会", "北京市教育（科技）工会"} <= set(of_type(entities, "UnionBody"))
    assert ("北京市工业(国防)工会", "subOrganizationOf", "北京市总工会") in relations


def test_a_province_after_a_chain_of_places_names_the_building_not_where_the_union_is(analyse):
    entities, relations, _ = analyse("合肥市瑶海区浙江商贸城楼宇工会联合会成立。成都市武侯区广东商会工会开展活动。")
    assert "合肥市瑶海区浙江商贸城楼宇工会联合会" in of_type(entities, "UnionBody")
    assert {("合肥市瑶海区浙江商贸城楼宇工会联合会", "locatedIn", "瑶海区"), ("成都市武侯区广东商会工会", "locatedIn", "武侯区")} <= relations


def test_provinces_counted_before_their_union_word_and_an_autonomous_regions_federation_written_short(analyse):
    entities, _, _ = analyse("省总工会向甘肃、青海两省总工会捐赠300万元。宁夏区总召开全委会议。")
    assert {"甘肃省总工会", "青海省总工会", "宁夏回族自治区总工会"} <= set(of_type(entities, "UnionBody"))


def test_a_professional_union_officer_is_no_union_of_a_trade(analyse):
    entities, _, _ = analyse("如今打造专业工会工作者队伍，服务就业工会会员。长丰港货物运输业工会成立。")
    assert set(of_type(entities, "UnionBody")) == {"长丰港货物运输业工会"}


def test_the_unions_of_a_levels_own_units_are_none_named(analyse):
    entities, _, _ = analyse("平顶山市总工会组织市直单位工会主席到叶县税务局观摩。")
    assert set(of_type(entities, "UnionBody")) == {"平顶山市总工会"}


def test_an_areas_union_is_named_as_written(analyse):
    entities, _, _ = analyse("喀什地区工会党组书记王明表示，要做好帮扶。阿克苏地区总工会开展活动。")
    assert {"喀什地区工会", "阿克苏地区总工会"} <= set(of_type(entities, "UnionBody"))
    assert "喀什地区总工会" not in of_type(entities, "UnionBody")


def test_a_federations_departments_and_offices_in_general_are_none_named(analyse):
    entities, _, _ = analyse("武进区总工会机关部(室)负责同志分别向受灾职工送去慰问金。")
    assert set(of_type(entities, "UnionBody")) == {"常州市武进区总工会"}


def test_a_conjunction_before_a_bare_townships_federation_names_no_place(analyse):
    entities, _, _ = analyse("景洪市勐养镇工会联合会成立以来，虽然镇工会联合会的工作人员不多，但工作扎实。")
    assert set(of_type(entities, "UnionBody")) == {"景洪市勐养镇工会联合会"}


def test_a_company_s_union_lies_where_the_text_sites_it(analyse):
    _, relations, _ = analyse("位于江宁区的晨星机械公司工会组织职工开展“安康杯”竞赛。")
    assert ("晨星机械公司工会", "locatedIn", "江宁区") in relations
    assert ("安康杯", "locatedIn", "江宁区") in relations


def test_a_county_s_union_of_the_new_forms_of_work_is_its_federation_s_unit(analyse):
    entities, relations, _ = analyse("杭州市萧山区总工会指导萧山区新业态工会联合会召开推进会，德化县新业态工会同日成立。")
    assert {"萧山区新业态工会联合会", "德化县新业态工会"} <= set(of_type(entities, "UnionBody"))
    assert ("萧山区新业态工会联合会", "subOrganizationOf", "杭州市萧山区总工会") in relations
    entities, _, _ = analyse("惠安县新业态工会联合会工作推进会召开。")  # the federation's work meeting
    assert set(of_type(entities, "UnionBody")) == {"惠安县新业态工会联合会"}


def test_a_city_s_district_named_like_a_forest_district_carries_its_city(analyse):
    entities, _, _ = analyse("碑林区总工会和神农架林区总工会开展交流。")
    assert {"西安市碑林区总工会", "神农架林区总工会"} <= set(of_type(entities, "UnionBody"))


def test_a_union_acting_on_another_through_an_adverb_and_a_verb_is_not_its_name(analyse):
    entities, _, _ = analyse("华兴建设公司工会积极配合华兴集团工会开展工作。宏达电子公司工会认真学习恒通电子公司工会的经验。")
    assert set(of_type(entities, "UnionBody")) == {"华兴建设公司工会", "华兴集团工会", "宏达电子公司工会", "恒通电子公司工会"}


def test_no_centre_of_a_union_from_the_whole_s_central_tasks(analyse):
    entities, _, _ = analyse("邵阳市总工会服务中心大局有担当，县总工会助力中心任务落实。市总工会职工服务中心主任王明出席。")
    assert set(of_type(entities, "UnionBody")) == {"邵阳市总工会", "邵阳市总工会职工服务中心", "县总工会"}


def test_a_place_s_industry_union_written_again_without_its_place_before_its_unit(analyse):
    entities, relations, _ = analyse("重庆市教育工会召开会议。市教育工会副主席刘伟、教育工会女工部主任高敏出席。加强教育工会建设。")
    assert "重庆市教育工会女工部" in of_type(entities, "UnionBody")
    assert ("高敏", "worksFor", "重庆市教育工会女工部") in relations


def test_the_federations_of_places_counted_are_none_named(analyse):
    entities, _, _ = analyse("近日，长三角三省一市总工会在上海签署职工服务合作协议。")
    assert of_type(entities, "UnionBody") == {}
    entities, _, _ = analyse("迎五一市总工会举办职工文艺汇演。广州市总工会主席出席。")
    assert "广州市总工会" in of_type(entities, "UnionBody")


def test_the_unions_of_kinds_of_public_body_are_none_named(analyse):
    entities, _, _ = analyse("近日，佛山市教育工会召开会议，各基层学校工会、市直属学校工会主席参加，市农村学校教师参训。"
                             "县区学校工会负责人、附属医院工会代表发言。")
    assert set(of_type(entities, "UnionBody")) == {"佛山市教育工会"}
    assert of_type(entities, "Organization") == {}


def test_the_place_won_before_a_winning_union_is_no_part_of_its_name(analyse):
    entities, _, _ = analyse("团体第一名红花镇总工会，第二名长江建设集团工会。")
    assert "长江建设集团工会" in of_type(entities, "UnionBody")
    assert not [name for name in of_type(entities, "UnionBody") if "名" in name]


def test_a_federation_s_legal_work_department_written_short_is_no_law(analyse):
    entities, relations, _ = analyse("丽水市总工会法工部部长王立出席。")
    assert {"丽水市总工会", "丽水市总工会法工部"} <= set(of_type(entities, "UnionBody"))
    assert ("王立", "worksFor", "丽水市总工会法工部") in relations


def test_a_level_s_union_listed_with_the_level_s_other_bodies_is_its_federation(analyse):
    entities, _, _ = analyse("罗庄区召开会议，区工会、区人社局、区工商联相关负责人参加。")
    assert "临沂市罗庄区总工会" in of_type(entities, "UnionBody")


def test_the_union_system_of_our_city_is_its_federation(analyse):
    entities, relations, _ = analyse("重庆讯 记者从市有关部门获悉，本市工会系统积极开展“冬日暖心”活动。")
    assert "重庆市总工会" in of_type(entities, "UnionBody")
    assert ("重庆市总工会", "organizes", "冬日暖心") in relations


def test_an_industry_union_after_a_bare_autonomous_region_is_a_unit_of_its_federation(analyse):
    entities, relations, _ = analyse("日前，自治区交通建设产业工会举办技能比武。宁夏回族自治区总工会有关负责人出席。")
    assert "宁夏回族自治区交通建设产业工会" in of_type(entities, "UnionBody")
    assert ("宁夏回族自治区交通建设产业工会", "subOrganizationOf", "宁夏回族自治区总工会") in relations


def test_an_aspect_particle_ends_no_name(analyse):
    entities, _, _ = analyse("换届选举顺利完成，标志着医院工会建设翻开新篇章。")
    assert of_type(entities, "UnionBody") == {} and of_type(entities, "Organization") == {}


def test_a_city_s_union_of_a_kind_of_firm_with_its_officer_is_a_body(analyse):
    entities, relations, _ = analyse("三明市私营企业工会主席林建华一行到企业调研。")
    assert "三明市私营企业工会" in of_type(entities, "UnionBody")
    assert ("林建华", "worksFor", "三明市私营企业工会") in relations
    entities, _, _ = analyse("三明市企业工会要加强建设。")
    assert "三明市企业工会" not in of_type(entities, "UnionBody")


def test_a_sector_s_unions_across_the_country_or_a_rank_are_no_national_union(analyse):
    entities, _, _ = analyse("编制全国水运系统工会服务阵地清单。各区县工会要努力争创全国一流工会。")
    assert of_type(entities, "UnionBody") == {}


def test_the_industry_unions_a_federation_manages_directly_are_none_named(analyse):
    entities, _, _ = analyse("成都市总工会将覆盖范围扩大到各直管产业工会。")
    assert set(of_type(entities, "UnionBody")) == {"成都市总工会"}


def test_a_place_s_workers_cultural_centre_is_its_federation_s_institution(analyse):
    entities, relations, _ = analyse("巴中市职工文化中心今年承办了多场职工演出。巴中市总工会主席出席。")
    assert "巴中市职工文化中心" in of_type(entities, "UnionBody")
    assert ("巴中市职工文化中心", "subOrganizationOf", "巴中市总工会") in relations


def test_the_committees_of_a_union_s_term_elected_are_its_units(analyse):
    entities, relations, _ = analyse("大会选举产生了旺苍县总工会第九届委员会、第九届经费审查委员会，协商产生第九届女职工委员会。")
    assert {"旺苍县总工会经费审查委员会", "旺苍县总工会女职工委员会"} <= set(of_type(entities, "UnionBody"))
    assert ("旺苍县总工会经费审查委员会", "subOrganizationOf", "旺苍县总工会") in relations


def test_an_audit_office_written_in_full_is_one_unit(analyse):
    entities, _, _ = analyse("县总工会经审办公室工作人员参加培训。苍溪县总工会召开会议。")
    units = [name for name in of_type(entities, "UnionBody") if "办" in name]
    assert units == ["苍溪县总工会经审办公室"]


def test_a_service_point_at_a_union_is_no_union(analyse):
    entities, _, _ = analyse("柳州市总工会建成市法律援助工会受理点。")
    assert set(of_type(entities, "UnionBody")) == {"柳州市总工会"}
