"""UNION: trade-union bodies, from the morphology of their names.

- A place + 总工会 / 工会 / 工会联合会 is the federation of that place (恩平市总工会, 新疆工会);
  its canonical name is the place's full name + 总工会 and its id follows the place's code.
- A place + 总 is the same federation abbreviated (恩平市总), unless 总 starts a word (总体).
- A list of places before one head is one federation each (遵义市、铜仁市等市州总工会).
- 全总 is 中华全国总工会; a bare 省总 / 市总工会 / 县总 / 市工人文化宫 … is the federation (or its
  institution) of the article's own province, city or county, preferring one the article names.
- A union name + a department head is a department or institution (北京市总工会权益工作部,
  黑龙江省工会干部学院).
- A union + 驻 + place + 工作队 is a team it stations there, located in that place.
- An enterprise or industry name + 工会 / 工会联合会 is that body's union (中建五局安装公司工会);
  中国 + an industry + 工会 + (全国)委员会 is a national industrial union's committee.
"""
from __future__ import annotations

import bisect
import re
from functools import cache
from itertools import chain
from typing import NamedTuple

import ahocorasick_rs
from spacy.language import Language
from spacy.tokens import Doc

from kg.components.base import (
    ADVERB_TAGS,
    AREA_OFFICE,
    AUTONOMOUS_REGION,
    CJK,
    CJK_CHAR,
    CLAUSE_MARKS,
    DOUBLED_LEVELS,
    EDITION,
    FORMER,
    KINDS_OF_BUSINESS,
    KINDS_OF_INSTITUTION,
    KINDS_OF_UNIT_BEFORE_PLACE,
    MODALS,
    NAME_STOP,
    OUTSIDE_THE_FEDERATION,
    PREDICATES,
    TRADES,
    VISIT_VERBS,
    WHOLE_SCOPES,
    Mention,
    add_mention,
    after_kind_of_unit,
    bare_form_starts,
    bureau_name_start,
    chain_place,
    clause_before_institution,
    covered,
    entities_of,
    holds_verb,
    home_region,
    join_written_without_legal_form,
    joins_word_before,
    leads_into_name,
    mentions,
    name_start_around_places,
    name_start_before,
    named_by_given_short_name,
    opens_with_adverb,
    repoint_mention,
    repoint_to_fuller,
    splits_into_words,
    start_after_last,
    stops_name,
    text_key,
    text_of,
    trade_name_start,
)
from kg.gazetteer import LEVEL_RANK, Region, common_words, default_gazetteer
from kg.wordlists import word_list
from kg.model import Entity
from kg.regexes import regex

NATIONAL_ID = "union:national"
NATIONAL_NAME = "中华全国总工会"
# The unions of a place's offices (某镇机关工会): named after the place, but no federation of it.
ORGAN_UNION_WORDS = ("机关工会联合会", "机关工会", "人民政府工会")

# 工会系统, 工会工作: the union system, union work, not a body (but 某市总工会工作人员 are its staff);
# a zone's 工会工作委员会 (工会工委) is its union, and a 联合工会 joins the unions of a trade or a
# platform's branches, a prefecture's 工会办事处 its office, a township's 机关工会 (人民政府工会) the
# union of its offices: named as written. Each word carries the lookahead, so that every branch
# opens with a literal character (see `scannable`).
_UNION_WORDS = ("工会联合总会", "工会总联合会", "工会联合会", "工联总会", "工联会", "联合基层工会", "联合工会", "工会工作委员会", "工会工委", "工会办事处", *ORGAN_UNION_WORDS, "工会(?!联合会|总联合会)")
_WORK = regex("工作(?!委员会|委|人员|者)")
_UNION_WORD = regex("(总工会(?!系统)|" + "|".join(
    f"{word}(?!系统|智慧{'' if word.endswith('会') and word != '工会' else '|' + _WORK.pattern})" for word in _UNION_WORDS) + ")")
# (某某工会工作: union work, no union named; 某某产业工会联合会工作情况: the federation's work)
# A company's division before its 分工会 (某公司检修部分工会, 某公司运行分工会), not some of its unions (某集团下属部分工会,
# 某集团公司部分工会).
_DIVISION_UNION = regex(f"(?:公司|集团|厂|矿)(?:(?:(?![属各的些有公司])[{CJK}]){{1,6}}?(?:部|车间|分厂|中心|队|站|科|室)"
                        f"|(?:(?![属各的些有公司])[{CJK}]){{2}})分$")
_LONGEST_DIVISION_UNION = 12
# A company's brand in brackets between its name and its union (某某科技有限公司（某某出行）联合工会).
_BRACKETED_BRAND = regex(f"(?:(?<=公司)|(?<=局))[（(][{CJK}A-Za-z]{{2,8}}[）)]$")  # (某烟草专卖局（分公司）工会)
_LONGEST_BRACKETED_BRAND = 10
# Another name of a place in brackets right after it (某新区（高新区）).
_ALIAS = regex(f"[（(][{CJK}]{{2,10}}[）)]")
# 某街道工会委员会: the union's committee is the union itself.
_UNION_COMMITTEE = "委员会"
# A union's committees written short: its women workers' committee and its funds' audit committee.
_SHORT_COMMITTEES = {"女职工委": "女职工委员会", "女职委": "女职工委员会", "女工委": "女职工委员会", "经审会": "经费审查委员会",
                     "经审委": "经费审查委员会", "经审办": "经费审查委员会办公室", "经审": "经费审查委员会", "女工": "女职工委员会"}
# The same committees written with their short stem and a full head (经审委员会, 女工委员会): their full names.
_COMMITTEES_IN_FULL = {short + "员会": full for short, full in _SHORT_COMMITTEES.items() if short.endswith("委")}
_STEMS_BEFORE_POSTS = ("经审", "女工")  # a committee by its stem alone, right before its chair's post (经审主任, 女工主任)


def _short_committee_pattern(short: str) -> str:
    """How a committee's short form is found: 女职工委 not inside 女职工委员会 in full; a stem only before its
    chair's post (经审主任); a form in 委 not before 员 (女工委员, 经审委员: members), save in 委员会 (女工委员会,
    经审委员会: short forms too); 经审办 not inside 经审办公室."""
    if short == "女职工委":
        return f"{short}(?!员)"
    if short in _STEMS_BEFORE_POSTS:
        return f"{short}(?=副?主任)"
    if short.endswith("办"):
        return f"{short}(?!公)"  # (not inside 经审办公室, the office written in full)
    return f"{short}(?!员(?!会))" if short.endswith("委") else short


_SHORT_COMMITTEE = regex("|".join(map(_short_committee_pattern, _SHORT_COMMITTEES)))
_SENTENCE_END = regex("[。！？；\n]")
# The union words written short: 工联会 is a 工会联合会.
_FULL_UNION_WORD = {"工联会": "工会联合会", "工联总会": "工会联合总会"}
# The federations outside the mainland's, each by its own word (澳门工联会 is 澳门工会联合总会: Macao has no
# 工会联合会), whichever short word an article writes.
_OUTSIDE_FEDERATION_WORDS = {"澳门": "工会联合总会", "香港": "工会联合会"}
# 黄岭工会联合会, 石南工联会: the federation of a place below the township that no list names.
_LOCAL_FEDERATION = regex("工会联合会|工联会")
_TOWNSHIP_LEVEL_WORDS = "镇乡"  # a township's level written bare before its federation (镇工会联合会)
# The departments only a union has, by their short or full names (法工部, 权益保障部), before their head's
# post; its committees (女职工委员会) before their head's post or their meeting (two scans, each quick to run).
_UNION_ONLY_DEPARTMENTS = ("法工部|宣教部|基层部|女工部|女职工部|权保部|权益保障部|基层工作部|宣传教育部|"
                           "网络工作部|劳动和经济工作部|经济工作部|法律工作部|劳动经济部|劳动保护部|经济技术部|生产保护部|组织工作部")
# A federation's women workers' committee or department written right after its place (某市女职工委员会, 某县女工委),
# and its full names.
_WOMEN_WORKERS_UNIT = regex("女职工委员会|女职委|女工委|女职工部|女工部")
_WOMEN_WORKERS_UNITS_IN_FULL = {"女职委": "女职工委员会", "女工委": "女职工委员会", "女工部": "女职工部"}
_BARE_UNION_DEPARTMENT = regex(f"({_UNION_ONLY_DEPARTMENTS})(?=副?部长|负责人)")
_BARE_UNION_COMMITTEE = regex("(女职工委员会|经费审查委员会)(?=(?:办公室)?副?主任|(?:第[一二三四五六七八九十\\d]+次)?(?:全体|扩大)?会议)"
                               "|(?:(?<=[、和及])|(?<=产生了)|(?<=产生))(?:第[一二三四五六七八九十\\d]{1,3}届|新一届)(女职工委员会|经费审查委员会)")
# (…第九届委员会、第九届经费审查委员会, 协商产生第九届女职工委员会: the committees of its term, elected)
# Departments every kind of body has (组织部), a union's when a chain of its posts leads to them
# (某总工会党组成员、组织部部长).
_SHARED_DEPARTMENT = regex("(组织部|宣传部)(?=副?部长)")
# A department whose head a union's officer leads (某总工会副主席某某率领财务部副部长某某), and how far after the union.
_LED_DEPARTMENT = regex(f"(?<=率领|带领)([{CJK}]{{2,8}}?部)(?=副?部长)")
_LEADER_REACH = 14
_POSTS_BEFORE = regex("(?:[^，。；、,;\\s]{2,8}、){1,4}")
# A trade written before 、 in a list of trades whose union follows (快递行业、物流行业工会联合会).
_LISTED_TRADE = regex(f"[{CJK}]{{2,6}}行业$")
# 家政、仓储物流和网约车等行业工会联合会, 保洁员和护工两个行业联合工会, 某区医药、餐饮行业工会: trades listed
# before one union word (the list looked for before that word only).
_TRADES_TAIL = regex("(?P<closed>等|[两三四五六七八九十]个)?(?P<trade>行业|产业)(?P<union>工会联合会|工联会|联合工会|工会)")
_TRADES_LISTED = regex(f"[{CJK}]{{2,6}}(?:[、和及与][{CJK}]{{2,6}}){{1,9}}$")
_LONGEST_TRADES_LIST = 70
_TRADE_JOINS = regex("[、和及与]")
# The first of two fields an agency's name joins with 和, right before the union's owner (某市自然资源和…局工会).
_JOINED_FIELDS_BEFORE = regex(f"[{CJK}]{{2,4}}和$")
_LONGEST_JOINED_FIELD = 5
_AGENCY_END = regex("(?:局|厅|委员会|委)$")
_UNITS_RULES = ("unions.department", "unions.bare_department", "unions.committee_short_form")  # units, not unions
_ORGANS_UNION = regex("机关工会(?:委员会)?(?!联合会|工作)")  # after a federation: its staff's union
# Nouns of an industry that hold a level's character (住房城乡建设工会, 市场监管工会): no place there.
_WORDS_WITH_LEVELS = "城乡|市场|市政"
# The 和 or 及 that joins two industries or trades (装备制造和冶金工会, 石油和化工行业工会联合会, 交通运输及邮政工会).
_AND_BETWEEN_TRADES = f"(?<=[{CJK}]{{2}})(?<!产业)[和及](?=[{CJK}]{{2}})"  # (not 产业及直属单位: all industries)
_ORGANS = "直"  # a province's or city's own organs (省直, 市直): 某省直工会 is their union
_COUNTY_ORGANS = regex(f"[县区市旗]?{_ORGANS}(?:机关)?")  # a county's own organs (某区区直机关工会, 某县县直工会)
# An industry's or a system's union of a province or city: the industry's words, then the union word.
# 工会力量, 工会干部: 工会 qualifying a noun, not ending a name.
_SECOND_FIELD_PATTERN = f"[（(][{CJK}]{{2,4}}[）)]"
_SECOND_FIELD = regex(_SECOND_FIELD_PATTERN)
_INDUSTRY = regex(f"((?:{_WORDS_WITH_LEVELS}|{_AND_BETWEEN_TRADES}|(?![省市县区州旗镇乡村的为向对给两各全总和与及](?!{_ORGANS}))[{CJK}]){{2,8}}?"
                 f"(?:{_SECOND_FIELD_PATTERN})?|{_ORGANS})"  # (某市工业（国防）工会: a second field in brackets)
                       "(工会委员会|工会联合会|工联会|工会工作委员会|工会工委|工会(?!工作|联合会|委员会))(?!系统|力量|智慧|干部|会员|员(?!工)|经费(?!审查)|平台|小程序|红娘|积极分子|建设|覆盖)")
_JOINING_AND = regex(_AND_BETWEEN_TRADES)
_AGENCY_ORGANS = regex("(?:局|厅|委员会|委|办)机关$")  # an agency's organs (某市财政局机关), whose union is the agency's
_BODY_BEFORE_AND = regex("(?:局|厅|委|办|院|公司|集团)[和及与]")  # a body joined to what follows, no trade
_PREPARING = regex("筹备委员会|筹委会|筹备组")  # the committee preparing a federation's founding
# Industries the dictionary names by a verb (装备制造, 有色金属冶炼, 出租车): no verb of a clause in the union's name.
MINING_TRADES = ("煤矿", "矿山")  # industries named like a mine (某省煤矿工会: the province's coal mines' union)
_INDUSTRY_VERBS = regex("制造|种植|冶炼|采掘|批发|出版|维修|出租")
# Words between a place and 工会 that name a way of working (智慧工会, 数字工会), an honour (优秀工会,
# 模范工会), the party, government and union together (某市党政工会领导) or the unions of a kind (某省基层工会,
# 某市企业工会, 某市国企工会: generic), not an industry: no industry's union.
_NO_INDUSTRY = regex("(?:智慧|数字|数智|智能|网上|线上|掌上|云上|指尖)化?$|模范|十佳|最美|一流|党政|首个|首家|首批|基层|企业|非公|[国央民私外]企")
_SYSTEM = "系统"  # ending a sector's words: its units' unions together (全国交通系统工会), no one union
# A kind of firm whose unions a place's union serves, named so where its officer follows (某市私营企业工会主席某某).
_KIND_OF_FIRM = regex("(?:私营|民营|外资|外商投资|台资|港资|合资|农业|中小|非公有制|非公)企业")
_OFFICER_AFTER = regex("(?:常务|专职)?副?主席")
_WORK_COMMITTEE = "工作委员会"  # a federation's committee for unions of a kind (某省直属基层工会工作委员会)
_UNNAMED_SYSTEMS = regex("有关|相关|其他|其它|^内外|单位$")  # 市直有关系统工会, 省内外工会, 市直单位工会: which ones, the words do not say
# The sectors that have unions of their own in a county (某县教育工会, 某区医务工会).
_COUNTY_SECTORS = {"教育", "卫生", "卫健", "医务", "金融", "财贸", "建设", "住建", "交通", "交通运输", "农林", "水利",
                   "电力", "邮电", "供销", "教科文卫", "教科文卫体", "教体", "文教", "文卫", "城建", "工交", "商贸",
                   "农业", "林业", "文旅", "粮食",
                   "网约车", "出租车", "货车"}  # (and trades named by their vehicle: 某县网约车工会, 某市出租车工会联合会)
_JOINT_UNION_WORDS = ("工会联合会", "工联会")  # the unions joining a trade's workplaces (and 联合(基层)工会)
_JOINED_BEFORE_UNION = regex("联合(?:基层)?$")
# Facilities and service points named after a union (…工会驿站, …工会服务站, 工会“某某驿站”, 工会法律服务角,
# 工会爱心托管班, 工会妈妈小屋, 工会爱心母婴室, 某省工会大厦): no union body (某县总工会“爱心托管”暑期班: a quoted class the union runs).
FACILITY = regex(f"(?:(?:户外)?劳动者|户外劳动|(?:户外)?职工|环卫工人|新就业形态劳动者|劳模)?(?:“?(?:驿站|爱心驿站|服务站|服务点|受理点|受理站|服务驿站|站点|之家|小家|书屋|阵地|活动室|医院|工作站|仲裁庭|大厦|大楼|(?:疗休养|疗养|休养)基地)"
                       f"|“[^“”\\n]{{1,6}}驿站”|爱心托管|(?:法律)?服务角|(?:爱心)?(?:妈妈|妈咪|母婴)(?:小屋|室)|哺乳室)"
                       f"|[{CJK}]{{2}}(?:驿站|服务站)"  # 某社区工会智能驿站
                       f"|(?:农民工|职工)?(?:维权|法律)(?:咨询|服务|援助)?(?:站|点|工作站|服务站)")  # 某工会农民工维权咨询站
_HOME_OF_A_KIND = regex(f"[{CJK}]{{1,4}}之家(?:驿站)?")  # 货车司机之家, 司机之家驿站: a home for workers of a kind
# A law or rule named after the unions of a place (《某省工会条例》, 工会法): no union body (not 总工会法工部, its legal work department).
_LAW_TITLE = regex("条例|章程|法规|法(?![律院人定治工])")
_LAW_TITLE_END = regex("(?:条例|章程|法规|办法|规定|细则|法)$")
_TITLE_LONGEST = 80  # characters
# The first characters of what may follow a place in a union's name (工会, 总工会, 职工服务中心, 等…总工会, 第二工人文化宫,
# 劳动人民文化宫).
_AFTER_PLACE = "工总职等第劳女"
_LIST_END = regex("等(?:[\\d一二三四五六七八九十]+个)?(?:[省市州县区旗]|[（(][省市州县区旗][）)]){0,3}总工会")  # 等州(市)总工会
# 甲县、乙县、丙县三地总工会: a list of places sharing one union word, after their count.
_PLACES_COUNTED = regex(f"(?:(?:等[{CJK}]{{0,4}}?)?(?P<count>[两三四五六七八九十\\d]{{1,2}})个?(?:[地级县市区旗州省]|省区?市|省区|市州|[县市区]、[县市区])"
                             f"(?:[（(][县市区旗][）)])?)(总工会|工会)")
# (三地总工会, 两县工会, 甲、乙、丙、丁等4省市工会, 甲、乙、丙三县（市）总工会; 三级总工会 of places one in
# another; 甲、乙等地工会: the unions there, uncounted, no federation each)
_ONE_CHARACTER_ADVERBS = "共也都还又再已均曾正先"  # before a verb after a union: its clause, no unit's name
_SETS_UP = ("下设", "内设")  # verbs of having units (某总工会下设组织部)
_PARTY_OR_GOVERNMENT = regex("[省市县区州旗]委(?!员)|政府")  # (省委宣传部, 市政府办公室: the party's or government's units)
_RARE_OPENING_VERB = 100  # a verb this rare (宣教) opening a department's name is a field's word, no verb
_FREQUENT_NOUN_AFTER_LEVEL = 500  # a noun this frequent a level's character opens (市政, 县城) is no bare level
_COUNTS = {numeral: value for value, numeral in enumerate("一两三四五六七八九十", 1)} | {"二": 2}
_STATIONED = regex(f"驻[{CJK}]{{2,20}}?(工作队|工作组|帮扶队|服务队)")
_SITED_IN = ("位于", "地处", "坐落于", "坐落在")  # 位于某区的某公司工会: where the text places a union
_ABBREVIATION = regex("总(?!工会)")
_REGION_ABBREVIATED = "区总"  # after an autonomous region's short name: its federation written short (宁夏区总)
_FREQUENT_VERB_AFTER_ABBREVIATION = 1000  # a verb this frequent after 某市总 (要求, 部署) makes it the federation
_VERBS_TAGGED_AS_NOUNS = ("部署",)  # verbs after 某市总 that the dictionary tags as nouns
# What 总 opens as the whole of a plan (建设某某总战略, 总基调, 总布局, 总目标): no federation written short.
_OVERALL_PLAN = ("战略", "基调", "布局", "目标", "思路", "方针", "路线", "框架", "定位", "格局", "抓手", "开关")
_BELOW_COUNTY = ("township", "village")
_NO_UNION_SYSTEM = ("台湾省",)  # a province whose unions (台湾工会) are no federation of the national one
_CRAFTSMEN_COLLEGE = "工匠学院"
# A union's institution after its place: 某市第二工人文化宫; 某省工运学院 (a workers' movement college); 某省网上工匠学院,
# 某市市级工匠学院, 某省某某系统工匠学院.
_INSTITUTION = regex(f"(?:第[一二三四五六七八九十]{{1,2}})?(?:工人文化宫|劳动人民文化宫|职工文化宫|职工文化中心|工运学院|职工服务中心"
                          f"|(?:网上|[省市县区]级|[{CJK}]{{2,6}}?系统)?{_CRAFTSMEN_COLLEGE})(?!联盟)")  # (某省工匠学院联盟,
# 某省工人文化宫联盟: an alliance of such institutions)
_BRANCH_OF_INSTITUTION = regex(f"[{CJK}]{{2,4}}?分院")  # a college's branch (某省工匠学院某市分院)
_NATIONAL = regex("中华全国总工会|全国总工会|全总(?<!安全总)(?![结计额量数体])")  # not 安全总监
# A national industry's federation (中华全国某某总工会, 全国某某总工会): an industry of two characters.
# The federation of the central Party and state organs, by its name since 2019 and its former one.
_CENTRAL_ORGANS = regex("中央和国家机关工会联合会|中央国家机关工会联合会")
_NATIONAL_INDUSTRY_FEDERATION = regex(f"全国(?![各总])([{CJK}]{{2}})总工会")
# A national industry's union by its industry (全国能源化学地质工会; 铁路总工会, the railway's).
_NATIONAL_INDUSTRY_UNION = regex(f"全国(?!各|总|产业|行业|基层|地方|企业|最|优秀|先进|模范|示范|十佳|百佳|首家|首个|第一)([{CJK}]{{2,8}}?)(?<!总)工会"
                                      "(?!联合会|委员|干部|组织|工作)")  # (not 全国最美工会, an honour; nor 全国首家…工会,
# the first of a kind in the country)
_JOINED_LEVELS = regex("[和及与、]")  # between levels written before a kind of thing (全国和省级…)
_RAILWAY_FEDERATION = regex("(?<![全国路局])铁路总工会")
# The production and construction corps (a province-level body with divisions 师 and regiments 团 of
# its own, which no gazetteer lists) and its unions: 兵团总工会, 兵团第三师总工会, 一〇二团工会.
_CORPS = "新疆生产建设兵团"
_CORPS_SHORT = "兵团"
_CORPS_HINT = regex("[团师]总?工会")  # a quick look for one before the full pattern
_CORPS_UNION = regex("(?:新疆生产建设)?兵团((?:第?[一二三四五六七八九十]+师)?(?:总工会|工会(?![联委]|工(?!作(?:汇报|报告)))))"
                          "|(?<![兵团])(第[一二三四五六七八九十]+师|(?<![\\d〇零一二三四五六七八九十第])[一二三四五六七八九十]{1,2}师"
                          "|(?<![\\d〇零一二三四五六七八九十])[一二三四五六七八九十〇零\\d]{2,4}团)"
                          "(总工会|工会(?![联委工]))")
# An officer of a union, after its name: 县工会主席, 总工会党组书记.
_OFFICER = "(?:党组|党委)?(?:常务|专职)?副?(?:主席|书记)"
_OFFICER_INSIDE = regex(f"工会{_OFFICER}")
# What a bare level's union does, which makes it the place's federation (县工会还走访了…, 县工会联合县委宣传部开展…).
_ACTS = "(?<=[省市县区旗州盟]工会)(?<![林新特]区工会)(?:[还也又先]|联合(?!会)|开展|举办|召开|走访|深入|慰问|看望|积极|牵头|推出|启动)"
_ACTING = regex(_ACTS)
_UNION_WORD_ONLY = "工会"
_UNION_SCHOOL = "(?:干部|管理)(?:职业)?学[校院]"  # a level's union school (省工会干部学校, 市工会管理职业学院)
UNION_CONGRESS = "[一二三四五六七八九十]{1,3}大(?![会型力])|第[一二三四五六七八九十]{1,3}次(?:会员)?代表大会"  # (自治区工会十二大)
# Another body of the same level listed after a level's 工会 (区工会、区人社局、区工商联): the level's federation.
_LEVEL_S_BODY_LISTED = "[、和及与]\\1(?!总|工会)"
# The union system of the article's own province or city, opening a clause (本市工会系统, 全省工会系统).
_OUR_UNION_SYSTEM = regex("(?<![^，。；：！？,;:!?\\s])(?:本|全|我)([省市])工会系统")
# Not after a count or a whole of levels (各市总工会, 两县总工会, 三省一市总工会: none named).
_BARE = regex(
    "(?=[自省市县区旗新州盟特林])(?<![全各本每两三四五六七八九十个\\d某省市县区园])(?<![省市区县]一)(?<!各地)(?<!经开)(?<!高新)(?<!开发)(?<![县市区州旗][）)])"
    "(自治区|自治州|新区|特区|林区|省|市|县|区|旗|州|盟)"
    f"(总工会|总(?=[^工体量结数额站队局监院裁计和值规经书理务统括]|经审|经济(?:技术|工作)部|工作)|{_INSTITUTION.pattern}|工会(?={_OFFICER}|{_ACTS}|{_UNION_SCHOOL}|{UNION_CONGRESS}|{_LEVEL_S_BODY_LISTED})"
    f"|{_UNION_ONLY_DEPARTMENTS})"
)
# A township's union written without its name, after a list's separator or opening a clause (…、办事处和街道总工会; 。街道总工会…).
# (not after another level in a list: 区、街道工会 are the unions of both levels, none named)
_BARE_TOWNSHIP = regex("(?:(?<=[、和与及同，。；：！？,;:!?\n为了由向在对将把])|(?<=联合|会同|携手))(?<![区县市镇乡]、)(街道|镇|乡)"
                            "(总工会|工会联合会|工会)")  # (区总工会联合镇总工会…, 同镇总工会副主席某某: with the township's)
# 总工会 (工联会) alone opening a clause before an officer's post (某镇总工会开展…，总工会副主席某某出席): the words
# as written and in the federation's name.
_REFERRED_FEDERATION_WORDS = (("总工会", "总工会"), ("工联会", "工会联合会"), ("工会联合会", "工会联合会"), ("联合会", "工会联合会"))
# (工联会副理事长; 工联会第一届委员会主席: the officer of a term)
_FEDERATION_OFFICER = regex(f"(?:第[一二三四五六七八九十\\d]+届)?(?:委员会)?(?:{_OFFICER}|副?(?:理事长|会长))")
_ELECTED_TO = ("为", "当选")  # before a federation written back short, the post one is elected to (选举某某为工联会主席)
_REFERRED_BACK_REACH = 200  # how far before a bare 总工会 the federation it refers back to may be named
# 总工会 after another post in a chain of an officer's posts: 某县人大常委会副主任、总工会主席.
_CHAINED_FEDERATION = regex(f"、(总工会|工会)(?={_OFFICER})")
# A place's organs that open a chain of posts before a bare 工会 (某区人大常委会副主任、工会主席): the place's
# federation (not 某县某公司总经理、工会主席: the company's union).
_PLACE_ORGANS = regex("人大|政协|人民政府|政府|[县区市州旗]?委(?!员)")
_CHAIN_REACH = 14  # characters from the place opening the chain to its 、
# Bare levels that open a chain of posts (街道人大工委主任、总工会主席), and the levels of their places.
_CHAIN_OPENING_LEVELS = {"街道": ("township",), "镇": ("township",), "乡": ("township",), "县": ("county",), "区": ("county",)}
_CHAIN_BREAK = regex("[，。；：,;:、\n]")
# A bare level listed before another with 、 (省、市总工会): at a phrase's start.
_PROVINCE_AND_CITY = regex("省市总工会")  # the two levels as one word: the province's and the city's federations
_LISTED_LEVEL = regex("(自治区|省|市|县|区|州|盟|旗)、$")
_PEOPLE_JOINED = "与和及"  # between two people named with their posts (某某与总工会党组书记某某)
_WHICHEVER = ("所在", "当地", "所属")  # before bare levels: whichever place's bodies (由所在县、区总工会…担任)
_LEVEL_OPENING = regex("([市县区])级?")
_BARE_TRADE = regex(f"([{CJK}]{{2,8}}?行业)(工会联合会|工联会|工会)(?!干部|会员|工作|经费|系统|力量|组织)")
# Bodies of every level listed before a bare level (各县区和市直工会, 各县（市、区）及市直…): all of them.
_EVERY_LEVEL_LISTED = regex("各[县市区乡镇街道旗（）()、]{1,8}[和及与、]$")
_EVERY_LEVEL_REACH = 10
_BARE_INDUSTRY = regex(f"(自治区|自治州|省|市|县|区|州|旗)(?=(?:(?!工会|工联会)[^总级]){{2,8}}?(?:工会|工联会)|{_ORGANS}工会)")  # (区级…工会: a level of kind)
_DEPARTMENT = regex(f"[{CJK}]{{0,8}}?((?<![干支东西南北中内外全局])部(?![署分门位队件落室])|中心(?!组)|学院|学校|大学(?!生)|委员会办公室|委员会|办公厅|办公室|研究室|文化宫|"
                         "文工团|基金会|工作室|调解室|信访室|财务室|疗养院|疗休养院|室(?=副?主任)|(?<![举开创兴])办(?=副?主任)|科(?![技学研普员教文级])|处(?![理置分于在境长级])|工会联合会|(?<=直属|机关)工会(?!联合会))")
# Units counted (一批, 首批, 10个) or of a rank (重点…): what they open names no department of the federation.
_OWN_COMMITTEE = "委员会"  # right after a union: the committee its members elect, the union itself
_UNITS_OF_A_KIND = regex("(?:[一两二三四五六七八九十百千\\d]+|首|多|若干)[批个家项所]|^重点")  # (全总重点支持工匠学院: a kind)
# What 中心 opens as the first character of a noun (中心城区, 中心工作, 中心任务), not a centre's name.
_CENTRE_OPENS = ("城", "区", "镇", "村", "任", "工")
_COMMON_VERB_IN_UNIT = 1000  # a verb this frequent (围绕, 坚持) in a centre's name makes it a clause (帮扶 is rare)
_TRADE_WORD = "行业"  # what ends a trade's words before its union (某某行业工会联合会)
_LIST_CLOSE = "等"  # what closes a list of kinds before the word they share
_PREDICATE_TAGS = ("v", "a")  # the dictionary's verbs and adjectives (珍惜, tagged one), which a clause's predicate is
_MODALS_BEFORE_VERB = MODALS + "能可已"  # a modal or adverb right before a predicate: a clause, no name's words
_UNION_THEN_VERB = regex(f"总?工会(?=[{CJK}]{{3}})")  # (inside an owner's words: a union, then its verb)
_BRANCH_SCHOOL = regex(f"[{CJK}]{{2,4}}?分校")  # a branch of a union's school, named after its place
_RARE_PLACE_WORD = 100  # a word the dictionary calls a name, rarer than this, before a level and 总工会 may be a place
_TERM_AT_END = regex(f"(?:{EDITION.pattern})$")  # a union's term between its owner and 工会, no part of its name
_LONGEST_TERM = 6  # 第一百二十届
# The unions and federations of a federation's own units and staff (某市总工会直属工会联合会, 某市总工会机关工会).
_OWN_FEDERATIONS = ("直属工会联合会", "机关工会联合会", "直属机关工会联合会", "直属工会", "机关工会", "直属机关工会")
_FIELD_WORDS_WITH_STOPS = ("合同",)  # a field's word holding a character that stops names (集体合同部)
_DEPARTMENT_STOP = regex("[的在将和与同了为对把向从及等是也都还就于以所被让到赴往至年月日各该、届]|联合|举办|开展|领导|有关|相关|主席|书记"
                              "|建设(?!部)|新建|筹建|修建|兴建|改建")  # (某县总工会建设工人文化宫: building one)
# Occupations whose workers have unions of their own, named by the occupation alone.
_OCCUPATIONS = ("快递员", "外卖员", "送餐员", "配送员", "骑手", "快递小哥", "外卖小哥", "网约车司机", "货车司机",
                "家政服务员")
# Members of the unions of a kind of worker, counted or spoken of (…劳动者工会会员2万人), not a members' congress.
_MEMBERS_COUNTED = regex("会员(?!大会|代表)")
# After 组织的: an event soon (某市教科文卫工会组织的职工书法比赛), which the union organised, not its organisations'.
_EVENT_SOON = "[^，。；“”]{0,12}?(?:比赛|竞赛|大赛|活动|培训|运动会|展览|讲座)"
# 劳动者工会组织每年增长: 工会组织 as a noun (union organisations), not a union that organises;
# after a kind of worker it names the unions of them all.
# Union organisations, or their setting up or reform (某某劳动者工会组织每年增长, 某某行业工会组织活力, 工会组建, 工会的组建力度,
# 推进货车司机工会改革), not a union (某工会组织的“X”活动: organised by it).
_ORGANISATIONS_NOUN = regex(f"组织(?:[^{CJK}]|[和与及、已在每不覆建体数规实达]|活力|作用|功能|的(?!“|{_EVENT_SOON}))|的?组建|(?:综合)?改革")
_PEOPLE_OWNERS = ("司机", "工人", "劳动者", "新就业形态", *_OCCUPATIONS)
# What ends the name of an enterprise, institution, trade or occupation whose union it is.
_LONGEST_DIVISION = 4  # the name of a company's division before its 部 (发电, 超市事业)
_BUILDINGS = "楼宇"  # office buildings, whose tenants' workers have unions of their own (某大厦楼宇工会)
_ENTERPRISE_ENDINGS = (
    "有限责任公司", "有限公司", "分公司", "公司", "集团", "局", "厂", "矿", "院", "校", "站", "银行", "医院", "大学",
    "中心", "协会", "商会", _BUILDINGS, "大厦", "园区",  # (某大厦楼宇工会: the union of an office building's tenants)
    "工业园", "产业园", "科技园", "商圈", "行业", "产业", "客栈", "酒店", "市场", "合作社", "车间", "店", "场", "队", "所", "社",
    "分行", "支行", "本部", "项目部", "项目", "营业点", "网点", "营业部", "海关", "(?<![香])港",
    # (某银行某省分行工会, 某公司本部工会, 某分公司某营业点工会: a branch, an outlet or a head office; 某地铁项目工会:
    # a building project's)
    f"(?:(?<=局)|(?<=公司))[{CJK}]{{1,4}}片区",  # 某工程局武汉片区工会联合会: the area a builder works in
    f"(?:(?<=公司)|(?<=集团))[{CJK}]{{1,{_LONGEST_DIVISION}}}部",  # 某某有限公司发电部工会: a division of a company
    f"(?:(?<=矿)|(?<=公司))[{CJK}]{{1,3}}区",  # 某矿综掘区工会, 某矿一采区工会: a mine's work area
    "油田", "务段", "电段", "路段", "总段",  # 辽河油田, 略阳车务段, 某供电段, 某公路总段
    "中学", "小学", "幼儿园",  # 某某中学工会, 某某幼儿园工会委员会
    "(?<![企事林农渔牧专就])业",  # 某港货物运输业, 物业: a trade named by its 业 (not 企业, 事业, 专业, 就业, nor an industry: 林业)
    "司机", "工人", "劳动者", "新就业形态", *_OCCUPATIONS,
)
# The national industrial unions by their committees (中国海员建设工会全国委员会, 中国教育工会…委员会).
_CHINA = "中国"
_NATIONAL_INDUSTRY = regex(f"{_CHINA}[{CJK}]{{2,10}}")
_COMMITTEE = regex(f"委员会|[{CJK}]{{2,6}}?工作委员会")  # 中国金融工会某市工作委员会
# Its national committee, of any term (某某工会第五届全国委员会): the union itself, named in full.
_NATIONAL_COMMITTEE = regex(f"(?:{EDITION.pattern})?全国委员会")
_KINDS_OF_SCHOOLS = ("高校", "院校", "中小学")  # ending an owner: schools of a kind (全省高校工会, 三家高校工会)
_ABBREVIATED_FEDERATION = "总"  # 省总, 市总: a federation written short
_JOINING_BEFORE_BARE = "和与及同"  # conjunctions whose character makes a word with a bare level (和县, 和州, 同县)
_SOME_OF = ("部分", "多个", "一些", "有的", "少数")  # before a bare level's federation: some of them, none named
_BARE_GROUPS = ("集团公司", "总公司")  # a group written by its kind alone: the one the article names (organizations.referred_back)
_BARE_UNITS = ("公司", "集团")  # what a verb written right before leaves unnamed (听取公司工会)
_UNITS_AFTER_VERBS = ("校", "所", "院")  # a unit's one character after a verb (汇入校工会): the unit of the one writing
# Parts of speech of the words before a one-character unit (所, 院, 厂) that name no owner.
_NO_OWNER_TAGS = ("v", "t", "d", "p", "c", "r")
# The post before 、 in a chain, held at a body of a bare level (自治区人大常委会副主任、), back to its clause's start.
_CHAIN_ITEM_LEVEL = regex("(自治区|省|市|县|区|州|镇|乡)[^，,。；;：:\n]*$")
_LONGEST_CHAIN_ITEM = 16
_LONGEST_LISTED_BODIES = 24  # 自治区发改委、人力资源和社会保障厅、总工会: the level may open two items before
_CLAUSE_OR_UNION = regex("[，,。；;：:\n]|工会")  # between a federation and a post of a chain: none
_UNION_POST = regex("(?:常务|专职)?副?主席")
# The term a union's committee was elected for, written before it (第十二届, 十二届).
_TERM = regex("第?[一二三四五六七八九十]{1,3}届|新一届|本届")
# The committee a federation elects, which is the federation itself (十八届三次委员会, 常务委员会).
_ORGAN_COMMITTEE = regex("(?:[一二三四五六七八九十]+次|常务|全国)?委员会")
_SETTING_UP = regex("(?:除了|还|先后|专门|已)?(?:下设|内设|设立|设置|组建|设)了?")  # after a federation: the departments it has
_GOING_TO = ("到", "赴", "来", "去")  # before a place: where one goes (到某地调研…)
_VERB_TAGS = ("v", "vn")  # the dictionary's verbs and verbal nouns (调研)
_MEMBER_POST = regex("委员|常委|副?主任")  # a post held in each unit of a list (…委员会委员、…委员会委员)
_UNITS_JOINED = ("、", "和", "及")  # between the units of a list (第五届委员会、经费审查委员会和女职工委员会; 下设办公室、组织部和…)
# What a union's news outlet adds to the union's name (某省工会网, 某省工会报, 某市工会微信公众号).
_OUTLET = regex("网(?![上络格点])|报(?![告名道送])|微信|公众号|客户端|杂志")
# The units of an enterprise union written after it: …车间工会小组, …局工会某某中心分会.
_SUB_UNIT = regex(f"委员会|小组|[{CJK}]{{2,12}}?分会")
_ZONE_ENDINGS = ("园区", "工业园", "产业园", "科技园")
# A trade's union, named after the trade (网约车行业工会联合会, 家政产业工会), a kind of worker or a form of
# employment (网约配送员联合工会, 货车司机工会, 新就业形态劳动者联合工会), or an area's below the county, named after
# a business district, office buildings or a park (某某商圈联合工会, 某某中心楼宇工会, 某某产业园工会联合会).
NEW_FORMS_OF_WORK = ("新业态", "新就业形态", "新就业形态劳动者")  # the platform economy's workers, a sector of their own
_KINDS_OF_WORKER = "员|司机|骑手|小哥|劳动者|从业人员|工人|护工|新业态|新就业形态"
_TRADE_OR_AREA = regex(f"(行业|产业|{_KINDS_OF_WORKER}|商圈|{_BUILDINGS}|{'|'.join(_ZONE_ENDINGS)})(工会|工会联合会|联合工会|工会委员会)$")
_TOWNSHIP_UNION_WORD = regex("(镇|乡|街道)(?:总工会|工会联合会|工会)(?!驿站|服务站)")  # after a township's name: its union
_JOINT_UNION_OF_A_TRADE = regex("(?<!企)业(?:联合工会|工会联合会)$")  # 某镇渔业联合工会: a township's trade's joint union
# A company's trade name and its trade (华星科技), as words before 工会: a rarer word than any industry's.
_TRADE_NAMED_END = regex(f"([{CJK}]{{2}})(?:{TRADES})$")
_LONGEST_TRADE_NAMED = 4
_FREQUENT_INDUSTRY_WORD = 500
_ENTERPRISE_SUFFIX = regex("(" + "|".join(_ENTERPRISE_ENDINGS) + ")$")
_JOINED_DEPARTMENT = regex(f"[{CJK}]{{2,6}}和[{CJK}]{{2,8}}?(部|中心)")
# A post held in the unit just named (…部部长, …中心主任), or its staff (…部工作人员): it confirms the unit's name.
_POST_AFTER_UNIT = regex("副?(?:部长|主任|处长|科长)|负责人|工作人员|干部")
_GENERIC_OWNER = regex("驻|各|本|该|全|每|其|此|所属|直管|有关|相关|部分|多个|一批|一些|所有|多数|大多数|少数|某地|某些|地方(?!铁路)|个体|州市|县市|市县|区县|省市|[省市县区]内|[省市县区镇]属"
                            "|第[一二三四五六七八九十百\\d]+[家个所]")
# (省内第一大产业工会; 区属医院工会: the hospitals a level owns; 第四家园区工会: the nth of a kind)
_LEVELS_COUNTED = regex("[两三四五]级")  # 市县两级某某行业工会联合会: the unions of two levels
_LEVELS_COUNTED_AFTER = regex("[两三四五]级(?:总)?工会")  # (市总、区总两级工会)
# A title of honour in quotes (“某某系统工会女职工工作先进集体”, “某某工会模范职工之家”).
_HONOUR_QUOTED = regex("“[^“”\n]{2,40}?(?:先进集体|先进单位|先进个人|示范单位|标兵|模范职工之家|模范职工小家)”")
_UNIVERSITY_SCHOOL = "大学校"  # 某某大学校工会: a university and its 校工会
_DOCTRINE = "主义"  # what ends the name of a doctrine (社会主义), before the unions that follow it
# Unions named by their level alone, with no place before it (各省级产业工会, 市级产业工会): unions of a
# kind, not one (某市市级机关工会 and 市级某某行业工会联合会 name one).
_LEVEL_OWNER = regex("[省市县区乡镇村]级(?:产业|行业)?$")
# How far back from a union word its owner's ending may start: the longest written ending, or a
# company's division (the patterns' lookbehinds see before the window).
_LONGEST_SUFFIX = max(max(len(ending) for ending in _ENTERPRISE_ENDINGS if ending.isalnum()), _LONGEST_DIVISION + 1)
# The bare level words an owner's name may open with, standing for the article's place (市工业工会).
_BARE_LEVELS = ("省", "市", "县", "区", "州")
_BARE_LEVELS_OPENING_NAMES = _BARE_LEVELS + (AUTONOMOUS_REGION,)  # (市工业工会, 自治区某某产业工会)
_INDUSTRY_UNION = "产业工会"  # what an industry's union of a bare province or city ends with (省交通建设产业工会)
# Places that each set up a union (12个街道均成立了…): the unions of each, none named.
_EACH_SET_UP = regex("均(?:已|已经)?(?:成立|组建|建立)(?:了|起)?$")
_LONGEST_EACH_SET_UP = 6
# A count right before a union's owner (成立3家某某行业工会): unions counted, not one named.
_COUNT_BEFORE = regex("[\\d一二三四五六七八九十百千万两几多余]+[家个所]$")
_COUNT_AFTER = regex("[\\d一二三四五六七八九十百千万两几多]+余?[家个所]")  # …工会882家: as many of a kind
_UNIONS_COUNTED_AFTER = regex(f"(?:[（(]联合会[)）])?{_COUNT_AFTER.pattern}")  # …工会882家, …工会(联合会)35个
# 某集团四家子公司工会, 三大航空集团工会, 五家物流行业工会, 服务、交通、建筑三家产业工会: units, companies or
# trades' unions counted, none named.
_UNITS_COUNTED = regex(f"(?:集团|公司){_COUNT_AFTER.pattern}|^[两三四五六七八九十]大"
                            f"|{_COUNT_AFTER.pattern}(?=[^，。；]*(?:行业|产业)$)")
_LONGEST_COUNT = 6


def _opens_with_verb(words: str) -> bool:
    if common_words().get(words, (0, ""))[1].startswith("n") or words.endswith("工作部"):
        return False  # 组织部 is a noun of its own; 保障工作部: a department's standard name
    frequency, tag = common_words().get(words[:2], (0, ""))
    if words[:1] in _ONE_CHARACTER_ADVERBS and _is_verb(words[1:3]):
        return True  # 某总工会共发放中心城区…: an adverb and a verb, a clause
    if words[:1] in MODALS and common_words().get(words[1:3], (0, ""))[0] >= _RARE_OPENING_VERB:
        return True  # 某县总工会要立足中心: a modal and a word, a clause
    if words.startswith(_SETS_UP) or words[:1] == "设" and not tag.startswith("n"):
        return True  # 某总工会设宣传部等10个部门, 下设办公室: the departments it has, named after the verb (not 设备部)
    return tag in ("v", "d", "p", "c", "ad", "a") and frequency >= _RARE_OPENING_VERB  # (宣教网络部: 宣教 is rare)


def _unlisted_place_before(text: str, position: int) -> bool:
    """Whether the two characters before `position` name a place the gazetteer does not list: a word the
    dictionary calls a place, or a rare one it calls something else (嘉义, 苗栗, 彰化, 基隆; not 谢谢, 荣获)."""
    frequency, tag = common_words().get(text[position - 2: position], (0, ""))
    return tag in ("ns", "s") or tag in ("nr", "nz", "j", "v") and frequency < _RARE_PLACE_WORD


def _is_verb(words: str) -> bool:
    """Whether `words` are one verb of the dictionary (提升 in 要提升园区工会)."""
    return common_words().get(words, (0, ""))[1] == "v"


def _verb_end(text: str, position: int) -> int | None:
    """Where the verb that opens at `position` ends, an adverb before it (积极配合, 认真学习) or none, if a
    character follows it."""
    if not _is_verb(text[position: position + 2]) and common_words().get(text[position: position + 2], (0, ""))[1] in ADVERB_TAGS:
        position += 2
    return position + 2 if _is_verb(text[position: position + 2]) and CJK_CHAR.match(text, position + 2) else None


def _county_sector(words: str) -> bool:
    """Whether `words` name a county's sector with a union of its own: a system (卫生系统), a sector's
    word (教育), a noun and a sector's word (医疗卫生), the new forms of work (某区新业态工会联合会), or the county's
    own organs (区直机关)."""
    if words.endswith("系统") or words in _COUNTY_SECTORS or words in NEW_FORMS_OF_WORK or _COUNTY_ORGANS.fullmatch(words):
        return True
    qualifier = next((words[: -len(sector)] for sector in _COUNTY_SECTORS if words.endswith(sector)), "")
    return len(qualifier) == 2 and common_words().get(qualifier, (0, ""))[1] in ("n", "vn")


def _joint_union_of_a_trade(words: str, union_word: str) -> bool:
    """Whether `words` and `union_word` name a joint union of a trade by its nouns (道路货运 + 联合基层工会,
    货运 + 工会联合会)."""
    joined = _JOINED_BEFORE_UNION.search(words)
    trade = words[: joined.start()] if joined else words
    return (joined is not None or union_word in _JOINT_UNION_WORDS) and splits_into_words(trade, ("n", "vn", "nz"))


_PLACE_OPENED = 3  # the length of a place's name a stopping character may open (都江堰)


def _stops_name(text: str, start: int, end: int) -> bool:
    """Whether a word that stops a department's name stands between `start` and `end`; a single
    character that makes a place's name (成都) or a field's word (集体合同) with the one before it, or opens a
    place's name (都江堰), stops nothing."""
    words = common_words()
    return any(len(stop.group(0)) > 1 or words.get(text[stop.start() - 1: stop.end()], (0, ""))[1] != "ns"
               and text[stop.start() - 1: stop.end()] not in _FIELD_WORDS_WITH_STOPS
               and words.get(text[stop.start(): stop.start() + _PLACE_OPENED], (0, ""))[1] != "ns"
               for stop in _DEPARTMENT_STOP.finditer(text, start, end))


def _level_opens_noun(name: str) -> bool:
    """Whether a level's character opens a frequent noun at the start of `name` (市政集团工会, 市场监管局
    工会): no bare level, unless the noun is a level's organs (市委, 省直)."""
    frequency, tag = common_words().get(name[:2], (0, ""))
    return tag == "n" and frequency >= _FREQUENT_NOUN_AFTER_LEVEL and name[1] not in "委直属"


def _count(numeral: str) -> int:
    """The number a count of places is written with (3, 十二, 两)."""
    if numeral.isdigit():
        return int(numeral)
    if "十" not in numeral:
        return _COUNTS.get(numeral, 0)
    tens, _, units = numeral.partition("十")
    return _COUNTS.get(tens, 1) * 10 + _COUNTS.get(units, 0)


_DEPARTMENTS_AND_OFFICES = ("(室)", "（室）")  # after 部: departments and offices, all of them


_CENTRE, _OVERALL_SITUATION = "中心", ("大局", "任务")  # 中心大局, 中心任务: the whole's central tasks


def _department_at(text: str, position: int) -> re.Match | None:
    """A department or institution name starting at `position` (权益工作部, 干部学院), if any; one
    that opens with a verb, or joins two fields with 和, only where a post follows it (组织基层部部长,
    网络宣教和职工服务部部长)."""
    department = _DEPARTMENT.match(text, position)
    if department and department.group(0) in ("部", "处", _OWN_COMMITTEE):
        return None  # 某总工会部长, 某总工会处级干部: a post, not a department; 选举产生新一届某市总工会委员会: the
        # federation's own elected committee
    if department and department.group(1) == "部" and text.startswith("长", department.end()) \
            and not _names_a_field(department.group(0)[:-1]):
        return None  # 某区总工会刘建华部长: a name and a post, not a department (组织部长: 组织部's head)
    if department and text.startswith(_DEPARTMENTS_AND_OFFICES, department.end()):
        return None  # 某区总工会机关部(室)负责同志: the federation's departments and offices in general, none named
    if department and department.group(1) in ("工会联合会", "工会") and department.group(0) not in _OWN_FEDERATIONS:
        return None  # 某市总工会研究快递行业工会联合会工作: another body, not the federation's own unit
    if not department or _stops_name(text, position, department.start(1)):
        joined = _JOINED_DEPARTMENT.match(text, position)  # 网络宣教和职工服务部部长: two fields, one department
        join = text.find("和", position) if joined else -1
        if joined and not _stops_name(text, position, join) and not _stops_name(text, join + 1, joined.start(1)) \
                and (_POST_AFTER_UNIT.match(text, joined.end()) or joined.group(0).endswith("工作部")):
            return joined  # (宣教和网络工作部: a department's own head)
        return None
    if _UNITS_OF_A_KIND.search(department.group(0), 0, department.start(1) - position):
        return None  # 某市总工会命名一批职工创新工作室: units counted after a verb, none of them the federation's
    if any(scope in department.group(0) for scope in WHOLE_SCOPES):
        return None  # 某区总工会助力全区中心工作: a clause about all of a place, no unit of the union
    if department.group(0).endswith(_CENTRE) and text.startswith(_OVERALL_SITUATION, department.end()):
        return None  # 某工会建功中心大局, 服务中心大局: the whole's central tasks (中心大局), no centre of the union
    if _PARTY_OR_GOVERNMENT.search(department.group(0)):
        return None  # 某市总工会荣获省委宣传部…: another body's department, after a verb
    if _opens_with_verb(department.group(0)) and not _POST_AFTER_UNIT.match(text, department.end()) \
            and not _centre_of_work(text, department):
        return None
    return department


def _centre_of_work(text: str, department: re.Match) -> bool:
    """Whether a department is a centre named by the work it does (某总工会帮扶中心, 某市工会职工法律援助中心):
    no common verb of a clause inside (工会围绕中心, 要坚持服务中心), no verb that stands before another body's
    name (某市总工会携手某市中心医院), no noun that 中心 opens after it (中心城区)."""
    name = department.group(0)
    return department.group(1) == "中心" and text[department.end(): department.end() + 1] not in _CENTRE_OPENS \
        and not holds_verb(name, rarest=_COMMON_VERB_IN_UNIT) and name[:1] not in MODALS \
        and not PREDICATES.match(name)  # (要立足中心)


def _names_a_field(words: str) -> bool:
    """Whether `words` name a field of work, as a department's name does (组织, 权益保障): common
    words, not a person's name."""
    return splits_into_words(words) and not common_words().get(words, (0, ""))[1].startswith("nr")


class Found(NamedTuple):
    """A union body found in the text, and the rule that found it."""

    start: int
    end: int
    entity: Entity
    rule: str


def _brand_before(text: str, position: int) -> str | None:
    """The brand (kg/data/brands.txt) that ends at `position`, if any, the longest (铅山县美团工会)."""
    brands = _brands()
    return next((text[position - size: position] for size in _brand_sizes()
                 if text[position - size: position] in brands), None)


def _trade_named_before(text: str, position: int) -> bool:
    """Whether a company's trade name and trade end at `position` (长沙华星科技工会: 华星科技)."""
    trade_name = _TRADE_NAMED_END.search(text, max(0, position - _LONGEST_TRADE_NAMED), position)
    return trade_name is not None and not NAME_STOP.search(trade_name.group(1)) \
        and common_words().get(trade_name.group(1), (0, ""))[0] < _FREQUENT_INDUSTRY_WORD


def _brand_start_across(text: str, position: int) -> int:
    """Where a brand starts that runs across `position` (饿了么, whose 了 stops a name), else `position`."""
    brands = _brands()
    return next((position - back for size in _brand_sizes() for back in range(1, size)
                 if text[position - back: position - back + size] in brands), position)


def _level_rank(region: Entity) -> int:
    """How low a region's level is (a province 0, a village 4); a zone counts as a county."""
    level = region.attributes.get("level", "")
    return LEVEL_RANK["county"] if level == "zone" else LEVEL_RANK.get(level, 0)


def _group_start_before(text: str, position: int) -> int:
    """Where a group's short name ends right before `position` (国网 in 国网江西电力工会), its start; else `position`."""
    short_names = short_company_names()
    return next((position - size for size in _short_name_sizes() if text[position - size: position] in short_names), position)


@cache
def short_company_names() -> frozenset[str]:
    """The short names of companies that also open their longer names (kg/data/short_company_names.txt)."""
    return frozenset(word_list("short_company_names"))


@cache
def _short_name_sizes() -> tuple[int, ...]:
    return tuple(sorted({len(name) for name in short_company_names()}, reverse=True))


@cache
def _brands() -> frozenset[str]:
    return frozenset(word_list("brands"))


@cache
def _brand_sizes() -> tuple[int, ...]:
    """The lengths of the brands, longest first."""
    return tuple(sorted({len(brand) for brand in _brands()}, reverse=True))


_FIRST_OF_ITS_KIND = regex("首家|首个|第一家|第一个")  # words that say a union is the first of its kind
# The first of a kind at a level (某市首家县级…行业工会, 首家乡镇…工会联合会): the kind described, of a union named
# before, none named here.
_FIRST_AT_A_LEVEL = regex(f"(?:{_FIRST_OF_ITS_KIND.pattern})(?:[省市县区镇乡]级|乡镇|街道)")


def enterprise_union(name: str, place: str | None = None) -> Entity:
    """The union of an enterprise, institution or trade, identified by its name (placed in the
    region `place`, when its owner's name gives one); a first of its kind is named without the
    words that say so (某市首家快递行业工会联合会 is 某市快递行业工会联合会)."""
    name = _FIRST_OF_ITS_KIND.sub("", name)
    return Entity(id=f"union:{name}", type="UnionBody", name=name, attributes={"place": place} if place else {})


def written_without_committee(name: str, other: str) -> bool:
    """Whether `other` is the union `name` names, written in full with its committee (某大学工会 of
    某大学工会委员会): one union, by its fuller name."""
    return name.endswith("工会") and other == name + _UNION_COMMITTEE


def _federation_of_bare_chain(text: str, position: int, found: list[Found], registry: dict[str, Entity]) -> Entity | None:
    """The federation a chain of posts opened by a bare level (街道人大工委主任、总工会主席) stands for at
    `position`: the last federation named before of a place of that level."""
    opening = start_after_last(text, position, CLAUSE_MARKS)
    levels = next((levels for word, levels in _CHAIN_OPENING_LEVELS.items() if text.startswith(word, opening)), None)
    if levels is None or position - opening > _CHAIN_REACH:
        return None
    return next((item.entity for item in reversed(found) if item.end <= position and item.entity.name.endswith("总工会")
                 and (region := registry.get(item.entity.attributes.get("region", ""))) is not None
                 and region.attributes.get("level") in levels), None)


def industry_union(name: str, region: Entity, industry: str) -> Entity:
    """An industry's union of a province or city (甘肃省电力工会): placed in the region, a unit of
    the region's federation, and identified by the region and the industry's words, however the
    place is written (郴州教育工会 and 郴州市教育工会 are one)."""
    for short, full in _FULL_UNION_WORD.items():  # 某市网约车工联会 is 某市网约车工会联合会
        name, industry = (written.removesuffix(short) + full if written.endswith(short) else written for written in (name, industry))
    return Entity(id=f"union:{region.id.removeprefix('region:')}:{industry}", type="UnionBody", name=name,
                  attributes={"place": region.id, "parent": federation(region).id})


def _unplaced_federation(level: str, text: str) -> Entity:
    """县总工会 in an article that names no county at all (its site does): the federation of the
    article's own county, named by its level alone and told apart from other articles' by the text."""
    name = f"{level}总工会"
    return Entity(id=f"union:{name}@{text_key(text)}", type="UnionBody", name=name)


def _unit(name: str, union: Entity, key: str | None = None) -> Entity:
    """A department or institution of `union`, told apart by `key` (its name unless given)."""
    return Entity(id=f"union:{key or name}", type="UnionBody", name=name, attributes={"parent": union.id})


_COUNTY_LIKE_DISTRICTS = ("特区",)  # county-level divisions named 区 that are no city's district (碑林区 is one)


def _formal(region: Region) -> str:
    """A division's name as a union's full name carries it: a district with the prefecture (or
    municipality) it belongs to (淮北市杜集区), a township with its county-level division named
    so (杭州市上城区湖滨街道), anything else alone (恩平市, 江门市, 神农架林区, which a province governs
    directly, and 六枝特区, a special district of a city, no district of it)."""
    parent = default_gazetteer().by_code.get(region.parent)
    if parent is None or region.level in ("province", "prefecture"):
        return region.name
    if region.level == "county":
        in_city = parent.level == "prefecture" or parent.name.endswith("市")  # a prefecture or a municipality
        district = region.name.endswith("区") and not region.name.endswith(_COUNTY_LIKE_DISTRICTS)  # (六枝特区: a county's peer)
        return parent.name + region.name if district and in_city else region.name
    return _formal(parent) + region.name


def _joined_trades(words: str) -> str:
    """An industry's or a trade's words without the 和 that joins two of them (装备制造和冶金, 石油和化工)."""
    return _JOINING_AND.sub("", words)


def _title_around(text: str, position: int) -> tuple[int, int] | None:
    """Where the 《title》 that `position` lies inside opens and closes, if it lies inside one."""
    opening = text.rfind("《", max(0, position - _TITLE_LONGEST), position)
    if opening < 0 or "》" in text[opening: position]:
        return None
    closing = text.find("》", position, opening + _TITLE_LONGEST)
    return (opening, closing) if closing > 0 else None


def _in_law_title(text: str, position: int) -> bool:
    """Whether `position` lies inside the 《title》 of a law or rule (《某省工会劳动法律监督条例》)."""
    title = _title_around(text, position)
    return title is not None and _LAW_TITLE_END.search(text, *title) is not None


def formal_place_name(region: Entity) -> str:
    """The full name of a region as the federation named after it carries it (see `_formal`);
    a village or community carries its division's, a zone is named after its place already."""
    gazetteer = default_gazetteer()
    known = gazetteer.by_code.get(region.attributes.get("code", ""))
    if known is not None:
        return _formal(known)
    parent = gazetteer.by_code.get(region.attributes.get("parent", "").removeprefix("region:"))
    if parent is None or region.attributes.get("level") == "zone":
        return region.name
    return _formal(parent) + region.name


_LEVELS_WITH_FEDERATIONS = ("province", "prefecture", "county", "zone")  # whose 工会 is the place's 总工会


def federation(region: Entity, word: str = "总工会") -> Entity:
    """The local federation of trade unions of a region, identified after it and named with the
    union word as written: 总工会, or 工会联合会 / 工会 below the county (湖滨街道工会联合会 is not
    a 街道总工会). Above the township (a province, prefecture, county or zone) place + 工会 is the
    place's union system, its 总工会 (新疆工会, 莒县工会)."""
    key = region.id.removeprefix("region:")
    word = _FULL_UNION_WORD.get(word, word)
    if region.id.startswith(OUTSIDE_THE_FEDERATION):  # 香港工会联合会, 澳门工会联合总会: unions of their own, as named
        place = region.name.removesuffix("特别行政区").removesuffix("省")  # (香港, 澳门, 台湾)
        if word in _FULL_UNION_WORD.values():
            word = _OUTSIDE_FEDERATION_WORDS.get(place, word)
        return Entity(id=f"union:{key}:{word}", type="UnionBody", name=place + word, attributes={"region": region.id})
    if word == "工会" and region.attributes.get("level") in _LEVELS_WITH_FEDERATIONS:
        word = "总工会"
    return _local_union(region, word)


def _local_union(region: Entity, word: str) -> Entity:
    """The union of a region named with `word` after the region's formal name; the federation (总工会)
    is identified by the region alone."""
    key = region.id.removeprefix("region:")
    union_id = f"union:{key}" if word == "总工会" else f"union:{key}:{word}"
    return Entity(id=union_id, type="UnionBody", name=formal_place_name(region) + word, attributes={"region": region.id})


# The union word a list of places shares, after the place at the match's start (、某区工会: 工会).
_SHARED_UNION_WORD = regex(f"(?:[、和与及][{CJK}]{{2,8}}?)+?(总工会|工会)")


_PREFECTURE_AREA = "地区"  # a prefecture named an area (喀什地区), whose union is written 地区工会


def _unions_as_written(doc: Doc, text: str, found: list[Found]) -> list[Found]:
    """A county's or district's union written 某区工会 is that place's federation where the article
    also writes it 某区总工会 (or 区总); else it is named as written (长沙市开福区工会), the union word
    kept, and so is its bare 区工会 and a zone's (高新区工会; a province's or prefecture's 某省工会 stays its
    union system, the federation)."""
    registry = entities_of(doc)
    zones_written = {(span.end, span.kb_id_) for span in mentions(doc, "REGION")
                     if registry[span.kb_id_].attributes.get("level") == "zone"}  # (高新区工会, 某某经开区工会: with the zone's head)
    written_federation = {entity.id for start, end, entity, _ in found if text.endswith(("总工会", "总"), start, end)}
    as_written: dict[str, Entity] = {}  # by the federation's id: the union named as written
    for start, end, entity, rule in found:
        region = registry.get(entity.attributes.get("region", ""))
        if entity.id in written_federation or region is None or entity.id != "union:" + region.id.removeprefix("region:"):
            continue
        if text.endswith("工会", start, end) and (region.attributes.get("level") in ("county", "zone")
                                                 or region.name.endswith(_PREFECTURE_AREA)) \
                and (text.endswith(region.name, start, end - len("工会")) or (end - len("工会"), region.id) in zones_written) \
                or rule == "unions.coordinated" and region.attributes.get("level") == "zone" \
                and (shared := _SHARED_UNION_WORD.match(text, end)) is not None and shared.group(1) == "工会":
            as_written[entity.id] = _local_union(region, "工会")  # (某市高新区、某区工会: the zone's 工会 too)
    federation_names = {entity.id: entity.name for _, _, entity, _ in found if entity.id in as_written}
    for _, _, entity, _ in found:  # 某区工会主席某某及经审委主任某某: the committee of the union as written too
        parent = entity.attributes.get("parent", "")
        if parent in as_written and entity.name.startswith(federation_names[parent]) and entity.id not in as_written:
            as_written[entity.id] = _unit(as_written[parent].name + entity.name[len(federation_names[parent]):], as_written[parent])
    return [Found(item.start, item.end, as_written[item.entity.id], item.rule) if item.entity.id in as_written else item
            for item in found]


class UnionRecognizer:
    """Finds union bodies; needs the REGION mentions of kg_regions. The patterns, in order:
    national, place unions (federations, institutions, lists, abbreviations, industrial unions),
    bare levels, departments, stationed teams, enterprise unions."""

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        found = self._national(text) + self._corps(text)
        found += self._place_unions(doc, text)
        placed, unplaced = self._bare_levels(doc, text, found)
        found += placed
        found += self._chained_federations(doc, text, found)
        found += self._bare_townships(doc, text)
        found += self._our_union_systems(doc, text, found)
        found = [self._preparing(text, item) for item in found]
        found = self._with_departments(text, found)
        found += self._stationed_teams(text, found, mentions(doc, "REGION"))
        found += self._trades_listed(doc, text, found)
        found += self._with_departments(text, self._enterprise_unions(doc, found))
        found += self._with_departments(text, self._national_industries_written_short(text, found))
        honours = [match.span() for match in _HONOUR_QUOTED.finditer(text)]  # (a quoted title of honour names no union)
        found = [item for item in found if not any(start < item.start and item.end < end for start, end in honours)]
        found += self._committees_written_short(text, found)
        found += self._departments_set_up(text, found)
        found += self._local_federations(doc, text, found)
        found += [item for item in _federation_referred_back(text, found)  # (of a trade's federation: 某市家政行业工会联合会)
                  if not any(other.start <= item.start < other.end for other in found)]
        found += self._bare_departments(text, found)
        unplaced = [item for item in unplaced if not any(start < item.end and item.start < end for start, end, _, _ in found)]
        found += self._with_departments(text, [item for item in unplaced if text.endswith("工会", item.start, item.end)])
        found += self._unplaced_townships(doc, text, found)
        found += [item for item in unplaced if not text.endswith("工会", item.start, item.end)]  # (市总工会宣传部: an
        # unplaced federation's unit; not after 区总, which may end a zone's 总管理处)
        found = _unions_as_written(doc, text, found)
        for start, end, entity, rule in sorted(found, key=lambda item: (item[0], -item[1])):
            if _OUTLET.match(text, end) and not text.endswith(("总工会", "联合会"), start, end):
                continue  # 湖南工会网讯, 据某省工会微信公众号: a union's outlet named after it, no union
            if text.startswith("界", end):
                continue  # 政协总工会界别, 市政协工会界: a sector of the political consultative conference, no union
            add_mention(doc, start, end, "UNION", entity, rule)
        join_written_without_legal_form(doc, "UNION", "工会")  # 某某集团工会 … 某某集团有限公司工会
        named_by_given_short_name(doc, "UNION", "unions.abbreviation")  # 某街道工会联合会（以下简称街道工会）
        self._firsts_named_in_full(doc, text)
        self._sited_unions(doc, text)
        repoint_to_fuller(doc, "UNION", written_without_committee, longest=False)  # 某大学工会委员会 … 某大学工会
        return doc

    @staticmethod
    def _sited_unions(doc: Doc, text: str) -> None:
        """位于某区的某公司工会: a union whose name holds no place lies where the text says it is."""
        registry = entities_of(doc)
        places_by_end = {span.end: span for span in mentions(doc, "REGION")}
        for span in mentions(doc, "UNION"):
            union = registry[span.kb_id_]
            place = places_by_end.get(span.start - 1)
            if place is None or text[span.start - 1] != "的" or {"region", "place", "parent"} & union.attributes.keys():
                continue
            start = place.start
            while start in places_by_end:  # (位于某市某区的: the chain of places)
                start = places_by_end[start].start
            if text.endswith(_SITED_IN, 0, start):
                union.attributes["place"] = place.kb_id_

    @staticmethod
    def _firsts_named_in_full(doc: Doc, text: str) -> None:
        """某市某区快递行业工会联合会 … 某市首个快递行业工会联合会: the first of its kind in a place is the
        one the article names in full inside that place, where it names one only."""
        registry = entities_of(doc)
        found = mentions(doc, "UNION")
        for span in found:
            first = _FIRST_OF_ITS_KIND.search(text, span.start, span.end)
            if first is None or span.kb_id_ not in registry:
                continue
            scope, kind = text[span.start: first.start()], text[first.end(): span.end]  # 某市, 快递行业工会联合会
            fuller = {entity.id for entity in registry.values() if entity.type == "UnionBody" and entity.id != span.kb_id_
                      and entity.name.startswith(scope) and entity.name.endswith(kind) and len(entity.name) > len(scope + kind)}
            if scope and len(fuller) == 1:
                target, former = fuller.pop(), span.kb_id_
                for mention in [m for m in mentions(doc, "UNION") if m.kb_id_ == former]:
                    repoint_mention(doc, mention, target)

    @staticmethod
    def _bare_departments(text: str, found: list[Found]) -> list[Found]:
        """会议由法工部部长某某主持, 某市总工会召开女职工委员会全体会议: a department only federations
        have, written alone before its head's post or its meeting, is the department of the federation
        named nearest before it; a committee every union elects (女职工委员会), of the union named
        nearest before it (某医院工会召开会员代表大会，某某当选为女职工委员会主任)."""
        departments = []
        union_ends = {item.end for item in found}
        shared = (match for match in _SHARED_DEPARTMENT.finditer(text)
                  if any(_POSTS_BEFORE.fullmatch(text, end, match.start()) for end in union_ends if end < match.start()))
        # 某省总工会副主席某某率领财务部副部长某某: a department of the union whose officer leads its people
        led = (match for match in _LED_DEPARTMENT.finditer(text)
               if any(0 < match.start() - end <= _LEADER_REACH and not any(mark in CLAUSE_MARKS for mark in text[end: match.start()])
                      for end in union_ends))
        for match in chain(_BARE_UNION_DEPARTMENT.finditer(text), _BARE_UNION_COMMITTEE.finditer(text), shared, led):
            elected = match.lastindex == 2  # (of a term, after 、 or 产生: bounded already)
            if any(start <= match.start() < end for start, end, _, _ in found) \
                    or not elected and not bare_form_starts(text, match.start()) or text.endswith("工会", 0, match.start()):
                continue  # 教育工会女职工委员会: the committee of the union named right before it
            committee = match.re is _BARE_UNION_COMMITTEE
            before = [item for item in found if item.end <= match.start()
                      and ("region" in item.entity.attributes or item.entity.id == NATIONAL_ID
                           or (committee and "parent" not in item.entity.attributes))]
            if before:
                body = max(before, key=lambda item: item.end).entity
                unit = match.group(match.lastindex or 1)
                departments.append(Found(match.end() - len(unit), match.end(), _unit(body.name + unit, body), "unions.bare_department"))
        return departments

    @staticmethod
    def _local_federations(doc: Doc, text: str, found: list[Found]) -> list[Found]:
        """石岩街道总工会联合黄岭工联会: the federation of a place below the township that no list
        names, after a separator or a verb, named with the county-level division the article
        names last before it (深圳市宝安区黄岭工会联合会) and placed in the division it names last."""
        taken = {position for start, end, _, _ in found for position in range(start, end)}
        registry = entities_of(doc)
        regions = [span for span in mentions(doc, "REGION")
                   if registry[span.kb_id_].attributes.get("level") in ("county", "township")]
        result: list[Found] = []
        ends = sorted(end for _, end, _, _ in found)
        for match in _LOCAL_FEDERATION.finditer(text):
            floor = ends[bisect.bisect_right(ends, match.start()) - 1] if ends and ends[0] <= match.start() else 0
            start = name_start_before(text, match.start(), longest=8, floor=floor)
            stem = text[start: match.start()]
            if match.start() in taken or not 2 <= len(stem) <= 4 or covered(doc, start, match.start(), ("REGION", "ORG")) \
                    or text[start - 1: start].isdigit():
                continue  # 2014年社区工会联合会: a date's 年, no name
            if _GENERIC_OWNER.match(stem) or holds_verb(stem) or _ENTERPRISE_SUFFIX.search(stem) or stem in common_words() \
                    or "届" in stem or stem[-1] in _TOWNSHIP_LEVEL_WORDS and stem[:-1] in common_words():
                continue  # (新一届镇工会联合会: the term of the township's federation, no place; 虽然镇工会联合会: a
                # conjunction, then the bare level)
            before = [span for span in regions if span.end <= start]
            if not before:
                continue
            place = registry[before[-1].kb_id_]
            known = default_gazetteer().by_code.get(place.attributes.get("code", ""))
            county = known if known is None or known.level == "county" else default_gazetteer().by_code.get(known.parent)
            if county is None:
                continue
            name = _formal(county) + stem + "工会联合会"
            result.append(Found(start, match.end(), enterprise_union(name, place.id), "unions.local_federation"))
        return result

    @staticmethod
    def _national(text: str) -> list[Found]:
        """中华全国总工会, 全国总工会, 全总 (not 全总结); a national industry's 中华全国某某总工会; the
        federation of the central organs (中央和国家机关工会联合会)."""
        found = [Found(match.start(), match.end(), Entity(NATIONAL_ID, "UnionBody", NATIONAL_NAME), "unions.national")
                 for match in _NATIONAL.finditer(text)]
        found += [Found(match.start(), match.end(), Entity(f"union:{match.group()}", "UnionBody", match.group()),
                        "unions.national") for match in _CENTRAL_ORGANS.finditer(text)]
        for match in _NATIONAL_INDUSTRY_FEDERATION.finditer(text):
            if not holds_verb(match.group(1)):
                name = f"中华全国{match.group(1)}总工会"
                start = match.start() - 2 if text.endswith("中华", 0, match.start()) else match.start()
                found.append(Found(start, match.end(), Entity(f"union:{name}", "UnionBody", name), "unions.national"))
        for match in _RAILWAY_FEDERATION.finditer(text):
            if bare_form_starts(text, match.start()):  # 铁路总工会副主席某某: the national railway federation
                found.append(Found(match.start(), match.end(), Entity("union:中华全国铁路总工会", "UnionBody", "中华全国铁路总工会"),
                                   "unions.national"))
        for match in _NATIONAL_INDUSTRY_UNION.finditer(text):
            if not holds_verb(match.group(1)) and not _JOINED_LEVELS.search(match.group(1)) \
                    and not FACILITY.match(text, match.end()) and not match.group(1).endswith(_SYSTEM) \
                    and not _NO_INDUSTRY.search(match.group(1)):  # 全国能源化学地质工会: 中国能源化学地质工会 (not 全国和省级
                # 最美工会驿站, levels joined before a facility; 全国水运系统工会: the unions of a system; 全国一流工会: a rank)
                name = f"中国{match.group(1)}工会"
                found.append(Found(match.start(), match.end(), Entity(f"union:{name}", "UnionBody", name), "unions.national"))
        for _, start, end in _national_industries().find_matches_as_indexes(text):
            if text.startswith("工会", end) and bare_form_starts(text, start) and not text.endswith(("中国", "全国"), 0, start) \
                    and "、" not in (text[start - 1: start], text[end + 2: end + 3]) \
                    and not any(f"{level}{text[start:end]}工会" in text[:start] for level in _BARE_LEVELS):
                # (not a province's listed: 某某工会、国防邮电工会; nor after a place's union of the industry:
                # 市海员建设工会…海员建设工会 is the city's)
                name = f"中国{text[start:end]}工会"  # 民航工会召开…: the national union of an industry only it has
                found.append(Found(start, end + 2, Entity(f"union:{name}", "UnionBody", name), "unions.national"))
        return found

    @staticmethod
    def _corps(text: str) -> list[Found]:
        """兵团总工会 (新疆生产建设兵团总工会), 兵团第三师总工会, 一〇二团工会: the unions of the production
        and construction corps, of its divisions and of its regiments."""
        found = []
        for match in _CORPS_UNION.finditer(text) if _CORPS_HINT.search(text) else ():
            division = match.group(1)
            if division and division[0] != "第" and "师" in division:
                division = "第" + division  # 兵团五师工会: the fifth division's, 第五师 in full
            unnumbered = match.group(2) and match.group(2).endswith("师") and not match.group(2).startswith("第")
            if unnumbered and _CORPS_SHORT not in text:
                continue  # 一师工会 is a corps division's only where the article speaks of the corps
            name = _CORPS + division if division else "第" + match.group(0) if unnumbered else match.group(0)
            found.append(Found(match.start(), match.end(), Entity(f"union:{name}", "UnionBody", name), "unions.corps"))
        return found

    def _place_unions(self, doc: Doc, text: str) -> list[Found]:
        """What follows a place: its federation (恩平市总工会, 五马街道工会联合会), an institution of it
        (市工人文化宫), a list's end (遵义市、铜仁市等市州总工会), an abbreviation (恩平市总) or an
        industrial union (甘肃省电力工会)."""
        registry = entities_of(doc)
        regions = mentions(doc, "REGION")
        found: list[Found] = []
        previous_end: dict[int, Mention] = {}
        region_starts = {span.start for span in regions}
        for span in regions:
            previous_end[span.end] = span
            if text[span.end: span.end + 1] not in _AFTER_PLACE and text.find("工会", span.end, span.end + 12) < 0 \
                    and text.find(_CRAFTSMEN_COLLEGE, span.end, span.end + 12) < 0 and not text.startswith(_REGION_ABBREVIATED, span.end):
                continue  # no union word, institution, list end or abbreviation follows, nor an industry's union
            region = registry[span.kb_id_]
            start = self._written_start(span, previous_end, registry)
            institution = _INSTITUTION.match(text, span.end)
            alias = _ALIAS.match(text, span.end)  # 某新区（高新区）总工会: the union of the place before its other name
            level_again = int(text[span.end: span.end + 1] == region.name[-1] and region.name[-1] in DOUBLED_LEVELS)
            if region.name.endswith(AUTONOMOUS_REGION) and text.startswith(AUTONOMOUS_REGION, span.end):
                level_again = len(AUTONOMOUS_REGION)  # 宁夏自治区总工会: the short name and a bare 自治区
            # (某市市总工会: the level again; 某区某某地区总工会: a Beijing township by its office area)
            area = len(AREA_OFFICE) if region.attributes.get("level") == "township" and text.startswith(AREA_OFFICE, span.end) else 0
            union = _UNION_WORD.match(text, alias.end() if alias else span.end + level_again + area)
            women = _WOMEN_WORKERS_UNIT.match(text, span.end) if region.attributes.get("level") != "township" else None
            if women and not institution:
                body = federation(region)  # 某市女职工委员会: the women workers' committee of the place's federation
                full = _WOMEN_WORKERS_UNITS_IN_FULL.get(women.group(0), women.group(0))
                found.append(Found(start, women.end(), _unit(body.name + full, body), "unions.department"))
            elif institution:
                body = federation(region)
                # 雁江区工人文化宫 → 资阳市雁江区工人文化宫; 内蒙古工匠学院 keeps the place as written
                written = formal_place_name(region).removesuffix(region.name) + text[span.start: institution.end()]
                found.append(Found(start, institution.end(), _unit(written, body), "unions.institution"))
                if (branch := _BRANCH_OF_INSTITUTION.match(text, institution.end())) is not None:
                    # 浙江工匠学院湖州分院: the college's branch in a place, a unit of the college
                    found.append(Found(start, branch.end(), _unit(written + branch.group(0), found[-1].entity),
                                       "unions.institution"))
            elif union and (FACILITY.match(text, union.end()) and not text.startswith("“", union.end())
                            or _LAW_TITLE.match(text, union.end())
                            or union.group(1) == "工会" and (_in_law_title(text, union.end()) or region.name in _NO_UNION_SYSTEM
                                                            or _HOME_OF_A_KIND.match(text, union.end()))):
                continue  # 城东街道工会驿站, 某省工会条例, 《某省工会劳动法律监督条例》: a facility or a law
                # (not 某县工会“某某驿站”: the place's union, then the facility it names)
                # named after the unions, not a union; 台湾工会: the unions there, of no federation the gazetteer places;
                # 某街道工会货车司机之家: a home for workers of a kind (not 某区总工会职工之家…, the federation's own)
            elif union:
                word = union.group(1)
                end = union.end()
                if text.startswith(_UNION_COMMITTEE, end):
                    end += len(_UNION_COMMITTEE)
                    if word == "工会" and region.attributes.get("level") not in _LEVELS_WITH_FEDERATIONS:
                        word += _UNION_COMMITTEE  # 某街道工会委员会: below the county, the union word as written
                found.append(Found(start, end, federation(region, word), "unions.federation"))
                found += self._coordinated(text, previous_end, span, registry, union.group(1))  # (甲社区、乙社区工会联合会)
            elif text.startswith("工会系统", span.end) and self._acting_system(text, span.end + 4, region):
                # 黑龙江省工会系统, 滨海新区工会系统广泛开展…: the union system of a place is its federation
                found.append(Found(start, span.end + 4, federation(region), "unions.union_system"))
            elif _LIST_END.match(text, span.end) and text[span.start - 1: span.start] == "、":
                found.append(Found(start, span.end, federation(region), "unions.federation_list"))
                found += self._coordinated(text, previous_end, span, registry)
            elif (counted := _PLACES_COUNTED.match(text, span.end)) and (
                    listed := self._coordinated(text, previous_end, span, registry, counted.group(2), side_by_side=True)) \
                    and len(listed) + 1 >= _count(counted.group("count")):
                # 个旧市、石屏县、泸西县四地总工会, 青浦、吴江、嘉善三地工会: each place's federation
                # (甲、乙、丙等6省市工会: some of the unions of six places, a group rather than each named)
                found.append(Found(start, span.end, federation(region, counted.group(2)), "unions.places_counted"))
                found += listed
            elif (abbreviated := self._abbreviated_after(text, span.end, region)) is not None:
                found.append(Found(start, abbreviated, federation(region), "unions.abbreviation"))
            elif span.end not in region_starts and (industry := self._industry_after(text, span.end, region)) is not None \
                    and not (text[start - 1: start] in _GOING_TO
                             and common_words().get(industry.group(1), (0, ""))[1] in _VERB_TAGS):
                # (内蒙古阿拉善盟工会: a place follows, whose union it is, not an industry; 到张掖调研工会服务…工作: where
                # one goes and what one does there)
                if region.attributes.get("level") == "township":  # 某镇教育工会: with the county above it
                    name = formal_place_name(region) + industry.group(0)
                else:
                    start = _group_start_before(text, start)  # 国网某省电力工会: the group's company in the place
                    name = text[start: industry.end()]  # 甘肃省电力工会, 广西图书馆工会: as written
                found.append(Found(start, industry.end(), industry_union(name, region, industry.group(0)), "unions.industrial"))
                for before in self._listed_before(text, previous_end, span):  # 济南市、章丘区教育工会: each place's
                    listed_region = registry[before.kb_id_]
                    if listed_region.attributes.get("level") != "township":
                        found.append(Found(before.start, before.end, industry_union(
                            listed_region.name + industry.group(0), listed_region, industry.group(0)), "unions.coordinated"))
        return found

    def _abbreviated_after(self, text: str, position: int, region: Entity) -> int | None:
        """Where a federation written short after its place ends (江苏省总, 宁夏区总: an autonomous region's
        short name, its 区 and 总), if one is."""
        if region.name.endswith(AUTONOMOUS_REGION) and text.startswith(_REGION_ABBREVIATED, position):
            position += len(_REGION_ABBREVIATED) - 1
        if _ABBREVIATION.match(text, position) and not self._starts_word(text, position):
            return position + 1
        return None

    @staticmethod
    def _acting_system(text: str, position: int, region: Entity) -> bool:
        """Whether the union system named before `position` stands for its federation: a province's
        or prefecture's always, a county's where it acts (县工会系统人大代表联络站 names a facility)."""
        level = region.attributes.get("level")
        if level in ("province", "prefecture"):
            return True
        return level == "county" and common_words().get(text[position: position + 2], (0, ""))[1] in ("v", "a", "ad", "d")

    @staticmethod
    def _industry_after(text: str, position: int, region: Entity) -> re.Match | None:
        """甘肃省电力工会, 海南省教科文卫邮电工会, 德州市水利工会委员会: a province's or city's union of
        an industry or a system, named by the industry's words between the place and 工会; and a
        county's union of a system (某县卫生系统工会)."""
        level = region.attributes.get("level")
        if level not in ("province", "prefecture", "county", "township") or text.find("工会", position, position + 12) < 0 \
                and text.find("工联会", position, position + 12) < 0:
            return None
        industry = _INDUSTRY.match(text, position)
        if level == "township" and industry is not None and industry.group(1) not in _COUNTY_SECTORS:
            return None  # a township's union of a sector is named by the sector's word alone (某镇教育工会)
        if level == "county" and industry is not None and not _county_sector(industry.group(1)) \
                and not _joint_union_of_a_trade(industry.group(1), industry.group(2)):
            return None  # a county's union of a sector is named by its system (某县卫生系统工会) or the sector's word;
            # a joint union, by the trade's nouns it joins (某县道路货运联合基层工会, 某县货运工会联合会)
        if industry is None or FACILITY.match(text, industry.end()) or _GENERIC_OWNER.match(industry.group(1)):
            return None
        if text.startswith("组织", industry.end()) and (
                industry.group(2) != "工会" or _ORGANISATIONS_NOUN.match(text, industry.end())):
            return None  # 某省某某工会组织: union organisations (某省邮政工会组织职工…: the union organises)
        words = _SECOND_FIELD.sub("", industry.group(1))  # (某市工业（国防）工会: read by its first field)
        if _AGENCY_ORGANS.search(words):
            return None  # 某市交通运输局机关工会: the union of an agency's organs, named after the agency (organizations)
        trade = _JOINED_BEFORE_UNION.sub("", words)  # (某县道路货运联合基层工会: the trade joined)
        if _NO_INDUSTRY.search(trade) and not industry.group(2).endswith(_WORK_COMMITTEE) \
                and not _LOCAL_FEDERATION.fullmatch(industry.group(2)) \
                and not (_KIND_OF_FIRM.fullmatch(trade) and _OFFICER_AFTER.match(text, industry.end())) \
                or common_words().get(words[:2], (0, ""))[1] in ("a", "t") or _UNNAMED_SYSTEMS.search(words):
            return None  # 某市智慧工会平台, 某市优秀工会: a way of working or an honour (优秀, 先进), no industry (the
            # federation of a kind's unions is a body: 某市台资企业工会联合会);
            # 市直有关系统工会: the systems concerned, none named; 某省早期工会组织: a time (早期, 当时), no industry;
            # 某省新业态基层工会示范点: grass-roots unions of a kind (not 某省直属基层工会工作委员会, the body for them)
        enterprise = _ENTERPRISE_SUFFIX.search(words)
        if stops_name(_joined_trades(words)) or words[0] in "总各全" or (
                holds_verb(_INDUSTRY_VERBS.sub("", trade)) and not _COUNTY_ORGANS.fullmatch(words)) or (
                enterprise and enterprise.group(0) != "业" and words not in MINING_TRADES):
            return None  # …有限公司工会: an enterprise's union, named as written (an industry's 业 is no enterprise, nor
            # 某省煤矿工会: the coal mines of the province)
        if _PLACES_COUNTED.search(text, position, industry.end()):
            return None  # 浙江嘉善三地工会: the unions of a list of places
        if _BODY_BEFORE_AND.search(words):
            return None  # 某市卫生健康局和澳门工会联合总会: a body, then another's union, no industry
        if EDITION.search(words):
            return None  # 某市第二届工会集体协商竞赛: an event's edition, no industry (某大学第六届工会委员会: a union's term)
        if len(words) == _LONGEST_TRADE_NAMED and _trade_named_before(words, len(words)):
            return None  # 长沙华星科技工会: a company by its trade name and trade (not 机械冶金建材工会)
        return industry

    def _bare_levels(self, doc: Doc, text: str, found: list[Found]) -> tuple[list[Found], list[Found]]:
        """省总工会, 市总, 县总工会, 市工人文化宫 with no place written: the federation (or institution)
        of the article's own province, city or county, preferring one named before; and apart, the
        federations of a level the article names no place of (`_unplaced_federation`), which stand
        where no later pattern reads more."""
        by_end = {span.end for span in mentions(doc, "REGION")}
        registry = entities_of(doc)
        named = [(start, entity.attributes["region"]) for start, _, entity, _ in found if "region" in entity.attributes]
        bare, unplaced = [], []
        read_before: dict[str, tuple[int, Entity]] = {}  # by level: where a bare form of it was last read, and its place
        for match in _BARE.finditer(text):
            if match.end(1) in by_end or match.start() in by_end or covered(doc, match.start(), match.end(), ("REGION",)):
                continue
            if text.endswith(_WHICHEVER, 0, _levels_listed_from(text, match.start())):
                continue  # 由所在县、区总工会…, 当地县总工会: whichever place's, none named
            if any(s <= match.start() < e for s, e, _, _ in found) or joins_word_before(text, match.start()) \
                    and text[match.start() - 1] not in _JOINING_BEFORE_BARE:
                continue  # 建强县总工会: 强县 is a word, the 县 is not the article's county (该县 is; 某局和县总工会: the
                # 和 joins, where no 和县 is read)
            if match.group(2) == _ABBREVIATED_FEDERATION and text.startswith("部", match.end(2)) \
                    and self._starts_word(text, match.start(2)):
                continue  # 省总部门: 总部 opens a word (省总部署: the federation's, before a frequent verb)
            if text.endswith(_SOME_OF, 0, match.start()):
                continue  # 部分区总工会: some of a level's federations, none named
            if _LEVELS_COUNTED_AFTER.match(text, match.end()) and text[match.start() - 1: match.start()] in _UNITS_JOINED:
                continue  # 市总、区总两级工会: the lower of the levels counted, all of its federations, none named
            if match.group(2) == "总工会" and not bare_form_starts(text, match.start()) \
                    and _unlisted_place_before(text, match.start()):
                # 与嘉义市总工会交流: a place the gazetteer does not list, named as written
                written = text[match.start() - 2: match.end()]
                unplaced.append(Found(match.start() - 2, match.end(), Entity(f"union:{written}", "UnionBody", written),
                                      "unions.unlisted_place"))
                continue
            named_before = {region for start, region in named if start < match.start()}
            earlier = read_before.get(match.group(1))
            # 某县人大常委会副主任、县总工会主席某某: the county the chain of posts opens with
            place: Entity | None = chain_place(doc, match.group(1), match.start())
            if place is None and earlier is not None and not any(
                    earlier[0] < start < match.start() and registry[region].attributes.get("level") not in _BELOW_COUNTY
                    for start, region in named):
                place = earlier[1]  # 市总工会…某县级市某镇工会…市总工会: the same city's, where no federation is named between
            elif place is None:
                place = self._autonomous_region(doc, named_before) if match.group(1) == "区" else None
                place = place or home_region(doc, match.group(1), match.start(), preferred=named_before)
            if place is None:
                listed = self._bare_levels_listed(doc, text, match.start(), named_before) if match.group(2) == "总工会" else []
                bare += listed  # 省、市总工会 in an article naming its province only: the province's
                if not listed and not _INSTITUTION.fullmatch(match.group(2)) and not match.group(2).endswith("部") \
                        and not (match.group(2) == _UNION_WORD_ONLY and _ACTING.match(text, match.end())):  # (县工会开展…: no
                    # county named, no federation)
                    unplaced.append(Found(match.start(), match.end(), _unplaced_federation(match.group(1), text),
                                      "unions.bare_level_unplaced"))  # (州、县总工会: the prefecture's counties', none named)
                continue
            read_before[match.group(1)] = (match.start(), place)
            body = federation(place)
            if _INSTITUTION.fullmatch(match.group(2)):
                body = _unit(formal_place_name(place) + match.group(2), body)  # 在市工人文化宫
            elif match.group(2).endswith("部"):
                body = _unit(body.name + match.group(2), body)  # 市女职工部同志参加: a department only federations have
            bare.append(Found(match.start(), match.end(), body, "unions.bare_level"))
            if match.group(2) == "总工会":
                bare += self._bare_levels_listed(doc, text, match.start(), named_before)
        for start, _, entity, rule in found:  # 由省、市、某区总工会: the levels listed before a place's federation, above it
            if rule == "unions.federation" and text[start - 1: start] == "、" and "region" in entity.attributes:
                bare += self._bare_levels_listed(doc, text, start, {entity.attributes["region"]})
        bare += self._province_and_city(doc, text)
        known = found + bare
        chained = self._chained_bare_federations(doc, text, known)
        return bare + chained + _federation_referred_back(text, known + chained) \
            + self._bare_industry_unions(doc, text, known) \
            + self._chained_industry_unions(doc, text, known), unplaced

    def _chained_industry_unions(self, doc: Doc, text: str, found: list[Found]) -> list[Found]:
        """某市总工会党组成员、教科文卫体工会主席某某: an industry's union named without a place in a
        chain of posts after a federation, and followed by its own post, is the industry's union
        of the federation's place; so is one named right after the federation, before its own post
        (某市总工会教育工会副主席某某)."""
        registry = entities_of(doc)
        chained = []
        for start, end, body, _ in found:
            region = registry.get(body.attributes.get("region", ""))
            if region is None or not body.name.endswith("总工会"):
                continue
            mark = text.find("、", end, end + _LONGEST_CHAIN_ITEM)
            opening = end if text.find("工会", end, end + _LONGEST_CHAIN_ITEM) >= 0 and (
                mark < 0 or text.find("工会", end, mark) >= 0) else mark + 1  # right after it, or after a post and 、
            if opening == mark + 1 and (mark < 0 or _CLAUSE_OR_UNION.search(text, end, mark)):
                continue
            industry = self._industry_after(text, opening, region)
            if industry is not None and _UNION_POST.match(text, industry.end()) and industry.group(0) not in _OWN_FEDERATIONS:
                name = formal_place_name(region) + industry.group(0)  # (not 某市总工会机关工会: the federation's own)
                chained.append(Found(opening, industry.end(), industry_union(name, region, industry.group(0)),
                                     "unions.chained_industry"))
        return chained

    @staticmethod
    def _chained_bare_federations(doc: Doc, text: str, found: list[Found]) -> list[Found]:
        """自治区人大常委会副主任、总工会主席某某, 某区委常委、统战部长、总工会主席某某: a bare 总工会 in a
        chain of posts whose first post is held at a body of a bare level, or of a place named, is the
        federation of the article's division of that level, or of that place."""
        chained = []
        registry = entities_of(doc)
        regions = mentions(doc, "REGION")
        federated = {region for _, _, body, _ in found if (region := body.attributes.get("region"))}  # (某镇总工会赴乙镇…)
        position = text.find("、总工会")
        while position != -1:
            start = position + 1
            item = _CHAIN_ITEM_LEVEL.search(text, max(0, position - _LONGEST_LISTED_BODIES), position)
            if item and not any(s <= start < e for s, e, _, _ in found):
                named = next((span for span in regions if span.start <= item.start(1) < span.end), None)  # 某区委常委
                opens = named is not None and bare_form_starts(text, named.start)
                while named is not None and (deeper := next((span for span in regions if span.start == named.end), None)):
                    named = deeper  # 某省某县委常委: the chain's most specific place
                place = registry[named.kb_id_] if named is not None and opens \
                    else home_region(doc, item.group(1), item.start(1), federated) if bare_form_starts(text, item.start(1)) else None
                if place is not None:
                    chained.append(Found(start, start + 3, federation(place), "unions.bare_level"))
            position = text.find("、总工会", position + 1)
        return chained

    def _our_union_systems(self, doc: Doc, text: str, found: list[Found]) -> list[Found]:
        """本市工会系统积极开展…, 全省工会系统: the union system of the article's own province or city,
        opening a clause, is its federation (as 某市工会系统 is)."""
        systems = []
        for match in _OUR_UNION_SYSTEM.finditer(text):
            place = home_region(doc, match.group(1), match.start())
            if place is not None and not any(s <= match.start() < e for s, e, _, _ in found) \
                    and self._acting_system(text, match.end(), place):
                systems.append(Found(match.start(), match.end(), federation(place), "unions.union_system"))
        return systems

    @staticmethod
    def _autonomous_region(doc: Doc, region_ids: set[str]) -> Entity | None:
        """The autonomous region among `region_ids`, if any: whose federation a bare 区总 named after it
        is (新疆维吾尔自治区总工会 … 区总一行), not a district's."""
        registry = entities_of(doc)
        return next((registry[region_id] for region_id in sorted(region_ids) if region_id in registry
                     and registry[region_id].attributes.get("level") == "province"
                     and registry[region_id].name.endswith(AUTONOMOUS_REGION)), None)

    @staticmethod
    def _bare_townships(doc: Doc, text: str) -> list[Found]:
        """某街道党工委、办事处和街道总工会: a township's union written without its name, after a list's
        separator, is the union of the township of that kind the article named last before it."""
        registry = entities_of(doc)
        townships = [span for span in mentions(doc, "REGION") if registry[span.kb_id_].attributes.get("level") == "township"]
        bare = []
        for match in _BARE_TOWNSHIP.finditer(text) if townships else ():
            place = next((registry[span.kb_id_] for span in reversed(townships) if span.end <= match.start()), None)
            if place is not None and place.name.endswith(match.group(1)):
                word = match.group(2)
                if word == "工会" and place.name + "总工会" in text:
                    word = "总工会"  # 新桥街道总工会 … 街道工会与企业工会主席: the federation named before, written short
                bare.append(Found(match.start(), match.end(), federation(place, word), "unions.bare_township"))
        return bare

    @staticmethod
    def _unplaced_townships(doc: Doc, text: str, found: list[Found]) -> list[Found]:
        """东风镇工会开展… in an article that names no county one of the many townships of that name lies in:
        the township's union as written, told apart from other articles' by the text."""
        gazetteer = default_gazetteer()
        unions = []
        for match in _TOWNSHIP_UNION_WORD.finditer(text):
            if any(start < match.end() and match.start() < end for start, end, _, _ in found):
                continue
            stem_start = next((start for start in range(match.start() - 2, max(match.start() - 5, 0) - 1, -1)
                               if sum(full and region.level == "township" and not region.until for region, full
                                      in gazetteer.candidates(text[start: match.end(1)])) > 1
                               and bare_form_starts(text, start)), None)
            if stem_start is None or covered(doc, stem_start, match.end(), ("REGION", "ORG", "PROGRAM", "PERSON")):
                continue
            name = text[stem_start: match.end()]
            unions.append(Found(stem_start, match.end(), Entity(id=f"union:{name}@{text_key(text)}", type="UnionBody", name=name),
                                "unions.unplaced_township"))
        return unions

    @staticmethod
    def _chained_federations(doc: Doc, text: str, found: list[Found]) -> list[Found]:
        """某县人大常委会副主任、总工会主席某某: a 总工会 in a chain of posts is the federation of the
        place that opens the chain; so is a bare 工会 after the place's organs (某区人大常委会副主任、工会主席),
        and a 总工会 after a chain a bare level opens (街道人大工委主任、总工会主席: the street's named before)."""
        registry = entities_of(doc)
        regions = mentions(doc, "REGION")
        chained = []
        for match in _CHAINED_FEDERATION.finditer(text) if "、总工会" in text or "、工会" in text else ():
            place = max((span for span in regions if span.end <= match.start()), key=lambda span: (span.end, -span.start), default=None)
            # (the place that ends last, the longest of those: 某某高新区党工委委员、总工会主席 is the zone's, not its city's)
            if place is not None and match.start() - place.end <= _CHAIN_REACH \
                    and not _CHAIN_BREAK.search(text, place.end, match.start()) \
                    and (match.group(1) == "总工会" or _PLACE_ORGANS.match(text, place.end)):
                body = federation(registry[place.kb_id_])
                chained.append(Found(match.start(1), match.end(1), body, "unions.chained_federation"))
            elif match.group(1) == "总工会" and (named := _federation_of_bare_chain(text, match.start(), found, registry)):
                chained.append(Found(match.start(1), match.end(1), named, "unions.chained_federation"))
        return chained

    @staticmethod
    def _province_and_city(doc: Doc, text: str) -> list[Found]:
        """按照省市总工会要求: the province's and the city's federations, the two levels written as one word."""
        found = []
        for match in _PROVINCE_AND_CITY.finditer(text):
            if not bare_form_starts(text, match.start()) or covered(doc, match.start(), match.end(), ("REGION",)):
                continue
            province, city = home_region(doc, "省", match.start()), home_region(doc, "市", match.start() + 1)
            if province is not None and city is not None:
                found += [Found(match.start(), match.start() + 1, federation(province), "unions.bare_level"),
                          Found(match.start() + 1, match.end(), federation(city), "unions.bare_level")]
        return found

    @staticmethod
    def _bare_levels_listed(doc: Doc, text: str, position: int, preferred: set[str]) -> list[Found]:
        """省、市总工会, 自治区、市、县总工会: the bare levels listed before a bare federation share its
        union word, each the article's own division of that level."""
        listed = []
        while (level := _LISTED_LEVEL.search(text, max(0, position - 4), position)) is not None \
                and bare_form_starts(text, level.start(1)):  # 根据省、市总工会; not 全省、市
            place = home_region(doc, level.group(1), level.start(1), preferred=preferred)
            if place is None:
                break
            listed.append(Found(level.start(1), level.end(1), federation(place), "unions.bare_level"))
            position = level.start(1)
        return listed

    def _bare_industry_unions(self, doc: Doc, text: str, found: list[Found]) -> list[Found]:
        """省机械冶金建材工会, 市水利工会: an industry's union of the article's province or city; and
        市货运行业工会联合会, 全市货运行业工会联合会: a trade's union of the city."""
        unions = []
        place_ends = {span.end for span in mentions(doc, "REGION")}
        for match in _BARE_INDUSTRY.finditer(text):
            start = match.start()
            if any(s <= start < e for s, e, _, _ in found) or covered(doc, start, start + 1, ("REGION",)) or start in place_ends:
                continue  # (某某市区快递行业工会联合会: 市区 is the city's urban area, no bare 区)
            # 全市货运行业工会联合会: the city's (全市首家…: the first in the city, of a place inside it)
            whole = text[start - 1: start] == "全" and bare_form_starts(text, start - 1)
            if not bare_form_starts(text, start) and text[start - 2: start] not in VISIT_VERBS and not whole \
                    and text[start - 1: start] != "的":
                continue  # 全省, 本市: not a bare level opening a name (前往市水利工会, 二是省邮政工会, 筹办的市园林工会 are)
            if _EVERY_LEVEL_LISTED.search(text, max(0, start - _EVERY_LEVEL_REACH), start):
                continue  # 各县区和市直工会: the unions of every level listed, none named
            place = home_region(doc, match.group(1), start)
            if place is None:
                continue
            industry = None if whole else self._industry_after(text, match.end(1), place)
            trade = _BARE_TRADE.match(text, match.end(1)) if industry is None else None
            if industry is not None and place.attributes.get("level") == "county" \
                    and _COUNTY_ORGANS.fullmatch(match.group(1) + industry.group(1)):
                written = match.group(1) + industry.group(0)  # 区直机关工会: the district's own, its level written again
                unions.append(Found(start, industry.end(), industry_union(formal_place_name(place) + written, place, written),
                                    "unions.industrial"))
            elif industry is not None:
                name = place.name + industry.group(0)
                unions.append(Found(start, industry.end(), industry_union(name, place, industry.group(0)), "unions.industrial"))
            elif trade is not None and not NAME_STOP.search(_joined_trades(trade.group(1))) \
                    and not (whole and _FIRST_OF_ITS_KIND.match(trade.group(1))) \
                    and not PREDICATES.match(trade.group(1)) and not _UNIONS_COUNTED_AFTER.match(text, trade.end()):
                # (全市已建立快递行业工会35个: the city's unions of a trade, counted, none named)
                # 市道路运输行业工会联合会: a trade's union of the article's city, named in full
                name = formal_place_name(place) + trade.group(1) + _FULL_UNION_WORD.get(trade.group(2), trade.group(2))
                unions.append(Found(start, trade.end(), enterprise_union(name, place.id), "unions.trade_of_bare_level"))
        return unions

    @staticmethod
    def _starts_word(text: str, position: int) -> bool:
        """Whether the 总 at `position` begins a word (总体, 总量, 总经理, 总战略) rather than abbreviating 总工会
        before a frequent verb (某市总要求, 某市总部署: 总要 and 总部 are words too) or a department of its
        (某市总经济技术部)."""
        words = common_words()
        verb_after = words.get(text[position + 1: position + 3], (0, ""))
        if verb_after[1] in ("v", "vn") and verb_after[0] >= _FREQUENT_VERB_AFTER_ABBREVIATION \
                or text.startswith(_VERBS_TAGGED_AS_NOUNS, position + 1):
            return False
        if (department := _department_at(text, position + 1)) is not None and department.group(0).endswith("部"):
            return False  # 某市总经济技术部: the federation's department, after its short form (not 总经理)
        return text[position: position + 2] in words or text[position: position + 3] in words \
            or text.startswith(_OVERALL_PLAN, position + 1)

    @staticmethod
    def _written_start(span: Mention, previous_end: dict[int, Mention], registry: dict[str, Entity]) -> int:
        """Where a federation's written name starts: at the first of the places right before its
        own that its full name carries (杭州市上城区湖滨街道工会联合会, 成都市金牛区总工会; not 湖南省
        before 株洲市总工会)."""
        start = span.start
        formal = formal_place_name(registry[span.kb_id_])
        before = previous_end.get(start)
        while before is not None and registry[before.kb_id_].name in formal:
            start = before.start
            before = previous_end.get(start)
        return start

    @staticmethod
    def _coordinated(text: str, by_end: dict[int, Mention], last: Mention, registry, word: str = "总工会",
                     side_by_side: bool = False) -> list[Found]:
        """六盘水市、安顺市和遵义市总工会, 贵州省暨贵阳市总工会, 六盘水市、安顺市等市州总工会: every region of the list before 总工会 has its
        federation (`by_end`: the regions so far by where they end). An item may open with the
        province or city it lies in (上海青浦、江苏吴江); `side_by_side`, places of one level may be written
        with nothing between them (甲乙两市总工会)."""
        return [Found(span.start, span.end, federation(registry[span.kb_id_], word), "unions.coordinated")
                for span in UnionRecognizer._listed_before(text, by_end, last, registry if side_by_side else None)
                if not _level_rank(registry[span.kb_id_]) >= LEVEL_RANK["township"] > _level_rank(registry[last.kb_id_])]
        # (某村和某区总工会驻村工作队: a township or village joined to a county's or higher federation shares no union word)

    @staticmethod
    def _listed_before(text: str, by_end: dict[int, Mention], last: Mention, registry: dict[str, Entity] | None = None) -> list[Mention]:
        """The regions listed right before `last` (甲市、乙县和丙县…, 甲·乙), nearest first (`by_end`: the regions
        so far by where they end); an item may open with the province or city it lies in (上海青浦). Given the
        `registry`, places of one level written side by side are listed too (甲乙两市: counted after them)."""
        listed = []
        position = last.start
        level = registry[last.kb_id_].attributes.get("level") if registry is not None else None
        while True:
            span = by_end.get(position) if level is not None else None
            if span is not None and registry is not None and registry[span.kb_id_].attributes.get("level") == level:
                listed.append(span)  # 南平宁德两市: side by side, of one level
                position = span.start
                continue
            prefix = by_end.get(position)
            if prefix is not None:
                position = prefix.start
            if position < 1 or text[position - 1] not in "、和及与暨·":
                break
            span = by_end.get(position - 1)
            if span is None:
                break
            listed.append(span)
            position = span.start
        return listed

    @staticmethod
    def _stationed_teams(text: str, found: list[Found], regions: list[Mention]) -> list[Found]:
        """重庆市总工会驻某村工作队: a team the union stations in a place, located in that place."""
        teams = []
        for start, end, body, _ in found:
            team = _STATIONED.match(text, end)
            if not team or "parent" in body.attributes:
                continue
            places = [span.kb_id_ for span in regions if team.start() < span.start and span.end == team.start(1)]
            if not places:
                continue  # the team is named after the place it is stationed in, and nothing else
            unit = _unit(text[start: team.end()], body)
            unit.attributes["place"] = places[-1]
            teams.append(Found(start, team.end(), unit, "unions.stationed_team"))
        return teams

    def _with_departments(self, text: str, found: list[Found]) -> list[Found]:
        """Add the department or institution that follows a union name (…总工会权益工作部, …工会干部学院)."""
        result = []
        named_starts = {item.start for item in found}
        for item in found:
            result.append(item)
            start, end, body, _ = item
            written = text[start:end]
            federation_word = written.endswith(("总工会", "总"))  # 某省总宣教部: a department after 省总 too
            if not (written.endswith("工会") or federation_word) or written.endswith("工会联合会"):
                continue
            if federation_word and (organs := _ORGANS_UNION.match(text, end)):
                result.append(Found(start, organs.end(), _unit(body.name + "机关工会", body), "unions.department"))
                continue  # 某省总工会机关工会: the union of the federation's own staff, a unit of it
            department = _department_at(text, end)
            committee_at = end
            if not department and (term := _TERM.match(text, end)):
                committee_at = term.end()
                department = _department_at(text, term.end())  # 某市总工会第十二届经费审查委员会: the committee of a term
                if department and _ORGAN_COMMITTEE.fullmatch(department.group(0)):
                    # 某市总工会第五届委员会、经费审查委员会和女职工委员会: the committees elected with the federation's own
                    result += self._coordinated_departments(text, department.end(), body, body.name, named_starts, _UNITS_JOINED)
                if department and (department.group(1) != "委员会" or _ORGAN_COMMITTEE.fullmatch(department.group(0))):
                    department = None  # (某市总工会第十二届委员会, 十八届三次委员会: the federation's own committee)
            if not department and text.startswith(_OWN_COMMITTEE, committee_at):
                # 新一届某市总工会委员会、经费审查委员会, 第十四届委员会和经费审查委员会: the committees elected with
                # the federation's own
                result += self._coordinated_departments(text, committee_at + len(_OWN_COMMITTEE), body, body.name,
                                                        named_starts, _UNITS_JOINED)
            if not department:
                continue
            national = written.startswith("中国") and department.group(0).endswith("工作部")  # 中国某某工会某某工作部
            own_centre = "region" in body.attributes and _centre_of_work(text, department)  # 某市工会职工帮扶中心
            if not federation_word and not own_centre and not national \
                    and department.group(1) not in ("学院", "学校", "委员会", "调解室") \
                    and not _POST_AFTER_UNIT.match(text, department.end()):
                continue  # (某市教育工会办公室副主任: a unit of any union, where its post follows)
            institution = department.group(1) in ("学院", "学校")
            # a federation's name with the union word a place's union system is written with (某市工会)
            union_word_form = body.name.removesuffix("总工会") + "工会" if body.name.endswith("总工会") else None
            if national:
                stem = body.name.removesuffix("全国委员会")
            else:  # 某市工会干部学校 as written; 某区教育工会女职工委员会
                stem = union_word_form if union_word_form and not federation_word else body.name
            unit = department.group(0).removeprefix(FORMER) if len(department.group(0)) > len(FORMER) + 2 else department.group(0)
            unit = _COMMITTEES_IN_FULL.get(unit, unit)  # (某省总工会经审委员会: its 经费审查委员会)
            # (某省总工会原某某工作部部长: the department its former head led)
            # 某省总工会干部学校 and 某省工会干部学校: one institution, however its federation is written
            key = union_word_form + unit if institution and union_word_form else None
            school = _unit(stem + unit, body, key)
            result.append(Found(start, department.end(), school, "unions.department"))
            if institution and (branch := _BRANCH_SCHOOL.match(text, department.end())) is not None:
                # 某市总工会干部学校某某分校: a branch of the school, named after its place
                result.append(Found(start, branch.end(), _unit(school.name + branch.group(0), school), "unions.department"))
            result += self._coordinated_departments(text, department.end(), body, stem, named_starts)
        return result

    @staticmethod
    def _preparing(text: str, item: Found) -> Found:
        """某自治区工会筹备委员会, 某市总工会筹备组: the committee that prepares a federation, a body of its own,
        named as written and lying in the federation's place."""
        committee = _PREPARING.match(text, item.end)
        if committee is None or "region" not in item.entity.attributes:
            return item
        name = text[item.start: committee.end()]
        return Found(item.start, committee.end(), Entity(f"union:{name}", "UnionBody", name,
                                                         attributes={"place": item.entity.attributes["region"]}), "unions.preparing")

    @staticmethod
    def _national_industries_written_short(text: str, found: list[Found]) -> list[Found]:
        """中国铁路工会 … 铁路工会推出: a national industrial union the article names in full, written
        again without 中国 where a phrase starts (not 某局铁路工会, another's); so is a place's union of
        an industry only a national union is named by (市海员建设工会 … 海员建设工会开展: the city's), and any
        place's union of an industry written again without its place before its unit or a post (某市教育工会 …
        教育工会女工部主任)."""
        shorts = {item.entity.name[len(_CHINA):]: (item.entity, 0) for item in found
                  if item.entity.name.endswith("工会") and _NATIONAL_INDUSTRY.fullmatch(item.entity.name[:-2])}
        local: dict[str, tuple[Entity, int]] = {}  # 某市教育工会 … 教育工会女工部主任: before its unit or a post only
        for item in found:
            if item.rule == "unions.industrial":
                for industry in word_list("national_industry_unions"):
                    if item.entity.name.endswith(industry + "工会"):
                        shorts.setdefault(industry + "工会", (item.entity, item.end))  # (after it only)
                region = default_gazetteer().by_code.get(item.entity.attributes.get("place", "").removeprefix("region:"))
                if region is not None and region.name in item.entity.name and item.entity.name.endswith("工会"):
                    short = item.entity.name.split(region.name, 1)[1]
                    if len(short) > len("工会"):
                        local.setdefault(short, (item.entity, item.end))
        again = []
        for short, (union, after) in [*shorts.items(), *((short, found_at) for short, found_at in local.items() if short not in shorts)]:
            position = text.find(short, after)
            while position >= 0:
                own_unit = short not in local or _DEPARTMENT.match(text, position + len(short)) is not None \
                    or _UNION_POST.match(text, position + len(short)) is not None
                if own_unit and bare_form_starts(text, position) and not any(start < position + len(short) and position < end
                                                                             for start, end, _, _ in found):
                    rule = "unions.national_industry_short" if union.name.startswith(_CHINA) else "unions.industry_short"
                    again.append(Found(position, position + len(short), union, rule))
                position = text.find(short, position + len(short))
        return again

    def _departments_set_up(self, text: str, found: list[Found]) -> list[Found]:
        """某市总工会除了设立职工法律服务处、外来工咨询服务部等服务机构, 某总工会下设办公室: the departments a
        federation sets up or has, written after the verb without its name, are its units."""
        units: list[Found] = []
        named_starts = {item.start for item in found}
        for start, end, body, rule in found:
            sets_up = _SETTING_UP.match(text, end)
            if rule in _UNITS_RULES or not text.endswith(("总工会", "总"), start, end) or sets_up is None \
                    or (department := _department_at(text, sets_up.end())) is None or department.start() in named_starts:
                continue
            units.append(Found(department.start(), department.end(), _unit(body.name + department.group(0), body), "unions.department"))
            units += self._coordinated_departments(text, department.end(), body, body.name, named_starts, _UNITS_JOINED)
        return units

    @staticmethod
    def _committees_written_short(text: str, found: list[Found]) -> list[Found]:
        """某省总工会党组副书记、女职委主任, 某省总工会经审会主任: 女职委 (女工委) is the women workers'
        committee, 经审会 (经审委) the funds' audit committee, of the union named last before it in
        the sentence, a few words back."""
        committees = []
        for match in _SHORT_COMMITTEE.finditer(text):
            owners = [item for item in found if item.end <= match.start() and item.rule not in _UNITS_RULES]
            if not owners:
                continue
            owner = max(owners, key=lambda item: item.end)
            if match.start() - owner.end > 16 or _SENTENCE_END.search(text, owner.end, match.start()):
                continue
            body = _unit(owner.entity.name + _SHORT_COMMITTEES[match.group(0)], owner.entity)
            committees.append(Found(match.start(), match.end(), body, "unions.committee_short_form"))
        return committees

    @staticmethod
    def _coordinated_departments(text: str, position: int, body: Entity, stem: str, named_starts: set[int],
                                 joins: tuple[str, ...] = ("、",)) -> list[Found]:
        """北京市总工会权益工作部、法律服务中心: departments listed after one belong to the same union
        (not a body named after a place of its own: 某区总工会法律中心、另一区工人文化宫)."""
        found = []
        while True:
            post = _MEMBER_POST.match(text, position)
            if post and text.startswith(joins, post.end()):
                position = post.end()  # 第十五届委员会委员、经费审查委员会委员: a member's post in each unit of the list
            if not text.startswith(joins, position) or position + 1 in named_starts:
                break
            department = _department_at(text, position + 1)
            if not department:
                break
            found.append(Found(position + 1, department.end(), _unit(stem + department.group(0), body), "unions.department"))
            position = department.end()
        return found

    @staticmethod
    def _trades_listed(doc: Doc, text: str, found: list[Found]) -> list[Found]:
        """某区总工会组建家政、仓储物流和网约车等行业工会联合会: each trade listed before one union word
        has a union of its own, of the place written before the list, else of the union that sets
        them up, else of the article's city (某区家政行业工会联合会 …)."""
        result: list[Found] = []
        region_ends = {span.end for span in mentions(doc, "REGION")}
        for tail in _TRADES_TAIL.finditer(text):
            listed = _TRADES_LISTED.search(text, max(0, tail.start() - _LONGEST_TRADES_LIST), tail.start())
            if listed is None:
                continue
            first_join = _TRADE_JOINS.search(text, listed.start(), listed.end())
            first_end = first_join.start() if first_join else listed.start()
            place_ends = [span.end for span in mentions(doc, "REGION") if listed.start() < span.end < first_end]
            list_start = name_start_before(text, first_end, longest=6, floor=max(place_ends, default=listed.start()))
            bounds = [list_start, *(join.end() for join in _TRADE_JOINS.finditer(text, list_start, listed.end()))]
            items = [(start, end - 1) for start, end in zip(bounds, bounds[1:])] + [(bounds[-1], listed.end())]
            words = [text[start:end].removesuffix(tail.group("trade")) for start, end in items]
            opening = text[list_start - 1: list_start]
            if any(len(word) < 2 or (_opens_with_verb(word) and word not in common_words()) or _GENERIC_OWNER.match(word)
                   for word in words) or (opening.isalnum() and opening not in "的了" and list_start not in place_ends
                                          and not holds_verb(text[list_start - 2: list_start])) \
                    or covered(doc, list_start, tail.end(), ("REGION", "ORG", "UNION")) \
                    or any(start < tail.end() and list_start < end for start, end, _, _ in found):
                continue
            if not tail.group("closed") and (list_start not in region_ends or "、" not in text[list_start: listed.end()]
                                             or _COUNT_AFTER.search(text, list_start, listed.end())):
                continue  # 某区医药、餐饮行业工会: a list not closed by 等 or a count only right after its place, in
                # marks (某市石油和化工行业工会: one trade's two fields; 甲、乙三家产业工会: counted, none named)
            place = UnionRecognizer._place_of_listed_trades(doc, text, list_start, found)
            if place is None:
                continue
            union_word = _FULL_UNION_WORD.get(tail.group("union"), tail.group("union"))
            for (start, end), word in zip(items, words):
                name = formal_place_name(place) + word + tail.group("trade") + union_word
                last = end == listed.end()
                result.append(Found(start, tail.end() if last else end, enterprise_union(name, place.id), "unions.trades_listed"))
        return result

    @staticmethod
    def _place_of_listed_trades(doc: Doc, text: str, list_start: int, found: list[Found]) -> Entity | None:
        """The place of the trades' unions listed from `list_start`: the region written right before
        the list, else that of the federation opening its clause, else the article's city."""
        registry = entities_of(doc)
        written = next((span for span in mentions(doc, "REGION") if span.end == list_start), None)
        if written is not None:
            return registry[written.kb_id_]
        clause_start = start_after_last(text, list_start, CLAUSE_MARKS)
        federation = next((item.entity for item in found if clause_start <= item.start and item.end <= list_start
                           and "region" in item.entity.attributes), None)
        if federation is not None:
            return registry.get(federation.attributes["region"])
        return home_region(doc, "市", list_start)

    def _enterprise_unions(self, doc: Doc, found: list[Found]) -> list[Found]:
        """中建五局安装公司工会, 快递员工会, 美团工会, 浦东新区网约车行业工会联合会: the union of an
        enterprise, institution, trade or platform, named by its owner (a trade's union of a place
        with the place's full name); a later 网约车行业工会联合会 is the one named in full before."""
        text = text_of(doc)
        regions = mentions(doc, "REGION")
        place_ends = {span.end for span in regions}
        result: list[Found] = []
        taken = {position for start, end, _, _ in found for position in range(start, end)}
        for match in _UNION_WORD.finditer(text):
            start = match.start()
            if start in taken or FACILITY.match(text, match.end()):
                continue
            if (brand := _BRACKETED_BRAND.search(text, max(0, start - _LONGEST_BRACKETED_BRAND), start)) is not None:
                start = brand.start()  # 某某科技有限公司（某某出行）联合工会: the company's union, its brand left out
            term = _TERM_AT_END.search(text, max(0, start - _LONGEST_TERM), start)  # 某大学第六届工会委员会: the union's term
            owner_end = term.start() if term else start
            division = _DIVISION_UNION.search(text, max(0, owner_end - _LONGEST_DIVISION_UNION), owner_end)
            if division:
                owner_end -= 1  # 某公司检修部分工会, 某公司运行分工会: a division's union, its 分工会
            branded = _brand_before(text, owner_end) is not None or _trade_named_before(text, owner_end)
            if not (_ENTERPRISE_SUFFIX.search(text, max(0, owner_end - _LONGEST_SUFFIX), owner_end) or match.group(1) == "联合工会"
                    or branded or division or "中国" in text[max(0, owner_end - 12): owner_end]):
                continue
            name_start = bureau_name_start(text, trade_name_start(text, name_start_around_places(text, owner_end, regions), regions))
            name_start = _brand_start_across(text, name_start)
            joined = _JOINED_FIELDS_BEFORE.search(text, max(0, name_start - _LONGEST_JOINED_FIELD), name_start)
            if joined and (field_place := next((span for span in regions if span.end == joined.start()), None)) \
                    and _AGENCY_END.search(text, name_start, start):
                name_start = field_place.start  # 某市自然资源和规划局工会: an agency joining two fields with 和
            place = next((span for span in regions if name_start < span.start < start), None)
            if place is not None and (leads_into_name(text[name_start: place.start])
                                      or text.endswith(KINDS_OF_UNIT_BEFORE_PLACE, name_start, place.start)):
                name_start = place.start  # 标志着广州市快递行业工会联合会, 受助企业某省某某公司工会: the name starts at its place
            if _WORK.match(text, match.end()) and (not any(span.start == name_start for span in regions)
                                                    or any(name_start <= s and e < start for s, e, _, _ in found)):
                continue  # (某总工会)研究快递行业工会联合会工作: such federations' work, none named (某区某产业工会联合会工作情况:
                # one)
            if any(name_start <= span.start and PREDICATES.match(text, span.end, start) for span in regions if span.end < start):
                continue  # 某乡举行陶瓷行业工会联合会成立大会: a place's deed, a clause, not a name
            edition = EDITION.match(text, name_start, start)  # 第一届某某工会联合会: its term
            if edition:
                name_start = edition.end()
            china = text.find(_CHINA, name_start + 1, owner_end)
            if china > 0 and holds_verb(text[name_start: china]):
                name_start = china  # 介绍中国教育工会某市委员会: a national union's name opens after the verb
            if not any(name_start <= span.start < start for span in regions):  # (某镇微小企业…联合工会: the name's words)
                name_start = after_kind_of_unit(text, name_start, start)  # 承办单位某某局工会: the kind of unit, then its name
            acted_on = [verb_end for union in _UNION_THEN_VERB.finditer(text, name_start, owner_end)
                        if (verb_end := _verb_end(text, union.end())) is not None]
            if acted_on:
                name_start = acted_on[-1]  # 某市总工会发挥餐饮行业工会的作用, 项目部工会积极配合局工会: the body a union
                # acts on, after the verb
            trade = text.rfind(_TRADE_WORD, name_start, owner_end)
            if trade >= 0 and not any(name_start <= span.start < start for span in regions):
                verbs = [position + 2 for position in range(name_start + 1, trade - 1) if text[position - 1] in _MODALS_BEFORE_VERB
                         and common_words().get(text[position: position + 2], (0, ""))[1] in _PREDICATE_TAGS]
                if verbs and trade - verbs[-1] >= 2:
                    name_start = verbs[-1]  # 职工要珍惜竹编行业工会联合会: the trade's union a clause's verb is about
            owner = text[name_start:owner_end]
            if "某" in owner or _LEVELS_COUNTED.search(owner) or _UNITS_COUNTED.search(owner) or clause_before_institution(owner) and not any(
                    span.start == name_start for span in regions):
                continue  # 某建设有限公司工会, 某市某公司工会: a name withheld, no body named; 建设现代医院工会: a clause;
                # 某集团三家子公司工会: units counted
                # (not 自贡市某医院工会: a place the dictionary reads as a verb);
                # 市县两级某某行业工会联合会: the unions of two levels, none named
            if owner.endswith("产业") and (_is_verb(owner[-4:-2]) and not _INDUSTRY_VERBS.fullmatch(owner[-4:-2]) or any(
                    span.start == name_start and span.end == start - 2 for span in regions)):
                continue  # 增强产业工会的影响力, 代表某省产业工会: a place's (or any) industrial unions, none named
            suffix = _ENTERPRISE_SUFFIX.search(owner)
            national = _NATIONAL_INDUSTRY.fullmatch(owner) and not holds_verb(owner[2:]) \
                and not _NO_INDUSTRY.match(owner, len(_CHINA))  # 中国海员建设工会 (not 中国智慧工会研究中心: a way of working)
            # 某某公路港货运联合工会: a joint union names its members (not 某区总工会领导向联合工会授牌)
            joint = match.group(1) == "联合工会" and len(owner) >= 4 and "工会" not in owner
            if _OFFICER_INSIDE.search(owner) and not national:
                continue  # 听取了集团工会主席某某汇报集团工会…: an officer of a union and a clause, no owner's name
            if not national and not branded and not joint and not division and (
                    not suffix or (suffix.start() < 2 and owner not in _OCCUPATIONS)):
                continue  # 公司工会 alone names no one; 快递员工会 names the couriers' union
            if suffix and (len(suffix.group(0)) == 1 or suffix.group(0) in _BARE_UNITS) and (
                    common_words().get(owner[: suffix.start()], (0, ""))[1] in _NO_OWNER_TAGS
                    or suffix.group(0) in _UNITS_AFTER_VERBS
                    and common_words().get(owner[suffix.start() - 2: suffix.start()], (0, ""))[1] == "v"):
                continue  # 他希望所工会…, 汇报了上半年所工会工作, 在听取公司工会…, 将互助金汇入校工会: a verb or a time
                # before a bare unit
            if suffix and suffix.group(0) == _BUILDINGS and text.startswith("建设", match.end()) \
                    and any(span.start == name_start and span.end == start - len(_BUILDINGS) for span in regions):
                continue  # 召开某市楼宇工会建设推进会: the building of a kind of union in a place, none named
            if _GENERIC_OWNER.match(owner) or KINDS_OF_BUSINESS.fullmatch(owner) or KINDS_OF_INSTITUTION.fullmatch(owner) \
                    or owner in _BARE_GROUPS \
                    or owner.endswith(_KINDS_OF_SCHOOLS) \
                    or (suffix and suffix.group(0) == "园区" and _is_verb(owner[: suffix.start()].lstrip(MODALS))):
                continue  # 驻会产业工会, 各企业工会, 企业集团工会, 要提升园区工会: which ones, the name does not say
            if text[name_start - 1: name_start] == _LIST_CLOSE and suffix and suffix.group(0) == _TRADE_WORD \
                    and name_start not in place_ends:
                continue  # 来自快递、外卖、网约车等新业态行业工会的代表: the unions of the trades listed, none named
            if _COUNT_BEFORE.search(text, max(0, name_start - _LONGEST_COUNT), name_start) or opens_with_adverb(owner) \
                    or _UNIONS_COUNTED_AFTER.match(text, match.end()) \
                    or (_LEVEL_OWNER.match(owner) and name_start not in place_ends):
                continue  # 组建9家快递行业工会, 新就业形态工会120家, 外卖行业工会(联合会)12个, 要持续提升产业工会: unions
                # counted or spoken of, none named
            if (suffix and suffix.group(0) in _PEOPLE_OWNERS or owner.endswith("行业")) and (
                    _ORGANISATIONS_NOUN.match(text, match.end()) or _MEMBERS_COUNTED.match(text, match.end())):
                continue  # 新就业形态劳动者工会组织每年增长, …劳动者工会会员2万人, 首个网约车行业工会组织: the unions of a
                # kind of worker or of a trade, not one
            if "或" in owner or _EACH_SET_UP.search(text, max(0, name_start - _LONGEST_EACH_SET_UP), name_start) or (
                    suffix and suffix.group(0) in _PEOPLE_OWNERS and _title_around(text, start) is not None):
                continue  # 企业或行业工会: either kind; 12个街道均成立了…工会联合会: one in each, none named;
                # 《关于加强新就业形态劳动者工会…的意见》: the unions of a kind of worker in a document's title
            if owner.endswith(_DOCTRINE) or _FIRST_AT_A_LEVEL.search(owner):
                continue  # 走中国特色社会主义工会发展道路: the doctrine the unions follow, no union; 这是某市首家县级某某行业工会:
                # the kind described
            if owner.endswith(_UNIVERSITY_SCHOOL):
                owner = owner[:-1]  # 某某大学校工会: the university's union, written as its 校工会
            name = written = owner + ("分" if division else "") + _FULL_UNION_WORD.get(match.group(1), match.group(1))
            if suffix and suffix.group(0) in _ZONE_ENDINGS:
                name = self._zone_named_in_full(doc, regions, name_start, name)
            end = match.end()
            national_committee = _NATIONAL_COMMITTEE.match(text, end) if national else None
            if national_committee:
                end = national_committee.end()
            elif (committee := (_COMMITTEE if national else _SUB_UNIT).match(text, end)) and not NAME_STOP.search(committee.group(0)):
                name, written, end = name + committee.group(0), written + committee.group(0), committee.end()
            level = AUTONOMOUS_REGION if name.startswith(AUTONOMOUS_REGION) else name[0]
            if level in _BARE_LEVELS_OPENING_NAMES and name[len(level)] not in "总级市区县" and "行业" not in name \
                    and bare_form_starts(text, name_start) and not _level_opens_noun(name):
                home = home_region(doc, level, name_start)  # 市工业工会, 省能源集团工会, 自治区某某产业工会: the article's place's
                if home is not None:
                    name = home.name + name[len(level):]
            else:
                home = None
            covered_region = any(name_start <= span.start < end for span in regions)
            union = (self._trade_union(doc, name_start, written) or self._named_before(result, name)
                     or self._home_trade_union(doc, name_start, start, name, suffix, result)
                     or (industry_union(name, home, name[len(home.name):]) if home is not None and name.endswith(_INDUSTRY_UNION)
                         and home.attributes.get("level") in ("province", "prefecture") else None)  # 省某某产业工会: a unit of
                     # the province's federation
                     or enterprise_union(name, home.id if home is not None and not covered_region else None))
            # (市网约车联合工会: in the city; 省公路局某分局工会: where the branch's place says)
            if national_committee:  # one union, whether its committee is written or not
                union = Entity(union.id, union.type, name + "全国委员会", attributes=dict(union.attributes))
            result.append(Found(name_start, end, union, "unions.enterprise"))
            result += self._coordinated_trades(text, name_start, owner, union, place_ends)
        # 红星矿工会 in a headline, 某某集团红星矿工会 in the text: the union named in full later
        return [item._replace(entity=self._named_before(result[index:], item.entity.name) or item.entity)
                for index, item in enumerate(result)]

    @staticmethod
    def _coordinated_trades(text: str, name_start: int, owner: str, union: Entity, place_ends: set[int]) -> list[Found]:
        """某市快递行业、物流行业工会联合会: each trade listed before a trade's union has a union of its
        own, of the same place."""
        trade = _LISTED_TRADE.search(owner)
        found = []
        position = name_start
        while trade is not None and text[position - 1: position] == "、" and text.endswith("行业", 0, position - 1):
            end = position - 1  # the trade: after the list's 、 or the place before it, else the word before 行业
            stem_end = end - 2
            bounds = [stem_end - 6, text.rfind("、", 0, stem_end) + 1, *(p for p in place_ends if p < stem_end)]
            start = max(bounds)
            stem = text[start:stem_end]
            if len(stem) > 4 or not all(CJK_CHAR.match(ch) for ch in stem) or _opens_with_verb(stem):
                start = next((stem_end - size for size in (4, 3) if text[stem_end - size: stem_end] in common_words()),
                             stem_end - 2)
            if stem_end - start < 2:
                break
            name = union.name.replace(trade.group(0), text[start:end], 1)
            found.append(Found(start, end, enterprise_union(name, union.attributes.get("place")), "unions.coordinated_trade"))
            position = start
        return found

    @staticmethod
    def _trade_union(doc: Doc, start: int, name: str) -> Entity | None:
        """浦东新区网约车行业工会联合会, 某区外卖骑手联合工会, 鄞州区某某商圈联合工会: a trade's, a kind of worker's or an
        area's union of a place, named
        with the place's full name (上海市浦东新区网约车行业工会联合会) however much of it is written."""
        joint_only = not _TRADE_OR_AREA.search(name)
        if joint_only and not _JOINT_UNION_OF_A_TRADE.search(name):
            return None
        places = [span for span in mentions(doc, "REGION") if span.start >= start and span.end <= start + len(name)]
        registry = entities_of(doc)
        chain_end, place = start, None
        for span in places:
            if span.start != chain_end or place is not None and registry[span.kb_id_].attributes.get("level") == "province":
                break  # (某区浙江商贸城楼宇工会联合会: a province after the place names the building, not where it is)
            chain_end, place = span.end, span
        if place is None:
            return None
        region = registry[place.kb_id_]
        if joint_only and region.attributes.get("level") != "township":
            return None  # (深圳盐田港某某业工会联合会: a port's, named as written; 某镇渔业联合工会: the township's)
        formal = formal_place_name(region)
        if region.attributes.get("level") == "township" and formal.endswith(region.name) \
                and text_of(doc)[place.start: place.end] != region.name:
            return enterprise_union(formal.removesuffix(region.name) + name[place.start - start:], region.id)  # (某区三圣
            # 网约司机联合工会: the place above in full, the township's name as written)
        return enterprise_union(formal + name[chain_end - start:], region.id)

    @staticmethod
    def _home_trade_union(doc: Doc, start: int, word_start: int, name: str, suffix: re.Match | None,
                          found: list[Found]) -> Entity | None:
        """快递行业工会 in an article about 中卫市: a trade's union named without a place is the
        union of that trade in the article's city, named in full; or the federation of that trade
        the article named before (某市邮政行业工会联合会成立 … 邮政行业工会要…)."""
        if suffix is None or suffix.group(0) != "行业" or covered(doc, start, word_start, ("REGION",)):
            return None
        federation_named = UnionRecognizer._named_before(found, name + "联合会")
        if federation_named is not None:
            return federation_named
        level = _LEVEL_OPENING.match(name)
        if level and (level.group(0).endswith("级") or name[:2] not in common_words()):  # 市快递行业工会, 区级家政…: the level's own
            name = name[level.end():]
        place = home_region(doc, level.group(1) if level else "市", start)
        return enterprise_union(formal_place_name(place) + name, place.id) if place is not None else None

    @staticmethod
    def _zone_named_in_full(doc: Doc, regions: list[Mention], name_start: int, name: str) -> str:
        """黄州工业园工会联合会 is 黄州区工业园工会联合会: a zone named after its division by the
        division's short name is named with its full one."""
        place = next((span for span in regions if span.start == name_start), None)
        if place is None:
            return name
        full = entities_of(doc)[place.kb_id_].name
        short = name[: place.end - place.start]
        return full + name[len(short):] if full.startswith(short) and full != short else name

    @staticmethod
    def _named_before(found: list[Found], name: str) -> Entity | None:
        """网约车行业工会联合会 after 上海市浦东新区网约车行业工会联合会: the union named in full before."""
        return next((item.entity for item in reversed(found) if item.entity.name.endswith(name)
                     and item.entity.name != name), None)


@Language.factory("kg_unions")
def make_union_recognizer(nlp: Language, name: str) -> UnionRecognizer:
    return UnionRecognizer()


@cache
def _national_industries() -> ahocorasick_rs.AhoCorasick:
    """An automaton that finds the industries only a national union is named by (kg/data/national_industry_unions.txt)."""
    return ahocorasick_rs.AhoCorasick(list(word_list("national_industry_unions")), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def _levels_listed_from(text: str, position: int) -> int:
    """Where the bare levels listed before the one at `position` start (省、市、县总工会: at 省)."""
    while (level := _LISTED_LEVEL.search(text, max(0, position - 4), position)) is not None:
        position = level.start(1)
    return position


def _federation_referred_back(text: str, found: list[Found]) -> list[Found]:
    """某镇总工会开展活动，总工会副主席某某出席: 总工会 alone opening a clause, before an officer's post,
    is the federation named last before it, close by; so is 工联会 (工会联合会) or 联合会 before its officer's
    (香港工联会…。工联会副理事长某某), or after the verb that elects one to it (当选联合会第一届委员会主席)."""
    referred = []
    for word, full_word in _REFERRED_FEDERATION_WORDS:
        federations = sorted(((end, body) for _, end, body, _ in found if body.name.endswith(full_word)),
                             key=lambda item: item[0])  # (two readings of one name end alike: by end alone)
        position = text.find(word) if federations else -1
        while position != -1:
            if (position == 0 or text[position - 1] in CLAUSE_MARKS or text[position - 1] in _PEOPLE_JOINED
                or text.endswith(_ELECTED_TO, 0, position)) \
                    and _FEDERATION_OFFICER.match(text, position + len(word)):  # (…主席某某与总工会党组书记某某)
                before = [body for end, body in federations if position - _REFERRED_BACK_REACH <= end <= position]
                if before:
                    referred.append(Found(position, position + len(word), before[-1], "unions.referred_back"))
            position = text.find(word, position + len(word))
    return referred

