"""ORG: named non-union organisations — companies, government bodies, courts, schools, hospitals.

A name is a run of characters ending in an organisation head (有限公司, 集团, 人民法院, 委员会,
局, 电视台 …), starting after the punctuation, function word or verb before it. A union named
after its organisation (…有限公司工会) names that organisation too. 该公司工会 is the union
of the company named last, so it is resolved here, once the organisations are known.
"""
from __future__ import annotations

import bisect
import re
from functools import cache

import ahocorasick_rs

from spacy.language import Language
from spacy.tokens import Doc

from kg.components.base import (
    ASPECT_PARTICLES,
    AUTONOMOUS_REGION,
    BRAND_QUOTE,
    CJK,
    CJK_CHAR,
    COUNTED_UNITS,
    COUNT_OF_UNITS,
    EDITION,
    FORMER,
    IDIOM_TAGS,
    KINDS_OF_BUSINESS,
    KINDS_OF_INSTITUTION,
    NAME_CHAR,
    NAME_STOP,
    NATIONAL_OPENINGS,
    NUMBERED_BUREAU_PATTERN,
    QUOTED_BRANDS,
    TRADES,
    VISIT_VERBS,
    WHOLE_SCOPES,
    Mention,
    add_mention,
    after_given_short_name,
    after_kind_of_unit,
    bare_form_starts,
    belongs_to_name,
    bureau_name_start,
    clause_before_institution,
    counts_people,
    covered,
    drop_mention,
    entities_of,
    holds_verb,
    home_region,
    in_credit_line,
    join_written_without_legal_form,
    leads_into_name,
    longest_first,
    mentions,
    name_start_around_places,
    name_start_before,
    named,
    named_by_given_short_name,
    opens_with_adverb,
    repoint_mention,
    repoint_named,
    repoint_to_fuller,
    scannable,
    splits_into_words,
    text_of,
    trade_name_start,
)
from kg.components.people import KINDS_OF_PEOPLE, SURNAMES
from kg.components.unions import (
    FACILITY,
    MINING_TRADES,
    enterprise_union,
    formal_place_name,
    short_company_names,
    written_without_committee,
)
from kg.gazetteer import common_words, default_gazetteer
from kg.wordlists import word_list
from kg.model import Entity
from kg.regexes import regex

_LOCATIVES = "中上内后"  # 赛中, 会上: after a noun, what closes the words before a place
_DESIGNATIONS = ("基地", "示范点", "定点单位")  # what a body is designated as (某省职工疗休养基地某市某酒店), before its name
_COPULA = "系"  # 某某系某公司职工: is
_ASPECT_OR_COPULA = regex(f"[{ASPECT_PARTICLES}{_COPULA}]")  # which open no name, nor 系 inside one
# A centre by the work it does (…社会保险管理中心, …公路事业发展中心, …心理服务指导中心), after its field.
_MEDIA_CENTRE = "融媒体中心"  # a place's media centre, named by the place alone (某县融媒体中心)
_SHORTEST_SENTENCE_LINE = 30  # a line shorter than this around a media centre is a credit or the page's furniture
_CREDIT_AFTER = regex("[ \u3000]*(?:记者|通讯员|出品|供稿|主办|编辑|许可|视频号|[\\d月日]*讯)|[ \u3000]+\\d{4}[-年/]")
# A paper and its site before the date of a dateline (某某日报社/某某在线5月3日讯) or its reporter (某某日报社融媒体记者):
# who tells the news, no fact.
_DATELINE_AFTER = regex(f"(?:/[{CJK}]{{2,8}})?[\\d一二三四五六七八九十]{{1,2}}月[\\d一二三四五六七八九十]{{1,3}}日(?:电|讯)"
                             f"|[{CJK}]{{0,4}}?记者")
_CREDIT_BEFORE = regex("(?:来源|发布|作者|出品|主管|主办|承办|编辑|稿源|单位)[:：]?[ \u3000]*$")  # (来源：, 主办单位：)
_PUBLIC_CENTRE = regex(f"(?:服务|管理|发展|指导|治理|保障|救助|促进|监测|检测|鉴定|评价|交流|调度|指挥|技术|信息|数据|文化活动)中心|{_MEDIA_CENTRE}")
_LONGEST_CENTRE_FIELD = 8  # characters between the place and the work (社会保险, 中小企业, 社会心理服务)
_FOR_WORKERS = regex("工会|工联|职工|工人|劳动者|农民工")  # a centre for workers, which a union may run (U66)
# Centres of public services and training (某省就业创业服务中心, 某公司培训中心); 某某培训中心 of a field
# alone (教育培训中心) is a kind of centre, none named.
_SERVICE_CENTRES = ("就业创业服务中心", "就业服务中心", "人才服务中心", "政务服务中心", "志愿服务中心", "实训中心", "培训中心",
                    "社会工作服务中心", "社工服务中心", "社工中心")  # (社会工作: social-work organisations)
_MINE_NUMBERS = "一二三四五六七八九十"  # a group's numbered mine (某某集团二矿)
_HEAD_WORDS = (
    "有限责任公司|股份有限公司|有限公司|分公司|公司|集团|人民政府|人大常委会|中级人民法院|人民法院|法院|检察院|"
    "仲裁委员会|管理委员会|指导委员会|管委会|委员会|工商业联合会|红十字会|促进会(?<!工作促进会)|研究会|学会|俱乐部|互助会|互济会|联合会(?!计)|联谊会(?:(?<=[家者人]联谊会)|(?=副?会长|党组|秘书长))|慈善会|协会|商会(?:(?<!协商会)|(?<=行业协商会)|(?<=行业集体协商会))|体育总会|电视台|广播电视台|报社|医院|大学|学院联盟|学院|"
    "职业技术学院|小学校(?<!中小学校)(?!长)|中学校(?!长)|学校|党校|分校|高级中学|中学|高中(?![生部阶教老])|中心校(?!长)|小学|教育辅导站|教育考试院|职业中专|中专(?![业生科门题])|职教中心|银行|海关(?!总署)|供电局|党总支|党工委|党群工作部|党委|研究院|研究总院|设计院|规划院|勘察院|测绘院|环卫所|环卫站|环卫中心|环管中心|研究所|研究中心|研发中心|联合社|疾病预防控制中心|疾控中心|卫生服务中心|卫生中心|体检中心|康复中心|医疗中心(?<!区域医疗中心)|医学中心|文明实践中心|文明实践所|文明实践站|边防检查站|检查站|检验所|检测所|管理所|管理大队|中心血站|实验室|"
    "林业局|管理局|工程局|分局|办事处|街道办(?![事公])|慈善总会|信用合作联社|信用联社|农村信用社|信用社|供销合作总社|供销合作社|供销社|博物院|博物馆|美术馆|图书馆|大酒店|酒店|宾馆|度假山庄|度假村|疗养院|保健院|防治院|防治所|景区|门诊部|司法所|"
    "福利院|养老院|敬老院|光荣院|师专|商厦|歌舞剧院|大剧院|话剧院|京剧院|歌舞团|[一二三四五六]附院|国际影城|影城|电影院|影院|"
    "派出所|看守所|拘留所|监狱|戒毒所|植物园|动物园|技术中心|纪念馆|史料馆|试验站|消防救援支队|消防救援大队|消防救援站|卫生院|林场|农场|渔场|出版社|艺术团|专业合作社|合作社|基金会|发电厂|电厂|电站|支行|分行|仲裁院|幼儿园|"
    "律师事务所|事务所|事务中心|法律服务所|法律服务社|公益服务社|购物中心|客运中心|客运总站|救援队|营业所|交警大队|交警支队|劳动保障所|监察支队|监察大队|监察中队|调解中心|仲裁庭|法庭|指挥部|领导小组|协调小组|气象台|执法总队|执法支队|执法大队|城管大队|"
    "文化馆|群众艺术馆|艺术馆|青少年宫|少年宫|青少年活动中心|妇女儿童活动中心|妇女儿童中心|资助中心|书画院|合唱团|舞蹈团|乐团|诵读团|综合文化站|文化站|全民健身中心|特警支队|旅行社|服务总社|公路段|养护段|公路局|总队|"
    f"{'|'.join(_SERVICE_CENTRES)}|管理办公室|"
    f"铁路局|矿务局|煤矿|[{_MINE_NUMBERS}]矿(?![业工山区产井石])|客运段|机务段|工务段|电务段|车务段|供电段|车辆段|动车段|桥工段|通信段|"
    "房建公寓段|公路管理段|公路管理处|公路港|"
    "[厅局署]|厂(?![房区务])|委(?![员会托])"
)
_HEADS = regex(scannable(_HEAD_WORDS))
_HEAD_AT_END = regex(f"(?:{_HEAD_WORDS})$")  # a parent's head right before its unit's name
_SHORTEST_UNIT_NAME = 4  # a unit's name written without its parent: this long at least (某地分行)
_MINE_OWNERS = ("集团", "公司", "矿业", "煤业", "矿务局")  # what a numbered mine is written after
# The legal form a body's name may end with (某某集团 is 某某集团有限公司).
_LEGAL_FORM = regex("(?:集团)?(?:股份)?有限(?:责任)?公司")
_LEGAL_FORMS = ("有限公司", "有限责任公司")  # what a company's legal name ends in
_COMPANY = "公司"
_TRADE_NAME_AND_TRADE = 4  # characters at least of a company written by them alone (某某煤业)
# A numbered bureau of a state builder (中铁四局, 中建八局集团), written without a legal form.
_NUMBERED_BUREAU = regex(f"{NUMBERED_BUREAU_PATTERN}(?:集团(?:有限公司)?)?(?![一二三四五六七八九十]|公司|分公司)")
# An oil field or petrochemical works by the two characters before its head (长庆油田, 齐鲁石化), not a trade (石化行业).
_FIELDS = ("油田", "石化")
# An oil field or a company of mining or power after the two characters of its name (阳泉煤业, 某某热电).
_OIL_FIELD = regex(f"(?:{'|'.join(_FIELDS)}|煤业|煤电|铝业|铜业|热电|矿业)(?![行产企业]|工(?!会))")
_FIELD_S_NAME_TAGS = ("ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "o")  # a place or a name (大庆, 齐鲁, 吐哈), not 一流, 广大
_FUNCTION_CHARACTERS = regex("[的地得在到及和与老快新是了对着把被]")  # (快的油田, 在老油田, 及中石化, 这是对油田: no name)
_TRADE_OF_FIELDS = ("石油", "机冶")  # 石油石化, 机冶石化: trades joined, no works named
# A school known by its place and number (某县一中, 某市三十六中) or as its place's vocational high school (某县职高).
_NUMBERED_HOSPITAL = regex("(市|县|区)([一二三四五六七八九十])医院")  # 市二医院: the city's 第二人民医院
_NUMBERED_SCHOOL = regex("(?:[一二三四五六七八九十]{1,3}中(?![全心央间期华国共部层秋医药外文方断止午队转旬级型])|职高)")
# A unit of a body written right after its name: 某某委员会办公室, 中共某某委员会宣传部.
_SUB_UNIT = regex(f"办公室|办公厅|宣传部|组织部|统战部|新闻办公室|驻[{CJK}]{{1,6}}?(?:办事处|联络处)"
                       f"|(?<=办事处)[{CJK}]{{2,8}}?中心"  # 某街道办事处某某服务中心
                       f"|(?:外事|侨务|台湾事务|港澳事务|金融工作|研究)办公室")  # 某省人民政府外事办公室: its offices
# A street named after a word that ends like an organisation (某市大学西路, 某某公司街): an address, not a body.
_STREET = regex("[东西南北中前后]?(?:路(?![线径演费口])|大道|大街|街(?!道)|巷)")
# A trade name and trade after a list's separator or a visit, before a list's separator or a clause's end.
_TRADE = regex(scannable(TRADES) +
                    "(?!园|城|馆|节|有限|公司|集团|股份|产业|企业|行业|领域|人才|工作|创新|发展|团队|队|机构|卫生|保障|服务)")
# A union named after the organisation it belongs to: 某某集团工会, 某某有限公司工会委员会, 某某局工会某某分会.
_OWNED_UNION = regex(f"(.+?(?:{_HEAD_WORDS}))(?:[（(][^（）()]{{2,8}}[）)]|{EDITION.pattern}|(?<=大学)校|(?<=[局委厅办])机关)?(?:工会|联合工会)")
# (a bracketed brand or the union's term between; 某某大学校工会: the university's 校工会; 某市财政局机关工会: its organs')
# The same with a division of the organisation between (某某有限公司发电部工会, 某某公司超市事业部某店工会, 某某公司检修部分工会;
# 某工程局某地项目工会, 某公司某片区工会联合会: a builder's project or area).
_OWNED_THROUGH_DIVISION = regex(f"(.+(?:{_HEAD_WORDS}))[{CJK}]{{1,8}}?(?:[部店](?:工会|联合工会)|分工会|(?:项目|片区)工会(?:联合会)?)")
# Words of quantity or order before a kind of body (首批五所某某学院, 部分律师事务所): some of a kind, none named.
_QUANTITIES = "一家|多家|一批|一些|这些|首批|首届|首家|首个|部分|全部|所有|不同|其他|其它"
_GENERIC = regex(f"^(公司|企业|集团|行业|学校|市|县|区|省|镇|乡|村|社区|街道|同级|自治区|{_QUANTITIES}|全国|全省|全市|全区|全州|全县|更多|外省|外地|驻外|规上|规模以上|"
                      "[一二三四五六七八九十]级|[两二三四五六七八九十]+[省市县区地镇乡])")
_PARTNER_KIND = regex("(?:签约|合作|定点|指定|协议|加盟)$")  # before a head: the partners of a kind (签约影院)
_KIND_QUALIFIERS = ("爱心", "暖心", "公益")  # a whole stem qualifying a kind (爱心银行, 爱心超市), no name
_EVERY = ("各级", "各类", "各地")  # generic prefixes that name no body at all
_BARE_LEVELS = ("省", "市", "县", "区", "乡镇", "镇街", "街道", "镇", "乡", "村", "社区")  # after 各: every one of them
_GENERIC_PREFIX = regex("(?:赛事|活动|比赛|大赛)?(?:主办|承办|协办|支持)(?:方|单位)|[此本这该]次|当地|该|本|各[级类地]?|广大|全体|我|有关|相关|其|辖区内?|旗下|下属|位于|所属|工会企业|家乡|内设|驻(?=..)")
_LEVEL_PREFIXES = ("直", "属")  # 市直机关某某协会, 县属: a level's own organs, not a word the level opens
_GROUP = "集团"  # the group an article is about, written without its name after a verb (开创集团, 实现集团公司)
_GROUP_HEADS = (_GROUP, _COMPANY)
_SUBSIDIARY = "子"  # a subsidiary (子公司), written after the place or firm that holds it
_CLAUSE_VERB = 1000  # a verb this frequent right before 集团 (开创, 实现) opens a clause, not a name (河南安装集团 has a place)
_UNION_WORK = ("工作会议", "工作座谈会")  # after 工会, a body's meeting on union work, not its union
_FACTORY = "厂"
_COMMON_WORD_AT_HEAD = 400  # a word this frequent ending at 厂 (工厂) ends no factory's name (烟厂, 药厂 may)
_TRADE_VERB = 300  # a verb rarer than this (快递, 出租) names a trade inside an association's name (市快递行业协会)
_ASSOCIATIONS = ("协会", "联合会", "总会")
_FREQUENT_NOUN_WITH_HEAD = 200  # a word this frequent that a one-character head opens (局面, 委派, 委屈) ends no name there
_BIG_ONES_COUNTED = regex("[两三四五六七八九十]大")  # 三大航空集团: the big ones of a kind, counted
_COMMON_STEM = 1000  # a word this frequent (中国, 交通) tells no organisation's short name from another's
# A short name given in brackets after a name: （以下简称某某）, (下称“某某”).
# What closes a list of organisations: 等单位, 等企业, 等部门 ….
_UNITS_CLOSING = regex("等(?:[0-9一二三四五六七八九十百多几]+家)?(?:重点|骨干|龙头|规上|中小|民营|困难|爱心|平台|驻地|辖区|新业态){0,2}"
                            "(?:单位(?!工程)|企业|部门|机构|社会组织|医院|学校)")  # (等辖区重点企业: where and which kind;
# 甲楼及乙库等单位工程: a building's parts, no bodies)
_JOINING_ITEMS = "及与"  # what joins two items of a list (甲以及乙, 甲与乙); 和 is a name's too (盛和)
_ORGANS_UNION_WORD = "机关工会"  # after a body: the union of its organs' staff
_PEOPLE_ENDS = "者员人"  # what ends a word for people (获得者, 运动员), not a name's first character
_SESSION_OPENING = regex("第[一二三四五六七八九十百\\d]+[届次]")  # (第八届常务委员会: a term, no name)
_NEGATIONS = "无没未"  # opening a phrase: what there is none of, not a name
_PLACES_TOGETHER = regex("[两三四五六七八九十]地")  # (京拉两地党委政府: the bodies of two places, none named)
_LEVELS_TOGETHER = regex("[两三四]级")  # (州县两级, 省市县三级: the bodies of several levels)
_SLASH = "/"
_LONGEST_NAME_AFTER_SLASH = 12
_SHORTEST_NAME_AFTER_SLASH = 4  # (某省企业联合会/企业家协会: a kind's name and its head)
_LIST_MARK = "、"
# What a public body's name ends with, which a list may write without the place of the body before it.
_PUBLIC_BODY_END = regex("(?:局|委员会|办公室|医院|协会|联合会|中心|法院|检察院|学校|中学|小学)$")
_BARE_LEVEL_WORDS = "省市县区州"  # what a short form with a bare level opens with (省企业联合会)
_FIRM = "企业"
_SHORTEST_LISTED_FIRM = 2
# The rest of a list of companies closed by a word for them, with their count and kind (、乙化工等6家产改试点企业).
_LIST_OF_FIRMS_CLOSING = regex(f"(?:[、和][{CJK}]{{2,10}}?)*(?:等(?:[0-9一二三四五六七八九十百多几]+家)?|[0-9一二三四五六七八九十百多几]+家)"
                                    f"[{CJK}]{{0,8}}?(?:企业|公司)")  # (甲、乙等6家试点企业; 甲、乙2家试点企业)
# 卫生健康系统, 快递行业: a sector, not an organisation.
_SECTOR = regex("(系统|行业|领域|战线)$")
_COMMON_NOUN_TAGS = ("n", "nt")  # jieba's tags of common nouns and of kinds of body (法学院)
_FREQUENT_COMMON_NOUN = 1000  # 律师, 高校, 职工: a noun this frequent before a body's noun names a kind of body
# 邮政公司, 重点企业: a kind of unit, a word and a unit noun.
_KIND_OF_UNIT = regex(f"[{CJK}]{{2}}(公司|企业|单位|部门|机构)")
# Words that say which kind of unit, not which one (一线林场, 偏远学校, 国有林场).
_KIND_QUALIFIER = regex("(?:[一二三四五六七八九十两几\\d]+[名所家个])?(?:一线|基层|偏远|边远|边境|边疆|山区|牧区|贫困|所在|所属|民办|公办|私立|国有|集体|大型|小型|中型|重点|周边|当地|乡村|农村|城区)+")
_ASPIRED_KINDS = ("医院", "学校", "中学", "小学", "大学", "幼儿园")  # kinds of institution one strives to make (not 平安银行)
_ASPIRATION = regex("(?:和谐|平安|美丽|文明|智慧|绿色|数字|健康|幸福|清廉|廉洁|书香|人文|满意)$")
_GRADE = regex("(?:先进|优秀|良好|合格|示范|模范|[五四三]星级)+")  # 被评为“先进协会”: a grade of body, none named
_OTHER_PARTIES = ("国民党",)  # whose 党中央 is not the Communist Party's
_MEMBERS_BODIES = ("人大", "政协")  # bodies written short before a member's title (全国人大代表, 全国政协委员)
_TITLE_OR_VENUE_AFTER_BODY = regex("代表|委员|会议中心|常委(?!会)")
_NAMED_BODIES, _NAMED_BODIES_AND_EVENTS = ("UNION", "ORG"), ("UNION", "PROGRAM", "ORG")
_EVENT_OF_BODY = regex(f"{EDITION.pattern}|\\d{{4}}年")  # after a body, the edition or year of its event
_BRANCHES_OF_BANKS = ("分行", "支行")
_BANK_WRITTEN_SHORT = regex(f"[{CJK}]行")  # 建行, 农行, 工行: a bank by its short name, before a branch's place
_LEVEL_OF_SCHOOLING = regex("(?:普通|优质)?(?:高等|中等|初等)")  # 普通高等学校, 优质中等职业学校: a kind
# A kind of workplace, in a list of units (施工工地、高温作业车间等重点企业): none named.
_WORKPLACE_END = regex("(?:工地|车间|场所|现场|岗位|一线|厂区|班组)$")
# The organs a union elects (第一届委员会, 经费审查委员会, 女职工委员会, 工会第一届委员会): not organisations.
# What stands before 委员会 in the name of an organ a union elects, alone or after the union (某公司工会第三届).
_ORGAN = regex("(?:^[会院校所厂局]?|工会)(第?[一二三四五六七八九十百\\d]+届|新一届|本届|上届)?(经费审查|女职工|常务|筹备)?$")
_QUANTITY_OPENING = regex(f"{_QUANTITIES}|有关|相关|各|属|辖")  # after a bare level: 市首届某某协会, 市部分律师事务所, 市属中小学校
_OUR_PLACE = regex("[我本](?:自治区|自治州|[省市县区州旗校院])")  # 我市, 本省, 我校: the article's own place or school
# A place's public halls, troupes and schools, named by the level alone (县文化馆, 市歌舞团, 县老年大学).
_PUBLIC_HALLS = "文化馆|群众艺术馆|艺术馆|图书馆|博物馆|歌舞团|老年大学|老年体协"
_WORKERS_OWN = "职工"  # before a hall: a union's facility (某市职工文化馆), no public body
# An agency after a bare level word: 县交通运输局, 市体育局, 区环卫处, 县交警大队, 区城管工作党委, 市某某行业协会.
_BARE_AGENCY = regex(
    f"(自治区|省|市|县|区|州|旗|盟)((?={_PUBLIC_HALLS})|(?:(?!工会)[{CJK}]){{2,12}}?)(执法局|执法大队|执法支队|局|厅|委员会办公室|委员会|办公室|总队|大队|支队|中队|中心|协会|研究会|学会|联合会|总会|医院|保健院|福利院|敬老院|养老院|学校|中学|小学|幼儿园|电视台|法院|检察院|处|所|党委|"
    f"{_PUBLIC_HALLS}|"
    f"有限责任公司|有限公司|公司|集团(?![{CJK}]{{0,10}}?公司))"  # (市水务集团; not 市某集团公司: a company)
    f"(?!长|[{CJK}]?(?:员|会(?!长)|工会))"
)
# What a centre that is a building is for (县会议中心, 县行政中心, 市体育中心, 区文体中心).
_VENUE_CENTRE = regex("(?:会议|行政|活动|体育|文体|文化|艺术|会展|科技|市民)$")
# A room or hall of a building, after the centre it is in (县行政中心大礼堂, 县职工活动中心三楼会议室).
_OPENING_BRACKETS = "(（"
_GOOD_START = ("开好局", "开新局")  # a good start (开好局、起好步), whose 局 is no bureau
_SCHOOLS_BEFORE_CAMPUS = ("小学校", "中学校")  # a school's name, or the school and the 校 of 校园 after it
_CAMPUS_END = "园"
_ROOMS = ("大礼堂", "礼堂", "会议室", "报告厅", "会议厅", "多功能厅", "宴会厅", "演播厅", "展厅", "大厅", "广场", "剧场")
_ROOM = regex(f"[一二三四五六七八九十\\d]*楼?(?:{'|'.join(_ROOMS)})")
# A unit of an agency named right after it (某区公安分局交警支队, 某县公安局城关派出所).
_POLICE_UNIT = regex(f"[{CJK}]{{0,4}}?(?:大队|支队|中队|派出所|分局)(?![{CJK}]?(?:长|员))")  # (市公安局某某分局)
# Between bodies listed after the one a level opens: a mark of a list, or other short bodies too (、国资办、).
_LISTED_BETWEEN = regex(f"(?:、[{CJK}]{{2,5}})*[、和及与]")
_LISTED_AFTER_FEDERATION = regex(f"[、和及与](?:[{CJK}]{{2,8}}、)*")  # (某市总工会与甲局、乙局: the items after it)
# Standard short forms of government and people's bodies (市人社局 = 市人力资源和社会保障局);
# 委 after a place is the Party committee (县委 = 中共某县委员会), 团委 the Youth League's.
_SHORT_FORMS = {"人社局": "人力资源和社会保障局", "人保局": "人力资源和社会保障局", "人社厅": "人力资源和社会保障厅", "工商联": "工商业联合会", "企联": "企业联合会",
                "发改委": "发展和改革委员会", "发展改革委": "发展和改革委员会", "发展和改革委员会": "发展和改革委员会", "发改局": "发展和改革局", "妇联": "妇女联合会", "文联": "文学艺术界联合会", "侨联": "归国华侨联合会", "社科联": "社会科学界联合会", "残联": "残疾人联合会", "科协": "科学技术协会", "作协": "作家协会", "书协": "书法家协会", "美协": "美术家协会",
                "住建局": "住房和城乡建设局", "住建厅": "住房和城乡建设厅", "住建委": "住房和城乡建设委员会", "工信局": "工业和信息化局",
                "经信局": "经济和信息化局", "科委": "科学技术委员会", "交运局": "交通运输局", "文广新局": "文化广电新闻出版局",
                "工信厅": "工业和信息化厅", "市场监管局": "市场监督管理局", "应急局": "应急管理局",
                "卫健委": "卫生健康委员会", "卫生健康委": "卫生健康委员会", "卫健局": "卫生健康局", "国资委": "国有资产监督管理委员会", "国资办": "国有资产监督管理办公室", "政府": "人民政府",
                "人民政府": "人民政府", "政府办": "人民政府办公室",
                "交通局": "交通运输局", "交通厅": "交通运输厅", "文旅局": "文化和旅游局", "文旅厅": "文化和旅游厅",
                "文旅委": "文化和旅游委员会", "文化旅游委": "文化和旅游委员会", "监委": "监察委员会", "商委": "商务委员会",
                "医保局": "医疗保障局", "供销社": "供销合作社",
                "直属机关工委": "直属机关工作委员会", "直机关工委": "直属机关工作委员会", "直工委": "直属机关工作委员会",
                "直纪工委": "直属机关纪律检查工作委员会", "商务委": "商务委员会",
                "人力资源社会保障局": "人力资源和社会保障局", "人力资源社会保障厅": "人力资源和社会保障厅",
                "仲裁院": "劳动人事争议仲裁院", "劳动仲裁院": "劳动人事争议仲裁院",
                "劳动保障局": "劳动和社会保障局", "劳动保障厅": "劳动和社会保障厅",  # their names before 2008
                "劳动和社会保障局": "劳动和社会保障局", "劳动和社会保障厅": "劳动和社会保障厅",
                "政协": "中国人民政治协商会议{place}委员会", "人大": "人民代表大会",
                "委": "中共{place}委员会", "党委": "中共{place}委员会", "委党校": "中共{place}委党校",
                "政法委": "中共{place}委员会政法委员会", "纪委": "中共{place}纪律检查委员会", "教体局": "教育和体育局",
                "安监局": "安全生产监督管理局", "质监局": "质量技术监督局", "精神文明办": "精神文明建设委员会办公室", "人力社保局": "人力资源和社会保障局", "人力社保厅": "人力资源和社会保障厅",
                "科技局": "科学技术局", "科技厅": "科学技术厅", "教委": "教育委员会", "交通委": "交通运输委员会", "交通运输委": "交通运输委员会",
                "信访办": "信访办公室", "台联": "台湾同胞联谊会",
                "城管委": "城市管理委员会", "经信委": "经济和信息化委员会", "城管局": "城市管理局", "建委": "建设委员会",
                "关工委": "关心下一代工作委员会", "安委会": "安全生产委员会", "安委办": "安全生产委员会办公室",
                "爱卫会": "爱国卫生运动委员会", "爱卫办": "爱国卫生运动委员会办公室", "台办": "台湾事务办公室",
                "侨办": "侨务办公室", "外办": "外事办公室", "民宗局": "民族宗教事务局", "退役军人局": "退役军人事务局",
                "政府国资委": "人民政府国有资产监督管理委员会", "工信委": "工业和信息化委员会",
                "卫计局": "卫生和计划生育局", "卫计委": "卫生和计划生育委员会", "卫生局": "卫生局", "卫生厅": "卫生厅",  # (before 2018)
                "卫生计生委": "卫生和计划生育委员会", "卫生计生局": "卫生和计划生育局", "计生局": "计划生育局", "计生委": "计划生育委员会",
                "人口计生委": "人口和计划生育委员会", "人口计生局": "人口和计划生育局",
                "建设厅": "建设厅", "环保局": "环境保护局", "劳动人事争议仲裁院": "劳动人事争议仲裁院",
                "老龄办": "老龄工作委员会办公室", "红十字会": "红十字会", "文明委": "精神文明建设委员会",
                "人武部": "人民武装部", "人民武装部": "人民武装部", "共青团": "共青团{place}委员会", "退管会": "退管会", "退管办": "退管办", "房管局": "房管局",  # (these three
                # as written: no one full name)
                "劳动人事争议仲裁委员会": "劳动人事争议仲裁委员会", "协调劳动关系三方委员会": "协调劳动关系三方委员会",
                "协调劳动关系三方会议办公室": "协调劳动关系三方会议办公室", "协调劳动关系三方委员会办公室": "协调劳动关系三方委员会办公室",
                "协调劳动关系三方会议": "协调劳动关系三方会议",
                "司法所": "司法所", "派出所": "派出所", "财政所": "财政所", "安监站": "安全生产监督管理站",  # (镇司法所)
                "党委宣传部": "{place}党委宣传部", "党委组织部": "{place}党委组织部", "团委": "共青团{place}委员会",
                "团工委": "共青团{place}工作委员会", "政府新闻办": "人民政府新闻办公室"}
# What opens a Youth League committee written as a place's 委 (共青团某县委, 团市委).
_LEAGUE = ("共青团", "团")
# The democratic parties by their short names, before a place's 委 (民革某市委): their full names.
_DEMOCRATIC_PARTIES = {"民革": "中国国民党革命委员会", "民盟": "中国民主同盟", "民建": "中国民主建国会", "民进": "中国民主促进会",
                       "农工党": "中国农工民主党", "致公党": "中国致公党", "九三学社": "九三学社", "台盟": "台湾民主自治同盟"}
_COMMITTEE_PREFIXES = (*_LEAGUE, *_DEMOCRATIC_PARTIES)  # whose committee a place's 委 is, if not the Party's
_PARTIES_AND_LEAGUE = ("中国共产党", "中共", *_COMMITTEE_PREFIXES)  # whose committees are named, whatever the words
# The departments of provincial and local governments (the State Council's standard names), which
# a bare 省 / 市 / 县 before them places in the article's own province, city or county.
_DEPARTMENTS = (
    "教育", "科学技术", "工业和信息化", "经济和信息化", "公安", "民政", "司法", "财政", "人力资源和社会保障", "自然资源",
    "生态环境", "住房和城乡建设", "交通运输", "水利", "农业农村", "商务", "文化和旅游", "卫生健康",
    "退役军人事务", "应急管理", "审计", "市场监督管理", "医疗保障", "统计", "林业和草原",
    "发展和改革", "教育和体育", "粮食和物资储备", "自然资源和规划", "文化广电和旅游", "文体广电和旅游", "卫生健康和体育",
    "文化体育广播电视和旅游",  # (as counties name them)
    "体育", "信访", "广播电视", "乡村振兴",
)
_SHORT_FORMS.update({department + ending: department + ending for department in _DEPARTMENTS for ending in "厅局"})
# The public institutions every county or city has, which a bare 县 / 市 before them places too
# (县人民医院, 县电力公司, 区法院); written after a place they are names of their own (国网长春供电公司),
# left to the heads.
_INSTITUTIONS = {"人民医院": "人民医院", "中医院": "中医院", "人民法院": "人民法院", "人民检察院": "人民检察院",
                 "电力公司": "电力公司", "供电公司": "供电公司", "融媒体中心": "融媒体中心",
                 "人大常委会": "人民代表大会常务委员会", "图书馆": "图书馆", "文化馆": "文化馆", "博物馆": "博物馆",
                 "法院": "人民法院", "检察院": "人民检察院"}
_SHORT_FORMS.update(_INSTITUTIONS)
_PEOPLE_S_COURT = "人民法院"
_CONGRESS_COMMITTEE, _CONGRESS_COMMITTEE_IN_FULL = "人大常委会", "人民代表大会常务委员会"
# A province's court is its high court, a prefecture's its intermediate one (市法院 in a prefecture's article:
# 某市中级人民法院); their short forms (市中院, 某地中院, 省高院) name them after a place written too.
_COURT_OF_LEVEL = {"province": "高级人民法院", "prefecture": "中级人民法院"}
_COURTS_WRITTEN_SHORT = {"中院": "中级人民法院", "高院": "高级人民法院"}
_SHORT_FORMS.update(_COURTS_WRITTEN_SHORT)
_SHORT_FORM = regex("(" + longest_first(_SHORT_FORMS) + ")(?![员属])(?!(?<=政府办)[实事理好结公])")  # not 委员, 委属单位, 政府办实事
_LEVEL_BEFORE = regex("(自治区|自治州|省|市|县|区|州|旗|盟|镇|乡)$")
# What follows an office written short (县委办, 县文明办) besides a mark of a list or a clause: a verb of
# holding or joining, done with others.
_AFTER_OFFICE_WRITTEN_SHORT = "联合|共同|主办|承办|协办|指导|有关|相关|负责|领导"  # (市委网信办有关领导: its people)
# A department or office of a party committee after its short form (县委组织部, 区委社会工作部, 县委办公室,
# 县委政法委), not 部署 or 部长.
# A department's short form in the committee's full name (区委教工委: its education work committee).
_PARTY_DEPARTMENT_NAMES = {"政法委": "政法委员会", "办": "办公室", "教工委": "教育工作委员会", "教育工委": "教育工作委员会",
                           "社工部": "社会工作部", "直属机关工委": "直属机关工作委员会"}
# (县委办, 区委人才办: an office written short, where a list or a verb of holding follows)
_PARTY_DEPARTMENT = regex(f"[{CJK}]{{1,5}}?部(?![署分门位队件落长局])|[{CJK}]{{1,4}}?(?<![大格全结布当])局(?![长面势])|讲师团|办公室|办公厅|政法委员会|政法委(?!员)|教育?工委|直属机关工委|(?:组织|宣传|统战)部(?=长)|"
                               f"(?:[{CJK}]{{2}})?办(?=[、，,。；和与及等]|{_AFTER_OFFICE_WRITTEN_SHORT})")
# An office written short after its place or a bare level (河南省扶贫办, 县文明办), where a list, a verb of
# holding or its director's post follows; not a verb of running something (合办, 主办).
_OFFICE_WRITTEN_SHORT = regex(f"办(?=[、，,。；和与及从”]|{_AFTER_OFFICE_WRITTEN_SHORT}|牵头|组织|开展|副?主任)")
_RUNNING_TAGS = ("v", "b")  # what the dictionary tags a verb of running an event ending in 办 (举办; 主办 a 区别词)
_UNION_WORD = "工会"  # in a name ending in an organisation's head: a union's unit, which unions read
_OWNED = "属"  # 市属局委办: the bodies a level owns, no office of its own
_RUNNING_VERB = 30  # how frequent such a verb is (联办; 改办 and 侨办, rarer, are offices the dictionary mistags)
_OFFICE_WORDS = (2, 3)  # the words of its field before 办 (扶贫, 人才; 台港澳)
# The offices whose short form every place uses for one full name (县文明办 → 某县精神文明建设委员会办公室).
_OFFICES_IN_FULL = {"文明": "精神文明建设委员会办公室", "扶贫": "扶贫开发领导小组办公室"}
_OFFICE_LEVELS = "省市县区"  # the bare levels an office written short may follow (县文明办)
_GROUNDS_NAMED_AFTER = ("广场", "大楼", "大院", "门前", "门口")  # grounds named after a body (县政府广场), not the body
# After a company's short name: what shows it stands alone (鞍钢、马钢等企业, 在鞍钢集团…), not opening a longer name.
_STANDS_ALONE = regex(f"[^{CJK}\\-—–]|[等和与及的]|集团|股份|公司")  # (not 一汽-大众: a joint venture's name)
_DEALINGS_WITH = ("事务", "关系", "部门", "机关")  # after 政府: a company's post for its dealings with government (政府事务总监);
# government in general (与政府部门联合开展)
_WEBSITE_END = "网"  # a short name ending so (南网) may end a website's name (某某南网)
_NAME_GOES_ON_BEFORE = regex(f"[{CJK}](?<![、和与及的])")
_SERVING = "服务"  # a verb between common words and a body's head (以热情服务公司发展)
_MEANS_BEFORE = regex("[以用](?:[^，。；,;以用]*)$")  # a clause of means (以…, 用…) before that verb
_MEANS_REACH = 20
_DEED_BEFORE_NAME = regex("成立|设立|组建|覆盖|召开|举办|挂牌|出台|巡查|督查|排查|核查|抽查|巡检|暗访")  # verbs no body's name holds
_WEBSITE = regex("网(?![信格络])")  # a body's website (某市政府网消息), not the body (not 市委网信办, 网格)
_FREQUENT_WORD_ACROSS = 1000  # a word this frequent across a name's first character and the one before it
_VERY_FREQUENT_WORD_ACROSS = 5000  # (集中: whatever the words after it)
# Heads that name a body only after its place (某市劳动监察支队, 某县文化馆; not 劳动监察大队, 企业文化馆: kinds).
_NAMED_BY_PLACE_ONLY = ("领导小组", "协调小组", "环卫所", "环卫站", "环卫中心", "环管中心", "检查站", "管理大队", "文明实践中心", "文明实践所", "文明实践站", "监察支队", "监察大队", "监察中队", "法律服务所", "劳动保障所", "文化馆", "群众艺术馆", "总队",
                        "学会", "俱乐部")  # (某市心理学会 is a society; 职工学会了…, 要学会…: to learn; 某地国际海员俱乐部, not 职工俱乐部)
_NAME_WORD_TAGS = ("n", "nr", "nz", "ns")  # a verb opening such a word is the name's (启明 of 启明星)
_NOT_IN_TRADE_NAME = regex("[的地以和与及在是了为等、]")  # 某达的快递, 以新材料, 仓储、快递: no trade name
# The items of a list around a known brand: after it up to the list's end, before it between separators.
_LONGEST_LISTED = 4
_FUNCTION_TAGS = ("c", "p", "d", "r", "u")  # conjunctions, prepositions, adverbs, pronouns, particles
_COMMON = 50  # a word this frequent in the dictionary (邮政, 圆通) is no brand by itself
_LISTED_AFTER = regex(f"、([{CJK}]{{2,{_LONGEST_LISTED}}}?)(?=[、和等的，,。；;])")
_LISTED_BEFORE = regex(f"[、，：,:]([{CJK}]{{2,{_LONGEST_LISTED}}})、$")
# The field before the 和 of a department's name (人力资源和, 住房和, 文化和): written right after its place.
_JOINED_FIELD = regex(f"[{CJK}]{{2,4}}[和与]")
# 该公司, 公司工会, 集团工会, 该行 …; and with the union word, a unit's one character (局工会, 院工会, 所工会).
_ITS_UNION_WORK = "工会工作"  # after a body: its union work, which names no union (调研某公司工会工作), but the body
_REFERRED = regex("(集团公司|公司|集团|企业|医院|学校|(?<=[该其])[行院局所])(工会(?!联合会))?")  # (该行: a bank; 该院: a hospital)
# A post in a company, after its bare kind opening a clause (公司党委书记、董事长某某, 集团副总经理某某): the company named last.
_COMPANY_POST = regex("(?:党委|纪委|党总支)?(?:常务)?副?(?:书记|董事长|总经理|总裁|董事|监事会主席|院长|校长)|领导(?!小组|班子会)|(?:党委|纪委)(?:委员|常委)")  # (集团党委委员、副总经理某某)
_WORD_OPENED_BY_BANK = 100  # a word this frequent that 行 opens (行为, 行动, 行业) makes 该行 no bank
_UNIT_UNION = regex("工会(?!联合会)")
_UNIT_KINDS = "局院所校厂场"
_REFERRING = ("该", "其")  # what refers back to a body named before (该公司, 该厂, 其下属)
_MINE = "矿"  # a mine's one character, referred back to (该矿)
# What a business's name ends in: 企业 refers back to one of these, not to an agency.
_BUSINESSES = ("公司", "集团", "企业", "厂", "银行", "商行", "酒店", "超市", "商场")
_COMPANY_KINDS = (*_BUSINESSES, "集团公司", "医院", "学校")  # a body's kind written bare before one of its posts
_HEAD_OF_SCHOOL = "校长"  # after a school's name, its head (某小学校长), though 小学校 is a word
_SCHOOL_ENDS = ("校", "大学")  # what a school's name ends in, which 校工会 refers back to (not a university's 学院)
_SCHOOLS_OF_ALL_LEVELS = ("中小学", "大中小学")
_SCHOOLS = ("大学", "学校", "中学", "小学", "高中")
_SCHOOLS_BY_NAME = ("中学", "小学")  # schools a common noun may name (育才小学, 华侨中学)
_GOING_TO_SCHOOL = ("上", "读", "考上", "考入", "考取", "圆梦", "梦圆", "圆", "步入", "迈入", "踏入", "跨入", "走进", "进入")
# verbs of going to school right before its kind (上 may end a word; 子女圆梦大学, 圆大学梦: a dream of
# going to college come true; 步入大学殿堂)
# What a school's kind qualifies as a common noun (大学梦, 大学殿堂, 大学一本): going to college, no school named.
_SCHOOL_AS_NOUN = regex("梦|殿堂|[一二三]本")
_COURT_WRITTEN_SHORT = regex("法院|检察院")  # right after a place: its 人民法院, 人民检察院
# Heads so common that the name before them must not hold a verb.
# The tripartite committee on labour relations every province, city and county has, whose name
# opens with a verb: 某市协调劳动关系三方委员会.
_COORDINATING, _TRIPARTITE = "协调", "劳动关系三方"
_BRAND_COMPANY_HEADS = ("集团", "公司", "集团有限公司", "科技有限公司", "有限公司")  # what follows a brand in its company's name
_UNION_ENDS = ("工会", "工会联合会", "工联会")  # what ends a union's name, no organisation's
_PLAIN_HEADS = ("公司", "学校", "大学", "中学", "小学", "学院", "煤矿", "林场", "法院", "调解中心", "法庭", "指挥部", "景区", "海关", *_SERVICE_CENTRES)
_KINDS_AFTER_HEAD = ("企业", "行业", "群监员")  # what makes a head a kind of body (煤矿企业, 学校行业)
_KINDS_OF_SERVICE = ("调解中心", "法庭", "仲裁庭", *_SERVICE_CENTRES)  # named only with a place or a name, not by their field
_LONGEST_FIELDS = 10  # the words of fields between a place and its department's head (文化广电体育出版)
_FIRST_OF_KIND = "首家"
_PARTY_COMMITTEE = "党委"
_COMMITTEE = "委员会"  # a head that a kind of committee ends too (劳动争议调解委员会)
_PARTY_COMMITTEES = (_PARTY_COMMITTEE, "党总支")  # a company's, whose posts are held at the company
_ORGANS = ("直属机关", "机关")  # whose party committee a body's chain of posts names right after a 、
_PAIR_MARKS = ("、", "，", ",")  # what joins the posts of a chain
_POST_IN_COMMITTEE = regex("副?书记|委员|常委")
_BODIES_WITH_COMMITTEES = ("公司", "集团", "局", "医院", "大学", "学院", "学校", "银行", "中心", "研究院")
_STANDING_MEMBER = "常委、"  # 某市委常委、宣传部部长: a standing member of the committee, then a post in its department
_LEVEL_CHARACTERS = "省市县区镇乡村"
_PLACE_LEVELS = "市县区"  # written or left out after a place in an organisation's name (襄阳市一中, 襄阳一中)
_PEOPLE_S = "人民"  # written or left out before these heads (某区人民法院, 某区法院)
_PEOPLE_S_BODIES = ("法院", "检察院", "医院", "政府")
_UNION_UNITS_OF_A_BODY = ("仲裁庭", "工作站", "驿站")  # 某仲裁院工会仲裁庭: a union's unit at a body, which names the body


def _congress_committee_as_written(name: str, other: str) -> bool:
    """Whether `other` is the standing committee `name` spells in full, as the article writes it with its
    place (省人大常委会 read as 某省人民代表大会常务委员会 … 某省人大常委会: one committee, as written)."""
    return name.endswith(_CONGRESS_COMMITTEE_IN_FULL) and other == name.removesuffix(_CONGRESS_COMMITTEE_IN_FULL) + _CONGRESS_COMMITTEE


class OrganizationRecognizer:
    """Finds organisations. The patterns, in order: short forms of public bodies (市人社局, 县委),
    agencies of a bare level (县交通运输局), numbered bureaus (中建八局), names ending in an organisation
    head, brands (美团), and references back (该公司, 公司工会)."""

    def __call__(self, doc: Doc) -> Doc:
        self._short_forms(doc)
        self._offices_written_short(doc)
        self._bare_level_agencies(doc)
        self._numbered_bureaus(doc)
        self._numbered_schools(doc)
        self._numbered_hospitals(doc)
        self._headed_names(doc)
        self._oil_fields(doc)
        self._public_centres(doc)
        self._bare_level_agencies(doc, after_named_place=True)
        self._brands(doc)
        self._national_bodies(doc)
        self._quoted_brands(doc)
        self._trade_names(doc)
        self._listed_units(doc)
        self._named_after_slash(doc)
        self._listed_after_placed_body(doc)
        self._union_owners(doc)
        self._unions_of_bodies(doc)
        self._referred_back(doc)
        repoint_to_fuller(doc, "UNION", written_without_committee, longest=False)  # 某集团工会委员会 … 集团工会
        self._short_names(doc)
        join_written_without_legal_form(doc, "ORG")  # 某某石化 … 某某石化公司
        self._with_place(doc)
        self._without_parent(doc)
        named_by_given_short_name(doc, "ORG", "organizations.abbreviation")  # 某某公司（以下简称某某）
        repoint_to_fuller(doc, "ORG", _congress_committee_as_written, longest=False)  # 省人大常委会 … 某省人大常委会
        return doc

    @staticmethod
    def _named_after_slash(doc: Doc) -> None:
        """省企业联合会/企业家协会: a body's second name after a slash, written without the place the first
        carries, is a body of that place."""
        text = text_of(doc)
        if _SLASH not in text:
            return
        registry = entities_of(doc)
        places = {span.start: span for span in mentions(doc, "REGION")}
        for first in mentions(doc, "ORG"):
            if not text.startswith(_SLASH, first.end):
                continue
            start = first.end + len(_SLASH)
            head = _HEADS.search(text, start, start + _LONGEST_NAME_AFTER_SLASH)  # (…/企业家协会联合印发: at its first head)
            if head is None or not all(map(CJK_CHAR.match, text[start: head.end()])):
                continue
            end = head.end()
            place_name = _place_name_of(text, first, places, registry)
            if end - start < _SHORTEST_NAME_AFTER_SLASH or covered(doc, start, end, ("ORG", "UNION")) or not place_name:
                continue
            add_mention(doc, start, end, "ORG", named("org", place_name + text[start:end]), "organizations.named_after_slash")

    @staticmethod
    def _listed_after_placed_body(doc: Doc) -> None:
        """市自然资源局、城市管理局、第一人民医院: public bodies listed after one of a bare level, written
        without it, are that level's too (某市城市管理局, 某市第一人民医院)."""
        text = text_of(doc)
        registry = entities_of(doc)
        places = {span.start: span for span in mentions(doc, "REGION")}
        found = sorted(mentions(doc, "ORG"), key=lambda span: span.start)
        by_end = {span.end: span for span in found}
        place_name = ""
        for span in found:
            name = registry[span.kb_id_].name
            listed = text[span.start - 1: span.start] == _LIST_MARK and span.start - 1 in by_end
            public = _PUBLIC_BODY_END.search(name) is not None
            if listed and place_name and public and name == text[span.start: span.end] \
                    and not any(span.start <= start < span.end for start in places):
                drop_mention(doc, span)
                add_mention(doc, span.start, span.end, "ORG", named("org", place_name + name), "organizations.listed_after_placed")
            else:  # a list of a bare level's bodies (not after 河南某实业集团, 湘西林业局: a company's or a place's own name)
                place_name = _place_name_of(text, span, places, registry) if public and text[span.start] in _BARE_LEVEL_WORDS else ""

    @staticmethod
    def _public_centres(doc: Doc) -> None:
        """甘肃省公路事业发展中心, 某市社会保险管理中心, 某市社会心理服务指导中心, 某县融媒体中心: a centre named
        after its place and the work it does (管理, 服务, 发展 …) is a public body, whatever its field (not one
        for workers, which a union may run)."""
        text = text_of(doc)
        regions = mentions(doc, "REGION")
        registry = entities_of(doc)
        for match in _PUBLIC_CENTRE.finditer(text):
            place = next((span for span in reversed(regions) if span.end <= match.start()
                          and match.start() - span.end <= _LONGEST_CENTRE_FIELD), None)
            if place is None or registry[place.kb_id_].attributes.get("level") not in ("province", "prefecture", "county"):
                continue
            start = place.start
            while (before := next((span for span in regions if span.end == start), None)) is not None:
                start = before.start  # 湖北省武汉市…中心: with the places written before it
            field = text[place.end: match.start()]
            if not field and match.group(0) != _MEDIA_CENTRE or field and not splits_into_words(field) or holds_verb(field[:2]) or _FOR_WORKERS.search(field) \
                    or covered(doc, place.end, match.end(), ("UNION", "ORG", "PROGRAM", "REGION")):
                continue
            if match.group(0) == _MEDIA_CENTRE and not _in_running_text(text, start, match.end()):
                continue  # 某县融媒体中心记者某某, 来源：某县融媒体中心: who tells the news, no fact of it
            add_mention(doc, start, match.end(), "ORG", named("org", text[start: match.end()]), "organizations.public_centre")

    @staticmethod
    def _numbered_bureaus(doc: Doc) -> None:
        """中建八局, 中铁四局集团: a numbered bureau of a state builder, known by its short name."""
        text = text_of(doc)
        for match in _NUMBERED_BUREAU.finditer(text):
            if not covered(doc, match.start(), match.end(), ("UNION", "ORG", "PROGRAM")):
                add_mention(doc, match.start(), match.end(), "ORG", named("org", match.group(0)), "organizations.numbered_bureau")

    @staticmethod
    def _oil_fields(doc: Doc) -> None:
        """大庆油田, 燕山石化, 阳泉煤业, 某某热电: an oil field, a petrochemical works or a company of
        mining or power, known by the two-character name of its place or brand and its trade (not
        广大油田, 一流石化: a word before the head; 茂名石化: a place). A company's opens a phrase (not
        the end of 康巴什热电: a longer name's)."""
        text = text_of(doc)
        words, gazetteer = common_words(), default_gazetteer()
        for match in _OIL_FIELD.finditer(text, 2):
            stem = text[match.start() - 2: match.start()]
            tag = words.get(stem, (0, ""))[1]
            if match.group(0) not in _FIELDS and CJK_CHAR.match(text[match.start() - 3: match.start() - 2] or "，") \
                    and not _FUNCTION_CHARACTERS.match(text, match.start() - 3):
                continue
            opens_inside_word = text[match.start() - 3: match.start() - 1] in words  # (今年是油田: 年 ends 今年)
            if (tag in _FIELD_S_NAME_TAGS or not tag and not _FUNCTION_CHARACTERS.search(stem) and not opens_inside_word
                    or gazetteer.candidates(stem)) \
                    and stem not in _TRADE_OF_FIELDS and all(CJK_CHAR.match(character) for character in stem) \
                    and not covered(doc, match.start() - 2, match.end(), ("UNION", "ORG", "PROGRAM")):
                add_mention(doc, match.start() - 2, match.end(), "ORG", named("org", stem + match.group(0)), "organizations.oil_field")

    @staticmethod
    def _numbered_hospitals(doc: Doc) -> None:
        """市二医院, 县一医院: a hospital by its bare level and its number, the place's 第N人民医院."""
        text = text_of(doc)
        for match in _NUMBERED_HOSPITAL.finditer(text):
            if covered(doc, match.start(), match.end(), ("UNION", "ORG", "PROGRAM", "REGION")) \
                    or not bare_form_starts(text, match.start()):
                continue  # (城市二医院: a level inside a word)
            place = home_region(doc, match.group(1), match.start())
            if place is not None:
                name = f"{_agency_place_name(place)}第{match.group(2)}人民医院"
                add_mention(doc, match.start(), match.end(), "ORG", named("org", name), "organizations.numbered_hospital")

    @staticmethod
    def _numbered_schools(doc: Doc) -> None:
        """某县一中, 某市三十六中, 某县职高: a school known by the place written right before its number."""
        text = text_of(doc)
        for place in mentions(doc, "REGION"):
            match = _NUMBERED_SCHOOL.match(text, place.end)
            if match is not None and not covered(doc, place.start, match.end(), ("UNION", "ORG", "PROGRAM")):
                add_mention(doc, place.start, match.end(), "ORG", named("org", text[place.start: match.end()]),
                            "organizations.numbered_school")

    @staticmethod
    def _short_names(doc: Doc) -> None:
        """某某滑石开发有限公司 … 某某公司: a company written again by a distinctive word of its legal
        name and 公司 is the one named in full (where one alone is so named); so is one written by
        the word that opens a group's legal name and 集团 (某某航空工业集团有限责任公司 … 某某集团), and one
        written by its trade name and trade, the end of a company's name (某某控股某某煤业公司 … 某某煤业)."""
        registry = entities_of(doc)
        organisations = mentions(doc, "ORG")
        companies = {registry[span.kb_id_].name: span.kb_id_ for span in organisations
                     if registry[span.kb_id_].name.endswith(_COMPANY)}
        legal_names = {name: entity_id for name, entity_id in companies.items() if name.endswith(_LEGAL_FORMS)}
        words, gazetteer = common_words(), default_gazetteer()
        for span in organisations if companies else ():
            name = registry[span.kb_id_].name
            stem = name.removesuffix(_COMPANY) if name not in legal_names else ""
            if len(stem) < 2 or words.get(stem, (0, ""))[0] >= _COMMON_STEM or gazetteer.candidates(stem):
                continue
            fuller = [entity_id for legal_name, entity_id in legal_names.items()
                      if stem in legal_name and not _names_parent(stem, legal_name)]
            trade_name = stem.removesuffix(_GROUP)
            if not fuller and trade_name != stem and len(trade_name) >= 2 and not gazetteer.candidates(trade_name):
                fuller = [entity_id for legal_name, entity_id in legal_names.items() if legal_name.startswith(trade_name)
                          and _GROUP in legal_name[len(trade_name):]  # its group's legal form, no unit of it after 集团
                          and _LEGAL_FORM.fullmatch(legal_name, legal_name.find(_GROUP, len(trade_name)))]
            if not fuller and name == stem and len(stem) >= _TRADE_NAME_AND_TRADE:
                fuller = [entity_id for company, entity_id in companies.items()
                          if company.endswith(stem + _COMPANY) and len(company) > len(stem) + len(_COMPANY)]
            if len(fuller) == 1:
                repoint_mention(doc, span, fuller[0])

    @staticmethod
    def _with_place(doc: Doc) -> None:
        """北京某某集团 … 某某集团, 安徽省某某学院 … 某某学院: an organisation written once with the place
        it is in before its name is the one the article also names without it, and keeps that name
        (the place locates it, as the annotated pages have it). 襄阳一中 … 襄阳市一中, 某区法院 … 某区人民法院:
        one written without the level of its place or the 人民 of a court is the one written with them,
        under that fuller name."""
        registry = entities_of(doc)
        names = {registry[span.kb_id_].name: span.kb_id_ for span in mentions(doc, "ORG")}
        if len(names) < 2:
            return
        for span in mentions(doc, "ORG"):
            name = registry[span.kb_id_].name
            fuller = {entity_id for other, entity_id in names.items() if len(other) > len(name) and _written_short(name, other)}
            if len(fuller) == 1:
                repoint_named(doc, names, span, name, fuller.pop())
        names = {registry[span.kb_id_].name: span.kb_id_ for span in mentions(doc, "ORG")}
        shortest = min(map(len, names))
        gazetteer = default_gazetteer()
        places_before: dict[str, list[int]] = {}  # by name: where a place it opens with ends
        for span in mentions(doc, "ORG"):
            name = registry[span.kb_id_].name
            if len(name) < shortest + 2:
                continue  # (no other name is short enough to be this one without a place)
            if name not in places_before:
                places_before[name] = [split for split in range(2, len(name) - 1) if gazetteer.candidates(name[:split])]
            shorter = {entity_id for other, entity_id in names.items() if any(
                len(name) - split >= len(other) and _written_short(other, name[split:]) for split in places_before[name])}
            if len(shorter) == 1 and span.kb_id_ not in shorter:
                repoint_named(doc, names, span, name, shorter.pop())

    @staticmethod
    def _without_parent(doc: Doc) -> None:
        """中信银行某分行 … 某分行, 某某公司某供电公司 … 某供电公司: a unit written again without the body it
        belongs to is the one named in full (where one alone ends so after a head of its parent's)."""
        repoint_to_fuller(doc, "ORG", _unit_of_parent, longest=False)

    @staticmethod
    def _union_owners(doc: Doc) -> None:
        """某某集团工会, 某某县交通运输局工会: a union written as its organisation's name and the union
        word names that organisation too (a federation's place is a region, not an organisation)."""
        text = text_of(doc)
        named_spans = {(span.start, span.end) for span in mentions(doc, "ORG")}
        place_spans = {(span.start, span.end) for span in mentions(doc, "REGION")}
        for union in mentions(doc, "UNION"):
            owned = _OWNED_UNION.match(text, union.start, union.end) or _OWNED_THROUGH_DIVISION.match(text, union.start, union.end)
            if owned is None or len(owned.group(1)) < 4 or _GENERIC.match(owned.group(1)):
                continue
            start, end = owned.span(1)
            if any(text.endswith(trade, start, end) and (start, end - len(trade)) in place_spans for trade in MINING_TRADES):
                continue  # 某省煤矿工会: the union of an industry, no mine
            if (start, end) not in named_spans:
                named_spans.add((start, end))
                add_mention(doc, start, end, "ORG", named("org", text[start:end]), "organizations.union_owner")

    @staticmethod
    def _unions_of_bodies(doc: Doc) -> None:
        """某县工商联工会主席, 某某研究院工会: the union word right after an organisation no union rule
        read names that organisation's union."""
        text = text_of(doc)
        registry = entities_of(doc)
        union_spans = [(span.start, span.end) for span in mentions(doc, "UNION")]
        regions = mentions(doc, "REGION")
        for org in mentions(doc, "ORG"):
            after = after_given_short_name(text, org.end)  # 某某医院（下称：省一院）工会: the body's union, after its short name
            word = _ORGANS_UNION_WORD if text.startswith(_ORGANS_UNION_WORD, after) else "工会"  # (某某委员会机关工会: its organs')
            end = after + len(word)
            if not text.startswith(word, after) or text.startswith("工会联合会", after) or any(
                    start < end and org.start < union_end for start, union_end in union_spans) or FACILITY.match(text, end) \
                    or text.startswith("界", end) or text.startswith(_UNION_WORK, end):
                continue  # (某某外卖工会户外劳动者“爱心驿站”: a facility; 市政协工会界: a sector of the conference;
                # 市委工会工作会议: the body's meeting on union work)
            add_mention(doc, org.start, end, "UNION", _union_of(org, registry, regions, word), "organizations.union_of_body")

    @staticmethod
    def _place_at_most_opens(doc: Doc, start: int, end: int) -> bool:
        """Whether the places in [start, end) open it and leave a name after them (长沙华星林业), with
        none running past its edges."""
        places = [span for span in mentions(doc, "REGION") if span.start < end and start < span.end]
        return not places or (places[0].start == start and all(start <= span.start and span.end < end for span in places))

    def _listed_units(self, doc: Doc) -> None:
        """州文体旅游广电局、省文联、偏城林场等单位: the items of a list closed by 等单位 / 等企业 / 等部门
        are organisations, whatever their names end in; not a kind of unit, all common nouns (律师事务所)."""
        text = text_of(doc)
        for closing in _UNITS_CLOSING.finditer(text):
            end = closing.start()
            firms = closing.group(0).endswith(_FIRM)
            while end > 0:
                start = name_start_before(text, end, longest=16)
                mark = text.rfind("、", max(0, end - 16), start)
                if mark >= 0 and all(CJK_CHAR.match(c) and c not in _JOINING_ITEMS for c in text[mark + 1: start]) \
                        and _HEAD_AT_END.search(text, start, end):
                    start = mark + 1  # 、盛和小学等单位: an item named by its head runs from the mark before it (not from 和;
                    # 、人社以及团委、: two items joined)
                prefix = _GENERIC_PREFIX.match(text, start, end)
                if prefix and text[start - 1: start] != "、":
                    start = prefix.end()  # 来到辖区内某某鞋业: the place words are no part of the name
                stem = text[start:end]
                # 蓝思、歌尔等辖区重点企业: firms listed by a two-character trade name (a word names none)
                shortest = _SHORTEST_LISTED_FIRM if firms and "、" in (text[start - 1: start], text[end: end + 1]) else 3
                if len(stem) >= shortest and not covered(doc, start, end, ("UNION", "ORG", "PROGRAM", "PERSON")) \
                        and not _GENERIC.match(stem) and not _GENERIC_PREFIX.match(stem) and stem not in common_words() \
                        and not holds_verb(stem) and not _SECTOR.search(stem) and not _KIND_OF_UNIT.fullmatch(stem) \
                        and not _kind_of_body(stem) and self._place_at_most_opens(doc, start, end) \
                        and not FACILITY.search(stem) and not _WORKPLACE_END.search(stem) and not stem.endswith(_UNION_ENDS):
                    # (某广场户外劳动者驿站: a facility; 高温作业车间: a kind of workplace; 某某保税港区工会: a union; no unit)
                    add_mention(doc, start, end, "ORG", named("org", stem), "organizations.listed_unit")
                if text[start - 1: start] != "、":
                    break
                end = start - 1

    def _headed_names(self, doc: Doc) -> None:
        """广东康盛投资有限公司, 恩平市慈善会: a run of name characters ending in an organisation head,
        starting after the punctuation, function word or verb before it (and after a union named
        before it: 区总工会慰问某某公司)."""
        text = text_of(doc)
        regions = mentions(doc, "REGION")
        union_ends = sorted(span.end for span in mentions(doc, "UNION"))
        region_starts = [span.start for span in regions]
        place_at = {span.start: span for span in regions}
        region_ends = {span.end: span.start for span in regions}
        words = common_words()
        candidates: list[tuple[int, int]] = []
        for match in _HEADS.finditer(text):
            end = match.end()
            head = match.group(0)
            if text.startswith("工会", end) and not text.startswith(_UNION_UNITS_OF_A_BODY, end + 2) \
                    and not text.startswith(_ITS_UNION_WORK, end) or text.endswith("工会", 0, match.start()) \
                    or covered(doc, match.start(), end, _NAMED_BODIES if _EVENT_OF_BODY.match(text, end) else _NAMED_BODIES_AND_EVENTS):
                continue  # (某院工会仲裁庭: the 院 is named; 某某大学第五届运动会: the body an event is of, named; 某某公司工会:
                # the company its union names, but not in 调研某某公司工会工作: the company's union work, no union)
            if len(head) == 1 and text.startswith("长", end) and (
                    text[match.start() - 1: match.start()] in (head, "副") or _name_before(text, match.start())):
                continue  # 某某管理局局长, 某某委员会副局长, 某某厅胡某某厅长: the 局 or 厅 of a title after a name
            if head in _PARTY_COMMITTEES and _POST_IN_COMMITTEE.match(text, end) and any(
                    text.endswith(inner, 0, match.start()) for inner in _BODIES_WITH_COMMITTEES):
                continue  # 某某有限公司党委书记某某: a post in the company's party committee, held at the company
            if head == _PARTY_COMMITTEE and (organs := next((organs for organs in _ORGANS if text.endswith(organs, 0, match.start())), "")) \
                    and text[match.start() - len(organs) - 1: match.start() - len(organs)] in _PAIR_MARKS:
                continue  # 某总工会党组成员、直属机关党委书记某某: the party committee of a body's organs, not named
            if head[0] in _MINE_NUMBERS and head.endswith("矿") and not text.endswith(_MINE_OWNERS, 0, match.start()):
                continue  # 某某集团二矿 is a mine; 五矿, 一矿一策 alone are not
            if head in _PLAIN_HEADS and (text.startswith(_KINDS_AFTER_HEAD, end) or text.endswith(WHOLE_SCOPES, 0, match.start())):
                continue  # 某市煤矿企业, 全国煤矿安全形势: a kind of body or all of a scope's, none named
            if head[-1] == "会" and text.startswith("议", end):
                continue  # 某行业集体协商会议: a meeting, not a chamber of commerce
            if head == "电站" and text[match.start() - 1: match.start()] == "充":
                continue  # 电动车充电站: a charging point, not a power station
            if len(head) > 1 and text[match.start(): end + 1] in words and text[end: end + 2] not in words:
                continue  # 一张银行卡, 大学生: the head opens a longer word (not 某某公司法人: 法人 is the word there)
            if len(head) == 2 and min(words.get(text[match.start() - 1: match.start() + 1], (0, ""))[0],
                                      words.get(text[end - 1: end + 1], (0, ""))[0]) >= _FREQUENT_NOUN_WITH_HEAD:
                continue  # 回报社会: the head's characters end a common word and open another (回报, 社会)
            if words.get(text[match.start() - 2: match.start()], (0, ""))[1] in IDIOM_TAGS:
                continue  # 一睹公司风采, 一展培训学校人才的风采: a set phrase's verb before the head, no name
            if head.endswith("学") and text.startswith("习", end):
                continue  # 在浓厚的氛围中学习: 学习, a verb, not a school's head
            if text.endswith(_SCHOOLS_OF_ALL_LEVELS, 0, end):
                continue  # 全区大中小学: schools of every level, none named
            if head in _SCHOOLS and (text.endswith(_GOING_TO_SCHOOL[1:], 0, match.start()) or text.endswith(
                    _GOING_TO_SCHOOL[0], 0, match.start()) and text[match.start() - 2: match.start()] not in words
                                     or _SCHOOL_AS_NOUN.match(text, end)):
                continue  # 子女上大学, 考上大学, 大学梦: going to school, no school named (职工网上大学 names one)
            if len(head) == 1 and text[end: end + 1] != "长" and \
                    words.get(text[end - 1: end + 1], (0, ""))[0] >= _FREQUENT_NOUN_WITH_HEAD:
                continue  # 建设新局面, 局部: the one-character head opens a common word, not a name's end
            before = bisect.bisect_right(union_ends, match.start())
            floor = union_ends[before - 1] if before else 0
            start = name_start_around_places(text, match.start(), regions, floor=floor)
            if start == floor > 0 and words.get(text[start: start + 2], (0, ""))[1] == "v" \
                    and words.get(text[start: start + 3], (0, ""))[1] not in _NAME_WORD_TAGS and match.start() - start > 2:
                start += 2  # 某总工会牵手某图书馆: the union's verb, right after it, opens no name
            for opening in (start - 1, start):
                if opening >= floor and (ours := _OUR_PLACE.match(text, opening, match.start())) is not None and ours.end() > start:
                    start = ours.end()  # 我市某某实业有限公司, 本省某某集团: a body of the article's place, named without it
                    break
            if text.startswith(_TRIPARTITE, start) and text.endswith(_COORDINATING, floor, start):
                # 某市协调劳动关系三方委员会: the body's name opens with its verb, after the place
                start = name_start_around_places(text, start - len(_COORDINATING), regions, floor=floor)
            start = bureau_name_start(text, trade_name_start(text, start, regions))
            if (deeds := list(_DEED_BEFORE_NAME.finditer(text, start, match.start()))):
                start = deeds[-1].end()  # 某地成立某某委员会, 集体合同覆盖全市某协会: the deed's verb opens no name
            if text[start - 1: start] in ("和", "与"):
                start = self._department_start(doc, start, region_ends, {e for _, e in candidates})
            first_inside = bisect.bisect_left(region_starts, start)
            inside = region_starts[first_inside: bisect.bisect_left(region_starts, match.start(), lo=first_inside)]
            designated = [place for place in inside if text.endswith(_DESIGNATIONS, start, place)]
            if designated:
                start = designated[-1]  # 某省职工疗休养基地某市某大酒店: the base a body is designated as, then its name
                inside = inside[inside.index(start):]
            if inside and start < inside[0] and text[inside[0] - 1] in _LOCATIVES and text[inside[0] - 2: inside[0]] not in words:
                start = inside[0]  # 团体赛中宜昌分公司夺冠: a locative closes the words before the place
            if inside and not belongs_to_name(text[start: inside[0]]) and text[inside[0] - 1] not in "（(" \
                    and not (head in _BRANCHES_OF_BANKS and _BANK_WRITTEN_SHORT.fullmatch(text, start, inside[0])) \
                    and not (place_at[inside[0]].end == match.start() and "公司" in head
                             and not leads_into_name(text[start: inside[0]])):
                start = inside[0]  # 资金进入恩平市慈善会: the name starts at its place (中国铁路武汉局…: it does not;
                # nor 某某混凝土重庆有限公司: a company's subsidiary in a place, named with it; nor 建行某省分行: a
                # bank's branch after the bank's short name)
            start = self._after_lower_place(doc, regions, start, match.start())
            prefix = _GENERIC_PREFIX.match(text, start, match.start()) or _GENERIC_PREFIX.match(text, max(start - 1, 0), match.start())
            if prefix and prefix.group(0) in _EVERY:
                continue  # 各级作家协会, 各级工会落实党委: the bodies of every level or kind, none named
            if prefix and prefix.end() > start and not (len(prefix.group(0)) == 1 and prefix.start() == start and (
                    start in place_at or words.get(text[start: start + 2], (0, ""))[1] in ("n", "nz")
                    and text[start + 1] not in _LEVEL_CHARACTERS)):
                start = prefix.end()  # 当地桂林银行: 当 stops the name, 地 is not part of it either (本溪县…, 本草…: a place
                # or a noun the character opens; 本市: this city)
            start = _after_copula_or_aspect(text, start, match.start())
            if head in _NAMED_BY_PLACE_ONLY and (start not in place_at or text.endswith(_WORKERS_OWN, 0, match.start())):
                continue  # 成立工作领导小组, 健全厂务公开领导小组: a kind of group; 某市厂务公开领导小组 is one
            start = after_kind_of_unit(text, start, match.start())
            trade = text.find("行业", start, match.start() - 2)
            if trade >= 0 and not any(place < trade for place in inside):
                start = trade + 2  # 母婴行业某某服务有限公司: the trade it is in opens no company's name (某市某行业协商会 keeps it)
            stem = text[start: match.start()]
            if text[start - 1: start] == "各" and stem in _BARE_LEVELS:
                continue  # 各街道司法所, 各镇卫生院: the bodies of every township, none named
            if start >= 2 and text[start - 2: start + 1] in words and text[start] in _PEOPLE_ENDS:
                start, stem = start + 1, stem[1:]  # 奖章获得者国网某公司: the word for people before it ends there
            if _SESSION_OPENING.match(stem):
                continue  # 某总工会第八届十二次主席办公会议和第八届常务委员会: a body's sessions and meetings, no organisation
            if text[start - 1: start] in _REFERRING and stem[:1] in _UNIT_KINDS + _MINE:
                continue  # 在该厂职工培训中心: the unit referred back to, with no name of its own
            if stem[:1] in _NEGATIONS and start not in place_at:
                continue  # 填补了无职工合唱团的空白: what there is none of (无锡…: a place)
            if stem[:1] == FORMER and start + 1 in place_at and start not in place_at:
                start, stem = start + 1, stem[1:]  # 原鞍山钢铁公司炼钢厂工程师: where one worked once (原平市: a place)
            elif stem[:1] == FORMER and start not in place_at and splits_into_words(stem[1:] + head):
                continue  # 与原运输公司产生纠纷: the firm it was, of a kind, none named
            if _PARTNER_KIND.search(stem) or stem in _KIND_QUALIFIERS:
                continue  # 某平台签约影院, 合作银行, 爱心银行: bodies of a kind a union deals with, none named
            if "某" in stem or _LEVELS_TOGETHER.search(stem) or _PLACES_TOGETHER.search(stem):
                continue  # 某科技有限公司, 某市某公司: a name withheld; 州县两级应急管理局, 京拉两地党委: several levels' or
                # places' bodies; no organisation named
            if counts_people(text, start) or COUNTED_UNITS.search(text, max(0, start - 6), match.start()) \
                    or COUNTED_UNITS.search(text, max(0, start - 6), start) \
                    or COUNT_OF_UNITS.match(text, start) or _BIG_ONES_COUNTED.match(text, start):
                continue  # 120名困难职工子女圆梦大学, 某县三家医院, 十余家货运公司, 三大航空集团, 成立了56个工会劳动法律监督
                # 委员会: counted people or units, not a name
            if len(stem) < 2 or ((_GENERIC.match(stem) or KINDS_OF_BUSINESS.fullmatch(stem)) and start not in place_at) \
                    or KINDS_OF_INSTITUTION.fullmatch(stem + head) or (
                    head == "委员会" and _ORGAN.search(stem)) or EDITION.fullmatch(stem) or _GRADE.fullmatch(stem) \
                    or words.get(stem, (0, ""))[1] == "v" \
                    or start and start not in place_at and words.get(text[start - 1: start + 1], (0, ""))[0] >= _FREQUENT_WORD_ACROSS:
                continue  # 经费审查委员会, 某公司工会第一届委员会: organs a union elects, not organisations (镇江… is a
                # place); 第二届联合会: a body's term, no name; 听取公司工会…: a verb before a bare head; 某区域性大型公司:
                # the name would open inside a frequent word (区域)
            if head == _COMMITTEE and not inside and start not in place_at and splits_into_words(stem) \
                    and not stem.startswith(_PARTIES_AND_LEAGUE):
                continue  # 成立了劳动争议调解委员会, 工会劳动法律监督委员会: a kind of committee, with no place or name of its own
            if text.endswith(_ROOMS, 0, end):
                continue  # 某中学报告厅, 某酒店宴会厅: a room of the body, no 厅 of a government
            if text.endswith(_GOOD_START, 0, end):
                continue  # 为新德阳开好局: a good start, the idiom's 局, no bureau
            if len(head) == 1 and (not inside or text[end - 2: end] in words and (
                    head != _FACTORY or words[text[end - 2: end]][0] >= _COMMON_WORD_AT_HEAD)):
                continue  # 格局, 开新局: a one-character head needs a place in the name, and ends no word (a factory's
                # rare word may: 某市卷烟厂, 某市制药厂; not 工厂)
            own = _own_words(stem)
            if not inside and clause_before_institution(text[start:end]):
                continue  # 反映出医院, 积极促进医院: a clause's words before the head
            if not inside and (served := text.rfind(_SERVING, start, match.start())) > start \
                    and _MEANS_BEFORE.search(text, max(0, start - _MEANS_REACH), served):
                continue  # 以饱满的精神服务公司发展, 用实际行动服务医院建设: 服务 the verb of a clause of means, no name
            if head in _PLAIN_HEADS and holds_verb(own) and not (inside and inside[0] == start):
                continue  # 家种植公司, 购买学校
            if opens_with_adverb(own) or (head in _PLAIN_HEADS and text[match.start(): end + 1] in words
                                           and not text.startswith(_HEAD_OF_SCHOOL, end)):
                continue  # 需统筹医院, 为百名大学生: a clause's words, or the head is part of a longer word (not
                # 某市第三小学校长: the school, then its head)
            stem_tag = words.get(stem, (0, ""))[1]
            if words.get(stem[:2], (0, ""))[1] in ("t", "f") and (stem[2:] in _BUSINESSES or not stem[2:]) and not inside:
                continue  # 最后公司工会, 会上公司党委: a time, then the company the article is about, no name
            if not inside and _KIND_QUALIFIER.fullmatch(stem):
                continue  # 大型医院, 国有银行, 基层法院: a kind of body, none named
            if not inside and head in _ASPIRED_KINDS and (aspired := _ASPIRATION.search(stem)) and (aspired.start() == 0 or splits_into_words(stem[: aspired.start()])):
                continue  # 构建和谐医院, 全力建设平安医院, 美丽学校建设: the kind of body one strives for, none named
            if head in _PLAIN_HEADS and not inside and (stem_tag in ("vn", "t")
                                                        or _LEVEL_OF_SCHOOLING.match(stem)
                                                        or stem_tag == "n" and (head not in _SCHOOLS_BY_NAME or stem in KINDS_OF_PEOPLE
                                                                                or text[start - 1: start] == "的")):
                continue  # 邮政公司, 职工学校, 今年公司, 一线林场: a kind of company, school or farm, or a time, not a named one
                # (育才小学, 华侨中学: a middle or primary school is named by such a noun; not 在…的氛围中学知识)
            if head in _KINDS_OF_SERVICE and not inside and splits_into_words(stem):
                continue  # 劳动人事争议调解中心, 巡回法庭: a kind of service, none named
            if _FIRST_OF_KIND in stem:
                continue  # 广西首家法院劳动争议巡回法庭: the first of a kind somewhere, described, not named
            if not inside and "公司" not in head and head != "集团" and _kind_of_body(text[start:end]):
                continue  # 高校法学院, 职工图书馆: two common nouns, a kind of body (小米集团: a company's trade name)
            if stem_tag in ("p", "c") or (stem_tag in ("t", "d") and not inside and not default_gazetteer().candidates(stem)):
                continue  # 按照林业局党委的部署, 今后协会将: a preposition, conjunction, time or adverb before a bare
                # head, no name (大连银行: the dictionary's adverb 大连 is a place)
            if head == "党委" and (stem_tag in ("n", "vn") or words.get(text[match.start() - 2: match.start()], (0, ""))[1] == "v"
                                 or not inside and words.get(stem[:2], (0, ""))[1] == "v"):
                continue  # 单位党委, 纳入党委: a kind of committee, or a verb's object; 促成欠薪地党委: a clause's words
            if head == _COMPANY and len(stem) == 2 and stem.endswith(_SUBSIDIARY):
                continue  # 在鲁子公司, 在豫子公司: a firm's subsidiaries in a province written by its one character
            if head in _GROUP_HEADS and not inside:
                group_start = match.start() - len(_GROUP) if text.endswith(_GROUP, 0, match.start()) else match.start()
                frequency_before, tag_before = words.get(text[group_start - 2: group_start], (0, ""))
                if (head == _GROUP or group_start < match.start()) \
                        and (holds_verb(text[group_start - 2: group_start], rarest=_CLAUSE_VERB)
                             or tag_before == "a" and frequency_before >= _CLAUSE_VERB):
                    continue  # 全面开创集团, 奋力实现集团公司, 为丰富集团职工生活: a clause's verb (or an adjective used as
                    # one) before the group the article is about
            if _STREET.match(text, end):
                continue  # 某市大学西路169号: an address
            if in_credit_line(text, start) or _DATELINE_AFTER.match(text, end):
                continue  # 作者：某分公司办公室某某: a byline's unit, no fact; 某某日报社/某某在线5月3日讯: a dateline's paper
            if text.startswith(_CAMPUS_END, end) and text.endswith(_SCHOOLS_BEFORE_CAMPUS, 0, end):
                end -= 1  # 某某实验小学校园: the school, then its campus (校园)
            unit = _SUB_UNIT.match(text, end)
            candidates.append((start, unit.end() if unit else end))
        registry = entities_of(doc)
        for start, end in self._joined(self._outermost(candidates)):
            name = text[start:end]
            if _UNION_WORD in name:
                continue  # 工会劳动法律监督委员会, 各镇总工会…委员会: a union's unit, of no union named, is generic
            place = place_at.get(start)
            court = _COURT_WRITTEN_SHORT.fullmatch(text, place.end, end) if place is not None else None
            if place is not None and court is not None:  # 某县法院: the county's 人民法院, by its full name
                name = _court_or_procuratorate(registry[place.kb_id_], registry[place.kb_id_].name, "人民" + court.group(0))
            name = _national_body_in_full(name)
            add_mention(doc, start, end, "ORG", named("org", name), "organizations.head")

    @staticmethod
    def _after_lower_place(doc: Doc, regions: list[Mention], start: int, head: int) -> int:
        """修武县河南某某科技股份有限公司: where a place (of `regions`, in text order) is followed by a
        place above it, the name starts at the higher one (the first is where the company is); where
        places are followed by a national name (某县中国某某集团), it starts after them."""
        first = bisect.bisect_left(regions, start, key=lambda span: span.start)
        regions = [span for span in regions[first: first + 4] if span.end <= head]
        chain_end = start
        for span in regions:
            chain_end = span.end if span.start == chain_end else chain_end
        if chain_end > start and text_of(doc).startswith(NATIONAL_OPENINGS, chain_end, head):
            return chain_end  # 东营市广饶县中国某某集团: a national company at work in the places before it
        if len(regions) < 2:
            return start
        registry = entities_of(doc)
        gazetteer = default_gazetteer()
        for lower, higher in zip(regions, regions[1:]):
            inner = gazetteer.by_code.get(registry[lower.kb_id_].attributes.get("code", ""))
            outer = gazetteer.by_code.get(registry[higher.kb_id_].attributes.get("code", ""))
            if inner is not None and outer is not None and gazetteer.is_within(inner, outer):
                if text_of(doc)[higher.start - 1: higher.start] in _OPENING_BRACKETS:
                    return lower.end if lower.start == start else start  # 某区某某电机(广州)有限公司: the bracketed place
                    # is the company's, inside its name; the district before it is where it is
                return higher.start
        return start

    @staticmethod
    def _offices_written_short(doc: Doc) -> None:
        """河南省扶贫办、…, 县文明办副主任: an office of a government or party committee by its short form
        (field + 办), after its place or a bare level word, kept as written with the place in full."""
        text = text_of(doc)
        words = common_words()
        regions = {span.end: span for span in mentions(doc, "REGION")}
        registry = entities_of(doc)
        for office in _OFFICE_WRITTEN_SHORT.finditer(text):
            closing = text.startswith("”", office.end())
            end = office.end() + closing  # 某市“产改办”: the short form quoted, its quotes with it
            for size in _OFFICE_WORDS:
                start = office.start() - size
                field = text[start: office.start()]
                if start < 1 or not all(map(CJK_CHAR.match, field)) or field[0] == _OWNED:
                    continue  # (某市属局委办: the bodies a city owns)
                running = words.get(field[-1] + "办", (0, ""))
                if running[1] in _RUNNING_TAGS and running[0] >= _RUNNING_VERB:
                    continue  # 联合举办, 共同主办, 某公司主办: running an event, no office (not 产改办, 侨办: rare as verbs)
                if closing:
                    if text[start - 1] != "“":
                        continue
                    start -= 1
                place: Entity | None
                if start in regions:
                    place_span = regions[start]
                    place, opening = registry[place_span.kb_id_], place_span.start
                elif text[start - 1] in _OFFICE_LEVELS and bare_form_starts(text, start - 1):
                    place, opening = home_region(doc, text[start - 1], start - 1), start - 1
                else:
                    continue
                if place is not None and not covered(doc, opening, end, ("UNION", "ORG")):
                    office_name = _OFFICES_IN_FULL.get(field, field + "办")
                    add_mention(doc, opening, end, "ORG", named("org", _agency_place_name(place) + office_name),
                                "organizations.office_written_short")
                break

    @staticmethod
    def _bare_level_agencies(doc: Doc, after_named_place: bool = False) -> None:
        """县交通运输局, 市体育局, 县交警大队: an agency written after a bare level word is the agency
        of the article's own place (张北县交通运输局); with `after_named_place`, an agency written after
        a place in full that no other rule read (松阳县建设局, 某县环卫处), named as written."""
        text = text_of(doc)
        words = common_words()
        registry = entities_of(doc)
        named_places = {span.end: span for span in mentions(doc, "REGION")
                        if registry[span.kb_id_].attributes.get("level") in _LEVELS_WITH_AGENCIES} if after_named_place else {}
        for match in _BARE_AGENCY.finditer(text):
            start = match.start()
            stem = match.group(2)
            named_place = named_places.get(start + len(match.group(1)))
            if after_named_place and (named_place is None or text[named_place.start: named_place.end] != registry[named_place.kb_id_].name
                                      or match.group(3) not in _AGENCY_HEADS or not bare_form_starts(text, named_place.start)):
                continue  # (杭州杭氧股份有限公司, 某区马拉松协会: a company or an association, as named)
            if named_place is None and not bare_form_starts(text, start) \
                    or covered(doc, start + len(match.group(1)) if named_place else start, match.end(), ("REGION", "UNION", "ORG")) \
                    or text.startswith(_GROUNDS_NAMED_AFTER, match.end()):
                continue  # (市文化宫中心广场: a square)
            if text.startswith("长", match.end() + 1) and text[match.end()] != text[match.end() - 1]:
                continue  # 市某某局副局长: a post across the agency's name (市法院院长 is the court's head's)
            if len(match.group(3)) == 1 and words.get(text[match.end() - 1: match.end() + 1], (0, ""))[1] == "v":
                continue  # 某市疫情仍处于…: the head's character opens a verb (处于), no agency
            if stem and match.group(3) in _PUBLIC_HALLS:
                continue  # 市职工图书馆: a hall of a kind (the workers', a union's), not the city's own
            if _QUANTITY_OPENING.match(stem) or KINDS_OF_INSTITUTION.fullmatch(stem + match.group(3)) \
                    or match.group(3) == "中心" and text.startswith("城", match.end()):
                continue  # 我市首批五所, 市部分律师事务所, 市农村学校: some or a kind; 省域副中心城市: a city's role
            if _LEVELS_TOGETHER.search(text, start, match.end()):
                continue  # 州县两级应急管理局: the bodies of two levels together, none named
            if _OUR_PLACE.match(text, start - 1) and match.group(3).endswith("公司"):
                continue  # 我市某某实业有限公司: a company of our city, named without it
            if match.group(3) == "中心" and _VENUE_CENTRE.search(stem) and (
                    text[start - 1: start] == "在" or _ROOM.match(text, match.end())):
                continue  # 在县会议中心召开, 县行政中心大礼堂: a venue, not a body
            if len(match.group(1)) == 1 and text[start: start + 2] in words and text[start + 1: start + 3] not in words \
                    and not text.startswith(_LEVEL_PREFIXES, start + 1):
                continue  # 市政环卫服务中心, 市场监管所: the level opens a word (市政, 市场), not an agency's name (县城管局)
            rarest = _TRADE_VERB if match.group(3) in _ASSOCIATIONS else 0
            opening, opening_tag = words.get(stem[:2], (0, ""))
            if NAME_STOP.search(_fields_joined(stem)) or holds_verb(stem + match.group(3)[0], rarest=rarest) \
                    or opening_tag == "v" and opening >= rarest:
                continue  # (公安分局: no verb 安分 across the words; 快递行业协会, 出租汽车协会: a trade's rare verb is its noun)
            place = registry[named_place.kb_id_] if named_place else home_region(doc, match.group(1), start)
            if place is None:
                continue
            unit = _POLICE_UNIT.match(text, match.end())  # 区公安分局交警支队: the agency's unit named after it
            end = unit.end() if unit else match.end()
            name = text[named_place.start: end] if named_place else _agency_place_name(place) + text[start + len(match.group(1)): end]
            add_mention(doc, named_place.start if named_place else start, end, "ORG", named("org", name),
                        "organizations.named_place_agency" if named_place else "organizations.bare_level_agency")

    @staticmethod
    def _trade_names(doc: Doc) -> None:
        """走访弘名科技、明都线缆等企业: a company by its trade name and its trade (a company's name
        without its place and its form), as an item of a list or the place of a visit."""
        text = text_of(doc)
        for trade in _TRADE.finditer(text):
            end = trade.end()
            closed = _LIST_OF_FIRMS_CLOSING.match(text, end) is not None  # 甲制药、乙化工等6家试点企业
            for start in (trade.start() - 2, trade.start() - 3):  # a trade name of two or three characters
                before = text[max(start - 1, 0): start]
                listed = before in ("、", "和") or text[end: end + 1] in ("、", "和", "等")
                if start < 0 or not (listed and (before in "、，,：:和在了" or closed) or text[start - 2: start] in VISIT_VERBS):
                    continue
                trade_name = text[start: trade.start()]
                common = common_words().get(trade_name, (0, ""))[0] >= (_COMMON_STEM if closed else 1)
                if not CJK_CHAR.match(trade_name[0]) or common or holds_verb(trade_name) \
                        or _NOT_IN_TRADE_NAME.search(trade_name) \
                        or text[start:end] in common_words() or text[trade.start() - 1: end] in common_words() \
                        or common_words().get(text[end - 1: end + 1], (0, ""))[0] >= _FREQUENT_WORD_ACROSS \
                        or common_words().get(text[start - 1: start + 1], (0, ""))[0] >= _FREQUENT_WORD_ACROSS:
                    continue  # (手机充电器: the trade's word, 电器, ends a longer one, 充电器; 园林绿化工人: its last
                    # character opens a frequent word, 工人; 组织某某水泥: its first ends one, 组织)
                if not covered(doc, start, end, ("REGION", "UNION", "ORG", "PROGRAM", "PERSON")):
                    add_mention(doc, start, end, "ORG", named("org", text[start:end]), "organizations.trade_name")
                break

    @staticmethod
    def _brands(doc: Doc) -> None:
        """美团骑手, 顺丰速运: companies named by their brand alone (kg/data/brands.txt); not an
        account on one (抖音号), nor the end of a longer word (点点滴滴)."""
        text = text_of(doc)
        words = common_words()
        found = []
        companies = {entity.name: entity for entity in entities_of(doc).values() if entity.type == "Organization"}
        short_names = short_company_names()
        for _, start, end in _brands().find_matches_as_indexes(text):
            if text[end: end + 1] == "号" or any(text[start - length: end] in words for length in (1, 2) if start >= length) \
                    or end - start == 2 and text[end - 1: end + 1] in words \
                    or text[start:end] in short_names and (not _STANDS_ALONE.match(text, end)
                                                           or words.get(text[start - 1: start + 1], (0, ""))[0] >= _FREQUENT_WORD_ACROSS
                                                           or text.endswith(_WEBSITE_END, start, end) and _NAME_GOES_ON_BEFORE.match(text, start - 1)):
                continue  # 抖音号: an account; 点点滴滴: the end of a longer word; 集中通报: a short brand's last character
                # opens a word; 中铁大桥局: a short name opening a longer one; 东南网, 川南网: a website's name it ends
            if not covered(doc, start, end, ("REGION", "UNION", "ORG", "PROGRAM")):
                brand = text[start:end]
                # 美团集团…美团骑手: the company the article names by its brand and a head is the brand's
                company = next((companies[brand + head] for head in _BRAND_COMPANY_HEADS if brand + head in companies), None)
                add_mention(doc, start, end, "ORG", company or named("org", brand), "organizations.brand")
                found.append((start, end))
        for start, end in _listed_with_brands(text, found):
            if not covered(doc, start, end, ("REGION", "UNION", "ORG", "PROGRAM", "PERSON")):
                add_mention(doc, start, end, "ORG", named("org", text[start:end]), "organizations.listed_brand")

    @staticmethod
    def _national_bodies(doc: Doc) -> None:
        """人社部, 国家卫生健康委, 全国妇联: the national bodies of kg/data/national_bodies.txt, by their
        full names or the short forms official texts use; not inside 教育部门 (a kind of department), nor a
        member's title or a venue named after one (全国人大代表, 全国政协委员, 全国人大会议中心), nor another
        party's centre (国民党中央), nor a short form of two characters across words (集中办理: no 中办)."""
        text = text_of(doc)
        automaton, full_names = _national_bodies()
        for _, start, end in automaton.find_matches_as_indexes(text):
            if text[end: end + 1] != "门" and not (text.endswith(_MEMBERS_BODIES, start, end) and _TITLE_OR_VENUE_AFTER_BODY.match(text, end)) \
                    and not text.endswith(_OTHER_PARTIES, 0, start + 1) \
                    and not covered(doc, start, end, ("REGION", "UNION", "ORG", "PROGRAM")) \
                    and not (end - start == 2 and _inside_words(text, start, end)):
                add_mention(doc, start, end, "ORG", named("org", full_names[text[start:end]]), "organizations.national_body")

    @staticmethod
    def _quoted_brands(doc: Doc) -> None:
        """“某某外卖”“某某快送”等平台: companies named by the quoted brands listed before 等 and a
        word for businesses."""
        text = text_of(doc)
        for run in QUOTED_BRANDS.finditer(text):
            for quote in BRAND_QUOTE.finditer(text, run.start(), run.end()):
                start, end = quote.start() + 1, quote.end() - 1
                if not covered(doc, start, end, ("UNION", "ORG", "PROGRAM")):
                    add_mention(doc, start, end, "ORG", named("org", text[start:end]), "organizations.quoted_brand")

    @staticmethod
    def _department_start(doc: Doc, start: int, region_ends: dict[int, int], name_ends: set[int]) -> int:
        """广东省人力资源和社会保障厅: a government department's name joins two fields with 和;
        it starts at the place before them, if a place is there (and the first field is not a
        name of its own: 杭州市人民政府和华联集团)."""
        text = text_of(doc)
        for field_start in range(start - 3, max(start - 5, 0) - 1, -1):  # 2–4 characters and 和
            if field_start in region_ends and _JOINED_FIELD.fullmatch(text, field_start, start):
                if start - 1 in name_ends or covered(doc, field_start, start - 1, ("UNION", "ORG")):
                    break
                return region_ends[field_start]
        return start

    @staticmethod
    def _referred_back(doc: Doc) -> None:
        """该公司工会, or 公司工会 (局工会, 院工会) opening a clause: the union of the organisation of that kind named
        last before it (placed where that organisation's name places it), or the last union
        named after such an organisation (中铁某局有限公司工会 … 公司工会主席). 该公司 alone is
        that organisation."""
        text = text_of(doc)
        references = []  # (where the reference starts, where the kind's word starts, the kind, with 工会, end)
        for match in _REFERRED.finditer(text):
            if match.group(1) == "行" and not match.group(2) \
                    and common_words().get(text[match.start(): match.start() + 2], (0, ""))[0] >= _WORD_OPENED_BY_BANK:
                continue  # 该行为, 其行动: a word, no bank
            post_after = not match.group(2) and match.group(1) in _COMPANY_KINDS and _COMPANY_POST.match(text, match.end())
            start = _reference_start(text, match.start(), demonstrative_only=not match.group(2) and not post_after)
            if start is not None:
                kind = "集团" if match.group(1) == "集团公司" else match.group(1)
                references.append((start, match.start(), kind, bool(match.group(2)), match.end()))
        for union_word in _UNIT_UNION.finditer(text):  # 局工会, 该院工会: a unit's one character, opening a clause
            kind_at = union_word.start() - 1
            if kind_at >= 0 and text[kind_at] in _UNIT_KINDS and (start := _reference_start(text, kind_at)) is not None:
                references.append((start, kind_at, text[kind_at], True, union_word.end()))
        if not references:
            return
        registry = entities_of(doc)
        owners = [span for span in mentions(doc) if span.label_ in ("ORG", "UNION")]
        regions = mentions(doc, "REGION")
        for start, kind_start, kind, with_union, end in sorted(references):
            earlier = [span for span in owners if span.end <= kind_start and _of_kind(registry[span.kb_id_], kind)]
            if not earlier or _OUR_PLACE.search(text, earlier[-1].end, kind_start):
                continue  # (某大学工会一行来我校，校工会主席…: the writer's own school, not the one named)
            owner = earlier[-1]
            if not with_union:  # 该公司 itself
                if owner.label_ == "ORG":
                    add_mention(doc, start, end, "ORG", registry[owner.kb_id_], "organizations.referred_back")
                continue
            if owner.label_ == "UNION":
                add_mention(doc, start, end, "UNION", registry[owner.kb_id_], "organizations.referred_back")
                continue
            add_mention(doc, start, end, "UNION", _union_of(owner, registry, regions), "organizations.referred_back")

    @staticmethod
    def _short_forms(doc: Doc) -> None:
        """市人社局, 湖北省人社厅, 县委, 县政府: government bodies by their standard short forms,
        named after the place written before them or, when bare, the article's own place."""
        text = text_of(doc)
        registry = entities_of(doc)
        short_forms = list(_SHORT_FORM.finditer(text))
        if not short_forms:
            return
        regions = {span.end: span for span in mentions(doc, "REGION")}
        listed_after: tuple[int, Entity] | None = None  # where the last one ended, and its place
        federation_places = {span.end: registry[place] for span in mentions(doc, "UNION")
                             if (place := registry[span.kb_id_].attributes.get("region", "")) in registry}
        for match in short_forms:
            short = match.group(1)
            if short == "政协" and text.startswith("委员", match.end()) or short == "人大" and text.startswith(
                    ("代表", "常委"), match.end()) or text.startswith(_GROUNDS_NAMED_AFTER, match.end()) \
                    or short == "政府" and (_WEBSITE.match(text, match.end()) or text.startswith(_DEALINGS_WITH, match.end())):
                continue  # 区政协委员, 市人大代表: a member's title, not the body; 县政府广场, 某市政府网: a square or site
                # named after it; 某公司江苏政府事务经理: a company's dealings with government
            before = _LEVEL_BEFORE.search(text, max(0, match.start() - 3), match.start())
            level = before.group(1) if before else None
            start = before.start() if before else match.start()
            written = regions.get(match.start()) or (regions.get(start) if level else None)
            place_entity: Entity | None
            if written is not None:
                if short in _INSTITUTIONS or short == "委" and registry[written.kb_id_].attributes.get("level") == "village":
                    continue  # (某某村委: the village's committee of villagers, no party committee)
                start, place_entity = written.start, registry[written.kb_id_]
            elif level and "各" in text[max(0, start - 2): start]:
                continue  # 各区市卫生健康局: the bodies of every place, no one's
            elif level and bare_form_starts(text, start - len(_committee_prefix(text, start, short))):
                # 区人力资源和社会保障厅: a 厅 is a province's, so a bare 区 before it is an autonomous region
                place_entity = home_region(doc, AUTONOMOUS_REGION if level == "区" and short.endswith("厅") else level, start)
            elif short.endswith("厅") and bare_form_starts(text, start) and not _inside_named_department(text, start, regions):
                # 联合民政厅、财政厅: a province's department written without its level (not the end of a longer
                # name: 某省文化广电出版体育厅)
                place_entity = home_region(doc, "省", start) or home_region(doc, AUTONOMOUS_REGION, start)
            elif listed_after is not None and _LISTED_BETWEEN.fullmatch(text, listed_after[0], start):
                place_entity = listed_after[1]  # 省工信厅、国资委, 市人社局、财政局、国资办、人社局: listed after one, its place
            elif (listed_place := next((place for union_end, place in federation_places.items()
                                        if _LISTED_AFTER_FEDERATION.fullmatch(text, union_end, start)), None)) is not None:
                place_entity = listed_place  # 某县总工会、卫生局, 某市总工会与市邮政管理局、市场监督管理局: listed after the
                # place's federation
            else:
                continue
            if place_entity is None or covered(doc, start, match.end(), ("UNION", "ORG")):
                continue
            place = _agency_place_name(place_entity)
            form = _SHORT_FORMS[short]
            name = form.format(place=place) if "{place}" in form else _court_or_procuratorate(place_entity, place, form)
            end = match.end()
            department = _PARTY_DEPARTMENT.match(text, end) if short == "委" else None
            chain_start = start
            while (outer := regions.get(chain_start)) is not None:
                chain_start = outer.start  # (共青团长沙市芙蓉区委: the prefix before the places written)
            prefix = _committee_prefix(text, chain_start, short)
            league = prefix if prefix in _LEAGUE else ""
            if league:  # 共青团某县委, 团市委: the Youth League's committee, not the Party's
                name, start, department = f"共青团{place}委员会", chain_start - len(league), None
            elif prefix:  # 民革某市委: that party's committee of the place, not the Communist Party's
                name, start, department = f"{_DEMOCRATIC_PARTIES[prefix]}{place}委员会", start - len(prefix), None
            if department:  # 县委组织部, 区委社会工作部: a department of the party committee
                name, end = f"中共{place}委员会{_PARTY_DEPARTMENT_NAMES.get(department.group(0), department.group(0))}", department.end()
            elif short != "委" and (unit := _SUB_UNIT.match(text, end) or _POLICE_UNIT.match(text, end)):
                name, end = name + unit.group(0), unit.end()  # 省政府驻某地办事处, 市公安局交警支队: a unit of the body
            add_mention(doc, start, end, "ORG", named("org", name), "organizations.short_form")
            listed_after = (end, place_entity)
            if short == "委" and not department and not league and text.startswith(_STANDING_MEMBER, end) \
                    and (chained := _PARTY_DEPARTMENT.match(text, end + len(_STANDING_MEMBER))):
                # 某市委常委、组织部部长某某: the committee's department, the next post of the chain
                department_written = re.sub("^[省市县区州]委", "", chained.group(0))  # (常委、市委统战部部长)
                chained_name = _PARTY_DEPARTMENT_NAMES.get(department_written, department_written)
                add_mention(doc, chained.start(), chained.end(), "ORG", named("org", f"{name}{chained_name}"),
                            "organizations.short_form")

    @staticmethod
    def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """中国建筑第三工程局有限公司 over 中国建筑第三工程局: keep spans no other span holds."""
        kept: list[tuple[int, int]] = []
        for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
            if kept and kept[-1][0] <= start and end <= kept[-1][1]:
                continue
            if kept and start <= kept[-1][0] and kept[-1][1] <= end:
                kept[-1] = (start, end)
                continue
            kept.append((start, end))
        return kept

    @staticmethod
    def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A company and its branch written together (…有限责任公司昆明供电局) are one name."""
        joined: list[tuple[int, int]] = []
        for start, end in spans:
            if joined and joined[-1][1] == start:
                joined[-1] = (joined[-1][0], end)
            else:
                joined.append((start, end))
        return joined


def _unit_of_parent(name: str, other: str) -> bool:
    """Whether `other` is the unit `name` written after the body it belongs to (某分行 in 中信银行某分行)."""
    return len(name) >= _SHORTEST_UNIT_NAME and len(other) > len(name) and other.endswith(name) \
        and _HEAD_AT_END.search(other, 0, len(other) - len(name)) is not None


def _in_running_text(text: str, start: int, end: int) -> bool:
    """Whether [start, end) stands in a sentence of the article, not in a credit, a byline or a line of
    the page's furniture (来源：…, …记者 某某, …出品)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return line_end - line_start >= _SHORTEST_SENTENCE_LINE and not in_credit_line(text, start) \
        and not _CREDIT_AFTER.match(text, end) and not _CREDIT_BEFORE.search(text, max(line_start, start - 8), start)


def _own_words(stem: str) -> str:
    """The words of a name after the last organisation it holds (某某控股集团白河煤电 → 白河煤电): a
    subsidiary's own name, which a verb-like word in its parent's (控股) does not spoil."""
    heads = list(_HEADS.finditer(stem))
    return stem[heads[-1].end():] if heads else stem


def _names_parent(stem: str, legal_name: str) -> bool:
    """Whether `stem`, a name with a head of its own (中铁某局集团), opens `legal_name` as the parent of
    a unit named after it (中铁某局集团第二工程有限公司) rather than as the same body's legal form."""
    return _HEAD_AT_END.search(stem) is not None \
        and _LEGAL_FORM.fullmatch(legal_name, legal_name.find(stem) + len(stem)) is None


def _inside_named_department(text: str, start: int, region_ends: dict[int, Mention]) -> bool:
    """Whether the words at `start` end the name of a department its place opens a few words before
    (某省文化广电出版体育厅: not a bare 体育厅; 某省总工会联合民政厅, 某省某厅和建设厅: a body between, the bare one)."""
    return any((end in region_ends or text[end - 1: end] in _LEVEL_CHARACTERS and bare_form_starts(text, end - 1))
               and all(NAME_CHAR.match(c) for c in text[end: start])
               and not _HEADS.search(text, end, start) and "工会" not in text[end: start]
               for end in range(max(1, start - _LONGEST_FIELDS), start - 1))


def _fields_joined(stem: str) -> str:
    """An agency's words with the 和 that joins two of its fields taken out (文化体育和旅游 → 文化体育旅游),
    where the words on both sides are words of two characters or more; else the words as they are."""
    before, joined, after = stem.partition("和")
    if joined and len(before) >= 2 and len(after) >= 2 and splits_into_words(before) and splits_into_words(after):
        return before + after
    return stem


def _place_name_of(text: str, body: Mention, places: dict[int, Mention], registry: dict[str, Entity]) -> str:
    """The place a body's name opens with, as its name writes it (山东省企业联合会, 省企业联合会 → 山东省),
    or "" for a name that opens with none."""
    place_end = body.start
    while (written_place := places.get(place_end)) is not None and written_place.end < body.end:
        place_end = written_place.end  # (山东省企业联合会: after the places written; 省企业联合会: after the level)
    stem = text[place_end: body.end].lstrip(_BARE_LEVEL_WORDS)
    name = registry[body.kb_id_].name
    return name[: len(name) - len(stem)] if name.endswith(stem) and name != stem else ""


def _written_short(short: str, full: str) -> bool:
    """Whether `short` is `full` as written, or written without the level of a place (市, 县, 区:
    襄阳一中 for 襄阳市一中) or the 人民 of a court, procuratorate, hospital or government."""
    if short == full:
        return True
    if len(short) < 4 or short[-1] != full[-1]:
        return False
    position = 0
    for character in short:
        while full[position] != character:
            if full.startswith(_PEOPLE_S, position) and full.startswith(_PEOPLE_S_BODIES, position + 2):
                position += 2
            elif full[position] in _PLACE_LEVELS and position > 1:
                position += 1
            else:
                return False
            if position == len(full):
                return False
        position += 1
    return position == len(full)


def _committee_prefix(text: str, start: int, short: str) -> str:
    """Whose committee a place's 委 starting at `start` is, if not the Communist Party's: the Youth League's
    prefix (共青团某县委, 团市委) or a democratic party's short name (民革某市委, 民盟市委) before it."""
    if short != "委":
        return ""
    return next((prefix for prefix in _COMMITTEE_PREFIXES if text.endswith(prefix, 0, start)), "")


def _after_copula_or_aspect(text: str, start: int, end: int) -> int:
    """Where a name found from `start` to `end` starts after an aspect particle opening it (诠释着某集团) or
    the copula 系 inside it (某某系县粮食局下岗职工): neither part of a word there."""
    if not _ASPECT_OR_COPULA.search(text, start, end):
        return start
    words = common_words()
    stops = [position for position in range(start, end) if (text[position] in ASPECT_PARTICLES or text[position] == _COPULA
                                                             and position > start)
             and text[max(position - 1, 0): position + 1] not in words and text[position: position + 2] not in words]
    return stops[-1] + 1 if stops else start


def _court_or_procuratorate(place: Entity, place_name: str, form: str) -> str:
    """The body `form` names of a place (`place_name` as written in the body's name); a people's court of a
    province or a prefecture is its high or intermediate court (市法院 of a prefecture: 某市中级人民法院)."""
    return place_name + (_COURT_OF_LEVEL.get(place.attributes.get("level", ""), form) if form == _PEOPLE_S_COURT else form)


_LEVELS_WITH_AGENCIES = ("province", "prefecture", "county")
# The heads of a government agency that a place written in full may open with any words between (松阳县建设局,
# 某县环卫处): not companies, associations or halls, named as their own words say.
_AGENCY_HEADS = ("执法局", "执法大队", "执法支队", "局", "厅", "委员会办公室", "办公室", "总队", "大队", "支队", "处")


def _agency_place_name(place: Entity) -> str:
    """The place as the name of its government body carries it: a district with its city (区人社局:
    淮北市相山区人力资源和社会保障局), any other place by its own name."""
    return formal_place_name(place) if place.attributes.get("level") == "county" else place.name


def _listed_with_brands(text: str, brands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The other items of a list joined by 、 that holds a known brand (顺丰、某通、某达的快递员): names
    of two to four characters between separators, other than common words (邮政)."""
    words = common_words()
    items: set[tuple[int, int]] = set()
    for start, end in brands:
        position = end
        while (item := _LISTED_AFTER.match(text, position)) is not None:
            items.add(item.span(1))
            position = item.end(1)
        position = start
        while (item := _LISTED_BEFORE.search(text, max(0, position - _LONGEST_LISTED - 2), position)) is not None:
            items.add(item.span(1))
            position = item.start(1)
    return sorted(span for span in items - set(brands) if words.get(text[span[0]: span[1]], (0, ""))[0] < _COMMON
                  and words.get(text[span[0]], (0, ""))[1] not in _FUNCTION_TAGS)  # not 但某某: a conjunction opens no name


def _inside_words(text: str, start: int, end: int) -> bool:
    """Whether [start, end) opens with the end of a frequent word and ends with the start of another (集中办理),
    or opens with the end of a very frequent one (集中办卡, 集中办证)."""
    words = common_words()
    before, after = (words.get(text[at - 1: at + 1], (0, ""))[0] for at in (start, end))
    return before >= _FREQUENT_WORD_ACROSS and (after >= _FREQUENT_WORD_ACROSS or before >= _VERY_FREQUENT_WORD_ACROSS)


@cache
def _national_bodies() -> tuple[ahocorasick_rs.AhoCorasick, dict[str, str]]:
    """An automaton that finds the national bodies' names and short forms, and each one's full name."""
    full_names: dict[str, str] = {}
    for entry in word_list("national_bodies"):
        full, _, short = entry.partition("=")
        full_names.update({form: full for form in (full, *filter(None, short.split("、")))})
    return ahocorasick_rs.AhoCorasick(list(full_names), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), full_names


def _national_body_in_full(name: str) -> str:
    """A unit's name that opens with a national body's short form, with the body's full name
    (中互会某省办事处 → 中国职工保险互助会某省办事处, one office however written)."""
    full_names = _national_bodies()[1]
    return next((full_names[name[:size]] + name[size:] for size in range(len(name) - 2, 1, -1) if name[:size] in full_names), name)


def _name_before(text: str, position: int) -> bool:
    """Whether a person's name of two or three characters, no common word, ends at `position`
    (…厅刘建华厅长: the name of the one who holds the post)."""
    words = common_words()
    return any(text[position - length] in SURNAMES and text[position - length: position] not in words
               and text[position - length - 1: position - length + 1] not in words for length in (3, 2)
               if position > length)


def _kind_of_body(stem: str) -> bool:
    """Whether a name is a frequent common noun and a noun for a body, a kind of body and no body's
    name (律师事务所: 律师 + 事务所, 高校法学院; not 青松林场, whose 青松 is no frequent noun)."""
    words = common_words()
    for cut in range(2, len(stem) - 1):
        frequency, tag = words.get(stem[:cut], (0, ""))
        if frequency >= _FREQUENT_COMMON_NOUN and tag in _COMMON_NOUN_TAGS and words.get(stem[cut:], (0, ""))[1] in _COMMON_NOUN_TAGS:
            return True
    return False


@cache
def _brands() -> ahocorasick_rs.AhoCorasick:
    """An automaton that finds the brands and the short names of companies, the longest where they overlap."""
    return ahocorasick_rs.AhoCorasick(list({*word_list("brands"), *short_company_names()}),
                                      matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)




def _union_of(organisation: Mention, registry: dict[str, Entity], regions: list[Mention], word: str = "工会") -> Entity:
    """The union of a mentioned organisation (or of its organs: 机关工会), placed in the last place its name holds."""
    places = [span.kb_id_ for span in regions if organisation.start <= span.start and span.end <= organisation.end]
    return enterprise_union(registry[organisation.kb_id_].name + word, places[-1] if places else None)


_BEFORE_BODY = "由在经"  # prepositions that a body's name follows (由某某主办, 在某某的组织下, 经某某批准)


def _reference_start(text: str, position: int, demonstrative_only: bool = False) -> int | None:
    """Where a reference back whose kind's word starts at `position` opens: at the 该 or 其 before
    it (该公司), or at the word itself where it opens a clause (公司工会…), unless only a
    demonstrative may open it; None where it opens neither."""
    before = text[position - 1: position] if position > 0 else ""
    if before in _REFERRING:
        return position - 1
    opens = not CJK_CHAR.match(before or "，") or before in _BEFORE_BODY  # (由医院工会主办: after 由 too)
    return position if not demonstrative_only and opens else None


def _of_kind(entity: Entity, kind: str) -> bool:
    """Whether an organisation is a 公司 / 集团 / … (for 企业 a business of any of its kinds, not an
    agency), or a union is such a one's."""
    name = entity.name
    if entity.type == "UnionBody":
        if "region" in entity.attributes or "parent" in entity.attributes or not name.endswith("工会"):
            return False  # a federation or a department, not an enterprise's union
        name = name.removesuffix("工会")
    if kind == "校":
        return name.endswith(_SCHOOL_ENDS)  # 校工会 after 某大学工会, 某学院
    if kind == "集团" and (group := name.rfind(kind)) >= 0 and _LEGAL_FORM.fullmatch(name, group):
        return True  # 某某集团有限公司: a group by its legal name
    return name.endswith(_BUSINESSES) if kind == "企业" else name.endswith(kind)


@Language.factory("kg_organizations")
def make_organization_recognizer(nlp: Language, name: str) -> OrganizationRecognizer:
    return OrganizationRecognizer()
