from kg.components.base import mentions
from tests.helpers import of_type


def test_companies_and_government_bodies(analyse):
    entities, _, _ = analyse("浙江远航物流有限公司积极参与，杭州市人民政府和华联集团也给予支持。")
    assert {"浙江远航物流有限公司", "杭州市人民政府", "华联集团"} <= set(of_type(entities, "Organization"))


def test_words_ending_like_heads_are_not_organizations(analyse):
    entities, _, _ = analyse("要服务大局，优化工作格局和站点布局。")
    assert set(of_type(entities, "Organization")) == set()


def test_a_union_named_after_its_organisation_names_the_organisation_too(analyse):
    entities, _, _ = analyse("近日，远航物流有限公司工会慰问职工，青禾县水务局工会第二分会也参加。")
    assert ("UnionBody", "远航物流有限公司工会") in entities
    assert {"远航物流有限公司", "青禾县水务局"} <= set(of_type(entities, "Organization"))


def test_a_federation_names_no_organisation(analyse):
    entities, _, _ = analyse("青禾县总工会和青禾县青松镇工会联合会慰问职工。")
    assert of_type(entities, "Organization") == {}


def test_longest_name_wins_and_branches_join_their_company(analyse):
    entities, _, _ = analyse("中国中铁第五工程局有限公司和国家电网有限公司杭州供电局的职工参加。")
    found = set(of_type(entities, "Organization"))
    assert "中国中铁第五工程局有限公司" in found
    assert "国家电网有限公司杭州供电局" in found
    assert "中国中铁第五工程局" not in found


def test_verbs_before_a_plain_head_are_not_a_name(analyse):
    entities, _, _ = analyse("善款用于购买学校的设备，帮助种植公司发展。")
    assert set(of_type(entities, "Organization")) == set()


def test_short_forms_of_government_bodies(analyse):
    entities, _, _ = analyse("浙江省嘉兴市总工会联合市人社局、市妇联、市住建局开展活动。江西省人社厅参加。")
    found = set(of_type(entities, "Organization"))
    assert {"嘉兴市人力资源和社会保障局", "嘉兴市妇女联合会", "嘉兴市住房和城乡建设局", "江西省人力资源和社会保障厅"} <= found


def test_party_committee_and_government_of_the_place(analyse):
    entities, _, _ = analyse("四川省仪陇县县委、县政府高度重视，委员们认真讨论。")
    assert {"中共仪陇县委员会", "仪陇县人民政府"} <= set(of_type(entities, "Organization"))
    assert not any("委员" in name and "中共" not in name for name in set(of_type(entities, "Organization")))


def test_department_names_joining_two_fields(analyse):
    entities, _, _ = analyse("近日，湖南省人力资源和社会保障厅与湖南省总工会联合发文。")
    assert "湖南省人力资源和社会保障厅" in of_type(entities, "Organization")


def test_departments_of_the_articles_own_province(analyse):
    entities, _, _ = analyse("山西省总工会、省应急管理厅联合启动全省劳动竞赛。")
    assert "山西省应急管理厅" in of_type(entities, "Organization")


def test_nouns_before_the_place_belong_to_the_name(analyse):
    entities, _, _ = analyse("成员单位包括中国铁路成都局集团有限公司。他带领8名待业青年前往三亚鹿城实业有限公司参观。")
    found = set(of_type(entities, "Organization"))
    assert "中国铁路成都局集团有限公司" in found
    assert not any(name.startswith("名待业") for name in found)


def test_local_and_kind_words_are_not_names(analyse):
    entities, _, _ = analyse("工会加强与当地柳州银行、邮政公司等企业合作，并开办职工学校。")
    found = set(of_type(entities, "Organization"))
    assert "柳州银行" in found
    assert not {"地柳州银行", "邮政公司", "职工学校"} & found


def test_a_bare_county_places_its_public_institutions(analyse):
    entities, _, _ = analyse("四川省蓬溪县总工会组织县人民医院、县电力公司等单位开展义诊，联合县法院普法。")
    assert {"蓬溪县人民医院", "蓬溪县电力公司", "蓬溪县人民法院"} <= set(of_type(entities, "Organization"))
    entities, _, _ = analyse("蓬溪县召开大会，县人大常委会副主任出席。南充市人大常委会也派员参加。")
    assert {"蓬溪县人民代表大会常务委员会", "南充市人大常委会"} <= set(of_type(entities, "Organization"))


def test_the_court_of_a_prefecture_or_a_province_is_its_intermediate_or_high_court(analyse):
    entities, _, _ = analyse("株洲市芦淞区一名职工向市中院上诉，市法院委托市总工会调解。湖南高院发布案例，株洲中院参加。")
    assert set(of_type(entities, "Organization")) == {"株洲市中级人民法院", "湖南省高级人民法院"}
    entities, _, _ = analyse("醴陵市总工会与市法院建立诉调对接机制。")
    assert set(of_type(entities, "Organization")) == {"醴陵市人民法院"}


def test_a_bare_form_inside_a_word_is_not_placed(analyse):
    entities, _, _ = analyse("四川省蓬溪县的城市人民医院很多。")
    assert "蓬溪县人民医院" not in of_type(entities, "Organization")


def test_an_institution_written_after_its_place_keeps_its_own_name(analyse):
    entities, _, _ = analyse("国网杭州供电公司深化企业民主管理。")
    found = of_type(entities, "Organization")
    assert "国网杭州供电公司" in found and "杭州市供电公司" not in found


def test_administrative_committees(analyse):
    entities, _, _ = analyse("活动由南昌高新技术产业开发区管委会承办。")
    assert "南昌高新技术产业开发区管委会" in of_type(entities, "Organization")


def test_the_company_referred_back_runs_what_it_launches(analyse):
    entities, relations, _ = analyse("华东重型机械有限公司加强安全生产。今年，该公司开展“安全月”竞赛。")
    assert "该公司" in of_type(entities, "Organization")["华东重型机械有限公司"].aliases
    assert ("华东重型机械有限公司", "organizes", "安全月") in relations


def test_party_and_youth_league_committees_of_the_place(analyse):
    entities, relations, _ = analyse("宁夏回族自治区总工会与自治区党委宣传部、自治区团委联合开展“塞上书香”读书活动。")
    found = of_type(entities, "Organization")
    assert {"宁夏回族自治区党委宣传部", "共青团宁夏回族自治区委员会"} <= set(found)
    assert ("共青团宁夏回族自治区委员会", "organizes", "塞上书香") in relations


def test_hotels(analyse):
    entities, relations, _ = analyse("皖南国际大酒店培训经理吴刚介绍了岗位。")
    assert ("吴刚", "worksFor", "皖南国际大酒店") in relations


def test_brands_named_alone_are_organisations_but_not_an_account_on_one(analyse):
    entities, _, _ = analyse("区总工会走访美团骑手和顺丰速运快递员，并在工会抖音号直播。")
    found = of_type(entities, "Organization")
    assert {"美团", "顺丰速运"} <= set(found)
    assert "抖音" not in found
    entities, _, _ = analyse("大家分享了在站点工作的点点滴滴，滴滴司机也来了。")
    assert of_type(entities, "Organization")["滴滴"].mentions == 1  # not the end of 点点滴滴


def test_agencies_after_a_bare_level_are_the_article_places(analyse):
    entities, _, _ = analyse("宁都县总工会联合县交通运输局、县交警大队开展慰问。")
    assert {"宁都县交通运输局", "宁都县交警大队"} <= set(of_type(entities, "Organization"))


def test_party_committees_associations_and_centres_of_long_names_after_a_bare_level(analyse):
    entities, relations, _ = analyse("嘉定区总工会与区城管工作党委共同举办活动。市网络预约出租汽车行业协会主办，市城市公共交通事业发展中心主任黄伟出席。")
    assert {"上海市嘉定区城管工作党委", "上海市网络预约出租汽车行业协会", "上海市城市公共交通事业发展中心"} <= set(of_type(entities, "Organization"))
    assert ("黄伟", "worksFor", "上海市城市公共交通事业发展中心") in relations


def test_items_of_a_list_of_units_whatever_their_heads(analyse):
    entities, _, _ = analyse("县总工会在青松林场、白桦林场等单位新建了驿站。")
    assert {"青松林场", "白桦林场"} <= set(of_type(entities, "Organization"))


def test_organs_a_union_elects_are_not_organisations(analyse):
    entities, _, _ = analyse("大会选举产生了第一届委员会、经费审查委员会和女职工委员会。")
    assert of_type(entities, "Organization") == {}
    entities, _, _ = analyse("会议选举产生了青松物流有限公司工会第一届委员会。")
    assert set(of_type(entities, "Organization")) == {"青松物流有限公司"}


def test_a_union_s_committee_of_a_term_after_a_bare_union_is_no_organisation(analyse):
    entities, _, _ = analyse("会上宣读了街道总工会第四届委员会委员名单。")
    assert of_type(entities, "Organization") == {}
    entities, _, _ = analyse("长沙市第一人民医院召开工会会员代表大会。医院工会第七届委员会委员名单公布。")
    assert set(of_type(entities, "Organization")) == {"长沙市第一人民医院"}


def test_a_count_and_its_classifier_start_no_name(analyse):
    entities, _, _ = analyse("助学金帮助了120名困难职工子女圆梦大学。")
    assert of_type(entities, "Organization") == {}


def test_locative_prefixes_and_a_union_before_the_name_are_left_out(analyse):
    entities, _, _ = analyse("区总工会慰问辖区内红星物流有限公司，又来到博爱县河南金泰机械有限公司。")
    found = of_type(entities, "Organization")
    assert {"红星物流有限公司", "河南金泰机械有限公司"} <= set(found)
    assert not any("慰问" in name or "辖区" in name for name in found)


def test_a_word_for_this_occasion_before_a_company_is_no_part_of_its_name(analyse):
    entities, _, _ = analyse("此次青松电器集团旗下8家子公司提供岗位，本次白桦物流公司也来了。")
    assert {"青松电器集团", "白桦物流公司"} <= set(of_type(entities, "Organization"))


def test_scenic_areas_clinics_police_stations_and_forest_farms_are_organisations(analyse):
    entities, _, _ = analyse("县总工会走访月亮湾林场、城关派出所和青峰景区。")
    assert {"月亮湾林场", "城关派出所", "青峰景区"} <= set(of_type(entities, "Organization"))
    entities, _, _ = analyse("县总工会为一线林场护林员送去棉衣，帮助修缮偏远林场宿舍，提升国有林场条件。")
    assert not of_type(entities, "Organization")  # a kind of farm, or a verb before one: none named


def test_a_subsidiary_written_after_its_group_is_one_name_whatever_its_parent_is_called(analyse):
    entities, relations, _ = analyse("8月5日，青松控股煤业集团白河煤电公司在梨树矿开展了“安全月”活动。")
    assert set(of_type(entities, "Organization")) == {"青松控股煤业集团白河煤电公司"}
    assert ("青松控股煤业集团白河煤电公司", "organizes", "安全月") in relations


def test_a_unit_written_after_its_body_is_part_of_the_name(analyse):
    entities, _, _ = analyse("大赛由云南省职工技术协作委员会办公室主办，青禾县人民政府办公室协办。")
    assert {"云南省职工技术协作委员会办公室", "青禾县人民政府办公室"} <= set(of_type(entities, "Organization"))


def test_trade_names_in_a_list_or_after_a_visit_are_companies(analyse):
    entities, relations, _ = analyse("青州市总工会在党群服务中心、弘名科技、凯斯汀科技和明都线缆开展“工会传真情”活动。"
                                     "干部来到辖区内大田鞋业、步兴纸品有限公司等企业。推动科技、物流等产业发展。")
    assert {"弘名科技", "凯斯汀科技", "明都线缆", "大田鞋业", "步兴纸品有限公司"} == set(of_type(entities, "Organization"))
    assert not any(s in ("弘名科技", "明都线缆") and p == "organizes" for s, p, _ in relations)


def test_no_name_opens_with_the_classifier_of_a_count(analyse):
    entities, _, _ = analyse("集团下属6家二级公司参加了竞赛，120名困难职工子女圆梦大学。")
    assert of_type(entities, "Organization") == {}


def test_bank_branches_cooperatives_foundations_power_plants_and_commissions_by_their_heads(analyse):
    entities, _, _ = analyse("河北省邯郸市总工会走访中国农业银行馆陶县支行和馆陶县红星果蔬专业合作社。")
    assert {"中国农业银行馆陶县支行", "馆陶县红星果蔬专业合作社"} <= set(of_type(entities, "Organization"))
    entities, _, _ = analyse("中国职工发展基金会向遵义市务川电厂捐赠物资，重庆市九龙坡区文化旅游委参加。")
    assert {"中国职工发展基金会", "遵义市务川电厂", "重庆市九龙坡区文化和旅游委员会"} <= set(of_type(entities, "Organization"))
    entities, _, _ = analyse("浙江省劳模、城东街道党工委委员李明出席。")
    assert set(of_type(entities, "Organization")) == {"城东街道党工委"}  # the working committee, no 委员会


def test_a_name_starts_at_the_zone_it_opens_with(analyse):
    entities, _, _ = analyse("四川省德阳经开区管委会主办活动。")
    assert set(of_type(entities, "Organization")) == {"四川省德阳经开区管委会"}


def test_short_forms_of_culture_commerce_and_supervisory_commissions(analyse):
    entities, relations, _ = analyse("芜湖市总工会、市文旅委联合主办。市纪委书记、市监委主任孙立新出席。市商委派员参加。")
    assert {"芜湖市文化和旅游委员会", "芜湖市监察委员会", "芜湖市商务委员会"} <= set(of_type(entities, "Organization"))
    assert ("孙立新", "worksFor", "芜湖市监察委员会") in relations


def test_bare_short_forms_of_the_bodies_one_speaks_for(analyse):
    entities, _, _ = analyse("黔南州总工会主席代表州委、州政府向劳模致以问候。")
    assert {"中共黔南布依族苗族自治州委员会", "黔南布依族苗族自治州人民政府"} <= set(of_type(entities, "Organization"))


def test_a_short_form_of_government_opened_by_a_stop_stays_in_the_name(analyse):
    entities, _, _ = analyse("苏州市经信工作党委书记刘强出席会议。昆山经开资产公司工会主席吴兰介绍了情况。")
    assert {"苏州市经信工作党委", "昆山经开资产公司"} <= set(of_type(entities, "Organization"))
    assert "昆山经开资产公司工会" in of_type(entities, "UnionBody")
    entities, _, _ = analyse("经管学院工会获得第一名。")
    assert "经管学院工会" in of_type(entities, "UnionBody")


def test_a_company_s_post_for_its_dealings_with_government_names_no_government(analyse):
    entities, relations, _ = analyse("美团江苏政府事务经理钱鸣出席。")
    assert not any(name.endswith("人民政府") for name in of_type(entities, "Organization"))


def test_an_elected_committee_without_di_is_no_organisation(analyse):
    entities, _, _ = analyse("会议选举产生了十四届委员会，企业工会要发挥作用。")
    assert of_type(entities, "Organization") == {} and of_type(entities, "UnionBody") == {}


def test_an_enterprise_union_refers_back_to_a_business_not_an_agency(analyse):
    entities, _, _ = analyse("湖北省文化和旅游厅召开会议。企业工会要积极作为。")
    assert not of_type(entities, "UnionBody")
    entities, _, _ = analyse("走访武汉星辰科技有限公司。企业工会主席王红介绍情况。")
    assert "武汉星辰科技有限公司工会" in of_type(entities, "UnionBody")


def test_a_department_of_a_party_committee_written_short(analyse):
    entities, relations, _ = analyse("成都市金牛区委社会工作部推出“骑手驿家”服务项目。县委全面部署工作。")
    orgs = of_type(entities, "Organization")
    assert "中共成都市金牛区委员会社会工作部" in orgs
    assert ("中共成都市金牛区委员会社会工作部", "organizes", "骑手驿家") in relations
    assert "中共成都市金牛区委员会" not in orgs


def test_a_province_s_department_written_without_its_level(analyse):
    entities, relations, _ = analyse("广西壮族自治区总工会联合民政厅、财政厅开展“暖心同行”活动。")
    assert {"广西壮族自治区民政厅", "广西壮族自治区财政厅"} <= set(of_type(entities, "Organization"))
    assert ("广西壮族自治区民政厅", "organizes", "暖心同行") in relations


def test_a_trade_whose_word_ends_a_longer_one_names_no_company(analyse):
    entities, _, _ = analyse("服务点备有饮水机、手机充电器和雨伞。走访弘名科技、明都线缆等企业。")
    assert set(of_type(entities, "Organization")) == {"弘名科技", "明都线缆"}


def test_express_brands_by_their_short_names_not_inside_a_word(analyse):
    entities, _, _ = analyse("慰问组走访了中通、韵达、UPS等企业。会议集中通报了情况。")
    assert set(of_type(entities, "Organization")) == {"中通", "韵达", "UPS"}


def test_short_names_of_state_groups_standing_alone_but_not_opening_a_longer_name(analyse):
    entities, _, _ = analyse("鞍钢、马钢、沙钢3家单位介绍经验。总包中铁隧道局没结款。集中建会入会。一汽-大众公司派员参加。")
    assert {"鞍钢", "马钢", "沙钢"} <= set(of_type(entities, "Organization"))
    assert not {"中铁", "中建", "一汽"} & set(of_type(entities, "Organization"))


def test_a_short_name_of_a_group_ending_a_website_s_name_is_no_company(analyse):
    entities, _, _ = analyse("东南网5月2日讯 市总工会开展活动。来源：中国网 时间：5月2日 来源：川南网 ")
    assert not set(of_type(entities, "Organization"))
    entities, _, _ = analyse("国网、南网等企业工会参加。")
    assert {"国网", "南网"} <= set(of_type(entities, "Organization"))


def test_a_deed_s_verb_before_a_body_opens_no_name(analyse):
    entities, _, _ = analyse("去年，六盘水成立物流业劳资协商促进委员会。今年集体合同覆盖水城区餐饮业商会。")
    assert set(of_type(entities, "Organization")) == {"水城区餐饮业商会"}
    entities, _, _ = analyse("群众安全监督员巡查金石煤矿，安全员督查恒达水泥有限公司。")
    assert set(of_type(entities, "Organization")) == {"金石煤矿", "恒达水泥有限公司"}


def test_a_copper_company_by_its_two_character_name_as_mining_companies_are(analyse):
    entities, _, _ = analyse("决赛中，嘉合铜业代表队获得团体一等奖，金石矿业代表队获得二等奖。")
    assert {"嘉合铜业", "金石矿业"} <= set(of_type(entities, "Organization"))


def test_quoted_brands_listed_before_a_word_for_businesses_are_companies_not_programs(analyse):
    entities, _, _ = analyse("骑手多来自“快送”“速达”等外卖平台，工会走访了“星辰”、“远航”等三家企业。")
    assert {"快送", "速达", "星辰", "远航"} <= set(of_type(entities, "Organization"))
    assert of_type(entities, "Program") == {}
    entities, _, _ = analyse("某县总工会打造的“职工书苑”等品牌项目深受欢迎。")  # a union's own work brands
    assert "职工书苑" in of_type(entities, "Program")
    entities, _, _ = analyse("南开区总工会推动“叮咚买菜”“朴朴超市”等头部企业在津建会。该区还成立了56个工会劳动法律监督委员会。")
    assert set(of_type(entities, "Organization")) == {"叮咚买菜", "朴朴超市"}


def test_a_name_starts_after_a_verb_of_origin_or_of_having(analyse):
    entities, _, _ = analyse("职工来自中国星河集团。面试主要考查银行业务知识，只有高中学历的职工也可报名。")
    assert set(of_type(entities, "Organization")) == {"中国星河集团"}


def test_short_forms_listed_after_one_with_its_level_share_its_place(analyse):
    entities, _, _ = analyse("长沙市总工会联合市人社局、财政局和住建局开展活动。")
    assert {"长沙市人力资源和社会保障局", "长沙市财政局", "长沙市住房和城乡建设局"} <= set(of_type(entities, "Organization"))
    entities, _, _ = analyse("由湖南省总工会、体育局主办，区信访局参加。")
    assert "湖南省体育局" in of_type(entities, "Organization")


def test_no_organisation_in_a_longer_word_or_opened_by_an_adverb(analyse):
    entities, _, _ = analyse("为三十名大学生发放助学金。会议提出，需整合医院资源。大连海蓝物流有限公司捐赠物资。")
    assert set(of_type(entities, "Organization")) == {"大连海蓝物流有限公司"}


def test_a_department_joining_its_fields_with_yu_as_with_he(analyse):
    entities, _, _ = analyse("甘肃省人力资源与社会保障厅联合发文。天河区经济与信息化局开展培训。")
    assert {"甘肃省人力资源与社会保障厅", "天河区经济与信息化局"} <= set(of_type(entities, "Organization"))


def test_arbitration_courts_and_kindergartens_are_organisations(analyse):
    entities, _, _ = analyse("成都市劳动人事争议仲裁院受理案件。城关区第二幼儿园的教师参加。本次会议召开委员会全体会议。")
    assert set(of_type(entities, "Organization")) == {"成都市劳动人事争议仲裁院", "城关区第二幼儿园"}


def test_the_other_names_of_a_list_holding_a_known_brand_are_brands(analyse):
    entities, _, _ = analyse("来自顺丰、捷通、速达的快递员和京东、邮政等企业参加活动，但美团站点休息。")
    found = set(of_type(entities, "Organization"))
    assert {"顺丰", "捷通", "速达", "京东"} <= found
    assert not {"邮政", "速达的快递", "但美团"} & found


def test_a_trade_name_holds_no_function_word(analyse):
    entities, _, _ = analyse("走访仓储、快递等企业，以新材料产业为主。")
    assert of_type(entities, "Organization") == {}


def test_no_name_runs_back_over_a_preposition_or_a_verb_of_winning(analyse):
    entities, _, _ = analyse("因工程建设公司拖欠工资，职工求助。该车间连续获得集团公司嘉奖。")
    found = set(of_type(entities, "Organization"))
    assert not any(name.startswith("因") or "获得" in name or name == "集团公司" for name in found)


def test_a_youth_league_committee_written_as_a_place_s_wei(analyse):
    entities, _, _ = analyse("共青团万载县委联合县总工会开展活动。宜昌市总工会和团市委开展活动。")
    found = set(of_type(entities, "Organization"))
    assert {"共青团万载县委员会", "共青团宜昌市委员会"} <= found
    assert "中共万载县委员会" not in found


def test_no_name_runs_back_over_a_visit_or_a_time(analyse):
    entities, _, _ = analyse("南丰县委副书记刘建军前往城东中学慰问。正值中小学暑假第一天。")
    found = set(of_type(entities, "Organization"))
    assert not any("前往" in name or name.startswith("正值") for name in found)
    assert "中共南丰县委员会" in found


def test_a_political_consultative_conference_by_its_short_form_not_a_member_s_title(analyse):
    entities, relations, _ = analyse("柳州市政协副主席、市总工会主席覃国平出席。邀请了区政协委员参加。")
    assert set(of_type(entities, "Organization")) == {"中国人民政治协商会议柳州市委员会"}
    assert ("覃国平", "worksFor", "中国人民政治协商会议柳州市委员会") in relations


def test_a_bracketed_part_of_a_company_s_name_stays_in_it(analyse):
    entities, _, _ = analyse("东方重工（集团）有限公司工会开展活动。南方物流(控股)有限公司参加。")
    found = set(of_type(entities, "Organization"))
    assert {"东方重工（集团）有限公司", "南方物流(控股)有限公司"} <= found


def test_the_federations_of_writers_and_artists_and_of_returned_overseas_chinese_by_their_short_forms(analyse):
    entities, _, _ = analyse("恩平市总工会联合市文联、市侨联开展活动。")
    assert {"恩平市文学艺术界联合会", "恩平市归国华侨联合会"} <= set(of_type(entities, "Organization"))


def test_a_company_after_a_bare_level_and_a_verb_with_le_is_the_article_place_s(analyse):
    entities, _, _ = analyse("恩平市总工会走访了市热力有限责任公司。")
    assert "恩平市热力有限责任公司" in of_type(entities, "Organization")


def test_the_trade_a_company_is_in_opens_no_name_but_a_place_s_trade_body_keeps_it(analyse):
    entities, _, _ = analyse("来自家政行业安心家政服务有限公司的代表参加。恩平市快递行业集体协商会召开。")
    found = set(of_type(entities, "Organization"))
    assert "安心家政服务有限公司" in found and "家政行业安心家政服务有限公司" not in found
    assert "恩平市快递行业集体协商会" in found


def test_a_people_s_congress_by_its_short_form_not_a_deputy_s_title(analyse):
    entities, relations, _ = analyse("平阳县人大副主任、县总工会主席吴建平出席。邀请了县人大代表参加。")
    assert set(of_type(entities, "Organization")) == {"平阳县人民代表大会"}
    assert ("吴建平", "worksFor", "平阳县人民代表大会") in relations


def test_a_frequent_verb_or_conjunction_opening_a_clause_is_not_part_of_a_name(analyse):
    entities, _, _ = analyse("同时泰安银行获得表彰。鼓励东风物流集团参与，服务延伸至青松合作社。经过角逐，最后南缆精工有限公司获得冠军。")
    assert set(of_type(entities, "Organization")) == {"泰安银行", "东风物流集团", "青松合作社", "南缆精工有限公司"}


def test_more_standard_short_forms_and_banners_as_bare_levels(analyse):
    entities, _, _ = analyse("宁陕县总工会联合县卫健局、县文旅局开展活动，一行到县交通局、县供销社走访，慰问县妇幼保健院医护人员。"
                             "乌审旗总工会联合旗人社局开展培训。")
    assert set(of_type(entities, "Organization")) == {
        "宁陕县卫生健康局", "宁陕县文化和旅游局", "宁陕县交通运输局", "宁陕县供销合作社", "宁陕县妇幼保健院",
        "乌审旗人力资源和社会保障局"}


def test_institution_heads_of_care_and_lodging(analyse):
    entities, _, _ = analyse("职工在平阳县工人疗养院和南麂宾馆休养，慰问了苍南县妇幼保健院医护人员，另在外省疗养院安排两期。")
    assert set(of_type(entities, "Organization")) == {"平阳县工人疗养院", "南麂宾馆", "苍南县妇幼保健院"}


def test_a_place_in_brackets_inside_a_company_s_name(analyse):
    entities, _, _ = analyse("东兴(福州)食品有限公司工会开展活动。艾德（重庆）包装有限公司参加。")
    assert set(of_type(entities, "Organization")) == {"东兴(福州)食品有限公司", "艾德（重庆）包装有限公司"}
    assert set(of_type(entities, "UnionBody")) == {"东兴(福州)食品有限公司工会"}


def test_a_unit_named_after_the_body_it_belongs_to_starts_after_suo_shu(analyse):
    entities, _, _ = analyse("东岳能源集团所属东岳能源建设集团工会开展活动。")
    assert set(of_type(entities, "Organization")) == {"东岳能源集团", "东岳能源建设集团"}
    assert set(of_type(entities, "UnionBody")) == {"东岳能源建设集团工会"}


def test_a_function_character_ending_a_noun_stays_in_the_name(analyse):
    entities, _, _ = analyse("华为苏州研究所工会开展活动。江苏四环汽车方向机有限公司参加。")
    assert set(of_type(entities, "UnionBody")) == {"华为苏州研究所工会"}
    assert set(of_type(entities, "Organization")) == {"华为苏州研究所", "江苏四环汽车方向机有限公司"}  # the union's owner too


def test_more_bare_bodies_of_a_county_sports_libraries_and_organ_work_committees(analyse):
    entities, _, _ = analyse("宁都县总工会联合县体育总会、县图书馆、县直机关工委、县商务委、县人力资源社会保障局举办活动。")
    assert set(of_type(entities, "Organization")) == {
        "宁都县体育总会", "宁都县图书馆", "宁都县直属机关工作委员会", "宁都县商务委员会", "宁都县人力资源和社会保障局"}


def test_a_counted_generic_or_verb_s_unit_is_no_organisation(analyse):
    entities, _, _ = analyse("他向家乡党委求助。苍南县三家医院参加义诊。活动纳入党委工作。项目安全总监到场。")
    assert not of_type(entities, "Organization")
    assert not of_type(entities, "UnionBody")


def test_a_group_s_union_written_by_its_kind_alone_is_the_named_group_s(analyse):
    entities, relations, _ = analyse("华星建设集团有限公司召开职代会。集团公司工会主席刘明讲话。")
    assert set(of_type(entities, "UnionBody")) == {"华星建设集团有限公司工会"}
    assert ("刘明", "worksFor", "华星建设集团有限公司工会") in relations
    entities, _, _ = analyse("集团公司工会开展慰问。")
    assert not of_type(entities, "UnionBody")  # no group named: no union either


def test_a_unit_written_again_without_the_body_it_belongs_to_is_the_one_named_in_full(analyse):
    entities, _, _ = analyse("中信银行温州分行举办读书会。温州分行员工参加。国网江苏省电力有限公司南京供电公司开展活动，"
                             "南京供电公司职工参加。")
    assert set(of_type(entities, "Organization")) == {"中信银行温州分行", "国网江苏省电力有限公司南京供电公司"}


def test_a_company_written_again_by_a_distinctive_word_of_its_legal_name(analyse):
    entities, _, doc = analyse("广西龙胜金岭滑石开发有限公司召开职代会，金岭公司组织职工参加。")
    assert set(of_type(entities, "Organization")) == {"广西龙胜金岭滑石开发有限公司"}
    assert len(mentions(doc, "ORG")) == 2


def test_a_group_opening_its_subsidiary_s_legal_name_is_the_parent_not_a_short_form(analyse):
    entities, _, _ = analyse("中铁十九局集团第三工程有限公司举办活动，中铁十九局集团工会主席何立出席。"
                             "华星电子集团有限公司参加，华星电子集团工会也参加。")
    assert set(of_type(entities, "Organization")) == {
        "中铁十九局集团第三工程有限公司", "中铁十九局集团", "华星电子集团有限公司"}


def test_a_company_of_our_place_is_named_without_it_and_some_of_a_kind_name_none(analyse):
    entities, _, _ = analyse("孝感市召开大会。我市华星电子股份有限公司获评先进，本市部分律师事务所、"
                             "我市首批五所工匠学院和首届气排球协会参加，来自不同医院的志愿者也参加。")
    assert set(of_type(entities, "Organization")) == {"华星电子股份有限公司"}


def test_units_of_our_school_or_of_the_school_name_no_organisation(analyse):
    entities, _, _ = analyse("我校外语学院教师李明获奖。学校保卫处门诊部参加。")
    assert not of_type(entities, "Organization")


def test_public_halls_and_labour_inspection_and_legal_service_offices(analyse):
    entities, _, _ = analyse("活动由伊川县总工会主办，县文化馆、县群众艺术馆承办，洛阳市劳动监察支队、白沙镇劳动保障所、"
                             "中立法律服务社派人参加，街道劳动监察中队也参加。县职工图书馆、企业文化馆和劳动监察大队开放。")
    assert set(of_type(entities, "Organization")) == {"伊川县文化馆", "伊川县群众艺术馆", "洛阳市劳动监察支队",
                                                      "白沙镇劳动保障所", "中立法律服务社"}


def test_hospitals_named_medical_centres_but_not_a_kind_of_centre(analyse):
    entities, _, _ = analyse("济南市妇幼医疗中心和青岛市儿童医学中心参与义诊。某医院建设区域医疗中心。")
    assert set(of_type(entities, "Organization")) == {"济南市妇幼医疗中心", "青岛市儿童医学中心"}


def test_a_causative_verb_before_a_kind_of_body_names_none(analyse):
    entities, _, _ = analyse("经过整改，使学校工会步入规范化管理。")
    assert not of_type(entities, "UnionBody") and not of_type(entities, "Organization")


def test_workers_dance_troupes_and_orchestras_by_their_heads(analyse):
    entities, _, _ = analyse("南平市职工青年舞蹈团表演了舞蹈，南平市职工民乐团演奏了乐曲。")
    assert {"南平市职工青年舞蹈团", "南平市职工民乐团"} <= set(of_type(entities, "Organization"))


def test_serving_a_body_in_a_clause_of_means_names_no_body(analyse):
    entities, _, _ = analyse("职工们以饱满的精神服务公司发展，用实际行动服务医院建设。某某县家政服务公司参加。")
    assert not any(name.endswith(("精神服务公司", "服务医院")) for name in of_type(entities, "Organization"))


def test_design_planning_and_survey_institutes_by_their_heads(analyse):
    entities, _, _ = analyse("贵州省水利调查规划院工会开展活动。四川省公路勘察设计院和成都市测绘院参加。")
    assert {"贵州省水利调查规划院", "四川省公路勘察设计院", "成都市测绘院"} <= set(of_type(entities, "Organization"))


def test_the_parts_of_a_building_project_listed_before_its_works_are_no_bodies(analyse):
    entities, _, _ = analyse("项目的办公楼及检修库等单位工程已封顶。")
    assert not of_type(entities, "Organization")


def test_sanitation_offices_named_after_their_place(analyse):
    entities, _, _ = analyse("慰问组到桥西区环卫所和临清市环管中心慰问职工，各环卫站职工参加。")
    assert set(of_type(entities, "Organization")) == {"桥西区环卫所", "临清市环管中心"}


def test_going_to_a_hospital_or_school_and_you_before_a_place_open_no_name(analyse):
    entities, relations, _ = analyse("此次赛事由南湖区书法协会主办。职工们舍不得花钱去医院，开展劳模工匠进学校活动。")
    assert set(of_type(entities, "Organization")) == {"南湖区书法协会"}


def test_a_place_s_troupe_school_for_the_elderly_and_societies_by_a_bare_level(analyse):
    entities, relations, _ = analyse("平遥县召开大会。县老年大学、市歌舞团、县老年体协参加，省老年体育研究会会长张明出席。")
    assert {"平遥县老年大学", "晋中市歌舞团", "平遥县老年体协", "山西省老年体育研究会"} <= set(of_type(entities, "Organization"))
    assert ("张明", "worksFor", "山西省老年体育研究会") in relations


def test_an_agency_whose_fields_are_joined_and_a_department_named_after_many_fields(analyse):
    entities, _, _ = analyse("南靖县召开会议。县文化体育和旅游局参加，福建省文化广电出版体育厅派员指导，"
                             "浙江省劳动保障厅和建设厅也参加。")
    assert set(of_type(entities, "Organization")) == {"南靖县文化体育和旅游局", "福建省文化广电出版体育厅",
                                                      "浙江省劳动和社会保障厅", "浙江省建设厅"}


def test_a_travel_agency_hosting_an_event(analyse):
    entities, relations, _ = analyse("由宁波市总工会组织，宁波市职工国际旅行社承办的疗休养活动启动。")
    assert "宁波市职工国际旅行社" in of_type(entities, "Organization")


def test_road_maintenance_units_and_corps_of_a_place(analyse):
    entities, _, _ = analyse("来自广安市岳池公路段、四川省岳池县公路养护段的选手参赛。重庆市交巡警总队参加，为参赛队授总队旗。")
    assert set(of_type(entities, "Organization")) == {"广安市岳池公路段", "四川省岳池县公路养护段", "重庆市交巡警总队"}


def test_a_bank_s_short_name_opens_its_branch_s_after_a_verb_or_a_preposition(analyse):
    entities, _, _ = analyse("工会联合建行湘潭岳塘支行开展活动，活动在建行湘潭岳塘支行举行。")
    assert set(of_type(entities, "Organization")) == {"建行湘潭岳塘支行"}


def test_short_forms_of_science_information_transport_and_culture_agencies(analyse):
    entities, _, _ = analyse("宜良县召开会议。县科委、县经信局、县交运局参加。")
    assert {"宜良县科学技术委员会", "宜良县经济和信息化局", "宜良县交通运输局"} <= set(of_type(entities, "Organization"))


def test_an_adverb_used_as_an_adjective_opens_a_clause_not_a_name(analyse):
    entities, _, _ = analyse("要充分发挥协会作用，充分利用图书馆，切实扩大园区工会组织覆盖，为丰富集团职工生活出力。")
    assert not of_type(entities, "Organization") and not of_type(entities, "UnionBody")


def test_a_party_committee_s_office_and_political_legal_committee(analyse):
    entities, relations, _ = analyse("平阳县总工会开展活动，县委办公室派员参加，县委政法委书记孙立华出席。")
    assert {"中共平阳县委员会办公室", "中共平阳县委员会政法委员会"} <= set(of_type(entities, "Organization"))
    assert ("孙立华", "worksFor", "中共平阳县委员会政法委员会") in relations


def test_a_committee_s_office_is_named_whole_and_a_bargaining_meeting_is_no_chamber(analyse):
    entities, _, _ = analyse("平阳县总工会召开首次工资集体协商会。县劳动竞赛委员会办公室组织开展。")
    assert set(of_type(entities, "Organization")) == {"平阳县劳动竞赛委员会办公室"}


def test_a_short_brand_before_the_place_in_a_company_s_name_belongs_to_it(analyse):
    entities, _, _ = analyse("东建钢构苏州有限公司参加，快运拉拉长沙分公司和国网电力平阳分公司也参加。")
    assert set(of_type(entities, "Organization")) == {"东建钢构苏州有限公司", "快运拉拉长沙分公司", "国网电力平阳分公司"}


def test_a_short_name_given_in_brackets_is_the_organisation_there_and_later(analyse):
    entities, _, doc = analyse("东方人寿保险股份有限公司平阳分公司（以下简称平阳东寿）开展活动，平阳东寿员工参加。"
                               "南湖城市建设投资集团有限公司(简称:南湖城投)承办。")
    assert set(of_type(entities, "Organization")) == {"东方人寿保险股份有限公司平阳分公司", "南湖城市建设投资集团有限公司"}
    assert {"平阳东寿", "南湖城投"} <= {doc.text[m.start: m.end] for m in mentions(doc, "ORG")}


def test_a_bureau_ends_before_the_title_of_its_head(analyse):
    entities, relations, _ = analyse("长沙市邮政管理局局长刘建华出席。")
    assert set(of_type(entities, "Organization")) == {"长沙市邮政管理局"}
    assert ("刘建华", "worksFor", "长沙市邮政管理局") in relations


def test_a_verb_opened_by_a_function_character_is_no_part_of_the_name_after_it(analyse):
    entities, _, _ = analyse("近日，长沙市总工会给予华星集团表彰。")
    assert set(of_type(entities, "Organization")) == {"华星集团"}


def test_railway_bureaus_their_sections_and_coal_mines_are_organisations(analyse):
    entities, _, _ = analyse("2025年武汉铁路局组织开展劳动竞赛，郑州客运段、大同塔山煤矿参加，要全面提高煤矿安全水平。")
    assert set(of_type(entities, "Organization")) == {"武汉铁路局", "郑州客运段", "大同塔山煤矿"}


def test_a_numbered_bureau_of_a_state_builder_is_an_organisation(analyse):
    entities, relations, _ = analyse("中建八局在武汉举办劳动竞赛，中铁四局集团等单位参加。")
    assert {"中建八局", "中铁四局集团"} <= set(of_type(entities, "Organization"))
    entities, _, _ = analyse("中建二局三公司成都分公司举办竞赛。")  # a company of the bureau, named whole
    assert set(of_type(entities, "Organization")) == {"中建二局三公司成都分公司"}


def test_the_kind_of_unit_written_before_a_name_is_no_part_of_it(analyse):
    entities, _, _ = analyse("爱心企业长沙华星集团有限公司、合作单位湖南远航物流有限公司与长沙明德企业管理有限公司岳麓分公司参加。")
    assert {"长沙华星集团有限公司", "湖南远航物流有限公司", "长沙明德企业管理有限公司岳麓分公司"} <= set(of_type(entities, "Organization"))


def test_a_provincial_department_s_short_form_is_written_out(analyse):
    entities, _, _ = analyse("江苏省南京市总工会联合省文旅厅、省交通厅开展活动。")
    assert {"江苏省文化和旅游厅", "江苏省交通运输厅"} <= set(of_type(entities, "Organization"))


def test_a_time_before_a_plain_head_names_no_organisation(analyse):
    entities, _, _ = analyse("他指出去年公司营收增长，今年公司将继续发展。")
    assert of_type(entities, "Organization") == {}


def test_an_address_is_no_organisation_and_an_office_of_a_government_is_one(analyse):
    entities, _, _ = analyse("活动在长沙市大学西路169号举行。")
    assert not of_type(entities, "Organization")
    entities, _, _ = analyse("长沙市人民政府驻北京办事处、湖南省政府驻上海办事处和株洲市政府新闻办公室联合主办。")
    assert set(of_type(entities, "Organization")) == {"长沙市人民政府驻北京办事处", "湖南省人民政府驻上海办事处",
                                                       "株洲市人民政府新闻办公室"}


def test_a_date_s_day_opens_no_name(analyse):
    entities, _, _ = analyse("2023年5月8日株洲市华星有限公司工会成立。")
    assert set(of_type(entities, "UnionBody")) == {"株洲市华星有限公司工会"}
    assert set(of_type(entities, "Organization")) == {"株洲市华星有限公司"}


def test_a_frequent_one_character_verb_before_a_place_opens_no_name_and_a_meeting_is_no_body(analyse):
    entities, _, _ = analyse("如长沙华星集团有限公司开展技能比武。长沙市快递行业集体协商会议召开。")
    assert set(of_type(entities, "Organization")) == {"长沙华星集团有限公司"}


def test_the_enterprise_federation_by_its_short_form(analyse):
    entities, _, _ = analyse("福建省总工会、省人社厅、省企联联合开展要约行动月活动。")
    assert "福建省企业联合会" in of_type(entities, "Organization")


def test_institutes_bureaus_and_health_centres_whose_heads_no_short_list_held(analyse):
    entities, _, _ = analyse("来到中国科学院长沙化学物理研究所调研，湘西林业局、洞庭湖国有林管理局、"
                             "金坛疾控中心和定王台街道社区卫生服务中心参加。")
    assert {"中国科学院长沙化学物理研究所", "湘西林业局", "洞庭湖国有林管理局", "金坛疾控中心",
            "定王台街道社区卫生服务中心"} <= set(of_type(entities, "Organization"))
    entities, _, _ = analyse("按照林业局党委工作部署开展活动。")
    assert not of_type(entities, "Organization")


def test_a_commission_s_short_form_and_the_bodies_of_every_place(analyse):
    entities, _, _ = analyse("长沙市卫生健康委党组书记刘建华出席，各区市卫生健康局、委属各单位参加。")
    assert set(of_type(entities, "Organization")) == {"长沙市卫生健康委员会"}


def test_a_count_of_units_written_with_yu_names_none(analyse):
    entities, _, _ = analyse("全市1500余家银行参加。")
    assert not of_type(entities, "Organization")


def test_a_unit_s_one_character_and_the_union_word_refer_back_to_the_unit_named_before(analyse):
    entities, relations, _ = analyse("湘西林业局举办技能竞赛。局工会主席刘建华出席。长沙市第一医院开展义诊。院工会主席王立新出席。")
    assert ("刘建华", "worksFor", "湘西林业局工会") in relations
    assert ("王立新", "worksFor", "长沙市第一医院工会") in relations


def test_a_one_character_head_opening_a_common_word_ends_no_name(analyse):
    entities, _, _ = analyse("奋力开创现代化长沙建设新局面。")
    assert not of_type(entities, "Organization")
    entities, _, _ = analyse("长沙市中级人民法院委派调解员，不让务工人员在开福区受委屈。")
    assert set(of_type(entities, "Organization")) == {"长沙市中级人民法院"}
    entities, _, _ = analyse("株洲市高度重视厂务公开工作，株洲华星纺织厂参加。")
    assert set(of_type(entities, "Organization")) == {"株洲华星纺织厂"}  # 厂务: the affairs of a works


def test_a_level_s_character_opening_a_word_is_no_bare_level(analyse):
    entities, _, _ = analyse("湖南省株洲市总工会慰问。市政环卫服务中心职工、市场监管所干部参加。")
    assert not of_type(entities, "Organization")
    entities, _, _ = analyse("湖南省攸县总工会慰问。县城管局干部参加。")
    assert set(of_type(entities, "Organization")) == {"攸县城市管理局"}


def test_the_union_word_after_an_organisation_names_its_union_but_not_a_facility(analyse):
    _, relations, _ = analyse("湖南省攸县工商联工会主席刘建华出席。")
    assert ("刘建华", "worksFor", "攸县工商业联合会工会") in relations
    entities, _, _ = analyse("长沙华星外卖工会户外劳动者“爱心驿站”开放。")
    assert not of_type(entities, "UnionBody")


def test_an_organisation_written_once_with_its_place_is_the_one_named_without_it(analyse):
    entities, _, _ = analyse("长沙城投集团举办活动，城投集团职工参加。湖南省星沙职业技术学院工会主席刘建华出席，星沙职业技术学院师生参加。")
    assert set(of_type(entities, "Organization")) == {"城投集团", "星沙职业技术学院"}


def test_a_party_committee_written_with_its_level_is_written_out(analyse):
    entities, _, _ = analyse("湖南省总工会消息。省党委常委、组织部部长刘建华出席。长沙华星集团党委工作部参加。")
    assert {"中共湖南省委员会", "长沙华星集团党委"} <= set(of_type(entities, "Organization"))


def test_a_post_in_a_company_s_party_committee_is_held_at_the_company(analyse):
    entities, relations, _ = analyse("长沙华星集团党委书记王立新、株洲市中心医院党委委员李明出席。")
    assert {("王立新", "worksFor", "长沙华星集团"), ("李明", "worksFor", "株洲市中心医院")} <= relations
    assert not [name for name in of_type(entities, "Organization") if name.endswith("党委")]


def test_a_visit_s_verb_ends_no_name(analyse):
    entities, _, _ = analyse("工会主任刘建华一行赴华星集团调研。")
    assert set(of_type(entities, "Organization")) == {"华星集团"}


def test_a_less_frequent_word_an_adverb_like_character_opens_stays_in_the_name(analyse):
    entities, _, _ = analyse("海南经贸职业技术学院举办活动，河南经贸职业学院参加。")
    assert set(of_type(entities, "Organization")) == {"海南经贸职业技术学院", "河南经贸职业学院"}


def test_bodies_of_every_level_and_a_body_after_shou_are_read_as_such(analyse):
    for sentence in ("各级作家协会要团结职工作家。", "各级工会落实党委部署。"):
        entities, _, _ = analyse(sentence)
        assert of_type(entities, "Organization") == {}, sentence
    entities, _, _ = analyse("长沙市总工会召开会议。受市人大常委会副主任刘建华委托，王红宣读了决议。")
    assert set(of_type(entities, "Organization")) == {"长沙市人民代表大会常务委员会"}


def test_an_office_of_a_party_committee_written_short_is_the_committee_s_office(analyse):
    entities, _, _ = analyse("长沙市总工会、市委办联合举办活动。县委办好民生实事。")
    assert set(of_type(entities, "Organization")) == {"中共长沙市委员会办公室"}
    entities, _, _ = analyse("活动由长沙市总工会主办，长沙市委人才办承办。")
    assert "中共长沙市委员会人才办" in of_type(entities, "Organization")


def test_national_bodies_by_their_full_names_or_official_short_forms(analyse):
    entities, relations, _ = analyse("人社部、全国妇联和全国总工会联合举办第三届全国职工数字技能大赛。各级教育部门要配合。")
    assert set(of_type(entities, "Organization")) == {"人力资源和社会保障部", "中华全国妇女联合会"}
    assert ("人力资源和社会保障部", "organizes", "第三届全国职工数字技能大赛") in relations


def test_a_head_before_a_kind_or_after_a_whole_scope_names_no_body(analyse):
    entities, _, _ = analyse("大同市煤矿企业开展培训，县总工会特聘煤矿群监员，会议分析全国煤矿安全形势。青峰煤矿参加。")
    assert set(of_type(entities, "Organization")) == {"青峰煤矿"}


def test_national_bureaus_of_ministries_and_regional_civil_aviation_administrations(analyse):
    entities, relations, _ = analyse("民航局副局长孙立出席。民航东北局开展“送清凉”活动。国家能源局派员参加。")
    assert set(of_type(entities, "Organization")) == {"中国民用航空局", "中国民用航空东北地区管理局", "国家能源局"}
    assert ("孙立", "worksFor", "中国民用航空局") in relations
    assert ("中国民用航空东北地区管理局", "organizes", "送清凉") in relations


def test_mine_bureaus_and_a_group_s_numbered_mines(analyse):
    entities, _, _ = analyse("仪式在青峰煤业集团三矿举行，青峰矿务局白石煤矿参加。五矿集团也参加，推行一矿一策。")
    assert set(of_type(entities, "Organization")) == {"青峰煤业集团三矿", "青峰矿务局白石煤矿", "五矿集团"}
    entities, _, _ = analyse("青峰矿务局召开职代会。")
    assert set(of_type(entities, "Organization")) == {"青峰矿务局"}


def test_a_party_working_committee_of_a_zone_or_street_is_an_organisation(analyse):
    entities, relations, _ = analyse("镇江高新区党工委副书记刘建华出席。")
    assert ("刘建华", "worksFor", "镇江高新区党工委") in relations
    entities, _, _ = analyse("活动由长沙县榔梨街道党工委主办。")
    assert "长沙县榔梨街道党工委" in of_type(entities, "Organization")


def test_a_name_opening_with_a_place_whose_first_character_is_a_level_word_is_no_generic_one(analyse):
    entities, _, _ = analyse("镇巴县妇幼保健院组织医护人员开展义诊。")
    assert "镇巴县妇幼保健院" in of_type(entities, "Organization")


def test_the_classifier_of_a_word_it_opens_stays_in_the_name(analyse):
    entities, _, _ = analyse("长沙市个体劳动者协会开展活动。")
    assert set(of_type(entities, "Organization")) == {"长沙市个体劳动者协会"}


def test_writers_calligraphers_and_artists_associations_written_short(analyse):
    entities, _, _ = analyse("长沙市总工会、市作协、市书协联合举办征文活动。")
    assert {"长沙市作家协会", "长沙市书法家协会"} <= set(of_type(entities, "Organization"))


def test_trade_associations_of_no_named_trade_are_no_organisation(analyse):
    entities, _, _ = analyse("借助主管部门、行业协会力量推动建会。长沙市物流行业协会开展活动。")
    assert set(of_type(entities, "Organization")) == {"长沙市物流行业协会"}


def test_the_party_and_mass_work_department_of_a_zone(analyse):
    entities, _, _ = analyse("长沙经开区党群工作部、长沙市总工会联合举办活动。")
    assert "长沙经开区党群工作部" in of_type(entities, "Organization")


def test_the_bodies_of_a_count_of_places_are_no_organisation(analyse):
    entities, _, _ = analyse("在两市党委的关心下，两地工会携手合作。三县区人民政府联合发文。")
    assert of_type(entities, "Organization") == {}


def test_a_time_or_adverb_before_a_bare_head_is_no_name(analyse):
    entities, _, _ = analyse("今后协会将继续组织职工创作。大连银行重庆分行组织活动。")
    assert set(of_type(entities, "Organization")) == {"大连银行重庆分行"}


def test_a_listed_unit_whose_name_opens_with_its_place(analyse):
    entities, _, _ = analyse("长沙华星林业、长沙明达、华星集团等企业参加活动。")
    assert {"长沙华星林业", "长沙明达", "华星集团"} <= set(of_type(entities, "Organization"))
    entities, _, _ = analyse("长沙、株洲等企业代表参加活动。")
    assert not of_type(entities, "Organization")


def test_a_bare_level_agency_with_a_unit_after_it(analyse):
    entities, relations, _ = analyse("长沙市芙蓉区总工会联动区公安分局交警支队开展“护航”行动。")
    assert "长沙市芙蓉区公安分局交警支队" in of_type(entities, "Organization")


def test_a_body_whose_name_is_withheld_is_none(analyse):
    entities, _, _ = analyse("长沙市总工会走访某科技有限公司，向某建设有限公司工会会员发放慰问品。")
    assert not of_type(entities, "Organization")
    assert set(of_type(entities, "UnionBody")) == {"长沙市总工会"}


def test_a_body_whose_name_is_withheld_after_its_place_is_none(analyse):
    entities, _, _ = analyse("在湖南省株洲市某公司上班的李师傅讨回了工资，芦淞区某民办学校工会也来求助。")
    assert not of_type(entities, "Organization")
    assert not of_type(entities, "UnionBody")


def test_an_agency_of_that_district_is_the_agency_of_the_district_named_before(analyse):
    entities, _, _ = analyse("长沙市芙蓉区总工会召集该区人社局等部门座谈。")
    assert "长沙市芙蓉区人力资源和社会保障局" in of_type(entities, "Organization")


def test_a_name_opening_with_a_verb_that_opens_a_longer_noun(analyse):
    entities, _, _ = analyse("长沙市总工会在启明星化工有限公司开展活动。")
    assert set(of_type(entities, "Organization")) == {"启明星化工有限公司"}


def test_a_district_s_agency_is_named_with_its_city(analyse):
    entities, _, _ = analyse("淮北市相山区总工会联合区人社局、区委宣传部开展活动。")
    assert {"淮北市相山区人力资源和社会保障局", "中共淮北市相山区委员会宣传部"} <= set(of_type(entities, "Organization"))
    entities, _, _ = analyse("长沙县总工会联合县人社局开展活动。")
    assert "长沙县人力资源和社会保障局" in of_type(entities, "Organization")


def test_a_branch_bureau_and_a_deputy_director_s_title_after_a_body(analyse):
    entities, relations, _ = analyse("长沙市公安局芙蓉分局副局长刘建华出席。长沙市卫生健康委员会副局长级领导王明出席。")
    orgs = set(of_type(entities, "Organization"))
    assert {"长沙市公安局芙蓉分局", "长沙市卫生健康委员会"} <= orgs
    assert not any(name.endswith("副局") for name in orgs)
    assert ("刘建华", "worksFor", "长沙市公安局芙蓉分局") in relations


def test_a_factory_named_with_its_place(analyse):
    entities, relations, _ = analyse("长沙水泥厂厂长刘建华出席。职工走进工厂，参观新建的标准厂房。")
    assert set(of_type(entities, "Organization")) == {"长沙水泥厂"}
    assert ("刘建华", "worksFor", "长沙水泥厂") in relations


def test_a_kind_of_body_of_two_common_nouns_is_no_organisation(analyse):
    entities, _, _ = analyse("株洲市总工会、律师事务所、高校法学院、偏城林场等单位代表参加。")
    assert set(of_type(entities, "Organization")) == {"偏城林场"}
    entities, _, _ = analyse("职工们在职工图书馆阅读，华星集团也派人参加。")
    assert set(of_type(entities, "Organization")) == {"华星集团"}


def test_a_head_opening_a_longer_word_ends_no_name(analyse):
    entities, _, _ = analyse("这是一张银行卡，具备银行卡的所有功能。长沙华星科技有限公司法人代表刘建华出席。")
    assert set(of_type(entities, "Organization")) == {"长沙华星科技有限公司"}


def test_a_term_an_election_or_a_year_before_a_head_is_no_part_of_a_name(analyse):
    entities, _, _ = analyse("刘建华当选联合会第一届委员会主席，经第二届联合会委员表决通过。")
    assert not of_type(entities, "Organization")
    entities, _, _ = analyse("株洲华星中学获评2023年度长沙华星实验学校合作单位。")
    assert "长沙华星实验学校" in of_type(entities, "Organization")


def test_a_level_written_again_after_a_place_or_its_committee(analyse):
    entities, _, _ = analyse("感谢株洲市委市政府的支持。")
    assert set(of_type(entities, "Organization")) == {"中共株洲市委员会", "株洲市人民政府"}
    entities, relations, _ = analyse("株洲市市总工会党组副书记刘建华出席。")
    assert ("刘建华", "worksFor", "株洲市总工会") in relations


def test_a_township_s_office_is_an_organisation_and_offices_elsewhere_are_none(analyse):
    entities, _, _ = analyse("株洲市天元区嵩山路街道办事处、栗雨街道办事处参加。湖南省政府各驻外办事处积极配合。")
    assert {"株洲市天元区嵩山路街道办事处", "栗雨街道办事处"} <= set(of_type(entities, "Organization"))
    assert "驻外办事处" not in of_type(entities, "Organization")
    entities, relations, _ = analyse("栗雨街道办事处便民服务中心主任刘建华介绍情况。")
    assert ("刘建华", "worksFor", "栗雨街道办事处便民服务中心") in relations


def test_a_court_as_the_object_of_a_verb_is_no_name(analyse):
    entities, _, _ = analyse("充分发挥法院和工会的职能作用，加强法院与工会联动。株洲市天元区人民法院参加。")
    assert set(of_type(entities, "Organization")) == {"株洲市天元区人民法院"}


def test_schools_of_every_level_are_no_school(analyse):
    entities, _, _ = analyse("与新时代大中小学劳动教育相结合，在全区中小学推广。株洲市实验小学参加。")
    assert set(of_type(entities, "Organization")) == {"株洲市实验小学"}


def test_an_agency_after_a_bare_level_before_its_own_head_s_post(analyse):
    entities, relations, _ = analyse("株洲市召开会议，市中级人民法院院长刘建华、市交通运输局副局长王立新出席。")
    assert {("刘建华", "worksFor", "株洲市中级人民法院"), ("王立新", "worksFor", "株洲市交通运输局")} <= relations


def test_short_forms_listed_after_one_and_after_the_place_s_federation(analyse):
    entities, _, _ = analyse("株洲市天元区召开会议，区人大、政法委、法院、司法局参加。")
    assert {"中共株洲市天元区委员会政法委员会", "株洲市天元区人民法院", "株洲市天元区司法局"} <= set(of_type(entities, "Organization"))
    entities, _, _ = analyse("活动由株洲市总工会、教体局、纪委联合主办。")
    assert {"株洲市教育和体育局", "中共株洲市纪律检查委员会"} <= set(of_type(entities, "Organization"))


def test_a_trade_name_opening_with_he_after_its_place(analyse):
    entities, _, _ = analyse("四川和兴投资集团有限公司参加。湖南华和药业股份有限公司工会也参加。")
    assert {"四川和兴投资集团有限公司", "湖南华和药业股份有限公司"} <= set(of_type(entities, "Organization"))


def test_a_court_written_short_after_its_place_is_the_place_s_people_s_court(analyse):
    entities, _, _ = analyse("攸县人民法院与攸县总工会签署协议。攸县法院将派员入驻，攸县检察院也参加。")
    assert set(of_type(entities, "Organization")) == {"攸县人民法院", "攸县人民检察院"}


def test_a_time_before_the_company_the_article_is_about_names_no_company(analyse):
    entities, _, _ = analyse("会上公司党委书记黄志明讲话。今年华星公司参加。")
    assert set(of_type(entities, "Organization")) == {"华星公司"}


def test_a_work_safety_bureau_written_short_and_a_company_after_qizhong(analyse):
    entities, _, _ = analyse("湖南省攸县召开会议，县安监局参加。其中株洲华星机场有限公司获奖。")
    assert {"攸县安全生产监督管理局", "株洲华星机场有限公司"} <= set(of_type(entities, "Organization"))


def test_a_people_s_government_after_a_bare_level_and_after_a_short_place_name(analyse):
    _, relations, _ = analyse("贵州省玉屏侗族自治县召开会议，县委常委、县人民政府副县长吴春明出席。")
    assert ("吴春明", "worksFor", "玉屏侗族自治县人民政府") in relations


def test_a_hospital_or_school_opened_by_a_verb_is_a_clause_s_words(analyse):
    entities, _, _ = analyse("这次义诊充分展示出医院的担当。论文《建设现代医院工会组织》获奖。株洲市康复医院工会开展活动。")
    assert set(of_type(entities, "Organization")) == {"株洲市康复医院"}
    assert set(of_type(entities, "UnionBody")) == {"株洲市康复医院工会"}


def test_a_head_whose_characters_end_one_common_word_and_open_another_ends_no_name(analyse):
    entities, _, _ = analyse("他们用实际行动回报社会。交流了从大会上学到的经验。")
    assert of_type(entities, "Organization") == {}


def test_the_tripartite_committee_on_labour_relations_is_named_with_its_verb_and_place(analyse):
    entities, _, _ = analyse("此项工作由株洲市协调劳动关系三方委员会办公室组织实施。")
    assert set(of_type(entities, "Organization")) == {"株洲市协调劳动关系三方委员会办公室"}


def test_a_half_year_after_a_year_opens_no_name(analyse):
    entities, _, _ = analyse("会议部署了2023年下半年华星集团有限公司的工作。")
    assert set(of_type(entities, "Organization")) == {"华星集团有限公司"}


def test_a_facility_listed_among_units_is_no_organisation(analyse):
    entities, _, _ = analyse("工作组先后到城南户外劳动者驿站、攸县华星纺织厂等单位慰问。")
    assert set(of_type(entities, "Organization")) == {"攸县华星纺织厂"}


def test_a_company_or_school_opening_with_its_place_may_hold_a_verb(analyse):
    entities, _, _ = analyse("株洲华星农业开发公司和醴陵开放大学参加活动。志愿者帮助购买学校用品。")
    assert set(of_type(entities, "Organization")) == {"株洲华星农业开发公司", "醴陵开放大学"}


def test_a_company_after_a_rough_count_of_people_starts_after_the_classifier(analyse):
    entities, _, _ = analyse("30余名华星建材股份有限公司职工参加。50多名华达公司职工参加。")
    assert set(of_type(entities, "Organization")) == {"华星建材股份有限公司", "华达公司"}


def test_platforms_known_by_their_brand_since_renamed_or_newer(analyse):
    entities, _, _ = analyse("淘宝闪购和达达快送的骑手代表参加了株洲市总工会的座谈会。")
    assert {"淘宝闪购", "达达快送"} <= set(of_type(entities, "Organization"))


def test_a_brand_is_the_company_the_article_names_by_the_brand_and_a_head(analyse):
    entities, _, _ = analyse("美团集团有关负责人出席。美团骑手代表发言。")
    found = of_type(entities, "Organization")
    assert set(found) == {"美团集团"} and "美团" in found["美团集团"].aliases


def test_blood_stations_and_red_cross_societies_are_organisations(analyse):
    entities, _, _ = analyse("株洲市中心血站和醴陵市红十字会参加了献血活动。")
    assert {"株洲市中心血站", "醴陵市红十字会"} <= set(of_type(entities, "Organization"))


def test_going_to_school_names_no_school(analyse):
    entities, _, _ = analyse("攸县总工会资助困难职工子女上大学，帮助考上大学的学子。职工网上大学开学。")
    assert set(of_type(entities, "Organization")) == {"职工网上大学"}



def test_a_dream_of_college_and_entering_one_name_no_school(analyse):
    entities, _, _ = analyse("助力困难职工子女圆大学梦。祝贺步入大学殿堂的学子，受助学生中有大学一本3人。她考入南京大学，进入复旦大学读书。")
    assert set(of_type(entities, "Organization")) == {"南京大学", "复旦大学"}


def test_a_company_s_subsidiary_named_with_its_place_right_before_公司(analyse):
    entities, _, _ = analyse("走访了株洲商业管理有限公司、中建宏翊商品混凝土长沙有限公司，标志着株洲有限公司成立。")
    organizations = set(of_type(entities, "Organization"))
    assert "中建宏翊商品混凝土长沙有限公司" in organizations and "长沙有限公司" not in organizations
    assert "标志着株洲有限公司" not in organizations


def test_law_firms_command_posts_observatories_and_enforcement_brigades_by_their_heads(analyse):
    entities, _, _ = analyse("湖南明德律师事务所律师出席，株洲市疫情防控工作指挥部、攸县气象台、茶陵县城管大队参加，"
                             "驻湖南宏达律师事务所、劳动人事争议调解中心和全省首家法院劳动争议巡回法庭揭牌。")
    assert {"湖南明德律师事务所", "株洲市疫情防控工作指挥部", "攸县气象台", "茶陵县城管大队", "湖南宏达律师事务所"} \
        == set(of_type(entities, "Organization"))


def test_a_name_opening_with_本_of_a_place_or_a_noun_keeps_it(analyse):
    entities, _, _ = analyse("本溪县中心小学的师生和本草堂药业有限公司的职工参加，本公司职工也参加。")
    organizations = set(of_type(entities, "Organization"))
    assert {"本溪县中心小学", "本草堂药业有限公司"} <= organizations
    assert not [name for name in organizations if name.startswith(("溪县", "草堂"))]


def test_a_department_of_a_party_committee_after_its_standing_member_s_post(analyse):
    _, relations, _ = analyse("株洲市委常委、组织部部长周坚出席，湘潭市委常委、市委统战部部长李明陪同。")
    assert {("周坚", "worksFor", "中共株洲市委员会组织部"), ("李明", "worksFor", "中共湘潭市委员会统战部")} <= relations
    assert ("周坚", "worksFor", "中共株洲市委员会") not in relations  # the most specific unit only


def test_an_office_written_short_after_its_place_or_a_bare_level(analyse):
    entities, relations, _ = analyse("砀山县会议由安徽省帮扶办、县宣教办联合主办，县宣教办主任李红军出席。今年各地联合举办，共同主办。")
    found = set(of_type(entities, "Organization"))
    assert {"安徽省帮扶办"} <= found
    assert "砀山县宣教办" in found
    assert not any(name.endswith(("举办", "主办")) for name in found)
    entities, _, _ = analyse("砀山县会议由县文明办、安徽省扶贫办联合主办。")
    assert {"砀山县精神文明建设委员会办公室", "安徽省扶贫开发领导小组办公室"} <= set(of_type(entities, "Organization"))



def test_an_office_written_short_and_quoted_or_its_ending_mistagged_a_verb(analyse):
    entities, relations, _ = analyse("为推进改革，江苏省宿迁市“产改办”提出建立机制。由县产改办牵头开展活动。")
    assert set(of_type(entities, "Organization")) == {"宿迁市产改办"}  # (改办, mistagged a verb)
    assert "产改办" not in of_type(entities, "Program")
    entities, _, _ = analyse("济宁市召开会议，济宁市属局委办、各县区参加。")
    assert not any(name.endswith("办") for name in of_type(entities, "Organization"))  # the bodies a city owns


def test_places_before_a_national_company_are_where_it_works_not_its_name(analyse):
    entities, _, _ = analyse("记者来到潍坊市寿光市中国建材华光工程局集团的项目工地。")
    found = set(of_type(entities, "Organization"))
    assert any(name.startswith("中国建材") for name in found)
    assert not any(name.startswith("潍坊") for name in found)


def test_associations_centres_and_laboratories_by_their_heads(analyse):
    entities, _, _ = analyse("苏州市精神卫生中心、江宁区职工互助会、浙大一院体检中心、东湖实验室和省经济和信息化厅参加。"
                             "会议暨今年工会重点工作促进会召开。")
    found = set(of_type(entities, "Organization"))
    assert {"苏州市精神卫生中心", "浙大一院体检中心", "东湖实验室"} <= found
    assert any(name.endswith("经济和信息化厅") for name in found)
    assert not any(name.endswith("工作促进会") for name in found)
    entities, _, _ = analyse("按照许昌市厂务公开领导小组的要求，县里成立了工作领导小组，健全厂务公开领导小组。")
    assert {name for name in of_type(entities, "Organization") if name.endswith("领导小组")} == {"许昌市厂务公开领导小组"}
    entities, _, _ = analyse("湖北省厂务公开民主管理协调小组印发通知，各企业健全厂务公开协调小组。")
    assert {name for name in of_type(entities, "Organization") if name.endswith("小组")} == {"湖北省厂务公开民主管理协调小组"}


def test_a_verb_before_a_head_or_after_a_union_opens_no_name(analyse):
    entities, _, _ = analyse("市总工会牵手新区图书馆共建书屋。在听取公司工会汇报后，带领大家讲解景区历史。")
    found = set(of_type(entities, "Organization"))
    assert "新区图书馆" in found
    assert not any(name.startswith(("牵手", "听取", "讲解")) for name in found)
    assert not any(name.startswith("听取") for name in of_type(entities, "UnionBody"))
    entities, _, _ = analyse("副主席张卫东点赞青松电器集团，副主席陆明一行调研白桦物流集团。")
    assert set(of_type(entities, "Organization")) == {"青松电器集团", "白桦物流集团"}
    entities, _, _ = analyse("他握着渭滨区人大常委会副主任王青的手。")
    assert set(of_type(entities, "Organization")) == {"渭滨区人大常委会"}
    entities, _, _ = analyse("某区域性大型公司、各国有煤炭集团公司参加。")
    assert of_type(entities, "Organization") == {}
    entities, _, _ = analyse("县总工会严格落实广东省职工保障互助会的规定，将互助金汇入校工会。")
    assert set(of_type(entities, "Organization")) == {"广东省职工保障互助会"}
    assert not any(name.endswith("校工会") for name in of_type(entities, "UnionBody"))


def test_a_township_s_bodies_by_their_short_forms_after_a_bare_level(analyse):
    entities, relations, _ = analyse("江桥镇举办活动。镇党委书记陈建国出席，镇政府、镇人大有关负责人参加。")
    assert {"中共江桥镇委员会", "江桥镇人民政府", "江桥镇人民代表大会"} <= set(of_type(entities, "Organization"))
    assert ("陈建国", "worksFor", "中共江桥镇委员会") in relations


def test_grounds_named_after_a_body_are_no_body(analyse):
    entities, _, _ = analyse("云梦县总工会在县政府广场举行活动，县人社局派员参加。")
    assert set(of_type(entities, "Organization")) == {"云梦县人力资源和社会保障局"}
    entities, _, _ = analyse("重庆市总工会在市文化宫中心广场举办摄影展。")
    assert of_type(entities, "Organization") == {}


def test_a_verb_the_dictionary_tags_a_noun_opens_no_name(analyse):
    entities, _, _ = analyse("由株洲市总工会委托株洲农村商业银行制作会员卡。“株洲工匠学院”落户湖南铁道职业技术学院。")
    organisations = set(of_type(entities, "Organization"))
    assert {"株洲农村商业银行", "湖南铁道职业技术学院"} <= organisations
    assert not {name for name in organisations if name.startswith(("委托", "落户"))}


def test_a_headline_separator_opens_no_name(analyse):
    entities, _, _ = analyse("喜报丨集团职工在全市焊工竞赛中勇夺佳绩")
    assert not of_type(entities, "Organization")


def test_centres_of_public_services_and_training_by_their_heads(analyse):
    entities, relations, _ = analyse("株洲市就业创业服务中心副主任李明出席。活动在株洲市职业技能公共实训中心举行，"
                                     "国网株洲供电公司培训中心派员参加。县总工会开展职工教育培训中心建设。")
    organisations = set(of_type(entities, "Organization"))
    assert {"株洲市就业创业服务中心", "株洲市职业技能公共实训中心", "国网株洲供电公司培训中心"} <= organisations
    assert "职工教育培训中心" not in organisations
    assert ("李明", "worksFor", "株洲市就业创业服务中心") in relations


def test_agencies_written_by_their_common_short_forms_are_named_in_full(analyse):
    entities, _, _ = analyse("竞赛由株洲市总工会主办，市人力社保局、市科技局、市教委、市交通委、市城管局、市发改局承办，"
                             "市教育和体育局、市粮食和物资储备局、市文体广电和旅游局、市卫生健康和体育局协办。")
    assert {"株洲市人力资源和社会保障局", "株洲市科学技术局", "株洲市教育委员会", "株洲市交通运输委员会",
            "株洲市城市管理局", "株洲市发展和改革局", "株洲市教育和体育局", "株洲市粮食和物资储备局",
            "株洲市文体广电和旅游局", "株洲市卫生健康和体育局"} <= set(
        of_type(entities, "Organization"))


def test_a_verb_opened_by_a_function_character_and_a_kind_of_unit_open_no_name(analyse):
    entities, _, _ = analyse("体检由工会对接康鑫体检中心完成。作品由承办单位中铁二局工会原创。")
    assert {"康鑫体检中心", "中铁二局"} <= set(of_type(entities, "Organization"))
    assert "中铁二局工会" in set(of_type(entities, "UnionBody"))
    assert not [name for name in of_type(entities, "Organization") if name.startswith(("接", "单位"))]


def test_a_verb_of_entering_a_school_opens_no_name(analyse):
    entities, _, _ = analyse("他从株洲市第二中学考入湖南大学土木工程学院。助力寒门学子圆梦大学。")
    assert set(of_type(entities, "Organization")) == {"株洲市第二中学", "湖南大学土木工程学院"}


def test_a_scenic_area_of_a_kind_or_after_a_verb_is_no_organisation(analyse):
    entities, _, _ = analyse("联动文旅资源发放景区门票。相关旅游景区免费开放。线路涵盖自然景区。雪峰山景区开放。")
    assert set(of_type(entities, "Organization")) == {"雪峰山景区"}


def test_a_joint_accounting_firm_after_a_leader_s_name_and_verb(analyse):
    entities, _, _ = analyse("株洲市总工会经审办主任陈群超率湖南惠泽联合会计师事务所审计组开展审计。")
    assert set(of_type(entities, "Organization")) == {"湖南惠泽联合会计师事务所"}


def test_a_people_s_congress_standing_committee_written_in_full(analyse):
    entities, _, _ = analyse("《株洲市人民代表大会常务委员会关于设立株洲工匠日的决定》通过。")
    assert set(of_type(entities, "Organization")) == {"株洲市人民代表大会常务委员会"}


def test_words_for_kinds_of_business_name_no_company_and_no_union(analyse):
    entities, _, _ = analyse("加强与平台企业分公司负责人、企业集团工会主席沟通。中铁建设集团公司工会主席出席。")
    assert set(of_type(entities, "Organization")) == {"中铁建设集团公司"}
    assert set(of_type(entities, "UnionBody")) == {"中铁建设集团公司工会"}


def test_a_list_of_units_closed_by_a_qualified_kind_names_each_but_no_kind_of_workplace(analyse):
    entities, _, _ = analyse("慰问组走访青禾食品、金穗饲料、蓝天印刷等重点企业。对建筑施工工地、高温作业车间等重点企业进行检查。")
    assert set(of_type(entities, "Organization")) == {"青禾食品", "金穗饲料", "蓝天印刷"}


def test_a_democratic_party_s_committee_of_a_place_is_no_communist_party_committee(analyse):
    entities, _, _ = analyse("民革温州市委与温州市总工会开展“同心助企”活动。民盟市委也参加。")
    assert set(of_type(entities, "Organization")) == {"中国国民党革命委员会温州市委员会", "中国民主同盟温州市委员会"}


def test_a_centre_named_after_its_place_and_the_work_it_does_is_a_public_body(analyse):
    entities, relations, _ = analyse("据甘肃省公路事业发展中心统计，全省共有货车司机之家50个。湖州市社会保险管理中心副主任陈明出席。"
                                     "兰州市职工服务中心开放。兰州市中心城区道路畅通。")
    assert set(of_type(entities, "Organization")) == {"甘肃省公路事业发展中心", "湖州市社会保险管理中心"}
    assert ("陈明", "worksFor", "湖州市社会保险管理中心") in relations


def test_a_name_starts_after_an_aspect_particle_the_copula_系_or_a_locative_before_its_place(analyse):
    entities, _, _ = analyse("这诠释着华安电力集团的担当。团体赛中宜昌分公司夺冠。王小红系县粮食储运公司职工。")
    organisations = set(of_type(entities, "Organization"))
    assert {"华安电力集团", "宜昌分公司"} <= organisations
    assert not any(name.startswith(("着", "团体赛", "王小红")) for name in organisations)


def test_a_township_s_stations_by_their_short_forms_after_a_bare_level(analyse):
    entities, _, _ = analyse("沙湖镇总工会联合镇司法所、镇安监站开展普法活动。")
    assert {"沙湖镇司法所", "沙湖镇安全生产监督管理站"} <= set(of_type(entities, "Organization"))


def test_committees_and_offices_by_their_standard_short_forms(analyse):
    entities, relations, _ = analyse("株洲市总工会联合市爱卫办、市关工委开展“健康进工地”活动。湖南省台办、省安委会参加。")
    assert {"株洲市爱国卫生运动委员会办公室", "株洲市关心下一代工作委员会", "湖南省台湾事务办公室",
            "湖南省安全生产委员会"} <= set(of_type(entities, "Organization"))
    assert ("株洲市关心下一代工作委员会", "organizes", "健康进工地") in relations
    entities, _, _ = analyse("湖南省总工会、省政府国资委联合开展竞赛。株洲市总工会联合市工信委开展评选。")
    assert {"湖南省人民政府国有资产监督管理委员会", "株洲市工业和信息化委员会"} == set(of_type(entities, "Organization"))


def test_the_state_council_and_the_central_cyberspace_office(analyse):
    entities, relations, _ = analyse("中央网信办与全总联合主办“网聚职工正能量”活动。国务院办公厅印发通知。")
    assert {"中央网络安全和信息化委员会办公室", "国务院办公厅"} <= set(of_type(entities, "Organization"))
    assert ("中央网络安全和信息化委员会办公室", "organizes", "网聚职工正能量") in relations


def test_a_bank_referred_back_to_as_该行(analyse):
    entities, relations, _ = analyse("株洲农商银行召开职代会。该行工会积极开展活动，该行参加了“金秋助学”活动。该行为值得肯定。")
    assert set(of_type(entities, "UnionBody")) == {"株洲农商银行工会"}
    assert ("株洲农商银行", "participatesIn", "金秋助学") in relations


def test_a_party_committee_s_bureaus_and_lecturers_written_after_its_short_form(analyse):
    entities, relations, _ = analyse("株洲市芦淞区委老干部局党支部获奖。中共湖南省委讲师团团长李满春作报告，服务工作大局。")
    assert {"中共株洲市芦淞区委员会老干部局", "中共湖南省委员会讲师团"} <= set(of_type(entities, "Organization"))
    assert ("李满春", "worksFor", "中共湖南省委员会讲师团") in relations
    assert not any(name.endswith("大局") for name in of_type(entities, "Organization"))
    entities, relations, _ = analyse("湖南株洲讯 市委教育工委副书记谭志刚出席。市委教工委开展活动。")
    assert ("谭志刚", "worksFor", "中共株洲市委员会教育工作委员会") in relations
    assert "中共株洲市委员会" not in of_type(entities, "Organization")


def test_a_company_whose_name_holds_duiwai_is_named_whole(analyse):
    entities, _, _ = analyse("华川对外贸易有限公司工会举办活动。市总工会对外国语学校工会表示感谢。")
    assert "华川对外贸易有限公司工会" in of_type(entities, "UnionBody")
    assert not any(name.startswith("对") for name in of_type(entities, "UnionBody"))


def test_a_hospital_bureau_or_institute_referred_back_to_with_a_demonstrative(analyse):
    entities, relations, _ = analyse("市总工会到株洲市中心医院调研。该院院长罗建华介绍情况。株洲市公安局开展活动，该局副局长龙涛参加。")
    assert ("罗建华", "worksFor", "株洲市中心医院") in relations
    assert ("龙涛", "worksFor", "株洲市公安局") in relations


def test_a_school_known_by_its_place_and_number(analyse):
    entities, _, _ = analyse("比赛在醴陵一中举行，株洲市二十三中、攸县职高等校参赛。会议学习二十届三中全会精神。")
    assert {"醴陵一中", "株洲市二十三中", "攸县职高"} <= set(of_type(entities, "Organization"))
    assert not any("三中全会" in name for name in of_type(entities, "Organization"))


def test_short_forms_of_bodies_renamed_since_and_of_labour_arbitration(analyse):
    entities, _, _ = analyse("湖南株洲讯 省总工会配合建设厅、公安厅开展检查。由市卫计局主办。在市劳动人事争议仲裁院设站。")
    assert {"湖南省建设厅", "株洲市卫生和计划生育局", "株洲市劳动人事争议仲裁院"} <= set(of_type(entities, "Organization"))
    entities, _, _ = analyse("湖南株洲讯 市总工会、市退管会负责人走访退休职工，市老龄办参加。")
    assert {"株洲市退管会", "株洲市老龄工作委员会办公室"} <= set(of_type(entities, "Organization"))
    entities, _, _ = analyse("湖南株洲讯 慰问组赶赴市人民武装部。市总工会联合市共青团开展活动。")
    assert {"株洲市人民武装部", "共青团株洲市委员会"} <= set(of_type(entities, "Organization"))


def test_a_conjunction_opening_a_clause_opens_no_name(analyse):
    entities, _, _ = analyse("工会做了很多工作，但湘潭电机集团的职工仍有困难，而长沙银行工会已完成任务。")
    organisations = set(of_type(entities, "Organization"))
    assert {"湘潭电机集团", "长沙银行"} <= organisations
    assert not any(name.startswith(("但", "而")) for name in organisations)


def test_an_association_of_a_trade_or_a_law_enforcement_bureau_after_a_bare_level(analyse):
    entities, _, _ = analyse("湖南株洲讯 市快递行业协会、市出租汽车协会负责人参加仪式。由省交通运输执法局、省交通工会共同承办。"
                             "市开展帮扶中心建设。")
    organisations = set(of_type(entities, "Organization"))
    assert {"株洲市快递行业协会", "株洲市出租汽车协会", "湖南省交通运输执法局"} <= organisations
    assert not any("开展" in name for name in organisations)


def test_the_working_committee_of_a_province_s_organs_written_short(analyse):
    entities, relations, _ = analyse("湖南长沙讯 省直工委副书记刘建明、省直纪工委书记王志强出席。")
    assert ("刘建明", "worksFor", "湖南省直属机关工作委员会") in relations
    assert ("王志强", "worksFor", "湖南省直属机关纪律检查工作委员会") in relations


def test_a_clause_s_verb_before_the_group_the_article_is_about_opens_no_name(analyse):
    entities, _, _ = analyse("湖南建工集团召开职代会，号召全体职工努力开创集团发展新局面，奋力实现集团公司目标。河南安装集团参加。")
    assert set(of_type(entities, "Organization")) == {"湖南建工集团", "河南安装集团"}


def test_posts_in_a_company_s_party_branch_or_a_body_s_organs_committee_are_held_at_the_body(analyse):
    entities, relations, _ = analyse("株洲茶业有限公司党总支书记、工会主席谭强介绍。湖南省总工会党组成员、直属机关党委书记龙明出席。")
    assert ("谭强", "worksFor", "株洲茶业有限公司") in relations
    assert ("龙明", "worksFor", "湖南省总工会") in relations
    assert not any(name.endswith(("党总支", "机关党委")) for name in of_type(entities, "Organization"))


def test_a_factory_whose_head_ends_a_rare_word_with_its_product(analyse):
    entities, _, _ = analyse("吉林市卷烟厂、沈阳市制药厂的职工参加。会议要求适应发展新格局。")
    assert set(of_type(entities, "Organization")) == {"吉林市卷烟厂", "沈阳市制药厂"}


def test_welfare_homes_and_the_red_cross_and_civilisation_committee_of_a_place(analyse):
    entities, _, _ = analyse("湖南株洲讯 志愿者到株洲市儿童福利院、芦淞区敬老院看望老人。市总工会与市红十字会、市文明委联合开展活动。")
    assert {"株洲市儿童福利院", "芦淞区敬老院", "株洲市红十字会", "株洲市精神文明建设委员会"} <= set(
        of_type(entities, "Organization"))


def test_a_government_s_offices_a_teachers_college_and_a_department_store(analyse):
    entities, relations, _ = analyse("湖南省人民政府外事办公室主任罗七致辞。邀请衡阳师专教研室主任谭明华授课。职工走进友阿商厦。")
    assert {"湖南省人民政府外事办公室", "衡阳师专", "友阿商厦"} <= set(of_type(entities, "Organization"))
    assert ("罗七", "worksFor", "湖南省人民政府外事办公室") in relations


def test_a_post_after_a_bare_company_or_group_opening_a_clause_is_held_at_the_one_named_last(analyse):
    _, relations, _ = analyse("株洲华兴建材有限公司工会成立。会上，公司党委书记、董事长罗大明讲话。"
                              "湘东机械集团召开职代会。集团董事长谭明、集团公司副总经理龙强出席。")
    assert {("罗大明", "worksFor", "株洲华兴建材有限公司"), ("谭明", "worksFor", "湘东机械集团"),
            ("龙强", "worksFor", "湘东机械集团")} <= relations


def test_a_charging_point_is_no_power_station(analyse):
    entities, _, _ = analyse("骑手在服务区的新能源充电站休息，株洲龙头铺水电站职工参加。")
    assert set(of_type(entities, "Organization")) == {"株洲龙头铺水电站"}


def test_express_brands_written_with_their_trade_and_a_site_noun(analyse):
    entities, _, _ = analyse("慰问组走访了顺丰营业部、圆通快递中转场、百世快递网点、京东速运营业点和中国石油加油站。")
    assert {"顺丰", "圆通快递", "百世快递", "京东速运", "中国石油"} <= set(of_type(entities, "Organization"))


def test_a_centre_that_is_a_venue_is_no_body_but_a_theatre_is(analyse):
    entities, _, _ = analyse("湖南株洲讯 大会在市会议中心召开，随后在市行政中心大礼堂颁奖。市疾控中心参加。演出在湖南省歌舞剧院举行。")
    assert set(of_type(entities, "Organization")) == {"株洲市疾控中心", "湖南省歌舞剧院"}


def test_a_body_s_meeting_on_union_work_names_no_union_of_the_body(analyse):
    entities, _, _ = analyse("湖南株洲讯 贯彻落实市委工会工作会议的部署要求。市工商联工会主席谭明出席。")
    assert set(of_type(entities, "UnionBody")) == {"株洲市工商联工会"}


def test_a_company_whose_union_work_is_spoken_of_is_named(analyse):
    entities, _, _ = analyse("台江区总工会调研了福州华兴纺织有限公司工会工作。")
    assert set(of_type(entities, "Organization")) == {"福州华兴纺织有限公司"}


def test_an_organisation_written_without_its_place_s_level_or_a_court_s_people_is_the_one_written_with_them(analyse):
    entities, _, _ = analyse("株洲市一中举办活动，株洲一中教师参加。荷塘区人民法院法官讲课，荷塘区法院、河西区人民检察院协办。")
    assert {"株洲市一中", "荷塘区人民法院", "河西区人民检察院"} <= set(of_type(entities, "Organization"))
    assert not {"株洲一中", "荷塘区法院"} & set(of_type(entities, "Organization"))


def test_a_company_written_short_is_the_one_named_in_full_with_limited_liability(analyse):
    entities, _, _ = analyse("湘江宏达建材有限责任公司工会成立。宏达公司职工参加。")
    assert "宏达公司" not in of_type(entities, "Organization")


def test_a_time_word_before_a_name_opens_no_part_of_it(analyse):
    entities, _, _ = analyse("湘江宏达集团召开职工代表大会。会上宏达集团副总裁作报告，会后宏达集团工会组织参观。")
    assert set(of_type(entities, "Organization")) == {"宏达集团"}
    assert set(of_type(entities, "UnionBody")) == {"宏达集团工会"}


def test_schools_clinics_and_committees_by_heads_of_their_own_are_organisations(analyse):
    entities, _, _ = analyse("孩子在临江市中等专业学校读书，父亲在临江市职业病防治院工作。湘江市职工互助互济会、"
                             "湘江市精神文明建设指导委员会办公室协办。力争建成2所优质中等职业学校。")
    assert set(of_type(entities, "Organization")) == {"临江市中等专业学校", "临江市职业病防治院", "湘江市职工互助互济会",
                                                       "湘江市精神文明建设指导委员会办公室"}


def test_a_verb_of_contact_report_or_aid_before_a_name_is_no_part_of_it(analyse):
    entities, _, _ = analyse("工会联系湘江机械厂等单位签约。湘江日报报道宏达集团的经验。干部支援东兴建材公司职工，协助华星化工公司恢复生产。"
                             "基层联系点华星集团参加。")
    assert {"湘江机械厂", "宏达集团", "东兴建材公司", "华星化工公司"} <= set(of_type(entities, "Organization"))
    assert not [name for name in of_type(entities, "Organization") if name.startswith(("联系", "点", "支援", "协助"))]


def test_the_kind_of_firm_before_a_name_is_no_part_of_it_nor_is_a_name_cut_at_a_word_it_holds(analyse):
    entities, _, _ = analyse("与驻辖区央企华远建设集团有限公司工会签约。技术支持：中国联合网络通信有限公司洛阳市分公司。")
    assert {"华远建设集团有限公司", "中国联合网络通信有限公司洛阳市分公司"} <= set(of_type(entities, "Organization"))
    assert set(of_type(entities, "UnionBody")) == {"华远建设集团有限公司工会"}


def test_a_bank_s_branch_keeps_the_bank_s_short_name_and_a_grade_names_no_body(analyse):
    entities, _, _ = analyse("建行湘潭分行副行长出席，工行株洲分行协办。该协会被评为“先进协会”，另有两个协会获评优秀协会。")
    assert set(of_type(entities, "Organization")) == {"建行湘潭分行", "工行株洲分行"}


def test_more_agencies_by_their_short_forms(analyse):
    entities, relations, _ = analyse("宿州市总工会消息。市住建委副主任刘建华出席。市交通运输委、市信访办、省台联参加。")
    assert {"宿州市住房和城乡建设委员会", "宿州市交通运输委员会", "宿州市信访办公室", "安徽省台湾同胞联谊会"} <= set(
        of_type(entities, "Organization"))
    assert ("刘建华", "worksFor", "宿州市住房和城乡建设委员会") in relations


def test_detention_houses_test_stations_memorial_halls_and_fire_brigades_are_organisations(analyse):
    entities, relations, _ = analyse("湘潭市看守所副所长李明出席。湘潭县农业试验站站长王强参加。韶山市毛泽东纪念馆、湘潭市消防救援支队协办。")
    assert {"湘潭市看守所", "湘潭县农业试验站", "韶山市毛泽东纪念馆", "湘潭市消防救援支队"} <= set(of_type(entities, "Organization"))
    assert ("李明", "worksFor", "湘潭市看守所") in relations


def test_a_three_character_adverb_opens_a_clause_not_a_name(analyse):
    entities, _, _ = analyse("为进一步丰富学校文化生活，校工会举办比赛。进一步激发农商银行活力。大连银行湘潭分行参加。")
    assert set(of_type(entities, "Organization")) == {"大连银行湘潭分行"}


def test_a_special_invitation_before_a_name_is_no_part_of_it(analyse):
    entities, relations, _ = analyse("特邀湘潭市第二医院孙华主任主讲，特邀清华大学社会科学学院教授彭凯出席。")
    assert {"湘潭市第二医院", "清华大学社会科学学院"} <= set(of_type(entities, "Organization"))
    assert not [name for name in of_type(entities, "Organization") if name.startswith("特邀")]


def test_the_national_legislature_and_consultative_conference_by_their_short_forms(analyse):
    entities, relations, _ = analyse("全国人大常委会委员钱明出席。全国政协委员、全国台联副会长王强参加。全国人大代表李华发言。")
    assert set(of_type(entities, "Organization")) == {"全国人民代表大会常务委员会", "中华全国台湾同胞联谊会"}  # (委员, 代表: titles)
    assert ("钱明", "worksFor", "全国人民代表大会常务委员会") in relations


def test_a_verb_of_bringing_before_a_name_is_no_part_of_it(analyse):
    entities, _, _ = analyse("工会为职工送上国网临川县供电公司的祝福。")
    assert set(of_type(entities, "Organization")) == {"国网临川县供电公司"}


def test_a_verb_of_facing_following_or_greeting_before_a_name_is_no_part_of_it(analyse):
    entities, _, _ = analyse("热烈祝贺湘江宏达科技有限公司工会成立。面向湘江机电职业技术学院招生。随着湘江中学实验学校工会成立，活动增多。")
    assert set(of_type(entities, "UnionBody")) == {"湘江宏达科技有限公司工会", "湘江中学实验学校工会"}
    assert not [name for name in of_type(entities, "Organization") if name.startswith(("热烈", "面向", "随着"))]


def test_an_oil_field_or_petrochemical_works_by_its_two_character_name(analyse):
    entities, _, _ = analyse("由华北油田承办的技能比赛落幕，长庆油田采油三厂职工参加，燕山石化、茂名石化派员观摩。"
                             "广大油田职工在老油田奋战，打造世界一流石化基地，推动石油石化行业发展。")
    assert set(of_type(entities, "Organization")) >= {"华北油田", "长庆油田", "燕山石化", "茂名石化"}
    assert not [name for name in of_type(entities, "Organization") if name.startswith(("广大", "在老", "一流", "石油"))]


def test_a_mining_or_power_company_by_its_two_character_name_and_its_trade(analyse):
    entities, relations, _ = analyse("近日，青峰煤电工会走访一线；赵家铝业代表队夺冠；检查组来到石岭煤业。推动煤炭矿业发展。")
    assert set(of_type(entities, "Organization")) == {"青峰煤电", "赵家铝业", "石岭煤业"}
    assert "青峰煤电工会" in of_type(entities, "UnionBody")


def test_a_development_and_reform_commission_listed_after_a_federation_is_its_place_s(analyse):
    entities, relations, _ = analyse("由广西壮族自治区总工会、发展和改革委员会、商务厅联合举办“八桂工匠”技能大赛。")
    assert {"广西壮族自治区发展和改革委员会", "广西壮族自治区商务厅"} <= set(of_type(entities, "Organization"))
    assert ("广西壮族自治区发展和改革委员会", "organizes", "八桂工匠") in relations


def test_an_organisation_before_a_union_s_rest_station_is_named(analyse):
    entities, _, _ = analyse("在青松职业技术学校工会驿站、湘江宏达物业有限公司湘潭分公司工会驿站里，职工可以休息。")
    assert {"青松职业技术学校", "湘江宏达物业有限公司湘潭分公司"} <= set(of_type(entities, "Organization"))


def test_a_tripartite_committee_or_its_meeting_s_office_by_a_bare_level_or_a_place(analyse):
    entities, relations, _ = analyse("湘潭市雨湖区总工会消息。副区长、区协调劳动关系三方委员会主任陈明出席。湘潭市协调劳动关系三方会议办公室印发方案。")
    assert {"湘潭市雨湖区协调劳动关系三方委员会", "湘潭市协调劳动关系三方会议办公室"} <= set(of_type(entities, "Organization"))
    assert ("陈明", "worksFor", "湘潭市雨湖区协调劳动关系三方委员会") in relations


def test_quality_supervision_and_spiritual_civilisation_offices_by_their_short_forms(analyse):
    entities, relations, _ = analyse("湘潭市总工会消息。省委宣传部副部长、省精神文明办主任李明出席。市总工会与市质监局制定规范。")
    assert {"湖南省精神文明建设委员会办公室", "湘潭市质量技术监督局"} <= set(of_type(entities, "Organization"))
    assert ("李明", "worksFor", "湖南省精神文明建设委员会办公室") in relations


def test_schools_named_with_their_full_word_for_school(analyse):
    entities, _, _ = analyse("县总工会干部深入石门镇白云小学校看望学生，又到青山中学校慰问教师。启秀中学校长杨志冲致辞。农村中小学校参加。")
    assert set(of_type(entities, "Organization")) == {"石门镇白云小学校", "青山中学校", "启秀中学"}


def test_a_company_written_without_its_legal_form_is_the_one_written_with_it(analyse):
    entities, _, _ = analyse("青禾石化公司工会开展技能比武。青禾石化组织职工参赛，华联集团有限公司和华联集团也派员参加。")
    found = of_type(entities, "Organization")
    assert set(found) == {"青禾石化公司", "华联集团有限公司"}
    assert "青禾石化" in found["青禾石化公司"].aliases and "华联集团" in found["华联集团有限公司"].aliases


def test_the_social_sciences_federation_written_short(analyse):
    _, relations, _ = analyse("湖州市总工会召开会议。市社科联主席李华授课。")
    assert ("李华", "worksFor", "湖州市社会科学界联合会") in relations


def test_labour_and_social_security_agencies_under_their_former_names(analyse):
    entities, _, _ = analyse("福建省总工会和省劳动保障厅共同举办招聘会。")
    assert "福建省劳动和社会保障厅" in of_type(entities, "Organization")


def test_a_hospital_by_its_bare_level_and_number_is_the_place_s_numbered_people_s_hospital(analyse):
    entities, _, _ = analyse("厦门市总工会联合市交警大队和市二医院开展义诊。")
    assert {"厦门市第二人民医院"} <= set(of_type(entities, "Organization"))
    assert not any("和" in name for name in of_type(entities, "Organization"))


def test_the_party_s_central_committee_is_a_body_that_runs_no_union_program(analyse):
    entities, relations, _ = analyse("按照中共中央、国务院的部署，全国总工会开展“安康杯”竞赛。县总工会落实党中央部署。")
    found = of_type(entities, "Organization")
    assert {"中国共产党中央委员会", "国务院"} <= set(found) and "党中央" in found["中国共产党中央委员会"].aliases
    assert not any(s in ("中国共产党中央委员会", "国务院") for s, p, _ in relations if p in ("organizes", "participatesIn"))
    entities, _, _ = analyse("中国国民党中央常务委员出席。")
    assert "中国共产党中央委员会" not in of_type(entities, "Organization")
    entities, _, _ = analyse("中共中央办公厅、国务院办公厅印发《意见》。")
    assert set(of_type(entities, "Organization")) == {"中共中央办公厅", "国务院办公厅"}


def test_a_labour_arbitration_court_written_short_after_a_bare_level(analyse):
    entities, relations, _ = analyse("成都市青羊区总工会联合区人社局、区仲裁院开展普法活动。区仲裁院副院长李明介绍。")
    assert "成都市青羊区劳动人事争议仲裁院" in of_type(entities, "Organization")
    assert ("李明", "worksFor", "成都市青羊区劳动人事争议仲裁院") in relations


def test_a_kind_of_committee_with_no_place_or_name_is_no_organisation(analyse):
    entities, _, _ = analyse("某镇工会牵头成立了劳动争议调解委员会，工人们前来申请劳动争议调解委员会帮忙。"
                             "青羊区劳动争议调解委员会主任李明介绍。")
    assert set(of_type(entities, "Organization")) == {"青羊区劳动争议调解委员会"}


def test_a_place_s_media_centre_in_a_sentence_not_in_a_credit(analyse):
    entities, _, _ = analyse("由青川县总工会主办，青川县融媒体中心协办，活动在县城举行，职工踊跃参加。\n来源：剑阁县融媒体中心\n")
    found = set(of_type(entities, "Organization"))
    assert "青川县融媒体中心" in found and "剑阁县融媒体中心" not in found


def test_a_post_held_concurrently_is_no_part_of_the_next_body_s_name(analyse):
    _, relations, _ = analyse("湖南省卫健委副主任兼长沙市人民医院院长刘华出席。")
    assert ("刘华", "worksFor", "长沙市人民医院") in relations


def test_a_hospital_or_school_referred_back_before_a_post_is_the_one_named(analyse):
    _, relations, _ = analyse("记者来到湖南省肿瘤医院。医院副院长王明出席。")
    assert ("王明", "worksFor", "湖南省肿瘤医院") in relations


def test_a_university_s_numbered_affiliated_hospital_written_short(analyse):
    _, relations, _ = analyse("郑州大学二附院副院长李明出席。")
    assert ("李明", "worksFor", "郑州大学二附院") in relations


def test_a_middle_or_primary_school_named_by_a_common_noun(analyse):
    entities, _, _ = analyse("育才小学开展活动。大家在欢乐的氛围中学知识。")
    assert set(of_type(entities, "Organization")) == {"育才小学"}


def test_a_trade_word_whose_last_character_opens_a_frequent_word_names_no_company(analyse):
    entities, _, _ = analyse("关心环卫工人、园林绿化工人等户外劳动者。")
    assert not of_type(entities, "Organization")


def test_companies_by_trade_name_in_a_list_closed_by_their_count_and_kind(analyse):
    entities, _, _ = analyse("吉安市新增恒达制药、东源化工、华美物流等6家产改试点企业。华瑞科技、顺达物流、青峰水泥等行业龙头企业建起了职工书屋。")
    assert {"恒达制药", "东源化工", "华美物流", "华瑞科技", "顺达物流", "青峰水泥"} <= set(of_type(entities, "Organization"))


def test_secondary_vocational_schools_by_their_short_heads(analyse):
    entities, relations, _ = analyse("培训班在安远中专开班，安远中专校长陈国庆致辞。建阳区总工会委托建阳职教中心开办了电工培训班。")
    assert {"安远中专", "建阳职教中心"} <= set(of_type(entities, "Organization"))
    assert ("陈国庆", "worksFor", "安远中专") in relations


def test_museums_and_supply_and_marketing_cooperatives_by_their_heads(analyse):
    entities, relations, _ = analyse("职工们到云南省地质博物院参观。由昆明市总工会、昆明市供销合作总社联合举办的“滇品进万家”活动开幕。")
    assert {"云南省地质博物院", "昆明市供销合作总社"} <= set(of_type(entities, "Organization"))
    assert ("昆明市供销合作总社", "organizes", "滇品进万家") in relations


def test_the_workers_mutual_insurance_society_by_its_short_name(analyse):
    entities, relations, _ = analyse("中互会推出的“快递小哥专项互助保障活动”受到欢迎。")
    assert ("Organization", "中国职工保险互助会") in entities
    assert ("中国职工保险互助会", "organizes", "快递小哥专项互助保障") in relations


def test_schools_of_a_kind_of_area_and_a_visit_s_verb_name_no_organisation(analyse):
    entities, _, _ = analyse("帮扶资金助力山区学校改善条件，工会为边疆学校送去毛衣。考察组观摩远航机械有限公司。"
                             "张女士与所在学校达成调解，她是一名民办学校返聘人员。")
    assert set(of_type(entities, "Organization")) == {"远航机械有限公司"}


def test_a_company_s_name_opens_after_bringing_along(analyse):
    entities, _, _ = analyse("副经理张伟、赵敏携公司司机参加了仪式。经理王强携华联科技有限公司员工参加。")
    assert set(of_type(entities, "Organization")) == {"华联科技有限公司"}


def test_the_development_and_reform_commission_written_short(analyse):
    entities, _, _ = analyse("威海市总工会联合市发展改革委、市教育局等部门出台意见。")
    assert {"威海市发展和改革委员会", "威海市教育局"} <= set(of_type(entities, "Organization"))
    assert not of_type(entities, "Program")


def test_trade_names_listed_before_a_count_of_firms_without_deng(analyse):
    entities, _, _ = analyse("再添金牛制药、瑞丰纺织2家产改试点企业。")
    assert {"金牛制药", "瑞丰纺织"} <= set(of_type(entities, "Organization"))


def test_bodies_listed_after_a_level_s_body_past_others(analyse):
    entities, _, _ = analyse("标题：安庆市召开厂务公开会议\n\n市发改委、财政局、国资办、人社局、工商联等成员单位汇报了情况。")
    assert {"安庆市发展和改革委员会", "安庆市财政局", "安庆市国有资产监督管理办公室", "安庆市人力资源和社会保障局",
            "安庆市工商业联合会"} <= set(of_type(entities, "Organization"))


def test_the_central_party_school_is_not_the_central_committee(analyse):
    entities, _, _ = analyse("培训班特邀中共中央党校的专家授课。")
    assert set(of_type(entities, "Organization")) == {"中共中央党校"}


def test_bodies_named_by_heads_of_service_rescue_police_and_trade(analyse):
    entities, _, _ = analyse("慰问组先后来到保定市园林绿化事务中心、竞秀区交警大队、保定市莲池区同心公益服务社、保定市天山救援队、"
                             "保定市万家购物中心和保定市城市客运中心。在中国工商银行股份有限公司保定市莲池营业所慰问员工。")
    assert {"保定市园林绿化事务中心", "竞秀区交警大队", "保定市莲池区同心公益服务社", "保定市天山救援队", "保定市万家购物中心",
            "保定市城市客运中心", "中国工商银行股份有限公司保定市莲池营业所"} <= set(of_type(entities, "Organization"))


def test_a_company_before_a_verb_of_running_an_event_is_no_office(analyse):
    entities, _, _ = analyse("竞赛由省总工会、蓉欧铁路四川公司主办，中铁八局承办。")
    assert "蓉欧铁路四川公司" in of_type(entities, "Organization")
    assert not any(name.endswith("主办") for name in of_type(entities, "Organization"))


def test_units_counted_at_the_start_of_a_name_name_none(analyse):
    entities, _, _ = analyse("区总工会推动二十余家物流公司建立工会，五所高校法学院派出志愿者。")
    assert not of_type(entities, "Organization")


def test_a_name_starts_after_a_verb_of_entrusting_visiting_or_reporting_and_no_firm_of_a_size(analyse):
    entities, _, _ = analyse("职工们游览雁荡山灵峰景区。活动委托当地规上旅行社承办。经车间党支部审核后报集团工会。")
    assert set(of_type(entities, "Organization")) == {"雁荡山灵峰景区"}
    assert not of_type(entities, "UnionBody")


def test_no_national_body_from_a_short_form_across_two_words(analyse):
    entities, _, _ = analyse("各单位要集中办理参保手续。")
    assert not of_type(entities, "Organization")
    entities, _, _ = analyse("中办、国办印发通知。")
    assert set(of_type(entities, "Organization")) == {"中共中央办公厅", "国务院办公厅"}


def test_a_prison_a_botanic_garden_and_a_company_s_technology_centre_are_organisations(analyse):
    entities, relations, _ = analyse("受表彰的是:四川省第三监狱刘芳、江西省庐山植物园陈静、宝钢技术中心黄磊。")
    assert {"四川省第三监狱", "江西省庐山植物园", "宝钢技术中心"} <= set(of_type(entities, "Organization"))
    assert ("刘芳", "worksFor", "四川省第三监狱") in relations


def test_no_organisation_from_a_clause_saying_what_there_is_or_a_kind_of_body(analyse):
    entities, _, _ = analyse("这批案例中既有法院的做法。驿站周边有大型医院和学校。她是一名民办幼儿园的老师。"
                             "受学校党委委托，会议传递学校党委的关怀。")
    assert not of_type(entities, "Organization")


def test_no_organisation_from_a_union_listed_before_its_kind_of_unit_nor_after_another_has(analyse):
    entities, _, _ = analyse("出口加工区工会获得一等奖，另有洋山保税港区工会等三家单位获得优秀奖。")
    assert not of_type(entities, "Organization")


def test_the_general_office_of_a_party_committee_written_short(analyse):
    entities, _, _ = analyse("江西省总工会开展活动。省委办公厅、省政府办公厅印发意见。")
    assert {"中共江西省委员会办公厅", "江西省人民政府办公厅"} <= set(of_type(entities, "Organization"))


def test_a_police_unit_written_after_its_bureau_is_the_unit(analyse):
    entities, _, _ = analyse("曲靖市总工会联合曲靖市公安局交通警察支队开展宣传活动。")
    assert "曲靖市公安局交通警察支队" in of_type(entities, "Organization")
    assert "曲靖市公安局" not in of_type(entities, "Organization")


def test_firms_listed_by_two_character_trade_names_before_a_qualified_closing(analyse):
    entities, _, _ = analyse("来自瑞思、歌峰、明宇光电等辖区重点企业的职工参加比赛。")
    assert {"瑞思", "歌峰", "明宇光电"} <= set(of_type(entities, "Organization"))
    entities, _, _ = analyse("物业、消防等单位参加。")
    assert not of_type(entities, "Organization")


def test_a_second_name_after_a_slash_is_a_body_of_the_first_s_place(analyse):
    entities, _, _ = analyse("湖南省人社厅、省总工会、省企业联合会/企业家协会联合印发通知。")
    assert {"湖南省企业联合会", "湖南省企业家协会"} <= set(of_type(entities, "Organization"))
    entities, relations, _ = analyse("湖南省总工会、省企业联合会/企业家协会开展“春暖行动”。")
    assert ("湖南省企业家协会", "organizes", "春暖行动") in relations


def test_a_research_centre_and_a_union_of_cooperatives_are_named_whole(analyse):
    entities, relations, _ = analyse("西南财经大学心理研究中心主任林思远为职工授课。肥西县丰收蔬菜专业合作社联合社举办培训。")
    organisations = set(of_type(entities, "Organization"))
    assert {"西南财经大学心理研究中心", "肥西县丰收蔬菜专业合作社联合社"} <= organisations
    assert ("林思远", "worksFor", "西南财经大学心理研究中心") in relations


def test_a_list_after_what_there_is_and_an_item_holding_a_conjunction_s_character(analyse):
    entities, _, _ = analyse("济南市槐荫区总工会召开会议。参加的有区法院、红星水泥厂、丁庄小学、盛和小学等单位。")
    organisations = set(of_type(entities, "Organization"))
    assert {"济南市槐荫区人民法院", "红星水泥厂", "丁庄小学", "盛和小学"} <= organisations
    assert not any(name.startswith("有") for name in organisations)


def test_a_company_named_with_the_group_that_holds_it_before_its_place(analyse):
    entities, relations, _ = analyse("九洲控股绵阳光电科技有限公司销售部开票员赵明说。中铁五局集团昆明工程有限公司承建。")
    organisations = set(of_type(entities, "Organization"))
    assert {"九洲控股绵阳光电科技有限公司", "中铁五局集团昆明工程有限公司"} <= organisations


def test_a_department_of_a_bare_region_is_the_autonomous_region_s(analyse):
    entities, _, _ = analyse("宁夏回族自治区总工会、区人力资源和社会保障厅在银川市金凤区举行活动。")
    organisations = set(of_type(entities, "Organization"))
    assert "宁夏回族自治区人力资源和社会保障厅" in organisations
    assert not any(name.startswith("银川市金凤区") for name in organisations)


def test_an_agency_listed_after_another_that_follows_the_place_s_federation(analyse):
    entities, _, _ = analyse("克拉玛依市总工会与市邮政管理局、市场监督管理局等部门联动。")
    assert {"克拉玛依市邮政管理局", "克拉玛依市市场监督管理局"} <= set(of_type(entities, "Organization"))
    entities, _, _ = analyse("县总工会常务副主席冯喜忠、县农业农村和水利局局长金华栋出席。")
    assert not any(name.endswith("县水利局") for name in of_type(entities, "Organization"))


def test_a_party_committee_s_office_that_guides_and_its_department_written_short(analyse):
    entities, relations, _ = analyse("由茶陵县委人才办指导，县总工会主办的“浪漫茶乡”联谊活动举行。")
    assert "中共茶陵县委员会人才办" in of_type(entities, "Organization")
    assert ("茶陵县总工会", "organizes", "浪漫茶乡") in relations
    assert not any(r[1] == "organizes" and r[0].startswith("中共") for r in relations)
    entities, _, _ = analyse("宜昌市委社会工作部、市总工会共同实施。宜昌市委社工部相关负责人介绍。")
    assert [name for name in of_type(entities, "Organization") if name.startswith("中共宜昌市委员会")] == ["中共宜昌市委员会社会工作部"]


def test_a_party_committee_s_organs_work_committee_and_office_and_bodies_of_two_levels(analyse):
    entities, relations, _ = analyse("由台州市总工会、市委直属机关工委主办的职工运动会开幕。市委网信办等5家单位获道德风尚奖。")
    organisations = set(of_type(entities, "Organization"))
    assert {"中共台州市委员会直属机关工作委员会", "中共台州市委员会网信办"} <= organisations
    assert "中共台州市委员会" not in organisations
    entities, _, _ = analyse("由州县两级总工会、州县两级应急管理局联合举办的海西州“安康杯”知识竞赛举行。")
    assert not any("两级" in name for name in of_type(entities, "Organization"))


def test_a_painting_academy_a_cultural_station_a_choir_and_a_police_unit(analyse):
    entities, relations, _ = analyse("“翰墨宜昌”职工书画展开幕。本次展览由宜昌市总工会主办，宜昌市职工书画院、夷陵区综合文化站、"
                                     "三峡职工合唱团协办。台州市特警支队干警参加。县里填补了无职工合唱团的空白。")
    organisations = set(of_type(entities, "Organization"))
    assert {"宜昌市职工书画院", "夷陵区综合文化站", "三峡职工合唱团", "台州市特警支队"} <= organisations
    assert not any(name.startswith("无") for name in organisations)
    assert ("三峡职工合唱团", "organizes", "翰墨宜昌") in relations


def test_the_body_one_worked_at_once_is_named_without_former(analyse):
    entities, _, _ = analyse("全国劳模、原鞍山钢铁公司炼钢厂工程师赵立出席。原平市人民医院派员参加。")
    organisations = set(of_type(entities, "Organization"))
    assert {"鞍山钢铁公司炼钢厂", "原平市人民医院"} <= organisations


def test_a_research_and_development_centre_and_an_enforcement_unit(analyse):
    entities, relations, _ = analyse("金山软件研发中心高级工程师周敏说。成都市城市管理综合执法支队队员陈德明参加。")
    assert {"金山软件研发中心", "成都市城市管理综合执法支队"} <= set(of_type(entities, "Organization"))
    assert ("周敏", "worksFor", "金山软件研发中心") in relations


def test_the_union_of_a_body_s_organs_written_after_the_body(analyse):
    entities, _, _ = analyse("洛阳市总工会携手市交通工会、市城市管理委员会机关工会开展活动。")
    assert "洛阳市城市管理委员会机关工会" in of_type(entities, "UnionBody")


def test_a_body_s_sessions_and_meetings_are_no_organisation(analyse):
    entities, _, _ = analyse("绵阳市总工会第八届十二次主席办公会议和第八届常务委员会第四次全体会议召开。")
    assert not of_type(entities, "Organization")


def test_a_company_after_a_word_for_people_does_not_open_with_its_last_character(analyse):
    entities, _, _ = analyse("我市“五一劳动奖章”获得者国网四川省电力公司绵阳供电公司运维班班长王强出席。")
    assert "国网四川省电力公司绵阳供电公司" in of_type(entities, "Organization")


def test_an_office_after_a_bare_autonomous_region_is_the_region_s(analyse):
    entities, _, _ = analyse("宁夏回族自治区总工会召开会议。自治区总工会、自治区消防安全委员会办公室联合印发通知。")
    assert "宁夏回族自治区消防安全委员会办公室" in of_type(entities, "Organization")


def test_a_preposition_a_clause_s_verb_or_a_province_s_one_character_open_no_firm_s_name(analyse):
    entities, _, _ = analyse("县总工会要求总包单位按宏远劳务公司结算单付款，促成讨薪地党委政府重视，并推动快递企业在皖子公司建会。")
    organizations = set(of_type(entities, "Organization"))
    assert "宏远劳务公司" in organizations
    assert not any(name.startswith(("按", "促成")) or name.endswith("子公司") for name in organizations)


def test_a_trade_name_does_not_open_with_the_last_character_of_the_verb_before_it(analyse):
    entities, _, _ = analyse("市总工会共组织山河水泥、东方建材等企业参赛。")
    assert not any(name.startswith("织") for name in of_type(entities, "Organization"))
    assert "东方建材" in of_type(entities, "Organization")


def test_bodies_offered_as_alternatives_are_no_one_organisation(analyse):
    entities, _, _ = analyse("鼓励职工加入职工摄影俱乐部或摄影协会，参加区总工会或区文联的活动。")
    assert not any("或" in name for name in of_type(entities, "Organization"))


def test_a_centre_of_a_unit_referred_back_to_is_named_by_no_one(analyse):
    entities, _, _ = analyse("某某煤业公司工会举办技能比赛，比赛在该矿职工培训中心举行，其局职工学校也派员参加。")
    assert not any(name.endswith(("培训中心", "职工学校")) for name in of_type(entities, "Organization"))


def test_a_unit_of_a_national_body_written_with_its_short_form_is_one_with_its_full_name(analyse):
    entities, _, _ = analyse("中互会江西省办事处开展义诊。中国职工保险互助会江西省办事处主任刘某出席。")
    assert set(of_type(entities, "Organization")) == {"中国职工保险互助会江西省办事处"}


def test_a_company_written_again_by_its_group_word_or_its_trade_name_is_the_one_named_in_full(analyse):
    entities, _, _ = analyse("昌河飞机工业集团有限责任公司组织劳模疗休养，费用由昌河集团承担。"
                             "同煤控股云冈矿业公司工会建成母婴室，云冈矿业共有女职工300余名。中铁九局集团第二工程有限公司是中铁九局集团的子公司。")
    assert set(of_type(entities, "Organization")) == {"昌河飞机工业集团有限责任公司", "同煤控股云冈矿业公司",
                                                      "中铁九局集团第二工程有限公司", "中铁九局集团"}


def test_a_zone_s_youth_league_work_committee_a_government_s_press_office_and_a_rural_revitalisation_bureau(analyse):
    entities, _, _ = analyse("汇演由常州高新区总工会、团工委及妇联联合主办。江苏省政府新闻办举行发布会。"
                             "溧阳市财政局、乡村振兴局负责人参加。")
    organizations = set(of_type(entities, "Organization"))
    assert {"江苏省人民政府新闻办公室", "溧阳市乡村振兴局"} <= organizations
    assert any(name.startswith("共青团") and name.endswith("工作委员会") for name in organizations)


def test_an_economy_and_information_commission_written_short_and_no_firm_in_an_address(analyse):
    entities, _, _ = analyse("阜新市总工会联合市人社局、市经信委开展评选。服务站设在阜新市解放路厂前街12号。")
    organizations = set(of_type(entities, "Organization"))
    assert "阜新市经济和信息化委员会" in organizations
    assert not any(name.endswith("路厂") for name in organizations)


def test_the_paper_of_a_dateline_is_no_organisation_and_runs_nothing(analyse):
    entities, relations, _ = analyse("威海日报社/威海在线5月3日讯 威海市总工会举办“劳动最美”职工摄影展。")
    assert "威海日报社" not in of_type(entities, "Organization")
    assert ("威海市总工会", "organizes", "劳动最美") in relations


def test_a_school_s_room_or_campus_and_a_police_branch_after_a_bare_bureau(analyse):
    entities, relations, _ = analyse("许昌市第二高级中学报告厅内座无虚席。劳模们来到许昌市魏都区实验小学校园。市公安局魏都分局民警刘建国发言。")
    organizations = set(of_type(entities, "Organization"))
    assert {"许昌市第二高级中学", "许昌市魏都区实验小学", "许昌市公安局魏都分局"} <= organizations
    assert ("刘建国", "worksFor", "许昌市公安局魏都分局") in relations


def test_a_good_start_is_no_bureau(analyse):
    entities, _, _ = analyse("全市职工要为建设现代化新绵阳开好局、起好步贡献力量。")
    assert set(of_type(entities, "Organization")) == set()


def test_a_company_with_its_city_in_brackets_after_the_district_it_is_in(analyse):
    entities, _, _ = analyse("座谈会在黄埔区松下电器(广州)有限公司召开。")
    assert set(of_type(entities, "Organization")) == {"松下电器(广州)有限公司"}


def test_a_party_department_after_through_and_an_office_before_from_are_bodies(analyse):
    entities, _, _ = analyse("经省委宣传部、省总工会研究，在宣城市评出10名最美职工。宣城市总工会、宣城市文明办从历届劳模中遴选出代表。")
    organizations = set(of_type(entities, "Organization"))
    assert "中共安徽省委员会宣传部" in organizations
    assert any(name.startswith("宣城市") and name.endswith("办公室") for name in organizations)


def test_a_dream_of_college_and_a_kind_of_unit_before_a_company_s_place_name_no_body(analyse):
    entities, _, _ = analyse("金秋助学帮助困难职工子女圆梦大学。受助企业陕西华泰机械有限公司工会代表作了发言。")
    organizations = set(of_type(entities, "Organization"))
    assert not any(name.endswith("圆梦大学") for name in organizations)
    assert "陕西华泰机械有限公司" in organizations
    assert "陕西华泰机械有限公司工会" in of_type(entities, "UnionBody")


def test_the_paper_of_a_reporter_in_a_byline_is_no_organisation(analyse):
    entities, _, _ = analyse("本报讯（内江日报社融媒体记者李小川）资中县总工会举办职工运动会。")
    assert set(of_type(entities, "Organization")) == set()


def test_a_government_s_website_is_no_government(analyse):
    entities, relations, _ = analyse("【孝感政府网消息】5月6日，孝感市总工会启动“百企千岗”职工就业服务行动。信息来源：孝感政府网")
    assert not any(name.endswith("人民政府") for name in of_type(entities, "Organization"))
    assert ("孝感市总工会", "organizes", "百企千岗") in relations


def test_a_fire_rescue_station_and_a_history_museum_are_organisations(analyse):
    entities, _, _ = analyse("会后，劳模代表参观了南京市鼓楼区文化史料馆和如皋市城南消防救援站。")
    assert {"南京市鼓楼区文化史料馆", "如皋市城南消防救援站"} <= set(of_type(entities, "Organization"))


def test_party_schools_branch_schools_and_freight_hubs_are_organisations(analyse):
    entities, _, _ = analyse("培训班由华中科技大学党校举办，北京开放大学朝阳分校协办。兰山区总工会和临沂金盛公路港联合开展送温暖行动。")
    assert {"华中科技大学党校", "临沂金盛公路港"} <= set(of_type(entities, "Organization"))
    assert any(name.endswith("朝阳分校") for name in of_type(entities, "Organization"))


def test_a_union_s_unit_of_no_union_named_is_no_organisation(analyse):
    entities, _, _ = analyse("各镇（街道）总工会劳动法律监督委员会开展检查。根据规定，工会劳动法律监督委员会已组织检查。")
    assert of_type(entities, "Organization") == {}
    entities, _, _ = analyse("莒县总工会劳动法律监督委员会召开会议。")
    assert "莒县总工会劳动法律监督委员会" in of_type(entities, "UnionBody")


def test_a_verb_of_celebrating_thanking_announcing_or_honouring_opens_no_name(analyse):
    entities, _, _ = analyse("为庆祝华能集团成立40周年，以优异成绩献礼华能集团。刘建国感谢集团公司党委的关心。会上孙丽同志宣布能源集团职代会开幕。")
    assert set(of_type(entities, "Organization")) == {"华能集团", "能源集团"}
    entities, _, _ = analyse("全国总工会在北京授牌中国工商银行。省总工会在南京表彰南京银行。")
    assert set(of_type(entities, "Organization")) == {"中国工商银行", "南京银行"}  # a place and a verb of honouring
    entities, _, _ = analyse("代表团来天业集团参观。")
    assert set(of_type(entities, "Organization")) == {"天业集团"}  # a body's coming (团来, 会来)


def test_cinemas_are_organisations_and_partners_of_a_kind_none(analyse):
    entities, relations, _ = analyse("太和县总工会联合星光国际影城共同举办太和职工电影节。职工可到签约影院、合作银行和爱心超市。")
    assert set(of_type(entities, "Organization")) == {"星光国际影城"}
    assert ("星光国际影城", "organizes", "太和职工电影节") in relations


def test_a_verb_of_inspecting_or_telling_opens_no_company_s_name(analyse):
    entities, _, _ = analyse("验收组先后检查恒远机械有限公司、评定华光电子有限公司。律师提醒顺达物流公司工会做好协商。"
                             "活动展现集团公司风采。边防检查总站工会参加。")
    assert {"恒远机械有限公司", "华光电子有限公司", "顺达物流公司"} <= set(of_type(entities, "Organization"))
    assert not any(name.startswith(("检查", "评定", "提醒", "展现")) for name in of_type(entities, "Organization"))
    assert not any(name.startswith("提醒") for name in of_type(entities, "UnionBody"))


def test_an_agency_after_a_place_written_in_full_is_named_as_written(analyse):
    entities, _, _ = analyse("龙泉市建设局组织保洁人员开展活动。龙泉市环卫处、龙泉市市政局参加。杭州杭氧股份有限公司参加。")
    assert {"龙泉市建设局", "龙泉市环卫处", "龙泉市市政局"} <= set(of_type(entities, "Organization"))
    assert "杭州市杭氧股份有限公司" not in of_type(entities, "Organization")


def test_a_party_office_s_short_form_inside_a_very_frequent_word_is_none(analyse):
    entities, _, _ = analyse("职工自愿办理，由银行集中办卡。")
    assert "中共中央办公厅" not in of_type(entities, "Organization")


def test_a_society_named_with_its_place_is_an_organisation_but_not_learning(analyse):
    entities, _, _ = analyse("济宁市总工会与济宁市心理学会签订合作协议。职工学会了急救技能。")
    assert set(of_type(entities, "Organization")) == {"济宁市心理学会"}


def test_a_street_office_written_short_is_an_organisation(analyse):
    entities, relations, _ = analyse("杭州市上城区湖滨街道办主任马建国致辞。")
    assert "杭州市上城区湖滨街道办" in of_type(entities, "Organization")
    assert ("马建国", "worksFor", "杭州市上城区湖滨街道办") in relations


def test_a_home_or_a_school_after_a_bare_level_is_the_place_s_own(analyse):
    entities, _, _ = analyse("锦州市总工会来到市儿童福利院、市特殊教育学校看望。市属中小学校参加。")
    assert {"锦州市儿童福利院", "锦州市特殊教育学校"} == {name for name in of_type(entities, "Organization") if "锦州市" in name}
    assert not any("中小学校" in name for name in of_type(entities, "Organization"))


def test_a_club_named_with_its_place_and_no_government_from_its_departments(analyse):
    entities, relations, _ = analyse("铁岭市总工会与政府部门联合开展检查。青岛国际海员俱乐部主任章明说，很好。职工俱乐部开放。")
    assert set(of_type(entities, "Organization")) == {"青岛国际海员俱乐部"}
    assert ("章明", "worksFor", "青岛国际海员俱乐部") in relations


def test_all_of_a_body_s_people_open_no_name(analyse):
    entities, _, _ = analyse("活动让广大红星农场干部职工受益。全体宏达集团员工参加。")
    assert set(of_type(entities, "Organization")) == {"红星农场", "宏达集团"}


def test_the_national_academies_by_their_short_forms(analyse):
    entities, relations, _ = analyse("中科院副院长高峰出席。中国社科院专家参加。")
    assert {"中国科学院", "中国社会科学院"} <= set(of_type(entities, "Organization"))
    assert ("高峰", "worksFor", "中国科学院") in relations


def test_a_member_of_a_joint_union_opens_no_company_s_name(analyse):
    entities, _, _ = analyse("李家村联合工会成员临淄华阳陶瓷有限公司参加。")
    assert "临淄华阳陶瓷有限公司" in of_type(entities, "Organization")
    assert not any(name.startswith("成员") for name in of_type(entities, "Organization"))


def test_family_planning_agencies_by_their_short_forms(analyse):
    entities, _, _ = analyse("宁远县总工会联合县卫生局、计生局为女职工进行健康检查。县卫生计生委派出医生。")
    assert {"宁远县计划生育局", "宁远县卫生和计划生育委员会"} <= set(of_type(entities, "Organization"))


def test_a_company_written_bare_before_a_party_committee_members_chain_of_posts(analyse):
    _, relations, _ = analyse("近日，长丰建设集团有限公司召开职代会。集团党委委员、副总经理王镝出席会议。")
    assert ("王镝", "worksFor", "长丰建设集团有限公司") in relations


def test_the_verb_of_reporting_for_approval_opens_no_name(analyse):
    entities, _, _ = analyse("经报公司党委同意，长丰机械有限公司工会召开会员代表大会。")
    assert set(of_type(entities, "Organization")) == {"长丰机械有限公司"}


def test_resorts_are_organisations_named_after_the_verb_of_staying(analyse):
    entities, _, _ = analyse("劳模入住天堂寨度假山庄和龙湖度假村，开展疗休养活动。")
    assert {"天堂寨度假山庄", "龙湖度假村"} <= set(of_type(entities, "Organization"))


def test_a_bare_provincial_body_is_of_the_province_the_places_named_before_it_lie_in(analyse):
    entities, _, _ = analyse("济南市总工会贯彻中央、省委部署，学习考察杭州、合肥、郑州三市的成果，与山东中科律师事务所签约。")
    assert "中共山东省委员会" in of_type(entities, "Organization")


def test_rural_credit_cooperatives_and_rehabilitation_centres_by_their_heads(analyse):
    entities, _, _ = analyse("云南省农村信用社和省总工会联合发行工惠卡，北京康复中心为职工体检。")
    assert {"云南省农村信用社", "北京康复中心"} <= set(of_type(entities, "Organization"))


def test_a_set_phrases_verb_before_a_head_opens_no_name(analyse):
    entities, _, _ = analyse("比赛让大家一睹公司风采。")
    assert of_type(entities, "Organization") == {}


def test_the_kind_of_institution_one_strives_for_is_none_named(analyse):
    entities, _, _ = analyse("医院工会助力构建和谐医院，推进美丽学校建设。平安银行为职工办卡。")
    assert set(of_type(entities, "Organization")) == {"平安银行"}


def test_a_group_after_a_bare_level_is_the_article_places(analyse):
    entities, _, _ = analyse("青岛市总工会联合市水务集团、市海洋发展局开展慰问，市旅游集团公司职工参加。")
    organisations = set(of_type(entities, "Organization"))
    assert "青岛市水务集团" in organisations
    assert "青岛市旅游集团" not in organisations  # 市旅游集团公司: the company, not cut at 集团


def test_a_datelines_news_word_opens_no_name(analyse):
    entities, _, _ = analyse("金黔在线讯汪家寨徐家垭口煤矿的群监员发现隐患。")
    assert set(of_type(entities, "Organization")) == {"汪家寨徐家垭口煤矿"}


def test_the_union_after_the_short_name_a_body_is_given_is_that_bodys(analyse):
    entities, relations, _ = analyse("云南省第一人民医院(下称:省一院)工会主席张华表示，要做好职工服务。省一院职工踊跃参加。")
    assert ("张华", "worksFor", "云南省第一人民医院工会") in relations
    assert "云南省第一人民医院" in of_type(entities, "Organization")


def test_a_standing_committee_written_short_and_with_its_place_is_one(analyse):
    entities, relations, _ = analyse("河南省总工会召开大会。省人大常委会主任王东出席，河南省人大常委会副主任李明讲话。")
    assert "河南省人民代表大会常务委员会" not in of_type(entities, "Organization")
    assert {("王东", "worksFor", "河南省人大常委会"), ("李明", "worksFor", "河南省人大常委会")} <= relations


def test_social_work_centres_are_organisations(analyse):
    entities, relations, _ = analyse("浦东公惠社会工作服务中心副总干事郑俨介绍，成都市朗力社工中心也参与。")
    assert {"浦东公惠社会工作服务中心", "成都市朗力社工中心"} <= set(of_type(entities, "Organization"))
    assert ("郑俨", "worksFor", "浦东公惠社会工作服务中心") in relations


def test_a_party_committees_office_written_short_before_its_people(analyse):
    entities, _, _ = analyse("雅安市总工会召开会议，市委网信办有关领导、市委办有关负责人出席。")
    assert set(of_type(entities, "Organization")) == {"中共雅安市委员会网信办", "中共雅安市委员会办公室"}


def test_customs_offices_and_their_unions(analyse):
    entities, _, _ = analyse("广州海关隶属大铲海关缉私分局获得表彰。拱北海关工会开展活动，位居全国海关前列。")
    assert {"广州海关", "大铲海关缉私分局", "拱北海关"} <= set(of_type(entities, "Organization"))
    assert "拱北海关工会" in of_type(entities, "UnionBody")
    assert not any("全国海关" in name for name in of_type(entities, "Organization"))


def test_civilisation_practice_centres_named_with_their_place(analyse):
    entities, _, _ = analyse("安吉县新时代文明实践中心组织志愿者参加，奔赴全县各新时代文明实践所开展服务。")
    assert set(of_type(entities, "Organization")) == {"安吉县新时代文明实践中心"}


def test_border_checkpoints_inspection_institutes_and_management_offices_by_their_heads(analyse):
    entities, relations, _ = analyse("慰问腾冲出入境边防检查站。河池市纤维检验所所长邓文杰介绍。西宁市河道管理所参加。疫情防控检查站人员值守。")
    assert set(of_type(entities, "Organization")) == {"腾冲出入境边防检查站", "河池市纤维检验所", "西宁市河道管理所"}
    assert ("邓文杰", "worksFor", "河池市纤维检验所") in relations


def test_the_bodies_of_two_places_together_are_none_named(analyse):
    entities, _, _ = analyse("援藏干部向京拉两地党委政府表示感谢。")
    assert of_type(entities, "Organization") == {}


def test_fisheries_are_organisations_as_farms_are(analyse):
    entities, _, _ = analyse("安广镇新荒渔场和镇赉县国营渔场职工受灾。")
    assert {"安广镇新荒渔场", "镇赉县国营渔场"} <= set(of_type(entities, "Organization"))


def test_a_body_named_after_the_base_it_is_designated_as_is_named_from_its_place(analyse):
    entities, _, _ = analyse("职工入住浙江省职工疗休养基地丽水市云和温泉大酒店。")
    assert set(of_type(entities, "Organization")) == {"丽水市云和温泉大酒店"}


def test_a_numbered_bureau_s_subsidiary_opening_with_a_stopping_character_is_named_whole(analyse):
    entities, relations, _ = analyse("中铁九局建安公司党委书记王立新出席。中铁九局建安公司工会开展“安康杯”竞赛。")
    assert "中铁九局建安公司" in of_type(entities, "Organization")
    assert "中铁九局建安公司工会" in of_type(entities, "UnionBody")
    assert ("王立新", "worksFor", "中铁九局建安公司") in relations


def test_the_tripartite_meeting_on_labour_relations_of_the_nation_or_a_place(analyse):
    entities, _, _ = analyse("大赛由国家协调劳动关系三方会议指导，江西省协调劳动关系三方会议主办。国家三方办公室负责同志出席。")
    assert {"国家协调劳动关系三方会议", "江西省协调劳动关系三方会议", "国家协调劳动关系三方会议办公室"} <= set(of_type(entities, "Organization"))


def test_the_marker_of_an_example_at_a_phrase_s_start_is_no_part_of_a_name(analyse):
    entities, _, _ = analyse("如金利达纺织集团推行积分制管理。像宏远物流集团、顺安集团等企业积极参与。如东县总工会参加。")
    assert {"金利达纺织集团", "宏远物流集团", "顺安集团"} <= set(of_type(entities, "Organization"))
    assert "如东县总工会" in of_type(entities, "UnionBody")


def test_no_name_opens_with_a_sum_of_money_or_the_verb_of_boosting(analyse):
    entities, _, _ = analyse("县总工会将2.3万多元互助会慰问金送到职工手中。为助推江城汽车运输有限公司高质量发展，工会积极作为。")
    assert set(of_type(entities, "Organization")) == {"江城汽车运输有限公司"}


def test_the_leaders_of_a_group_referred_back_work_for_it(analyse):
    _, relations, _ = analyse("宁波港航集团工会举办职工书画展。集团领导陈建华、吴敏为获奖者颁奖。")
    assert {("陈建华", "worksFor", "宁波港航集团"), ("吴敏", "worksFor", "宁波港航集团")} <= relations


def test_a_bare_level_s_agency_after_de_is_the_article_s_place_s(analyse):
    entities, _, _ = analyse("甘南州总工会召开表彰大会。获得全州“五一劳动奖状”的州气象局代表发言，承办的州教育局负责同志出席。")
    assert {"甘南藏族自治州气象局", "甘南藏族自治州教育局"} <= set(of_type(entities, "Organization"))


def test_no_agency_where_its_head_s_character_opens_a_verb(analyse):
    entities, _, _ = analyse("当前天津市疫情仍处于关键阶段。松阳县建设局局长出席。")
    assert set(of_type(entities, "Organization")) == {"松阳县建设局"}


def test_a_company_named_with_china_in_brackets(analyse):
    entities, _, _ = analyse("试点单位——星源电子(中国)有限公司参加。宏光精密（中国）有限公司工会开展活动。")
    assert {"星源电子(中国)有限公司", "宏光精密（中国）有限公司"} <= set(of_type(entities, "Organization"))
    assert "宏光精密（中国）有限公司工会" in of_type(entities, "UnionBody")


def test_the_union_of_an_agency_s_organs_names_the_agency(analyse):
    entities, relations, _ = analyse("保定市交通运输局机关工会联合局妇联开展活动。")
    assert "保定市交通运输局" in of_type(entities, "Organization")
    assert "保定市交通运输局机关工会" in of_type(entities, "UnionBody")
    assert not any(subject == "保定市交通运输局机关工会" and predicate == "subOrganizationOf" for subject, predicate, _ in relations)


def test_a_name_with_lianhe_before_its_head_keeps_it(analyse):
    entities, _, _ = analyse("最终宁波联合银行鄞州支行的员工获胜。上海联合大学工会开展活动。市总工会联合市人社局开展活动。")
    organizations = set(of_type(entities, "Organization"))
    assert {"宁波联合银行鄞州支行", "上海联合大学"} <= organizations


def test_the_companies_of_a_kind_of_a_whole_county_or_district_are_none(analyse):
    entities, _, _ = analyse("来自全县家政公司的45位选手参赛，全区物业公司也派员参加。")
    assert not of_type(entities, "Organization")


def test_verbs_of_living_up_to_and_bringing_back_open_no_name(analyse):
    entities, _, _ = analyse("要不辜负集团党委和广大职工的期望。提案按时返回提案工作委员会，代表们原汁原味地带回提案工作委员会。")
    assert not of_type(entities, "Organization")


def test_a_bare_level_s_body_of_the_area_of_any_such_place_is_none(analyse):
    entities, _, _ = analyse("临潭县总工会承办观摩会，邀请观摩所在县域的县委书记参加。")
    assert not of_type(entities, "Organization")


def test_a_school_written_bare_with_its_district_and_with_its_city_too_is_one(analyse):
    entities, _, _ = analyse("新桥实验小学举行教代会。在鼓楼区教育工会的指导下，鼓楼区新桥实验小学召开教代会。"
                             "会上宣读了《南京市鼓楼区新桥实验小学工会财务工作报告》。")
    schools = [entity for name, entity in of_type(entities, "Organization").items() if name.endswith("小学")]
    assert len(schools) == 1
    assert {"新桥实验小学", "鼓楼区新桥实验小学", "南京市鼓楼区新桥实验小学"} <= set(schools[0].aliases)


def test_a_government_s_office_written_short_is_the_office(analyse):
    entities, _, _ = analyse("近日，韶关市总工会举办职工摄影展。市委办、市政府办等单位干部参观了展览。韶关市政府办实事项目进展顺利。")
    organizations = set(of_type(entities, "Organization"))
    assert {"中共韶关市委员会办公室", "韶关市人民政府办公室", "韶关市人民政府"} == organizations


def test_a_school_written_after_a_bare_level_is_the_place_s_school(analyse):
    entities, relations, _ = analyse("近日，肇庆市教育工会举办教师技能大赛。市实验小学教师陈晓东获一等奖，市第二中学教师王芳获二等奖。")
    assert {"肇庆市实验小学", "肇庆市第二中学"} <= set(of_type(entities, "Organization"))
    assert {("陈晓东", "worksFor", "肇庆市实验小学"), ("王芳", "worksFor", "肇庆市第二中学")} <= relations


def test_public_bodies_listed_after_one_of_a_place_are_that_place_s(analyse):
    entities, _, _ = analyse("郏县总工会举办比赛。县自然资源局、城市管理局、第一人民医院荣获道德风尚奖；"
                             "河南龙腾实业集团、济安骨科医院获优秀组织奖。")
    organizations = set(of_type(entities, "Organization"))
    assert {"郏县自然资源局", "郏县城市管理局", "郏县第一人民医院", "济安骨科医院"} <= organizations


def test_youth_palaces_and_women_and_children_s_centres_are_organisations(analyse):
    entities, _, _ = analyse("江西省青少年活动中心、南昌市青少年宫和江西省妇女儿童中心联合举办“快乐暑假”活动。")
    assert {"江西省青少年活动中心", "南昌市青少年宫", "江西省妇女儿童中心"} <= set(of_type(entities, "Organization"))


def test_characters_across_words_before_a_trade_name_no_oil_field(analyse):
    entities, _, _ = analyse("今年是油田开发五十周年，这是对油田职工的肯定，彰显了油田人的风貌。华北油田派员参加。")
    assert set(of_type(entities, "Organization")) == {"华北油田"}


def test_a_unit_of_measure_before_a_name_is_no_part_of_it(analyse):
    entities, _, _ = analyse("在220千伏凤凰山变电站慰问职工。全市10个220千伏变电站运行正常。")
    assert not [name for name in of_type(entities, "Organization") if "千伏" in name]


def test_a_policy_bank_s_short_name_opens_its_branch_s_name(analyse):
    entities, _, _ = analyse("在农发行衢州市分行工会组织下，职工参加健步走。")
    assert "农发行衢州市分行工会" in of_type(entities, "UnionBody")
    assert "农发行衢州市分行" in of_type(entities, "Organization")


def test_a_hospital_s_union_referred_back_after_you_by_is_the_hospital_s(analyse):
    entities, _, _ = analyse("近日，桂林市工人医院举办“健康同行”健步走活动。本次活动由医院工会主办。")
    assert "桂林市工人医院工会" in of_type(entities, "UnionBody")


def test_a_verb_of_handing_over_or_consulting_before_a_name_is_no_part_of_it(analyse):
    entities, _, _ = analyse("职工体检卡统一委托交由建设银行发放。经市总工会同意并商中国职工发展基金会，设立专项资金。")
    assert {"建设银行", "中国职工发展基金会"} <= set(of_type(entities, "Organization"))


def test_a_body_formerly_served_after_a_bare_level_is_the_place_s_and_no_longer_served(analyse):
    entities, relations, _ = analyse("茂名市教育局原党组成员、原市人民政府督学李大明出席。")
    assert "茂名市人民政府" in of_type(entities, "Organization")
    assert ("李大明", "worksFor", "茂名市人民政府") not in relations


def test_senior_high_schools_central_schools_and_education_stations_are_organisations(analyse):
    entities, relations, _ = analyse("台山高中校长黄文华、白沙镇中心校教师刘明、冲蒌镇教育辅导站站长张鹏获奖。")
    assert {"台山高中", "白沙镇中心校", "冲蒌镇教育辅导站"} <= set(of_type(entities, "Organization"))
    assert ("黄文华", "worksFor", "台山高中") in relations


def test_road_and_railway_units_whose_heads_no_list_held_are_organisations(analyse):
    entities, _, _ = analyse("无锡市总工会联合无锡市公路管理处举办技能竞赛，南京动车段、合肥桥工段派队参赛。")
    assert {"无锡市公路管理处", "南京动车段", "合肥桥工段"} <= set(of_type(entities, "Organization"))


def test_the_role_of_a_host_before_its_name_is_no_part_of_it(analyse):
    entities, relations, _ = analyse("赛事主办方梧州市茶叶协会执行会长王强表示，将继续办好比赛。")
    assert set(of_type(entities, "Organization")) == {"梧州市茶叶协会"}
    assert ("王强", "worksFor", "梧州市茶叶协会") in relations


def test_a_construction_commission_written_short_is_the_place_s(analyse):
    entities, relations, _ = analyse("3月28日，柳州市建委、市总工会主办的“五赛五比”劳动竞赛启动。")
    assert "柳州市建设委员会" in of_type(entities, "Organization")
    assert ("柳州市建设委员会", "organizes", "五赛五比") in relations


def test_a_youth_league_committee_of_a_chain_of_places_is_the_league_s(analyse):
    entities, _, _ = analyse("共青团株洲市荷塘区委联合区总工会举办暑期托管班。")
    organizations = set(of_type(entities, "Organization"))
    assert "共青团株洲市荷塘区委员会" in organizations and "中共株洲市荷塘区委员会" not in organizations
