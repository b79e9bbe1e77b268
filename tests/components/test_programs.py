from kg.components.base import mentions
from tests.helpers import of_type


def test_quoted_name_with_head_drops_the_head(analyse):
    entities, _, _ = analyse("区总工会推出“职工书屋+驿站”服务模式，开展“匠心筑梦”主题活动。")
    found = of_type(entities, "Program")
    assert {"职工书屋+驿站", "匠心筑梦"} <= set(found)
    assert "“匠心筑梦”主题活动" in found["匠心筑梦"].aliases


def test_slogans_and_figures_of_speech_are_left_out(analyse):
    entities, _, _ = analyse("工会要当好“娘家人”，打通服务“最后一公里”，牢记“不忘初心，砥砺前行”。")
    assert of_type(entities, "Program") == {}
    entities, _, _ = analyse("以“比技能水平、比服务质量、比安全运行、创一流班组”为内容，开展“技能提升年、服务质量提升年”活动。")
    assert set(of_type(entities, "Program")) == {"技能提升年", "服务质量提升年"}
    entities, _, _ = analyse("劳模讲述“学一行、专一行、精一行”的故事。")
    assert of_type(entities, "Program") == {}
    entities, _, _ = analyse("构建“工会+法院+检察院+信访局+人社局”协同联动的格局，推行“法院+工会”诉调对接。")
    assert set(of_type(entities, "Program")) == {"法院+工会"}


def test_unquoted_events(analyse):
    entities, _, _ = analyse("11月，武汉市举办第三届职工集体婚礼，并开展职工技能提升行动。")
    found = of_type(entities, "Program")
    assert "第三届职工集体婚礼" in found
    assert "职工技能提升行动" in found
    entities, _, _ = analyse("上林县2023年全民健身山地徒步走活动启动。")
    assert set(of_type(entities, "Program")) == {"上林县2023年全民健身山地徒步走"}
    entities, _, _ = analyse("市总工会通报了10万职工劳动和技能竞赛的内容。")
    assert set(of_type(entities, "Program")) == {"10万职工劳动和技能竞赛"}
    entities, _, _ = analyse("由市总工会联合举办的第三届千人相亲大会举行。2024年荆州市青年职工交友会开幕。")
    assert {"第三届千人相亲大会", "2024年荆州市青年职工交友会"} <= set(of_type(entities, "Program"))


def test_paired_numbered_names_are_programs_but_counted_categories_are_not(analyse):
    entities, _, _ = analyse("该县推行“三访三解”，落实“五个工程”。")
    found = of_type(entities, "Program")
    assert "三访三解" in found
    assert "五个工程" not in found


def test_quoted_list_of_campaigns_gives_one_program_each(analyse):
    entities, _, _ = analyse("开展“技能提升年、服务质量提升年”活动。")
    assert {"技能提升年", "服务质量提升年"} <= set(of_type(entities, "Program"))


def test_a_quoted_pair_of_parallel_clauses_is_one_program(analyse):
    entities, _, _ = analyse("德清县总工会建立“月月有课、季季有赛”常态化机制。")
    assert set(of_type(entities, "Program")) == {"月月有课、季季有赛"}


def test_reform_named_after_a_verb(analyse):
    entities, _, _ = analyse("深化新就业形态劳动者权益保障改革。")
    assert "新就业形态劳动者权益保障改革" in of_type(entities, "Program")


def test_listed_contests(analyse):
    entities, _, _ = analyse("车间开展抢进度竞赛、比质量竞赛和赛安全竞赛。")
    assert {"抢进度", "比质量", "赛安全"} <= set(of_type(entities, "Program"))
    entities, _, _ = analyse("省总工会开展职工思想引领行动、建会入会行动等“六项行动”。")
    assert {"职工思想引领行动", "建会入会行动"} <= set(of_type(entities, "Program"))


def test_quoted_speech_is_not_a_program(analyse):
    entities, _, _ = analyse("他说：“这次培训让我收获很大，我们会继续努力。”活动结束。")
    assert of_type(entities, "Program") == {}


def test_run_of_quoted_names_ending_in_a_head(analyse):
    entities, _, _ = analyse("各级工会深化“暖心驿站”“工会夜市帮扶”“直播带岗”等活动。")
    assert {"暖心驿站", "工会夜市帮扶", "直播带岗"} <= set(of_type(entities, "Program"))


def test_unquoted_name_set_up_as_a_rule_or_way_of_working(analyse):
    entities, _, _ = analyse("该镇工会建立了楼宇网格员制度，探索出这一工作模式。")
    found = of_type(entities, "Program")
    assert "楼宇网格员" in found
    assert not any("这一" in name for name in found)


def test_launched_activity_drops_its_scope(analyse):
    entities, _, _ = analyse("省总工会开展全省工会金牌护工寻访选树活动。")
    assert "金牌护工寻访选树" in of_type(entities, "Program")
    entities, _, _ = analyse("大连市总工会联合举办2021年大连市职工创新活动周。")
    assert set(of_type(entities, "Program")) == {"2021年大连市职工创新活动周"}
    entities, _, _ = analyse("厦门市总工会正式启动第22期职工医疗互助保障活动。")  # the scheme, its round an alias
    assert "第22期职工医疗互助保障" in of_type(entities, "Program")["职工医疗互助保障"].aliases
    entities, _, _ = analyse("启动2025年度职工医疗互助保障活动，完成2025年度职工医疗互助保障任务。")
    assert len(of_type(entities, "Program")) == 1


def test_quoted_event_heads(analyse):
    entities, relations, _ = analyse("由甘肃省总工会主办、兰州市总工会承办的第三届“陇中工匠”论坛在兰州举行。")
    assert "陇中工匠" in of_type(entities, "Program")
    assert ("甘肃省总工会", "organizes", "陇中工匠") in relations
    assert ("兰州市总工会", "organizes", "陇中工匠") in relations
    entities, _, _ = analyse("区总工会通过“你下单·我服务”的机制对接需求，按照“一盘棋”的工作思路推进。")
    assert set(of_type(entities, "Program")) == {"你下单·我服务"}


def test_head_after_a_new_predicate_is_not_the_quoted_names(analyse):
    entities, _, _ = analyse("去年以来，黄山市总工会围绕“建家、强家、暖家”开展一系列活动。")
    assert of_type(entities, "Program") == {}


def test_run_of_quoted_names_directly_before_a_head(analyse):
    entities, _, _ = analyse("区总工会建立健全“掌上受理”“线下帮办”工作机制。")
    assert {"掌上受理", "线下帮办"} <= set(of_type(entities, "Program"))


def test_campaign_of_labour_contests(analyse):
    entities, _, _ = analyse("自治区总工会开展黄河流域生态保护劳动竞赛大会战。")
    assert "黄河流域生态保护劳动竞赛大会战" in of_type(entities, "Program")


def test_quoted_service_circles_and_days_and_unquoted_exhibitions(analyse):
    entities, _, _ = analyse("福州市总工会依托“10分钟职工服务圈”开展服务，并举办首届闽东职工创新成果展。")
    assert {"10分钟职工服务圈", "首届闽东职工创新成果展"} <= set(of_type(entities, "Program"))


def test_a_quoted_name_before_a_run_ending_in_a_head_and_quoted_models(analyse):
    entities, _, _ = analyse("某科技集团广泛开展“悦读空间”等一系列面向员工家庭的活动，并推广“浦江经验”。")
    assert {"悦读空间", "浦江经验"} <= set(of_type(entities, "Program"))


def test_kinds_of_events_and_descriptions_of_union_work_are_not_names(analyse):
    entities, _, _ = analyse("省总工会举办工会干部培训班，各市总工会启动县市区级总工会干部交流学习活动，"
                             "市总工会还举办了2024年劳动争议调解员培训班。")
    assert set(of_type(entities, "Program")) == {"2024年劳动争议调解员培训班"}


def test_quoted_items_of_work_listed_with_deng(analyse):
    entities, _, _ = analyse("玉林市总工会扎实推进“暖心驿站提质”等工作，成效明显。")
    assert "暖心驿站提质" in of_type(entities, "Program")


def test_numbered_places_are_not_a_brand(analyse):
    entities, _, _ = analyse("某县总工会围绕“一市三县”发展战略，打造“两站一家”服务体系。")
    assert set(of_type(entities, "Program")) == {"两站一家"}


def test_quoted_object_of_a_launch_verb_is_a_program_whatever_follows(analyse):
    entities, _, _ = analyse("市总工会扎实开展“蓝领微光”，落实“六送六助”“四进四帮”进展情况良好。")
    assert {"蓝领微光", "六送六助", "四进四帮"} <= set(of_type(entities, "Program"))
    entities, _, _ = analyse("区总工会今年首次开办爱心“冬托班”，照看职工子女。")
    assert "冬托班" in of_type(entities, "Program")
    entities, _, _ = analyse("启动仪式在城东片区“暖心驿站”举行。")
    assert of_type(entities, "Program") == {}


def test_quoted_means_is_a_program_but_a_quoted_theme_is_not(analyse):
    entities, _, _ = analyse("该区以“匠心小站”为抓手服务职工，开展以“青春向党”为主题的演讲。")
    found = of_type(entities, "Program")
    assert "匠心小站" in found
    assert "青春向党" not in found


def test_quoted_name_with_its_head_a_few_words_later(analyse):
    entities, _, _ = analyse("县总工会开展“冬日暖阳”慰问一线环卫工人和快递员活动。")
    assert "冬日暖阳" in of_type(entities, "Program")


def test_dates_and_verbs_in_quotes_are_not_programs(analyse):
    entities, _, _ = analyse("镇总工会举行庆祝“五一”国际劳动节拔河比赛，用书香“点亮”职工课堂。")
    found = of_type(entities, "Program")
    assert "五一" not in found and "点亮" not in found


def test_event_qualified_by_year_place_or_edition_whatever_its_words(analyse):
    entities, _, _ = analyse("近日，2025年宁波市职工飞镖比赛暨宁波市第二届职工趣味运动会在鄞州区举行。")
    found = of_type(entities, "Program")
    assert "2025年宁波市职工飞镖比赛" in found
    assert "宁波市第二届职工趣味运动会" in found
    assert not any("暨" in name for name in found)
    entities, relations, _ = analyse("海淀区总工会举办2016年新春劳模专场慰问演出。")
    assert ("北京市海淀区总工会", "organizes", "2016年新春劳模专场慰问演出") in relations
    entities, relations, _ = analyse("由福州市总工会主办、福州日报社承办的2023年福州市职工徒步大会举行。杭州这场毅行吸引了众多职工。")
    assert set(of_type(entities, "Program")) == {"2023年福州市职工徒步大会"}
    assert ("福州日报社", "organizes", "2023年福州市职工徒步大会") in relations


def test_a_ball_or_board_game_named_by_its_sport_is_an_event(analyse):
    entities, _, _ = analyse("长沙市总工会举办第三届职工篮球赛，各单位观看了一场球赛。")
    assert set(of_type(entities, "Program")) == {"第三届职工篮球赛"}


def test_an_event_s_name_starts_after_the_verb_of_attending_or_announcing_it(analyse):
    entities, _, _ = analyse("常务副市长刘建华宣布大赛开幕。长沙市总工会主席王立新出席第三届职工篮球比赛开幕式。")
    assert set(of_type(entities, "Program")) == {"第三届职工篮球比赛"}


def test_a_day_of_the_calendar_in_quotes_names_no_program(analyse):
    entities, _, _ = analyse("根据全国总工会“12月4日”全国法制宣传日活动的要求，长沙市总工会开展普法活动。")
    assert of_type(entities, "Program") == {}


def test_a_union_s_mini_program_and_a_qualified_stage_show_are_programs(analyse):
    entities, _, _ = analyse("长沙市总工会推出“星城E家”小程序。2024年长沙市职工庆祝五一专场文艺演出举行，文艺演出精彩纷呈。")
    assert set(of_type(entities, "Program")) == {"星城E家", "2024年长沙市职工庆祝五一专场文艺演出"}


def test_generic_kinds_of_event_are_not_named_events(analyse):
    entities, _, _ = analyse("全年组织市级示范性劳动竞赛6场，今年职业技能大赛圆满结束。")
    assert of_type(entities, "Program") == {}


def test_campaign_launched_by_name_whatever_its_words_but_not_a_plain_deed(analyse):
    entities, _, _ = analyse("市总工会实施助力小微企业千企行动，并开展新就业形态劳动者关怀行动，组织防汛救灾行动。")
    assert set(of_type(entities, "Program")) == {"助力小微企业千企行动", "新就业形态劳动者关怀行动"}


def test_a_reform_named_after_modal_words_adverbs_and_verbs_starts_at_its_first_noun(analyse):
    entities, _, _ = analyse("要牢牢把握产业工人队伍建设改革的方向，在产业工人队伍建设改革中发挥作用。工会主席分享了改革经验。")
    assert set(of_type(entities, "Program")) == {"产业工人队伍建设改革"}


def test_reform_starts_at_its_first_noun_without_its_place(analyse):
    entities, _, _ = analyse("各级工会落实落细产业工人队伍建设改革，推进浙江产业工人队伍建设改革。")
    assert set(of_type(entities, "Program")) == {"产业工人队伍建设改革"}


def test_one_event_with_and_without_its_year_or_province(analyse):
    entities, _, _ = analyse("2025年湖南省百万职工技能比武竞赛启动。湖南省百万职工技能比武竞赛为期半年。"
                             "江苏省常州市企业职工技能大赛开幕，常州市企业职工技能大赛共设八个项目。")
    found = of_type(entities, "Program")
    assert len([name for name in found if "百万职工" in name]) == 1
    assert len([name for name in found if "企业职工技能大赛" in name]) == 1


def test_event_joined_by_ji_is_an_event_of_its_own(analyse):
    entities, _, _ = analyse("全省职工技能大赛暨新能源汽车维修技能竞赛在长沙开幕。")
    assert "新能源汽车维修技能竞赛" in of_type(entities, "Program")
    entities, _, _ = analyse("株洲县举办庆祝“五一”表彰会暨职工文艺演出。")
    assert of_type(entities, "Program") == {}  # a kind of show after 暨, not one named


def test_reform_named_in_full_needs_no_verb(analyse):
    entities, _, _ = analyse("两地工会就新就业形态劳动者权益保障改革开展交流。")
    assert "新就业形态劳动者权益保障改革" in of_type(entities, "Program")


def test_quoted_name_a_union_acts_through_is_its_program(analyse):
    entities, relations, _ = analyse("鹿城区总工会“云上调解”化解劳动纠纷。")
    assert "云上调解" in of_type(entities, "Program")
    assert ("温州市鹿城区总工会", "organizes", "云上调解") in relations


def test_quoted_activities_as_means(analyse):
    entities, _, _ = analyse("各级工会以“春送岗位”和“夏送清凉”活动为载体服务职工。")
    assert {"春送岗位", "夏送清凉"} <= set(of_type(entities, "Program"))


def test_holidays_prepositions_and_verbs_before_a_reform_are_not_names(analyse):
    entities, _, _ = analyse("结合“两节”开展为快递员送温暖活动；省总工会在某某油田进行产业工人队伍建设改革调研。")
    found = of_type(entities, "Program")
    assert "两节" not in found and not any(name.startswith("为") for name in found)
    assert "产业工人队伍建设改革" in found


def test_the_set_phrases_of_reform_s_gains_name_no_reform(analyse):
    entities, _, _ = analyse("区总工会推动一线职工与企业共享改革发展成果，让劳动者分享改革红利，职工代表围绕企业改革发展建言。")
    assert not of_type(entities, "Program")


def test_an_item_of_a_list_that_describes_an_act_is_no_program(analyse):
    entities, _, _ = analyse("青州市总工会开展抢进度竞赛、丰富职工文化活动和比质量竞赛。")
    programs = set(of_type(entities, "Program"))
    assert {"抢进度", "比质量"} <= programs
    assert not any("丰富" in name for name in programs)


def test_a_point_in_time_is_not_the_year_of_an_event(analyse):
    entities, _, _ = analyse("力争到2030年末实现竞赛向全产业链延伸。2024年青州市职工飞盘比赛开幕。")
    assert set(of_type(entities, "Program")) == {"2024年青州市职工飞盘比赛"}


def test_a_list_closed_by_deng_ends_before_the_name(analyse):
    entities, _, _ = analyse("开展桥式起重机操作等工种技能竞赛，举办职工技能等级认定大赛。")
    assert not any("等工种" in name or "操作" in name for name in of_type(entities, "Program"))


def test_a_venue_named_after_activities_is_no_program(analyse):
    entities, _, _ = analyse("启动仪式在古零镇三甲文化活动中心广场举行。")
    assert of_type(entities, "Program") == {}


def test_an_edition_names_a_nationwide_event(analyse):
    entities, relations, _ = analyse("青州市总工会承办“中国梦·劳动美”第十一届全国职工摄影展，也举办全国职工摄影展。")
    assert set(of_type(entities, "Program")) == {"第十一届全国职工摄影展"}
    assert ("青州市总工会", "organizes", "第十一届全国职工摄影展") in relations


def test_the_edition_of_a_whole_level_s_event_keeps_the_level_in_its_name(analyse):
    entities, _, _ = analyse("山西建工集团职工赵晓峰勇夺全国第五届职工职业技能大赛焊工项目冠军。选手们还将参加全国第二届茶艺技能大赛。")
    assert set(of_type(entities, "Program")) == {"全国第五届职工职业技能大赛", "全国第二届茶艺技能大赛"}


def test_an_idea_spoken_of_is_no_program(analyse):
    entities, _, _ = analyse("青州市总工会首次将“互联网+”的概念与传统竞赛结合，推行“家+站+点”模式。")
    assert set(of_type(entities, "Program")) == {"家+站+点"}


def test_a_quoted_name_defined_as_a_kind_of_program(analyse):
    entities, _, _ = analyse("“夏送清凉”是一项服务职工、关爱职工的活动。“娘家人”是一个温暖的称呼。")
    assert set(of_type(entities, "Program")) == {"夏送清凉"}


def test_a_quoted_festival_is_no_program(analyse):
    entities, relations, _ = analyse("晋江市总工会开展“工享年味”“双节”百场职工大联欢活动，“春节”期间走访职工。")
    assert set(of_type(entities, "Program")) == {"工享年味"}
    assert ("晋江市总工会", "organizes", "工享年味") in relations


def test_the_items_of_a_list_of_measures_are_programs(analyse):
    entities, relations, _ = analyse("青州市总工会推出新就业群体“暖心食堂”、爱心商户就餐优惠、骑手学堂、技能培训“流动课堂车”等具体举措。")
    assert set(of_type(entities, "Program")) == {"暖心食堂", "骑手学堂", "流动课堂车"}
    assert ("青州市总工会", "organizes", "骑手学堂") in relations


def test_the_event_a_union_holds_named_after_the_verb(analyse):
    entities, relations, _ = analyse("峰峰参加了湖南省总工会组织的网约车职工子女夏令营，走进北京。")
    assert set(of_type(entities, "Program")) == {"网约车职工子女夏令营"}
    assert ("湖南省总工会", "organizes", "网约车职工子女夏令营") in relations


def test_a_childcare_class_is_an_event_and_a_speaker_opens_no_name(analyse):
    entities, relations, _ = analyse("绩溪县总工会举办第二届职工子女暑期托管班。一位家长说，我觉得暑期托管班办得很好。")
    assert set(of_type(entities, "Program")) == {"第二届职工子女暑期托管班"}
    assert ("绩溪县总工会", "organizes", "第二届职工子女暑期托管班") in relations


def test_an_event_of_a_year_and_a_whole_level_and_one_a_body_holds_named_at_length(analyse):
    entities, relations, _ = analyse("宁夏回族自治区总工会举办2025年全区职工乒乓球比赛。")
    assert "2025年全区职工乒乓球比赛" in of_type(entities, "Program")
    assert ("宁夏回族自治区总工会", "organizes", "2025年全区职工乒乓球比赛") in relations
    entities, relations, _ = analyse("由区教育工会主办、某某职业技术学院承办的自治区教育系统教职工羽毛球比赛昨天开幕。")
    assert "自治区教育系统教职工羽毛球比赛" in of_type(entities, "Program")
    entities, _, _ = analyse("今年举办的职工篮球比赛很精彩，全市职工运动会也将举行。")
    assert of_type(entities, "Program") == {}


def test_a_program_is_one_with_and_without_the_year_it_opens_with(analyse):
    entities, _, _ = analyse("某县总工会开展“2024年职工读书月”活动。“职工读书月”活动共举办讲座10场。")
    found = of_type(entities, "Program")
    assert len(found) == 1
    assert {"“2024年职工读书月”活动", "“职工读书月”活动"} <= next(iter(found.values())).aliases


def test_no_name_opens_with_a_count_a_verb_before_its_edition_or_half_a_word(analyse):
    entities, _, _ = analyse("全市10家劳动和技能竞赛授旗，全省4.5万人通过技能竞赛提升了技能。")
    assert of_type(entities, "Program") == {}
    entities, _, _ = analyse("职工们以崭新的姿态迎接第五届全省职工技能大赛。")
    assert set(of_type(entities, "Program")) == {"第五届全省职工技能大赛"}
    entities, _, _ = analyse("该班组创新性地采用线上答题模式。")
    assert of_type(entities, "Program") == {}


def test_a_quoted_name_whose_ceremony_is_held_is_a_program(analyse):
    entities, relations, _ = analyse("9月1日，江西省瑞金市总工会举行“爱心助学”助学金发放仪式。")
    assert "爱心助学" in of_type(entities, "Program")
    assert ("瑞金市总工会", "organizes", "爱心助学") in relations
    entities, relations, _ = analyse("株洲市总工会举行“爱心助学·圆梦启航”助学金发放仪式。")
    assert ("株洲市总工会", "organizes", "爱心助学·圆梦启航") in relations  # marked like a theme, but held
    entities, _, _ = analyse("某市总工会举行“职工书屋”揭牌仪式。")
    assert of_type(entities, "Program") == {}


def test_quoted_names_that_are_the_main_means_or_are_launched_somewhere_are_programs(analyse):
    entities, relations, _ = analyse("安顺市总工会以“源头建”“片区建”为主要手段推进建会。维权服务“集中行动季”在安顺启动。")
    assert {"源头建", "片区建", "集中行动季"} <= set(of_type(entities, "Program"))
    assert ("安顺市总工会", "organizes", "源头建") in relations


def test_a_quoted_name_drops_the_generic_head_quoted_with_it(analyse):
    entities, _, _ = analyse("某区总工会组织职工参加“2024年全市职工迎新春游园活动”。")
    assert set(of_type(entities, "Program")) == {"2024年全市职工迎新春游园"}
    entities, _, _ = analyse("某区总工会开展“送温暖活动”。")
    assert set(of_type(entities, "Program")) == {"送温暖"}


def test_the_activity_a_union_names_with_its_year(analyse):
    entities, relations, _ = analyse("近日，石嘴山市总工会2025年送健康进企业活动在大武口区启动。")
    assert "2025年送健康进企业" in of_type(entities, "Program")
    assert ("石嘴山市总工会", "organizes", "2025年送健康进企业") in relations
    entities, _, _ = analyse("石嘴山市总工会2025年工作会议召开。")
    assert of_type(entities, "Program") == {}


def test_ascii_quotes_name_programs_and_bodies_named_after_events_and_lists_are_not_programs(analyse):
    entities, relations, _ = analyse('浙江省湖州市吴兴区总工会推出了"职工读书沙龙"活动。')
    assert of_type(entities, "Program")["职工读书沙龙"].aliases == {'"职工读书沙龙"活动'}  # as written
    assert ("湖州市吴兴区总工会", "organizes", "职工读书沙龙") in relations
    entities, _, _ = analyse("成立德阳市劳动竞赛活动领导小组。某县总工会开展有奖答题等网上活动。")
    assert of_type(entities, "Program") == {}


def test_single_quotes_standing_alone_name_a_program_as_double_quotes_do(analyse):
    entities, relations, _ = analyse("宁乡市总工会开展‘三送一帮’劳动竞赛，参赛的“比学‘三新’”小组获奖。")
    assert of_type(entities, "Program")["三送一帮"].aliases == {"‘三送一帮’劳动竞赛"}  # as written
    assert ("宁乡市总工会", "organizes", "三送一帮") in relations
    assert "三新" not in of_type(entities, "Program")  # inside double quotes, single quotes stay nested


def test_no_name_takes_in_a_quoted_gift_and_the_noun_after_it_or_a_subject_and_its_verb(analyse):
    entities, _, _ = analyse("送上“爱心包”和银川市工人文化宫文体活动。大礼包包含求学圆梦行动。某县总工会以劳动和技能竞赛为抓手。")
    assert of_type(entities, "Program") == {}
    entities, _, _ = analyse("6月20日，某县2024年“清风杯”电力劳动和技能竞赛成功举办。")  # 和 inside the head's words
    assert set(of_type(entities, "Program")) == {"清风杯"}


def test_each_project_of_a_list_after_a_launch_verb_keeps_its_head(analyse):
    entities, relations, _ = analyse("吉林省白山市总工会重点实施匠心培育工程、职工书香工程和劳模引领工程。")
    assert {"匠心培育工程", "职工书香工程", "劳模引领工程"} <= set(of_type(entities, "Program"))
    assert ("白山市总工会", "organizes", "劳模引领工程") in relations
    entities, _, _ = analyse("实施民生工程和亮化工程。")
    assert of_type(entities, "Program") == {}


def test_quoted_names_joined_by_he_before_a_head(analyse):
    entities, _, _ = analyse("会上总结了“夏日送清凉”和“冬日送温暖”两项活动。")
    assert {"夏日送清凉", "冬日送温暖"} <= set(of_type(entities, "Program"))


def test_a_quoted_name_written_again_without_quotes_is_the_same_program(analyse):
    entities, relations, _ = analyse("浏阳市总工会举行2021年春晖助学“三个一”活动。本次“春晖助学”活动发放助学金。")
    assert of_type(entities, "Program")["春晖助学"].mentions == 2  # the first one unquoted
    assert ("浏阳市总工会", "organizes", "三个一") in relations
    entities, _, _ = analyse("“红星建工”品牌获奖。红星建工团队参加竞赛。")
    assert of_type(entities, "Program")["红星建工"].mentions == 1  # a name that goes on is another's


def test_a_special_campaign_named_after_its_union_whose_launch_is_reported(analyse):
    entities, relations, _ = analyse("3月1日，贵州省总工会关爱留岗职工专项活动正式启动。")
    assert "关爱留岗职工专项活动" in of_type(entities, "Program")
    assert ("贵州省总工会", "organizes", "关爱留岗职工专项活动") in relations
    entities, _, _ = analyse("四川省总工会女职工部部长张丽出席并宣布行动正式启动。")
    assert of_type(entities, "Program") == {}  # a clause's words before 行动


def test_a_quote_of_numerals_or_a_bundle_of_actions_names_a_program(analyse):
    entities, _, _ = analyse("某县总工会推行“一二三”工作法，实施“四大工程”，欢庆“五一”劳动节，完成“三项任务”。")
    programs = set(of_type(entities, "Program"))
    assert {"一二三", "四大工程"} <= programs
    assert not programs & {"五一", "三项任务"}  # a date and a counted category


def test_no_program_inside_a_document_title_or_before_a_place_after_its_head(analyse):
    entities, _, _ = analyse("市总工会印发《关于开展2025年春风助学活动和暖心就业行动的通知》。"
                             "把“职工书屋”周边活动区域建成阵地。")
    assert not of_type(entities, "Program")


def test_an_event_noun_before_the_papers_on_such_events_names_no_event(analyse):
    entities, _, _ = analyse("会上，集团公司董事会秘书刘敏传达劳动竞赛文件精神，部署技能大赛实施方案。")
    assert of_type(entities, "Program") == {}


def test_a_qualified_series_of_sports_events_after_a_quoted_theme(analyse):
    entities, relations, _ = analyse("“奋进新时代”2025年遵义市职工系列体育赛事开幕。精彩的体育赛事吸引职工。")
    assert set(of_type(entities, "Program")) == {"2025年遵义市职工系列体育赛事"}  # not the theme, not 体育赛事
    assert ("2025年遵义市职工系列体育赛事", "locatedIn", "遵义市") in relations


def test_one_quoted_name_written_with_a_comma_or_a_space(analyse):
    entities, _, _ = analyse("开展“创新业绩,建设家园”劳动竞赛。“创新业绩 建设家园”劳动竞赛成效显著。")
    assert len(of_type(entities, "Program")) == 1


def test_a_cup_written_after_its_quoted_name_keeps_the_cup(analyse):
    entities, _, _ = analyse("举办“红枫”杯职工技能竞赛，举行“青松”杯篮球赛。")
    assert {"红枫杯", "青松杯"} <= set(of_type(entities, "Program"))


def test_a_labour_and_skills_contest_and_a_pair_prefix_belong_to_the_quoted_name(analyse):
    entities, _, _ = analyse("启动“奋进新时代·建功新征程”劳动和技能竞赛。2024年某省双“千百十”劳动和技能竞赛启动。")
    programs = set(of_type(entities, "Program"))
    assert {"奋进新时代·建功新征程", "双千百十"} <= programs
    assert "千百十" not in programs


def test_a_quoted_kind_or_the_first_part_of_a_facility_s_name_is_no_program(analyse):
    entities, _, _ = analyse("作品涵盖“乡村风貌”“城市变迁”等方面。社区打造“文明+”邻里中心。市总工会开展“两新”领域建会工作。")
    assert not of_type(entities, "Program")


def test_a_quote_after_a_word_for_many_is_a_figure_not_a_name(analyse):
    entities, _, _ = analyse("工会将打造更多“金牌”品牌，培育一批“银牌”工程。")
    assert not of_type(entities, "Program")
    entities, _, _ = analyse("工会打造“金牌”品牌。")
    assert "金牌" in of_type(entities, "Program")


def test_an_event_named_only_by_common_words_is_a_kind_of_event(analyse):
    entities, _, _ = analyse("开展职工职业技能大赛，举办“安康杯”职工技能竞赛，实施职工技能提升行动。")
    programs = set(of_type(entities, "Program"))
    assert "职工职业技能大赛" not in programs
    assert {"安康杯", "职工技能提升行动"} <= programs  # a named cup; a campaign


def test_an_activity_of_a_year_opening_the_sentence_that_holds_it(analyse):
    entities, relations, _ = analyse("5日上午,2025年江苏省职工疗休养资源推介活动在宿迁市举办。2025年职工活动在各地开展。")
    assert set(of_type(entities, "Program")) == {"2025年江苏省职工疗休养资源推介"}
    assert ("2025年江苏省职工疗休养资源推介", "locatedIn", "宿迁市") in relations
    entities, relations, _ = analyse("5月8日，湖南省2024年货车司机入会服务推进活动在株洲市举行。")
    assert set(of_type(entities, "Program")) == {"湖南省2024年货车司机入会服务推进"}
    assert ("湖南省2024年货车司机入会服务推进", "locatedIn", "株洲市") in relations


def test_a_campaign_launched_with_its_year_or_place_keeps_its_head_also_after_its_theme(analyse):
    entities, relations, _ = analyse("温州市总工会组织开展了2024年工资集体协商集中要约行动。市总工会还开展新就业形态建会入会行动。")
    assert set(of_type(entities, "Program")) == {"2024年工资集体协商集中要约行动", "新就业形态建会入会行动"}
    assert ("温州市总工会", "organizes", "2024年工资集体协商集中要约行动") in relations
    entities, _, _ = analyse("某县总工会开展以“携手同心 共创和谐”为主题的2023年职工安全月活动。")
    assert set(of_type(entities, "Program")) == {"2023年职工安全月"}
    entities, relations, _ = analyse("由湖北省总工会举办的2024年湖北省巾帼劳模宣讲活动在武汉大学举行。")
    assert ("湖北省总工会", "organizes", "2024年湖北省巾帼劳模宣讲") in relations


def test_a_service_put_in_use_or_brought_out_and_its_dotted_brand_but_no_topics_of_talks(analyse):
    entities, relations, _ = analyse("佛山市总工会正式上线启用“粤工惠”，推出“云·体检”送健康，推出“慢性病防治”“中医养生”等健康讲座，"
                                     "推出更多“接地气、有活力”的活动。")
    assert set(of_type(entities, "Program")) == {"粤工惠", "云·体检"}
    assert ("佛山市总工会", "organizes", "云·体检") in relations
    entities, _, _ = analyse("此外，店主巧妙地推出“龟鸡养生套餐”，生意红火。")
    assert not of_type(entities, "Program")  # a trader's product: no union brings it out


def test_campaigns_listed_after_a_launch_verb_and_closed_by_their_kind(analyse):
    entities, relations, _ = analyse("青州市总工会开展送温暖、金秋助学等帮扶活动。志愿者为职工送温暖、送清凉等。")
    assert set(of_type(entities, "Program")) == {"送温暖", "金秋助学"}
    assert ("青州市总工会", "organizes", "金秋助学") in relations


def test_two_events_joined_by_和_are_two(analyse):
    entities, relations, _ = analyse("德阳市2023年职工技能大赛和2023年德阳市重点工程劳动竞赛启动仪式在旌阳区举行。")
    assert set(of_type(entities, "Program")) == {"德阳市2023年职工技能大赛", "2023年德阳市重点工程劳动竞赛"}
    assert ("2023年德阳市重点工程劳动竞赛", "locatedIn", "旌阳区") in relations
    entities, _, _ = analyse("某县总工会组织职工参加了营口市职工象棋比赛和职工乒乓球比赛。")
    assert "营口市职工象棋比赛" in of_type(entities, "Program")
    assert not any("和" in name for name in of_type(entities, "Program"))


def test_quotes_of_a_manner_a_spirit_an_arrangement_or_an_instruction_are_no_programs(analyse):
    entities, _, _ = analyse("市总工会通过“线上+线下”“视频+现场”的方式开展宣传。县总工会落实“六稳” “六保”精神，开展“送清凉”“送温暖”活动。")
    assert set(of_type(entities, "Program")) == {"送清凉", "送温暖"}
    entities, _, _ = analyse("电力公司工会落实公司党委“上下联动、关爱一线”的安排部署，贯彻上级关于“让工会建起来”的重要指示精神。")
    assert not of_type(entities, "Program")  # arrangements and instructions followed, no programs


def test_a_gift_campaign_written_with_and_without_its_season_is_one(analyse):
    entities, relations, _ = analyse("衡水市总工会启动全市“送清凉”活动。夏送清凉活动是衡水市总工会的品牌工作。")
    programs = of_type(entities, "Program")
    assert set(programs) == {"夏送清凉"} and "“送清凉”活动" in programs["夏送清凉"].aliases
    assert ("衡水市总工会", "organizes", "夏送清凉") in relations
    entities, _, _ = analyse("某县总工会开展夏送清凉活动，冬送温暖活动也在筹备，春节前继续送温暖。")
    assert {"夏送清凉", "冬送温暖"} <= set(of_type(entities, "Program"))
    entities, _, _ = analyse("县总工会开展以“冬送温暖、春送岗位”为主题的“双送”活动。")
    assert set(of_type(entities, "Program")) == {"双送"}  # the theme's words are no campaigns


def test_a_campaign_of_bringing_something_named_by_its_season_or_launched(analyse):
    entities, relations, _ = analyse("隆德县总工会实施送温暖行动，开展“两节”送岗位活动，坚持冬送温暖。为职工送上关怀，送温暖到一线。")
    programs = set(of_type(entities, "Program"))
    assert programs == {"送岗位", "冬送温暖"}  # 送温暖 and 冬送温暖: one campaign, with and without its season; “两节”:
    # the holidays it is run for, no part of its name
    assert ("隆德县总工会", "organizes", "冬送温暖") in relations


def test_no_event_opened_by_a_modal_or_a_list_s_tail_and_no_body_s_quoted_directive(analyse):
    entities, _, _ = analyse("他指出，要重视大赛成果运用，打造省、市、县和企业多层级技能大赛体系。紧扣全总“668”要求推进工作。")
    assert not of_type(entities, "Program")


def test_one_event_whose_place_is_written_short_and_in_full(analyse):
    entities, _, _ = analyse("2025年广西职工篮球比赛开幕。2025年广西壮族自治区职工篮球比赛由自治区总工会主办。")
    assert len([name for name in of_type(entities, "Program") if "职工篮球比赛" in name]) == 1


def test_phrases_joined_by_a_plus_describe_and_a_generic_labour_and_skills_contest_is_a_kind(analyse):
    entities, _, _ = analyse("开展“物质帮扶+精神慰问”服务，广泛开展职工劳动和技能竞赛。推出“工匠学堂+”品牌。")
    assert set(of_type(entities, "Program")) == {"工匠学堂+"}


def test_a_quoted_facility_is_no_program(analyse):
    entities, _, _ = analyse("开展“女职工关爱室”建设，推出“职工小家”App，开展“安康杯”竞赛活动。")
    assert set(of_type(entities, "Program")) == {"安康杯"}
    entities, relations, _ = analyse("株洲市总工会组织的“红星队”参加“安康杯”竞赛。")
    assert set(of_type(entities, "Program")) == {"安康杯"}  # a quoted team, no program


def test_a_way_of_working_described_with_de_is_no_name(analyse):
    entities, _, _ = analyse("某县总工会建立常态化的困难职工关爱机制，推行农民工网格员制度。")
    assert set(of_type(entities, "Program")) == {"农民工网格员"}
    entities, _, _ = analyse("某县总工会探索社区治理新模式，构建跨区域协作新机制。")
    assert of_type(entities, "Program") == {}


def test_no_event_of_a_level_or_a_count_and_a_reform_after_its_verb(analyse):
    entities, _, _ = analyse("全年举办二十余项市级岗位技能竞赛，获得江苏省级比赛二等奖。全县累计培育产业工人队伍建设改革示范企业12家。")
    assert set(of_type(entities, "Program")) == {"产业工人队伍建设改革"}


def test_a_season_campaign_listed_beside_gift_campaigns_is_one(analyse):
    entities, _, _ = analyse("区总工会持续擦亮夏送清凉、金秋助学、冬送温暖三大品牌。金秋时节，瓜果飘香。")
    assert {"夏送清凉", "金秋助学", "冬送温暖"} <= set(of_type(entities, "Program"))
    assert not any(name.startswith("金秋时") for name in of_type(entities, "Program"))


def test_a_launched_gift_campaign_with_its_visits_is_named_without_them(analyse):
    entities, _, _ = analyse("入伏以来，区总工会开展了冬送温暖慰问活动和夏日送清凉慰问活动。")
    assert {"冬送温暖", "送清凉"} <= set(of_type(entities, "Program"))
    assert not any(name.endswith("慰问") for name in of_type(entities, "Program"))


def test_a_quoted_service_that_comes_to_a_place_is_a_program(analyse):
    entities, relations, _ = analyse("赣州市总工会安排“职工健康快车”开进园区企业。")
    assert "职工健康快车" in of_type(entities, "Program")
    assert ("赣州市总工会", "organizes", "职工健康快车") in relations
    entities, _, _ = analyse("让“勤俭节约”深入人心，从“课堂”走进“车间”。")
    assert not of_type(entities, "Program")


def test_quoted_works_at_a_building_site_are_no_programs(analyse):
    entities, _, _ = analyse("县总工会走进“城北片区棚户区改造工程”和“第三小学新建工程”项目工地慰问职工。")
    assert not of_type(entities, "Program")


def test_a_program_given_a_short_name_in_brackets_is_one_program(analyse):
    entities, _, _ = analyse("县总工会开展“学技能、比贡献、创一流”（简称“学比创”）活动。“学比创”活动覆盖全县企业。")
    programs = [entity for (kind, _), entity in entities.items() if kind == "Program"]
    assert len(programs) == 1 and programs[0].name == "学技能、比贡献、创一流"


def test_a_quoted_title_a_place_strives_for_is_no_program(analyse):
    entities, _, _ = analyse("在创建“全国文明城市”活动中，市总工会积极参与。助力创建“省级民族团结进步示范县”工作。")
    assert not of_type(entities, "Program")


def test_this_winter_is_no_season_of_a_campaign_and_part_of_a_kind_is_no_name(analyse):
    entities, _, _ = analyse("今冬送岗位活动启动。某县开展冬送岗位活动，开展部分全县示范性劳动竞赛。")
    programs = of_type(entities, "Program")
    assert set(programs) == {"冬送岗位"}
    assert not [alias for alias in programs["冬送岗位"].aliases if "今" in alias]  # not 今冬送岗位


def test_a_numbered_city_slogan_or_a_document_s_nickname_is_no_program(analyse):
    entities, _, _ = analyse("某区总工会助力“一城两区”建设。市里印发“1+9”文件。推行“一会两站”模式。")
    assert set(of_type(entities, "Program")) == {"一会两站"}


def test_an_event_referred_back_to_is_no_new_program(analyse):
    entities, _, _ = analyse("镇党委副书记陈华观摩此次大赛并颁奖。本次焊工技能大赛由区总工会主办。")
    assert of_type(entities, "Program") == {}


def test_an_event_s_head_does_not_end_inside_the_next_word(analyse):
    entities, _, _ = analyse("长沙全市集体合同工作推进会召开。")
    assert not any(name.endswith("市集") for name in of_type(entities, "Program"))


def test_a_short_quote_glued_to_the_word_it_ends_after_a_launch_verb(analyse):
    entities, _, _ = analyse("某市总工会开展送“温暖”活动，启动助“新”专项行动。各企业开展职工“五小”活动和庆“五一”活动。")
    assert {"送温暖", "助新", "五小"} <= set(of_type(entities, "Program"))
    assert not {"温暖", "职工五小", "庆五一"} & set(of_type(entities, "Program"))


def test_a_quoted_theme_declared_before_it_or_glued_to_a_gift_campaign_is_no_program(analyse):
    entities, relations, _ = analyse("温州市鹿城区总工会开展主题“敬业奉献 凉爽一夏”送清凉慰问活动。")
    assert set(of_type(entities, "Program")) == {"送清凉"}
    assert ("温州市鹿城区总工会", "organizes", "送清凉") in relations
    entities, _, _ = analyse("某县总工会开展“劳动光荣，凉爽一夏”送“清凉”活动。")
    assert set(of_type(entities, "Program")) == {"送清凉"}



def test_a_slogan_right_before_a_gift_or_season_campaign_is_no_program(analyse):
    entities, relations, _ = analyse("滨江区总工会开展“心系一线职工”夏送清凉活动。")
    assert set(of_type(entities, "Program")) == {"夏送清凉"}
    assert ("杭州市滨江区总工会", "organizes", "夏送清凉") in relations
    entities, _, _ = analyse("某集团工会开展“凉爽一夏 安全同行”2024年夏季“送清凉”活动。某县总工会开展“爱心圆梦”金秋助学活动。")
    assert set(of_type(entities, "Program")) == {"送清凉", "金秋助学"}


def test_a_quoted_name_with_its_head_inside_after_a_verb_of_instituting(analyse):
    entities, relations, _ = analyse("泉州市总工会积极探索“工助模式”，建立“三级对话机制”和“一套机制”，实行“土地租赁经营模式”。")
    assert set(of_type(entities, "Program")) == {"工助", "三级对话"}
    assert ("泉州市总工会", "organizes", "工助") in relations


def test_a_quoted_model_built_or_formed_is_a_program_without_its_head(analyse):
    entities, relations, _ = analyse("某市沂河区总工会打造“三联模式”，逐步形成了“2136联动调处工作机制”。")
    assert {"三联", "2136联动调处"} <= set(of_type(entities, "Program"))


def test_a_theme_before_a_dash_is_no_part_of_the_event_it_heads(analyse):
    entities, _, _ = analyse("技能强企 电亮许昌——2023年许昌市电工技能大赛开幕。")
    assert set(of_type(entities, "Program")) == {"2023年许昌市电工技能大赛"}
    entities, _, _ = analyse("许昌市总工会举办“情定莲城 携手同行”——2023年全市青年职工联谊会。")
    assert set(of_type(entities, "Program")) == {"情定莲城 携手同行"}  # a quoted name heads the event it names


def test_quoted_documents_and_remarks_are_no_programs_but_series_gatherings_and_model_cases_are(analyse):
    entities, _, _ = analyse("为落实全国总工会“关于加强新就业形态劳动者建会入会工作”的部署要求，某县总工会开展走访。"
                             "“今天玩得真开心”“年货很实用”……游园活动在欢声笑语中结束。")
    assert of_type(entities, "Program") == {}
    entities, _, _ = analyse("米易县总工会打造“活力米易”职工业余体育系列赛。东海县总工会的“快递小哥带证进园区”入选全省工会工作创新案例。"
                             "由长乐区总工会主办的“春华秋实 匠心筑梦”——长乐区职工迎国庆主题书画笔会举行。"
                             "北城社区工会联合会结合工会驿站服务环卫工人百日暖心行动开展慰问。")
    assert {"活力米易", "快递小哥带证进园区", "春华秋实 匠心筑梦", "工会驿站服务环卫工人百日暖心行动"} <= set(of_type(entities, "Program"))


def test_a_festival_in_full_and_a_slogan_declared_a_theme_by_the_word_after_it_are_no_programs(analyse):
    entities, _, _ = analyse("西北大学工会举办庆祝“三八国际劳动妇女节”女教工登山活动。"
                             "西安市总工会开展“巾帼建新功 奋进新时代”主题活动，举行“打造名城，建设强市”主题劳动竞赛，"
                             "开展“我为群众办实事”主题实践活动。")
    assert set(of_type(entities, "Program")) == {"我为群众办实事"}


def test_the_mutual_aid_scheme_after_a_round_or_listed_and_a_workers_spring_gala(analyse):
    entities, relations, _ = analyse("海南省总工会第九期医疗互助活动启动。县总工会做优职工医疗互助、免费体检等项目。"
                                     "由广州市总工会主办的2021广州职工春晚节目海选总决赛举行。")
    assert {"职工医疗互助", "广州职工春晚"} <= set(of_type(entities, "Program"))
    assert ("广州市总工会", "organizes", "广州职工春晚") in relations


def test_the_members_mutual_aid_and_no_program_from_a_quoted_group_of_people(analyse):
    entities, relations, _ = analyse("盐池县总工会开展工会会员医疗互助活动，服务赋能“新就业群体”。")
    assert set(of_type(entities, "Program")) == {"职工医疗互助"}
    assert ("盐池县总工会", "organizes", "职工医疗互助") in relations


def test_a_day_written_in_figures_and_a_theme_worked_around_are_no_programs(analyse):
    entities, _, _ = analyse("芜湖市总工会于“4·23世界读书日”前后发放购书券。工会围绕“三个聚焦”展开此项活动。")
    assert not of_type(entities, "Program")


def test_no_program_of_a_manner_or_a_count_of_contests(analyse):
    entities, _, _ = analyse("以“课堂+现场”的方式组织学习。举办焊工技能四大赛项。")
    assert of_type(entities, "Program") == {}


def test_a_name_written_with_another_dot_is_one_program(analyse):
    entities, _, _ = analyse("开展“匠心.筑梦”活动。“匠心▪筑梦”活动深入人心。")
    assert len(of_type(entities, "Program")) == 1


def test_a_quoted_name_of_a_strategy_or_a_goal_is_no_program(analyse):
    entities, _, _ = analyse("某区总工会围绕“一核两带”城市发展战略开展工作，为实现“两个率先”奋斗目标努力。开展“安康杯”竞赛目标明确。")
    assert set(of_type(entities, "Program")) == {"安康杯"}
    entities, relations, _ = analyse("某县总工会助力实施“人才兴县”战略，融入“一谷一城”发展格局，开展“工会送清凉”活动。")
    assert set(of_type(entities, "Program")) == {"工会送清凉"}
    entities, _, _ = analyse("嘉兴作为上海“1+8”都市圈中的节点城市，市总工会领导周洁参加活动。")
    assert of_type(entities, "Program") == {}


def test_a_quote_after_a_verb_of_being_is_a_figure_not_a_program(analyse):
    entities, _, _ = analyse("劳模宣讲始终是“成长必修课”。某区总工会以“三心服务”为抓手开展工作。")
    assert set(of_type(entities, "Program")) == {"三心服务"}


def test_a_quote_followed_by_an_idea_a_platform_or_a_way_of_working_is_no_program(analyse):
    entities, _, _ = analyse("平阳县总工会坚持“职工事职工办”工作思路，落实“稳字当头”工作导向，以“劳资恳谈”这个平台为抓手，"
                             "“课堂+现场”融合开展培训，落实“暖心惠工”要求。")
    assert set(of_type(entities, "Program")) == {"暖心惠工"}
    entities, _, _ = analyse("平阳县总工会以“数字+服务”为工作理念，推动“工会+园区”联动，"
                             "发挥“党建+工会+企业”的乘数效应，打造“家+站+点”工作模式。")
    assert set(of_type(entities, "Program")) == {"家+站+点"}


def test_an_event_noun_after_a_preposition_names_no_event(analyse):
    entities, _, _ = analyse("苍南县总工会使更多青年职工通过岗位练兵竞赛提高本领。他希望各企业根据技能比武大赛选拔人才。")
    assert not of_type(entities, "Program")


def test_a_program_named_after_its_place_and_again_without_it_is_one(analyse):
    entities, _, doc = analyse("苍南县总工会举办苍南县第三届职工羽毛球比赛。全县第三届职工羽毛球比赛吸引百余人参加。")
    assert set(of_type(entities, "Program")) == {"苍南县第三届职工羽毛球比赛"}
    assert len(mentions(doc, "PROGRAM")) == 2


def test_a_program_written_with_its_year_or_the_whole_level_instead_of_its_place_is_one(analyse):
    entities, _, _ = analyse("白城市举办2022年建筑行业职工职业技能大赛。白城市建筑行业职工职业技能大赛共设8个项目。"
                             "安徽省总工会启动2024年安徽省百万职工劳动竞赛。2024年全省百万职工劳动竞赛分三个阶段。")
    assert set(of_type(entities, "Program")) == {"白城市建筑行业职工职业技能大赛", "2024年安徽省百万职工劳动竞赛"}
    entities, _, _ = analyse("2023年职工篮球赛圆满结束。白城市2024年职工篮球赛开幕。")
    assert len(of_type(entities, "Program")) == 2  # another year's


def test_an_event_noun_after_a_clause_s_verb_names_no_event(analyse):
    entities, _, _ = analyse("会议由副县长孙立华主持劳动竞赛推进会。职工参与到重点项目劳动竞赛中来。仪式上回顾总结过去五年劳动竞赛成果。")
    assert not of_type(entities, "Program")


def test_a_quoted_plan_period_is_no_program(analyse):
    entities, _, _ = analyse("平阳县总工会开展“十四五”重点项目劳动竞赛，展望“十五五”。")
    assert not {"十四五", "十五五"} & set(of_type(entities, "Program"))


def test_a_reform_s_era_scope_time_and_verb_are_no_part_of_its_name(analyse):
    entities, _, _ = analyse("平阳县总工会深化新时代产业工人队伍建设改革，推进新时期产业工人队伍建设改革。")
    assert set(of_type(entities, "Program")) == {"产业工人队伍建设改革"}
    entities, _, _ = analyse("某县举行产业工人队伍建设改革座谈会。全县新时期产业工人队伍建设改革成效明显，"
                             "今年新时代产业工人队伍建设改革要全力破解产业工人队伍建设改革难题，县市区产业工人队伍建设改革推进有力。")
    assert set(of_type(entities, "Program")) == {"产业工人队伍建设改革"}


def test_a_display_that_is_a_verb_names_no_event(analyse):
    entities, _, _ = analyse("平阳县总工会开展活动。用劳动成果展现新风采。")
    assert not of_type(entities, "Program")


def test_a_new_year_s_gift_campaign_and_a_rule_set_up_and_improved(analyse):
    entities, _, _ = analyse("平阳县总工会开展2023年新春送温暖献爱心活动，建立和完善一线工作法机制。")
    assert {"新春送温暖", "一线工作法"} <= set(of_type(entities, "Program"))
    assert not [name for name in of_type(entities, "Program") if name.startswith(("春送", "和"))]
    entities, _, _ = analyse("长沙市总工会建立健全了园区职工协商制度。")
    assert not of_type(entities, "Program")  # 建立健全 one verb: the rest a kind of rule, no name


def test_a_particle_opens_no_program(analyse):
    entities, _, _ = analyse("该企业都建立了职代会制度。")
    assert not any(name.startswith("了") for name in of_type(entities, "Program"))


def test_the_games_of_an_event_and_a_theme_before_ji_are_no_programs(analyse):
    entities, _, _ = analyse("开展“抢凳子”“传气球”等活动环节，从“你画我猜”游戏到拔河比赛。")
    assert not of_type(entities, "Program")
    entities, _, _ = analyse("联谊会上开展“心有灵犀”、“默契接力”等轻松有趣的游戏互动。开展“书香女职工”等线上互动活动。")
    assert set(of_type(entities, "Program")) == {"书香女职工"}
    entities, _, _ = analyse("大赛共设置“汽车故障诊断”“电池维修”3个竞赛项目。开展“暖新保”项目。")
    assert set(of_type(entities, "Program")) == {"暖新保"}
    entities, _, _ = analyse("选手们在“客房铺床+夜床服务”“前台接待”“中餐摆台”四大项目中展开角逐。")
    assert not of_type(entities, "Program")
    entities, _, _ = analyse("长沙市总工会举办“奋进新时代 工会在行动”暨春风行动现场招聘会。")
    assert not any("奋进" in name for name in of_type(entities, "Program"))


def test_a_count_of_editions_many_kinds_and_a_clause_going_on_name_no_event(analyse):
    entities, _, _ = analyse("长沙市总工会连续开展了三届长沙大工匠评选活动。")
    assert set(of_type(entities, "Program")) == {"长沙大工匠评选"}
    entities, _, _ = analyse("组织职工参加省市县各类技能大赛。株洲市将竞赛与项目建设结合，2008年列入全国重点工程劳动竞赛。")
    assert not of_type(entities, "Program")
    entities, _, _ = analyse("2022年湖南省引领性劳动和技能竞赛开幕。")
    assert set(of_type(entities, "Program")) == {"2022年湖南省引领性劳动和技能竞赛"}


def test_a_class_of_contests_or_a_year_s_contests_of_a_kind_name_no_program(analyse):
    entities, _, _ = analyse("钦州选手在国家二类技能大赛中首次夺冠。某市总工会安排部署了2025年劳动和技能竞赛工作。")
    assert of_type(entities, "Program") == {}


def test_an_event_s_head_after_a_clause_a_person_or_people_listed_names_no_event(analyse):
    entities, _, _ = analyse("运动会既要保留部分前三届趣味运动会的传统项目，又要创新。"
                             "随后，萍乡市百万职工技能大比武参赛代表和安全生产劳动竞赛代表分别发言。"
                             "江西华丰陶瓷有限公司行政经理王芳作竞赛经验介绍。")
    assert set(of_type(entities, "Program")) == {"萍乡市百万职工技能大比武"}


def test_a_reform_without_the_scope_or_the_clause_written_before_it(analyse):
    entities, _, _ = analyse("深化县域产业工人队伍建设改革，推进非公有制企业产业工人队伍建设改革，"
                             "某某工会在产业工人队伍建设改革方面走在前列，全市各级工会聚焦创新改革。")
    assert set(of_type(entities, "Program")) == {"产业工人队伍建设改革"}


def test_a_count_of_contest_grounds_names_no_contest(analyse):
    entities, _, _ = analyse("长沙、株洲两大赛场同时开赛。")
    assert not of_type(entities, "Program")


def test_a_festival_quoted_inside_an_event_s_name_keeps_the_name_whole(analyse):
    entities, relations, _ = analyse("长沙市总工会举办2024年庆“五一”职工篮球比赛。由省教育工会主办的省教育系统职工庆“三八”健步走开幕。")
    programs = set(of_type(entities, "Program"))
    assert "2024年庆五一职工篮球比赛" in programs and "省教育系统职工庆三八健步走" in programs  # named without the quotes
    assert ("长沙市总工会", "organizes", "2024年庆五一职工篮球比赛") in relations


def test_a_quoted_figure_of_what_something_is_made_into_is_no_program(analyse):
    entities, _, _ = analyse("职工互助保障是一项惠及广大职工的“民生工程”。长沙市总工会将服务打造成职工信赖的“暖心工程”“惠民工程”。")
    assert not of_type(entities, "Program")
    entities, _, _ = analyse("长沙市总工会实施“暖心工程”。")
    assert "暖心工程" in of_type(entities, "Program")


def test_a_quoted_name_a_space_before_its_head(analyse):
    entities, _, _ = analyse("长沙市总工会开展 “金秋助学” 活动。株洲市总工会举办“奋进新时代 建功新征程” 首届职工摄影展。")
    programs = set(of_type(entities, "Program"))
    assert "金秋助学" in programs and "首届职工摄影展" in programs
    assert not any("奋进" in name for name in programs)


def test_reading_months_and_promotion_or_exchange_meetings_are_events(analyse):
    entities, _, _ = analyse("第五届湖南职工读书月活动在长沙启动。")
    assert "第五届湖南职工读书月" in of_type(entities, "Program")
    entities, _, _ = analyse("长沙市总工会在浏阳举行2024年职工疗休养线路推介会。")
    assert "2024年职工疗休养线路推介会" in of_type(entities, "Program")


def test_a_quoted_app_written_as_a_phone_client(analyse):
    entities, relations, _ = analyse("长沙市总工会推出“湘工惠”手机客户端。")
    assert "湘工惠" in of_type(entities, "Program")
    assert ("长沙市总工会", "organizes", "湘工惠") in relations


def test_a_date_s_last_character_opens_no_event_name(analyse):
    entities, _, _ = analyse("10月26日合唱大赛在长沙市举行。")
    assert not any(name.startswith("日") for kind, name in entities if kind == "Program")


def test_a_quoted_name_before_a_long_description_and_a_show_or_campaign_head(analyse):
    entities, relations, _ = analyse("长沙市总工会开展“心关爱·促和谐”职工心理健康促进行动。")
    assert ("长沙市总工会", "organizes", "心关爱·促和谐") in relations
    entities, _, _ = analyse("长沙市总工会开展“湘江情 送文化”职工周末广场演出。")
    assert ("Program", "湘江情 送文化") in entities
    entities, _, _ = analyse("长沙市总工会举办“颂歌献给党”全市职工诗书画作品展。")
    assert ("Program", "颂歌献给党") in entities


def test_a_quoted_name_before_a_long_description_and_a_class_or_camp(analyse):
    _, relations, _ = analyse("由长沙市总工会主办的“湘江有约”职工子女暑期爱心托管班开班。")
    assert ("长沙市总工会", "organizes", "湘江有约") in relations
    entities, _, _ = analyse("长沙市各区推荐的职工跳绳“能手”们来到华星体育馆赛事中心。")
    assert not of_type(entities, "Program")


def test_an_association_of_people_of_a_kind_and_an_exhibition_hall_are_no_events(analyse):
    entities, _, _ = analyse("长沙县书画家联谊会举办笔会。代表团参观了长沙市规划展览馆。")
    assert not of_type(entities, "Program")
    assert "长沙县书画家联谊会" in of_type(entities, "Organization")
    entities, _, _ = analyse("长沙市第三届青年联谊会在长沙举行。")
    assert "长沙市第三届青年联谊会" in of_type(entities, "Program")


def test_a_quoted_festival_after_a_verb_or_在_is_no_program(analyse):
    entities, _, _ = analyse("长沙市总工会结合“三八妇女节”开展慰问。长沙县总工会在“重阳节”看望退休职工。杭州市总工会庆祝“国际三八妇女节”。")
    assert not of_type(entities, "Program")
    entities, _, _ = analyse("县总工会开展“3·15”消费者权益日系列宣传活动。县司法局开展“12.4”普法宣传活动。")
    assert not any(name in ("3·15", "12.4") for name in of_type(entities, "Program"))


def test_a_quoted_union_name_before_its_channel_is_no_program(analyse):
    entities, _, _ = analyse("长沙市总工会推出“长沙市总工会”微信小程序。")
    assert not of_type(entities, "Program")


def test_a_quoted_theme_before_wei_zhuti_is_no_program(analyse):
    entities, _, _ = analyse("长沙县总工会开展“以人为本、情系职工”为主题的“夏送清凉”活动。")
    assert set(of_type(entities, "Program")) == {"夏送清凉"}
    entities, _, _ = analyse("长沙市总工会开展“一切为了职工健康”为主题的宣传活动。")
    assert not of_type(entities, "Program")


def test_a_quoted_gift_is_no_program(analyse):
    entities, _, _ = analyse("长沙县总工会为环卫工人准备了“暖心水杯”、“爱心折叠凳”。")
    assert not of_type(entities, "Program")


def test_each_union_s_quoted_brand_in_a_list_closed_by_a_program_head(analyse):
    _, relations, _ = analyse("全市涌现出长沙市芙蓉区总工会“阳光家园”、长沙市天心区总工会“暖心港湾”等工作品牌。")
    assert ("长沙市芙蓉区总工会", "organizes", "阳光家园") in relations
    assert ("长沙市天心区总工会", "organizes", "暖心港湾") in relations


def test_the_event_of_a_whole_province_or_city_named_at_length(analyse):
    entities, relations, _ = analyse("近日，全省邮政快递行业工会干部培训班在长沙举行，来自各地的学员参加。")
    assert "全省邮政快递行业工会干部培训班" in of_type(entities, "Program")
    assert ("全省邮政快递行业工会干部培训班", "locatedIn", "长沙市") in relations
    entities, relations, _ = analyse("株洲市总工会举办了全市乡镇（街道）工会经审干部培训班。全市乡镇街道工会经审干部培训班为期三天。")
    assert set(of_type(entities, "Program")) == {"全市乡镇（街道）工会经审干部培训班"}
    assert ("株洲市总工会", "organizes", "全市乡镇（街道）工会经审干部培训班") in relations
    entities, _, _ = analyse("全区职工职业技能比赛在株洲举行。")
    assert not of_type(entities, "Program")  # a kind of contest of the whole region, named by no more


def test_the_reform_and_renewal_of_a_field_and_a_reform_described_with_de_are_no_names(analyse):
    entities, _, _ = analyse("株洲市总工会要求各级工会推动基层服务改革创新。")
    assert not of_type(entities, "Program")
    entities, _, _ = analyse("专题课讲授新时代职工队伍面临的新情况与工会改革。")
    assert not of_type(entities, "Program")
    entities, _, _ = analyse("株洲市总工会深化产业工人队伍建设改革。")
    assert set(of_type(entities, "Program")) == {"产业工人队伍建设改革"}


def test_a_quoted_formula_of_parts_before_a_described_model_is_a_program(analyse):
    entities, relations, _ = analyse("株洲市总工会探索“驿站+课堂+基地”的职工服务推进新模式。")
    assert ("株洲市总工会", "organizes", "驿站+课堂+基地") in relations
    entities, _, _ = analyse("株洲市总工会打造“普惠—帮扶—维权”融合服务新机制。推动“线上+线下”融合开展服务。")
    assert set(of_type(entities, "Program")) == {"普惠—帮扶—维权"}


def test_a_quoted_special_train_or_session_and_its_departure_are_a_program(analyse):
    entities, relations, _ = analyse("株洲市总工会举行“2024暖心返乡列车”发车仪式。“春风送岗·筑梦株洲”就业服务专场接续开展。")
    assert ("株洲市总工会", "organizes", "2024暖心返乡列车") in relations
    assert "春风送岗·筑梦株洲" in of_type(entities, "Program")
    entities, _, _ = analyse("株洲市总工会举行“金牌讲师”“劳模导师”聘任仪式。")
    assert not of_type(entities, "Program")


def test_quoted_games_teams_rooms_and_mascots_are_no_programs(analyse):
    entities, _, _ = analyse("咸阳市渭城区总工会举办职工趣味运动会。竞技项目“齐心协力”“勇往直前”和“滚雪球”等活动精彩纷呈。"
                             "比赛项目包括“同心鼓”、“毛毛虫”。榆林市总工会组建“法援+心援”服务团队，开展“职工暖心屋”的建设，"
                             "推出形象大使“工小福”。")
    assert of_type(entities, "Program") == {}
    entities, _, _ = analyse("福州滨海新城建设项目“百日冲刺”职工劳动竞赛启动。")
    assert "百日冲刺" in of_type(entities, "Program")  # a construction project's, no games
    entities, _, _ = analyse("河北区总工会开展为期三天的“快达货运工会”入会线下宣传。")
    assert of_type(entities, "Program") == {}  # a union's name
    entities, _, _ = analyse("某市总工会举办知识竞赛。线上“个人赛”和“团队赛”吸引了全市职工参加。“风险题”知难而上全场比赛扣人心弦。")
    assert of_type(entities, "Program") == {}  # a contest's rounds and parts


def test_a_festival_after_its_edition_is_a_program_and_a_holiday_none(analyse):
    entities, _, _ = analyse("株洲第二届职工健身节在攸县举行，首届油茶花节同期开幕，时值春节前后。")
    assert set(of_type(entities, "Program")) == {"株洲第二届职工健身节", "首届油茶花节"}


def test_a_quote_before_an_event_named_by_its_edition_is_its_theme(analyse):
    entities, _, _ = analyse("攸县“激情职运，快乐攸县”第二届职工运动会开幕。")
    assert set(of_type(entities, "Program")) == {"第二届职工运动会"}


def test_the_events_of_every_edition_are_no_event_named(analyse):
    entities, _, _ = analyse("本次比赛的规模和参赛人数属历届职工运动会之最。")
    assert not of_type(entities, "Program")


def test_a_cup_written_in_title_marks_is_a_program(analyse):
    entities, relations, _ = analyse("攸县总工会举办庆“五一”《园丁杯》职工运动会。职工学习《工会法》。")
    assert set(of_type(entities, "Program")) == {"园丁杯"}
    assert ("攸县总工会", "organizes", "园丁杯") in relations


def test_a_contest_won_or_set_as_a_standard_is_named_from_its_own_words(analyse):
    entities, _, _ = analyse("同时，学校获创新大赛优胜单位。选手们对标全国职工职业技能大赛标准。")
    assert not [name for name in of_type(entities, "Program") if name.startswith(("学校", "标"))]


def test_two_programs_held_together_in_one_quote_are_each_named(analyse):
    entities, relations, _ = analyse("株洲市总工会持续开展“春风行动暨就业援助月”活动。")
    assert {("株洲市总工会", "organizes", "春风行动"), ("株洲市总工会", "organizes", "就业援助月")} <= relations


def test_a_count_of_sessions_and_more_opens_no_event_name(analyse):
    entities, _, _ = analyse("株洲市总工会全年举办3000场次以上线上线下招聘会。")
    assert not of_type(entities, "Program")


def test_a_fair_named_as_a_show_or_a_talks_after_its_place(analyse):
    entities, _, _ = analyse("株洲大型人才招聘和创业项目展示会在株洲市举办。2024年春季大型免费职介洽谈会开幕。")
    assert {"株洲大型人才招聘和创业项目展示会", "2024年春季大型免费职介洽谈会"} <= set(of_type(entities, "Program"))


def test_a_name_written_with_a_space_or_a_list_mark_between_its_parts_is_one(analyse):
    entities, _, _ = analyse("株洲市总工会举办“送万福 进万家”书法公益活动。“送万福、进万家”书法公益活动吸引职工参加。")
    assert len(of_type(entities, "Program")) == 1


def test_a_quoted_word_ending_in_plus_is_a_way_of_working_not_a_program(analyse):
    entities, _, _ = analyse("株洲市总工会积极运用“互联网+”技术服务职工，开展“体育+公益”模式。")
    assert set(of_type(entities, "Program")) == {"体育+公益"}


def test_a_way_of_working_made_regular_and_a_ceremony_s_tail_are_no_names(analyse):
    entities, _, _ = analyse("株洲市总工会与华星公司工会建立常态化交流机制，举行“安全生产月”启动仪式暨集中宣传活动。")
    assert set(of_type(entities, "Program")) == {"安全生产月"}


def test_the_theme_of_a_party_day_is_no_program(analyse):
    entities, _, _ = analyse("株洲市总工会机关党支部开展“牢记使命再出发”主题党日活动。")
    assert of_type(entities, "Program") == {}


def test_a_gift_campaign_launched_as_a_visiting_activity_or_referred_back_to(analyse):
    entities, relations, _ = analyse("攸县总工会开展送温暖走访慰问活动。")
    assert "送温暖" in of_type(entities, "Program")
    assert ("攸县总工会", "organizes", "送温暖") in relations
    entities, _, _ = analyse("本次送岗位活动共帮助职工200人。")
    assert "送岗位" in of_type(entities, "Program")
    entities, _, _ = analyse("志愿者为职工送温暖活动现场气氛热烈。")
    assert of_type(entities, "Program") == {}


def test_an_activity_of_plain_words_qualified_by_a_year_or_a_place_is_a_program(analyse):
    entities, relations, _ = analyse("醴陵市总工会开展2025年职工健康体检服务活动。")
    assert "2025年职工健康体检服务" in of_type(entities, "Program")
    entities, _, _ = analyse("湖南省总工会启动了湖南省职工健康体检服务活动。醴陵市总工会开展职工健康体检服务活动。")
    assert set(of_type(entities, "Program")) == {"湖南省职工健康体检服务"}


def test_an_event_named_by_its_quoted_brand_and_what_it_is_is_one_with_what_it_is_written_alone(analyse):
    entities, _, _ = analyse("攸县总工会举办教师读书分享周活动\n本周，攸县总工会启动“书香满园·阅读同行”教师读书分享周活动。")
    found = of_type(entities, "Program")
    assert set(found) == {"书香满园·阅读同行"}
    assert "教师读书分享周活动" in found["书香满园·阅读同行"].aliases


def test_a_public_day_drawing_near_is_no_program_but_a_day_unions_keep_is(analyse):
    entities, relations, _ = analyse("在“国际护士节”来临之际，株洲市总工会慰问一线护士。“世界读书日”前夕，攸县总工会开展慰问。")
    assert of_type(entities, "Program") == {}
    entities, _, _ = analyse("在第115个“国际劳动妇女节”到来前夕，株洲市总工会慰问女职工。“世界读书日”到来前夕，攸县总工会开展慰问。")
    assert of_type(entities, "Program") == {}
    entities, _, _ = analyse("在“工会服务户外劳动者日”来临之际，攸县总工会开展慰问。")
    assert "工会服务户外劳动者日" in of_type(entities, "Program")


def test_a_quoted_hut_for_mothers_is_a_facility(analyse):
    entities, _, _ = analyse("攸县总工会启动“爱心妈咪小屋”建设。")
    assert of_type(entities, "Program") == {}


def test_a_training_meeting_named_with_its_year_is_an_event(analyse):
    entities, relations, _ = analyse("攸县总工会举办2024年基层工会经审干部培训会。")
    assert "2024年基层工会经审干部培训会" in of_type(entities, "Program")
    assert ("攸县总工会", "organizes", "2024年基层工会经审干部培训会") in relations


def test_a_strategy_of_the_state_quoted_before_its_route_or_call_is_no_program(analyse):
    entities, _, _ = analyse("华星电力公司工会在“一带一路”沿线开展活动。响应“一带一路”倡议，华星公司工会开展活动。")
    assert of_type(entities, "Program") == {}


def test_an_activity_said_by_when_and_to_whom_it_is_done_is_a_description(analyse):
    entities, _, _ = analyse("攸县总工会联合开展2026年元旦春节期间对快递员慰问活动。")
    assert of_type(entities, "Program") == {}


def test_a_public_festival_with_its_edition_drawing_near_is_no_program(analyse):
    entities, _, _ = analyse("在第六届中国农民丰收节来临之际，攸县总工会走访农民工。攸县总工会举办第三届职工文化节。")
    assert set(of_type(entities, "Program")) == {"第三届职工文化节"}


def test_a_numbered_special_course_is_an_event(analyse):
    entities, relations, _ = analyse("攸县总工会举办第二期工会会计专修班。")
    assert "第二期工会会计专修班" in of_type(entities, "Program")


def test_an_event_s_name_starts_after_the_verb_of_holding_it(analyse):
    entities, _, _ = analyse("株洲市总工会连续三年开办职工书法培训班。")
    assert not [name for name in of_type(entities, "Program") if "开办" in name]


def test_a_reform_named_after_a_verb_of_including_or_concerning(analyse):
    entities, _, _ = analyse("报告还涉及产业工人队伍建设改革。要把职工书屋建设纳入企业深化改革。")
    assert set(of_type(entities, "Program")) == {"产业工人队伍建设改革"}


def test_paired_assistance_to_a_western_province_is_a_program(analyse):
    entities, relations, _ = analyse("湖南省总工会持续推进对口援疆工作。株洲市总工会了解工会援藏项目落实情况，慰问援藏干部。")
    assert set(of_type(entities, "Program")) == {"对口援疆", "工会援藏"}
    assert ("湖南省总工会", "organizes", "对口援疆") in relations


def test_a_campaign_named_by_a_season_of_poetry_and_an_act(analyse):
    entities, relations, _ = analyse("攸县总工会连续八年开展金秋圆梦活动，2024年金秋圆梦惠及职工子女百人。茶陵县总工会启动暖冬行动。")
    assert set(of_type(entities, "Program")) == {"金秋圆梦", "暖冬行动"}
    assert ("攸县总工会", "organizes", "金秋圆梦") in relations
    entities, _, _ = analyse("春风化雨般的关怀温暖了职工。")
    assert not of_type(entities, "Program")


def test_a_gift_campaign_carried_out_as_a_project(analyse):
    entities, relations, _ = analyse("攸县总工会深入实施送清凉工程。")
    assert ("攸县总工会", "organizes", "送清凉") in relations


def test_a_holiday_written_with_a_middle_dot_is_no_program(analyse):
    entities, _, _ = analyse("株洲市总工会开展“三·八”节主题女职工系列活动。")
    assert not of_type(entities, "Program")


def test_a_reform_named_after_a_verb_of_visiting_or_studying_opens_after_it(analyse):
    entities, _, _ = analyse("职工们参观产业工人队伍建设改革成果展。")
    assert set(of_type(entities, "Program")) == {"产业工人队伍建设改革"}


def test_a_reform_s_name_does_not_open_inside_a_word_a_preposition_s_character_begins(analyse):
    entities, _, _ = analyse("职工又学习新就业形态劳动者权益保障改革经验。")
    assert not [name for name in of_type(entities, "Program") if name.startswith("业")]


def test_a_holiday_quoted_right_after_a_launch_verb_is_no_word_glued_to_the_verb(analyse):
    entities, _, _ = analyse("攸县总工会组织开展“三八”节趣味活动。")
    assert not [name for name in of_type(entities, "Program") if name.startswith("开展")]


def test_quoted_games_listed_with_commas_before_a_count_of_events_are_no_programs(analyse):
    entities, _, _ = analyse("攸县总工会举办趣味运动会，设有“跳绳”、“夹弹珠”、“踢毽子”、“抢板凳”四个项目。")
    assert not {"跳绳", "夹弹珠", "踢毽子", "抢板凳"} & set(of_type(entities, "Program"))


def test_a_quote_in_an_honour_title_before_示范村_is_no_program(analyse):
    entities, _, _ = analyse("攸县某村获评全国“一乡一特”示范村。")
    assert not of_type(entities, "Program")
    entities, _, _ = analyse("大会为“从业满25年”职工以及“金牌技师”个人颁发证书，并开展“书香职工”读书活动。")
    assert set(of_type(entities, "Program")) == {"书香职工"}
    entities, _, _ = analyse("公司荣获“詹天佑奖、国家优质工程奖”等奖项，平台获评全国工会“最具活力型”平台，又荣获全国“安康杯”竞赛优胜单位。")
    assert set(of_type(entities, "Program")) == {"安康杯"}
    entities, _, _ = analyse("举办2020年某区“金梭奖”钢筋绑扎职业技能竞赛。")
    assert "金梭奖" in of_type(entities, "Program")


def test_a_reform_s_name_opens_after_a_preposition_or_copula_inside_the_clause(analyse):
    entities, _, _ = analyse("职工是享受产业工人队伍建设改革成果的主体。")
    assert set(of_type(entities, "Program")) == {"产业工人队伍建设改革"}
    entities, _, _ = analyse("株洲市总工会就产业工人队伍建设改革进行调研，深化新就业形态劳动者权益保障改革。")
    assert set(of_type(entities, "Program")) == {"产业工人队伍建设改革", "新就业形态劳动者权益保障改革"}


def test_a_quoted_line_of_development_thinking_is_no_program(analyse):
    entities, _, _ = analyse("株洲市总工会围绕“135”发展思路，推动工会工作。")
    assert not of_type(entities, "Program")


def test_an_event_of_a_whole_level_is_the_named_place_s_only_when_the_levels_agree(analyse):
    entities, _, _ = analyse("潍坊市第三届职工书法大赛开幕。该市选手还参加了全省第三届职工书法大赛。")
    assert len(of_type(entities, "Program")) == 2
    entities, _, _ = analyse("潍坊市第三届职工书法大赛开幕。全市第三届职工书法大赛共有百人参加。")
    assert set(of_type(entities, "Program")) == {"潍坊市第三届职工书法大赛"}


def test_an_event_name_holds_no_predicate_of_its_clause(analyse):
    entities, _, _ = analyse("市总工会到青羊区指导职工市集工作。某县文旅局荣获团体竞赛一等奖。要进一步扩大机械制造业劳动竞赛的覆盖面。"
                             "省工会专职集体协商指导员培训会在我市召开。")
    found = set(of_type(entities, "Program"))
    assert not any(word in name for name in found for word in ("指导职工", "荣获", "扩大"))
    assert any(name.endswith("集体协商指导员培训会") for name in found)


def test_an_event_named_in_full_by_its_edition_cup_and_head_is_the_cup(analyse):
    entities, _, _ = analyse("第五届长江工匠杯技能大赛开幕。本届“长江工匠杯”技能大赛共设8个赛项。")
    assert set(of_type(entities, "Program")) == {"长江工匠杯"}


def test_the_reform_of_the_industrial_workforce_by_its_short_form(analyse):
    entities, _, _ = analyse("县总工会深入推进产改，产改工作稳步推进。")
    assert set(of_type(entities, "Program")) == {"产业工人队伍建设改革"}
    entities, _, _ = analyse("企业进行生产改造，清理资产改制遗留问题。")
    assert of_type(entities, "Program") == {}
    entities, _, _ = analyse("调研组了解该园区的阵地建设和产改工作。")
    assert set(of_type(entities, "Program")) == {"产业工人队伍建设改革"}
    for sentence in ("区总工会不断深化产业工人队伍改革。", "全市打造产改示范企业5家。"):
        assert set(of_type(analyse(sentence)[0], "Program")) == {"产业工人队伍建设改革"}, sentence


def test_an_activity_named_in_title_marks_is_a_program_not_a_document_or_a_book(analyse):
    entities, relations, _ = analyse("株洲市总工会开展《株洲红色足迹打卡》线上展示活动，印发《关于开展劳动竞赛的通知》，"
                                     "组织《劳动法律法规汇编》学习活动。")
    assert set(of_type(entities, "Program")) == {"株洲红色足迹打卡"}
    assert ("株洲市总工会", "organizes", "株洲红色足迹打卡") in relations


def test_policies_awards_public_days_games_and_industries_in_quotes_are_no_programs(analyse):
    entities, _, _ = analyse("株洲市总工会促进“三孩政策”配套。恰逢第59个“学雷锋纪念日”，株洲市总工会举行“五一劳动奖”表彰大会，"
                             "设置了“一马当先”“龟兔赛跑”等趣味团体项目，围绕“3+3”重点产业和“2+1+N”产业集群开展服务，"
                             "结合“世界读书日”等重要时间节点开展阅读。")
    assert not of_type(entities, "Program")
    entities, _, _ = analyse("今天是第二个“全国工会服务户外劳动者日”。株洲市总工会打造“1+6+N”产业工人培训平台。")
    assert set(of_type(entities, "Program")) == {"全国工会服务户外劳动者日", "1+6+N"}


def test_a_gift_campaign_launched_with_the_verb_s_aspect_or_as_a_series(analyse):
    entities, _, _ = analyse("株洲市总工会开展了送温暖活动，又同步启动了送清凉活动，还开展2025年送法律活动。")
    assert set(of_type(entities, "Program")) == {"送温暖", "送清凉", "送法律"}


def test_a_class_for_a_place_s_union_cadres_is_named_with_the_place_and_run_by_its_federation(analyse):
    entities, relations, _ = analyse("湖南省工会干部综合素质能力提升专题培训班开班。湖南省总工会举办2015年湖南省工会主席轮训班和湖南省工会干部研修班。")
    assert {"湖南省工会干部综合素质能力提升专题培训班", "2015年湖南省工会主席轮训班", "湖南省工会干部研修班"} <= set(
        of_type(entities, "Program"))
    assert ("湖南省总工会", "organizes", "湖南省工会干部综合素质能力提升专题培训班") in relations


def test_quoted_names_joined_by_ji_before_one_head_are_each_a_program(analyse):
    entities, _, _ = analyse("株洲市总工会2025年“送法进基层”暨“情系女职工法在你身边”法律服务活动启动。")
    assert {"送法进基层", "情系女职工法在你身边"} <= set(of_type(entities, "Program"))
    entities, relations, _ = analyse("由石柱县总工会主办的“山海·同心”暨“溪谷”职工交友活动举办。")
    assert {"山海·同心", "溪谷"} <= set(of_type(entities, "Program"))


def test_the_event_after_ji_and_a_short_activity_of_a_year_are_launched_by_their_names(analyse):
    entities, _, _ = analyse("株洲市总工会联合举办某商圈关爱之家开放暨送清凉活动，启动2023年职工疗休养活动，开展2022年金秋助学活动。")
    assert {"送清凉", "2023年职工疗休养", "金秋助学"} <= set(of_type(entities, "Program"))
    assert not [name for name in of_type(entities, "Program") if "暨" in name or name.startswith("2022年")]


def test_a_quoted_name_before_a_class_s_head_is_a_program(analyse):
    entities, _, _ = analyse("株洲市总工会推出“创享营”趣味课堂，开设“株工爱阅读”暑期公益名师课堂。")
    assert {"创享营", "株工爱阅读"} <= set(of_type(entities, "Program"))


def test_an_exchange_of_innovations_of_an_edition_is_an_event_and_a_track_or_a_hall_is_none(analyse):
    entities, relations, _ = analyse("湖南省总工会举办第九届湖南省职工优秀技术创新成果交流活动。设置生物医药食品三大赛道。参观重点企业劳模工匠创新成果展区。")
    assert set(of_type(entities, "Program")) == {"第九届湖南省职工优秀技术创新成果交流活动"}
    assert ("湖南省总工会", "organizes", "第九届湖南省职工优秀技术创新成果交流活动") in relations


def test_a_quoted_festival_with_spaces_inside_its_quotes_is_no_program(analyse):
    entities, _, _ = analyse("株洲市总工会开展2024年 “ 三八 ”国际劳动妇女节系列纪念活动。")
    assert not of_type(entities, "Program")


def test_a_working_pattern_is_a_program_and_a_manner_or_a_count_is_none(analyse):
    entities, _, _ = analyse("株洲市总工会构建起“三源联治”工作格局，形成了“一站一队一团”专业化服务格局，开展“菜单式”“订单式”普法，"
                             "打造“1+14”个调解室。")
    assert set(of_type(entities, "Program")) == {"三源联治", "一站一队一团"}


def test_championship_and_friendly_matches_of_an_edition_are_events(analyse):
    entities, _, _ = analyse("攸县总工会举办第三届职工拔河争霸赛。茶陵县总工会主办的第四届篮球友谊赛开赛。")
    assert {"第三届职工拔河争霸赛", "第四届篮球友谊赛"} <= set(of_type(entities, "Program"))


def test_a_campaign_started_right_after_its_union_or_after_the_union_s_verb(analyse):
    entities, relations, _ = analyse("株洲工会爱心互献行动启动。攸县总工会举行工资集体协商集中要约行动启动仪式。")
    assert {"爱心互献行动", "工资集体协商集中要约行动"} <= set(of_type(entities, "Program"))
    assert ("株洲市总工会", "organizes", "爱心互献行动") in relations


def test_an_event_s_name_does_not_run_over_a_news_dateline(analyse):
    entities, _, _ = analyse("中国网武汉3月4日讯 2022年湖北省劳动和技能竞赛启动大会举行。中新网昆明11月22日电 (记者某某)云南省花卉产业劳动竞赛开幕。")
    assert set(of_type(entities, "Program")) == {"2022年湖北省劳动和技能竞赛", "云南省花卉产业劳动竞赛"}


def test_measures_listed_inside_one_quote_are_no_programs(analyse):
    entities, _, _ = analyse("株洲市总工会通过“宣传引导职工、深入走访调研、广泛帮扶慰问、专项温暖行动、做好维权服务”等举措开展送温暖。"
                             "推出“友好医院”、小哥学堂、技能培训“大篷车”等具体举措。")
    programs = set(of_type(entities, "Program"))
    assert "专项温暖行动" not in programs
    assert {"友好医院", "小哥学堂", "大篷车"} <= programs


def test_a_performance_of_works_keeps_its_head_whole(analyse):
    entities, _, _ = analyse("门头沟区总工会举办第四届职工文化艺术节文艺作品展演活动。")
    assert "第四届职工文化艺术节文艺作品展演" in of_type(entities, "Program")


def test_a_year_of_work_named_by_what_it_strengthens_is_a_program_unquoted(analyse):
    entities, relations, _ = analyse("攸县总工会以基层工会规范建设年为契机做好帮扶，并深入开展能力作风建设年活动。今年是关键之年。")
    assert set(of_type(entities, "Program")) == {"基层工会规范建设年", "能力作风建设年"}
    assert ("攸县总工会", "organizes", "能力作风建设年") in relations


def test_the_workers_medical_mutual_aid_scheme_unquoted(analyse):
    entities, relations, _ = analyse("全县已有5000名职工参加2025年广西职工医疗互助保障计划。"
                                     "海南省总工会启动在职职工住院医疗互助保障活动。关于开展湖南省工会第五期职工医疗互助活动的通知")
    programs = set(of_type(entities, "Program"))
    assert {"广西职工医疗互助保障", "在职职工住院医疗互助保障", "职工医疗互助"} <= programs
    assert ("海南省总工会", "organizes", "在职职工住院医疗互助保障") in relations
    assert ("湖南省总工会", "organizes", "职工医疗互助") in relations


def test_a_contest_s_words_in_a_facility_s_name_name_no_program(analyse):
    entities, _, _ = analyse("长春市总工会召开启动会和技能竞赛实训基地签约仪式，推动长春市技能竞赛培训示范基地的建立。")
    assert not of_type(entities, "Program")


def test_a_gift_campaign_with_its_season_written_in_full(analyse):
    entities, relations, _ = analyse("株洲市总工会组织了夏季送清凉活动。")
    assert set(of_type(entities, "Program")) == {"送清凉"}
    assert ("株洲市总工会", "organizes", "送清凉") in relations
    _, relations, _ = analyse("由株洲市总工会主办、华星公司协办的夏季送清凉慰问活动在工地举行。")
    assert {("株洲市总工会", "organizes", "送清凉"), ("华星公司", "organizes", "送清凉")} <= relations


def test_a_report_meeting_of_deeds_or_a_talk_of_an_edition_or_year_is_an_event(analyse):
    entities, relations, _ = analyse("株洲市总工会举办2024年株洲市劳模先进事迹报告会，茶陵县总工会举办第三届职工宣讲会。"
                                     "区总工会充分利用政策宣讲会开展服务。")
    assert set(of_type(entities, "Program")) == {"2024年株洲市劳模先进事迹报告会", "第三届职工宣讲会"}
    assert ("茶陵县总工会", "organizes", "第三届职工宣讲会") in relations


def test_a_union_app_named_after_its_province_or_place_without_quotes(analyse):
    entities, relations, _ = analyse("株洲市总工会上线湘工惠平台，职工可通过湘工惠APP报名。济南市总工会推广齐鲁工惠。"
                                     "“湘工惠株洲线上招聘会”开幕。")
    assert {"湘工惠", "齐鲁工惠", "湘工惠株洲线上招聘会"} <= set(of_type(entities, "Program"))
    assert ("株洲市总工会", "organizes", "湘工惠") in relations


def test_the_count_of_classes_held_is_no_part_of_a_name(analyse):
    entities, _, _ = analyse("株洲市总工会举办一期挖机驾驶员培训班。某镇总工会每年举办3期调解员培训班。")
    programs = set(of_type(entities, "Program"))
    assert "挖机驾驶员培训班" in programs
    assert not any(name.startswith(("期", "一期")) for name in programs)


def test_an_event_s_name_starts_after_a_dateline_without_its_date(analyse):
    entities, _, _ = analyse("湖南株洲讯 2024年株洲市职工篮球邀请赛在芦淞区开赛。")
    assert set(of_type(entities, "Program")) == {"2024年株洲市职工篮球邀请赛"}


def test_a_season_campaign_named_with_its_own_head_stands_alone_in_a_list(analyse):
    entities, relations, _ = analyse("株洲市总工会以“金秋助学”活动、春风行动为抓手帮扶职工。他们举办“春风行动·巧手脱贫”技能大赛。")
    programs = set(of_type(entities, "Program"))
    assert {"金秋助学", "春风行动"} <= programs
    assert ("株洲市总工会", "organizes", "春风行动") in relations
    assert "春风行动·巧手脱贫" in programs


def test_a_quoted_route_or_manner_is_no_program_and_its_places_are_places(analyse):
    entities, _, _ = analyse("贵州省总工会开出“广州到黔南”“广州到毕节”等返乡专列，开行“门到门”专车，开行“春暖到家”专列。")
    assert set(of_type(entities, "Program")) == {"春暖到家"}
    assert {"黔南布依族苗族自治州", "毕节市"} <= set(of_type(entities, "Region"))
    entities, _, _ = analyse("漳州市总工会订购“漳州—长沙、南昌”返乡专列车票。广州市总工会响应广州市关于“留穗过年”的倡议。")
    assert of_type(entities, "Program") == {}  # a route to two places, and a call


def test_a_headline_s_tag_in_corner_brackets_is_no_part_of_an_event_s_name(analyse):
    entities, _, _ = analyse("【湖南】职工创新成果展在株洲开幕")
    assert not any("】" in name for name in of_type(entities, "Program"))


def test_exhibitions_of_paintings_and_joint_or_judged_shows_are_events(analyse):
    entities, relations, _ = analyse("由湖南省交通工会主办的第二届全省职工国画展在长沙举行。株洲市总工会举办株洲湘潭职工书画联展。")
    programs = set(of_type(entities, "Program"))
    assert "第二届全省职工国画展" in programs and any(name.endswith("书画联展") for name in programs)
    assert ("湖南省交通工会", "organizes", "第二届全省职工国画展") in relations


def test_a_gift_campaign_with_its_head_is_one_wherever_it_stands(analyse):
    entities, _, _ = analyse("湘潭市总工会开展面向困难职工的助困送温暖活动，各级工会对送温暖活动高度重视。湘江送变电工程公司参加。"
                             "干部为环卫工人送清凉活动筹集物资。")
    assert set(of_type(entities, "Program")) == {"送温暖"}


def test_an_event_named_after_an_area_of_several_divisions_is_one(analyse):
    entities, relations, _ = analyse("莆田市总工会举办了两岸青年职工龙舟赛和粤港澳职工文化节。湘江集团川渝区域职工技能大赛开幕。")
    assert {"两岸青年职工龙舟赛", "粤港澳职工文化节"} <= set(of_type(entities, "Program"))
    assert ("莆田市总工会", "organizes", "粤港澳职工文化节") in relations
    assert "川渝区域职工技能大赛" not in of_type(entities, "Program")  # an area opens a name only


def test_the_state_s_initiative_in_quotes_is_no_program(analyse):
    entities, relations, _ = analyse("德阳市总工会积极参与“一带一路”建设，开展“匠心筑梦”职工技能竞赛。")
    assert set(of_type(entities, "Program")) == {"匠心筑梦"}


def test_a_quoted_title_of_honour_launched_is_no_program(analyse):
    entities, _, _ = analyse("湘江集团项目部开展“工人先锋号”创建工作，开展“巾帼文明岗”评选和“匠心筑梦”劳动竞赛。")
    assert set(of_type(entities, "Program")) == {"匠心筑梦"}


def test_the_routines_of_a_party_branch_are_no_programs(analyse):
    entities, _, _ = analyse("机关党支部与社区党支部联合开展支部主题党日活动，落实“三会一课”制度，开展“劳模讲党课”活动。")
    assert set(of_type(entities, "Program")) == {"劳模讲党课"}


def test_an_event_of_a_whole_level_s_system_is_named_with_it(analyse):
    entities, _, _ = analyse("全省交通系统第三届职工运动会在长沙开幕。全市建筑行业2024年职工技能大赛同日举行。")
    assert {"全省交通系统第三届职工运动会", "全市建筑行业2024年职工技能大赛"} <= set(of_type(entities, "Program"))


def test_an_event_of_a_body_before_its_edition_or_year_is_named_with_it(analyse):
    entities, _, _ = analyse("湘江大学第五届教职工运动会闭幕。宏达集团2024年职工技能大赛同日开赛。")
    assert {"湘江大学第五届教职工运动会", "宏达集团2024年职工技能大赛"} <= set(of_type(entities, "Program"))
    assert {"湘江大学", "宏达集团"} <= set(of_type(entities, "Organization"))


def test_a_quoted_name_whose_award_or_release_ceremony_is_held_is_a_program(analyse):
    entities, relations, _ = analyse("湘潭市总工会举办2023年“湘潭工匠”颁奖典礼。湘潭市总工会举行“最美职工”发布仪式。"
                                     "市总工会在湘潭举行“职工权益保障”新闻发布会。")
    assert set(of_type(entities, "Program")) == {"湘潭工匠", "最美职工"}
    assert ("湘潭市总工会", "organizes", "湘潭工匠") in relations


def test_an_activity_of_a_place_and_year_held_smoothly_is_a_program(analyse):
    entities, _, _ = analyse("东坡区2023年慰问交警活动顺利举行。")
    assert set(of_type(entities, "Program")) == {"东坡区2023年慰问交警"}


def test_last_year_s_contest_referred_to_is_no_named_event(analyse):
    entities, _, _ = analyse("湘潭市总工会副主席王强宣读了上一年度电力行业职业技能竞赛结果。")
    assert not of_type(entities, "Program")


def test_an_event_referred_back_with_gai_is_no_new_event(analyse):
    entities, _, _ = analyse("2021年，全国总工会将该赛事列为全国示范性劳动竞赛项目。")
    assert "将该赛事" not in of_type(entities, "Program")


def test_the_workers_mutual_aid_scheme_without_medical_is_one(analyse):
    entities, relations, _ = analyse("温州市总工会开展职工互助保障活动，为环卫工人赠送职工互助保障计划。")
    assert set(of_type(entities, "Program")) == {"职工互助保障"}
    assert ("温州市总工会", "organizes", "职工互助保障") in relations


def test_a_quoted_hotline_is_a_service_brand_and_a_number_to_call_is_none(analyse):
    entities, relations, _ = analyse("成都市青羊区总工会开通“暖心倾听”心理热线，职工也可拨打“12351”服务热线。")
    assert set(of_type(entities, "Program")) == {"暖心倾听"}
    assert ("成都市青羊区总工会", "organizes", "暖心倾听") in relations


def test_a_summer_class_is_an_event_and_a_part_of_the_month_opens_no_name(analyse):
    entities, relations, _ = analyse("由成都市青羊区总工会主办的2023年青羊区职工子女暑托班开班。镇里在6月底就开始筹备公益托管班。")
    assert set(of_type(entities, "Program")) == {"2023年青羊区职工子女暑托班"}
    assert ("成都市青羊区总工会", "organizes", "2023年青羊区职工子女暑托班") in relations


def test_a_quoted_name_written_again_by_its_last_words_is_the_same_program(analyse):
    entities, _, _ = analyse("成都市总工会开展“建会入会攻坚行动”。“攻坚行动”分三个阶段推进。"
                             "各地开展“夏日送清凉 暖心护航行动”，也参与“暖心护航行动”。")
    found = of_type(entities, "Program")
    assert "攻坚行动" not in found and "“攻坚行动”" in found["建会入会攻坚行动"].aliases
    assert "暖心护航行动" in found


def test_a_quoted_verb_naming_the_campaign_it_heads_is_a_program(analyse):
    entities, relations, _ = analyse("兰州市总工会开展户外职工“护航”行动，要“点亮”职工生活。")
    assert set(of_type(entities, "Program")) == {"护航"}
    assert ("兰州市总工会", "organizes", "护航") in relations


def test_a_kind_of_people_and_what_is_done_for_them_is_a_description(analyse):
    entities, _, _ = analyse("兰州市城关区总工会开展快递员专项慰问活动，还开展环卫工人节关爱活动。")
    assert not of_type(entities, "Program")


def test_a_verb_of_making_use_opens_no_event_s_name(analyse):
    entities, _, _ = analyse("兰州市总利用全国读书节等时机，送书进企业。")
    assert not any(name.startswith(("利用", "借助")) for name in of_type(entities, "Program"))


def test_forums_report_shows_grand_exhibitions_and_camps_are_events(analyse):
    entities, relations, _ = analyse("西宁市城北区总工会举办2024年职工才艺汇报演出。由青海省总工会主办的青海省职工书画大展开幕。"
                                     "西宁市交通局系统工会干部实战训练营开营。")
    found = set(of_type(entities, "Program"))
    assert {"2024年职工才艺汇报演出", "青海省职工书画大展", "西宁市交通局系统工会干部实战训练营"} <= found
    assert ("青海省总工会", "organizes", "青海省职工书画大展") in relations


def test_a_cup_held_without_quotes_is_the_program(analyse):
    entities, relations, _ = analyse("兰州市总工会举办金城杯职工篮球赛。球迷观看世界杯足球赛。")
    assert set(of_type(entities, "Program")) == {"金城杯"}
    assert ("兰州市总工会", "organizes", "金城杯") in relations


def test_a_season_s_character_that_ends_a_place_opens_no_gift_campaign(analyse):
    entities, _, _ = analyse("宁夏送变电工程公司今年施工顺利，开展夏送清凉活动。")
    assert set(of_type(entities, "Program")) == {"夏送清凉"}


def test_the_workforce_reform_is_named_by_its_own_words_whatever_comes_before(analyse):
    entities, _, _ = analyse("要把会议精神体现到产业工人队伍建设改革全过程。平顺县总工会产业工人队伍建设改革座谈会召开。"
                             "大力营造产业工人队伍建设改革良好氛围。")
    assert set(of_type(entities, "Program")) == {"产业工人队伍建设改革"}


def test_a_contest_written_with_and_without_bi_is_one_program(analyse):
    entities, _, _ = analyse("兰州市教育工会举办兰州市第二届教职工羽毛球比赛。兰州市第二届教职工羽毛球赛在兰州一中举行。")
    found = of_type(entities, "Program")
    assert set(found) == {"兰州市第二届教职工羽毛球比赛"} and "兰州市第二届教职工羽毛球赛" in found["兰州市第二届教职工羽毛球比赛"].aliases


def test_an_event_s_kind_after_a_lead_character_that_opens_a_word_is_no_name(analyse):
    entities, _, _ = analyse("江北区总工会广泛开展劳动竞赛，全区规模以上企业职工技能竞赛覆盖率达95%。")
    assert not any(kind == "Program" and name.startswith("上") for kind, name in entities)


def test_a_focus_of_work_and_a_study_s_topic_quoted_are_no_programs(analyse):
    for text in ("办事处在工作中突出“两保一促”工作重点。", "市政协联合曲靖市总工会开展“优化职工服务站点布局”专题调研。"):
        entities, _, _ = analyse(text)
        assert not of_type(entities, "Program"), text
    entities, _, _ = analyse("市总工会开展“进企业、访职工”调研走访活动。")
    assert of_type(entities, "Program")


def test_a_quoted_cup_before_its_event_s_edition_names_the_event(analyse):
    entities, relations, _ = analyse("遵义市工会系统“同心保障杯”第三届职工篮球赛在湄潭县举办。")
    assert ("Program", "同心保障杯") in entities
    assert not any(kind == "Program" and name.startswith("第三届") for kind, name in entities)
    assert ("同心保障杯", "locatedIn", "湄潭县") in relations


def test_names_in_single_quotes_inside_a_quotation_are_programs(analyse):
    entities, _, _ = analyse("“今年，我们将深入实施技能竞赛‘三比三创’行动。”区总工会主席赵丽说。")
    assert ("Program", "三比三创") in entities
    entities, _, _ = analyse("刘强说：“职工还能报名参加市总工会组织的‘职工拔河赛’‘湘江杯围棋赛’。”")
    programs = of_type(entities, "Program")
    assert "职工拔河赛" in programs and "湘江杯围棋赛" in programs
    assert not any("‘" in name or "’" in name for name in programs)


def test_a_quoted_pair_of_gift_campaigns_is_two_programs(analyse):
    entities, relations, _ = analyse("湘潭市总工会开展“夏送清凉、冬送温暖”活动。")
    assert {"夏送清凉", "冬送温暖"} <= set(of_type(entities, "Program"))
    assert ("湘潭市总工会", "organizes", "冬送温暖") in relations
    entities, _, _ = analyse("湘潭市总工会在“春送岗位、金秋助学、冬送温暖”等活动中发挥作用。")
    assert {"春送岗位", "金秋助学", "冬送温暖"} <= set(of_type(entities, "Program"))


def test_a_quoted_count_of_qualities_is_no_program(analyse):
    entities, _, _ = analyse("丹寨县总工会充分发挥工会组织“三大作用”，铜川市总工会发挥“四大优势”，实施“五大行动”。")
    assert set(of_type(entities, "Program")) == {"五大行动"}


def test_descriptions_of_contests_and_activities_are_no_programs(analyse):
    text = ("滨州市总工会举办线上线下多个活动。抚州市总工会广泛开展多层次职业技能竞赛。会议要求以奋发有为的姿态积极投身劳动竞赛，"
            "各参建单位要在全县重点项目建设工地掀起劳动竞赛热潮，把积极投身劳动竞赛与提升技能结合起来。")
    entities, _, _ = analyse(text)
    assert not of_type(entities, "Program")


def test_what_people_are_called_on_to_do_is_no_program(analyse):
    entities, _, _ = analyse("南阳市总工会号召外地职工“留宛过年”。南阳市总工会开展“暖心过大年”活动。")
    assert set(of_type(entities, "Program")) == {"暖心过大年"}


def test_a_quote_spaced_on_both_sides_still_joins_its_head(analyse):
    entities, relations, _ = analyse('沧州市总工会以 "馆馆联动" 创新模式推动职工文化建设。')
    assert ("Program", "馆馆联动") in entities
    assert ("沧州市总工会", "organizes", "馆馆联动") in relations


def test_unions_brands_listed_with_and_before_a_batch_of_brands(analyse):
    _, relations, _ = analyse("某区总工会打造出了金山街道总工会“爱心驿家”、金山社区工会“工会亲人”和华美纺织公司工会“温暖同行”等一批帮扶品牌。")
    assert ("华美纺织公司工会", "organizes", "温暖同行") in relations
    assert any(predicate == "organizes" and obj == "爱心驿家" and subject.endswith("金山街道总工会")
               for subject, predicate, obj in relations)
    assert any(predicate == "organizes" and obj == "工会亲人" for _, predicate, obj in relations)


def test_a_person_or_a_reaction_before_an_event_word_names_no_event(analyse):
    entities, _, _ = analyse("开班仪式上，市总工会副主席赵明华寄语培训班学员。学员们纷纷表示研修班收获很大。"
                             "职工们尽情享受着趣味运动会带来的快乐。科技园区将爱心暑托班分为三个阶段。")
    assert of_type(entities, "Program") == {}


def test_a_quote_joined_by_ji_to_a_quoted_event_named_at_length_is_a_program_too(analyse):
    entities, relations, _ = analyse("由南充市总工会主办的2024年“嘉陵情缘”暨“果城之约”单身职工联谊活动在顺庆区举行。")
    assert {"嘉陵情缘", "果城之约"} <= set(of_type(entities, "Program"))
    assert ("南充市总工会", "organizes", "嘉陵情缘") in relations


def test_a_quoted_name_before_a_year_and_a_place_s_event(analyse):
    entities, relations, _ = analyse("由宜宾市总工会联合主办的“长宁竹韵”2024年长宁县职工交友活动在长宁县举行。")
    assert "长宁竹韵" in of_type(entities, "Program")
    assert ("宜宾市总工会", "organizes", "长宁竹韵") in relations
    entities, _, _ = analyse("“建功新时代 奋进新征程”2023年全区引领性劳动和技能竞赛启动。")
    assert "建功新时代 奋进新征程" not in of_type(entities, "Program")


def test_a_place_s_joining_ceremony_and_month_of_care_are_events(analyse):
    entities, relations, _ = analyse("通化市货车司机集中入会仪式在通化市物流园举行，活动由通化市总工会主办。"
                                     "蚌埠市第三届职工心理关爱月在龙子湖区启动。")
    assert {"通化市货车司机集中入会仪式", "蚌埠市第三届职工心理关爱月"} <= set(of_type(entities, "Program"))
    assert ("通化市总工会", "organizes", "通化市货车司机集中入会仪式") in relations


def test_two_kinds_of_event_joined_or_the_events_of_every_level_name_none(analyse):
    entities, _, _ = analyse("比赛分为理论考试和技能竞赛两部分。企业积极推进岗位练兵和劳动竞赛。"
                             "近年来，四川省各级工会和劳动竞赛组织围绕重大项目开展竞赛。")
    assert not of_type(entities, "Program")


def test_no_reform_from_a_clause_whose_verb_takes_the_bare_word_reform(analyse):
    entities, _, _ = analyse("扬州市总工会要推动广大职工积极投身推进改革。")
    assert not of_type(entities, "Program")


def test_a_quote_before_the_mood_it_sets_is_a_theme(analyse):
    entities, _, _ = analyse("为营造“奋进的岗位、职工的节日”浓厚氛围，永登县总工会开展系列活动。")
    assert not of_type(entities, "Program")


def test_games_of_a_sports_day_counted_as_its_activities_are_no_programs(analyse):
    entities, _, _ = analyse("某镇总工会举办“同心向前”职工趣味运动会。职工们在“旱地龙舟”、“同心鼓”、“夹球跑”三个活动中展开比拼。")
    assert set(of_type(entities, "Program")) == {"同心向前"}


def test_an_unquoted_way_of_working_joined_or_with_a_preposition_is_a_description(analyse):
    entities, _, _ = analyse("双方共同建立服务川籍在粤农民工工作机制。县总工会建立定期走访和平时随访制度。")
    assert not of_type(entities, "Program")


def test_an_activity_week_or_exhibition_after_its_edition_is_named_whole(analyse):
    entities, relations, _ = analyse("宁德市总工会举办首届职工技术革新成果交流展示活动。蕉城区总工会举办第三届职工文化艺术周，"
                                     "同期举办第二届职工摄影作品展览。")
    programs = set(of_type(entities, "Program"))
    assert {"首届职工技术革新成果交流展示活动", "第三届职工文化艺术周", "第二届职工摄影作品展览"} <= programs
    assert ("宁德市总工会", "organizes", "首届职工技术革新成果交流展示活动") in relations
    entities, _, _ = analyse("第五届职工运动会开幕五周年之际，市总工会在第二届委员会活动中心举行座谈。")
    assert not any(name.endswith(("周", "活动")) for name in of_type(entities, "Program"))


def test_a_works_campaign_launched_by_name_and_one_held_every_few_years(analyse):
    entities, relations, _ = analyse("衢州市总工会推行职工书香赋能工程。衢州市总工会将实施两年一度的衢江工匠培树行动。")
    programs = set(of_type(entities, "Program"))
    assert {"职工书香赋能工程", "衢江工匠培树行动"} <= programs
    assert ("衢州市总工会", "organizes", "职工书香赋能工程") in relations
    entities, _, _ = analyse("衢州市总工会组织领导走访市重点工程。衢州市总工会推进衢江引水工程建设。")
    assert not of_type(entities, "Program")


def test_a_gift_campaign_after_the_theme_it_is_about(analyse):
    entities, relations, _ = analyse("湘潭市总工会开展了以“清凉一夏”为主题的送清凉活动。湘潭市总工会为环卫工人送清凉。")
    assert set(of_type(entities, "Program")) == {"送清凉"}
    assert ("湘潭市总工会", "organizes", "送清凉") in relations


def test_an_event_of_a_place_s_trade_named_by_a_verb(analyse):
    entities, relations, _ = analyse("由德令哈市邮政管理局和德令哈市总工会共同举办的德令哈市快递行业职工集中入会仪式举行。")
    assert "德令哈市快递行业职工集中入会仪式" in of_type(entities, "Program")
    assert ("德令哈市总工会", "organizes", "德令哈市快递行业职工集中入会仪式") in relations


def test_a_pun_name_of_phrases_each_opened_by_a_quoted_character(analyse):
    entities, relations, _ = analyse("吴忠市总工会实施“护”航“新”程专项行动。桃源街道总工会“暖”心相伴“桃”李芬芳暑期托班开班。")
    programs = set(of_type(entities, "Program"))
    assert {"护航新程", "暖心相伴桃李芬芳"} <= programs
    assert ("吴忠市总工会", "organizes", "护航新程") in relations
    entities, _, _ = analyse("职工在“疗”与“休”中放松身心。")
    assert not of_type(entities, "Program")


def test_no_program_from_a_quoted_standard_or_rule(analyse):
    entities, _, _ = analyse("柳州市总工会组织企业对照“企业民主管理评价标准”开展自查，落实“职工代表大会操作规范”。")
    assert not of_type(entities, "Program")


def test_a_lecture_named_in_title_marks_or_quoted_before_its_head_far_on(analyse):
    entities, relations, _ = analyse("由德阳市总工会主办、旌阳区总工会承办的《旌阳区职工心理健康公益讲堂》正式开讲。"
                                     "绵阳市总工会将持续举办“呵护职工 幸福同行”心理健康服务讲座。")
    programs = set(of_type(entities, "Program"))
    assert {"旌阳区职工心理健康公益讲堂", "呵护职工 幸福同行"} <= programs
    assert ("德阳市总工会", "organizes", "旌阳区职工心理健康公益讲堂") in relations
    entities, _, _ = analyse("德阳市总工会印发《职工心理健康讲座实施方案》。")
    assert not of_type(entities, "Program")


def test_diseases_counted_in_quotes_are_no_program(analyse):
    entities, _, _ = analyse("安康市汉滨区总工会在区人民医院开展女职工“两癌”免费筛查活动，帮助职工预防“三高”。")
    assert not of_type(entities, "Program")


def test_each_campaign_of_a_list_closed_by_their_count(analyse):
    entities, _, _ = analyse("全区工会系统开展职工安全技能提升行动、职工隐患排查能力培训行动、职工应急处置演练行动等八大行动。")
    assert {"职工安全技能提升行动", "职工隐患排查能力培训行动", "职工应急处置演练行动"} <= set(of_type(entities, "Program"))


def test_an_event_of_a_city_s_organs_after_its_edition_keeps_its_owner(analyse):
    entities, _, _ = analyse("湖州市第五届职工运动会暨市直机关第九届综合运动会开幕。")
    programs = set(of_type(entities, "Program"))
    assert "市直机关第九届综合运动会" in programs and "第九届综合运动会" not in programs


def test_another_event_of_a_kind_is_no_program(analyse):
    entities, _, _ = analyse("这是继羽毛球比赛之后，辽宁省总工会举办的又一项大型职工体育赛事。")
    assert not of_type(entities, "Program")


def test_a_quoted_sum_compared_is_no_program(analyse):
    entities, _, _ = analyse("萍乡市安源区总工会与区法院加强合作，形成“1+1>2”的维权合力。宜丰县总工会推行“1+N”服务模式。")
    assert set(of_type(entities, "Program")) == {"1+N"}


def test_a_head_after_a_verb_of_merging_is_not_the_quoted_name_s(analyse):
    entities, _, _ = analyse("泰安市总工会将新时代“浦江经验”深度融入工会实践。")
    programs = of_type(entities, "Program")
    assert not any("融入" in alias for entity in programs.values() for alias in entity.aliases)


def test_a_through_train_after_a_quote_is_part_of_the_name(analyse):
    entities, _, _ = analyse("黔南州总工会开通“就业服务”直通车，送务工人员返岗。")
    assert "就业服务直通车" in of_type(entities, "Program")


def test_a_month_of_action_named_by_its_place(analyse):
    entities, relations, _ = analyse("洛阳市总工会近日拉开了洛阳女职工健康关爱行动月的序幕。")
    assert "洛阳女职工健康关爱行动月" in of_type(entities, "Program")
    assert ("洛阳市总工会", "organizes", "洛阳女职工健康关爱行动月") in relations


def test_an_activity_described_in_common_words_of_union_news_is_no_named_program(analyse):
    entities, _, _ = analyse("今年，区总工会开展一线职工疗休养活动和端午节暖心慰问活动，并组织职工健步走活动。")
    assert set(of_type(entities, "Program")) == set()


def test_something_and_a_contest_spoken_of_together_name_no_program(analyse):
    entities, _, _ = analyse("市总工会将举办剪纸大赛，具体参赛内容和大赛细则另行通知。")
    assert not any("内容" in name for name in of_type(entities, "Program"))


def test_a_quoted_theme_before_an_event_named_by_its_place_is_no_program(analyse):
    entities, relations, _ = analyse("由绍兴市总工会主办的“技能报国”绍兴市职工摄影大赛开幕。上虞区总工会举办“薪火相传”上虞区职工书法展。")
    programs = set(of_type(entities, "Program"))
    assert {"绍兴市职工摄影大赛", "上虞区职工书法展"} <= programs
    assert not programs & {"技能报国", "薪火相传"}
    assert ("绍兴市总工会", "organizes", "绍兴市职工摄影大赛") in relations


def test_mechanisms_counted_in_digits_and_a_series_closing_a_list_name_no_program(analyse):
    entities, _, _ = analyse("辽宁省总工会建立12项长效机制。举办辽宁省第三届职工技能大赛、首届东北汽修技能大赛等系列赛事。")
    assert set(of_type(entities, "Program")) == {"辽宁省第三届职工技能大赛", "首届东北汽修技能大赛"}


def test_a_year_of_work_launched_with_the_verb_s_aspect_opens_after_it(analyse):
    entities, _, _ = analyse("焦作市总工会还启动了工人大思政课提升年活动。")
    assert set(of_type(entities, "Program")) == {"工人大思政课提升年"}


def test_a_quoted_list_of_formulas_names_each_way_of_working(analyse):
    entities, _, _ = analyse("古浪县总工会与县人民法院携手合作，推行“工会+检察、工会+信访”协作机制。")
    assert {"工会+检察", "工会+信访"} <= set(of_type(entities, "Program"))


def test_a_campaign_a_deed_is_said_to_be_a_measure_of_is_a_program(analyse):
    entities, _, _ = analyse("此次免费体检是“我为群众办实事”的重要举措之一。工会始终是职工的“娘家人”。")
    programs = set(of_type(entities, "Program"))
    assert "我为群众办实事" in programs and "娘家人" not in programs


def test_a_skills_contest_written_as_a_technical_bout_is_an_event(analyse):
    entities, relations, _ = analyse("由富阳区总工会主办的2023年富阳区职工叉车工技术比武在富阳技师学院举行。")
    assert "2023年富阳区职工叉车工技术比武" in of_type(entities, "Program")
    assert ("杭州市富阳区总工会", "organizes", "2023年富阳区职工叉车工技术比武") in relations


def test_mutual_aid_schemes_of_women_and_retired_workers_in_a_list(analyse):
    entities, _, _ = analyse("洛阳市总工会做好在职职工住院医疗互助保障、退休职工住院医疗互助保障等项目，实施女职工互助保障计划。")
    assert {"在职职工住院医疗互助保障", "退休职工住院医疗互助保障", "女职工互助保障"} <= set(of_type(entities, "Program"))


def test_an_alliance_of_studios_qualified_by_its_place_is_a_program(analyse):
    entities, relations, _ = analyse("据了解，河南省电力职工创新工作室联盟由河南省总工会推动建立。")
    assert set(of_type(entities, "Program")) == {"河南省电力职工创新工作室联盟"}
    assert ("河南省总工会", "organizes", "河南省电力职工创新工作室联盟") in relations
    entities, _, _ = analyse("洛阳市36家创新工作室联盟召开会议。")
    assert of_type(entities, "Program") == {}  # units counted, none named


def test_festivals_seasons_and_gatherings_qualified_by_place_or_year_are_events(analyse):
    entities, _, _ = analyse("2024年宜昌市职工消费季启动。襄阳市2023年七夕相亲节举行。2025年某县总工会新春团拜会召开。")
    assert {"2024年宜昌市职工消费季", "襄阳市2023年七夕相亲节"} <= set(of_type(entities, "Program"))


def test_a_festival_spent_together_in_quotes_is_no_program(analyse):
    entities, _, _ = analyse("华翔集团工会组织外籍员工共度“传统佳节”，欢度“中国节”。")
    assert of_type(entities, "Program") == {}


def test_a_law_or_charter_named_in_title_marks_or_quotes_is_no_program(analyse):
    entities, _, _ = analyse("县总工会开展《民法典》宣讲活动，开展《中国工会章程》学习活动，开展“宪法”进企业活动。")
    assert of_type(entities, "Program") == {}


def test_a_clause_s_adverb_or_time_before_its_verb_opens_no_event_name(analyse):
    entities, _, _ = analyse("各区县均已开设托管班。当时得知工会托管班可优先报名。家长都很支持爱心托管班。")
    assert of_type(entities, "Program") == {}


def test_送_ending_another_verb_opens_no_gift_campaign(analyse):
    entities, _, _ = analyse("县总工会开展文化下乡赠送群众活动。市总工会开展春运送温暖活动。")
    assert not any("送群众" in name for name in of_type(entities, "Program"))
    assert "送温暖" in of_type(entities, "Program")


def test_a_directive_s_quoted_clauses_before_its_call_are_no_program(analyse):
    entities, _, _ = analyse("某区总工会落实“稳就业、促发展”要求，落实“把服务送到一线”的工作要求，落实“职工书香”的工作要求。")
    assert set(of_type(entities, "Program")) == {"职工书香"}


def test_a_model_counting_its_parts_that_ends_in_a_room_is_a_program(analyse):
    entities, _, _ = analyse("某市总工会建立“三员一室”劳动纠纷化解机制，推行“一庭两室”工作法，建设“女职工关爱室”。")
    assert set(of_type(entities, "Program")) >= {"三员一室", "一庭两室"}
    assert "女职工关爱室" not in of_type(entities, "Program")


def test_a_title_of_honour_before_a_campaign_s_head_is_no_program(analyse):
    entities, _, _ = analyse("项目部开展“工人先锋号”创建活动，以创建“巾帼文明岗”活动为载体，被授予“工人先锋号”称号。")
    assert not of_type(entities, "Program")


def test_a_quoted_name_before_a_send_off_ceremony(analyse):
    entities, _, _ = analyse("市总工会主办的“温暖回家路”农民工返乡欢送仪式举行。")
    assert set(of_type(entities, "Program")) == {"温暖回家路"}


def test_an_event_noun_whose_end_opens_a_place_s_name_names_no_event(analyse):
    entities, _, _ = analyse("厦门市集美区副区长王明出席。通化市集安市总工会参加。")
    assert not of_type(entities, "Program")


def test_stage_shows_and_galas_after_a_place_or_a_year_are_events(analyse):
    entities, _, _ = analyse("鹤壁市第三届职工文艺秀开幕。滑县2022年职工文艺联欢暨颁奖盛典举行。淇县职工文艺会演举行。")
    assert {"鹤壁市第三届职工文艺秀", "淇县职工文艺会演"} <= set(of_type(entities, "Program"))
    assert any(name.startswith("滑县2022年职工文艺联欢") for name in of_type(entities, "Program"))


def test_the_month_of_job_aid_unquoted_is_a_campaign(analyse):
    entities, relations, _ = analyse("德阳市总工会开展了2024年工会就业援助月活动。绵阳市总工会启动春风行动暨就业援助月活动。")
    assert set(of_type(entities, "Program")) == {"就业援助月", "春风行动"}
    assert ("德阳市总工会", "organizes", "就业援助月") in relations


def test_publicity_against_fraud_and_drugs_described_is_no_named_program(analyse):
    entities, _, _ = analyse("镇总工会开展反诈志愿者宣传活动，开展禁毒防艾宣传活动，开展反诈主题集体观影教育活动。")
    assert not of_type(entities, "Program")


def test_a_season_campaign_welcoming_a_festival_keeps_the_festival(analyse):
    entities, _, _ = analyse("公司工会开展金秋迎重阳系列活动。")
    assert set(of_type(entities, "Program")) == {"金秋迎重阳"}


def test_quoted_names_joined_by_yiji_and_no_program_from_a_gift(analyse):
    entities, _, _ = analyse("来安县总工会开展权益维护、“四季相送”以及“微心愿”认领等活动。定远县总工会“清凉大礼包”送给一线职工。")
    assert set(of_type(entities, "Program")) == {"四季相送", "微心愿"}


def test_a_quoted_name_with_its_head_inside_the_quotes_is_the_one_with_the_head_outside(analyse):
    entities, _, _ = analyse("历城区总工会“求学圆梦”行动启动。“求学圆梦行动”多措并举，帮助职工提升学历。")
    assert set(of_type(entities, "Program")) == {"求学圆梦"}


def test_quoted_kinds_of_work_or_of_outlet_listed_before_their_kind_are_no_programs(analyse):
    entities, _, _ = analyse("省财贸工会在“劳动竞赛”、“五一表彰”、“校企合作”等工会重点工作中发挥作用。"
                             "市总工会把网站、“两微一端”等工会意识形态阵地建设好。区总工会开展“送温暖”、“金秋助学”等工作。")
    assert set(of_type(entities, "Program")) == {"送温暖", "金秋助学"}


def test_union_organisations_launch_nothing_they_are_said_to_care_for_or_to_win(analyse):
    entities, _, _ = analyse("此举彰显工会组织对“城市美容师”的关怀。各级工会组织先后荣获全国“厂务公开民主管理先进单位”。"
                             "县总工会组织“送清凉”活动。")
    assert set(of_type(entities, "Program")) == {"送清凉"}


def test_a_festival_written_with_a_full_stop_between_its_numbers_is_a_date(analyse):
    entities, _, _ = analyse("公司工会举办庆祝“三.八”国际妇女节活动。")
    assert "三.八" not in of_type(entities, "Program")


def test_mutual_aid_schemes_named_by_what_they_cover_or_by_other_words(analyse):
    entities, relations, _ = analyse("宁远县总工会开展职工重大疾病医疗互助活动，为环卫工人赠送意外伤害互助保障计划。"
                                     "柳溪镇工会组织员工参加重大疾病互助保障活动，开展医疗互助活动和职工互助互济活动。")
    assert {"职工重大疾病医疗互助", "职工意外伤害互助保障", "职工重大疾病互助保障", "职工医疗互助", "职工互助互济"} \
        <= set(of_type(entities, "Program"))
    assert ("宁远县总工会", "organizes", "职工重大疾病医疗互助") in relations
    entities, _, _ = analyse("工会向困难职工发放医疗互助金，举办互助保障知识讲座。长春市总工会职工互助互济活动指导中心开展慰问。")
    assert not any("互助" in name for name in of_type(entities, "Program"))  # a payment, a talk and a centre, no scheme


def test_a_month_named_after_a_campaigns_topic_is_a_program(analyse):
    entities, relations, _ = analyse("宁远县总工会在全县开展安全生产月系列活动。柳溪镇总工会开展了消防宣传月活动。")
    assert {"安全生产月", "消防宣传月"} <= set(of_type(entities, "Program"))
    assert ("宁远县总工会", "organizes", "安全生产月") in relations
    entities, _, _ = analyse("工会组织本月活动，开展为期一个月活动，开展青春岁月活动。")
    assert of_type(entities, "Program") == {}  # a time, a span of time and a word ending in 月


def test_no_head_read_across_the_words_after_a_quote(analyse):
    entities, _, _ = analyse("宁远县总工会对群监员的“四率”进行动态考核。")
    assert of_type(entities, "Program") == {}
    entities, _, _ = analyse("宁远县总工会开展“安康杯”志愿服务活动。")
    assert set(of_type(entities, "Program")) == {"安康杯"}


def test_how_many_times_or_how_long_an_activity_runs_names_none(analyse):
    entities, _, _ = analyse("宁远县总工会开展多场主题法治宣传活动，并开展连续两个月法治宣传活动，举办多场送法进企业活动。")
    assert of_type(entities, "Program") == {}


def test_fairs_of_goods_are_events(analyse):
    entities, relations, _ = analyse("宁远县总工会举办2023年宁远县职工年货节和“惠购端午”产销对接会，“粽情宁远”展销会在县工人文化宫举行。")
    assert {"2023年宁远县职工年货节", "惠购端午", "粽情宁远"} <= set(of_type(entities, "Program"))
    assert ("宁远县总工会", "organizes", "惠购端午") in relations


def test_a_campaign_carried_out_well_this_time_is_named_without_those_words(analyse):
    entities, _, _ = analyse("宁远县总工会组织实施好此次春风行动，为实施好此次消费扶贫行动做好准备。")
    assert set(of_type(entities, "Program")) == {"春风行动"}


def test_a_quoted_count_of_measures_is_no_program(analyse):
    entities, _, _ = analyse("皋兰县总工会“三举措”推进和谐劳动关系建设。")
    assert of_type(entities, "Program") == {}


def test_games_described_after_their_list_or_counted_before_it_are_no_programs(analyse):
    entities, _, _ = analyse("运动会设置了“推鸡公车”“抛秧苗”“挑粮接力”等富有农村特色的比赛项目。"
                             "最后两个项目“环环相扣”和“十拿九稳”将气氛推向高潮。")
    assert of_type(entities, "Program") == {}
    entities, _, _ = analyse("县总工会开展“金秋助学”“送温暖”等帮扶项目。")
    assert {"金秋助学", "送温暖"} <= set(of_type(entities, "Program"))


def test_games_listed_after_the_word_for_an_events_games_are_no_measures(analyse):
    entities, _, _ = analyse("另有其它趣味比赛项目是“袋鼠运瓜”、“能量传递”等项目。")
    assert of_type(entities, "Program") == {}


def test_a_gift_inside_a_quoted_slogan_of_clauses_names_no_campaign(analyse):
    entities, _, _ = analyse("“新春送春联,祝福暖人心”柳溪镇工会开展迎新春活动。区总工会开展送春联活动。")
    assert set(of_type(entities, "Program")) == {"送春联"}
    assert "新春送春联" not in of_type(entities, "Program")


def test_the_partys_own_work_quoted_is_no_program(analyse):
    entities, _, _ = analyse("公司工会深入贯彻落实“党风廉政建设”，开展“安康杯”竞赛。")
    assert set(of_type(entities, "Program")) == {"安康杯"}


def test_a_class_opened_or_founded_is_named_after_the_verb(analyse):
    entities, relations, _ = analyse("渝北区总工会今年首次开设新业态从业人员子女托管班，还创办了网约车司机子女暑托班。")
    assert set(of_type(entities, "Program")) == {"新业态从业人员子女托管班", "网约车司机子女暑托班"}
    assert {("重庆市渝北区总工会", "organizes", "新业态从业人员子女托管班"),
            ("重庆市渝北区总工会", "organizes", "网约车司机子女暑托班")} <= relations


def test_a_campaign_month_after_words_on_what_its_activities_are_like(analyse):
    entities, relations, _ = analyse("黄岩区总工会积极开展一系列形式多样的消防宣传月活动。")
    assert set(of_type(entities, "Program")) == {"消防宣传月"}
    assert ("台州市黄岩区总工会", "organizes", "消防宣传月") in relations


def test_a_quoted_way_of_spending_the_holiday_is_no_program(analyse):
    entities, _, _ = analyse("不少外地职工选择“留厂过年”，体会到“留厂过年”和“返乡过节”一样的温暖。市总工会开展“技能提升年”。")
    assert set(of_type(entities, "Program")) == {"技能提升年"}


def test_a_formula_describing_a_team_a_function_or_a_means_is_no_program(analyse):
    entities, _, _ = analyse("县总工会组建一支“专家+志愿者”讲师队伍，发挥文化宫的“学习+交流”功能，通过“线上+线下”提升服务质量，"
                             "并推出“工会+律所”服务模式。")
    assert set(of_type(entities, "Program")) == {"工会+律所"}


def test_an_exchange_conference_qualified_by_its_edition_is_an_event(analyse):
    entities, relations, _ = analyse("湖北省总工会举办第二届职工创新成果交流大会。")
    assert set(of_type(entities, "Program")) == {"第二届职工创新成果交流大会"}
    assert ("湖北省总工会", "organizes", "第二届职工创新成果交流大会") in relations


def test_a_glued_quote_keeps_the_season_it_is_named_for_and_drops_the_verb_s_aspect(analyse):
    entities, _, _ = analyse("区总工会开展了送“凉”暖心季活动。市总工会开展暖“新”服务季活动。")
    assert set(of_type(entities, "Program")) == {"送凉暖心季", "暖新服务季"}


def test_an_event_named_with_the_fields_it_is_of_listed(analyse):
    entities, relations, _ = analyse("市总工会举办2025年曲靖市职工书法、美术、摄影大赛，并开展全市职工读书交流会、演讲比赛。")
    programs = set(of_type(entities, "Program"))
    assert "2025年曲靖市职工书法、美术、摄影大赛" in programs
    assert "全市职工读书交流会、演讲比赛" not in programs
    assert ("曲靖市总工会", "organizes", "2025年曲靖市职工书法、美术、摄影大赛") in relations


def test_a_quoted_title_chosen_by_a_selection_is_no_program(analyse):
    entities, _, _ = analyse("市总工会开展“最美女职工”评选活动，组织“巾帼建功标兵”评选，开展“十佳职工”评比活动，并举办“安康杯”竞赛。")
    assert set(of_type(entities, "Program")) == {"安康杯"}


def test_a_training_class_with_a_note_in_brackets_before_its_last_character(analyse):
    entities, _, _ = analyse("2025年度成渝工会经审干部培训(成都)班在四川眉山开班。")
    assert set(of_type(entities, "Program")) == {"2025年度成渝工会经审干部培训(成都)班"}


def test_a_quote_before_a_campaign_of_thought_work_is_a_program(analyse):
    entities, relations, _ = analyse("省总工会开展“学思践悟跟党走”思想政治引领行动，并落实“两个维护”思想。")
    assert set(of_type(entities, "Program")) == {"学思践悟跟党走"}


def test_a_quoted_lecture_tour_before_its_head(analyse):
    entities, relations, _ = analyse("“劳模工匠进企业”全国示范宣讲在临港区实验学校举行。")
    assert set(of_type(entities, "Program")) == {"劳模工匠进企业"}


def test_a_quoted_length_of_stay_is_no_program(analyse):
    entities, _, _ = analyse("市总工会组织劳模开展为期“五天四晚”的疗休养活动，另组织“两天一夜”研学。")
    assert not of_type(entities, "Program")


def test_a_set_phrase_before_a_generic_event_names_none(analyse):
    entities, _, _ = analyse("县总工会组织开展形式多样劳动技能竞赛，还举办丰富多彩职工运动会。")
    assert not of_type(entities, "Program")


def test_no_week_from_a_post_of_a_term_before_a_name_its_surname_opens(analyse):
    entities, _, _ = analyse("院第三届经费审查委员会主任周立新作报告。会议由公司第二届工会主席周海峰主持。第三届职工文化周开幕。")
    assert set(of_type(entities, "Program")) == {"第三届职工文化周"}
    assert not of_type(entities, "Organization")
    assert {"周立新", "周海峰"} <= set(of_type(entities, "Person"))


def test_a_theme_s_middle_dot_written_as_a_bullet_marks_a_theme_too(analyse):
    entities, _, _ = analyse("县总工会开展“奋进新时代•建功新征程”工会走基层。")
    assert not of_type(entities, "Program")


def test_bringing_something_to_a_place_names_no_gift_campaign(analyse):
    entities, _, _ = analyse("此次文艺送基层活动受到欢迎，市总工会还开展了送温暖活动。")
    assert set(of_type(entities, "Program")) == {"送温暖"}


def test_a_quoted_name_held_somewhere_is_an_event(analyse):
    entities, relations, _ = analyse("近日，余杭区总工会举办青年职工交友活动——“遇见未来”在良渚公园举行。")
    assert "遇见未来" in of_type(entities, "Program")
    assert ("杭州市余杭区总工会", "organizes", "遇见未来") in relations
    entities, _, _ = analyse("“书香三八”女职工读书分享会在区图书馆举办。")
    assert "书香三八" in of_type(entities, "Program")
    entities, _, _ = analyse("发放仪式在城西片区“职工暖心家园”举行。")
    assert of_type(entities, "Program") == {}


def test_a_class_of_common_words_and_a_season_is_a_kind_of_class(analyse):
    entities, _, _ = analyse("柳州市各级工会开设职工子女暑期托管班。")
    assert of_type(entities, "Program") == {}


def test_a_quote_titling_the_activity_described_after_a_dash_names_it(analyse):
    entities, relations, _ = analyse("平江县总工会举办“春风有约·缘聚平江”——2024年青年职工交友联谊活动。")
    assert "春风有约·缘聚平江" in of_type(entities, "Program")
    assert ("平江县总工会", "organizes", "春风有约·缘聚平江") in relations
    entities, _, _ = analyse("“书香伴我·悦读人生”——全县职工读书分享会在县图书馆举行。")
    assert "书香伴我·悦读人生" in of_type(entities, "Program")


def test_a_title_people_are_given_is_no_program(analyse):
    entities, _, _ = analyse("该段开展向“护路标兵”学习活动。李某被推荐为省总工会“八桂工匠”候选人。"
                             "大力推进“大国工匠”“八桂工匠”等培育选树活动。")
    assert of_type(entities, "Program") == {}
    entities, _, _ = analyse("第二届“八桂工匠”论坛在南宁举行。")
    assert "八桂工匠" in of_type(entities, "Program")


def test_a_date_before_a_kind_of_contest_names_none(analyse):
    entities, _, _ = analyse("自2023年6月1日劳动竞赛启动以来，各参建单位积极参与。")
    assert of_type(entities, "Program") == {}


def test_quoted_games_counted_as_fun_events_are_no_programs(analyse):
    entities, _, _ = analyse("运动会设置了“背夹球”、“踩气球”、“运粮忙”3个趣味项目。")
    assert of_type(entities, "Program") == {}


def test_an_event_named_with_a_quoted_part_is_named_without_the_quotes(analyse):
    entities, _, _ = analyse("清苑区总工会举办2023年庆“三八”职工拔河比赛。")
    assert set(of_type(entities, "Program")) == {"2023年庆三八职工拔河比赛"}


def test_a_winning_team_and_its_verb_are_no_part_of_an_event_s_name(analyse):
    entities, _, _ = analyse("长治市第二中学代表队获全市职工乒乓球比赛第三名。晋城分院代表队夺得拔河比赛冠军。")
    assert not [name for name in of_type(entities, "Program") if "代表队" in name]


def test_a_quoted_cup_before_its_league_s_edition_names_the_league(analyse):
    entities, _, _ = analyse("宝丰县总工会举办“香山杯”第十四届职工篮球联赛。")
    assert set(of_type(entities, "Program")) == {"香山杯"}


def test_gift_campaigns_in_a_series_or_of_a_year_s_holidays_are_named_by_the_gift(analyse):
    entities, relations, _ = analyse("伊春市总工会广泛开展春节送温暖系列慰问活动。黑河市总工会2024年元旦春节送温暖活动即日启动。")
    assert set(of_type(entities, "Program")) == {"送温暖"}
    assert {("伊春市总工会", "organizes", "送温暖"), ("黑河市总工会", "organizes", "送温暖")} <= relations


def test_an_association_called_a_lianyihui_with_its_officers_is_no_event(analyse):
    entities, _, _ = analyse("市总工会常务副主席林海，市归国华侨联谊会党组书记肖红，市老乡联谊会会长李强出席闭幕式。")
    assert of_type(entities, "Program") == {}


def test_quotes_a_contest_is_said_to_be_about_are_no_programs(analyse):
    entities, _, _ = analyse("钦州市总工会开展以“比进度、创优质工程”“比安全、创平安工程”为主要内容的劳动竞赛。")
    assert of_type(entities, "Program") == {}


def test_the_ankang_cup_written_without_quotes_is_the_program(analyse):
    entities, relations, _ = analyse("宝丰县总工会举办安康杯知识竞赛。各企业积极参与安康杯竞赛活动。球迷观看世界杯比赛。")
    assert set(of_type(entities, "Program")) == {"安康杯"}
    assert ("宝丰县总工会", "organizes", "安康杯") in relations


def test_the_publicity_week_of_a_law_is_a_program_named_by_law_and_week(analyse):
    entities, relations, _ = analyse("广安市总工会联合市卫健局在人民广场开展《职业病防治法》宣传周活动。")
    assert set(of_type(entities, "Program")) == {"职业病防治法宣传周"}
    assert ("广安市总工会", "organizes", "职业病防治法宣传周") in relations


def test_the_greetings_of_a_public_day_are_no_program(analyse):
    entities, _, _ = analyse("玉林市卫健委举办中国医师节慰问活动。5月又开展护士节走访慰问活动。")
    assert of_type(entities, "Program") == {}
