from tests.helpers import of_type


def test_chain_yields_every_division_inside_the_one_before(analyse):
    entities, relations, _ = analyse("浙江温州乐清市柳市镇的电器企业很多。")
    assert {"浙江省", "温州市", "乐清市", "柳市镇"} <= set(of_type(entities, "Region"))
    assert ("柳市镇", "partOf", "乐清市") in relations
    assert ("乐清市", "partOf", "温州市") in relations
    assert entities[("Region", "柳市镇")].attributes["province"] == "浙江省"


def test_short_forms_resolve_to_full_names(analyse):
    entities, _, _ = analyse("新疆和广西的职工代表来到黔东南州参观。")
    assert {"新疆维吾尔自治区", "广西壮族自治区", "黔东南苗族侗族自治州"} <= set(of_type(entities, "Region"))
    assert entities[("Region", "黔东南苗族侗族自治州")].attributes["level"] == "prefecture"


def test_shared_names_follow_the_places_around_them(analyse):
    entities, _, _ = analyse("北京市东城区和朝阳区的工会干部座谈。")
    assert entities[("Region", "朝阳区")].attributes["province"] == "北京市"
    entities, _, _ = analyse("吉林省长春市南关区和朝阳区的工会干部座谈。")
    assert entities[("Region", "朝阳区")].attributes["province"] == "吉林省"


def test_common_words_are_not_places(analyse):
    entities, _, _ = analyse("大家团结协作，开发新产品，城区面貌焕然一新，和平发展。")
    assert set(of_type(entities, "Region")) == set()


def test_well_being_in_union_news_is_no_city_and_no_person_unless_the_city_is_named(analyse):
    entities, _, _ = analyse("各单位开展防暑保安康活动，建设职工安康驿站。")
    assert not of_type(entities, "Region") and not of_type(entities, "Person")
    entities, _, _ = analyse("陕西省总工会开展活动。安康职工踊跃参加。")
    assert "安康市" in of_type(entities, "Region")


def test_the_countryside_is_no_village(analyse):
    entities, _, _ = analyse("泉州探索乡村振兴新路径，建设美丽乡村。")
    assert set(of_type(entities, "Region")) == {"泉州市"}


def test_a_zone_of_a_city_named_after_an_industry_is_named_with_its_city(analyse):
    entities, relations, _ = analyse("长春汽车经济技术开发区总工会开展活动。重庆万盛经济技术开发区举办比赛。")
    assert {"长春汽车经济技术开发区", "万盛经济技术开发区"} <= set(of_type(entities, "Region"))
    assert ("长春汽车经济技术开发区总工会", "locatedIn", "长春汽车经济技术开发区") in relations


def test_an_autonomous_county_written_without_its_peoples(analyse):
    entities, relations, _ = analyse("长阳自治县总工会开展慰问。")
    assert ("长阳土家族自治县总工会", "locatedIn", "长阳土家族自治县") in relations


def test_short_county_names_opening_a_list_of_places_in_the_named_province(analyse):
    entities, _, _ = analyse("湖北省总工会组织专车，分别开往罗田、红安两地。")
    assert {"罗田县", "红安县"} <= set(of_type(entities, "Region"))
    entities, _, _ = analyse("湖北省总工会组织专车开往罗田。")
    assert "罗田县" not in of_type(entities, "Region")  # alone, the name needs its city named


def test_a_county_s_short_name_that_is_a_word_before_its_body_where_the_county_is_named(analyse):
    entities, relations, _ = analyse("五峰自治县召开大会。五峰总工会走访慰问困难职工。")
    assert ("五峰土家族自治县总工会", "locatedIn", "五峰土家族自治县") in relations
    assert "五峰镇" not in of_type(entities, "Region")  # the county's, not its seat's


def test_the_village_or_community_a_body_is_paired_with_is_none_named(analyse):
    entities, _, _ = analyse("市总工会干部到包联村石桥镇李庄村植树。作联点社区开展服务。")
    assert "包联村" not in of_type(entities, "Region") and "作联点社区" not in of_type(entities, "Region")
    assert "李庄村" in of_type(entities, "Region")


def test_the_place_of_a_county_s_media_centre_dateline(analyse):
    entities, _, _ = analyse("汨罗融媒体讯 近日，市委组织部牵头，市总工会实施。")
    assert "汨罗市总工会" in of_type(entities, "UnionBody")


def test_short_county_name_needs_support(analyse):
    alone, _, _ = analyse("工人们搬迁安置后生活稳定。")
    assert set(of_type(alone, "Region")) == set()
    supported, _, _ = analyse("台山市举办招聘会。台山的企业踊跃参加。")
    assert supported[("Region", "台山市")].aliases >= {"台山", "台山市"}



def test_villages_and_zones_by_pattern(analyse):
    entities, relations, _ = analyse("福建宁德市蕉城区八都镇猴盾村建起了服务站。")
    assert "猴盾村" in set(of_type(entities, "Region"))
    assert entities[("Region", "猴盾村")].attributes["level"] == "village"
    assert ("猴盾村", "partOf", "八都镇") in relations
    entities, relations, _ = analyse("福建宁德市蕉城区八都镇猴盾村委操场上举行活动。")
    assert ("猴盾村", "partOf", "八都镇") in relations
    assert of_type(entities, "Organization") == {}
    zone, _, _ = analyse("湖南省长沙经开区举办技能比武。")
    assert "长沙经济技术开发区" in set(of_type(zone, "Region"))


def test_a_short_name_that_does_not_stand_alone_does_not_hide_the_next(analyse):
    entities, _, _ = analyse("记者近日从江苏省总工会获悉，全省开展劳动竞赛。")
    assert "江苏省" in of_type(entities, "Region")


def test_places_in_bylines_and_quoted_villages_are_not_regions(analyse):
    entities, _, _ = analyse("本报通讯员 李长沙 摄\n记者从湖南省总工会获悉，昔日“空心村”如今变了样。")
    assert set(of_type(entities, "Region")) == {"湖南省"}
    entities, _, _ = analyse("兰州市总工会举办职工运动会。\n文/马西宁 图/李定西 编辑：张天水")
    assert set(of_type(entities, "Region")) == {"兰州市"}


def test_divisions_since_abolished_resolve_with_their_last_year(analyse):
    entities, relations, _ = analyse("2015年，山东省莱芜市总工会和杭州市江干区总工会开展交流。")
    regions = of_type(entities, "Region")
    assert regions["莱芜市"].attributes == {"province": "山东省", "level": "prefecture",
                                          "code": "371200000000", "until": "2017"}
    assert regions["江干区"].attributes["until"] == "2020"
    assert ("江干区", "partOf", "杭州市") in relations


def test_a_former_name_is_the_renamed_division(analyse):
    entities, _, _ = analyse("湖北襄樊市总工会举办技能大赛。")
    regions = of_type(entities, "Region")
    assert "襄樊市" in regions["襄阳市"].aliases and "until" not in regions["襄阳市"].attributes


def test_the_short_name_of_a_division_that_is_gone_needs_support(analyse):
    entities, _, _ = analyse("莱芜的职工说，收入涨了。")
    assert of_type(entities, "Region") == {}


def test_township_the_gazetteer_does_not_list_right_after_its_county(analyse):
    entities, relations, _ = analyse("家住长沙县金桥街道银杏社区的职工李华领到了助学金。")
    regions = {name for kind, name in entities if kind == "Region"}
    assert {"长沙县", "金桥街道", "银杏社区"} <= regions
    assert ("金桥街道", "partOf", "长沙县") in relations


def test_residents_area_after_a_verb_is_a_village_level_place(analyse):
    entities, _, _ = analyse("工会干部走进柳荫居民区，看望困难职工。")
    assert ("Region", "柳荫居民区") in entities


def test_a_division_whose_head_is_in_no_list_and_its_union_below_the_county(analyse):
    entities, relations, _ = analyse("包头市石拐区吉忽伦图苏木工会联合会为牧民职工送去慰问品。")
    assert ("Region", "吉忽伦图苏木") in entities  # 苏木 stands in no list: the gazetteer names it
    assert ("UnionBody", "包头市石拐区吉忽伦图苏木工会联合会") in entities
    assert ("吉忽伦图苏木", "partOf", "石拐区") in relations


def test_a_two_character_name_of_a_division_since_gone_needs_a_chain(analyse):
    entities, _, _ = analyse("湘江新区总工会召开会议，高新区工会也派员参加。")
    regions = {name for kind, name in entities if kind == "Region"}
    assert "新区" not in regions
    assert ("UnionBody", "湘江新区总工会") in entities


def test_a_county_after_a_county_it_is_not_in_is_no_place(analyse):
    entities, _, _ = analyse("晋江市罗山总工会在兰峰社区开展活动。")
    assert set(of_type(entities, "Region")) == {"晋江市", "罗山街道", "兰峰社区"}  # 晋江市's street, not 罗山县
    assert not any("罗山县" in name for _, name in entities)


def test_a_name_whose_ends_belong_to_the_words_around_it_is_no_place(analyse):
    entities, _, _ = analyse("为了隆重庆祝国庆节，工会把温暖关怀化作力量。")
    assert of_type(entities, "Region") == {}


def test_a_frequent_word_before_a_village_head_after_a_division_is_no_village(analyse):
    entities, _, _ = analyse("长安区郭杜街道实现社区工会组织全覆盖。云南省农业农村厅参加。丰都县栗子乡南江村也参加。")
    regions = set(of_type(entities, "Region"))
    assert "南江村" in regions
    assert not {"实现社区", "农业农村"} & regions


def test_a_place_name_inside_a_road_name_is_no_place(analyse):
    entities, _, _ = analyse("昌吉市北京南路工会户外劳动者服务站启用，长安街也有一个。")
    assert set(of_type(entities, "Region")) == {"昌吉市"}


def test_a_street_of_the_county_shortened_to_jie_before_its_union(analyse):
    entities, relations, _ = analyse("西青区李七庄街总工会联合打造驿站，解放街也很热闹。")
    assert "李七庄街道" in of_type(entities, "Region")
    assert ("天津市西青区李七庄街道总工会", "locatedIn", "李七庄街道") in relations


def test_a_city_whose_last_character_opens_its_district(analyse):
    entities, relations, _ = analyse("青岛市南区成立工会联合会，青岛市北区总工会开展活动。江门市恩平市也参加。")
    assert {"青岛市", "市南区", "市北区", "江门市", "恩平市"} == set(of_type(entities, "Region"))
    assert ("青岛市市北区总工会", "locatedIn", "市北区") in relations


def test_a_rare_word_before_a_village_head_names_the_village(analyse):
    entities, _, _ = analyse("慰问团先后深入永定社区、海博社区。利用社区资源，夯实乡村基础。")
    assert set(of_type(entities, "Region")) == {"永定社区", "海博社区"}


def test_a_two_character_county_in_a_list_of_places(analyse):
    entities, _, _ = analyse("慰问了长子县轩阳物流有限公司和沁县、武乡县等地的农民工。")
    assert {"沁县", "武乡县", "长子县"} <= set(of_type(entities, "Region"))


def test_a_township_level_after_a_county_names_no_township(analyse):
    entities, _, _ = analyse("南通市海安县推进镇级工会规范化建设。")
    assert set(of_type(entities, "Region")) == {"南通市", "海安市"}  # the county, now a city


def test_a_short_name_whose_first_character_ends_a_frequent_word_is_no_place(analyse):
    entities, _, _ = analyse("长沙市共建立职工书屋50家，其中市总工会命名10家。")
    assert set(of_type(entities, "Region")) == {"长沙市"}
    assert set(of_type(entities, "UnionBody")) == {"长沙市总工会"}


def test_a_verb_before_a_township_head_and_a_river_named_like_a_former_prefecture_are_no_places(analyse):
    entities, _, _ = analyse("通辽市科尔沁区机关工会联合街道综合文化站举办活动，比赛在松花江上举行。")
    assert set(of_type(entities, "Region")) == {"通辽市", "科尔沁区"}
    entities, _, _ = analyse("湖南省衡阳市蒸湘区联合街道总工会开展活动。")
    assert "联合街道" in of_type(entities, "Region")


def test_a_verb_joining_bodies_before_a_bare_county_s_is_no_county(analyse):
    entities, _, _ = analyse("定兴县人社局会同县总工会、县妇联开展专项检查。")
    assert set(of_type(entities, "Region")) == {"定兴县"}
    assert "定兴县总工会" in of_type(entities, "UnionBody")
    entities, _, _ = analyse("湖南省怀化市会同县总工会开展慰问。")
    assert "会同县" in of_type(entities, "Region")


def test_a_short_name_before_a_prefecture_of_its_own_is_that_province(analyse):
    entities, relations, _ = analyse("天津宝坻、河北唐山两地工会开展交流。")
    assert "河北省" in of_type(entities, "Region") and "河北区" not in of_type(entities, "Region")
    assert ("唐山市", "partOf", "河北省") in relations


def test_a_community_whose_name_opens_with_a_province_s_short_name_is_no_province(analyse):
    entities, relations, _ = analyse("淄博市张店区总工会志愿者走进广西坡社区。一位来自河南农村的职工参加。")
    assert set(of_type(entities, "Region")) == {"淄博市", "张店区", "广西坡社区", "河南省"}
    assert ("广西坡社区", "partOf", "张店区") in relations


def test_a_locality_lies_in_the_most_specific_division_any_mention_is_written_after(analyse):
    entities, relations, _ = analyse("温州桂柳社区工会开展活动\n\n近日，温州市鹿城区松台街道桂柳社区工会开展活动。")
    assert ("桂柳社区", "partOf", "松台街道") in relations and ("桂柳社区", "partOf", "温州市") not in relations
    assert set(of_type(entities, "UnionBody")) == {"温州市鹿城区松台街道桂柳社区工会"}


def test_a_short_name_in_a_performed_work_s_title_is_no_place(analyse):
    entities, _, _ = analyse("鹤岗市总工会慰问演出中，独唱《我爱你四川》和舞蹈《梦里江南到甘肃》赢得掌声。职工阅读《甘肃工人报》。")
    assert set(of_type(entities, "Region")) == {"鹤岗市", "甘肃省"}


def test_protection_and_resort_zones_are_zones(analyse):
    entities, relations, _ = analyse("盐城市盐都区西湖旅游度假区工会成立。五指峰保护开发区工会召开大会。")
    regions = set(of_type(entities, "Region"))
    assert {"西湖旅游度假区", "五指峰保护开发区"} <= regions
    assert ("西湖旅游度假区", "partOf", "盐都区") in relations
    assert "五指峰保护开发区工会" in of_type(entities, "UnionBody")


def test_a_regional_opera_or_ballad_named_after_a_place_is_no_place(analyse):
    entities, _, _ = analyse("文艺小分队表演了山东梆子、河南坠子和京东大鼓。")
    assert not of_type(entities, "Region")


def test_science_cities_are_zones_named_again_without_their_division(analyse):
    entities, relations, _ = analyse("宁波鄞州区东湖科技城工会走访企业。东湖科技城的企业职工参加。")
    assert set(of_type(entities, "Region")) == {"宁波市", "鄞州区", "东湖科技城"}
    assert ("东湖科技城", "partOf", "鄞州区") in relations


def test_a_village_of_one_character_right_after_its_township(analyse):
    entities, relations, _ = analyse("宝丰县周庄镇枣村举行活动，枣村工会主席参加。全镇农村职工受益。")
    assert ("枣村", "partOf", "周庄镇") in relations
    assert "宝丰县周庄镇枣村工会" in of_type(entities, "UnionBody")
    assert "农村" not in of_type(entities, "Region")


def test_no_zone_named_from_a_pronoun_and_a_verb(analyse):
    entities, _, _ = analyse("选手们沿着产业园区奔跑，队员们围着工业园区跑了一圈。")
    assert of_type(entities, "Region") == {}


def test_no_place_in_the_names_of_a_photo_credit(analyse):
    entities, _, _ = analyse("吉林省总工会举办活动。（毛朝阳、方秀琴 摄影报道）")
    assert set(of_type(entities, "Region")) == {"吉林省"}


def test_no_place_in_any_name_of_a_byline_that_lists_several(analyse):
    entities, _, _ = analyse("（记者 赵海平 孙兰州）近日，枣庄市薛城区总工会举行揭牌仪式。")
    assert "兰州市" not in of_type(entities, "Region")


def test_a_city_whose_short_name_is_also_a_word_where_the_article_names_it_otherwise(analyse):
    entities, relations, _ = analyse("营口日报讯（记者 张三）近日，大石桥市总工会开展活动。")
    assert {"营口市", "大石桥市"} <= set(of_type(entities, "Region"))
    assert ("大石桥市", "partOf", "营口市") in relations
    entities, _, _ = analyse("日照时间长，职工很辛苦。")
    assert of_type(entities, "Region") == {}


def test_the_place_of_a_news_site_s_dateline_is_the_article_s(analyse):
    entities, _, _ = analyse("县总工会到一线送清凉\n遂昌新闻网讯 7月31日上午，县总工会工作人员带着夏令用品看望劳动者。")
    assert "遂昌县" in of_type(entities, "Region")
    assert "遂昌县总工会" in of_type(entities, "UnionBody")


def test_a_town_written_without_its_head_right_after_its_county_or_prefecture(analyse):
    entities, relations, _ = analyse("推进会在宝鸡蔡家坡举行。启动仪式在永靖县刘家峡举行。")
    assert {"蔡家坡镇", "刘家峡镇"} <= set(of_type(entities, "Region"))
    assert ("刘家峡镇", "partOf", "永靖县") in relations
    entities, _, _ = analyse("宁夏贺兰县习岗街一带的商户参加。赣州蓉江新区总工会举行活动。")
    assert not {"习岗镇", "蓉江街道"} & set(of_type(entities, "Region"))


def test_a_short_name_in_a_quoted_sentence_names_the_place(analyse):
    entities, _, _ = analyse("工会响应“今年春节，我们一起在宁波过年”倡议。开展“安康杯”竞赛。")
    assert set(of_type(entities, "Region")) == {"宁波市"}


def test_a_name_shared_by_a_province_and_its_city_before_a_development_zone_is_the_city(analyse):
    entities, _, _ = analyse("吉林经开区总工会开展送温暖活动。")
    assert "吉林市" in of_type(entities, "Region") and "吉林省" not in of_type(entities, "Region")


def test_a_zone_written_bare_is_the_one_of_the_city_named_before(analyse):
    entities, relations, _ = analyse("合肥市总工会与高新区工会工委共同举办培训。全国各高新区发展迅速。")
    zones = [e for e in of_type(entities, "Region").values() if e.attributes.get("level") == "zone"]
    assert [zone.name for zone in zones] == ["合肥高新技术产业开发区"]  # not 各高新区
    assert ("合肥高新技术产业开发区工会工委", "subOrganizationOf", "合肥市总工会") in relations


def test_a_division_that_is_gone_is_meant_where_the_place_before_it_holds_it(analyse):
    entities, _, _ = analyse("重庆市江北区总工会开展活动。宁波江北区总工会也开展活动。")
    unions = of_type(entities, "UnionBody")
    assert {"重庆市江北区总工会", "宁波市江北区总工会"} <= set(unions)
    assert unions["重庆市江北区总工会"].attributes["region"] == "region:500105000000"  # GB/T 2260, until 2024


def test_a_shared_township_name_far_from_the_article_s_province_is_a_township_of_its_county(analyse):
    entities, relations, _ = analyse("湖州市吴兴区总工会举办比赛。文昌街道总工会代表队获奖。")
    assert "湖州市吴兴区文昌街道总工会" in of_type(entities, "UnionBody")  # no 文昌街道 of Zhejiang is listed
    assert ("湖州市吴兴区文昌街道总工会", "subOrganizationOf", "湖州市吴兴区总工会") in relations


def test_a_zone_after_a_province_named_later_than_a_city_outside_it_lies_in_the_province(analyse):
    _, relations, _ = analyse("泉州市总工会代表团来访。湖南省总工会在云溪新区举办职工技能大赛。")
    assert ("云溪新区", "partOf", "湖南省") in relations and ("云溪新区", "partOf", "泉州市") not in relations


def test_a_bonded_zone_is_a_zone_and_its_union_its_own(analyse):
    entities, relations, _ = analyse("上海东滩保税区总工会开展活动。重庆龙湾综合保税区工会成立。")
    zones = {e.name for e in of_type(entities, "Region").values() if e.attributes.get("level") == "zone"}
    assert zones == {"东滩保税区", "龙湾综合保税区"}
    assert ("东滩保税区总工会", "locatedIn", "东滩保税区") in relations


def test_a_national_zone_is_the_zone_of_its_division_and_its_union_the_zone_s(analyse):
    entities, relations, _ = analyse("湘潭国家高新技术产业开发区总工会开展活动，国家经济技术开发区建设提速。")
    zones = {e.name for e in of_type(entities, "Region").values() if e.attributes.get("level") == "zone"}
    assert zones == {"湘潭高新技术产业开发区"}
    assert ("湘潭高新技术产业开发区总工会", "locatedIn", "湘潭高新技术产业开发区") in relations


def test_a_street_written_short_after_an_ascii_comma_is_the_county_s(analyse):
    _, relations, _ = analyse("株洲市芦淞区召开会议。3月5日下午,建设街总工会开展活动。")
    assert ("株洲市芦淞区建设街道总工会", "locatedIn", "建设街道") in relations


def test_townships_listed_by_short_names_are_those_of_the_county_named(analyse):
    entities, relations, _ = analyse("茶陵县遭遇暴雨，严塘、虎踞、腰潞等乡镇受灾。茶陵县的火田、秩堂镇等地也受灾。")
    townships = {e.name for e in of_type(entities, "Region").values() if e.attributes.get("level") == "township"}
    assert townships == {"严塘镇", "虎踞镇", "腰潞镇", "火田镇", "秩堂镇"}
    assert ("虎踞镇", "partOf", "茶陵县") in relations
    entities, _, _ = analyse("茶陵县总工会分别在严塘、虎踞举行座谈会，又在会场举行签约。")
    townships = {e.name for e in of_type(entities, "Region").values() if e.attributes.get("level") == "township"}
    assert townships == {"严塘镇", "虎踞镇"}


def test_an_autonomous_county_named_after_its_people_written_short_is_the_article_s(analyse):
    entities, _, _ = analyse("甘肃省东乡县总工会开展慰问，鄂温克旗职工参加。")
    regions = {e.name for e in of_type(entities, "Region").values()}
    assert {"东乡族自治县", "鄂温克族自治旗"} <= regions
    assert "东乡区" not in regions  # the former 东乡县 of another province



def test_a_district_of_a_people_written_without_its_people(analyse):
    entities, _, _ = analyse("瀍河区总工会举办象棋赛，郑州市管城区职工参加。")
    assert {"瀍河回族区", "管城回族区"} <= {e.name for e in of_type(entities, "Region").values()}
    assert "洛阳市瀍河回族区总工会" in of_type(entities, "UnionBody")


def test_a_lake_named_after_a_division_is_no_division(analyse):
    entities, _, _ = analyse("劳模们到牡丹江镜泊湖休养，又参观了微山湖畔的纪念馆。")
    assert {e.name for e in of_type(entities, "Region").values()} == {"牡丹江市"}
    entities, relations, _ = analyse("浙江湖州讯 近日，全市职工运动会开幕。")
    assert ("湖州市", "partOf", "浙江省") in relations
    entities, _, _ = analyse("职工们拜谒中山陵，夜游秦淮河，参观内蒙古河套灌区。")
    assert set(of_type(entities, "Region")) == {"内蒙古自治区"}
    entities, _, _ = analyse("书法家在朝天门市场开展活动。")
    assert of_type(entities, "Region") == {}
    entities, _, _ = analyse("为辽宁振兴作出贡献。湖北五峰总工会开展活动。")
    assert set(of_type(entities, "Region")) == {"辽宁省", "湖北省", "五峰土家族自治县"}


def test_a_short_county_name_before_a_branch_in_a_province_the_article_names(analyse):
    entities, relations, _ = analyse("内蒙古自治区总工会走访了建设银行满洲里支行工会。")
    assert "满洲里市" in {e.name for e in of_type(entities, "Region").values()}
    assert ("建设银行满洲里支行工会", "locatedIn", "满洲里市") in relations
    entities, _, _ = analyse("北京市总工会走访了农商银行潞城支行。")  # 潞城 of Beijing is a town, not 山西's 潞城区
    assert "潞城区" not in {e.name for e in of_type(entities, "Region").values()}


def test_a_short_name_inside_a_person_s_name_after_a_role_is_no_place(analyse):
    entities, _, _ = analyse("会上，副主席张海南讲话，劳模王兰州介绍经验，职工代表李大庆发言。")
    assert not of_type(entities, "Region")
    assert {"张海南", "王兰州"} <= set(of_type(entities, "Person"))
    entities, _, _ = analyse("管委会副主任沈阳东、主任金昌宁出席。")
    assert not of_type(entities, "Region")
    assert {"沈阳东", "金昌宁"} <= set(of_type(entities, "Person"))
    entities, _, _ = analyse("某集团选矿车间副工段长陈海东同志参加。")
    assert "海东市" not in of_type(entities, "Region")
    entities, _, _ = analyse("黄山市总工会副主席、女职委主任吉林出席活动并讲话。")
    assert "吉林省" not in of_type(entities, "Region")


def test_a_zone_named_after_a_place_the_gazetteer_lists_no_more(analyse):
    entities, _, _ = analyse("11月28日，重庆市双桥经开区举办职工运动会。")
    assert "双桥经济技术开发区" in of_type(entities, "Region")


def test_a_short_name_before_its_streets_is_the_place(analyse):
    entities, _, _ = analyse("在长春街头，骑手忙碌。")
    assert "长春市" in of_type(entities, "Region")  # 街头 is no street's name (as 长安街 is)


def test_a_zone_written_bare_after_a_zone_of_its_kind_is_that_zone(analyse):
    entities, relations, _ = analyse("内江市东兴经开区工会联合会成立，经开区工会主席王红讲话。")
    zones = {e.name for e in of_type(entities, "Region").values() if e.attributes.get("level") == "zone"}
    assert zones == {"东兴经济技术开发区"}
    assert ("王红", "worksFor", "东兴经济技术开发区工会") in relations  # not 内江's own zone (and 工会 as written)


def test_a_forest_district_or_special_district_by_its_short_name(analyse):
    entities, _, _ = analyse("湖北省神农架总工会开展活动。")
    assert "神农架林区" in of_type(entities, "Region")


def test_a_short_name_ending_in_xin_before_qu_is_no_place(analyse):
    entities, _, _ = analyse("贵安新区总工会开展活动。")
    assert "安新县" not in of_type(entities, "Region")


def test_a_word_of_reference_before_a_village_head_names_no_village(analyse):
    entities, _, _ = analyse("辖区社区工会和所属社区工会积极参与，所在村的书记讲话。")
    assert of_type(entities, "Region") == {} and of_type(entities, "UnionBody") == {}
    entities, _, _ = analyse("南开区依托各街道、社区党群服务中心开展活动。")
    assert set(of_type(entities, "Region")) == {"南开区"}


def test_a_zone_or_community_after_a_preposition_is_a_place(analyse):
    entities, _, _ = analyse("市总工会对城南经济开发区的企业开展走访，又为柳岸社区送去书籍。")
    assert {"城南经济开发区", "柳岸社区"} <= set(of_type(entities, "Region"))


def test_a_community_opening_with_xin_or_lao_right_after_its_division(analyse):
    entities, relations, _ = analyse("郑州市金水区新华社区工会开展活动，走进该社区。宁乡市老街村举行活动。")
    assert {"新华社区", "老街村"} <= set(of_type(entities, "Region"))
    assert ("新华社区", "partOf", "金水区") in relations
    entities, _, _ = analyse("姜堰区娄庄镇总工会干部又到东阳村、新龙村、幸福村慰问，走访新建村和老旧社区。")
    assert {"东阳村", "新龙村"} <= set(of_type(entities, "Region"))
    assert not {"新建村", "老旧社区"} & set(of_type(entities, "Region"))


def test_a_zone_named_alone_lies_in_the_one_city_the_article_names(analyse):
    entities, relations, _ = analyse("长东新区总工会开展活动，长沙市总工会领导出席。")
    zone = of_type(entities, "Region")["长东新区"]
    assert zone.attributes["province"] == "湖南省"
    assert ("长东新区", "partOf", "长沙市") in relations
    assert ("长东新区总工会", "subOrganizationOf", "长沙市总工会") in relations


def test_a_two_character_county_named_once_before_its_federation(analyse):
    entities, relations, _ = analyse("近日，攸县总工会开展慰问活动。")
    assert ("攸县总工会", "locatedIn", "攸县") in relations
    entities, _, _ = analyse("攸县县委副书记李强讲话。")  # the level written again before its committee
    assert "中共攸县委员会" in of_type(entities, "Organization")
    entities, _, _ = analyse("攸县县政府召开座谈会。")
    assert "攸县人民政府" in of_type(entities, "Organization")
    entities, _, _ = analyse("省、市和县总工会参加。")  # levels listed: no 和县
    assert of_type(entities, "Region") == {}


def test_a_count_with_da_opens_no_place(analyse):
    entities, _, _ = analyse("青岛市四大港区协同发展。")
    assert set(of_type(entities, "Region")) == {"青岛市"}
    entities, _, _ = analyse("天津市大港区总工会开展活动。")
    assert "大港区" in of_type(entities, "Region")


def test_an_autonomous_county_by_its_name_and_level_stands_alone(analyse):
    entities, relations, _ = analyse("孟村县辛店镇工会开展活动。")
    regions = of_type(entities, "Region")
    assert regions["孟村回族自治县"].attributes["code"].startswith("1309")
    assert regions["辛店镇"].attributes["code"].startswith("130930")


def test_no_township_inside_a_government_s_name_nor_a_community_named_by_a_plain_word(analyse):
    entities, _, _ = analyse("广州市人民政府发布通知。全区现有社区工会9个，东湖社区开展活动。")
    regions = set(of_type(entities, "Region"))
    assert "人民街道" not in regions and "现有社区" not in regions
    assert "东湖社区" in regions
    assert "广州市人民政府" in of_type(entities, "Organization")


def test_a_district_many_cities_have_is_the_one_of_the_city_the_article_names(analyse):
    entities, _, _ = analyse("重庆市渝中区总工会和江北区总工会联合开展活动。")
    assert "重庆市江北区总工会" in of_type(entities, "UnionBody")
    entities, _, _ = analyse("宁波市江北区总工会开展活动。")
    assert "宁波市江北区总工会" in of_type(entities, "UnionBody")


def test_a_rare_word_across_a_zone_s_stem_and_head_does_not_unmake_it(analyse):
    entities, _, _ = analyse("职工在云安新区和北湾村参加活动，县为民社区卫生服务中心派员参加。")
    assert set(of_type(entities, "Region")) == {"云安新区", "北湾村"}


def test_an_idiom_opening_with_a_short_name_names_no_place(analyse):
    entities, _, _ = analyse("维护边境安全和长治久安。")
    assert not of_type(entities, "Region")


def test_a_banner_or_league_written_short_by_its_first_character(analyse):
    entities, _, _ = analyse("阿左旗总工会、科右中旗总工会和锡盟总工会联合开展活动。")
    assert {"阿拉善左旗", "科尔沁右翼中旗", "锡林郭勒盟"} <= set(of_type(entities, "Region"))
    assert {"阿拉善左旗总工会", "科尔沁右翼中旗总工会", "锡林郭勒盟总工会"} <= set(of_type(entities, "UnionBody"))


def test_a_county_that_is_also_a_word_in_a_list_of_its_neighbours_and_no_zone_after_deng(analyse):
    entities, _, _ = analyse("黔东南州榕江、凯里、镇远、黎平等县市开展活动。")
    assert "镇远县" in of_type(entities, "Region")
    entities, _, _ = analyse("天津市南港交割库等经开区企业参加。")
    assert not any("等" in name for name in of_type(entities, "Region"))


def test_a_county_s_short_name_opening_a_phrase_before_its_union_is_the_county(analyse):
    entities, _, _ = analyse("近日，桐乡工会开展读书活动。")
    assert "桐乡市" in of_type(entities, "Region")
    entities, _, _ = analyse("会议在州委党校举行。全州工会350名代表参加。")
    assert "全州县" not in of_type(entities, "Region")


def test_a_province_by_its_one_character_name_where_people_go_or_meet(analyse):
    entities, _, _ = analyse("全国工会对口援疆工作会议在京召开。我们在京东购物。")
    assert set(of_type(entities, "Region")) == {"北京市"}
    entities, _, _ = analyse("湖南劳模赴沪学习。市总工会副主席刘建华带队。")
    assert "上海市" in of_type(entities, "Region") and "上海市总工会" not in of_type(entities, "UnionBody")
    entities, _, _ = analyse("交流会昨日在汉举行，职工在蓉召开座谈会。汉族职工参加。")
    assert set(of_type(entities, "Region")) == {"武汉市", "成都市"}
    entities, _, _ = analyse("省总工会调研组来漳调研，随后赴厦参加会议。职工来温务工。")
    assert set(of_type(entities, "Region")) == {"漳州市", "厦门市", "温州市"}
    entities, _, _ = analyse("东部某省考察团赴黔学习，随后赴滇考察。劳务人员在川务工，援疆干部返疆工作。")
    assert set(of_type(entities, "Region")) == {"贵州省", "云南省", "四川省", "新疆维吾尔自治区"}


def test_a_township_right_after_a_city_without_counties(analyse):
    entities, relations, _ = analyse("中山市新华镇总工会开展“送清凉”活动。")
    assert ("新华镇", "partOf", "中山市") in relations
    assert ("Region", "新华镇") in entities
    assert ("中山市新华镇总工会", "organizes", "送清凉") in relations
    entities, _, _ = analyse("长沙市新华镇开展活动。")  # a city with counties: a township needs its county
    assert entities.get(("Region", "新华镇")) is None or entities[("Region", "新华镇")].attributes.get("province") != "湖南省"


def test_a_township_whose_first_character_ends_a_frequent_word_is_no_place(analyse):
    entities, _, _ = analyse("湖南省长沙县部分乡镇开展职工培训。")
    assert ("Region", "分乡镇") not in entities


def test_townships_listed_after_a_township_of_the_county(analyse):
    entities, relations, _ = analyse("长沙县总工会深入黄兴镇、青塘乡、果园镇、石湾乡等乡镇开展活动。")
    assert ("青塘乡", "partOf", "长沙县") in relations
    assert ("石湾乡", "partOf", "长沙县") in relations


def test_a_news_agency_named_like_a_district_is_no_place(analyse):
    entities, _, _ = analyse("新华网石家庄9月3日电，石家庄市总工会开展“送清凉”活动。")
    assert ("Region", "新华区") not in entities
    entities, _, _ = analyse("湖南网讯，长沙市总工会开展“送清凉”活动。")
    assert ("Region", "湖南省") in entities


def test_a_span_of_years_before_a_community_head_is_no_place(analyse):
    entities, _, _ = analyse("长沙县近几年社区工作不断加强。")
    assert not any(name.endswith("社区") for kind, name in entities if kind == "Region")


def test_a_street_of_the_article_s_district_written_short_before_its_union(analyse):
    entities, relations, _ = analyse("长沙市芙蓉区总工会开展慰问。韭菜园街总工会将分批次开展活动。")
    assert ("韭菜园街道", "partOf", "芙蓉区") in relations
    assert ("长沙市芙蓉区韭菜园街道总工会", "subOrganizationOf", "长沙市芙蓉区总工会") in relations


def test_a_town_of_a_county_the_article_names_written_without_its_head_before_its_union(analyse):
    entities, relations, _ = analyse("醴陵市总工会召开会议。白兔潭总工会开展职工篮球赛。")
    assert "白兔潭镇" in of_type(entities, "Region")
    assert ("醴陵市白兔潭镇总工会", "subOrganizationOf", "醴陵市总工会") in relations


def test_a_county_named_short_where_the_article_speaks_of_its_bodies_by_the_bare_level(analyse):
    entities, relations, _ = analyse("感谢市总工会对茶陵工作的大力支持。县委副书记、县总工会主席刘建华主持会议。")
    assert "茶陵县" in of_type(entities, "Region")
    assert ("刘建华", "worksFor", "茶陵县总工会") in relations
    entities, _, _ = analyse("攸县总工会在东坪社区安新驿站开展活动，县委和政府高度重视。")
    assert set(of_type(entities, "Region")) >= {"攸县"} and "安新县" not in of_type(entities, "Region")


def test_a_kind_of_village_and_an_area_s_centre_are_no_places(analyse):
    entities, _, _ = analyse("株洲市总工会参观了株洲市示范村工会，在荷塘区青大片区社区中心举办比赛。")
    assert set(of_type(entities, "Region")) == {"株洲市", "荷塘区"}


def test_a_zone_written_as_a_high_technology_development_zone_after_its_city(analyse):
    entities, relations, _ = analyse("株洲高新技术开发区总工会举办职工运动会。")
    assert "株洲高新技术产业开发区" in of_type(entities, "Region")
    assert ("株洲高新技术产业开发区", "partOf", "株洲市") in relations


def test_a_community_named_after_its_new_village_and_its_union_federation(analyse):
    entities, relations, _ = analyse("株洲市荷塘区召开会议。北环新村社区工联会组织成员开展送温暖活动。")
    assert "北环新村社区" in of_type(entities, "Region")
    assert ("株洲市荷塘区北环新村社区工会联合会", "locatedIn", "北环新村社区") in relations


def test_an_autonomous_prefecture_written_by_its_first_character_and_its_level(analyse):
    entities, _, _ = analyse("新疆克州总工会举办职工技能大赛。")
    assert "克孜勒苏柯尔克孜自治州" in of_type(entities, "Region")
    assert "克孜勒苏柯尔克孜自治州总工会" in of_type(entities, "UnionBody")


def test_a_district_of_a_name_several_cities_share_is_the_one_whose_townships_the_article_names(analyse):
    entities, _, _ = analyse("长安区总工会在马王街道、斗门街道开展送清凉活动。")
    assert of_type(entities, "Region")["长安区"].attributes["province"] == "陕西省"
    assert "西安市长安区总工会" in of_type(entities, "UnionBody")


def test_a_two_character_county_opening_with_a_conjunction_anchors_no_county(analyse):
    entities, _, _ = analyse("为茶陵医疗卫生事业发展作出贡献。县总工会慰问了县人民医院和县中心血站。")
    assert "茶陵县总工会" in of_type(entities, "UnionBody")
    entities, _, _ = analyse("安徽省和县总工会开展活动。")
    assert "和县总工会" in of_type(entities, "UnionBody")


def test_a_short_name_opening_with_a_conjunction_before_a_word_it_ends_in_is_no_place(analyse):
    entities, _, _ = analyse("运动会设径赛和田赛两类项目，村民清理路边和田间的垃圾。")
    assert not of_type(entities, "Region")
    entities, _, _ = analyse("喀什地区和和田地区总工会参加，援疆干部在和田工作。")
    assert "和田地区" in of_type(entities, "Region")


def test_a_phrase_of_going_into_communities_names_no_community(analyse):
    entities, _, _ = analyse("组织劳模进社区、党员进社区开展服务。株洲市天元区跃进社区举办活动。")
    assert set(of_type(entities, "Region")) == {"株洲市", "天元区", "跃进社区"}


def test_a_town_s_short_name_opening_a_company_s_name_or_townships_in_general_name_no_town(analyse):
    entities, _, _ = analyse("株洲栗雨物业服务集团股份有限公司工会开展活动。到天元区调研乡镇工会规范化建设。")
    assert set(of_type(entities, "Region")) == {"株洲市", "天元区"}
    entities, _, _ = analyse("天元区栗雨开展活动。")
    assert "栗雨街道" in of_type(entities, "Region")


def test_short_names_listed_before_a_sibling_division_name_its_siblings(analyse):
    entities, _, _ = analyse("省总工会调研组先后到荷塘、芦淞、石峰总工会调研。")
    assert {"荷塘区", "芦淞区", "石峰区"} <= set(of_type(entities, "Region"))
    assert {"株洲市荷塘区总工会", "株洲市芦淞区总工会", "株洲市石峰区总工会"} <= set(of_type(entities, "UnionBody"))


def test_a_village_stem_opening_inside_a_word_names_no_village(analyse):
    entities, _, _ = analyse("工作队走进对口帮扶村——攸县菜花坪镇华星村。")
    assert set(of_type(entities, "Region")) == {"攸县", "菜花坪镇", "华星村"}


def test_a_taiwan_investment_zone_is_a_zone_with_its_federation(analyse):
    entities, relations, _ = analyse("株洲台商投资区总工会举办“职工读书会”。")
    assert of_type(entities, "Region")["株洲台商投资区"].attributes["level"] == "zone"
    assert ("株洲台商投资区总工会", "organizes", "职工读书会") in relations


def test_towns_and_streets_in_general_and_a_finance_and_trade_zone(analyse):
    entities, _, _ = analyse("渝北区激活镇街、社区力量。")
    assert set(of_type(entities, "Region")) == {"渝北区"}
    entities, _, _ = analyse("株洲市天元区华星金融贸易区总工会开展活动。")
    assert of_type(entities, "Region")["华星金融贸易区"].attributes["level"] == "zone"
    assert "华星金融贸易区总工会" in of_type(entities, "UnionBody")


def test_communities_named_after_their_street_or_village(analyse):
    entities, relations, _ = analyse("株洲市天元区嵩山路街道华星东路社区、华达北大街社区工会联合会近日成立。天元区总工会在华星村社区开展活动。")
    assert {"华星东路社区", "华达北大街社区", "华星村社区"} <= set(of_type(entities, "Region"))
    unions = set(of_type(entities, "UnionBody"))
    assert {"株洲市天元区嵩山路街道华星东路社区工会联合会", "株洲市天元区嵩山路街道华达北大街社区工会联合会"} <= unions


def test_an_autonomous_banner_written_by_its_first_character_and_its_level(analyse):
    entities, _, _ = analyse("莫旗总工会开展送温暖活动。")
    assert "莫力达瓦达斡尔族自治旗总工会" in of_type(entities, "UnionBody")


def test_a_banner_written_by_its_first_character_and_its_bare_federation(analyse):
    entities, _, _ = analyse("克旗总工会开展活动。旗总工会主席出席。")
    found = of_type(entities, "UnionBody")
    assert set(found) == {"克什克腾旗总工会"} and "旗总工会" in found["克什克腾旗总工会"].aliases


def test_the_towns_of_a_city_without_counties_lie_in_the_city(analyse):
    entities, relations, _ = analyse("东莞市总工会指导寮步镇总工会举办职工运动会。")
    assert of_type(entities, "Region")["寮步镇"].attributes["code"].startswith("4419")  # 东莞市's
    assert ("东莞市寮步镇总工会", "subOrganizationOf", "东莞市总工会") in relations


def test_ordinary_words_that_hold_a_far_away_division_s_name_name_no_place(analyse):
    entities, _, _ = analyse("沿海的滨海城市发展很快。要推动小城镇发展。这里在建设乡镇敬老院。")
    assert of_type(entities, "Region") == {}
    entities, _, _ = analyse("长沙县总工会深入黄兴镇、果园镇等乡镇开展活动。")
    assert "果园镇" in of_type(entities, "Region")


def test_a_street_written_with_jie_before_its_union_where_no_county_is_named(analyse):
    entities, _, _ = analyse("上周，京溪街总工会为快递员送去慰问品。")
    assert "广州市白云区京溪街道总工会" in of_type(entities, "UnionBody")


def test_a_site_named_like_a_county_before_网讯_is_no_dateline_of_that_county(analyse):
    entities, _, _ = analyse("华龙网讯 近日，株洲市总工会开展活动。遂昌新闻网讯 近日，职工参加活动。")
    assert {e.name for e in of_type(entities, "Region").values()} == {"株洲市", "遂昌县"}


def test_a_short_name_inside_a_name_of_a_bracketed_list_of_names_is_no_place(analyse):
    entities, _, _ = analyse("株洲市总工会举办培训。（吴海东、龙海强、覃富强）")
    assert {e.name for e in of_type(entities, "Region").values()} == {"株洲市"}


def test_a_county_s_short_name_opening_inside_a_city_s_is_part_of_a_word(analyse):
    entities, _, _ = analyse("劳模们走进丹东港集团有限公司，会同市人社局开展培训。")
    assert "东港市" not in {e.name for e in of_type(entities, "Region").values()}
    assert "东港市人力资源和社会保障局" not in of_type(entities, "Organization")


def test_another_province_s_county_short_name_right_after_a_province_is_a_company_s_name(analyse):
    entities, _, _ = analyse("劳模们走进宁夏新安科技有限公司，县委书记宋世文出席。")
    assert "新安县" not in {e.name for e in of_type(entities, "Region").values()}
    assert "中共新安县委员会" not in of_type(entities, "Organization")


def test_a_zone_named_after_a_date_opens_after_it(analyse):
    entities, _, _ = analyse("2025年湘江新区工会开展活动。")
    assert {e.name for e in of_type(entities, "Region").values()} == {"湘江新区"}


def test_a_province_s_short_name_is_no_district_of_the_same_short_name_elsewhere(analyse):
    entities, _, _ = analyse("在天津，从商圈到社区，遍布天津全市的工会驿站。在河北，滦州市总工会组织开展活动。")
    regions = {e.name for e in of_type(entities, "Region").values()}
    assert "河北省" in regions and "河北区" not in regions
    entities, _, _ = analyse("天津市河北区总工会开展活动。")
    assert "河北区" in {e.name for e in of_type(entities, "Region").values()}
    for sentence in ("天津市总工会组织南开、和平、河北等区开展活动。", "天津市和平、河西、河北、南开四区参加。"):
        regions = {e.name for e in of_type(analyse(sentence)[0], "Region").values()}
        assert "河北区" in regions and "河北省" not in regions, sentence


def test_a_village_after_that_township_is_a_village_of_it(analyse):
    entities, relations, _ = analyse("攸县网岭镇总工会开展活动，活动在该镇罗家村拉开帷幕。")
    assert ("罗家村", "partOf", "网岭镇") in relations


def test_a_village_of_a_kind_by_negation_is_no_village(analyse):
    entities, _, _ = analyse("攸县网岭镇有些村虽然属于非贫困村，但也有困难群众。")
    assert "非贫困村" not in {e.name for e in of_type(entities, "Region").values()}


def test_a_short_name_inside_a_speaker_s_name_is_no_place(analyse):
    entities, _, _ = analyse("株洲市总工会送来慰问品。“这是好日子。”陈青海乐呵呵地说道。")
    assert {e.name for e in of_type(entities, "Region").values()} == {"株洲市"}


def test_a_street_written_with_街_before_its_office(analyse):
    entities, _, _ = analyse("广州市白云区召开会议。同德街经济办主任周颖出席，石门街办事处代表队获奖。")
    townships = {e.name for e in of_type(entities, "Region").values() if e.attributes.get("level") == "township"}
    assert {"同德街道", "石门街道"} <= townships


def test_a_company_s_name_holding_城镇_names_no_township(analyse):
    entities, _, _ = analyse("巴林左旗富龙城镇供暖有限责任公司工会成立。")
    assert {e.name for e in of_type(entities, "Region").values()} == {"巴林左旗"}


def test_a_county_s_short_name_ending_a_longer_name_before_its_union_is_no_county(analyse):
    entities, _, _ = analyse("衢州智造新城总工会主席徐青平出席，推动克旗总工会工作。")
    regions = {e.name for e in of_type(entities, "Region").values()}
    assert "新城区" not in regions and "克什克腾旗" in regions


def test_a_community_named_after_its_estate_but_none_after_a_verb_of_going(analyse):
    entities, _, _ = analyse("在春晖家园社区、翠竹社区开展义诊。志愿者们三三两两地走进社区。")
    assert set(of_type(entities, "Region")) == {"春晖家园社区", "翠竹社区"}


def test_a_township_s_name_whose_xiang_opens_a_frequent_word_names_none_alone(analyse):
    entities, _, _ = analyse("五峰土家族自治县总工会助力五峰乡村振兴，加快建设乡镇总工会。")
    assert set(of_type(entities, "Region")) == {"五峰土家族自治县"}


def test_a_far_away_county_s_name_read_as_words_of_a_quoted_slogan_is_no_place(analyse):
    entities, relations, _ = analyse("泉州市总工会围绕市委“强产业、兴城市”双轮驱动开展竞赛。市总工会主席卢小平出席。")
    assert set(of_type(entities, "Region")) == {"泉州市"}
    assert ("卢小平", "worksFor", "泉州市总工会") in relations


def test_a_short_name_before_men_names_a_gate_not_the_division(analyse):
    entities, _, _ = analyse("活动在朝阳门某某大厦举行，天门市总工会派员参加。")
    assert set(of_type(entities, "Region")) == {"天门市"}


def test_a_three_character_short_name_no_other_division_shares_stands_alone(analyse):
    entities, _, _ = analyse("选择留在张家港过年的职工收到了礼包。福州滨海新城建设加快，高碑店地区开展活动。")
    regions = set(of_type(entities, "Region"))
    assert "张家港市" in regions
    assert not regions & {"滨海新区", "高碑店市"}


def test_a_short_name_before_a_street_a_pavilion_a_temple_or_a_basin_names_no_division(analyse):
    entities, _, _ = analyse("固始县总工会在县城中山大街设点，又到中山亭、白马寺慰问。")
    assert set(of_type(entities, "Region")) == {"固始县"}
    entities, _, _ = analyse("合肥市总工会组织志愿者奔赴巢湖流域。")
    assert set(of_type(entities, "Region")) == {"合肥市"}


def test_a_themed_town_and_a_resort_are_no_divisions(analyse):
    entities, _, _ = analyse("南康区总工会在南康区家居小镇举办比赛，又在南康区芳华度假村组织疗休养。")
    assert set(of_type(entities, "Region")) == {"南康区"}


def test_zones_named_as_demonstration_areas_new_sections_or_cooperation_areas(analyse):
    entities, relations, _ = analyse("驻马店市城乡一体化示范区总工会开展活动。上海市临港新片区总工会举办活动。"
                                     "福清市总工会与融侨开发区总工会联合开展慰问。")
    zones = {name for name, entity in of_type(entities, "Region").items() if entity.attributes.get("level") == "zone"}
    assert {"城乡一体化示范区", "临港新片区", "融侨开发区"} <= zones
    assert ("城乡一体化示范区", "partOf", "驻马店市") in relations


def test_a_township_of_a_people_written_without_its_people(analyse):
    entities, relations, _ = analyse("瓜州县广至乡洮砚村的职工。大通县朔北乡东至沟村的职工。")
    regions = set(of_type(entities, "Region"))
    assert {"广至藏族乡", "朔北藏族乡"} <= regions
    assert ("洮砚村", "partOf", "广至藏族乡") in relations


def test_a_township_s_new_quarter_is_no_new_area(analyse):
    entities, _, _ = analyse("来自温岭市箬横镇新区小学的学生获奖。南关区桃源街道、长春新区北湖街道开展阅读活动。")
    regions = set(of_type(entities, "Region"))
    assert "箬横镇新区" not in regions
    assert "长春新区" in regions


def test_an_idiom_after_a_province_names_no_city_of_another(analyse):
    entities, _, _ = analyse("推动西藏长治久安和高质量发展。")
    assert set(of_type(entities, "Region")) == {"西藏自治区"}


def test_a_division_s_union_and_a_verb_of_going_are_no_zone_s_name(analyse):
    entities, _, _ = analyse("株洲市芦淞区白关镇工会来高新区调研。")
    assert not any("工会" in name for name in of_type(entities, "Region"))


def test_a_city_of_a_long_name_by_its_first_character_and_its_level(analyse):
    entities, relations, _ = analyse("乌市总工会组织乌市劳模体检，在呼市举行交流。他招呼市民参加。")
    assert set(of_type(entities, "Region")) == {"乌鲁木齐市", "呼和浩特市"}
    assert ("乌鲁木齐市总工会", "locatedIn", "乌鲁木齐市") in relations


def test_a_new_district_by_the_name_before_its_new_district(analyse):
    entities, relations, _ = analyse("职工运动会在上海浦东举行，沈北新区也设分会场。")
    assert {"上海市", "浦东新区", "沈北新区"} <= set(of_type(entities, "Region"))
    assert ("浦东新区", "partOf", "上海市") in relations


def test_counties_listed_by_short_names_across_prefectures_of_one_province(analyse):
    entities, _, _ = analyse("慰问组先后来到新疆若羌、且末、民丰、策勒、奎屯等地慰问职工。")
    assert {"若羌县", "且末县", "民丰县", "策勒县", "奎屯市"} <= set(of_type(entities, "Region"))


def test_a_conjunction_or_preposition_is_no_part_of_a_locality_s_name(analyse):
    entities, _, _ = analyse("湘潭市雨湖区总工会消息。而东湖社区驿站开放。负责人对社区工作进行指导。要把经济技术开发区建设好。")
    regions = set(of_type(entities, "Region"))
    assert "东湖社区" in regions and not {"而东湖社区", "人对社区", "要把经济技术开发区"} & regions


def test_a_comprehensive_experimental_zone_and_its_federation(analyse):
    entities, relations, _ = analyse("平潭综合实验区总工会举办职工运动会。")
    assert ("Region", "平潭综合实验区") in entities
    assert ("平潭综合实验区总工会", "locatedIn", "平潭综合实验区") in relations


def test_zones_counted_are_no_zone_named(analyse):
    entities, _, _ = analyse("营口市总工会向6家省级工业园区发放慰问金，又走访了12个产业园区。")
    assert not any(kind == "Region" and name.endswith("园区") for kind, name in entities)
    assert ("Region", "营口市") in entities


def test_a_former_county_s_name_whose_stem_is_a_frequent_word_reads_as_words_far_from_it(analyse):
    entities, _, _ = analyse("醴陵市总工会今年新建县职工服务驿站两处。")
    assert not any(kind == "Region" and name.startswith("新建") for kind, name in entities)
    entities, _, _ = analyse("江西省南昌市新建县总工会开展送清凉活动。")
    assert ("Region", "新建区") in entities


def test_a_township_named_after_its_county_is_the_one_meant_where_written_again(analyse):
    entities, relations, _ = analyse("丰台区长辛店镇总工会丰富职工生活。长辛店镇总工会主席李明说，比赛很精彩。")
    assert ("Region", "长辛店镇") in entities
    assert not any(kind == "Region" and name == "辛店镇" for kind, name in entities)
    assert not any(name.endswith("丰台区辛店镇总工会") for _, name in entities)


def test_a_township_no_list_names_written_twice_around_a_namesake_s_short_name(analyse):
    entities, _, _ = analyse("调研组来到绥德县上石场乡高家沟村。该村距上石场乡乡政府3公里。")
    assert "上石场乡" in of_type(entities, "Region")


def test_a_township_no_list_names_right_after_its_county_is_not_another_county_s_namesake(analyse):
    entities, _, _ = analyse("记者来到吴堡县上宝峰乡王家村。该村距上宝峰乡政府4公里。")
    regions = of_type(entities, "Region")
    assert {"上宝峰乡", "王家村"} <= set(regions) and "宝峰彝族乡" not in regions
    assert not any("彝族" in name for name in of_type(entities, "Organization"))


def test_a_short_name_ending_a_mountain_s_name_is_no_place(analyse):
    entities, _, _ = analyse("延吉市总工会走访了长白山森林经营局的一线职工。职工们赴南京栖霞山参观。")
    assert not any(kind == "Region" and name in ("白山市", "栖霞区", "栖霞街道") for kind, name in entities)
    entities, _, _ = analyse("白山市总工会走访了一线职工。")
    assert ("Region", "白山市") in entities


def test_a_park_named_without_its_district_word_is_a_zone(analyse):
    entities, relations, _ = analyse("海城市总工会来到海城市南台工业园，听取了南台工业园园区工会的工作汇报。")
    assert ("Region", "南台工业园") in entities
    assert ("南台工业园", "partOf", "海城市") in relations
    assert any(predicate == "locatedIn" and obj == "南台工业园" for _, predicate, obj in relations)
    entities, _, _ = analyse("村党委带领全村建成红星科技园、红星创业园、红星工业园三个飞地园区。")
    assert not any(kind == "Region" and name.endswith("园") for kind, name in entities)


def test_a_headline_opened_by_its_place_and_a_colon_names_it_though_a_common_word(analyse):
    entities, relations, _ = analyse("东方：工会清凉送到工地\n\n在华电项目工地，市总工会启动“送清凉”活动。")
    assert ("Region", "东方市") in entities
    assert ("东方市总工会", "organizes", "送清凉") in relations
    entities, _, _ = analyse("来源：本站\n记者：王明")
    assert not any(kind == "Region" for kind, _ in entities)


def test_a_zone_listed_after_towns_is_part_of_the_county_not_the_town_before_it(analyse):
    _, relations, _ = analyse("博白县总工会慰问组先后前往沙河镇、顿谷镇、龙港新区污水处理厂慰问一线职工。")
    assert ("龙港新区", "partOf", "博白县") in relations
    assert ("龙港新区", "partOf", "顿谷镇") not in relations


def test_a_zone_written_short_and_in_full_is_one_and_so_is_its_federation(analyse):
    entities, _, _ = analyse("曹妃甸开发区总工会举办职工书画展。曹妃甸经济开发区总工会主席王明致辞。")
    assert [name for kind, name in entities if kind == "Region" and name.endswith("开发区")] == ["曹妃甸经济开发区"]
    assert set(of_type(entities, "UnionBody")) == {"曹妃甸经济开发区总工会"}


def test_a_county_named_by_a_common_noun_and_its_level_is_no_place_far_from_it(analyse):
    entities, _, _ = analyse("南京市鼓楼区某街道总工会组织职工志愿服务，激发老城区活力。")
    assert not any(kind == "Region" and name == "老城区" for kind, name in entities)
    entities, _, _ = analyse("洛阳市老城区总工会开展活动。")
    assert ("Region", "老城区") in entities


def test_whichever_community_lies_in_a_place_is_none_named(analyse):
    entities, _, _ = analyse("柯桥区各街道将读书活动铺开到所辖社区，并延伸至所在村。")
    assert set(of_type(entities, "Region")) == {"柯桥区"}


def test_a_two_character_county_named_once(analyse):
    entities, _, _ = analyse("慰问组随后来到沂水县和莒南县。座谈会在勉县召开。代县长王明出席。市和县总工会参加。要富民富县。")
    assert set(of_type(entities, "Region")) == {"沂水县", "莒南县", "勉县"}


def test_villages_counted_by_the_thousand_name_none(analyse):
    entities, _, _ = analyse("临洮县总工会开展“走千村、访万户”活动，足迹遍及百村。")
    assert set(of_type(entities, "Region")) == {"临洮县"}


def test_communities_listed_by_name_before_one_head_are_each_a_place_of_the_county(analyse):
    entities, relations, _ = analyse("儋州市那大镇总工会到兰训、迎宾、文化北等社区慰问环卫工人。到机关、学校、企业等社区开展宣传。")
    villages = {e.name for e in of_type(entities, "Region").values() if e.attributes.get("level") == "village"}
    assert villages == {"兰训社区", "迎宾社区", "文化北社区"}


def test_a_city_s_short_name_opening_a_broad_area_around_it_is_no_place(analyse):
    entities, _, _ = analyse("湖南省株洲市参与长沙都市圈职工互助活动。")
    assert set(of_type(entities, "Region")) == {"湖南省", "株洲市"}


def test_no_zone_from_a_word_of_a_quoted_slogan(analyse):
    entities, _, _ = analyse("某区总工会举办“奋斗正当时、逐梦新片区”职工歌会。")
    assert not of_type(entities, "Region")


def test_a_road_after_its_district_is_no_street_named_after_it(analyse):
    entities, _, _ = analyse("成立大会在青岛市市北区辽宁路一家书店举行。")
    assert set(of_type(entities, "Region")) == {"青岛市", "市北区"}


def test_a_zone_after_its_city_s_short_name_is_named_with_it(analyse):
    entities, relations, _ = analyse("湘潭九华经开区总工会举办职工运动会。湘潭市双马工业新区总工会开展慰问。")
    regions = set(of_type(entities, "Region"))
    assert {"湘潭九华经济技术开发区", "双马工业新区", "湘潭市"} <= regions
    assert "湘潭九华经济技术开发区总工会" in of_type(entities, "UnionBody")
    assert ("湘潭九华经济技术开发区", "partOf", "湘潭市") in relations


def test_a_short_name_before_a_site_names_the_site_not_the_division(analyse):
    entities, _, _ = analyse("桂林市总工会在象山公园举办联谊会。慰问组来到长沙黄花国际机场、南宁市江南片区项目部。")
    regions = set(of_type(entities, "Region"))
    assert {"桂林市", "长沙市", "南宁市"} <= regions
    assert not regions & {"象山区", "黄花镇", "江南区"}
    entities, _, _ = analyse("全省职工运动会在南昌机场落幕。")
    assert "南昌市" in of_type(entities, "Region")


def test_a_broad_area_named_like_a_district_is_no_region(analyse):
    entities, _, _ = analyse("郑州市总工会以岗位建功助推中原崛起。南宁市总工会走进江南水乡。")
    assert set(of_type(entities, "Region")) == {"郑州市", "南宁市"}
    entities, _, _ = analyse("郑州市中原区总工会开展活动。南宁市江南区总工会开展活动。")
    assert {"中原区", "江南区"} <= set(of_type(entities, "Region"))


def test_bonded_port_areas_and_short_bonded_zones_are_zones(analyse):
    entities, relations, _ = analyse("天津临港保税港区工会召开会议。")
    assert "临港保税港区" in of_type(entities, "Region")
    assert ("临港保税港区", "partOf", "天津市") in relations
    assert "临港保税港区工会" in of_type(entities, "UnionBody")
    entities, _, _ = analyse("海南省总工会到海口综保区开展慰问。")
    assert "海口综合保税区" in of_type(entities, "Region")


def test_a_national_high_tech_zone_and_a_development_zone_written_bare(analyse):
    entities, relations, _ = analyse("常德国家高新区工会召开代表大会。")
    assert "常德高新技术产业开发区" in of_type(entities, "Region")
    assert "常德高新技术产业开发区工会" in of_type(entities, "UnionBody")
    entities, relations, _ = analyse("衡阳经济开发区召开会议，开发区总工会副主席钱芳作汇报。")
    assert ("钱芳", "worksFor", "衡阳经济开发区总工会") in relations
    entities, _, _ = analyse("衡阳市总工会召开会议，开发区总工会作汇报。")
    assert not any(name.endswith("开发区") for name in of_type(entities, "Region"))


def test_a_community_after_a_pronoun_whose_last_character_it_could_join(analyse):
    entities, _, _ = analyse("黄石市下陆区总工会表彰了托管班，其中海观山社区托管班表现突出。")
    assert "海观山社区" in of_type(entities, "Region")
    entities, _, _ = analyse("市总工会走进对口帮扶村。主办方每个月组织社区书记座谈。")
    assert not any(name.endswith(("村", "社区")) for name in of_type(entities, "Region"))


def test_the_community_of_the_place_where_something_is_and_a_former_firm_of_a_kind_are_none_named(analyse):
    entities, _, _ = analyse("十堰市张湾区总工会介入：当地一家物流公司与原运输公司产生纠纷，事发地社区工会驿站管理员赶到现场。")
    assert not any(name.endswith("社区") for name in of_type(entities, "Region"))
    assert not any(name.startswith("原") for name in of_type(entities, "Organization"))


def test_townships_listed_before_a_word_for_what_they_suffered_are_townships(analyse):
    entities, relations, _ = analyse("四川省阿坝州茂县遭遇暴雨，县总工会将物资送往凤仪、南新、土门等受灾乡镇。")
    assert {"凤仪镇", "南新镇", "土门镇"} <= set(of_type(entities, "Region"))


def test_a_development_zone_written_short_as_jingqu_after_its_city(analyse):
    entities, relations, _ = analyse("烟台经区总工会为一线职工送去清凉。经区家政服务行业联合工会也参加了活动。")
    assert "烟台经济技术开发区" in of_type(entities, "Region")
    assert {"烟台经济技术开发区总工会", "烟台经济技术开发区家政服务行业联合工会"} <= set(of_type(entities, "UnionBody"))
    assert ("烟台经济技术开发区", "partOf", "烟台市") in relations


def test_a_place_s_short_name_in_a_firm_s_trade_name_after_another_city_is_no_place(analyse):
    entities, _, _ = analyse("朔州市总工会为朔州长春建材有限公司、朔州昆明物流有限公司送去清凉。")
    assert set(of_type(entities, "Region")) == {"朔州市"}


def test_communities_of_a_kind_and_a_preposition_s_phrase_name_no_village(analyse):
    entities, _, _ = analyse("宝鸡市渭滨区总工会介绍，在乡镇以村、企业为单位组建联合工会，清姜街道城镇社区增加到9个。")
    assert not any(name.endswith(("以村", "城镇社区")) for name in of_type(entities, "Region"))


def test_a_verb_before_a_township_s_bare_office_names_no_far_township(analyse):
    entities, _, _ = analyse("泸州市合江县白沙镇工会联合会主动联合镇司法所、卫生院开展普法宣传。")
    assert not any(name.startswith("联合") for name in of_type(entities, "Region"))
    assert not any(name.startswith("联合") for name in of_type(entities, "Organization"))


def test_a_town_s_short_name_in_a_hotel_s_name_after_its_county_is_no_township(analyse):
    entities, _, _ = analyse("浏阳市工会第八次代表大会在浏阳集里宾馆召开。")
    assert not any(region.endswith(("街道", "镇")) for region in of_type(entities, "Region"))


def test_a_brand_a_short_name_opens_is_no_place(analyse):
    entities, _, _ = analyse("合肥市总工会走访了阿里巴巴本地生活服务站点。")
    assert set(of_type(entities, "Region")) == {"合肥市"}


def test_a_short_name_before_a_division_of_its_own_in_full_is_its_county(analyse):
    entities, relations, _ = analyse("江阴青阳镇召开工会代表大会。长兴和平镇、德清新市镇和桐乡河山镇开展活动。")
    assert {"江阴市", "长兴县", "德清县", "桐乡市"} <= set(of_type(entities, "Region"))
    for township, county in (("青阳镇", "江阴市"), ("和平镇", "长兴县"), ("新市镇", "德清县"), ("河山镇", "桐乡市")):
        assert (township, "partOf", county) in relations


def test_a_county_level_city_named_short_where_the_article_speaks_of_its_bodies_by_the_bare_level(analyse):
    entities, _, _ = analyse("市总工会在义乌开展培训送企业活动。市总工会职工学校承办。")
    assert "义乌市" in of_type(entities, "Region")
    assert "义乌市总工会" in of_type(entities, "UnionBody")
    entities, _, _ = analyse("市总工会走访企业。全州现有工会组织2168家。")
    assert "全州县" not in of_type(entities, "Region")  # the whole prefecture


def test_a_lake_or_hill_a_town_is_named_after_is_no_town_unless_its_body_or_a_list_follows(analyse):
    entities, _, _ = analyse("盐城大纵湖疗休养基地揭牌。鸡西兴凯湖疗养。")
    assert {"大纵湖镇", "兴凯湖乡"}.isdisjoint(of_type(entities, "Region"))
    entities, _, _ = analyse("重庆市江津区鼎山、德感等街道参加。")
    assert "鼎山街道" in of_type(entities, "Region")


def test_a_township_of_a_people_written_with_民族_is_that_township_alone(analyse):
    entities, relations, _ = analyse("新疆塔城市阿西尔达斡尔民族乡召开会议。")
    assert set(of_type(entities, "Region")) == {"新疆维吾尔自治区", "塔城市", "阿西尔达斡尔族乡"}
    assert ("阿西尔达斡尔族乡", "partOf", "塔城市") in relations


def test_communities_named_by_a_frequent_word_in_a_list_or_after_their_street(analyse):
    entities, _, _ = analyse("城关区总工会走访了团结社区、城南社区。解放北路社区开展活动。这里成了富裕村、先进村、文明村。")
    assert {"团结社区", "城南社区", "解放北路社区"} <= set(of_type(entities, "Region"))
    assert not {"北路社区", "富裕村", "先进村"} & set(of_type(entities, "Region"))


def test_a_community_named_by_a_numeral_word_but_not_by_a_count(analyse):
    entities, _, _ = analyse("永宁镇八角社区开展活动。全市首家社区工会成立。")
    assert "八角社区" in of_type(entities, "Region")
    assert "首家社区" not in of_type(entities, "Region")


def test_a_former_county_whose_stem_is_a_frequent_word_before_its_federation(analyse):
    entities, _, _ = analyse("无为县总工会组织全县各级工会开展节能宣传。")
    assert ("Region", "无为市") in entities
    assert any(kind == "UnionBody" and name == "无为市总工会" for kind, name in entities)


def test_a_province_s_short_name_before_a_style_is_no_place_and_anchors_nothing(analyse):
    entities, _, _ = analyse("市总工会召开重阳座谈会。老同志为信宜经济建设作出了贡献。演出了西藏舞蹈和陕西快板。信宜的发展离不开老同志。")
    assert set(of_type(entities, "Region")) == {"信宜市"}
    assert "信宜市总工会" in of_type(entities, "UnionBody")


def test_no_community_from_an_area_s_or_a_verb_s_words_before_it(analyse):
    entities, _, _ = analyse("天河区总工会慰问封控区、管控区社区专职人员。他们扛起社区防控的重任。大家共同为美化社区环境而努力。情暖社区群众")
    assert set(of_type(entities, "Region")) == {"天河区"}


def test_communities_named_after_their_lane_by_a_frequent_word(analyse):
    entities, _, _ = analyse("北戴河区总工会在团结里社区工会驿站开展活动。工人北里社区参加。这里社区居民很多。")
    assert {"团结里社区", "工人北里社区"} <= set(of_type(entities, "Region"))
    assert "这里社区" not in of_type(entities, "Region")


def test_a_list_of_villages_at_the_text_s_start_reads_without_failing(analyse):
    entities, _, _ = analyse("村、团结村开展活动。")
    assert "村" not in of_type(entities, "Region")


def test_a_short_name_stands_where_the_word_it_makes_with_the_next_character_is_rare(analyse):
    entities, _, _ = analyse("县总工会开展送温暖活动，助力幸福定结发挥积极的作用。")
    assert "定结县" in of_type(entities, "Region")
    assert "定结县总工会" in of_type(entities, "UnionBody")
    entities, _, _ = analyse("县委和政府高度重视。")
    assert "和政县" not in of_type(entities, "Region")


def test_a_city_listed_before_a_count_of_regional_things_and_no_zone_of_a_quarter_of_the_country(analyse):
    entities, _, _ = analyse("佳木斯、牡丹江等5个区域性培训基地挂牌。圆通速递华北管理区北京转运中心职工入会。")
    assert {"佳木斯市", "牡丹江市"} <= set(of_type(entities, "Region"))
    assert "华北管理区" not in of_type(entities, "Region")


def test_a_district_name_several_cities_share_is_the_municipalitys_among_equals(analyse):
    entities, _, _ = analyse("宝山区总工会“一站式”职工法律服务中心揭牌。")
    assert "上海市宝山区总工会" in of_type(entities, "UnionBody")
    entities, _, _ = analyse("黑龙江省双鸭山市宝山区总工会开展慰问。")
    assert "双鸭山市宝山区总工会" in of_type(entities, "UnionBody")


def test_a_beijing_townships_office_area_written_again_without_its_district(analyse):
    entities, relations, _ = analyse("丰台区卢沟桥地区总工会举办联谊活动，丰台区总工会出席。卢沟桥地区总工会为职工举办了“缘来是你”交友活动。")
    assert "卢沟桥地区总工会" in of_type(entities, "UnionBody")["北京市丰台区卢沟桥街道总工会"].aliases
    assert ("北京市丰台区卢沟桥街道总工会", "organizes", "缘来是你") in relations


def test_a_district_whose_full_name_is_a_common_noun_needs_its_city_named(analyse):
    entities, relations, _ = analyse("鸡西矿业公司矿区工会主席杜学工介绍，是矿区工会凝聚了职工。")
    assert "矿区" not in of_type(entities, "Region")
    assert ("杜学工", "worksFor", "鸡西矿业公司矿区工会") in relations
    entities, _, _ = analyse("阳泉市矿区总工会开展活动。")
    assert "阳泉市矿区总工会" in of_type(entities, "UnionBody")


def test_a_prefectures_short_name_right_after_another_province_is_not_that_prefecture(analyse):
    entities, _, _ = analyse("内蒙古大兴安岭满归林业局开展劳动竞赛。")
    assert "大兴安岭地区" not in of_type(entities, "Region")
    entities, _, _ = analyse("黑龙江大兴安岭林区职工参加竞赛。")
    assert "大兴安岭地区" in of_type(entities, "Region")


def test_a_building_named_after_a_city_or_a_province_names_no_division(analyse):
    entities, _, _ = analyse("会议在洛阳大厦召开，随后在北京甘肃大厦举办推介会。湖北酒店行业协会参加。")
    assert set(of_type(entities, "Region")) == {"北京市", "湖北省"}


def test_a_community_written_right_after_a_city_s_zone_lies_in_the_zone(analyse):
    entities, relations, _ = analyse("洛阳经开区银杏社区工会联合会成立。")
    assert "银杏社区" in of_type(entities, "Region")
    assert ("银杏社区", "partOf", "洛阳经济技术开发区") in relations


def test_no_place_across_a_post_s_last_character_and_the_name_after_it(analyse):
    entities, _, _ = analyse("前方工作组组长沙立新出席。长沙市总工会开展活动。")
    assert set(of_type(entities, "Region")) == {"长沙市"}
    assert "沙立新" in of_type(entities, "Person")


def test_a_port_company_named_after_its_city_names_the_city(analyse):
    entities, _, _ = analyse("北海港集团开展劳动竞赛，市总工会给予指导。")
    assert "北海市" in of_type(entities, "Region")
    assert "北海市总工会" in of_type(entities, "UnionBody")
    entities, _, _ = analyse("货轮驶入北海港。")
    assert of_type(entities, "Region") == {}


def test_a_zone_where_one_goes_or_what_one_does_there_names_no_zone(analyse):
    entities, _, _ = analyse("常熟市总工会开展第三批赴开发区蹲点工作，常熟蹲点组协助开发区工会完善制度。")
    assert set(of_type(entities, "Region")) == {"常熟市"}
    assert set(of_type(entities, "UnionBody")) == {"常熟市总工会"}


def test_a_city_s_chinese_medicine_hospital_names_no_district_called_shizhong(analyse):
    entities, _, _ = analyse("专家来自乐山市中医医院。")
    assert set(of_type(entities, "Region")) == {"乐山市"}


def test_places_that_name_a_road_or_railway_are_no_regions(analyse):
    entities, _, _ = analyse("慰问组来到广元至巴中高速公路项目部，又到西宁至成都铁路某标段。绵阳市总工会主席出席。")
    assert set(of_type(entities, "Region")) == {"绵阳市"}
